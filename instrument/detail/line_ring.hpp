#pragma once
// LineRing: a bounded multi-producer single-consumer queue of text lines (D. Vyukov's
// sequence-numbered ring). Producers never wait: a full ring refuses the line at once. Each
// cell holds short lines inline; longer ones go to a per-cell buffer that keeps its capacity,
// so after warm-up pushing never allocates. A producer either copies a finished line in
// (try_push) or claims a cell, formats its line straight into it and publishes it
// (claim/publish: no intermediate copy).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace tlatrace::instrument::detail {

class LineRing {
 public:
  static constexpr std::size_t kInlineBytes = 232;  // makes a cell exactly 256 bytes

  /// `capacity` is rounded up to a power of two (at least 2).
  explicit LineRing(std::size_t capacity) {
    std::size_t size = 2;
    while (size < capacity) size *= 2;
    mask_ = size - 1;
    cells_ = std::make_unique<Cell[]>(size);
    for (std::size_t i = 0; i < size; ++i) cells_[i].sequence.store(i, std::memory_order_relaxed);
  }

  std::size_t capacity() const noexcept { return mask_ + 1; }

  static constexpr std::uint64_t kRefused = ~std::uint64_t{0};
  /// Lines are shorter than this (2 GiB); the bit marks a cell's line as stored in its heap.
  static constexpr std::uint32_t kInHeap = std::uint32_t{1} << 31;

  /// Claims the next cell for a line of at most `bytes` bytes and returns where to write it;
  /// `position` receives the cell's position (0, 1, 2, ...). nullptr when the ring is full
  /// (nothing claimed, `position` is kRefused) or when memory for a long line ran out (then
  /// the cell is already published empty: do not publish it). A claimed cell must be published soon:
  /// the consumer waits for it.
  char* claim(std::size_t bytes, std::uint64_t& position) noexcept {
    position = enqueue_.load(std::memory_order_relaxed);
    Cell* cell;
    for (;;) {
      cell = &cells_[position & mask_];
      const std::uint64_t sequence = cell->sequence.load(std::memory_order_acquire);
      const auto difference = static_cast<std::int64_t>(sequence - position);
      if (difference == 0) {
        if (enqueue_.compare_exchange_weak(position, position + 1, std::memory_order_relaxed,
                                           std::memory_order_relaxed)) {
          break;
        }
      } else if (difference < 0) {
        position = kRefused;  // the cell still holds a line from the previous lap: full
        return nullptr;
      } else {
        position = enqueue_.load(std::memory_order_relaxed);
      }
    }
    if (bytes <= kInlineBytes) {
      cell->size = 0;
      return cell->inline_text;
    }
    cell->size = kInHeap;  // even if the line turns out short: it is written where we say
    if (bytes > cell->heap_capacity) {
      auto* bigger = bytes < kInHeap ? new (std::nothrow) char[bytes] : nullptr;
      if (bigger == nullptr) {
        cell->size = 0;
        publish(position, 0);  // an empty cell, so the consumer is not stuck
        return nullptr;
      }
      cell->heap.reset(bigger);
      cell->heap_capacity = bytes;
    }
    return cell->heap.get();
  }

  /// Hands the line of `size` bytes written into the cell claimed at `position` to the consumer.
  void publish(std::uint64_t position, std::size_t size) noexcept {
    Cell& cell = cells_[position & mask_];
    cell.size |= static_cast<std::uint32_t>(size);
    cell.sequence.store(position + 1, std::memory_order_release);
  }

  /// Copies `line` into the ring and returns its position; kRefused when the ring is full
  /// (or memory for a long line ran out).
  std::uint64_t try_push(std::string_view line) noexcept {
    std::uint64_t position;
    char* text = claim(line.size(), position);
    if (text == nullptr) return kRefused;
    std::memcpy(text, line.data(), line.size());
    publish(position, line.size());
    return position;
  }

  /// Appends the oldest line to `out`; false when the ring is empty (or the oldest line is
  /// still being written by its producer).
  bool try_pop_append(std::string& out) {
    Cell& cell = cells_[dequeue_ & mask_];
    if (cell.sequence.load(std::memory_order_acquire) != dequeue_ + 1) return false;
    out.append((cell.size & kInHeap) != 0 ? cell.heap.get() : cell.inline_text, cell.size & ~kInHeap);
    cell.sequence.store(dequeue_ + mask_ + 1, std::memory_order_release);
    ++dequeue_;
    return true;
  }

  /// True when no producer has claimed a cell the consumer has not yet taken (consumer only).
  bool claimed_empty() const noexcept { return enqueue_.load(std::memory_order_seq_cst) == dequeue_; }

  /// Lines pushed so far (approximate under concurrent pushes).
  std::uint64_t pushed() const noexcept { return enqueue_.load(std::memory_order_acquire); }
  /// Lines popped so far (consumer only).
  std::uint64_t popped() const noexcept { return dequeue_; }

 private:
  struct alignas(64) Cell {
    std::atomic<std::uint64_t> sequence{0};
    std::uint32_t size = 0;               // of the line, | kInHeap when it is in `heap`
    std::uint32_t heap_capacity = 0;
    std::unique_ptr<char[]> heap;         // long lines; keeps its capacity
    char inline_text[kInlineBytes];
  };

  std::unique_ptr<Cell[]> cells_;
  std::size_t mask_ = 0;
  alignas(64) std::atomic<std::uint64_t> enqueue_{0};
  alignas(64) std::uint64_t dequeue_ = 0;
};

}  // namespace tlatrace::instrument::detail
