// The CSV conventions kg shares with neo4j-admin import, for `kg import` and
// `kg export --format csv`.
//
// Nodes: a header such as `id:ID,:LABEL,name,aliases:string[],age:long,sources:string[]`.
//   :ID (optionally `name:ID(group)`) identifies the node; ids are unique within their group.
//   :LABEL holds labels split by the array delimiter: the first is kg's kind, a node with
//   several keeps them all in a `labels` list property, a node with none is of kind "Node".
//   `name` is the node's name (default: its id), `aliases` its aliases, `sources` the files
//   that support it. Other columns are properties, typed by suffix: int/long/short/byte,
//   float/double, boolean, string (the default), and arrays `type[]` (kept as string lists);
//   other types (date, point, ...) are kept as strings. :IGNORE columns are skipped.
//   An id column named anything but `id` is also kept as a string property of that name.
// Relationships: `:START_ID,:END_ID,:TYPE,...` (ids may name their group: `:START_ID(group)`),
//   then properties and `sources` as for nodes.
// Fields: RFC 4180 quoting ("" inside quotes is a quote; quoted fields may span lines). An
// empty unquoted field is no value (the property is absent); a quoted empty field ("") is an
// empty string or an empty list. Array elements cannot contain the array delimiter.
#pragma once

#include <string>
#include <string_view>

namespace kg::graph {

struct CsvOptions {
  char delimiter = ',';
  char array_delimiter = ';';
  char quote = '"';
};

// Column names kg reads into Node/Edge fields rather than properties.
inline bool is_reserved_csv_column(std::string_view name) {
  return name == "id" || name == "name" || name == "aliases" || name == "sources";
}

}  // namespace kg::graph
