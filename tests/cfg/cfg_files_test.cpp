// Realistic cfg files under tests/cfg/data, modelled on published TLC models, read whole.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cfg/cfg_test_util.hpp"

namespace tlatrace::cfg {
namespace {

using ::testing::ElementsAre;
using testing::names;

class CfgFiles : public ::testing::Test {
 protected:
  const Config& load(const std::string& name) {
    const SourceFile* file = sources_.load(std::string(TLATRACE_SOURCE_DIR) + "/tests/cfg/data/" + name);
    EXPECT_NE(file, nullptr) << name;
    if (file == nullptr) file = sources_.add(name, "");
    auto c = parse_config(*file, diags_);
    std::string shown;
    for (const auto& d : diags_.all()) shown += render_diagnostic(d);
    EXPECT_TRUE(c.has_value()) << shown;
    config_ = c ? std::move(*c) : Config{};
    return config_;
  }

  const ConstantBinding* binding(const std::string& name) const {
    for (const auto& b : config_.constants)
      if (b.name.text == name) return &b;
    ADD_FAILURE() << "no binding for " << name;
    return nullptr;
  }

  SourceManager sources_;
  Diagnostics diags_;
  Config config_;
};

TEST_F(CfgFiles, ToolboxGeneratedModel) {
  const Config& c = load("toolbox_model.cfg");
  ASSERT_EQ(c.constants.size(), 4u);
  for (const auto& b : c.constants) EXPECT_EQ(b.kind, BindingKind::Substitution) << b.name.text;
  EXPECT_EQ(c.constants[0].name.text, "Acceptor");
  EXPECT_EQ(c.constants[0].substitute.text, "const_1700000000000001000");
  EXPECT_EQ(c.constants[0].range.line, 5u);
  const ConstantBinding* ballot = binding("Ballot");
  ASSERT_TRUE(ballot && ballot->module);
  EXPECT_EQ(ballot->module->text, "Voting");
  EXPECT_EQ(ballot->substitute.text, "def_ov_1700000000000004000");
  ASSERT_TRUE(c.specification);
  EXPECT_EQ(c.specification->text, "spec_1700000000000005000");
  EXPECT_THAT(names(c.invariants), ElementsAre("inv_1700000000000006000", "inv_1700000000000007000"));
  EXPECT_THAT(names(c.properties), ElementsAre("prop_1700000000000008000"));
  EXPECT_EQ(c.check_deadlock, std::optional<bool>(false));
  EXPECT_FALSE(c.init);
}

TEST_F(CfgFiles, RaftTraceValidation) {
  const Config& c = load("raft_trace.cfg");
  ASSERT_EQ(c.constants.size(), 12u);
  EXPECT_EQ(to_string(binding("Server")->value), "{s1, s2, s3}");
  EXPECT_EQ(binding("Server")->range.line, 6u);
  EXPECT_EQ(binding("Nil")->value, CfgValue::make_model_value("Nil"));
  EXPECT_EQ(binding("Candidate")->value, CfgValue::make_model_value("Candidate"));
  EXPECT_EQ(binding("Candidate")->range.line, 9u);
  EXPECT_EQ(binding("MaxTerm")->value, CfgValue::make_int(3));
  EXPECT_EQ(binding("MaxLogLength")->value, CfgValue::make_int(-1));
  EXPECT_EQ(binding("TraceFile")->value, CfgValue::make_string("traces/raft-3nodes.ndjson"));
  EXPECT_EQ(binding("Next")->kind, BindingKind::Substitution);
  EXPECT_EQ(binding("Next")->substitute.text, "TraceNext");
  ASSERT_TRUE(c.specification && c.view && c.alias);
  EXPECT_EQ(c.specification->text, "TraceSpec");
  EXPECT_EQ(c.view->text, "TraceView");
  EXPECT_EQ(c.alias->text, "TraceAlias");
  EXPECT_THAT(names(c.action_constraints), ElementsAre("TraceNextConstraint"));
  EXPECT_THAT(names(c.postconditions), ElementsAre("TraceAccepted"));
  EXPECT_THAT(names(c.invariants), ElementsAre("TypeOK", "ElectionSafety", "LogMatching"));
  EXPECT_EQ(c.check_deadlock, std::optional<bool>(false));
}

TEST_F(CfgFiles, RefinementWithModuleScopes) {
  const Config& c = load("write_through_cache.cfg");
  ASSERT_TRUE(c.specification);
  EXPECT_THAT(names(c.invariants), ElementsAre("TypeInvariant", "Coherence", "LM_Inner_TypeInvariant"));
  EXPECT_THAT(names(c.properties), ElementsAre("LM_Inner_ISpec"));
  ASSERT_EQ(c.constants.size(), 11u);
  EXPECT_EQ(binding("Send")->substitute.text, "MCSend");
  EXPECT_EQ(to_string(binding("Adr")->value), "{a1}");
  EXPECT_EQ(binding("NoVal")->value, CfgValue::make_model_value("NoVal"));
  const ConstantBinding* nat = binding("Nat");
  ASSERT_TRUE(nat && nat->module);
  EXPECT_EQ(nat->module->text, "Sequences");
  EXPECT_EQ(nat->substitute.text, "MCNat");
  const ConstantBinding* delay = binding("Memory!Delay");
  ASSERT_TRUE(delay && delay->module);
  EXPECT_EQ(delay->kind, BindingKind::Value);
  EXPECT_EQ(delay->module->text, "Memory");
  EXPECT_EQ(delay->value, CfgValue::make_int(2));
  EXPECT_EQ(binding("LM_Inner!Send")->substitute.text, "MCSend");
}

TEST_F(CfgFiles, SymmetryAndOperatorTable) {
  const Config& c = load("kv_store_symmetry.cfg");
  ASSERT_TRUE(c.init && c.next && c.symmetry);
  EXPECT_EQ(c.init->text, "Init");
  EXPECT_EQ(c.next->text, "Next");
  EXPECT_EQ(c.symmetry->text, "Perms");
  EXPECT_EQ(to_string(binding("Versions")->value), "{0, 1, 2, 3}");
  EXPECT_EQ(to_string(binding("Partitions")->value), "{{c1}, {c2, c3}, {}}");
  std::vector<const ConstantBinding*> weight, label;
  for (const auto& b : c.constants) {
    if (b.name.text == "Weight") weight.push_back(&b);
    if (b.name.text == "Label") label.push_back(&b);
  }
  ASSERT_EQ(weight.size(), 2u);
  EXPECT_EQ(to_string(weight[1]->args[0]), "k2");
  EXPECT_EQ(weight[1]->value, CfgValue::make_int(-5));
  ASSERT_EQ(label.size(), 2u);
  EXPECT_EQ(label[0]->args.size(), 2u);
  EXPECT_EQ(label[0]->args[0], CfgValue::make_string("primary"));
  EXPECT_EQ(label[0]->args[1], CfgValue::make_bool(true));
  EXPECT_EQ(label[1]->value, CfgValue::make_string("B"));
  EXPECT_EQ(binding("+")->substitute.text, "SatAdd");
  EXPECT_THAT(names(c.constraints), ElementsAre("StateBound", "MessageBound"));
  EXPECT_THAT(names(c.invariants), ElementsAre("TypeOK", "ReadYourWrites"));
  EXPECT_THAT(names(c.properties), ElementsAre("EventuallyConsistent"));
  EXPECT_EQ(c.check_deadlock, std::optional<bool>(true));
}

}  // namespace
}  // namespace tlatrace::cfg
