// JSON encoding of graph property values, shared by the store (property columns) and exports.
#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "graph/graph_data.h"

namespace kg::graph {

// Adds `value` as JSON to `out` using `alloc`.
rapidjson::Value to_json(const Value& value, rapidjson::Document::AllocatorType& alloc);
// Reads a JSON value back (numbers without a fraction become int64, arrays become string lists;
// array elements that are not strings are written as their JSON text).
Value from_json(const rapidjson::Value& json);

// A whole property map as a compact JSON object, and back. `from_json_object` throws
// std::runtime_error when `text` is not a JSON object.
std::string to_json_object(const Properties& properties);
Properties from_json_object(std::string_view text);

// The JSON text of one string (with quotes), for writers that build lines by hand.
std::string json_quote(std::string_view text);

}  // namespace kg::graph
