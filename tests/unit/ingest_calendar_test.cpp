// Calendar arithmetic shared by weekday resolution in extraction and by resolution's
// "articles dated at most N days apart".
#include <doctest/doctest.h>

#include "ingest/calendar.h"

using namespace kg::ingest;

TEST_CASE("day numbers count days from 1970-01-01 and go back to the same ISO date") {
  CHECK(day_number("1970-01-01") == 0);
  CHECK(day_number("2026-01-07") == 20460);
  CHECK(day_number("2026-01-07T10:30:00Z") == 20460);  // a longer ISO text starts with the date
  CHECK(*day_number("2024-03-01") - *day_number("2024-02-28") == 2);  // a leap year
  CHECK(iso_date(20460) == "2026-01-07");
  CHECK(iso_date(*day_number("1999-12-31")) == "1999-12-31");
  CHECK(iso_weekday(0) == 4);  // a Thursday
  CHECK(iso_weekday(20460) == 3);  // 2026-01-07 was a Wednesday
}

TEST_CASE("a text that is no valid date has no day number") {
  CHECK_FALSE(day_number("").has_value());
  CHECK_FALSE(day_number("2026-02-30").has_value());
  CHECK_FALSE(day_number("2026-13-01").has_value());
  CHECK_FALSE(day_number("07/01/2026").has_value());
  CHECK_FALSE(day_number("wd:3").has_value());
}
