#include "query/executor.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "query/binder.h"
#include "query/functions.h"
#include "query/key_set.h"
#include "query/match.h"
#include "query/parser.h"

namespace kg::query {

namespace {

struct RowKeyHash {
  size_t operator()(const std::vector<Value>& key) const {
    size_t h = key.size();
    for (const Value& v : key) h = h * 1000003 ^ ValueHash{}(v);
    return h;
  }
};
struct RowKeySame {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  }
};

std::string slice(std::string_view text, const Expr& e) { return std::string(text.substr(e.pos.offset, e.end - e.pos.offset)); }

// ---- stages ---------------------------------------------------------------------------------

class Stage : public RowSink {
 public:
  // No more rows will come: flush what is buffered, then finish the next stage.
  virtual void finish() {
    if (next_) next_->finish();
  }
  Stage* next_ = nullptr;
};

class MatchStage : public Stage {
 public:
  MatchStage(const MatchClause& clause, std::string_view text, const graph::GraphModel& g, bool set_semantics,
             EvalContext& ctx)
      : clause_(clause), plan_(clause, text, g, set_semantics), matcher_(plan_, ctx) {}
  bool push(Row& row) override {
    if (!clause_.optional) return matcher_.run(row, *next_);
    // OPTIONAL MATCH: a row with nulls when nothing matched.
    struct Counting : RowSink {
      RowSink* next;
      bool any = false;
      bool push(Row& r) override {
        any = true;
        return next->push(r);
      }
    } counting;
    counting.next = next_;
    if (!matcher_.run(row, counting)) return false;
    if (!counting.any) {
      for (int s : clause_.new_slots) row[static_cast<size_t>(s)] = Value();
      return next_->push(row);
    }
    return true;
  }

 private:
  const MatchClause& clause_;
  MatchPlan plan_;
  Matcher matcher_;
};

class FilterStage : public Stage {
 public:
  FilterStage(const Expr& cond, EvalContext& ctx) : cond_(cond), ctx_(ctx) {}
  bool push(Row& row) override {
    ctx_.guard.tick();
    auto c = eval_condition(cond_, row, ctx_);
    if (!c || !*c) return true;
    return next_->push(row);
  }

 private:
  const Expr& cond_;
  EvalContext& ctx_;
};

class UnwindStage : public Stage {
 public:
  UnwindStage(const UnwindClause& u, EvalContext& ctx) : u_(u), ctx_(ctx) {}
  bool push(Row& row) override {
    Value v = eval(*u_.expr, row, ctx_);
    const size_t slot = static_cast<size_t>(u_.slot);
    if (v.is_null()) return true;
    if (v.type() != Value::Type::List) {
      row[slot] = v;
      return next_->push(row);
    }
    for (const Value& item : v.as_list()) {
      ctx_.guard.tick();
      row[slot] = item;
      if (!next_->push(row)) return false;
    }
    return true;
  }

 private:
  const UnwindClause& u_;
  EvalContext& ctx_;
};

class ProjectStage : public Stage {
 public:
  ProjectStage(const Projection& p, EvalContext& ctx) : p_(p), ctx_(ctx) {}
  bool push(Row& row) override {
    ctx_.guard.tick();
    for (const ProjectionItem& item : p_.items) row[static_cast<size_t>(item.slot)] = eval(*item.expr, row, ctx_);
    return next_->push(row);
  }

 private:
  const Projection& p_;
  EvalContext& ctx_;
};

class AggregateStage : public Stage {
 public:
  AggregateStage(const Projection& p, size_t width, EvalContext& ctx) : p_(p), width_(width), ctx_(ctx) {
    for (size_t i = 0; i < p.items.size(); ++i) {
      if (!contains_aggregate(*p.items[i].expr)) keys_.push_back(i);
    }
  }

  bool push(Row& row) override {
    ctx_.guard.tick();
    size_t group = 0;
    if (keys_.empty()) {
      if (groups_.empty()) groups_.push_back(new_group(row));  // one group: no lookup
    } else {
      std::vector<Value> key;
      key.reserve(keys_.size());
      for (size_t k : keys_) key.push_back(eval(*p_.items[k].expr, row, ctx_));
      auto [it, inserted] = index_.try_emplace(std::move(key), groups_.size());
      if (inserted) {
        groups_.push_back(new_group(row));
        for (const Value& v : row) ctx_.guard.charge(approx_bytes(v));
      }
      group = it->second;
    }
    Group& g = groups_[group];
    for (size_t a = 0; a < p_.aggregates.size(); ++a) {
      const Expr& agg = *p_.aggregates[a];
      const Expr& arg = agg.kind == Expr::Kind::CountStar ? agg : *agg.args[0];
      if (agg.kind == Expr::Kind::CountStar) {
        g.aggs[a].add(count_star_);
      } else if (arg.kind == Expr::Kind::Variable) {
        g.aggs[a].add(row[static_cast<size_t>(arg.slot)]);  // no copy
      } else {
        Value v = eval(arg, row, ctx_);
        if (agg.distinct || static_cast<Func>(agg.func) == Func::Collect) ctx_.guard.charge(approx_bytes(v));  // kept
        g.aggs[a].add(v);
      }
    }
    return true;
  }

  void finish() override {
    // With no grouping keys there is always one group, even over no rows (count(*) = 0).
    if (groups_.empty() && keys_.empty()) groups_.push_back(new_group(Row(width_)));
    std::vector<Value> results(p_.aggregates.size());
    bool go = true;
    for (size_t gi = 0; gi < groups_.size() && go; ++gi) {
      Group& g = groups_[gi];
      for (size_t a = 0; a < results.size(); ++a) results[a] = g.aggs[a].result();
      const std::vector<Value>* saved = ctx_.aggregates;
      ctx_.aggregates = &results;
      for (const ProjectionItem& item : p_.items) g.row[static_cast<size_t>(item.slot)] = eval(*item.expr, g.row, ctx_);
      ctx_.aggregates = saved;
      go = next_->push(g.row);
    }
    groups_.clear();
    index_.clear();
    Stage::finish();
  }

 private:
  struct Group {
    Row row;
    std::vector<Aggregate> aggs;
  };

  Group new_group(const Row& row) const {
    Group g{row, {}};
    for (const Expr* agg : p_.aggregates) {
      Func f = agg->kind == Expr::Kind::CountStar ? Func::Count : static_cast<Func>(agg->func);
      g.aggs.emplace_back(f, agg->distinct, agg->pos);
    }
    return g;
  }

  static bool contains_aggregate(const Expr& e) {
    if (e.agg >= 0) return true;
    return std::any_of(e.args.begin(), e.args.end(), [](const ExprPtr& a) { return a && contains_aggregate(*a); });
  }

  const Projection& p_;
  size_t width_;
  EvalContext& ctx_;
  const Value count_star_{true};  // what count(*) counts: any non-null value
  std::vector<size_t> keys_;
  std::vector<Group> groups_;
  std::unordered_map<std::vector<Value>, size_t, RowKeyHash, RowKeySame> index_;
};

class DistinctStage : public Stage {
 public:
  DistinctStage(const Projection& p, EvalContext& ctx) : seen_(p.items.size()), ctx_(ctx) {
    for (const ProjectionItem& item : p.items) slots_.push_back(static_cast<size_t>(item.slot));
  }
  bool push(Row& row) override {
    if (!seen_.insert([&](size_t i) -> const Value& { return row[slots_[i]]; })) return true;
    for (size_t s : slots_) ctx_.guard.charge(approx_bytes(row[s]));  // the key set keeps a copy
    return next_->push(row);
  }

 private:
  std::vector<size_t> slots_;
  KeySet seen_;
  EvalContext& ctx_;
};

// Buffers rows with their sort keys, flat: per row the sort keys, then the projected columns
// (the keys are computed on arrival, and nothing after a projection reads the slots before
// it). Sorting permutes an index array, so no row is moved until it is handed on.
class SortStage : public Stage {
 public:
  SortStage(const Projection& p, size_t width, EvalContext& ctx) : p_(p), width_(width), ctx_(ctx) {
    for (const ProjectionItem& item : p.items) slots_.push_back(static_cast<size_t>(item.slot));
    stride_ = p.order_by.size() + slots_.size();
  }
  bool push(Row& row) override {
    ctx_.guard.tick();
    for (const SortItem& s : p_.order_by) values_.push_back(eval(*s.expr, row, ctx_));
    for (size_t s : slots_) values_.push_back(row[s]);
    for (size_t k = values_.size() - stride_; k < values_.size(); ++k) ctx_.guard.charge(approx_bytes(values_[k]));
    return true;
  }
  void finish() override {
    const size_t nkeys = p_.order_by.size();
    const size_t n = stride_ ? values_.size() / stride_ : 0;
    std::vector<uint32_t> index(n);
    for (size_t i = 0; i < n; ++i) index[i] = static_cast<uint32_t>(i);
    std::sort(index.begin(), index.end(), [&](uint32_t a, uint32_t b) {
      const Value* x = values_.data() + a * stride_;
      const Value* y = values_.data() + b * stride_;
      for (size_t k = 0; k < nkeys; ++k) {
        int c = order(x[k], y[k]);
        if (c != 0) return p_.order_by[k].descending ? c > 0 : c < 0;
      }
      return a < b;  // stable: equal keys keep their arrival order
    });
    Row row(width_);
    for (uint32_t i : index) {
      Value* v = values_.data() + i * stride_ + nkeys;
      for (size_t k = 0; k < slots_.size(); ++k) row[slots_[k]] = std::move(v[k]);
      if (!next_->push(row)) break;
    }
    values_.clear();
    Stage::finish();
  }

 private:
  const Projection& p_;
  size_t width_;
  EvalContext& ctx_;
  std::vector<size_t> slots_;
  size_t stride_ = 0;
  std::vector<Value> values_;
};

class SkipLimitStage : public Stage {
 public:
  SkipLimitStage(int64_t skip, int64_t limit) : skip_(skip), limit_(limit) {}
  bool push(Row& row) override {
    if (limit_ >= 0 && taken_ >= limit_) return false;
    if (skipped_ < skip_) {
      ++skipped_;
      return true;
    }
    ++taken_;
    bool go = next_->push(row);
    return go && (limit_ < 0 || taken_ < limit_);
  }

 private:
  int64_t skip_, limit_;
  int64_t skipped_ = 0, taken_ = 0;
};

class ResultStage : public Stage {
 public:
  ResultStage(const Query& q, size_t max_rows, Result& result, Guard& guard)
      : q_(q), max_rows_(max_rows), result_(result), guard_(guard) {}
  bool push(Row& row) override {
    if (result_.rows.size() >= max_rows_) {
      result_.truncated = true;
      return false;
    }
    std::vector<Value> out;
    out.reserve(q_.column_slots.size());
    for (int s : q_.column_slots) {
      out.push_back(row[static_cast<size_t>(s)]);
      guard_.charge(approx_bytes(out.back()));
    }
    result_.rows.push_back(std::move(out));
    return true;
  }

 private:
  const Query& q_;
  size_t max_rows_;
  Result& result_;
  Guard& guard_;
};

// ---- compilation ----------------------------------------------------------------------------

int64_t constant_count(const Expr* e, const char* what, EvalContext& ctx) {
  if (!e) return -1;
  Row empty;
  Value v = eval(*e, empty, ctx);
  if (v.type() != Value::Type::Int || v.as_int() < 0) {
    throw QueryError(QueryError::Kind::Semantic, e->pos,
                     std::string(what) + " must be a non-negative integer, got " +
                         (v.type() == Value::Type::Int ? std::to_string(v.as_int()) : type_name(v.type())));
  }
  return v.as_int();
}

// True when the rows leaving clause `i` only reach a projection for which duplicates do not
// matter: DISTINCT, or aggregates that ignore duplicates (count/collect/sum/avg DISTINCT, min, max).
bool set_semantics_after(const Query& q, size_t i) {
  for (size_t k = i + 1; k < q.clauses.size(); ++k) {
    const auto* p = std::get_if<Projection>(&q.clauses[k]);
    if (!p) continue;  // MATCH and UNWIND keep "duplicates do not matter" if the end does not care
    // DISTINCT is applied before ORDER BY / SKIP / LIMIT, so it always sees every duplicate.
    if (p->distinct && !p->aggregating) return true;
    if (p->aggregating) {
      bool insensitive = std::all_of(p->aggregates.begin(), p->aggregates.end(), [](const Expr* a) {
        if (a->kind == Expr::Kind::CountStar) return false;
        Func f = static_cast<Func>(a->func);
        return a->distinct || f == Func::Min || f == Func::Max;
      });
      return insensitive;
    }
    if (p->skip || p->limit || p->is_return) return false;
    // A plain WITH passes rows on one for one; look further.
  }
  return false;
}

struct Pipeline {
  std::vector<std::unique_ptr<Stage>> stages;  // in order; stages[k]->next_ == stages[k+1]
  template <typename S, typename... Args>
  S& add(Args&&... args) {
    auto s = std::make_unique<S>(std::forward<Args>(args)...);
    S& ref = *s;
    if (!stages.empty()) stages.back()->next_ = &ref;
    stages.push_back(std::move(s));
    return ref;
  }
};

void add_projection(Pipeline& pl, const Projection& p, const Query& q, EvalContext& ctx) {
  if (p.aggregating) {
    pl.add<AggregateStage>(p, static_cast<size_t>(q.slot_count), ctx);
  } else {
    pl.add<ProjectStage>(p, ctx);
  }
  if (p.distinct) pl.add<DistinctStage>(p, ctx);
  if (!p.order_by.empty()) pl.add<SortStage>(p, static_cast<size_t>(q.slot_count), ctx);
  int64_t skip = constant_count(p.skip.get(), "SKIP", ctx);
  int64_t limit = constant_count(p.limit.get(), "LIMIT", ctx);
  if (skip > 0 || limit >= 0) pl.add<SkipLimitStage>(std::max<int64_t>(skip, 0), limit);
  if (p.where) pl.add<FilterStage>(*p.where, ctx);
}

void build(Pipeline& pl, const graph::GraphModel& g, const Query& q, std::string_view text, EvalContext& ctx) {
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    const Clause& c = q.clauses[i];
    if (const auto* m = std::get_if<MatchClause>(&c)) {
      pl.add<MatchStage>(*m, text, g, set_semantics_after(q, i), ctx);
    } else if (const auto* u = std::get_if<UnwindClause>(&c)) {
      pl.add<UnwindStage>(*u, ctx);
    } else {
      add_projection(pl, std::get<Projection>(c), q, ctx);
    }
  }
}

}  // namespace

void run_query(const graph::GraphModel& g, const Query& q, std::string_view text, const QueryOptions& options,
               const Params& params, Guard& guard, Result& result) {
  EvalContext ctx{g, params, guard};
  Pipeline pl;
  build(pl, g, q, text, ctx);
  pl.add<ResultStage>(q, options.max_rows, result, guard);
  result.columns = q.columns;
  Row row(static_cast<size_t>(q.slot_count));
  pl.stages.front()->push(row);
  pl.stages.front()->finish();
}

std::string explain_query(const graph::GraphModel& g, const Query& q, std::string_view text, const Params& params) {
  std::string out;
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    const Clause& c = q.clauses[i];
    if (const auto* m = std::get_if<MatchClause>(&c)) {
      out += m->optional ? "OPTIONAL MATCH\n" : "MATCH\n";
      MatchPlan plan(*m, text, g, set_semantics_after(q, i));
      out += plan.explain();
      if (m->optional) out += "  (no match: one row with nulls)\n";
    } else if (const auto* u = std::get_if<UnwindClause>(&c)) {
      out += "UNWIND\n  " + slice(text, *u->expr) + " AS " + u->var + "\n";
    } else {
      const Projection& p = std::get<Projection>(c);
      out += p.is_return ? "RETURN\n" : "WITH\n";
      std::string items;
      for (const ProjectionItem& item : p.items) {
        if (!items.empty()) items += ", ";
        items += item.alias;
      }
      if (p.aggregating) {
        std::string keys, aggs;
        for (const ProjectionItem& item : p.items) {
          std::vector<const Expr*> stack{item.expr.get()};
          bool has_agg = false;
          while (!stack.empty()) {
            const Expr* e = stack.back();
            stack.pop_back();
            if (e->agg >= 0) has_agg = true;
            for (const auto& a : e->args) {
              if (a) stack.push_back(a.get());
            }
          }
          std::string& list = has_agg ? aggs : keys;
          if (!list.empty()) list += ", ";
          list += item.alias;
        }
        out += "  aggregate " + aggs + (keys.empty() ? std::string(" over all rows") : " grouped by " + keys) + "\n";
      } else {
        out += "  project " + items + "\n";
      }
      if (p.distinct) out += "  distinct\n";
      if (!p.order_by.empty()) {
        out += "  sort by ";
        for (size_t k = 0; k < p.order_by.size(); ++k) {
          if (k) out += ", ";
          out += slice(text, *p.order_by[k].expr) + (p.order_by[k].descending ? " DESC" : "");
        }
        out += "\n";
      }
      if (p.skip) out += "  skip " + slice(text, *p.skip) + "\n";
      if (p.limit) out += "  limit " + slice(text, *p.limit) + "\n";
      if (p.where) out += "  filter " + slice(text, *p.where) + "\n";
    }
  }
  (void)params;
  return out;
}

// ---- public API -----------------------------------------------------------------------------

Result execute(const graph::GraphModel& g, std::string_view text, const QueryOptions& options) {
  const auto t0 = std::chrono::steady_clock::now();
  Guard guard(options.timeout, options.cancel, options.max_memory_mb);
  Query q = parse(text);
  bind(q, text, g, options.params);
  Result result;
  if (q.explain) {
    std::string plan = explain_query(g, q, text, options.params);
    result.columns = {"plan"};
    size_t start = 0;
    while (start < plan.size()) {
      size_t nl = plan.find('\n', start);
      if (nl == std::string::npos) nl = plan.size();
      result.rows.push_back({Value(plan.substr(start, nl - start))});
      start = nl + 1;
    }
    result.compile_time = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
    return result;
  }
  const auto t1 = std::chrono::steady_clock::now();
  result.compile_time = std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0);
  run_query(g, q, text, options, options.params, guard, result);
  result.execute_time = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t1);
  return result;
}

std::string explain(const graph::GraphModel& g, std::string_view text, const QueryOptions& options) {
  Query q = parse(text);
  bind(q, text, g, options.params);
  return explain_query(g, q, text, options.params);
}

}  // namespace kg::query
