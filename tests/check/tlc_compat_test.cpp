// End-to-end tests of TLC behaviours that published specs rely on (each was found by running
// tlaplus/Examples configurations): overrides and instances, arguments passed by name,
// action composition, constant-only configurations, system properties, imported specs and
// symmetry groups. The expected figures follow from each spec's definitions (see its comment).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_tlatrace.hpp"

using testing::HasSubstr;
using testing::Not;

namespace {

// Limit <- Wider, and Wider calls the instantiated copy B!Limit: x climbs to 5 (Wider(n) is
// n < 3 \/ n < 5). Applying the override to B!Limit too recursed until the stack overflowed.
// As in TLC, the disjunction is walked as part of the action: x = 0, 1, 2 satisfy both
// branches and each yields its successor twice, so 1 + 5 + 3 = 9 states are generated.
TEST(TlcCompat, OverrideLeavesInstantiatedCopyAlone) {
  RunResult r = run_tlatrace("check Override.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("9 states generated, 6 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 6."));
}

// Recursion without end is an evaluation error at its location (exit 2), never a crash.
TEST(TlcCompat, EndlessRecursionIsAnErrorNotACrash) {
  RunResult r = run_tlatrace("check Deep.tla --workers 1");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr("Deep.tla:6:"));
  EXPECT_THAT(r.err, HasSubstr("nests too deeply (recursion without end?)"));
}

// No INIT/NEXT/SPECIFICATION and no variables: only the ASSUMEs are checked, as in TLC.
// `x = v` for a name the spec does not declare is ignored with a warning.
TEST(TlcCompat, ConstantOnlyConfigurationChecksAssumptions) {
  RunResult r = run_tlatrace("check Statements.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 states generated, 0 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, Not(HasSubstr("Computing initial states")));
  EXPECT_THAT(r.err, HasSubstr("Statements.cfg:3:3: warning: 'unused' is neither a CONSTANT nor a definition"));
  RunResult strict = run_tlatrace("check Statements.tla --workers 1 -Dtlatrace.test.mode=strict");
  EXPECT_EQ(strict.exit_code, 0) << strict.out << strict.err;
}

// TLCGet("-Dkey") reads what -D key=value set (unset: the key itself, so the ASSUME fails).
TEST(TlcCompat, SystemPropertiesFromTheCommandLine) {
  RunResult off = run_tlatrace("check PropertyFlag.tla --workers 1");
  EXPECT_EQ(off.exit_code, 1) << off.out << off.err;
  EXPECT_THAT(off.out, HasSubstr("Assumption line 5, col 8 to line 5, col 44 of module PropertyFlag is false."));
  RunResult on = run_tlatrace("check PropertyFlag.tla --workers 1 -Dtlatrace.test.flag=on");
  EXPECT_EQ(on.exit_code, 0) << on.out << on.err;
  RunResult json = run_tlatrace("check PropertyFlag.tla --workers 1 -D tlatrace.test.flag=on --format json");
  EXPECT_EQ(json.exit_code, 0) << json.out << json.err;
  RunResult bad = run_tlatrace("check PropertyFlag.tla -Dno-equals-sign");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("KEY=VALUE"));
}

// A \cdot B is enumerated: the successors under B of each state A reaches.
TEST(TlcCompat, ActionCompositionEnumeratesBothSteps) {
  RunResult r = run_tlatrace("check Compose.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("7 states generated, 4 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 4."));
}

// \A and => are walked as parts of the action, as TLC does (the generated count shows it).
TEST(TlcCompat, ForallAndImpliesAreWalkedLikeTlc) {
  RunResult r = run_tlatrace("check Walks.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("7 states generated, 3 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 3."));
}

// Membership in a set filter tests the element (x \in S /\ P(x)) and unused constant
// definitions are not evaluated: without either, this run would not finish.
TEST(TlcCompat, SetsThatAreNeverBuilt) {
  RunResult r = run_tlatrace("check Lazy.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("3 states generated, 3 distinct states found, 0 states left on queue."));
}

// A constant-level definition drawing RandomElement is one value for the whole run, as in TLC.
TEST(TlcCompat, RandomConstantDefinitionIsEvaluatedOnce) {
  for (int run = 0; run < 3; ++run) {
    RunResult r = run_tlatrace("check Random.tla --workers 1");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("2 states generated, 1 distinct states found, 0 states left on queue."));
  }
}

// x' set inside a cfg-bound CONSTANT operator, y' through a parameter passed y: (0,0) .. (4,8).
TEST(TlcCompat, ArgumentsArePassedByName) {
  RunResult r = run_tlatrace("check ByName.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("5 states generated, 5 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 5."));
}

// HashInner's Step is substituted by MCHash's Step (bound to Impl), and None = [HashInner] none
// replaces a definition inside the instance: x goes 0..3.
TEST(TlcCompat, SubstitutedConstantOperatorAndModuleScopedOverride) {
  RunResult r = run_tlatrace("check MCHash.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("4 states generated, 4 distinct states found, 0 states left on queue."));
}

// SPECIFICATION Spec where Spec comes from a module imported by an unnamed INSTANCE.
TEST(TlcCompat, SpecificationImportedByUnnamedInstance) {
  RunResult r = run_tlatrace("check Imported.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("5 states generated, 5 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 5."));
}

// SYMMETRY uses the group the permutations generate (TLC's MVPerms.permutationSubgroup).
TEST(TlcCompat, SymmetrySetGeneratesAGroup) {
  for (const char* workers : {"1", "2"}) {
    RunResult r = run_tlatrace(std::string("check Pairs.tla --workers ") + workers);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("5 states generated, 1 distinct states found, 0 states left on queue.")) << workers;
  }
}

// UNCHANGED of a name that stands for an expression (an instance's variable substituted by a
// tuple definition, a parameter) is UNCHANGED of that expression; an operator CONSTANT can be
// substituted by a LAMBDA (tlaplus/Examples LockHS and TestGraphs were rejected).
TEST(TlcCompat, UnchangedThroughSubstitutionsAndLambdaConstants) {
  RunResult r = run_tlatrace("check Stutter.tla --workers 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("5 states generated, 5 distinct states found, 0 states left on queue."));
  EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is 5."));
}

// f[a] in an action is walked through f's body where TLC keeps f lazy (byzpaxos VoteProof
// generated 27727 states where TLC generates 318877).
TEST(TlcCompat, LazyFunctionApplicationsAreWalked) {
  for (const char* workers : {"1", "2"}) {
    RunResult r = run_tlatrace(std::string("check FnWalk.tla --workers ") + workers);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("33 states generated, 5 distinct states found, 0 states left on queue.")) << workers;
  }
}

}  // namespace
