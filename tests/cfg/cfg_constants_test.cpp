// CONSTANT(S) sections: every value form, substitutions, module scopes, operator rows.
#include <cstdint>
#include <limits>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cfg/cfg_test_util.hpp"

namespace tlatrace::cfg {
namespace {

using ::testing::HasSubstr;
using testing::parse;
using testing::parse_ok;
using Kind = CfgValue::Kind;

// The value bound to the single constant of `CONSTANT C = <text>`.
CfgValue value_of(const std::string& text) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT C = " + text, keep);
  if (c.constants.size() != 1) {
    ADD_FAILURE() << "expected one binding for: " << text;
    return {};
  }
  EXPECT_EQ(c.constants[0].kind, BindingKind::Value);
  return c.constants[0].value;
}

TEST(CfgValues, Integers) {
  EXPECT_EQ(value_of("0"), CfgValue::make_int(0));
  EXPECT_EQ(value_of("42"), CfgValue::make_int(42));
  EXPECT_EQ(value_of("007"), CfgValue::make_int(7));
  EXPECT_EQ(value_of("-1"), CfgValue::make_int(-1));
  EXPECT_EQ(value_of("- 12"), CfgValue::make_int(-12));
  EXPECT_EQ(value_of("9223372036854775807"), CfgValue::make_int(std::numeric_limits<int64_t>::max()));
  EXPECT_EQ(value_of("-9223372036854775808"), CfgValue::make_int(std::numeric_limits<int64_t>::min()));
  EXPECT_EQ(value_of("42").kind, Kind::Int);
}

TEST(CfgValues, TlaRadixIntegers) {
  EXPECT_EQ(value_of("\\b1010"), CfgValue::make_int(10));
  EXPECT_EQ(value_of("\\B11"), CfgValue::make_int(3));
  EXPECT_EQ(value_of("\\o17"), CfgValue::make_int(15));
  EXPECT_EQ(value_of("\\hFF"), CfgValue::make_int(255));
  EXPECT_EQ(value_of("\\Hff"), CfgValue::make_int(255));
  EXPECT_EQ(value_of("-\\h10"), CfgValue::make_int(-16));
}

TEST(CfgValues, IntegerRangeCoversTheLiteral) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT C = -123", keep);
  const SourceRange& r = c.constants[0].value.range;
  EXPECT_EQ(r.line, 1u);
  EXPECT_EQ(r.col, 14u);
  EXPECT_EQ(r.end_col, 17u);
}

TEST(CfgValues, StringsKeepTheirTextVerbatimLikeTlc) {
  EXPECT_EQ(value_of("\"hello\""), CfgValue::make_string("hello"));
  EXPECT_EQ(value_of("\"\""), CfgValue::make_string(""));
  EXPECT_EQ(value_of("\"a b\\\"c\""), CfgValue::make_string("a b\\\"c"));
  EXPECT_EQ(value_of("\"tab\\there\""), CfgValue::make_string("tab\\there"));
  EXPECT_EQ(value_of("\"(* not a comment *) \\\\* nor this\""),
            CfgValue::make_string("(* not a comment *) \\\\* nor this"));
  EXPECT_EQ(to_string(value_of("\"a\\\"b\"")), "\"a\\\"b\"");
}

TEST(CfgValues, Booleans) {
  EXPECT_EQ(value_of("TRUE"), CfgValue::make_bool(true));
  EXPECT_EQ(value_of("FALSE"), CfgValue::make_bool(false));
  EXPECT_NE(value_of("TRUE"), CfgValue::make_model_value("TRUE"));
}

TEST(CfgValues, ModelValues) {
  EXPECT_EQ(value_of("NoVal"), CfgValue::make_model_value("NoVal"));
  EXPECT_EQ(value_of("s1"), CfgValue::make_model_value("s1"));
  EXPECT_EQ(value_of("1a"), CfgValue::make_model_value("1a"));   // TLA+: digits then a letter
  EXPECT_EQ(value_of("a_b_2"), CfgValue::make_model_value("a_b_2"));
  EXPECT_EQ(value_of("True"), CfgValue::make_model_value("True"));  // only TRUE is a boolean
}

TEST(CfgValues, Sets) {
  CfgValue v = value_of("{s1, s2, s3}");
  ASSERT_EQ(v.kind, Kind::Set);
  ASSERT_EQ(v.elements.size(), 3u);
  EXPECT_EQ(v.elements[2], CfgValue::make_model_value("s3"));
  EXPECT_EQ(v.range.col, 14u);
  EXPECT_EQ(v.range.end_col, 25u);
  EXPECT_EQ(value_of("{}"), CfgValue::make_set({}));
  EXPECT_EQ(value_of("{ }").elements.size(), 0u);
}

TEST(CfgValues, NestedAndMixedSets) {
  CfgValue v = value_of("{{n1, l1}, {}, {{\"x\", -3}}, TRUE, 7}");
  EXPECT_EQ(to_string(v), "{{n1, l1}, {}, {{\"x\", -3}}, TRUE, 7}");
  ASSERT_EQ(v.elements.size(), 5u);
  EXPECT_EQ(v.elements[0].elements[1], CfgValue::make_model_value("l1"));
  EXPECT_EQ(v.elements[2].elements[0].elements[1], CfgValue::make_int(-3));
  EXPECT_EQ(v.elements[3].kind, Kind::Bool);
}

TEST(CfgValues, SetsKeepOrderAndDuplicatesAsWritten) {
  EXPECT_EQ(to_string(value_of("{b, a, b}")), "{b, a, b}");
}

TEST(CfgValues, DeeplyNestedSetWithinTheLimit) {
  std::string text = std::string(150, '{') + "x" + std::string(150, '}');
  CfgValue v = value_of(text);
  int depth = 0;
  const CfgValue* p = &v;
  while (p->kind == Kind::Set) { ++depth; ASSERT_EQ(p->elements.size(), 1u); p = &p->elements[0]; }
  EXPECT_EQ(depth, 150);
  EXPECT_EQ(*p, CfgValue::make_model_value("x"));
}

TEST(CfgValues, ToStringForms) {
  EXPECT_EQ(to_string(CfgValue::make_int(-5)), "-5");
  EXPECT_EQ(to_string(CfgValue::make_string("str")), "\"str\"");
  EXPECT_EQ(to_string(CfgValue::make_bool(false)), "FALSE");
  EXPECT_EQ(to_string(CfgValue::make_model_value("s1")), "s1");
  EXPECT_EQ(to_string(CfgValue::make_set({CfgValue::make_model_value("s1"), CfgValue::make_model_value("s2")})),
            "{s1, s2}");
  EXPECT_EQ(to_string(CfgValue::make_set({})), "{}");
}

TEST(CfgBindings, Substitution) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS\n  Send <- MCSend\n  Init <- SimInit", keep);
  ASSERT_EQ(c.constants.size(), 2u);
  const ConstantBinding& b = c.constants[0];
  EXPECT_EQ(b.kind, BindingKind::Substitution);
  EXPECT_EQ(b.name.text, "Send");
  EXPECT_EQ(b.substitute.text, "MCSend");
  EXPECT_FALSE(b.module);
  EXPECT_EQ(b.substitute.range.col, 11u);
  EXPECT_EQ(b.range.line, 2u);
  EXPECT_EQ(b.range.col, 3u);
  EXPECT_EQ(b.range.end_col, 16u);
  EXPECT_EQ(c.constants[1].name.text, "Init");  // overriding a definition looks the same
}

TEST(CfgBindings, ModuleScopedSubstitution) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT Nat <- [ZSequences]ZSeqNat\nCONSTANT Ballot <-[Voting] MCBallot", keep);
  ASSERT_EQ(c.constants.size(), 2u);
  EXPECT_EQ(c.constants[0].kind, BindingKind::Substitution);
  ASSERT_TRUE(c.constants[0].module);
  EXPECT_EQ(c.constants[0].module->text, "ZSequences");
  EXPECT_EQ(c.constants[0].substitute.text, "ZSeqNat");
  ASSERT_TRUE(c.constants[1].module);
  EXPECT_EQ(c.constants[1].module->text, "Voting");
  EXPECT_EQ(c.constants[1].substitute.text, "MCBallot");
}

TEST(CfgBindings, ModuleScopedValue) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS NoHash = [Nano]NoHashVal  Max = [Nano] {1, 2}", keep);
  ASSERT_EQ(c.constants.size(), 2u);
  EXPECT_EQ(c.constants[0].kind, BindingKind::Value);
  ASSERT_TRUE(c.constants[0].module);
  EXPECT_EQ(c.constants[0].module->text, "Nano");
  EXPECT_EQ(c.constants[0].value, CfgValue::make_model_value("NoHashVal"));
  EXPECT_EQ(to_string(c.constants[1].value), "{1, 2}");
}

TEST(CfgBindings, OverridingADefinitionWithAValue) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT Nat = {0, 1, 2}", keep);
  ASSERT_EQ(c.constants.size(), 1u);
  EXPECT_EQ(c.constants[0].name.text, "Nat");
  EXPECT_EQ(to_string(c.constants[0].value), "{0, 1, 2}");
}

TEST(CfgBindings, OperatorSymbolsAsNames) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS\n  + <- MyPlus\n  \\oplus <- Oplus\n  ** = 3\n  Op <- \\cup", keep);
  ASSERT_EQ(c.constants.size(), 4u);
  EXPECT_EQ(c.constants[0].name.text, "+");
  EXPECT_EQ(c.constants[0].substitute.text, "MyPlus");
  EXPECT_EQ(c.constants[1].name.text, "\\oplus");
  EXPECT_EQ(c.constants[2].name.text, "**");
  EXPECT_EQ(c.constants[2].value, CfgValue::make_int(3));
  EXPECT_EQ(c.constants[3].substitute.text, "\\cup");
}

TEST(CfgBindings, InstancePathNames) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT Inst!Sub!Op <- MCOp\nCONSTANT I ! N = 2", keep);
  ASSERT_EQ(c.constants.size(), 2u);
  EXPECT_EQ(c.constants[0].name.text, "Inst!Sub!Op");
  EXPECT_EQ(c.constants[0].name.range.col, 10u);
  EXPECT_EQ(c.constants[0].name.range.end_col, 20u);
  EXPECT_EQ(c.constants[1].name.text, "I!N");
}

TEST(CfgBindings, OperatorTableRows) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS\n  F(1, a) = TRUE\n  F(2, {b}) = FALSE\n  G(\"k\") = -1", keep);
  ASSERT_EQ(c.constants.size(), 3u);
  const ConstantBinding& f = c.constants[0];
  EXPECT_EQ(f.kind, BindingKind::Value);
  ASSERT_EQ(f.args.size(), 2u);
  EXPECT_EQ(f.args[0], CfgValue::make_int(1));
  EXPECT_EQ(f.args[1], CfgValue::make_model_value("a"));
  EXPECT_EQ(f.value, CfgValue::make_bool(true));
  EXPECT_EQ(to_string(c.constants[1].args[1]), "{b}");
  EXPECT_EQ(c.constants[2].args[0], CfgValue::make_string("k"));
  EXPECT_EQ(c.constants[2].value, CfgValue::make_int(-1));
}

TEST(CfgBindings, ParameterisedConstantSubstitution) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANT CalculateHash <- CalculateHashImpl", keep);
  ASSERT_EQ(c.constants.size(), 1u);
  EXPECT_EQ(c.constants[0].kind, BindingKind::Substitution);
  EXPECT_TRUE(c.constants[0].args.empty());
}

TEST(CfgBindings, SeveralEntriesPerLineAndAcrossLines) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS A = 1 B = 2 C <- D\n\n   E =\n {x,\n  y}\nF\n=\n3", keep);
  ASSERT_EQ(c.constants.size(), 5u);
  EXPECT_EQ(c.constants[1].value, CfgValue::make_int(2));
  EXPECT_EQ(c.constants[2].substitute.text, "D");
  EXPECT_EQ(to_string(c.constants[3].value), "{x, y}");
  EXPECT_EQ(c.constants[3].range.line, 3u);
  EXPECT_EQ(c.constants[3].range.end_line, 5u);
  EXPECT_EQ(c.constants[4].name.text, "F");
  EXPECT_EQ(c.constants[4].value, CfgValue::make_int(3));
}

TEST(CfgBindings, ServerSetsOfModelValues) {
  std::unique_ptr<testing::Parsed> keep;
  Config c = parse_ok("CONSTANTS\n  Server = {s1, s2, s3}\n  Nil = Nil\n", keep);
  ASSERT_EQ(c.constants.size(), 2u);
  EXPECT_EQ(c.constants[0].value,
            CfgValue::make_set({CfgValue::make_model_value("s1"), CfgValue::make_model_value("s2"),
                                CfgValue::make_model_value("s3")}));
  EXPECT_EQ(c.constants[1].value, CfgValue::make_model_value("Nil"));
}

TEST(CfgBindings, ValueAfterEntryOnSameLineOperatorIsRejectedClearly) {
  auto p = parse("CONSTANT N = 1..3");
  EXPECT_FALSE(p->config);
  EXPECT_THAT(p->messages(), HasSubstr("test.cfg:1:15: error: unexpected '..' after the entry for 'N'"));
}

}  // namespace
}  // namespace tlatrace::cfg
