// A TCP node's persisted state file (examples/raftkv/net/persist.hpp).
#include "examples/raftkv/net/persist.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace raftkv {
namespace {

namespace fs = std::filesystem;

struct TempFile {
  fs::path path = fs::temp_directory_path() / ("raftkv-state-" + std::to_string(::getpid()) + ".json");
  ~TempFile() {
    fs::remove(path);
    fs::remove(path.string() + ".tmp");
  }
};

TEST(RaftkvPersist, SavedStateLoadsBackEqual) {
  TempFile file;
  std::string error;
  EXPECT_FALSE(load_state(file.path.string(), &error));
  EXPECT_EQ(error, "");  // no file: a fresh node, not an error
  PersistentState state;
  state.current_term = 4;
  state.voted_for = "n2";
  state.log = {{1, "put a 1"}, {4, "put \"quoted\"\nkey 2"}};
  state.commit_index = 1;
  ASSERT_TRUE(save_state(file.path.string(), state, &error)) << error;
  EXPECT_FALSE(fs::exists(file.path.string() + ".tmp"));
  auto loaded = load_state(file.path.string(), &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(*loaded, state);
  state.log.push_back({4, "del a"});  // saving again replaces the file
  ASSERT_TRUE(save_state(file.path.string(), state, &error));
  EXPECT_EQ(load_state(file.path.string(), &error)->log.size(), 3u);
}

TEST(RaftkvPersist, ABrokenStateFileIsAnErrorNotAFreshNode) {
  TempFile file;
  std::string error;
  std::ofstream(file.path) << "{\"currentTerm\":3,";
  EXPECT_FALSE(load_state(file.path.string(), &error));
  EXPECT_NE(error.find("not a raftkv state file"), std::string::npos) << error;
  std::ofstream(file.path) << R"({"currentTerm":3,"votedFor":"none","commitIndex":2,"log":[]})";
  EXPECT_FALSE(load_state(file.path.string(), &error));
  EXPECT_NE(error.find("commit index past the log"), std::string::npos) << error;
}

}  // namespace
}  // namespace raftkv
