#pragma once
// Logical clocks for ordering events across nodes: a Lamport clock and a vector clock per
// node, and the Stamp a node piggybacks on the messages it sends.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "instrument/detail/decimal_counter.hpp"
#include "instrument/json_out.hpp"

namespace tlatrace::instrument {

/// A Lamport clock: `tick` before each local event, `merge` a received value.
class LamportClock {
 public:
  std::uint64_t tick() noexcept {
    value_.increment();
    return value_.value();
  }
  /// Takes the maximum of the local and the received value (the next tick orders after both).
  void merge(std::uint64_t received) noexcept {
    if (received > value_.value()) value_.set(received);
  }
  std::uint64_t value() const noexcept { return value_.value(); }
  /// Writes value() in decimal at `at` (room for 20 bytes); returns the cursor after it.
  char* put(char* at) const noexcept { return value_.put(at); }
  /// The counter with its decimal text.
  const detail::DecimalCounter& counter() const noexcept { return value_; }

 private:
  detail::DecimalCounter value_;
};

/// A vector clock: one counter per node name. Entry 0 is the owner's own counter.
class VectorClock {
 public:
  struct Entry {
    std::string node;
    std::uint64_t count = 0;
  };

  VectorClock() = default;
  /// A clock owned by `self` (its counter starts at 0).
  explicit VectorClock(std::string self);

  /// Increments the owner's counter.
  void tick() noexcept {
    if (!entries_.empty()) {
      ++entries_[0].count;
      own_count_.increment();
    }
  }
  /// Component-wise maximum with `other`; nodes unknown so far are added.
  void merge(const VectorClock& other);
  /// The counter of `node` (0 if unknown).
  std::uint64_t get(std::string_view node) const noexcept;
  /// Sets the counter of `node`, adding it if unknown.
  void set(std::string_view node, std::uint64_t count);
  const std::vector<Entry>& entries() const noexcept { return entries_; }
  bool empty() const noexcept { return entries_.empty(); }

  /// Writes {"node": count, ...}, the owner first, the others in the order first seen.
  void write_json(JsonOut& out) const;
  /// The most bytes write_json can produce.
  std::size_t json_size_bound() const noexcept { return head_json_.size() + 20 + rest_json_.size() + 2; }
  /// write_json through a cursor with json_size_bound() bytes of room; returns the new cursor.
  char* put_json(char* at) const noexcept;

  /// The pieces of write_json's text, for writers that keep copies of the parts that rarely
  /// change: head_json() (`{"owner":`), the owner's count (put_own_count: at most 20 bytes,
  /// room for 20), rest_json() (`,"other":count,...}`). Only for a clock that is not empty().
  std::string_view head_json() const noexcept { return head_json_; }
  std::string_view rest_json() const noexcept { return rest_json_; }
  char* put_own_count(char* at) const noexcept { return own_count_.put(at); }
  /// The owner's counter with its decimal text (only for a clock that is not empty()).
  const detail::DecimalCounter& own_counter() const noexcept { return own_count_; }

  /// True if every counter of this clock is <= the same counter of `other`.
  bool less_or_equal(const VectorClock& other) const noexcept;

 private:
  void refresh_rest();

  std::vector<Entry> entries_;
  // The JSON text around the owner's counter, which is the only part most events change:
  // head_json_ = {"owner":   rest_json_ = ,"other":count,...}
  std::string head_json_;
  std::string rest_json_;
  detail::DecimalCounter own_count_;  // entries_[0].count, with its text
};

/// What a node piggybacks on a message: its Lamport time and vector clock at the send.
struct Stamp {
  std::uint64_t lamport = 0;
  VectorClock vc;

  /// An empty stamp (from a disabled tracer) carries nothing and merges as a no-op.
  bool empty() const noexcept { return lamport == 0 && vc.empty(); }

  /// Compact text for a message header: `7;n1=3;n2=1`. Node names are %-escaped.
  std::string encode() const;
  /// Parses `encode`'s text; nullopt if it is malformed.
  static std::optional<Stamp> decode(std::string_view text);
};

}  // namespace tlatrace::instrument
