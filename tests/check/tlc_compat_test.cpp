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

// `tlatrace check SPEC --workers W` (in tests/check/specs) finishes with no error and TLC's
// final counts; depth >= 0 also checks the depth line. Returns the run for further checks.
RunResult expect_complete(const std::string& spec, const std::string& workers, int generated, int distinct,
                     int depth = -1) {
  RunResult r = run_tlatrace("check " + spec + " --workers " + workers);
  EXPECT_EQ(r.exit_code, 0) << spec << " " << workers << "\n" << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr(std::to_string(generated) + " states generated, " + std::to_string(distinct) +
                               " distinct states found, 0 states left on queue."))
      << spec << " --workers " << workers;
  if (depth >= 0) {
    EXPECT_THAT(r.out, HasSubstr("The depth of the complete state graph search is " + std::to_string(depth) + "."));
  }
  return r;
}

// Limit <- Wider, and Wider calls the instantiated copy B!Limit: x climbs to 5 (Wider(n) is
// n < 3 \/ n < 5). Applying the override to B!Limit too recursed until the stack overflowed.
// As in TLC, the disjunction is walked as part of the action: x = 0, 1, 2 satisfy both
// branches and each yields its successor twice, so 1 + 5 + 3 = 9 states are generated.
TEST(TlcCompat, OverrideLeavesInstantiatedCopyAlone) {
  expect_complete("Override.tla", "1", 9, 6, 6);
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
  RunResult r = expect_complete("Statements.tla", "1", 0, 0);
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
  expect_complete("Compose.tla", "1", 7, 4, 4);
}

// \A and => are walked as parts of the action, as TLC does (the generated count shows it).
TEST(TlcCompat, ForallAndImpliesAreWalkedLikeTlc) {
  expect_complete("Walks.tla", "1", 7, 3, 3);
}

// Membership in a set filter tests the element (x \in S /\ P(x)) and unused constant
// definitions are not evaluated: without either, this run would not finish.
TEST(TlcCompat, SetsThatAreNeverBuilt) {
  expect_complete("Lazy.tla", "1", 3, 3);
}

// A constant-level definition drawing RandomElement is one value for the whole run, as in TLC.
TEST(TlcCompat, RandomConstantDefinitionIsEvaluatedOnce) {
  for (int run = 0; run < 3; ++run) expect_complete("Random.tla", "1", 2, 1);
}

// x' set inside a cfg-bound CONSTANT operator, y' through a parameter passed y: (0,0) .. (4,8).
TEST(TlcCompat, ArgumentsArePassedByName) {
  expect_complete("ByName.tla", "1", 5, 5, 5);
}

// HashInner's Step is substituted by MCHash's Step (bound to Impl), and None = [HashInner] none
// replaces a definition inside the instance: x goes 0..3.
TEST(TlcCompat, SubstitutedConstantOperatorAndModuleScopedOverride) {
  expect_complete("MCHash.tla", "1", 4, 4);
}

// SPECIFICATION Spec where Spec comes from a module imported by an unnamed INSTANCE.
TEST(TlcCompat, SpecificationImportedByUnnamedInstance) {
  expect_complete("Imported.tla", "1", 5, 5, 5);
}

// SYMMETRY uses the group the permutations generate (TLC's MVPerms.permutationSubgroup).
TEST(TlcCompat, SymmetrySetGeneratesAGroup) {
  for (const char* workers : {"1", "2"}) expect_complete("Pairs.tla", workers, 5, 1);
}

// UNCHANGED of a name that stands for an expression (an instance's variable substituted by a
// tuple definition, a parameter) is UNCHANGED of that expression; an operator CONSTANT can be
// substituted by a LAMBDA (tlaplus/Examples LockHS and TestGraphs were rejected).
TEST(TlcCompat, UnchangedThroughSubstitutionsAndLambdaConstants) {
  expect_complete("Stutter.tla", "1", 5, 5, 5);
}

// f[a] in an action is walked through f's body where TLC keeps f lazy (byzpaxos VoteProof
// generated 27727 states where TLC generates 318877).
TEST(TlcCompat, LazyFunctionApplicationsAreWalked) {
  for (const char* workers : {"1", "2"}) expect_complete("FnWalk.tla", workers, 33, 5);
}

}  // namespace
