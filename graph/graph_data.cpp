#include "graph/graph_data.h"

#include <algorithm>

namespace kg::graph {

std::vector<std::string> source_files(const std::vector<Source>& sources) {
  std::vector<std::string> files;
  files.reserve(sources.size());
  for (const Source& s : sources) files.push_back(s.file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace kg::graph
