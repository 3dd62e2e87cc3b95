#pragma once
// LineRing: a bounded multi-producer single-consumer queue of text lines (D. Vyukov's
// sequence-numbered ring). Producers never wait: a full ring refuses the line at once. Each
// cell holds short lines inline; longer ones go to a per-cell string that keeps its capacity,
// so after warm-up pushing never allocates.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
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

  /// Copies `line` into the ring and returns its position (0, 1, 2, ...); kRefused when the
  /// ring is full (or memory for a long line ran out).
  std::uint64_t try_push(std::string_view line) noexcept {
    std::uint64_t position = enqueue_.load(std::memory_order_relaxed);
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
        return kRefused;  // the cell still holds a line from the previous lap: full
      } else {
        position = enqueue_.load(std::memory_order_relaxed);
      }
    }
    bool stored = true;
    if (line.size() <= kInlineBytes) {
      std::memcpy(cell->inline_text, line.data(), line.size());
      cell->size = static_cast<std::uint32_t>(line.size());
      cell->uses_overflow = false;
    } else {
      try {
        if (!cell->overflow) cell->overflow = std::make_unique<std::string>();
        cell->overflow->assign(line);
        cell->uses_overflow = true;
      } catch (...) {
        cell->size = 0;  // publish an empty cell so the consumer is not stuck
        cell->uses_overflow = false;
        stored = false;
      }
    }
    cell->sequence.store(position + 1, std::memory_order_release);
    return stored ? position : kRefused;
  }

  /// Appends the oldest line to `out`; false when the ring is empty (or the oldest line is
  /// still being written by its producer).
  bool try_pop_append(std::string& out) {
    Cell& cell = cells_[dequeue_ & mask_];
    if (cell.sequence.load(std::memory_order_acquire) != dequeue_ + 1) return false;
    if (cell.uses_overflow) {
      out.append(*cell.overflow);
    } else {
      out.append(cell.inline_text, cell.size);
    }
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
    std::uint32_t size = 0;
    bool uses_overflow = false;
    std::unique_ptr<std::string> overflow;
    char inline_text[kInlineBytes];
  };

  std::unique_ptr<Cell[]> cells_;
  std::size_t mask_ = 0;
  alignas(64) std::atomic<std::uint64_t> enqueue_{0};
  alignas(64) std::uint64_t dequeue_ = 0;
};

}  // namespace tlatrace::instrument::detail
