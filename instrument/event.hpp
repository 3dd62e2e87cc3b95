#pragma once
// EventBuilder: one trace event under construction, made by Tracer::event.
//
//   tracer.event("ClientRequest").param("i", node).set("log", log).set("currentTerm", term).emit();
//
// writes one line:
//   {"action":"ClientRequest","params":{"i":"n1"},"node":"n1","clock":7,"vc":{"n1":7},
//    "log":[...],"currentTerm":2}
//
// `param` records an argument of the spec action, `set` the value of a spec variable after
// the step; each may be called any number of times, in any order. When tracing is off the
// builder is empty: every method is an inline test of one pointer and does nothing (the
// arguments are still evaluated by C++, so guard costly ones with `tracer.enabled()`). An
// event that is never emitted is discarded.
#include <string>
#include <string_view>
#include <type_traits>

#include "instrument/json_out.hpp"
#include "instrument/to_tla.hpp"

namespace tlatrace::instrument {

class Tracer;

/// The name of an action, a param or a variable: a string literal (checked for characters
/// that need escaping at compile time) or a std::string / std::string_view (checked when
/// written). Names are never allocated or copied until written.
class FieldName {
 public:
  template <std::size_t N>
  consteval FieldName(const char (&literal)[N]) noexcept  // NOLINT: implicit on purpose
      : data_(literal), size_(std::char_traits<char>::length(literal)) {
    if (JsonOut::is_plain(text())) size_ |= kPlain;
  }
  FieldName(std::string_view text) noexcept : data_(text.data()), size_(text.size() & ~kPlain) {}  // NOLINT
  FieldName(const std::string& text) noexcept : FieldName(std::string_view(text)) {}              // NOLINT

  constexpr std::string_view text() const noexcept { return {data_, size_ & ~kPlain}; }
  /// True if the name needs no escaping.
  constexpr bool plain() const noexcept { return (size_ & kPlain) != 0; }
  /// Appends the name as a JSON string.
  void write(JsonOut& out) const {
    if (plain()) {
      out.plain_string(text());
    } else {
      out.string(text());
    }
  }
  /// Appends `,"name":` (the start of a further object member).
  [[gnu::always_inline]] void write_member(JsonOut& out) const { write_key(out, ','); }
  /// Appends `"name":` (a first object member).
  [[gnu::always_inline]] void write_key(JsonOut& out) const { write_key(out, '\0'); }

 private:
  // Two words, so it travels in registers; the top bit of size_ says "needs no escaping".
  static constexpr std::size_t kPlain = std::size_t{1} << (sizeof(std::size_t) * 8 - 1);

  /// Appends `lead` (unless it is '\0'), then `"name":`.
  [[gnu::always_inline]] void write_key(JsonOut& out, char lead) const {
    if (plain()) {
      out.commit(put_plain_key(out.reserve(text().size() + 4), lead));
    } else {
      if (lead != '\0') out.raw(lead);
      out.string(text());
      out.raw(':');
    }
  }

  friend class EventBuilder;

  /// Writes `lead` (unless it is '\0'), then `"name":` at `at`, which has room for
  /// text().size() + 4 bytes; only for plain() names. Returns the cursor after it.
  [[gnu::always_inline]] char* put_plain_key(char* at, char lead) const noexcept {
    *at = lead;
    at += lead != '\0';
    *at = '"';
    at = JsonOut::put(at + 1, text());
    at[0] = '"';
    at[1] = ':';
    return at + 2;
  }

  const char* data_;
  std::size_t size_;
};

namespace detail {
/// Per-thread text buffers an event is formatted into (reused: no allocation after warm-up).
/// emit() copies them once, around the clocks, into the line's final place (a ring cell of an
/// AsyncSink, or `head` itself for other sinks).
struct EventScratch {
  JsonOut head;  // {"action":A,"params":{ then "name":value, for each param
  JsonOut vars;  // ,"name":value for each set
  bool in_use = false;   // a thread's own scratch, taken by an event
  bool on_heap = false;  // made for an event built while the thread's own scratch was taken
};
/// Gives `scratch` back (no thread-local lookup: the scratch says whose it is).
inline void release_scratch(EventScratch* scratch) noexcept {
  if (scratch->on_heap) {
    delete scratch;
  } else {
    scratch->in_use = false;
  }
}

/// The calling thread's own scratch: null until the thread's first event (and after the
/// thread's exit has destroyed it). A plain pointer, so reading it needs no initialisation
/// check and the usual acquire_scratch is inline.
inline thread_local constinit EventScratch* thread_scratch = nullptr;
/// acquire_scratch when the thread has no scratch yet or its own is taken.
EventScratch* acquire_scratch_slowly();
/// A free scratch of the calling thread, cleared (a heap one if its own is taken by another
/// event being built).
[[gnu::always_inline]] inline EventScratch* acquire_scratch() {
  EventScratch* scratch = thread_scratch;
  if (scratch == nullptr || scratch->in_use) [[unlikely]] return acquire_scratch_slowly();
  scratch->in_use = true;
  scratch->head.clear();
  scratch->vars.clear();
  return scratch;
}
}  // namespace detail

/// A trace event being built; emit() writes it.
class [[nodiscard]] EventBuilder {
 public:
  /// An empty (disabled) builder.
  EventBuilder() noexcept = default;
  EventBuilder(EventBuilder&& other) noexcept : tracer_(other.tracer_), scratch_(other.scratch_) {
    other.scratch_ = nullptr;
  }
  EventBuilder& operator=(EventBuilder&&) = delete;
  EventBuilder(const EventBuilder&) = delete;
  ~EventBuilder() {
    if (scratch_) detail::release_scratch(scratch_);
  }

  /// True if this event will be written.
  bool enabled() const noexcept { return scratch_ != nullptr; }

  /// Records the action parameter `name` (goes into "params").
  template <class T>
  [[gnu::always_inline]] EventBuilder& param(FieldName name, const T& value) {
    if (scratch_) {
      JsonOut& out = scratch_->head;
      if constexpr (kPlainInteger<T>) {
        if (name.plain()) [[likely]] {  // one reserve for the key, the digits and the comma
          char* at = put_integer(name.put_plain_key(out.reserve(name.text().size() + 4 + 20 + 1), '\0'), value);
          *at = ',';
          out.commit(at + 1);
          return *this;
        }
      } else if constexpr (kString<T>) {
        if (name.plain()) [[likely]] {  // a short plain string: one reserve for the key, the string and the comma
          char* at = name.put_plain_key(out.reserve(name.text().size() + 4 + JsonOut::kShortString + 2 + 1), '\0');
          if (char* end = JsonOut::put_short_string(at, value)) [[likely]] {
            *end = ',';
            out.commit(end + 1);
            return *this;
          }
        }
      }
      write_param(out, name, value);
    }
    return *this;
  }

  /// Records the value of spec variable `name` after this step.
  template <class T>
  [[gnu::always_inline]] EventBuilder& set(FieldName name, const T& value) {
    if (scratch_) {
      JsonOut& out = scratch_->vars;
      if constexpr (kPlainInteger<T>) {
        if (name.plain()) [[likely]] {  // one reserve for the comma, the key and the digits
          out.commit(put_integer(name.put_plain_key(out.reserve(name.text().size() + 4 + 20), ','), value));
          return *this;
        }
      } else if constexpr (kString<T>) {
        if (name.plain()) [[likely]] {  // a short plain string: one reserve for the comma, the key and the string
          char* at = name.put_plain_key(out.reserve(name.text().size() + 4 + JsonOut::kShortString + 2), ',');
          if (char* end = JsonOut::put_short_string(at, value)) [[likely]] {
            out.commit(end);
            return *this;
          }
        }
      }
      write_set(out, name, value);
    }
    return *this;
  }

  /// Stamps the event with the node's clocks and hands the line to the sink.
  void emit() {
    if (scratch_) finish();
  }

 private:
  friend class Tracer;

  EventBuilder(Tracer* tracer, detail::EventScratch* scratch) noexcept : tracer_(tracer), scratch_(scratch) {}

  /// Writes `{"action":A,"params":{` into the scratch's head (inline for names that need no
  /// escapes: for a literal, a few stores of constants).
  [[gnu::always_inline]] void write_head(FieldName action) {
    JsonOut& out = scratch_->head;
    static constexpr std::string_view kAction = "{\"action\":\"", kParams = "\",\"params\":{";
    if (action.plain()) [[likely]] {  // one reserve for the whole head
      const std::string_view name = action.text();
      char* at = out.reserve(kAction.size() + name.size() + kParams.size());
      at = JsonOut::put(at, kAction);
      at = JsonOut::put(at, name);
      out.commit(JsonOut::put(at, kParams));
    } else {
      write_escaped_head(out, action);
    }
  }
  /// write_head for an action name that needs escapes.
  [[gnu::noinline]] static void write_escaped_head(JsonOut& out, FieldName action);

  void finish();

  // The general cases of param and set, out of line (the usual ones above are inlined).
  template <class T>
  [[gnu::noinline]] static void write_param(JsonOut& out, FieldName name, const T& value) {
    name.write_key(out);
    to_tla(out, value);
    out.raw(',');  // emit() turns the last one into the closing '}'
  }
  template <class T>
  [[gnu::noinline]] static void write_set(JsonOut& out, FieldName name, const T& value) {
    name.write_member(out);
    to_tla(out, value);
  }

  /// Integers other than bool and char: written as to_tla writes them, but through a cursor.
  template <class T>
  static constexpr bool kPlainInteger = std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>;
  /// Strings: written as to_tla writes them, short plain ones through a cursor.
  template <class T>
  static constexpr bool kString = std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>;
  template <class T>
  static char* put_integer(char* at, T value) noexcept {
    if constexpr (std::is_signed_v<T>) {
      return JsonOut::put_integer(at, static_cast<long long>(value));
    } else {
      return JsonOut::put_unsigned(at, static_cast<unsigned long long>(value));
    }
  }

  Tracer* tracer_ = nullptr;
  detail::EventScratch* scratch_ = nullptr;
};

}  // namespace tlatrace::instrument
