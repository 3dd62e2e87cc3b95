// A size-class allocator behind the global operator new/delete for small blocks.
//
// Model checking allocates and frees millions of small objects per second (the heap payloads
// of values and their element vectors, 16 to 200 bytes), in bursts: a level's states die
// together. glibc's per-thread cache holds only 7 blocks per size, so most of those frees go
// through its locked bins (and malloc_consolidate). Here each thread keeps an unbounded free
// list per 16-byte size class, refilled from 64 KiB chunks; a thread that ends hands its lists
// to a shared pool that the next threads draw from. Memory of small blocks is reused, never
// returned to the system.
//
// Block layout: an 8-byte header (the size class; 0 for a large block from malloc) right
// before the 16-byte-aligned user pointer, so unsized delete knows where a block came from.
// Not compiled under the sanitizers, which must see every allocation.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TLATRACE_SMALL_ALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define TLATRACE_SMALL_ALLOC 0
#endif
#endif
#ifndef TLATRACE_SMALL_ALLOC
#define TLATRACE_SMALL_ALLOC 1
#endif

#if TLATRACE_SMALL_ALLOC

namespace tlatrace::small_alloc {
namespace {

constexpr size_t kGranule = 16;
constexpr size_t kClasses = 32;            // blocks of 16 .. 512 bytes (header included)
constexpr size_t kHeader = 8;
constexpr size_t kChunkBytes = 64 * 1024;  // carved into blocks of one class

struct FreeBlock {
  FreeBlock* next;
};

// The blocks given back by threads that ended, one list per class. Nothing here allocates
// (the lock is taken inside operator new and delete).
struct SharedPool {
  std::mutex mu;
  FreeBlock* lists[kClasses + 1] = {};
};

// Constant-initialized (so usable before any constructor runs) and trivially destroyed (so
// usable by the frees that come after exit).
constinit SharedPool g_shared_pool;
SharedPool& shared_pool() { return g_shared_pool; }

// Trivially destructible, so every access is a plain thread-local load.
thread_local FreeBlock* t_free[kClasses + 1];

// Hands the thread's lists to the shared pool when the thread ends.
struct ThreadReturn {
  ~ThreadReturn() {
    SharedPool& pool = shared_pool();
    std::lock_guard<std::mutex> lock(pool.mu);
    for (size_t k = 1; k <= kClasses; ++k) {
      FreeBlock* head = t_free[k];
      if (!head) continue;
      FreeBlock* tail = head;
      while (tail->next) tail = tail->next;
      tail->next = pool.lists[k];
      pool.lists[k] = head;
      t_free[k] = nullptr;
    }
  }
};
thread_local bool t_registered = false;

void register_thread() {
  static thread_local ThreadReturn give_back;
  (void)&give_back;
  t_registered = true;
}

inline size_t header_of(void* user) { return *reinterpret_cast<size_t*>(static_cast<char*>(user) - kHeader); }

[[gnu::noinline]] void* refill(size_t k) {
  if (!t_registered) register_thread();
  {
    SharedPool& pool = shared_pool();
    std::lock_guard<std::mutex> lock(pool.mu);
    if (FreeBlock* list = pool.lists[k]) {
      pool.lists[k] = nullptr;
      t_free[k] = list->next;
      return list;
    }
  }
  size_t block = k * kGranule;
  char* chunk = static_cast<char*>(std::malloc(kChunkBytes));
  if (!chunk) throw std::bad_alloc();
  // Blocks start 8 bytes past a 16-byte boundary, so that user pointers are 16-byte aligned.
  char* first = chunk + kHeader;
  size_t count = (kChunkBytes - kHeader) / block;
  FreeBlock* head = nullptr;
  for (size_t i = count; i-- > 1;) {
    char* b = first + i * block;
    *reinterpret_cast<size_t*>(b) = k;
    auto* f = reinterpret_cast<FreeBlock*>(b + kHeader);
    f->next = head;
    head = f;
  }
  *reinterpret_cast<size_t*>(first) = k;
  t_free[k] = head;
  return first + kHeader;
}

inline void* small_new(size_t n) {
  if (n > (SIZE_MAX >> 1)) return nullptr;
  size_t k = (n + kHeader + kGranule - 1) / kGranule;
  if (k == 0) k = 1;
  if (k <= kClasses) {
    FreeBlock* f = t_free[k];
    if (f) {
      t_free[k] = f->next;
      return f;
    }
    return refill(k);
  }
  // A large block: malloc'ed with a 16-byte prefix whose last 8 bytes are the header 0.
  char* raw = static_cast<char*>(std::malloc(n + 2 * kHeader));
  if (!raw) return nullptr;
  *reinterpret_cast<size_t*>(raw + kHeader) = 0;
  return raw + 2 * kHeader;
}

inline void small_delete(void* p) noexcept {
  if (!p) return;
  size_t k = header_of(p);
  if (k == 0) {
    std::free(static_cast<char*>(p) - 2 * kHeader);
    return;
  }
  auto* f = static_cast<FreeBlock*>(p);
  f->next = t_free[k];
  t_free[k] = f;
}

void* checked_new(size_t n) {
  void* p = small_new(n);
  if (!p) throw std::bad_alloc();
  return p;
}

}  // namespace
}  // namespace tlatrace::small_alloc

using tlatrace::small_alloc::checked_new;
using tlatrace::small_alloc::small_delete;
using tlatrace::small_alloc::small_new;

void* operator new(size_t n) { return checked_new(n); }
void* operator new[](size_t n) { return checked_new(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept {
  try {
    return small_new(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t n, const std::nothrow_t&) noexcept {
  try {
    return small_new(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { small_delete(p); }
void operator delete[](void* p) noexcept { small_delete(p); }
void operator delete(void* p, size_t) noexcept { small_delete(p); }
void operator delete[](void* p, size_t) noexcept { small_delete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { small_delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { small_delete(p); }

#endif  // TLATRACE_SMALL_ALLOC
