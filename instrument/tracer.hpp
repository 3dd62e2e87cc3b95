#pragma once
// Tracer: the per-node handle production code records spec-level events with.
//
//   tlatrace::instrument::Tracer tracer("n1");       // sink from $TLATRACE (see environment.hpp)
//   tracer.event("ClientRequest").param("i", "n1").set("log", log).emit();
//   msg.stamp = tracer.on_send();                     // after emitting the sending event
//   other.on_receive(msg.stamp);                      // before emitting the receiving event
//
// Each emitted event ticks the node's Lamport clock and its own vector-clock entry and
// carries both ("clock", "vc"). A node's events reach the sink in clock order. A Tracer may be
// shared by the threads of one node.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "instrument/async_sink.hpp"
#include "instrument/clock.hpp"
#include "instrument/detail/biased_lock.hpp"
#include "instrument/detail/clock_tail.hpp"
#include "instrument/environment.hpp"
#include "instrument/event.hpp"
#include "instrument/sink.hpp"

namespace tlatrace::instrument {

/// Records the events of one node.
class Tracer {
 public:
  /// A tracer whose sink comes from the TLATRACE environment variables (disabled if unset).
  explicit Tracer(std::string node);
  /// A tracer writing to `sink`; nullptr makes a disabled tracer.
  Tracer(std::string node, std::shared_ptr<Sink> sink);
  /// Lines already emitted are still written (the sink drains the tracer's lane).
  ~Tracer();
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  /// True if events are written: the tracer has a sink and the process switch is on.
  bool enabled() const noexcept { return sink_ != nullptr && detail::tracing_switch.load(std::memory_order_relaxed); }

  /// Starts an event for spec action `action`; an empty builder when disabled.
  [[gnu::always_inline]] EventBuilder event(FieldName action) {
    if (!enabled()) return EventBuilder();
    EventBuilder builder(this, detail::acquire_scratch());  // gives the scratch back if write_head throws
    builder.write_head(action);
    return builder;
  }

  /// The stamp to piggyback on an outgoing message: the clocks of this node's latest event.
  /// Empty when the tracer has no sink.
  Stamp on_send() const;
  /// Merges the stamp of an incoming message; the next event orders after the send.
  void on_receive(const Stamp& stamp);

  const std::string& node() const noexcept { return node_; }
  std::uint64_t lamport_time() const;
  VectorClock vector_clock() const;
  Sink* sink() const noexcept { return sink_; }
  /// Waits until this tracer's events have reached the sink's destination.
  void flush() noexcept {
    if (sink_) sink_->flush();
  }

 private:
  friend class EventBuilder;
  /// emit() for a sink without lanes: the line is completed in the scratch's head.
  void finish_event(detail::EventScratch& scratch);
  /// emit() into lane_: the usual case inline, the rest in emit_into_lane_slowly.
  void emit_into_lane(std::string_view head, std::string_view vars) noexcept;
  void emit_into_lane_slowly(std::string_view head, std::string_view vars) noexcept;
  /// Ticks the clocks and writes the rest of the line after the params (clocks, `vars`, the
  /// end) at `at`, which has room for tail_bound_ + vars.size() bytes; returns the line's end.
  char* put_tail(char* at, std::string_view vars) noexcept;
  /// Lays clock_tail_ out for the current clocks and sets tail_bound_ (under the lock).
  void refresh_clock_text();

  std::string node_;
  std::string clock_lead_;      // },"node":"<node>","clock":  (between the params and the clock)
  std::string vc_lead_;         // ,"vc":{"<node>":
  detail::ClockTail clock_tail_;  // clock_lead_, the clocks and the vector clock's other nodes
  std::size_t tail_bound_ = 0;  // most bytes put_tail writes, besides vars (padding included)
  std::shared_ptr<Sink> sink_owner_;
  Sink* sink_ = nullptr;
  AsyncSink* async_ = nullptr;  // sink_ if it is an AsyncSink: lines are formatted into lane_
  std::shared_ptr<detail::LineLane> lane_;  // this tracer's lane of async_ (shared with it)
  // Guards the clocks and lane_'s producer side. Ticking the clocks and handing the line to
  // the sink (or writing it into the lane) happen under it, so a node's lines reach the sink
  // in clock order.
  mutable detail::BiasedLock clock_lock_;
  LamportClock lamport_;
  VectorClock vc_;
};

}  // namespace tlatrace::instrument
