// Near-miss suggestions for unknown names ("did you mean :Person?").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), ignoring case.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `name` when it is near enough to be a likely typo (distance at most
// about a third of the name's length, and less than either length), preferring the first of
// equally near candidates.
std::optional<std::string> nearest(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace kg::query
