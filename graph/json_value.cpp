#include "graph/json_value.h"

#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kg::graph {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::string write(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

}  // namespace

rapidjson::Value to_json(const Value& value, rapidjson::Document::AllocatorType& alloc) {
  return std::visit(
      Overloaded{
          [](std::monostate) { return rapidjson::Value(rapidjson::kNullType); },
          [](bool b) { return rapidjson::Value(b); },
          [](int64_t i) { return rapidjson::Value(i); },
          [](double d) { return rapidjson::Value(d); },
          [&](const std::string& s) {
            return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), alloc);
          },
          [&](const std::vector<std::string>& list) {
            rapidjson::Value a(rapidjson::kArrayType);
            for (const auto& s : list)
              a.PushBack(rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), alloc), alloc);
            return a;
          }},
      value);
}

Value from_json(const rapidjson::Value& json) {
  if (json.IsNull()) return std::monostate{};
  if (json.IsBool()) return json.GetBool();
  if (json.IsInt64()) return json.GetInt64();
  if (json.IsNumber()) return json.GetDouble();
  if (json.IsString()) return std::string(json.GetString(), json.GetStringLength());
  if (json.IsArray()) {
    std::vector<std::string> list;
    for (const auto& item : json.GetArray())
      list.push_back(item.IsString() ? std::string(item.GetString(), item.GetStringLength()) : write(item));
    return list;
  }
  return write(json);  // an object: kept as its JSON text
}

std::string to_json_object(const Properties& properties) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& alloc = doc.GetAllocator();
  for (const auto& [key, value] : properties)
    doc.AddMember(rapidjson::Value(key.data(), static_cast<rapidjson::SizeType>(key.size()), alloc),
                  to_json(value, alloc), alloc);
  return write(doc);
}

Properties from_json_object(std::string_view text) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError() || !doc.IsObject()) throw std::runtime_error("property column is not a JSON object");
  Properties out;
  for (const auto& m : doc.GetObject())
    out.emplace(std::string(m.name.GetString(), m.name.GetStringLength()), from_json(m.value));
  return out;
}

std::string json_quote(std::string_view text) {
  rapidjson::Value v(rapidjson::StringRef(text.data(), text.size()));
  return write(v);
}

}  // namespace kg::graph
