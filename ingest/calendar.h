// Calendar arithmetic on ISO dates: day numbers to count days between dates and to step to a
// weekday. One place for it, used by extraction ("on Tuesday" -> a date) and by resolution
// (how many days apart two articles are).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

// Days since 1970-01-01 of the date an ISO text starts with ("2026-01-07", or a longer text
// such as "2026-01-07T10:00"); nothing when it starts with no valid date.
std::optional<int> day_number(std::string_view iso);

// The ISO date (YYYY-MM-DD) of a day number.
std::string iso_date(int day);

// ISO weekday (1 Monday .. 7 Sunday) of a day number.
int iso_weekday(int day);

}  // namespace kg::ingest
