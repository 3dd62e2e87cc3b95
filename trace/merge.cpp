#include "trace/merge.hpp"

#include <limits>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "trace/node_log.hpp"
#include "trace/source_location.hpp"

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

uint64_t vc_sum(const VectorClock& vc) {
  uint64_t sum = 0;
  for (const auto& [_, n] : vc) sum = n > std::numeric_limits<uint64_t>::max() - sum ? std::numeric_limits<uint64_t>::max() : sum + n;
  return sum;
}

class Merger {
 public:
  Merger(const std::vector<std::string>& paths, std::ostream& out, SourceManager& sm) : out_(out), sm_(sm) {
    for (size_t i = 0; i < paths.size(); ++i) logs_.push_back(std::make_unique<NodeLog>(sm, paths[i], i, clocks_));
  }

  void run() {
    for (auto& log : logs_) log->start();
    check_distinct_nodes();
    choose_clock_kind();
    write_metadata();
    write_initial();
    while (NodeLog* next = clocks_.kind == ClockKind::Vector ? next_by_vector_clock() : next_by_lamport()) {
      out_ << next->head()->raw << '\n';
      next->advance();
      write_metadata();
    }
  }

 private:
  std::ostream& out_;
  SourceManager& sm_;
  ClockChoice clocks_;
  std::vector<std::unique_ptr<NodeLog>> logs_;
  std::map<std::string, NodeLog*> by_node_;

  // A log's first record, for messages about the whole log.
  static const TraceRecord* first_record(const NodeLog& log) {
    if (log.initial()) return &*log.initial();
    if (log.head()) return &*log.head();
    return nullptr;
  }

  void check_distinct_nodes() {
    for (auto& log : logs_) {
      auto [it, fresh] = by_node_.emplace(log->node(), log.get());
      if (fresh) continue;
      const TraceRecord* a = first_record(*log);
      const TraceRecord* b = first_record(*it->second);
      if (a && b)
        fail_between(sm_, *a, "two logs are for node \"" + log->node() + "\" (one log per node)", *b,
                     "the other log of node \"" + log->node() + "\"");
      if (!b) it->second = log.get();  // an empty log gives way to one with records
    }
  }

  // Vector clocks if every first event has one, else Lamport clocks if every one has one.
  void choose_clock_kind() {
    const TraceRecord* without_vc = nullptr;
    const TraceRecord* without_clock = nullptr;
    const TraceRecord* any = nullptr;
    for (auto& log : logs_) {
      if (!log->head()) continue;
      const TraceRecord& first = *log->head();
      if (!any) any = &first;
      if (!first.vc && !without_vc) without_vc = &first;
      if (!first.clock && !without_clock) without_clock = &first;
    }
    if (!any) return;  // no events at all
    if (without_vc && without_clock)
      fail_between(sm_, *without_vc,
                   "the logs mix clock kinds: this event has a Lamport clock (\"clock\") and no \"vc\", another "
                   "log's has a vector clock (\"vc\") and no \"clock\"",
                   *without_clock, "an event with a vector clock and no Lamport clock");
    clocks_.kind = without_vc ? ClockKind::Lamport : ClockKind::Vector;
    clocks_.first = *any;
    for (auto& log : logs_)
      if (log->head()) log->check_kind(*log->head());
  }

  void write_metadata() {
    for (auto& log : logs_)
      for (const MetadataLine& m : log->take_metadata()) out_ << m.raw << '\n';
  }

  // One initial line: the only one verbatim, the union of several, or {} when there is none.
  void write_initial() {
    std::vector<const TraceRecord*> initials;
    for (auto& log : logs_)
      if (log->initial()) initials.push_back(&*log->initial());
    if (initials.size() == 1) {
      out_ << initials[0]->raw << '\n';
      return;
    }
    json merged = json::object();
    std::map<std::string, const TraceRecord*> source;
    for (const TraceRecord* rec : initials) {
      json line = json::parse(rec->raw);
      for (auto& [key, value] : line.items()) {
        if (key == "node") continue;
        auto seen = source.find(key);
        if (seen != source.end()) {
          const TraceRecord& other = *seen->second;
          bool same = rec->vars.count(key) ? rec->vars.at(key) == other.vars.at(key) : merged[key] == value;
          if (!same)
            fail_between(sm_, *rec, "the initial lines disagree on \"" + key + "\"", other,
                         "the other initial line observing \"" + key + "\"");
          continue;
        }
        merged[key] = value;
        source[key] = rec;
      }
    }
    out_ << merged.dump() << '\n';
  }

  NodeLog* next_by_lamport() {
    NodeLog* best = nullptr;
    for (auto& log : logs_) {
      if (!log->head()) continue;
      if (!best || *log->head()->clock < *best->head()->clock ||
          (*log->head()->clock == *best->head()->clock && node_less(log->node(), best->node())))
        best = log.get();
    }
    return best;
  }

  NodeLog* log_of(const std::string& node) {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

  // Whether every event `event` depends on (by its vc) has been merged. Fails when one of
  // them can never come: its node has no log, or the log ended before it.
  bool ready(const NodeLog& log, const TraceRecord& event) {
    for (const auto& [node, count] : *event.vc) {
      if (node == log.node() || count == 0) continue;
      NodeLog* sender = log_of(node);
      if (!sender)
        fail_on(sm_, event, "the vector clock claims " + std::to_string(count) + " event(s) of node \"" + node +
                                "\", but no log is for that node");
      if (sender->head()) {
        if (sender->own_counter(*sender->head()) <= count) return false;
        continue;
      }
      uint64_t has = sender->last() ? sender->own_counter(*sender->last()) : 0;
      if (has >= count) continue;
      const TraceRecord* end = sender->last() ? &*sender->last() : first_record(*sender);
      std::string message = "the vector clock claims " + std::to_string(count) + " event(s) of node \"" + node +
                            "\", but its log ends after " + std::to_string(has) +
                            " (a receive whose send never appears)";
      if (!end) fail_on(sm_, event, message);
      fail_between(sm_, event, message, *end, "the last event of node \"" + node + "\"");
    }
    return true;
  }

  static bool before(const NodeLog& a, const NodeLog& b) {
    uint64_t sa = vc_sum(*a.head()->vc), sb = vc_sum(*b.head()->vc);
    if (sa != sb) return sa < sb;
    if (a.node() != b.node()) return node_less(a.node(), b.node());
    return a.index() < b.index();
  }

  NodeLog* next_by_vector_clock() {
    NodeLog* best = nullptr;
    NodeLog* blocked = nullptr;
    for (auto& log : logs_) {
      if (!log->head()) continue;
      if (!ready(*log, *log->head())) {
        if (!blocked || before(*log, *blocked)) blocked = log.get();
        continue;
      }
      if (!best || before(*log, *best)) best = log.get();
    }
    if (best || !blocked) return best;
    report_cycle(*blocked);
  }

  // No event can come next: each waits for another that waits in turn.
  [[noreturn]] void report_cycle(const NodeLog& log) {
    const TraceRecord& event = *log.head();
    for (const auto& [node, count] : *event.vc) {
      if (node == log.node()) continue;
      NodeLog* sender = log_of(node);
      if (!sender || !sender->head() || sender->own_counter(*sender->head()) > count) continue;
      const TraceRecord& waiting = *sender->head();
      fail_between(sm_, event,
                   "causality violation: this event's vector clock claims " + std::to_string(count) +
                       " event(s) of node \"" + node + "\", but that node's next event (its event " +
                       std::to_string(sender->own_counter(waiting)) +
                       ") cannot come first: it depends on this one or on a later event (a receive before its send)",
                   waiting, "the event of node \"" + node + "\" that cannot be ordered first");
    }
    fail_on(sm_, event, "causality violation: no event can be merged next");
  }
};

}  // namespace

bool merge_logs(const std::vector<std::string>& paths, std::ostream& out, SourceManager& sm, Diagnostics& diags) {
  try {
    Merger(paths, out, sm).run();
    return true;
  } catch (const MergeError& e) {
    for (const Diagnostic& d : e.diags) diags.add(d);
  } catch (const InputError& e) {
    diags.add(e.diag);
  }
  return false;
}

int merge_files(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  if (paths.empty()) {
    err << "tlatrace: error: merge needs at least one log\n";
    return 2;
  }
  SourceManager sm;
  Diagnostics diags;
  bool ok = merge_logs(paths, out, sm, diags);
  out.flush();
  diags.print(err);
  return ok ? 0 : 2;
}

}  // namespace tlatrace::trace
