// Query parameters as typed on the command line (--param NAME=VALUE) or in the REPL (.param).
#pragma once

#include <string>

#include "query/value.h"

namespace kg::cli {

// A parameter value as typed: integers and decimals as numbers, true/false/null, anything else
// (or anything quoted) a string. Words such as "inf" or "nan" stay strings.
query::Value parse_param_value(const std::string& text, bool quoted = false);

}  // namespace kg::cli
