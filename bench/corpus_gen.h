// Corpus generator for the ingest benchmark: N news-style articles of kg's own making, about
// 2-3 KB each, mixing people, countries, meetings, quotes and pledges drawn from the lexicons
// in data/ (countries with capitals and demonyms, offices, organisations, outlets, given
// names; family names are made of syllables). Deterministic: article i depends on i and the
// lexicons only, so a run can be repeated and a single article regenerated.
#pragma once

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kg::bench {

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const std::filesystem::path& data_root) {
    const auto lex = data_root / "data" / "lexicon";
    const rapidjson::Document countries = parse(lex / "countries.json");
    for (const auto& c : countries["countries"].GetArray()) {
      if (!c.HasMember("capitals") || !c.HasMember("demonyms") || c["capitals"].Empty() || c["demonyms"].Empty()) continue;
      std::string capital = c["capitals"][0].GetString();
      capital = capital.substr(0, capital.find('|'));
      countries_.push_back({c["name"].GetString(), capital, c["demonyms"][0].GetString()});
    }
    const rapidjson::Document given = parse(lex / "given_names.json");
    for (const auto& g : given["names"].GetArray()) given_.emplace_back(g.GetString());
    const rapidjson::Document outlets = parse(lex / "outlets.json");
    for (const auto& o : outlets["outlets"].GetArray()) outlets_.emplace_back(o["name"].GetString());
    const rapidjson::Document orgs = parse(lex / "organizations.json");
    for (const auto& o : orgs["organizations"].GetArray()) {
      const std::string type = o.HasMember("type") ? o["type"].GetString() : "";
      if (type == "alliance" || type == "bloc" || type == "institution") orgs_.emplace_back(o["name"].GetString());
    }
    const rapidjson::Document offices = parse(lex / "offices.json");
    for (const auto& o : offices["offices"].GetArray()) {
      const std::string title = o["title"].GetString();
      for (const char* wanted : {"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor"})
        if (title == wanted) offices_.push_back(title);
    }
    if (countries_.size() < 10 || given_.size() < 10 || outlets_.empty() || orgs_.empty() || offices_.size() < 3)
      throw std::runtime_error("corpus generator: the lexicons under " + lex.string() + " are too small");
  }

  // The text of article `i` (a file of its own).
  std::string article(uint64_t i) const {
    std::mt19937_64 rng(0x6b67'0000'0000ULL ^ (i * 0x9E3779B97F4A7C15ULL));
    auto pick = [&](const auto& list) -> const auto& { return list[rng() % list.size()]; };
    auto num = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<uint64_t>(hi - lo + 1)); };

    // The cast: a host, three guests, two organisations. People are stable across articles
    // (person k of country c always has the same name), so the graph merges them.
    const Country& host = pick(countries_);
    std::vector<const Country*> guests;
    while (guests.size() < 3) {
      const Country* c = &pick(countries_);
      if (c != &host && std::find(guests.begin(), guests.end(), c) == guests.end()) guests.push_back(c);
    }
    auto person = [&](const Country& c, int role) { return person_name(c, role); };
    const std::string& outlet = pick(outlets_);
    const std::string& org = pick(orgs_);
    const std::string meeting = pick(std::vector<std::string>{"summit", "talks", "meeting", "ministerial"});
    const std::string document = pick(std::vector<std::string>{"joint declaration", "communique", "letter of intent", "joint statement"});
    const std::string force = pick(std::vector<std::string>{"reassurance force", "monitoring mission", "air policing mission",
                                                            "peacekeeping force", "maritime task force", "training mission"});
    const std::string topic = pick(std::vector<std::string>{"security guarantees", "the ceasefire", "Baltic Sea security",
                                                            "air defence", "reconstruction", "energy security"});
    static const char* kMonths[] = {"January", "February", "March", "April", "May", "June",
                                    "July", "August", "September", "October", "November", "December"};
    static const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    const int month = num(0, 11), day = num(1, 28), year = 2024 + num(0, 2);
    const std::string host_leader = person(host, 0), host_minister = person(host, 2);
    const std::string g0_leader = person(*guests[0], 0), g1_minister = person(*guests[1], 3), g2_leader = person(*guests[2], 1);
    const std::string author = pick(given_) + " " + surname(rng());

    std::ostringstream o;
    o << host.demonym << " " << meeting << " ends with " << force << " pledges\n";
    o << kMonths[month] << " " << day << ", " << year << "\n";
    o << "By " << author << ", " << outlet << "\n\n";
    o << upper(host.capital) << " (" << outlet << ") -- " << office(0) << " " << host_leader << " hosted " << (meeting == "talks" ? "" : "a ")
      << meeting << " of leaders from " << guests[0]->name << ", " << guests[1]->name << " and " << guests[2]->name << " in "
      << host.capital << " on " << kDays[num(0, 4)] << ", as allies weighed " << topic << " and the " << force << ".\n\n";
    o << guests[0]->name << " will deploy " << num(2, 40) * 100 << " troops to the " << force << ", " << guests[0]->demonym << " "
      << office(0) << " " << g0_leader << " said after the " << meeting << ".\n\n";
    o << "\"" << quote(rng) << ",\" " << last(g0_leader) << " told reporters.\n\n";
    o << "The " << meeting << " produced a " << document << " on " << topic << ", which " << host_leader << " and " << g2_leader
      << " signed at the " << pick(std::vector<std::string>{"presidential palace", "foreign ministry", "conference centre"}) << ".\n\n";
    o << guests[1]->name << " pledged " << num(2, 12) << " fighter jets to the air policing mission led by " << host.name << ", "
      << office(3) << " " << g1_minister << " said in a statement.\n\n";
    o << "According to " << host_minister << ", \"" << quote(rng) << ".\"\n\n";
    o << org << " welcomed the agreement. \"" << quote(rng) << ",\" " << office(2) << " " << host_minister << " said.\n\n";
    const int extra = num(2, 5);
    for (int k = 0; k < extra; ++k) o << filler(rng, host, *guests[static_cast<size_t>(k % 3)], org) << "\n\n";
    o << "The next " << meeting << " is planned for " << kMonths[(month + 3) % 12] << " in " << guests[2]->capital << ".\n";
    return o.str();
  }

  // Writes articles [0, n) as `dir`/article-NNNNNNN.txt with mtimes a day back (an old corpus:
  // the next build trusts size and mtime). Returns the bytes written.
  uint64_t write(const std::filesystem::path& dir, uint64_t n) const {
    std::filesystem::create_directories(dir);
    uint64_t bytes = 0;
    const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(24);
    for (uint64_t i = 0; i < n; ++i) {
      const auto path = file(dir, i);
      const std::string text = article(i);
      std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
      std::filesystem::last_write_time(path, old);
      bytes += text.size();
    }
    return bytes;
  }

  static std::filesystem::path file(const std::filesystem::path& dir, uint64_t i) {
    std::string digits = std::to_string(i);
    if (digits.size() < 7) digits.insert(0, 7 - digits.size(), '0');
    return dir / ("article-" + digits + ".txt");
  }

 private:
  struct Country {
    std::string name, capital, demonym;
  };
  std::vector<Country> countries_;
  std::vector<std::string> given_, outlets_, orgs_, offices_;

  static rapidjson::Document parse(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    rapidjson::Document d;
    d.Parse(s.str().c_str());
    if (d.HasParseError() || !d.IsObject()) throw std::runtime_error(path.string() + ": not a JSON object");
    return d;
  }

  const std::string& office(size_t k) const { return offices_[k % offices_.size()]; }

  static std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return s;
  }

  static std::string last(const std::string& full) { return full.substr(full.rfind(' ') + 1); }

  // A family name of two or three syllables from a seed.
  static std::string surname(uint64_t seed) {
    static const char* kSyllables[] = {"ka", "lo", "ven", "mar", "tis", "do", "ren", "vik", "sa", "nen", "ber",
                                       "gu", "ro", "ta", "mi", "les", "kov", "da", "ni", "sol", "ha", "ral"};
    constexpr uint64_t n = sizeof kSyllables / sizeof *kSyllables;
    std::string s;
    const int count = 2 + static_cast<int>(seed % 2);
    for (int k = 0; k < count; ++k) {
      seed /= n + 1;
      s += kSyllables[(seed + static_cast<uint64_t>(k) * 7) % n];
    }
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }

  // The same person for a country and a role in every article.
  std::string person_name(const Country& c, int role) const {
    uint64_t h = 1469598103934665603ULL;
    for (char ch : c.name) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    h = (h ^ static_cast<uint64_t>(role)) * 1099511628211ULL;
    return given_[h % given_.size()] + " " + surname(h >> 17);
  }

  static std::string quote(std::mt19937_64& rng) {
    static const char* kWho[] = {"We", "Our allies", "Europe", "The alliance", "Our partners"};
    static const char* kWill[] = {"will", "must", "are ready to", "have decided to"};
    static const char* kWhat[] = {"stand together", "defend every inch of our territory", "keep the sea lanes open",
                                  "support Ukraine", "strengthen our air defences", "deter any aggression"};
    static const char* kWhen[] = {"for as long as it takes", "this year", "with our partners", "without hesitation"};
    return std::string(kWho[rng() % 5]) + " " + kWill[rng() % 4] + " " + kWhat[rng() % 6] + " " + kWhen[rng() % 4];
  }

  std::string filler(std::mt19937_64& rng, const Country& a, const Country& b, const std::string& org) const {
    switch (rng() % 6) {
      case 0: return "Officials from " + a.name + " and " + b.name + " said the details of the deployment would be settled by the end of the month.";
      case 1: return "The " + b.demonym + " parliament is expected to approve the contribution next week, diplomats said.";
      case 2: return org + " officials said the plan built on commitments made at earlier meetings in " + b.capital + ".";
      case 3: return "Analysts noted that the " + a.demonym + " government had increased defence spending for the third year in a row.";
      case 4: return "Several delegations asked for more time to study the text, and a final decision was left to a later round of talks.";
      default: return "Protesters gathered outside the venue in " + a.capital + ", calling for more support for civilians.";
    }
  }
};

}  // namespace kg::bench
