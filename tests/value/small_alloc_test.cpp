// The size-class allocator behind operator new/delete (evaluator/value/small_alloc.cpp):
// blocks are aligned, distinct and keep their contents, across sizes and across threads.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <thread>
#include <vector>

namespace {

struct Block {
  unsigned char* p;
  size_t size;
  unsigned char fill;
};

Block allocate(size_t size, unsigned char fill) {
  auto* p = static_cast<unsigned char*>(::operator new(size));
  std::memset(p, fill, size);
  return {p, size, fill};
}

bool intact(const Block& b) {
  for (size_t i = 0; i < b.size; ++i)
    if (b.p[i] != b.fill) return false;
  return true;
}

TEST(SmallAlloc, BlocksAreAlignedAndKeepTheirContents) {
  std::vector<Block> blocks;
  for (size_t size = 1; size <= 700; ++size)
    for (int copy = 0; copy < 3; ++copy) blocks.push_back(allocate(size, static_cast<unsigned char>(size + copy)));
  for (const auto& b : blocks) {
    EXPECT_EQ(reinterpret_cast<uintptr_t>(b.p) % alignof(std::max_align_t), 0u);
    EXPECT_TRUE(intact(b)) << "size " << b.size;
  }
  // Free every other block, reallocate, and check that the survivors were not touched.
  for (size_t i = 0; i < blocks.size(); i += 2) ::operator delete(blocks[i].p, blocks[i].size);
  for (size_t i = 0; i < blocks.size(); i += 2) blocks[i] = allocate(blocks[i].size, 0xA5);
  for (const auto& b : blocks) EXPECT_TRUE(intact(b)) << "size " << b.size;
  for (const auto& b : blocks) ::operator delete(b.p);
}

TEST(SmallAlloc, ArrayAndNothrowForms) {
  auto* a = new int[100];
  for (int i = 0; i < 100; ++i) a[i] = i;
  auto* b = new (std::nothrow) long[7];
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a[99], 99);
  delete[] a;
  delete[] b;
}

TEST(SmallAlloc, BlocksFreedOnAnotherThreadAreReused) {
  std::vector<Block> blocks;
  std::thread producer([&] {
    for (int i = 0; i < 20000; ++i) blocks.push_back(allocate(16 + i % 200, static_cast<unsigned char>(i)));
  });
  producer.join();
  for (const auto& b : blocks) ASSERT_TRUE(intact(b));
  std::thread consumer([&] {
    for (const auto& b : blocks) ::operator delete(b.p);
  });
  consumer.join();  // its free lists go to the shared pool
  std::vector<std::thread> users;
  std::vector<std::vector<Block>> kept(2);
  for (int t = 0; t < 2; ++t)
    users.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) kept[t].push_back(allocate(16 + i % 200, static_cast<unsigned char>(t * 7 + i)));
    });
  for (auto& u : users) u.join();
  for (const auto& list : kept)
    for (const auto& b : list) ASSERT_TRUE(intact(b));
  for (const auto& list : kept)
    for (const auto& b : list) ::operator delete(b.p);
}

}  // namespace
