// Output formats of query results (internal to the query library; callers use render()).
#pragma once

#include <ostream>
#include <string>

#include "graph/model.h"
#include "query/query.h"

namespace kg::query {

void render_table(std::ostream& out, const graph::GraphModel& g, const Result& r, const RenderOptions& o);
void render_json(std::ostream& out, const graph::GraphModel& g, const Result& r, bool lines);
void render_delimited(std::ostream& out, const graph::GraphModel& g, const Result& r, char separator, bool header);
void render_markdown(std::ostream& out, const graph::GraphModel& g, const Result& r, bool header);
void render_dot(std::ostream& out, const graph::GraphModel& g, const Result& r);

// A value as JSON: nodes as {"id", "labels", "name"[, "text"]}, relationships as {"id", "type",
// "start", "end", "properties"}, paths as {"nodes", "relationships"}.
void write_json(std::ostream& out, const graph::GraphModel& g, const Value& v);

// Text of a cell on one line: to_text with line breaks and tabs turned into spaces.
std::string cell_text(const graph::GraphModel& g, const Value& v);

// The number of code points in a UTF-8 string (the width a cell takes, near enough).
size_t display_width(std::string_view s);

}  // namespace kg::query
