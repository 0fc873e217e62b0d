#include "graph/export_jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/json_value.h"

namespace kg::graph {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

rapidjson::Value str(const std::string& s, Alloc& alloc) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), alloc);
}

rapidjson::Value labels(const std::string& kind, Alloc& alloc) {
  rapidjson::Value a(rapidjson::kArrayType);
  a.PushBack(str(kind, alloc), alloc);
  return a;
}

rapidjson::Value properties(const Properties& props, const std::vector<Source>& sources, Alloc& alloc) {
  rapidjson::Value o(rapidjson::kObjectType);
  for (const auto& [key, value] : props) o.AddMember(str(key, alloc), to_json(value, alloc), alloc);
  if (!o.HasMember("sources")) o.AddMember("sources", to_json(source_files(sources), alloc), alloc);
  return o;
}

void write_line(std::ostream& out, const rapidjson::Document& doc) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  doc.Accept(w);
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out.put('\n');
}

}  // namespace

void write_jsonl(std::ostream& out, const GraphData& graph) {
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const Node& n = graph.nodes[i];
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& alloc = doc.GetAllocator();
    doc.AddMember("type", "node", alloc);
    doc.AddMember("id", str(std::to_string(i), alloc), alloc);
    doc.AddMember("labels", labels(n.kind, alloc), alloc);
    rapidjson::Value props = properties(n.properties, n.sources, alloc);
    if (!props.HasMember("name")) props.AddMember("name", str(n.name, alloc), alloc);
    if (!props.HasMember("aliases")) props.AddMember("aliases", to_json(n.aliases, alloc), alloc);
    doc.AddMember("properties", props, alloc);
    write_line(out, doc);
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const Edge& e = graph.edges[i];
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& alloc = doc.GetAllocator();
    doc.AddMember("type", "relationship", alloc);
    doc.AddMember("id", str(std::to_string(i), alloc), alloc);
    doc.AddMember("label", str(e.type, alloc), alloc);
    for (const auto& [key, node] : {std::pair{"start", e.source}, std::pair{"end", e.target}}) {
      rapidjson::Value end(rapidjson::kObjectType);
      end.AddMember("id", str(std::to_string(node), alloc), alloc);
      end.AddMember("labels", labels(graph.nodes.at(node).kind, alloc), alloc);
      doc.AddMember(rapidjson::StringRef(key), end, alloc);
    }
    doc.AddMember("properties", properties(e.properties, e.sources, alloc), alloc);
    write_line(out, doc);
  }
}

}  // namespace kg::graph
