#include "instrument/tracer.hpp"

#include <cstdlib>
#include <cstring>

namespace tlatrace::instrument {

namespace {

/// Owns the calling thread's scratch (detail::thread_scratch points into it) until the thread
/// exits.
struct ThreadScratch {
  detail::EventScratch scratch;
  ~ThreadScratch() {
    detail::thread_scratch = nullptr;
    gone = true;
  }
  static thread_local bool gone;  // the thread's scratch was destroyed (the thread is exiting)
};
thread_local bool ThreadScratch::gone = false;

}  // namespace

detail::EventScratch* detail::acquire_scratch_slowly() {
  EventScratch* scratch = thread_scratch;
  if (scratch == nullptr && !ThreadScratch::gone) {  // the thread's first event
    static thread_local ThreadScratch own;
    thread_scratch = scratch = &own.scratch;
  }
  if (scratch == nullptr || scratch->in_use) {  // a second event built at the same time on this thread
    scratch = new EventScratch;
    scratch->on_heap = true;
  }
  scratch->in_use = true;
  scratch->head.clear();
  scratch->vars.clear();
  return scratch;
}

void EventBuilder::write_escaped_head(JsonOut& out, FieldName action) {
  out.raw("{\"action\":");
  action.write(out);
  out.raw(",\"params\":{");
}

Tracer::Tracer(std::string node) : Tracer(node, environment_sink(node)) {}

Tracer::Tracer(std::string node, std::shared_ptr<Sink> sink)
    : node_(std::move(node)), sink_owner_(std::move(sink)), sink_(sink_owner_.get()), vc_(node_) {
  async_ = dynamic_cast<AsyncSink*>(sink_);
  if (async_ != nullptr) lane_ = async_->open_lane();
  JsonOut field;
  field.raw("},\"node\":");
  field.string(node_);
  field.raw(",\"clock\":");
  clock_lead_ = field.str();
  vc_lead_ = ",\"vc\":";
  vc_lead_ += vc_.head_json();
  refresh_clock_text();
}

Tracer::~Tracer() {
  if (lane_) lane_->close();
}

namespace {
/// The head without the comma after its last param (clock_lead_ starts with the closing '}').
std::string_view params_closed(std::string_view head) {
  if (head.back() == ',') head.remove_suffix(1);
  return head;
}
}  // namespace

void Tracer::refresh_clock_text() {
  clock_tail_.layout(clock_lead_, lamport_.counter(), vc_lead_, vc_.own_counter(), vc_.rest_json());
  // The clocks' text after the next tick (or the padded copy), then vars, then "}\n".
  tail_bound_ = clock_tail_.bound() + 2;
}

[[gnu::always_inline]] inline char* Tracer::put_tail(char* at, std::string_view vars) noexcept {
  lamport_.tick();
  vc_.tick();
  if (clock_tail_.stale(lamport_.counter(), vc_.own_counter())) [[unlikely]] refresh_clock_text();
  at = clock_tail_.put(at, lamport_.counter(), vc_.own_counter());
  at = JsonOut::put(at, vars);
  at[0] = '}';
  at[1] = '\n';
  return at + 2;
}

[[gnu::always_inline]] inline void Tracer::emit_into_lane(std::string_view head, std::string_view vars) noexcept {
  // The whole line is written into the lane under the lock: the lane has one producer at a
  // time, and the lines enter it in clock order.
  clock_lock_.lock();
  detail::LineLane& lane = *lane_;
  // A line that fits before the lane's limit goes into the lane whatever its length (the
  // slow path sends lines longer than max_line() to the heap).
  if (lane.fits(head.size() + vars.size() + tail_bound_)) [[likely]] {
    char* room = lane.room();
    const bool wake = lane.commit_room(room, put_tail(JsonOut::put(room, head), vars));
    clock_lock_.unlock();
    if (wake) [[unlikely]] async_->lane_filling();
    return;
  }
  clock_lock_.unlock();
  emit_into_lane_slowly(head, vars);
}

void EventBuilder::finish() {
  detail::EventScratch* scratch = scratch_;
  scratch_ = nullptr;
  Tracer& tracer = *tracer_;
  if (tracer.lane_) [[likely]] {  // nothing here throws
    tracer.emit_into_lane(params_closed(scratch->head.view()), scratch->vars.view());
    detail::release_scratch(scratch);
    return;
  }
  struct Release {
    detail::EventScratch* scratch;
    ~Release() { detail::release_scratch(scratch); }
  } release{scratch};
  tracer.finish_event(*scratch);
}

void Tracer::finish_event(detail::EventScratch& scratch) {
  // Any sink but an AsyncSink: the line is completed in `head` and handed over under the lock.
  const std::string_view vars = scratch.vars.view();
  JsonOut& out = scratch.head;
  const std::size_t head_size = params_closed(out.view()).size();
  std::lock_guard lock(clock_lock_);
  char* at = out.reserve(tail_bound_ + vars.size());
  at -= out.size() - head_size;
  out.commit(put_tail(at, vars));
  sink_->write(out.view());
}

void Tracer::emit_into_lane_slowly(std::string_view head, std::string_view vars) noexcept {
  // A line too long for the lane (it goes to the heap), or a full lane.
  std::chrono::steady_clock::time_point deadline{};
  for (;;) {
    clock_lock_.lock();
    const std::size_t bound = head.size() + vars.size() + tail_bound_;
    const bool on_heap = bound > lane_->max_line();  // too long for the lane: a record points to it
    if (char* room = lane_->claim(on_heap ? detail::LineLane::kHeapRecord : bound)) {
      bool wake;
      if (!on_heap) {
        wake = lane_->commit(put_tail(JsonOut::put(room, head), vars));
      } else if (auto* text = static_cast<char*>(std::malloc(bound))) {
        wake = lane_->commit_heap(text, static_cast<std::size_t>(put_tail(JsonOut::put(text, head), vars) - text));
      } else {
        break;  // no memory for it: dropped
      }
      clock_lock_.unlock();
      if (wake) async_->lane_filling();
      return;
    }
    // Full: wait (not holding the lock) or give up.
    clock_lock_.unlock();
    if (async_->wait_for_room(deadline)) continue;
    clock_lock_.lock();
    break;
  }
  // Dropped (and counted; the writer reports the count in the trace). The event still
  // happened, so it still ticks the clocks: the gap shows in this node's vector clock.
  lamport_.tick();
  vc_.tick();
  clock_lock_.unlock();
  async_->drop_line();
}

Stamp Tracer::on_send() const {
  if (!sink_) return {};
  std::lock_guard lock(clock_lock_);
  return Stamp{lamport_.value(), vc_};
}

void Tracer::on_receive(const Stamp& stamp) {
  if (!sink_ || stamp.empty()) return;
  std::lock_guard lock(clock_lock_);
  lamport_.merge(stamp.lamport);
  vc_.merge(stamp.vc);
  refresh_clock_text();
}

std::uint64_t Tracer::lamport_time() const {
  std::lock_guard lock(clock_lock_);
  return lamport_.value();
}

VectorClock Tracer::vector_clock() const {
  std::lock_guard lock(clock_lock_);
  return vc_;
}

}  // namespace tlatrace::instrument
