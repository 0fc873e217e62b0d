// one_line: text from files and users printed inside one-line messages.
#include <doctest/doctest.h>

#include "ingest/errors.h"

using kg::ingest::one_line;

TEST_CASE("line breaks, control characters and bytes that are not UTF-8 become escapes") {
  CHECK(one_line("plain text") == "plain text");
  CHECK(one_line("two\nlines\r\n") == "two\\nlines\\r\\n");
  CHECK(one_line("tab\there") == "tab\\there");
  CHECK(one_line("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(one_line("caf\xe9") == "caf\\xe9");                       // Latin-1, not UTF-8
  CHECK(one_line("caf\xc3\xa9 Z\xc3\xbcrich") == "caf\xc3\xa9 Z\xc3\xbcrich");  // UTF-8 kept
  CHECK(one_line("\xc0\xaf") == "\\xc0\\xaf");                   // overlong
  CHECK(one_line("\xed\xa0\x80") == "\\xed\\xa0\\x80");          // surrogate
  CHECK(one_line("\xf0\x9f\x87\xba") == "\xf0\x9f\x87\xba");      // four bytes
  CHECK(one_line("\xe2\x82") == "\\xe2\\x82");                   // cut short
  CHECK(one_line(std::string("nul\0byte", 8)) == "nul\\x00byte");
}

TEST_CASE("long text is cut between characters") {
  CHECK(one_line("abcdef", 3) == "abc...");
  CHECK(one_line("abc", 3) == "abc");
  CHECK(one_line("\xc3\xa9\xc3\xa9\xc3\xa9", 3) == "\xc3\xa9\xc3\xa9...");
}

TEST_CASE("InputError keeps its path") {
  const kg::ingest::InputError e("dir/a\nb.txt", "binary file");
  CHECK(e.path() == "dir/a\nb.txt");
  CHECK(one_line(e.what()) == "dir/a\\nb.txt: binary file");
}
