#pragma once
// LineLane: a single-producer single-consumer byte ring of text lines, one per Tracer that
// writes to an AsyncSink. Lines are packed one after the other (an 8-byte header, the text,
// padding to 8 bytes), so a small event fills under two cache lines and the consumer reads
// the lane sequentially. The producer publishes with one release store of its head and reads
// the consumer's tail only when its cached copy says the lane is full, or every sixteenth
// of the lane to tell whether the consumer should be woken; the two sides share no cache
// line per event.
//
// A line is written straight into the lane: claim(bound) gives contiguous room (a record
// never wraps: the rest of the lap is skipped with a padding record), commit(end) publishes
// it; a claim that is not committed is simply forgotten. A line longer than max_line() goes
// to the heap: claim(kHeapRecord), then commit_heap stores a record pointing to it, so it
// keeps its place in the lane's order. The owner serialises the producer calls (a Tracer
// makes them under its clock lock).
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace tlatrace::instrument::detail {

class LineLane {
 public:
  /// A lane of `bytes` bytes (rounded up to a power of two, at least 256).
  explicit LineLane(std::size_t bytes) {
    const std::size_t size = rounded_capacity(bytes);
    mask_ = size - 1;
    // Plain malloc'd memory: nothing touches the lane before the producer does.
    data_.reset(static_cast<char*>(std::aligned_alloc(64, size)));
    if (!data_) mask_ = 0;  // no memory: every claim fails (the lines are dropped, counted)
    max_line_ = capacity() == 0 ? 0 : capacity() / 2 - kHeader;
    next_check_ = size / 16;
  }
  ~LineLane() {
    // Heap records the consumer never took (the sink died with lines queued: cannot happen
    // through AsyncSink, which drains every lane before it goes).
    std::uint64_t tail = tail_.load(std::memory_order_relaxed);
    const std::uint64_t head = head_.load(std::memory_order_relaxed);
    while (tail != head) tail = skip_record(tail, /*free_heap=*/true);
  }
  LineLane(const LineLane&) = delete;
  LineLane& operator=(const LineLane&) = delete;

  /// The capacity a lane asked for `bytes` gets.
  static constexpr std::size_t rounded_capacity(std::size_t bytes) noexcept {
    std::size_t size = 256;
    while (size < bytes && size < kMaxCapacity) size *= 2;
    return size;
  }
  static constexpr std::size_t kMaxCapacity = std::size_t{1} << 30;

  std::size_t capacity() const noexcept { return mask_ == 0 ? 0 : mask_ + 1; }
  /// The longest line claim() takes; longer ones go through commit_heap.
  std::size_t max_line() const noexcept { return max_line_; }

  // ---- producer side ----

  /// Contiguous room for a line of at most `bytes` bytes (<= max_line()), or nullptr when the
  /// lane is full. Commit the line before the next claim.
  char* claim(std::size_t bytes) noexcept {
    const std::uint64_t at = producer_head_;
    // One test for the usual case: the line fits before both the consumer's tail (as last
    // read) and the end of the lap.
    if (at + kHeader + bytes <= limit_) [[likely]] {
      claimed_ = at;
      return data_.get() + (at & mask_) + kHeader;
    }
    return claim_slowly(bytes);
  }

  /// Publishes the line claimed last, which ends at `end`. True when the lane has filled up
  /// to an eighth since the consumer last took lines: time to wake the consumer.
  bool commit(const char* end) noexcept {
    const std::size_t offset = claimed_ & mask_;
    const auto size = static_cast<std::size_t>(end - (data_.get() + offset + kHeader));
    write_header(offset, kLine, size);
    return publish(claimed_ + round_up(kHeader + size), data_.get(), mask_);
  }

  /// The usual case of claim(), split so that the caller's fast path has no null test: true if
  /// a line of at most `bytes` bytes fits at room() (then write it there and commit_room).
  [[gnu::always_inline]] bool fits(std::size_t bytes) const noexcept { return producer_head_ + kHeader + bytes <= limit_; }
  [[gnu::always_inline]] char* room() const noexcept { return data_.get() + (producer_head_ & mask_) + kHeader; }
  /// commit() for a line written at `start` = room() after fits(), which ends at `end`.
  [[gnu::always_inline]] bool commit_room(char* start, const char* end) noexcept {
    // Everything the commit needs is read before the header is stored (a store of bytes could
    // alias these fields, so the compiler would read them again after it).
    const auto size = static_cast<std::size_t>(end - start);
    const std::uint64_t head = producer_head_ + round_up(kHeader + size);
    char* const data = data_.get();
    const std::size_t mask = mask_;
    const Header header{static_cast<std::uint32_t>(size), kLine};
    std::memcpy(start - kHeader, &header, sizeof header);
    return publish(head, data, mask);
  }

  /// Room claim() must give for a line kept on the heap (see commit_heap).
  static constexpr std::size_t kHeapRecord = sizeof(char*);
  /// Publishes, in the room claimed last (of kHeapRecord bytes), the line `text` of `size`
  /// bytes on the heap (from malloc; the consumer frees it). `wake` as for commit.
  bool commit_heap(char* text, std::size_t size) noexcept {
    const std::size_t offset = claimed_ & mask_;
    std::memcpy(data_.get() + offset + kHeader, &text, sizeof text);
    write_header(offset, kHeap, size);
    return publish(claimed_ + kHeader + kHeapRecord, data_.get(), mask_);
  }

  /// Marks the lane as abandoned by its producer (the consumer forgets it once it is empty).
  void close() noexcept { closed_.store(true, std::memory_order_release); }

  // ---- consumer side ----

  /// Appends whole lines to `out` until it holds at least `limit` bytes or the lane is empty;
  /// returns the number of lines appended.
  std::uint64_t pop_append(std::string& out, std::size_t limit) {
    const std::uint64_t head = head_.load(std::memory_order_acquire);
    std::uint64_t tail = tail_.load(std::memory_order_relaxed);
    std::uint64_t lines = 0;
    while (tail != head && out.size() < limit) {
      const Header header = read_header(tail & mask_);
      const char* payload = data_.get() + (tail & mask_) + kHeader;
      if (header.kind == kLine) {
        out.append(payload, header.size);
        ++lines;
      } else if (header.kind == kHeap) {
        char* text;
        std::memcpy(&text, payload, sizeof text);
        out.append(text, header.size);
        std::free(text);
        ++lines;
      }
      tail = next_record(tail, header);
    }
    tail_.store(tail, std::memory_order_release);
    return lines;
  }

  /// True when the consumer has taken every published line.
  bool empty() const noexcept {
    return tail_.load(std::memory_order_relaxed) == head_.load(std::memory_order_acquire);
  }
  /// True once the producer closed the lane and the consumer took every line.
  bool finished() const noexcept { return closed_.load(std::memory_order_acquire) && empty(); }

 private:
  static constexpr std::size_t kHeader = 8;
  static constexpr std::size_t kPrefetchAhead = 1024;  // about eight small events ahead
  enum Kind : std::uint32_t { kLine = 0, kPad = 1, kHeap = 2 };
  struct Header {
    std::uint32_t size;  // of the text
    Kind kind;
  };

  static constexpr std::size_t round_up(std::size_t bytes) noexcept { return (bytes + 7) & ~std::size_t{7}; }

  void write_header(std::size_t offset, Kind kind, std::size_t size) noexcept {
    const Header header{static_cast<std::uint32_t>(size), kind};
    std::memcpy(data_.get() + offset, &header, sizeof header);
  }
  Header read_header(std::size_t offset) const noexcept {
    Header header;
    std::memcpy(&header, data_.get() + offset, sizeof header);
    return header;
  }
  std::uint64_t next_record(std::uint64_t at, Header header) const noexcept {
    switch (header.kind) {
      case kPad: return at + kHeader + header.size;
      case kHeap: return at + kHeader + kHeapRecord;
      default: return at + round_up(kHeader + header.size);
    }
  }
  std::uint64_t skip_record(std::uint64_t at, bool free_heap) noexcept {
    const Header header = read_header(at & mask_);
    if (free_heap && header.kind == kHeap) {
      char* text;
      std::memcpy(&text, data_.get() + (at & mask_) + kHeader, sizeof text);
      std::free(text);
    }
    return next_record(at, header);
  }

  /// claim() when the line may not fit before limit_: wraps to the next lap (a padding
  /// record), reads the consumer's tail, and sets the next limit_.
  [[gnu::noinline]] char* claim_slowly(std::size_t bytes) noexcept {
    if (capacity() == 0) return nullptr;
    std::uint64_t at = producer_head_;
    const std::size_t offset = at & mask_;
    const std::size_t need = kHeader + bytes;
    const std::size_t skip = capacity() - offset < need ? capacity() - offset : 0;
    cached_tail_ = tail_.load(std::memory_order_acquire);
    if (at + skip + need - cached_tail_ > capacity()) return nullptr;  // full
    if (skip != 0) {  // the line would wrap: pad to the end of the lap
      write_header(offset, kPad, skip - kHeader);
      at += skip;
    }
    claimed_ = at;
    const std::uint64_t lap_end = (at | mask_) + 1;
    const std::uint64_t tail_limit = cached_tail_ + capacity();
    limit_ = lap_end < tail_limit ? lap_end : tail_limit;
    return data_.get() + (at & mask_) + kHeader;
  }

  /// Asks for the cache line of `p` in a state that allows writing. GCC turns
  /// __builtin_prefetch(p, 1) into a plain read prefetch unless the target has PRFCHW, so on
  /// x86-64 the instruction is written out (older x86-64 processors without PREFETCHW execute
  /// it as a no-op).
  static void prefetch_for_writing(const char* p) noexcept {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    asm volatile("prefetchw %0" : : "m"(*p));
#else
    __builtin_prefetch(p, 1);
#endif
  }

  /// Makes the lines up to `head` visible to the consumer (`data` and `mask` are data_ and mask_).
  [[gnu::always_inline]] bool publish(std::uint64_t head, const char* data, std::size_t mask) noexcept {
    producer_head_ = head;
    head_.store(head, std::memory_order_release);
    // Ask for the cache lines the next events will write, for writing, ahead of time: a store
    // that misses waits in the store buffer, and the tracer's next lock (an atomic exchange)
    // would wait for it.
    prefetch_for_writing(data + ((head + kPrefetchAhead) & mask));
    prefetch_for_writing(data + ((head + kPrefetchAhead + 64) & mask));
    if (head < next_check_) return false;
    // Every sixteenth of the lane: how full is it really? Waking the consumer at an eighth
    // leaves it the rest of the lane's time to get a processor.
    next_check_ = head + capacity() / 16;
    cached_tail_ = tail_.load(std::memory_order_acquire);
    return head - cached_tail_ >= capacity() / 8;
  }

  struct FreeBytes {
    void operator()(char* bytes) const noexcept { std::free(bytes); }
  };
  std::unique_ptr<char[], FreeBytes> data_;
  std::size_t mask_ = 0;

  // Producer only (its own cache line).
  alignas(64) std::uint64_t producer_head_ = 0;
  std::uint64_t cached_tail_ = 0;
  std::uint64_t next_check_ = 0;
  std::uint64_t claimed_ = 0;
  std::uint64_t limit_ = 0;  // claims ending at or before it need no further test
  std::size_t max_line_ = 0;
  // Written by the producer, read by the consumer.
  alignas(64) std::atomic<std::uint64_t> head_{0};
  std::atomic<bool> closed_{false};
  // Written by the consumer, read by the producer now and then.
  alignas(64) std::atomic<std::uint64_t> tail_{0};
};

}  // namespace tlatrace::instrument::detail
