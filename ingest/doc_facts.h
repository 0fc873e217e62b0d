// DocFacts: everything extraction finds in one article, before any cross-article merging.
//
// Extraction is pure (article text + lexicons in, DocFacts out), which makes it cacheable by
// content hash, parallel across files and testable from small strings. Entities here are local
// to the article: `graph/resolve` merges them across articles into the graph's nodes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/symbol.h"

namespace kg::ingest {

// Where a fact or mention was seen: the sentence and character span inside one article.
struct Evidence {
  int sentence = -1;       // index into Article::sentences
  uint32_t begin = 0;      // byte offsets into Article::text of the supporting span
  uint32_t end = 0;
  Symbol rule;             // the pattern or rule that fired, e.g. "quote:said-after" (interned)
  double confidence = 1.0;
};

// One real-world thing as seen inside one article (all its mentions resolved together).
struct LocalEntity {
  std::string kind;                     // ONTOLOGY label: Person, Country, Organization, ...
  std::string name;                     // best canonical name seen ("Emmanuel Macron")
  std::vector<std::string> aliases;     // every surface form it was seen under
  std::map<std::string, std::string> attributes;  // hints for merging: "first_name", "office", ...
  std::vector<Evidence> mentions;
};

struct LocalQuote {
  std::string text;   // the quoted words, without the quotation marks
  int speaker = -1;   // index into DocFacts::entities, or -1 when nobody is named
  Evidence evidence;
};

struct LocalRelation {
  std::string type;   // ONTOLOGY relationship type: COMMITS, LEADS, ...
  int start = -1;     // indices into DocFacts::entities
  int end = -1;
  std::map<std::string, std::string> properties;  // title, detail, condition, modality, ...
  Evidence evidence;
};

struct DocFacts {
  Article article;                     // metadata, text and sentences the facts refer to
  std::vector<LocalEntity> entities;
  std::vector<LocalQuote> quotes;      // SAID relationships are derived from quote speakers
  std::vector<LocalRelation> relations;
};

}  // namespace kg::ingest
