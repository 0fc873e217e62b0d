// Decoding and line normalisation: encodings, odd spaces, markdown removal, byte maps.
#include <doctest/doctest.h>

#include "ingest/errors.h"
#include "ingest/normalize.h"

using kg::ingest::decode_text;
using kg::ingest::InputError;
using kg::ingest::MappedText;
using kg::ingest::split_lines;
using kg::ingest::strip_inline_markdown;

namespace {

MappedText mapped(const std::string& s) {
  MappedText m;
  for (size_t i = 0; i < s.size(); ++i) m.push(s[i], static_cast<uint32_t>(i));
  return m;
}

std::string error_of(const std::string& bytes) {
  try {
    decode_text(bytes, "in.txt");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("decode rejects binary content and invalid UTF-8 with the byte offset") {
  CHECK(error_of(std::string("abc\0def", 7)) == "in.txt: binary file");
  CHECK(error_of("Caf\xC3(") == "in.txt: not UTF-8 text (byte 3)");
  CHECK(error_of("ok \xED\xA0\x80") == "in.txt: not UTF-8 text (byte 3)");  // a surrogate
  CHECK(error_of("over\xC0\xAF") == "in.txt: not UTF-8 text (byte 4)");      // overlong
  std::string noisy(200, 'a');
  for (int i = 0; i < 20; ++i) noisy[static_cast<size_t>(i) * 10] = '\x01';
  CHECK(error_of(noisy) == "in.txt: binary file");
  CHECK(error_of("S\xC3\xA1nchez \xE2\x80\x9Cquoted\xE2\x80\x9D") == "");
}

TEST_CASE("decode strips a UTF-8 byte order mark and keeps the map to file bytes") {
  const MappedText t = decode_text("\xEF\xBB\xBFHi", "f");
  CHECK(t.text == "Hi");
  CHECK(t.offsets == std::vector<uint32_t>{3, 4});
}

TEST_CASE("decode converts UTF-16 with a byte order mark") {
  // "Aé€" little-endian, then big-endian; é is 2 UTF-8 bytes, € is 3, each mapped to its unit.
  const std::string le("\xFF\xFE" "A\0\xE9\0\xAC\x20", 8);
  const MappedText t = decode_text(le, "f");
  CHECK(t.text == "A\xC3\xA9\xE2\x82\xAC");
  CHECK(t.offsets == std::vector<uint32_t>{2, 4, 4, 6, 6, 6});
  const std::string be("\xFE\xFF\0A\0\xE9", 6);
  CHECK(decode_text(be, "f").text == "A\xC3\xA9");
  // A surrogate pair: U+1F600.
  const std::string pair("\xFF\xFE\x3D\xD8\x00\xDE", 6);
  CHECK(decode_text(pair, "f").text == "\xF0\x9F\x98\x80");
  CHECK_THROWS_AS(decode_text(std::string("\xFF\xFE\x3D\xD8" "A\0", 6), "f"), InputError);
}

TEST_CASE("split_lines normalises line ends, odd spaces and invisible characters") {
  const auto lines = split_lines(mapped("One\r\nTwo\rThree\xC2\xA0" "four\tfive  six\xE2\x80\x8B!\n   Indented\n\n"));
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].text.text == "One");
  CHECK(lines[1].text.text == "Two");
  CHECK(lines[2].text.text == "Three four five six!");
  CHECK(lines[3].text.text == "Indented");
  CHECK(lines[3].indented);
  CHECK_FALSE(lines[2].indented);
  CHECK(lines[4].blank());
  // "four" starts right after the two-byte NBSP at file bytes 14-15.
  CHECK(lines[2].text.offsets[5] == 14);
  CHECK(lines[2].text.offsets[6] == 16);
  // Curly quotes stay as they are.
  CHECK(split_lines(mapped("\xE2\x80\x9CYes\xE2\x80\x9D"))[0].text.text == "\xE2\x80\x9CYes\xE2\x80\x9D");
}

TEST_CASE("markdown headings, bold, links, images and autolinks are removed") {
  const auto lines = split_lines(mapped("## **'Hardens our resolve'**\n"
                                        "By [Jane Doe for AFP](#), [John Roe](https://x.org/a_(b))\n"
                                        "![photo](https://img/x.jpg)Caption \\- text\n"
                                        "<https://www.example.com/a>\n"
                                        "> Quoted line\n"
                                        "---\n"));
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].heading == 2);
  CHECK(lines[0].text.text == "'Hardens our resolve'");
  CHECK(lines[1].text.text == "By Jane Doe for AFP, John Roe");
  CHECK(lines[2].text.text == "Caption - text");
  CHECK(lines[3].text.text == "https://www.example.com/a");
  CHECK(lines[4].text.text == "Quoted line");
  CHECK(lines[5].blank());
}

TEST_CASE("strip_inline_markdown keeps brackets that are not links") {
  const MappedText t = strip_inline_markdown(mapped("if [Russian President Vladimir] Putin [wins]"));
  CHECK(t.text == "if [Russian President Vladimir] Putin [wins]");
  const MappedText link = strip_inline_markdown(mapped("see [the **plan**](u) now"));
  CHECK(link.text == "see the plan now");
  CHECK(link.offsets[4] == 5);  // 't' of "the" is file byte 5
}
