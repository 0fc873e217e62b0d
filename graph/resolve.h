// Resolution: merge the per-article facts of many documents into one graph.
//
// Local entities of the same kind merge when their names or aliases share a name key, and
// people also when their names are transliteration variants (Zelensky / Zelenskyy) backed by
// a shared first name or office. Quotes merge when they are the same utterance by the same
// speaker; relationships merge on (type, start, end). Every merged item keeps all sources.
// The result is deterministic and independent of the order of `docs`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graph/graph_data.h"
#include "ingest/doc_facts.h"

namespace kg::graph {

GraphData resolve(const std::vector<ingest::DocFacts>& docs);
// The same, appending the CPU time of each pass to `steps` ("resolve.names_cpu", ...; seconds),
// with the passes that split their work on up to `threads` threads (0: one per core). The
// graph is the same whatever the number of threads.
GraphData resolve(const std::vector<ingest::DocFacts>& docs, std::vector<std::pair<std::string, double>>* steps,
                  unsigned threads = 0);

}  // namespace kg::graph
