// to_tla: every conversion of C++ values to TLA+-shaped JSON, asserted on exact text.
#include "instrument/to_tla.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <deque>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include "instrument/record.hpp"

using tlatrace::instrument::JsonOut;
using tlatrace::instrument::to_tla_string;

namespace raft {
struct Entry {
  int term = 0;
  std::string value;
};
TLATRACE_RECORD(Entry, term, value)

struct Message {
  std::string type;
  std::vector<Entry> entries;
  std::optional<int> commit;
};
TLATRACE_RECORD(Message, type, entries, commit)

struct Empty {};
TLATRACE_RECORD(Empty)

enum class Role { follower, candidate, leader };

/// A user-written conversion found by argument-dependent lookup.
enum class Color { red, green };
inline void tlatrace_to_tla(JsonOut& out, Color color) { out.string(color == Color::red ? "red" : "green"); }
}  // namespace raft

struct Point {
  int x;
  int y;
};

/// A user specialisation of the trait.
template <>
struct tlatrace::instrument::ToTla<Point> {
  static void write(JsonOut& out, const Point& p) {
    out.raw("{\"#tup\":[");
    out.integer(p.x);
    out.raw(',');
    out.integer(p.y);
    out.raw("]}");
  }
};

namespace {

TEST(InstrumentToTlaTest, Integers) {
  EXPECT_EQ(to_tla_string(42), "42");
  EXPECT_EQ(to_tla_string(-7L), "-7");
  EXPECT_EQ(to_tla_string(std::uint64_t{18446744073709551615ULL}), "18446744073709551615");
  EXPECT_EQ(to_tla_string(std::int8_t{-3}), "-3");
  EXPECT_EQ(to_tla_string(std::uint8_t{200}), "200");
  EXPECT_EQ(to_tla_string(short{-32768}), "-32768");
}

TEST(InstrumentToTlaTest, BooleansAndEnums) {
  EXPECT_EQ(to_tla_string(true), "true");
  EXPECT_EQ(to_tla_string(false), "false");
  EXPECT_EQ(to_tla_string(raft::Role::leader), "2");
  EXPECT_EQ(to_tla_string(raft::Color::green), R"("green")");
}

TEST(InstrumentToTlaTest, Strings) {
  EXPECT_EQ(to_tla_string(std::string("n1")), R"("n1")");
  EXPECT_EQ(to_tla_string(std::string_view("a\"b")), R"("a\"b")");
  EXPECT_EQ(to_tla_string("literal"), R"("literal")");
  const char* pointer = "ptr";
  EXPECT_EQ(to_tla_string(pointer), R"("ptr")");
  const char* null_pointer = nullptr;
  EXPECT_EQ(to_tla_string(null_pointer), R"("")");
  EXPECT_EQ(to_tla_string('c'), R"("c")");
  char buffer[8] = "ab";
  EXPECT_EQ(to_tla_string(buffer), R"("ab")");
}

TEST(InstrumentToTlaTest, SequencesAreJsonArrays) {
  EXPECT_EQ(to_tla_string(std::vector<int>{1, 2, 3}), "[1,2,3]");
  EXPECT_EQ(to_tla_string(std::vector<int>{}), "[]");
  EXPECT_EQ(to_tla_string(std::deque<std::string>{"a", "b"}), R"(["a","b"])");
  EXPECT_EQ(to_tla_string(std::list<bool>{true, false}), "[true,false]");
  EXPECT_EQ(to_tla_string(std::array<int, 2>{5, 6}), "[5,6]");
  EXPECT_EQ(to_tla_string(std::vector<bool>{false, true}), "[false,true]");
  int raw[3] = {7, 8, 9};
  EXPECT_EQ(to_tla_string(raw), "[7,8,9]");
  EXPECT_EQ(to_tla_string(std::span<const int>(raw, 2)), "[7,8]");
  EXPECT_EQ(to_tla_string(std::vector<std::vector<int>>{{1}, {}, {2, 3}}), "[[1],[],[2,3]]");
}

TEST(InstrumentToTlaTest, SetsUseTheItfSetForm) {
  EXPECT_EQ(to_tla_string(std::set<int>{3, 1, 2}), R"({"#set":[1,2,3]})");
  EXPECT_EQ(to_tla_string(std::set<int>{}), R"({"#set":[]})");
  EXPECT_EQ(to_tla_string(std::set<std::string>{"b", "a"}), R"({"#set":["a","b"]})");
}

TEST(InstrumentToTlaTest, UnorderedSetsAreWrittenInSortedOrder) {
  std::unordered_set<std::string> names{"n3", "n1", "n2", "n10"};
  EXPECT_EQ(to_tla_string(names), R"({"#set":["n1","n10","n2","n3"]})");
  std::unordered_set<int> numbers;
  for (int i = 0; i < 5; ++i) numbers.insert(i * 7 % 5);
  EXPECT_EQ(to_tla_string(numbers), R"({"#set":[0,1,2,3,4]})");
}

TEST(InstrumentToTlaTest, MapsWithStringKeysAreJsonObjects) {
  std::map<std::string, int> votes{{"n2", 0}, {"n1", 1}};
  EXPECT_EQ(to_tla_string(votes), R"({"n1":1,"n2":0})");
  std::unordered_map<std::string, std::vector<int>> logs{{"b", {2}}, {"a", {1}}, {"c", {}}};
  EXPECT_EQ(to_tla_string(logs), R"({"a":[1],"b":[2],"c":[]})");
  EXPECT_EQ(to_tla_string(std::map<std::string, int>{}), "{}");
}

TEST(InstrumentToTlaTest, MapsWithOtherKeysUseTheItfMapForm) {
  std::map<int, std::string> names{{2, "b"}, {1, "a"}};
  EXPECT_EQ(to_tla_string(names), R"({"#map":[[1,"a"],[2,"b"]]})");
  std::unordered_map<int, bool> flags{{3, true}, {1, false}};
  EXPECT_EQ(to_tla_string(flags), R"({"#map":[[1,false],[3,true]]})");
  std::map<std::pair<int, int>, int> grid{{{0, 1}, 5}};
  EXPECT_EQ(to_tla_string(grid), R"({"#map":[[{"#tup":[0,1]},5]]})");
}

TEST(InstrumentToTlaTest, PairsAndTuplesUseTheItfTupleForm) {
  EXPECT_EQ(to_tla_string(std::pair<int, std::string>{1, "x"}), R"({"#tup":[1,"x"]})");
  EXPECT_EQ(to_tla_string(std::tuple<int, bool, std::string>{1, true, "y"}), R"({"#tup":[1,true,"y"]})");
  EXPECT_EQ(to_tla_string(std::tuple<>{}), R"({"#tup":[]})");
}

TEST(InstrumentToTlaTest, OptionalIsASequenceOfAtMostOne) {
  EXPECT_EQ(to_tla_string(std::optional<int>{}), "[]");
  EXPECT_EQ(to_tla_string(std::optional<int>{4}), "[4]");
  EXPECT_EQ(to_tla_string(std::optional<std::set<int>>{std::set<int>{1}}), R"([{"#set":[1]}])");
}

TEST(InstrumentToTlaTest, VariantWritesTheActiveAlternative) {
  std::variant<int, std::string> value = 3;
  EXPECT_EQ(to_tla_string(value), "3");
  value = "three";
  EXPECT_EQ(to_tla_string(value), R"("three")");
}

TEST(InstrumentToTlaTest, RecordsAreJsonObjectsInFieldOrder) {
  EXPECT_EQ(to_tla_string(raft::Entry{2, "put x"}), R"({"term":2,"value":"put x"})");
  raft::Message message{"AppendEntries", {{1, "a"}, {2, "b\n"}}, 5};
  EXPECT_EQ(to_tla_string(message),
            R"({"type":"AppendEntries","entries":[{"term":1,"value":"a"},{"term":2,"value":"b\n"}],"commit":[5]})");
  EXPECT_EQ(to_tla_string(raft::Empty{}), "{}");
}

TEST(InstrumentToTlaTest, UserSpecialisationsAreUsedInsideContainers) {
  EXPECT_EQ(to_tla_string(std::vector<Point>{{1, 2}, {3, 4}}), R"([{"#tup":[1,2]},{"#tup":[3,4]}])");
  EXPECT_EQ(to_tla_string(std::set<raft::Color>{raft::Color::red}), R"({"#set":["red"]})");
}

TEST(InstrumentToTlaTest, WritesAppendToAnExistingBuffer) {
  JsonOut out;
  out.raw("prefix ");
  tlatrace::instrument::to_tla(out, std::vector<int>{1});
  EXPECT_EQ(out.view(), "prefix [1]");
}

}  // namespace
