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
  JsonOut field;
  field.raw(",\"node\":");
  field.string(node_);
  node_field_ = field.str();
}

EventBuilder Tracer::start_event(FieldName action) {
  detail::EventScratch* scratch = detail::acquire_scratch();
  JsonOut& out = scratch->line;
  out.raw("{\"action\":");
  action.write(out);
  return EventBuilder(this, scratch);
}

void Tracer::finish_event(detail::EventScratch& scratch) {
  JsonOut& out = scratch.line;
  std::string_view params = scratch.params.view();
  if (!params.empty()) params.remove_prefix(1);  // the leading ','
  const std::string_view vars = scratch.vars.view();
  static constexpr std::string_view kParams = ",\"params\":{", kClock = ",\"clock\":", kVc = ",\"vc\":";
  std::lock_guard lock(clock_lock_);
  char* at = out.reserve(kParams.size() + params.size() + 1 + node_field_.size() + kClock.size() + 20 + kVc.size() +
                         vc_.json_size_bound() + vars.size() + 2);
  at = JsonOut::put(at, kParams);
  at = JsonOut::put(at, params);
  *at++ = '}';
  at = JsonOut::put(at, node_field_);
  at = JsonOut::put(at, kClock);
  at = JsonOut::put_unsigned(at, lamport_.tick());
  vc_.tick();
  at = JsonOut::put(at, kVc);
  at = vc_.put_json(at);
  at = JsonOut::put(at, vars);
  at = JsonOut::put(at, "}\n");
  out.commit(at);
  sink_->write(out.view());
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
