// `kg --version`: the program, the extraction and storage formats it writes, and its allocator
// (what a bug report or a benchmark figure needs to name).
#include <string>

#include "cli/common.h"
#include "graph/store.h"
#include "ingest/extractor.h"

#ifdef KG_HAVE_MIMALLOC
#include <mimalloc.h>
#endif

namespace kg::cli {

std::string version_text() {
  std::string text = std::string("kg ") + KG_VERSION + " (extractor " + std::to_string(ingest::kExtractorVersion) +
                     ", database schema " + std::to_string(graph::Store::kSchemaVersion) + ", allocator ";
#ifdef KG_HAVE_MIMALLOC
  // mi_version() is 100 * major + 10 * minor + patch.
  const int v = mi_version();
  text += "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." + std::to_string(v % 10);
#else
  text += "glibc malloc";
#endif
  return text + ")";
}

}  // namespace kg::cli
