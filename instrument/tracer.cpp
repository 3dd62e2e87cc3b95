#include "instrument/tracer.hpp"

namespace tlatrace::instrument {

namespace detail {

namespace {
struct ThreadScratch {
  EventScratch scratch;
  bool in_use = false;
};
thread_local ThreadScratch thread_scratch;
}  // namespace

EventScratch* acquire_scratch() {
  ThreadScratch& own = thread_scratch;
  EventScratch* scratch;
  if (!own.in_use) {
    own.in_use = true;
    scratch = &own.scratch;
  } else {
    scratch = new EventScratch;  // a second event built at the same time on this thread
  }
  scratch->line.clear();
  scratch->params.clear();
  scratch->vars.clear();
  return scratch;
}

void release_scratch(EventScratch* scratch) noexcept {
  ThreadScratch& own = thread_scratch;
  if (scratch == &own.scratch) {
    own.in_use = false;
  } else {
    delete scratch;
  }
}

}  // namespace detail

void EventBuilder::finish() {
  detail::EventScratch* scratch = scratch_;
  scratch_ = nullptr;
  struct Release {
    detail::EventScratch* scratch;
    ~Release() { detail::release_scratch(scratch); }
  } release{scratch};
  tracer_->finish_event(*scratch);
}

Tracer::Tracer(std::string node) : Tracer(node, environment_sink(node)) {}

Tracer::Tracer(std::string node, std::shared_ptr<Sink> sink)
    : node_(std::move(node)), sink_owner_(std::move(sink)), sink_(sink_owner_.get()), vc_(node_) {
  node_field_ = ",\"node\":";
  JsonOut out(node_field_);
  out.string(node_);
}

EventBuilder Tracer::start_event(std::string_view action) {
  detail::EventScratch* scratch = detail::acquire_scratch();
  JsonOut out(scratch->line);
  out.raw("{\"action\":");
  out.string(action);
  return EventBuilder(this, scratch);
}

void Tracer::finish_event(detail::EventScratch& scratch) {
  std::string& line = scratch.line;
  JsonOut out(line);
  out.raw(",\"params\":{");
  if (!scratch.params.empty()) out.raw(std::string_view(scratch.params).substr(1));  // drop the leading ','
  out.raw('}');
  out.raw(node_field_);
  std::lock_guard lock(clock_mutex_);
  out.raw(",\"clock\":");
  out.unsigned_integer(lamport_.tick());
  vc_.tick();
  out.raw(",\"vc\":");
  vc_.write_json(out);
  out.raw(scratch.vars);
  out.raw("}\n");
  sink_->write(line);
}

Stamp Tracer::on_send() const {
  if (!sink_) return {};
  std::lock_guard lock(clock_mutex_);
  return Stamp{lamport_.value(), vc_};
}

void Tracer::on_receive(const Stamp& stamp) {
  if (!sink_ || stamp.empty()) return;
  std::lock_guard lock(clock_mutex_);
  lamport_.merge(stamp.lamport);
  vc_.merge(stamp.vc);
}

std::uint64_t Tracer::lamport_time() const {
  std::lock_guard lock(clock_mutex_);
  return lamport_.value();
}

VectorClock Tracer::vector_clock() const {
  std::lock_guard lock(clock_mutex_);
  return vc_;
}

}  // namespace tlatrace::instrument
