#include "trace/node_log.hpp"

#include <algorithm>

#include "trace/source_location.hpp"

namespace tlatrace::trace {
namespace {

std::string place(const TraceRecord& r) { return r.file + ":" + std::to_string(r.line); }

Diagnostic diag_at(SourceManager& sm, Severity s, const TraceRecord& r, std::string message) {
  return Diagnostic{s, point_at(excerpt_file(sm, r.file, r.line, r.raw), r.line, 1), std::move(message)};
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string kind_word(ClockKind k) { return k == ClockKind::Vector ? "a vector clock (\"vc\")" : "a Lamport clock (\"clock\")"; }

}  // namespace

void fail_between(SourceManager& sm, const TraceRecord& at, std::string message, const TraceRecord& other,
                  std::string note) {
  message += " (see " + place(other) + ")";
  throw MergeError({diag_at(sm, Severity::Error, at, std::move(message)), diag_at(sm, Severity::Note, other, std::move(note))});
}

void fail_on(SourceManager& sm, const TraceRecord& at, std::string message) {
  throw MergeError({diag_at(sm, Severity::Error, at, std::move(message))});
}

bool node_less(const std::string& a, const std::string& b) {
  bool na = all_digits(a), nb = all_digits(b);
  if (na != nb) return na;
  if (na) {
    std::string ta = a.substr(std::min(a.find_first_not_of('0'), a.size() - 1));
    std::string tb = b.substr(std::min(b.find_first_not_of('0'), b.size() - 1));
    if (ta.size() != tb.size()) return ta.size() < tb.size();
    if (ta != tb) return ta < tb;
  }
  return a < b;
}

NodeLog::NodeLog(SourceManager& sm, std::string path, size_t index, ClockChoice& clocks)
    : sm_(sm), reader_(sm, std::move(path)), index_(index), clocks_(clocks), node_(std::to_string(index)) {}

void NodeLog::start() {
  TraceRecord first;
  if (!reader_.next(first)) return;
  if (first.node) {
    node_ = *first.node;
    node_source_ = first;
  }
  if (!first.clock && !first.vc) {
    initial_ = std::move(first);
    head_ = read_event();
    return;
  }
  check_event(first);
  head_ = std::move(first);
}

uint64_t NodeLog::own_counter(const TraceRecord& event) const {
  if (event.vc) {
    auto it = event.vc->find(node_);
    return it == event.vc->end() ? 0 : it->second;
  }
  return event.clock.value_or(0);
}

void NodeLog::advance() {
  last_ = std::move(head_);
  head_.reset();
  head_ = read_event();
}

std::optional<TraceRecord> NodeLog::read_event() {
  TraceRecord rec;
  if (!reader_.next(rec)) return std::nullopt;
  check_event(rec);
  return rec;
}

void NodeLog::check_node(const TraceRecord& rec) {
  if (!rec.node) return;
  if (!node_source_ && !head_ && !last_) {  // the first event may still name the node
    node_ = *rec.node;
    node_source_ = rec;
    return;
  }
  if (*rec.node == node_) return;
  if (node_source_)
    fail_between(sm_, rec, "this log mixes nodes \"" + *rec.node + "\" and \"" + node_ + "\" (one log per node)",
                 *node_source_, "node \"" + node_ + "\" named here");
  fail_on(sm_, rec, "this log's first events name no node, so it is node \"" + node_ + "\" (its position), not \"" +
                        *rec.node + "\"");
}

void NodeLog::check_event(const TraceRecord& event) {
  check_node(event);
  if (!event.vc && !event.clock)
    fail_on(sm_, event,
            "an event needs a \"clock\" or a \"vc\" to be merged (only a log's first line may be an initial state "
            "without one)");
  if (clocks_.kind == ClockKind::Unknown) return;  // the first events: checked once the kind is chosen
  check_kind(event);
  const std::optional<TraceRecord>& prev = head_ ? head_ : last_;
  ClockKind kind = clocks_.kind;
  if (!prev) return;
  if (kind == ClockKind::Lamport) {
    if (*event.clock <= *prev->clock)
      fail_between(sm_, event,
                   "clock " + std::string(*event.clock < *prev->clock ? "goes backwards" : "does not increase") +
                       " on node \"" + node_ + "\": " + std::to_string(*event.clock) + " after " +
                       std::to_string(*prev->clock),
                   *prev, "the previous event of node \"" + node_ + "\"");
    return;
  }
  uint64_t own = own_counter(event), prev_own = own_counter(*prev);
  if (own <= prev_own)
    fail_between(sm_, event,
                 "vector clock entry of node \"" + node_ + "\" for its own events does not increase: " +
                     std::to_string(own) + " after " + std::to_string(prev_own),
                 *prev, "the previous event of node \"" + node_ + "\"");
  for (const auto& [other, count] : *prev->vc) {
    auto it = event.vc->find(other);
    uint64_t now = it == event.vc->end() ? 0 : it->second;
    if (now < count)
      fail_between(sm_, event,
                   "vector clock of node \"" + node_ + "\" is not monotone: entry \"" + other + "\" goes from " +
                       std::to_string(count) + " to " + std::to_string(now),
                   *prev, "the previous event of node \"" + node_ + "\"");
  }
}

void NodeLog::check_kind(const TraceRecord& event) const {
  bool has = clocks_.kind == ClockKind::Vector ? event.vc.has_value() : event.clock.has_value();
  if (!has)
    fail_between(sm_, event,
                 "the logs mix clock kinds: this event lacks " + kind_word(clocks_.kind) +
                     ", which the merge uses because every log's first event has one",
                 clocks_.first, "the first event with " + kind_word(clocks_.kind));
  if (clocks_.kind == ClockKind::Vector && !event.vc->count(node_))
    fail_on(sm_, event, "the vector clock has no entry for the event's own node \"" + node_ + "\"");
}

}  // namespace tlatrace::trace
