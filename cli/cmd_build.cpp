// `kg build PATH...`: read articles, extract, resolve and store the graph, incrementally.
//
// Cron-friendly: logs go to stderr, `--json` prints one summary line on stdout (also when the
// build fails), exit codes are 0 (ok), 1 (failed, graph unchanged), 3 (some inputs unreadable,
// graph updated without them), 75 (another build holds the database). On a terminal a
// progress bar (files, MB/s, ETA) is drawn on stderr; nothing of it otherwise.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli/common.h"
#include "graph/builder.h"
#include "graph/json_value.h"
#include "graph/store.h"
#include "ingest/errors.h"
#include "ingest/lexicon.h"

namespace kg::cli {
namespace {

// One line redrawn in place on stderr, at most ten times a second.
class ProgressBar {
 public:
  void update(const graph::BuildProgressInfo& p) {
    const auto now = std::chrono::steady_clock::now();
    const bool new_phase = std::string_view(p.phase) != phase_;
    if (!new_phase && now - last_ < std::chrono::milliseconds(100)) return;
    if (new_phase && std::string_view(p.phase) == "extract") start_ = now;
    phase_ = p.phase;
    last_ = now;
    std::ostringstream line;
    if (phase_ == "extract" && p.files_total > 0) {
      const double done = p.bytes_total ? static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total)
                                        : static_cast<double>(p.files_done) / static_cast<double>(p.files_total);
      constexpr int kWidth = 28;
      const int filled = static_cast<int>(done * kWidth);
      const double secs = std::chrono::duration<double>(now - start_).count();
      const double mbps = secs > 0 ? static_cast<double>(p.bytes_done) / 1e6 / secs : 0;
      line << "kg: [" << std::string(static_cast<size_t>(filled), '#') << std::string(static_cast<size_t>(kWidth - filled), '.')
           << "] " << p.files_done << "/" << p.files_total << " files";
      char rate[64];
      std::snprintf(rate, sizeof rate, "  %.1f MB/s", mbps);
      line << rate;
      if (done > 0.01 && done < 1) {
        const auto eta = static_cast<long>(secs / done - secs);
        std::snprintf(rate, sizeof rate, "  ETA %ld:%02ld", eta / 60, eta % 60);
        line << rate;
      }
    } else if (phase_ == "resolve") {
      line << "kg: resolving " << p.files_total << " files' facts into one graph...";
    } else if (phase_ == "store") {
      line << "kg: storing the graph...";
    } else {
      line << "kg: scanning inputs...";
    }
    std::cerr << "\r\033[K" << line.str() << std::flush;
    drawn_ = true;
  }
  void clear() {
    if (drawn_) std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
  }

 private:
  std::string phase_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

std::string json_summary(const graph::BuildReport& r, const std::string& database, int exit_code, const std::string& error) {
  std::ostringstream o;
  auto num = [&](const char* key, double v, bool last = false) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    o << '"' << key << "\":" << buf << (last ? "" : ",");
  };
  o << "{\"ok\":" << (error.empty() ? "true" : "false") << ",\"exit\":" << exit_code
    << ",\"database\":" << graph::json_quote(database);
  if (!error.empty()) o << ",\"error\":" << graph::json_quote(error);
  o << ",\"files\":{\"new\":" << r.files_new << ",\"changed\":" << r.files_changed << ",\"removed\":" << r.files_removed
    << ",\"unchanged\":" << r.files_unchanged << ",\"failed\":" << r.files_failed << ",\"extracted\":" << r.files_extracted
    << ",\"hashed\":" << r.files_hashed << "}";
  o << ",\"articles\":" << r.articles;
  o << ",\"entities\":{\"total\":" << r.nodes << ",\"added\":" << r.nodes_added << ",\"removed\":" << r.nodes_removed << "}";
  o << ",\"facts\":{\"total\":" << r.edges << ",\"added\":" << r.edges_added << ",\"removed\":" << r.edges_removed << "}";
  o << ",\"warnings\":" << r.warnings.size() << ",\"jobs\":" << r.jobs << ",\"bytes_extracted\":" << r.bytes_extracted << ",";
  num("seconds", r.seconds);
  o << "\"phases\":{";
  num("scan", r.scan_seconds);
  num("extract", r.extract_seconds);
  num("resolve", r.resolve_seconds);
  num("store", r.store_seconds);
  o << "\"detail\":{";
  for (size_t i = 0; i < r.steps.size(); ++i) num(r.steps[i].first.c_str(), r.steps[i].second, i + 1 == r.steps.size());
  o << "}}";
  o << ",\"commit\":{\"differential\":" << (r.differential ? "true" : "false") << ",\"nodes_written\":" << r.nodes_written
    << ",\"relationships_written\":" << r.edges_written << ",\"evidence_rows_written\":" << r.evidence_written
    << ",\"evidence_rows_deleted\":" << r.evidence_deleted << "}";
  o << "}";
  return o.str();
}

}  // namespace

void add_build_command(CLI::App& app, GlobalOptions& options, int& exit_code) {
  struct Args {
    std::vector<std::string> inputs;
    unsigned jobs = 0;
    bool strict = false;
    bool quiet = false;
    bool json = false;
    bool wait = false;
    bool no_progress = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("build", "Read article files and folders (.txt, .md; recursive) into the graph database; "
                                          "only new and changed files are extracted again");
  cmd->add_option("paths", args->inputs, "files and folders of articles (the whole corpus: files left out are removed)")
      ->required();
  cmd->add_option("-j,--jobs", args->jobs, "extraction and resolution threads (default: one per core)");
  cmd->add_flag("--strict", args->strict, "fail the build when any input cannot be read");
  cmd->add_flag("-q,--quiet", args->quiet, "print nothing but errors and warnings");
  cmd->add_flag("--json", args->json, "print one JSON summary line on stdout (also on failure)");
  cmd->add_flag("--wait", args->wait, "wait for another build of the same database to finish instead of exiting with 75");
  cmd->add_flag("--no-progress", args->no_progress, "no progress bar, even on a terminal");
  cmd->callback([&options, &exit_code, args] {
    graph::BuildReport report;
    std::string error;
    int code = kOk;
    const std::filesystem::path database = database_path(options);
    ProgressBar bar;
    const bool show_progress = !args->quiet && !args->no_progress && ::isatty(STDERR_FILENO) == 1;
    try {
      graph::BuildOptions build;
      build.inputs = args->inputs;
      build.database = database;
      build.data_root = ingest::find_data_root(options.data);
      build.jobs = args->jobs;
      build.strict = args->strict;
      build.wait = args->wait;
      graph::BuildProgress progress;
      if (show_progress) progress = [&bar](const graph::BuildProgressInfo& p) { bar.update(p); };
      report = graph::build_graph(build, progress);
      code = report.files_failed > 0 ? kPartial : kOk;
    } catch (...) {
      Failure f = failure_of(std::current_exception());
      code = f.code;
      error = std::move(f.message);
    }
    bar.clear();
    for (const auto& w : report.warnings) std::cerr << "kg: warning: " << ingest::one_line(w) << '\n';
    if (!error.empty()) {
      std::cerr << "kg: " << error << '\n';
    } else if (!args->quiet) {
      std::cerr << "kg: built " << database.string() << ": " << report.files_read << " files (" << report.files_new << " new, "
                << report.files_changed << " changed, " << report.files_removed << " removed, " << report.files_unchanged
                << " unchanged, " << report.files_failed << " failed), " << report.articles << " articles, " << report.nodes
                << " nodes, " << report.edges << " relationships in " << report.seconds << " s\n";
    }
    if (args->json) std::cout << json_summary(report, database.string(), code, error) << std::endl;
    exit_code = code;
  });
}

}  // namespace kg::cli
