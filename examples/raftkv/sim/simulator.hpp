#pragma once
// Simulator: runs N nodes in one thread over a seeded, adversarial network. Everything is
// decided by one random generator, so the same seed gives the same run and the same trace,
// byte for byte. The network delays, reorders, drops and duplicates messages, partitions and
// heals; nodes crash and restart with their persisted state; clients send commands to random
// nodes and follow redirects to the leader. After every step the SafetyChecker looks at all
// committed prefixes.
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "examples/raftkv/raft/node.hpp"
#include "examples/raftkv/sim/safety_checker.hpp"
#include "instrument/sink.hpp"
#include "instrument/tracer.hpp"

namespace raftkv {

/// What to simulate.
struct SimConfig {
  std::uint64_t seed = 1;
  int nodes = 3;
  std::int64_t steps = 2000;
  bool bug_stale_leader_write = false;
  /// The trace goes here (nullptr: no trace). All nodes write to it in simulation order.
  std::shared_ptr<tlatrace::instrument::Sink> trace;
};

/// What happened.
struct SimResult {
  std::vector<std::string> violations;
  std::size_t committed = 0;        // longest committed prefix
  std::int64_t client_accepted = 0;  // commands appended by a leader
  std::int64_t elections_won = 0;
  std::int64_t crashes = 0;
  std::int64_t partitions = 0;
};

/// The node ids of an N-node cluster: n1..nN.
std::vector<NodeId> node_ids(int count);

/// One simulated run. It is also the nodes' StateView: events carry the full value of each
/// variable they change (every server's entry, crashed servers included).
class Simulator final : public StateView {
 public:
  explicit Simulator(SimConfig config);
  ~Simulator() override;
  SimResult run();

  void write(tlatrace::instrument::EventBuilder& event, Var var) const override;
  /// The node whose state the spec sees for slot k: the running one, or the crashed one.
  const Node* visible_node(std::size_t k) const;
  std::size_t size() const { return slots_.size(); }

 private:
  struct InFlight {
    Envelope envelope;
    std::int64_t deliver_at = 0;
  };
  struct Slot {
    NodeId id;
    std::unique_ptr<tlatrace::instrument::Tracer> tracer;
    std::unique_ptr<Node> node;  // null while crashed
    std::unique_ptr<Node> ghost; // the crashed node, whose state the spec still holds
    PersistentState disk;        // what survives a crash
    int incarnation = 0;
    int side = 0;                // partition side
    bool was_leader = false;     // for counting elections won
  };

  void write_initial_state();
  void step();
  void deliver_one();
  void advance_time();
  void client_command();
  void drop_one();
  void duplicate_one();
  void partition();
  void heal();
  void crash_one();
  void restart_one();
  void collect(Slot& slot);
  void check_safety();
  Node* find_up(const NodeId& id);
  std::int64_t pick(std::int64_t lo, std::int64_t hi);

  SimConfig config_;
  std::mt19937_64 rng_;
  std::vector<Slot> slots_;
  std::unique_ptr<tlatrace::instrument::Tracer> net_tracer_;
  std::vector<InFlight> network_;
  std::int64_t now_ms_ = 0;
  std::int64_t step_ = 0;
  SafetyChecker checker_;
  SimResult result_;
};

}  // namespace raftkv
