#include "examples/raftkv/sim/simulator.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "examples/raftkv/raft/kv_store.hpp"
#include "instrument/to_tla.hpp"

namespace raftkv {

namespace {
// The commands clients send: the spec's Value set in specs/RaftLog.cfg.
const std::vector<std::string> kCommands = {
    KvStore::put_command("a", "1"), KvStore::put_command("a", "2"), KvStore::put_command("b", "1"),
    KvStore::put_command("b", "2"), KvStore::del_command("a"),      KvStore::del_command("b")};
}  // namespace

std::vector<NodeId> node_ids(int count) {
  std::vector<NodeId> ids;
  for (int i = 1; i <= count; ++i) ids.push_back("n" + std::to_string(i));
  return ids;
}

Simulator::Simulator(SimConfig config) : config_(std::move(config)), rng_(config_.seed) {
  const auto ids = node_ids(config_.nodes);
  NodeConfig node_config;
  node_config.bug_stale_leader_write = config_.bug_stale_leader_write;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    Slot slot;
    slot.id = ids[k];
    slot.tracer = std::make_unique<tlatrace::instrument::Tracer>(ids[k], config_.trace);
    slot.node = std::make_unique<Node>(ids[k], ids, node_config, PersistentState{}, *slot.tracer,
                                       config_.seed * 1000003 + k, now_ms_);
    slot.node->set_view(this);
    slots_.push_back(std::move(slot));
  }
  net_tracer_ = std::make_unique<tlatrace::instrument::Tracer>("net", config_.trace);
}

Simulator::~Simulator() {
  if (config_.trace) config_.trace->flush();
}

std::int64_t Simulator::pick(std::int64_t lo, std::int64_t hi) {
  return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
}

void Simulator::write_initial_state() {
  if (!config_.trace) return;
  std::map<NodeId, Term> zero;
  std::map<NodeId, std::string> roles, votes;
  std::map<NodeId, std::vector<Entry>> logs;
  std::map<NodeId, std::set<NodeId>> granted;
  std::map<NodeId, Index> ones;
  for (const auto& slot : slots_) {
    zero[slot.id] = 0;
    roles[slot.id] = role_name(Role::Follower);
    votes[slot.id] = kNoVote;
    logs[slot.id] = {};
    granted[slot.id] = {};
    ones[slot.id] = 1;
  }
  std::map<NodeId, std::map<NodeId, Index>> next, match;
  for (const auto& slot : slots_) {
    next[slot.id] = ones;
    match[slot.id] = zero;
  }
  using tlatrace::instrument::to_tla_string;
  std::string line = "{\"currentTerm\":" + to_tla_string(zero) + ",\"role\":" + to_tla_string(roles) +
                     ",\"votedFor\":" + to_tla_string(votes) + ",\"log\":" + to_tla_string(logs) +
                     ",\"commitIndex\":" + to_tla_string(zero) + ",\"votesGranted\":" + to_tla_string(granted) +
                     ",\"nextIndex\":" + to_tla_string(next) + ",\"matchIndex\":" + to_tla_string(match) +
                     ",\"messages\":{\"#map\":[]}}\n";
  config_.trace->write(line);
}

SimResult Simulator::run() {
  write_initial_state();
  for (step_ = 0; step_ < config_.steps; ++step_) {
    step();
    check_safety();
    if (!checker_.violations().empty()) break;  // the trace ends at the first violation
  }
  result_.violations = checker_.violations();
  result_.committed = checker_.committed_count();
  if (config_.trace) config_.trace->flush();
  return result_;
}

void Simulator::step() {
  const auto dice = pick(0, 999);  // per mille
  if (dice < 500) return deliver_one();
  if (dice < 760) return advance_time();
  if (dice < 860) return client_command();
  if (dice < 885) return drop_one();
  if (dice < 910) return duplicate_one();
  if (dice < 920) return partition();
  if (dice < 950) return heal();
  if (dice < 955) return crash_one();
  if (dice < 985) return restart_one();
  advance_time();
}

Node* Simulator::find_up(const NodeId& id) {
  for (auto& slot : slots_) {
    if (slot.id == id) return slot.node.get();
  }
  return nullptr;
}

void Simulator::collect(Slot& slot) {
  if (!slot.node) return;
  const bool leads = slot.node->role() == Role::Leader;
  if (leads && !slot.was_leader) ++result_.elections_won;
  slot.was_leader = leads;
  for (auto& envelope : slot.node->take_outbox()) {
    network_.push_back(InFlight{std::move(envelope), now_ms_ + pick(1, 20)});
  }
  slot.disk = slot.node->persistent();  // writes reach the disk before the next step
}

void Simulator::deliver_one() {
  std::vector<std::size_t> ready;
  for (std::size_t k = 0; k < network_.size(); ++k) {
    if (network_[k].deliver_at <= now_ms_) ready.push_back(k);
  }
  if (ready.empty()) return advance_time();
  const std::size_t k = ready[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(ready.size()) - 1))];
  InFlight item = std::move(network_[k]);
  network_.erase(network_.begin() + static_cast<std::ptrdiff_t>(k));
  const Message& m = item.envelope.msg;
  Slot* from = nullptr;
  Slot* to = nullptr;
  for (auto& slot : slots_) {
    if (slot.id == m.source) from = &slot;
    if (slot.id == m.dest) to = &slot;
  }
  if (!to || !to->node || (from && from->side != to->side)) {
    // Lost: the destination is down or on the other side of a partition.
    net_tracer_->on_receive(item.envelope.stamp);
    net_tracer_->event("DropMessage").param("m", m).emit();
    return;
  }
  to->node->receive(item.envelope, now_ms_);
  collect(*to);
}

void Simulator::advance_time() {
  now_ms_ += pick(1, 15);
  for (auto& slot : slots_) {
    if (!slot.node) continue;
    slot.node->tick(now_ms_);
    collect(slot);
  }
}

void Simulator::client_command() {
  const std::string& command = kCommands[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(kCommands.size()) - 1))];
  auto& first = slots_[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(slots_.size()) - 1))];
  Node* node = first.node.get();
  for (int hop = 0; hop < 3 && node; ++hop) {
    const ClientReply reply = node->client_request(command);
    if (reply.accepted) {
      ++result_.client_accepted;
      for (auto& slot : slots_) {
        if (slot.node.get() == node) collect(slot);
      }
      return;
    }
    node = reply.leader_hint.empty() ? nullptr : find_up(reply.leader_hint);  // redirect
  }
}

void Simulator::drop_one() {
  if (network_.empty()) return;
  const auto k = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(network_.size()) - 1));
  net_tracer_->on_receive(network_[k].envelope.stamp);
  net_tracer_->event("DropMessage").param("m", network_[k].envelope.msg).emit();
  network_.erase(network_.begin() + static_cast<std::ptrdiff_t>(k));
}

void Simulator::duplicate_one() {
  if (network_.empty()) return;
  const auto k = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(network_.size()) - 1));
  InFlight copy = network_[k];
  net_tracer_->on_receive(copy.envelope.stamp);
  net_tracer_->event("DuplicateMessage").param("m", copy.envelope.msg).emit();
  copy.deliver_at = now_ms_ + pick(1, 30);
  network_.push_back(std::move(copy));
}

void Simulator::partition() {
  ++result_.partitions;
  for (auto& slot : slots_) slot.side = static_cast<int>(pick(0, 1));
}

void Simulator::heal() {
  for (auto& slot : slots_) slot.side = 0;
}

void Simulator::crash_one() {
  auto& slot = slots_[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(slots_.size()) - 1))];
  if (!slot.node) return;
  slot.disk = slot.node->persistent();
  slot.ghost = std::move(slot.node);
  slot.was_leader = false;
  ++result_.crashes;
}

void Simulator::restart_one() {
  for (auto& slot : slots_) {
    if (slot.node) continue;
    ++slot.incarnation;
    NodeConfig node_config;
    node_config.bug_stale_leader_write = config_.bug_stale_leader_write;
    const auto k = static_cast<std::uint64_t>(&slot - slots_.data());
    slot.node = std::make_unique<Node>(slot.id, node_ids(config_.nodes), node_config, slot.disk, *slot.tracer,
                                       config_.seed * 1000003 + k + 7919 * static_cast<std::uint64_t>(slot.incarnation),
                                       now_ms_);
    slot.node->set_view(this);
    slot.ghost.reset();
    slot.node->restart(now_ms_);
    collect(slot);
    return;
  }
}

namespace {
/// Every server's value of one variable: {"n1": .., "n2": .., ...}.
struct AllNodes {
  const Simulator* sim;
  Var var;
};
void tlatrace_to_tla(tlatrace::instrument::JsonOut& out, const AllNodes& all) {
  bool first = true;
  out.raw('{');
  for (std::size_t k = 0; k < all.sim->size(); ++k) {
    const Node* node = all.sim->visible_node(k);
    out.key(node->id(), first);
    write_node_value(out, all.var, *node);
  }
  out.raw('}');
}
}  // namespace

const Node* Simulator::visible_node(std::size_t k) const {
  const Slot& slot = slots_[k];
  return slot.node ? slot.node.get() : slot.ghost.get();
}

void Simulator::write(tlatrace::instrument::EventBuilder& event, Var var) const {
  event.set(std::string_view(var_name(var)), AllNodes{this, var});
}

void Simulator::check_safety() {
  for (const auto& slot : slots_) {
    checker_.check(slot.id, slot.node ? slot.node->persistent() : slot.disk, step_);
  }
}

}  // namespace raftkv
