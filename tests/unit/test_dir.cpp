// The one object built with the tests folder's path (see tests/CMakeLists.txt).
#include "test_dir.h"

const char* kg_test_dir() { return KG_TEST_DIR; }
