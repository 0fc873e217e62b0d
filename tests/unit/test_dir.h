// The tests folder of this checkout (defined in test_main.cpp, the one object built with its path).
#pragma once

const char* kg_test_dir();
