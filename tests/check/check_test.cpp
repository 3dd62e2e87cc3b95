// End-to-end tests of `tlatrace check`: verdicts, state counts, depths, counterexamples,
// messages and exit codes on small specs whose numbers follow from their definitions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_tlatrace.hpp"

using testing::HasSubstr;
using testing::Not;

namespace {

// x climbs 0, 1, 2, ...; Small (x < 3) fails first in x = 3, after three Inc steps.
TEST(Check, InvariantViolationHasShortestTrace) {
  RunResult r = run_tlatrace("check Counter.tla --workers 1");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Error: Invariant Small is violated."));
  EXPECT_EQ(trace_length(r.out), 4);
  EXPECT_THAT(r.out, HasSubstr("State 1: <Initial predicate>\n  /\\ x = 0\n"));
  EXPECT_THAT(r.out, HasSubstr("State 4: <Inc> at Counter.tla:8:8  <-- violates invariant Small\n~ /\\ x = 3   (was 2)\n"));
}

// (N+1)^2 = 16 states; every state but those on the top/right border has two successors:
// 1 initial + 2 * N * (N + 1) = 25 generated; the corner (3, 3) is 6 steps away: depth 7.
TEST(Check, GridCountsWithoutDeadlockCheck) {
  RunResult r = run_tlatrace("check Grid.tla --config GridNoDeadlock.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("25 states generated, 16 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 7."));
  EXPECT_THAT(r.err, HasSubstr("warning: fairness/liveness conjunct of the specification is not checked"));
}

TEST(Check, GridDeadlockInCorner) {
  RunResult r = run_tlatrace("check Grid.tla --workers 1");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("Error: Deadlock reached."));
  EXPECT_EQ(trace_length(r.out), 7);
  EXPECT_THAT(r.out, HasSubstr("  /\\ x = 3\n~ /\\ y = 3   (was 2)\n\n"));
  RunResult off = run_tlatrace("check Grid.tla --no-deadlock --workers 1");
  EXPECT_EQ(off.exit_code, 0);
}

// Tokens: 2^3 subsets, each with 3 successors (take or drop each process): 1 + 8 * 3 = 25.
// Under SYMMETRY only the size counts: 4 classes, 1 + 4 * 3 = 13 generated.
TEST(Check, SymmetryReducesToOrbits) {
  RunResult plain = run_tlatrace("check Tokens.tla --workers 1");
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_THAT(plain.out, HasSubstr("25 states generated, 8 distinct states found"));
  EXPECT_THAT(plain.out, HasSubstr("depth of the complete state graph search is 4."));
  RunResult sym = run_tlatrace("check Tokens.tla --config TokensSym.cfg --workers 1");
  EXPECT_EQ(sym.exit_code, 0) << sym.err;
  EXPECT_THAT(sym.out, HasSubstr("13 states generated, 4 distinct states found"));
}

TEST(Check, WorkersGiveTheSameCounts) {
  for (const char* workers : {"1", "3", "8"}) {
    RunResult r = run_tlatrace(std::string("check Grid.tla --no-deadlock --workers ") + workers);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_THAT(r.out, HasSubstr("25 states generated, 16 distinct states found")) << workers;
    RunResult c = run_tlatrace(std::string("check Counter.tla --workers ") + workers);
    EXPECT_EQ(trace_length(c.out), 4) << workers;
  }
}

// Many states of one level fail; workers take the frontier in runs, and the error reported is
// still the first in the frontier's order.
TEST(Check, WorkersReportTheFirstError) {
  for (const char* workers : {"1", "2", "3", "8"}) {
    RunResult r = run_tlatrace(std::string("check ManyErrors.tla --workers ") + workers);
    EXPECT_EQ(r.exit_code, 2) << workers;
    EXPECT_THAT(r.err, HasSubstr("ManyErrors.tla:13:38: error: Attempted to apply function:\n<<10, 20, 30>>\nto argument 4,"))
        << workers;
    EXPECT_THAT(r.out, HasSubstr("/\\ x = 3")) << workers;
  }
}

// \A over 65536 subsets in the next-state relation, as a state predicate and as a body assigning
// x': the instances are evaluated in a loop (they were walked one inside the other: the stack ran out).
TEST(Check, ForallOverManyElementsInAnAction) {
  RunResult r = run_tlatrace("check BigForall.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("4 states generated, 4 distinct states found"));
}

// PROPERTY []P is reported as TLC reports it, an invariant, under TLC's name (headlines and
// trace lengths checked against TLC).
TEST(Check, AlwaysPropertyIsReportedAsAnInvariant) {
  struct Case {
    const char* cfg;
    const char* headline;
    int states;
  };
  for (const Case& c : {Case{"BoxPropAlwaysSmall.cfg", "Error: Invariant Small is violated.", 4},
                        Case{"BoxPropAlwaysBelow.cfg", "Error: Invariant AlwaysBelow is violated.", 3},
                        Case{"BoxPropBoth.cfg", "Error: Invariant Small is violated.", 4},
                        Case{"BoxPropBoth2.cfg",
                             "Error: Invariant line 13, col 10 to line 13, col 18 of module BoxProp is violated.", 3}}) {
    RunResult r = run_tlatrace(std::string("check BoxProp.tla --workers 1 --config ") + c.cfg);
    EXPECT_EQ(r.exit_code, 1) << c.cfg;
    EXPECT_THAT(r.out, HasSubstr(c.headline)) << c.cfg;
    EXPECT_EQ(trace_length(r.out), c.states) << c.cfg;
  }
  RunResult j = run_tlatrace("check BoxProp.tla --workers 1 --format json --config BoxPropAlwaysSmall.cfg");
  EXPECT_THAT(j.out, HasSubstr("\"kind\": \"invariant\""));
  EXPECT_THAT(j.out, HasSubstr("\"name\": \"Small\""));
}

// x counts modulo 6: a <- x % 3 refines the counter modulo 3.
TEST(Check, RefinementHolds) {
  RunResult r = run_tlatrace("check Wrap.tla --config WrapOk.cfg --workers 2");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("7 states generated, 6 distinct states found"));
}

// Modulo 5 the step 4 -> 0 moves a from 1 to 0: neither Mod3!Next nor a stutter.
TEST(Check, RefinementViolationExplainsTheStep) {
  RunResult r = run_tlatrace("check Wrap.tla --config WrapBad.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("Error: Property AbsSpec is violated."));
  EXPECT_THAT(r.out, HasSubstr("Abstract variables that changed: a: 1 -> 0."));
  EXPECT_THAT(r.out, HasSubstr("neither a step of the abstract next-state relation of Mod3 nor a stuttering step"));
  EXPECT_EQ(trace_length(r.out), 6);
}

TEST(Check, RuntimeErrorNamesLocationAndState) {
  RunResult r = run_tlatrace("check Errors.tla --workers 1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("Errors.tla:8:23: error: Attempted to apply function:\n<<10, 20, 30>>\nto argument 4"));
  EXPECT_THAT(r.out, HasSubstr("/\\ i = 3"));
}

// v'[i + 1] with v' = <<10, 20, 30>> and i = 3: the same error as for a function definition.
TEST(Check, VariableOutsideDomainNamesLocation) {
  RunResult r = run_tlatrace("check VarErrors.tla --workers 1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("VarErrors.tla:7:45: error: Attempted to apply function:\n<<10, 20, 30>>\nto argument 4"));
  EXPECT_THAT(r.out, HasSubstr("/\\ i = 3"));
}

TEST(Check, FalseAssumptionIsAViolation) {
  RunResult r = run_tlatrace("check Assume.tla --format json");
  EXPECT_EQ(r.exit_code, 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["result"], "violation");
  EXPECT_EQ(j["violation"]["kind"], "assume");
}

TEST(Check, JsonReportOfAnInvariantViolation) {
  RunResult r = run_tlatrace("check Counter.tla --format json --workers 2");
  EXPECT_EQ(r.exit_code, 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["result"], "violation");
  EXPECT_EQ(j["violation"]["kind"], "invariant");
  EXPECT_EQ(j["violation"]["name"], "Small");
  ASSERT_EQ(j["violation"]["trace"].size(), 4u);
  EXPECT_EQ(j["violation"]["trace"][3]["state"]["x"], "3");
  EXPECT_EQ(j["violation"]["trace"][3]["action"], "Inc");
  EXPECT_EQ(j["violation"]["trace"][0]["action"], "Initial predicate");
}

TEST(Check, MaxStatesIsAResourceLimit) {
  RunResult r = run_tlatrace("check Grid.tla --no-deadlock --max-states 5 --workers 1");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.out, HasSubstr("--max-states"));
}

TEST(Check, MissingConstantIsAnInputError) {
  RunResult r = run_tlatrace("check Counter.tla --config Grid.cfg");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("error:"));
}

}  // namespace

namespace {

// x counts up, y flips; Max (a definition, 100) is overridden by the cfg value 3.
// CONSTRAINT x <= 3: x in 0..3 and y in 0..1 give 8 states, each with 2 successors: 1 + 16.
TEST(CheckCfg, ConstraintAndDefinitionOverride) {
  RunResult r = run_tlatrace("check Features.tla --config FeaturesConstraint.cfg --workers 2");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("17 states generated, 8 distinct states found"));
  EXPECT_THAT(r.out, HasSubstr("depth of the complete state graph search is 5."));
}

// A constraint is cached by the variables it reads (through a recursive operator or a
// definition): x in 0..2 and y in 0..5 give 18 states, each with 2 successors: 1 + 36.
TEST(CheckCfg, ConstraintCachedByTheVariablesItReads) {
  for (const char* cfg : {"ReadMask.cfg", "ReadMask2.cfg"}) {
    // A wrong cache would let y grow without end: --max-states stops such a run.
    RunResult r = run_tlatrace(std::string("check ReadMask.tla --config ") + cfg + " --workers 1 --max-states 1000");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("37 states generated, 18 distinct states found")) << cfg;
    EXPECT_THAT(r.out, HasSubstr("depth of the complete state graph search is 8.")) << cfg;
  }
}

// Val == F(0) with F <- G and G(a) == a + x reads x through the substitution: Inv holds in all
// x in 0..3, y in 0..2 (12 states; 9 x-steps + 8 y-steps + 1 initial = 18 generated).
TEST(CheckCfg, SubstitutedConstantOperatorReadsItsDefinitionsVariables) {
  RunResult r = run_tlatrace("check ConstOp.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("18 states generated, 12 distinct states found"));
}

// VIEW x: states differing only in y are one: 4 states, 1 + 4 * 2 generated.
TEST(CheckCfg, ViewMergesStates) {
  RunResult r = run_tlatrace("check Features.tla --config FeaturesView.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("9 states generated, 4 distinct states found"));
}

// ACTION_CONSTRAINT x' # 2 keeps x in 0..1.
TEST(CheckCfg, ActionConstraintPrunesTransitions) {
  RunResult r = run_tlatrace("check Features.tla --config FeaturesAction.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("9 states generated, 4 distinct states found"));
  EXPECT_THAT(r.out, HasSubstr("depth of the complete state graph search is 3."));
}

// CONSTRAINT as TLC applies it (SeenConstraint.tla): from (0, 0) the successors are (1, 0) and
// (1, 1); (1, 1) is outside y = 0, so it is not explored but its invariants are checked (NoY
// fails there) and the step to it is checked against [][y' = 0]_<<x, y>> (with or without VIEW).
TEST(CheckCfg, StateOutsideConstraintIsCheckedNotExplored) {
  for (const char* cfg : {"SeenConstraintInv", "SeenConstraint", "SeenConstraintView"}) {
    RunResult r = run_tlatrace(std::string("check SeenConstraint.tla --workers 1 --config ") + cfg + ".cfg");
    EXPECT_EQ(r.exit_code, 1) << cfg << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("3 states generated, 2 distinct states found, 1 states left on queue.")) << cfg;
    EXPECT_EQ(trace_length(r.out), 2) << cfg;
    EXPECT_THAT(r.out, HasSubstr("~ /\\ y = 1   (was 0)")) << cfg;
  }
  // An initial state outside the constraint is checked too: InitBoth's (0, 1) violates NoY.
  RunResult init = run_tlatrace("check SeenConstraint.tla --workers 1 --config SeenConstraintInit.cfg");
  EXPECT_EQ(init.exit_code, 1) << init.out << init.err;
  // TLC's headline for an initial state: "violated by the initial state:", the state right after.
  EXPECT_THAT(init.out, HasSubstr("Error: Invariant NoY is violated by the initial state:\nState 1: <Initial predicate>  "
                                  "<-- violates invariant NoY\n  /\\ x = 0\n  /\\ y = 1"));
  EXPECT_THAT(init.out, Not(HasSubstr("The behavior up to this point")));
}

// A constraint with an effect is evaluated on every generated state, seen or not (TLC prints 7
// lines: (0, 0) and (1, 0) twice); TLCGet("level") is the checked state's level in a CONSTRAINT (3
// states, as TLC) and the first state's in an ACTION_CONSTRAINT.
TEST(CheckCfg, ConstraintEvaluationMatchesTlc) {
  for (const char* workers : {"1", "2"}) {
    RunResult r = run_tlatrace(std::string("check SeenConstraint.tla --config SeenConstraintPrint.cfg --workers ") + workers);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    size_t lines = 0;
    for (size_t at = r.out.find("<<\"constraint\""); at != std::string::npos; at = r.out.find("<<\"constraint\"", at + 1))
      ++lines;
    EXPECT_EQ(lines, 7u) << workers;
    EXPECT_THAT(r.out, HasSubstr("<<\"constraint\", 2, 1>>"));
  }
  for (const char* cfg : {"SeenConstraintLevel", "SeenConstraintLevelStep"}) {
    RunResult r = run_tlatrace(std::string("check SeenConstraint.tla --workers 1 --config ") + cfg + ".cfg");
    EXPECT_EQ(r.exit_code, 0) << cfg << r.err;
    EXPECT_THAT(r.out, HasSubstr("9 states generated, 3 distinct states found")) << cfg;
  }
}

// `Leader <- L` with L a CONSTANT (L = L): Leader takes L's value; `Peer <- L` replaces a
// definition by it (SubstConst.tla). Without Peer <- L, x reaches "peer" and IsL fails; TLC then
// reports 2 distinct states and 0 left on queue (the violating state is recorded, not queued).
TEST(CheckCfg, ConstantSubstitutedByAConstant) {
  RunResult r = run_tlatrace("check SubstConst.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("2 states generated, 1 distinct states found, 0 states left on queue."));
  RunResult peer = run_tlatrace("check SubstConst.tla --config SubstConstPeer.cfg --workers 1");
  EXPECT_EQ(peer.exit_code, 1) << peer.out << peer.err;
  EXPECT_THAT(peer.out, HasSubstr("2 states generated, 2 distinct states found, 0 states left on queue."));
}

// An operator of tlatrace's own modules marked native but not implemented here (IOExec runs a
// program in TLC) fails at its call with a message saying so (before: its placeholder body
// was evaluated, "Attempted to enumerate the infinite set Int" inside IOUtils.tla).
TEST(CheckCfg, UnimplementedNativeSaysSoAtTheCall) {
  RunResult r = run_tlatrace("check Unimplemented.tla --workers 1");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr("Unimplemented.tla:5:8: error: IOExec of module IOUtils is not implemented by tlatrace: its definition there is a placeholder"));
}

// POSTCONDITION reads TLCGet("stats") after the search: 8 distinct states, not 9.
TEST(CheckCfg, PostconditionSeesFinalStatistics) {
  RunResult holds = run_tlatrace("check Features.tla --config FeaturesConstraint.cfg --workers 1");
  EXPECT_EQ(holds.exit_code, 0);
  RunResult r = run_tlatrace("check Features.tla --config FeaturesPost.cfg --workers 1 --format json");
  EXPECT_EQ(r.exit_code, 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["violation"]["kind"], "postcondition");
  EXPECT_EQ(j["violation"]["name"], "Nine");
}

// ALIAS replaces the variables in the printed counterexample.
TEST(CheckCfg, AliasShapesTheTrace) {
  RunResult r = run_tlatrace("check Features.tla --config FeaturesAlias.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(trace_length(r.out), 3);
  EXPECT_THAT(r.out, HasSubstr("~ /\\ total = 2   (was 1)\n~ /\\ doubled = 4   (was 2)\n"));
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr("/\\ x = ")));
}

}  // namespace

namespace {

// B resets x only when A is not ENABLED: 0 -> 1 -> 2 -> 0, one successor each.
TEST(CheckActions, EnabledAndComposition) {
  RunResult r = run_tlatrace("check Enabled.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("4 states generated, 3 distinct states found"));
  // The step 0 -> 1 is one A step, not A \cdot A (which goes from 0 to 2).
  RunResult c = run_tlatrace("check Enabled.tla --config EnabledCdot.cfg --workers 1");
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_THAT(c.out, HasSubstr("Error: Property Double is violated."));
  EXPECT_EQ(trace_length(c.out), 2);
}

// Three instances of one module read the same `v[1]`, `v[2] = "on"`, `v[3] = <<>>` with v
// substituted by x, by y and by an expression over x: each reads its own (the per-(name,
// instance) state index of instance_variable_ref), so Inv holds in x[1] = 0..3.
TEST(Check, InstancesReadTheirOwnSubstitutedVariables) {
  RunResult r = run_tlatrace("check InstVars.tla --no-deadlock --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("4 states generated, 4 distinct states found"));
}

}  // namespace

// At a violation TLC stops at once: its counts are those up to the violating transition, and its
// depth is the level of the last state it recorded. The level is explored to its end here (so
// that any number of workers finds the same first violation), and the counts are TLC's all the
// same (checked against TLC): the deadlocked (3, 0) comes after states of its level whose
// successors, one level deeper, were recorded before it.
TEST(Check, CountsAtAStopAreTlcs) {
  for (const char* workers : {"1", "2"}) {
    RunResult dead = run_tlatrace(std::string("check StopCounts.tla --workers ") + workers);
    EXPECT_EQ(dead.exit_code, 1) << dead.out << dead.err;
    EXPECT_THAT(dead.out, HasSubstr("Error: Deadlock reached."));
    EXPECT_EQ(trace_length(dead.out), 4) << workers;
    EXPECT_THAT(dead.out, HasSubstr("18 states generated, 13 distinct states found, 3 states left on queue.\n"
                                    "The depth of the complete state graph search is 5.\n"))
        << workers << dead.out;
    RunResult inv = run_tlatrace(std::string("check StopCounts.tla --config StopCountsInv.cfg --workers ") + workers);
    EXPECT_EQ(inv.exit_code, 1) << inv.out << inv.err;
    EXPECT_EQ(trace_length(inv.out), 6) << workers;
    EXPECT_THAT(inv.out, HasSubstr("19 states generated, 14 distinct states found, 2 states left on queue.\n"
                                   "The depth of the complete state graph search is 6.\n"))
        << workers << inv.out;
  }
}

// An ALIAS that fails on a state keeps the counterexample: that state is shown as it is, with
// the error in a field _ALIASEvalError, as TLC shows it (Tool.evalAlias); the states where it
// succeeds show the alias, whose fields appear where they first do.
TEST(Check, AliasErrorKeepsTheCounterexample) {
  RunResult r = run_tlatrace("check AliasError.tla --workers 1");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(trace_length(r.out), 3) << r.out;
  EXPECT_THAT(r.out, HasSubstr("State 1: <Initial predicate>\n  /\\ x = 0\n"
                               "  /\\ _ALIASEvalError = \"The second argument of \\\\div is 0.\"\n"));
  EXPECT_THAT(r.out, HasSubstr("+ /\\ inverse = 12\n"));
  EXPECT_THAT(r.out, HasSubstr("~ /\\ inverse = 6   (was 12)\n"));
  RunResult j = run_tlatrace("check AliasError.tla --workers 1 --format json");
  auto report = nlohmann::json::parse(j.out);
  EXPECT_EQ(report["violation"]["variables"], nlohmann::json({"x", "_ALIASEvalError", "inverse"})) << j.out;
  EXPECT_EQ(report["violation"]["trace"][0]["state"]["_ALIASEvalError"], "\"The second argument of \\\\div is 0.\"");
}

// TLCGet("level") in an ALIAS is the level of the state shown (TLC: 1, 2, 3), so that animation
// specs number their frames (SVGSerialize(..., TLCGet("level"))).
TEST(Check, AliasReadsEachStatesLevel) {
  RunResult r = run_tlatrace("check AliasError.tla --config AliasLevel.cfg --workers 1");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("  /\\ level = 1\n"));
  EXPECT_THAT(r.out, HasSubstr("~ /\\ level = 2   (was 1)\n"));
  EXPECT_THAT(r.out, HasSubstr("~ /\\ level = 3   (was 2)\n"));
}

// Each step's action as TLC prints it (Action.getLocation, checked against TLC): the name of the
// definition TLC's split of Next entered last, the values of its parameters, and the location
// where the split ended: the disjunct, the definition's body, an \E over a set TLC cannot
// enumerate before a state exists, an IF, a call with a state-level argument, or the INSTANCE
// of a definition called through an instance with substitutions (named: `I!Next`).
TEST(Check, ActionsAreNamedAndLocatedAsTlc) {
  struct Expected {
    const char* spec;
    std::vector<std::tuple<std::string, std::string, std::string>> steps;  // action, arguments, location
  };
  const std::vector<Expected> cases{
      {"ActionArgs",
       {{"IncX", "", "line 5, col 9 to line 5, col 28 of module ActionArgs"},
        {"Bump", "(2)", "line 6, col 12 to line 6, col 31 of module ActionArgs"}}},
      {"ActionSplit",
       {{"Step", "(1)", "line 5, col 15 to line 5, col 34 of module ActionSplit"},
        {"Step", "(1)", "line 6, col 15 to line 6, col 43 of module ActionSplit"}}},
      {"ActionStops",
       {{"Next", "", "line 8, col 12 to line 8, col 34 of module ActionStops"},
        {"Next", "", "line 8, col 12 to line 8, col 34 of module ActionStops"},
        {"Next", "", "line 8, col 12 to line 8, col 34 of module ActionStops"}}},
      {"ActionStops2",
       {{"Dispatch", "", "line 7, col 13 to line 7, col 46 of module ActionStops2"},
        {"Twice", "", "line 8, col 12 to line 8, col 19 of module ActionStops2"}}},
      {"ActionNamedInstance", {{"I!Next", "", "line 4, col 1 to line 4, col 37 of module ActionNamedInstance"}}},
      {"ActionInstance", {{"Next", "", "line 4, col 1 to line 4, col 20 of module ActionInstance"}}}};
  for (const auto& c : cases) {
    RunResult r = run_tlatrace(std::string("check ") + c.spec + ".tla --workers 1 --format json");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto trace = nlohmann::json::parse(r.out)["violation"]["trace"];
    ASSERT_EQ(trace.size(), c.steps.size() + 1) << r.out;
    for (size_t i = 0; i < c.steps.size(); ++i) {
      const auto& [action, arguments, location] = c.steps[i];
      EXPECT_EQ(trace[i + 1]["action"], action) << c.spec << " " << i;
      EXPECT_EQ(trace[i + 1]["arguments"], arguments) << c.spec << " " << i;
      EXPECT_EQ(trace[i + 1]["location"], location) << c.spec << " " << i;
    }
  }
  RunResult text = run_tlatrace("check ActionSplit.tla --workers 1");
  EXPECT_THAT(text.out, HasSubstr("State 3: <Step(1)> at ActionSplit.tla:6:15  <-- violates invariant Small\n"));
}
