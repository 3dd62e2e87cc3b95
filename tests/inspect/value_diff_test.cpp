// Structural diffs of ITF values: where inside a value something changed, and how.
#include <gtest/gtest.h>

#include "inspect/value_diff.hpp"
#include "tests/inspect/itf_values.hpp"

namespace tlatrace::inspect {
namespace {

using nlohmann::json;

using itf::mv;
using itf::num;
using itf::set;
using itf::tup;
json fmap(std::vector<std::pair<json, json>> kvs) {
  json pairs = json::array();
  for (auto& [k, v] : kvs) pairs.push_back(json::array({k, v}));
  return {{"#map", pairs}};
}

TEST(ValueDiff, EqualValuesHaveNoChanges) {
  json v = fmap({{mv("n1"), tup({num(1)})}});
  EXPECT_TRUE(diff_values(v, v).empty());
}

TEST(ValueDiff, ScalarIsOneModifiedChangeAtTheRoot) {
  auto c = diff_values(num(0), num(1));
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].path, "");
  EXPECT_EQ(c[0].kind, ChangeKind::Modified);
  EXPECT_EQ(print_itf(c[0].before), "0");
  EXPECT_EQ(print_itf(c[0].after), "1");
}

TEST(ValueDiff, AppendToAFunctionEntryIsAnAddedSequenceElement) {
  json before = fmap({{mv("n1"), tup({num(1)})}, {mv("n2"), tup({})}});
  json after = fmap({{mv("n1"), tup({num(1), num(2)})}, {mv("n2"), tup({})}});
  auto c = diff_values(before, after);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].path, "[n1][2]");
  EXPECT_EQ(c[0].kind, ChangeKind::Added);
  EXPECT_TRUE(c[0].before.is_null());
  EXPECT_EQ(print_itf(c[0].after), "2");
}

TEST(ValueDiff, TailIsOneRemovedElementAtTheFront) {
  auto c = diff_values(tup({num(1), num(2), num(3)}), tup({num(2), num(3)}));
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].path, "[1]");
  EXPECT_EQ(c[0].kind, ChangeKind::Removed);
  EXPECT_EQ(print_itf(c[0].before), "1");
}

TEST(ValueDiff, NestedRecordFieldInsideAFunctionInsideASequence) {
  json before = tup({json{{"term", num(1)}, {"log", fmap({{mv("n1"), tup({num(4)})}})}}});
  json after = tup({json{{"term", num(2)}, {"log", fmap({{mv("n1"), tup({num(5)})}})}}});
  auto c = diff_values(before, after);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].path, "[1].log[n1][1]");
  EXPECT_EQ(c[0].kind, ChangeKind::Modified);
  EXPECT_EQ(print_itf(c[0].before), "4");
  EXPECT_EQ(c[1].path, "[1].term");
  EXPECT_EQ(print_itf(c[1].after), "2");
}

TEST(ValueDiff, RecordFieldsAddedAndRemoved) {
  auto c = diff_values(json{{"a", num(1)}, {"b", true}}, json{{"b", true}, {"c", "x"}});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].path, ".a");
  EXPECT_EQ(c[0].kind, ChangeKind::Removed);
  EXPECT_EQ(c[1].path, ".c");
  EXPECT_EQ(c[1].kind, ChangeKind::Added);
  EXPECT_EQ(print_itf(c[1].after), "\"x\"");
}

TEST(ValueDiff, FunctionKeysAddedAndRemoved) {
  auto c = diff_values(fmap({{num(1), "a"}}), fmap({{num(2), "a"}}));
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].path, "[1]");
  EXPECT_EQ(c[0].kind, ChangeKind::Removed);
  EXPECT_EQ(c[1].path, "[2]");
  EXPECT_EQ(c[1].kind, ChangeKind::Added);
}

TEST(ValueDiff, SetElementsAreAddedOrRemovedNeverModified) {
  auto c = diff_values(set({mv("n1"), mv("n2")}), set({mv("n2"), mv("n3")}));
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].kind, ChangeKind::Removed);
  EXPECT_TRUE(c[0].element);
  EXPECT_EQ(c[0].path, "");
  EXPECT_EQ(print_itf(c[0].before), "n1");
  EXPECT_EQ(c[1].kind, ChangeKind::Added);
  EXPECT_TRUE(c[1].element);
  EXPECT_EQ(print_itf(c[1].after), "n3");
}

TEST(ValueDiff, TheEmptyFunctionComparesInTheOtherShape) {
  // <<>> (empty sequence) becoming a record: the fields are added, not the whole value replaced.
  auto c = diff_values(tup({}), json{{"a", num(1)}});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].path, ".a");
  EXPECT_EQ(c[0].kind, ChangeKind::Added);
}

TEST(ValueDiff, DifferentShapesAreOneModifiedChange) {
  auto c = diff_values(set({num(1)}), tup({num(1)}));
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].path, "");
  EXPECT_EQ(c[0].kind, ChangeKind::Modified);
  EXPECT_EQ(print_itf(c[0].before), "{1}");
  EXPECT_EQ(print_itf(c[0].after), "<<1>>");
}

TEST(ValueDiff, ChangeKindNames) {
  EXPECT_STREQ(change_kind_name(ChangeKind::Added), "added");
  EXPECT_STREQ(change_kind_name(ChangeKind::Modified), "modified");
  EXPECT_STREQ(change_kind_name(ChangeKind::Removed), "removed");
}

}  // namespace
}  // namespace tlatrace::inspect
