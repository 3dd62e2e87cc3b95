// Fingerprints: equal for equal values, distinct for distinct ones, stable across runs.
#include <gtest/gtest.h>

#include <thread>
#include <unordered_set>

#include "tests/value/test_names.hpp"

using namespace tlatrace::eval;
using namespace value_test;

namespace {
class ValueFingerprint : public ::testing::Test {
 protected:
  void SetUp() override { intern_test_names(); }
};
using Fields = std::vector<std::pair<std::string_view, Value>>;
}  // namespace

TEST_F(ValueFingerprint, EqualValuesEqualFingerprints) {
  EXPECT_EQ(fingerprint(make_tuple({I(1), I(2)})), fingerprint(make_function({I(2), I(1)}, {I(2), I(1)})));
  EXPECT_EQ(fingerprint(make_interval(-2, 2)), fingerprint(make_set({I(2), I(1), I(0), I(-1), I(-2)})));
  EXPECT_EQ(fingerprint(make_record(Fields{{"a", I(1)}})), fingerprint(make_function({S("a")}, {I(1)})));
  EXPECT_EQ(fingerprint(function_set(make_interval(1, 2), boolean_set())),
            fingerprint(materialize(function_set(make_interval(1, 2), boolean_set()))));
  EXPECT_NE(fingerprint(S("1")), fingerprint(I(1)));
  EXPECT_NE(fingerprint(S("a")), fingerprint(M("a")));
  EXPECT_NE(fingerprint(make_set({I(1)})), fingerprint(make_tuple({I(1)})));
  EXPECT_NE(fingerprint(make_set({I(1), I(2)})), fingerprint(make_set({I(1)})));
  EXPECT_NE(fingerprint(make_tuple({I(1), I(2)})), fingerprint(make_tuple({I(2), I(1)})));
  EXPECT_NE(error_of([] { fingerprint(nat_set()); }), "<no error>");
}

TEST_F(ValueFingerprint, StableNumbers) {
  // These constants pin the algorithm: if one changes, fingerprints stored by earlier runs
  // (and the trace tools' outputs) are no longer comparable. Update only deliberately.
  EXPECT_EQ(fingerprint(B(true)), 0x3089791744a91189ULL);
  EXPECT_EQ(fingerprint(I(42)), 0xbdd732262feb6e95ULL);
  EXPECT_EQ(fingerprint(S("abc")), 0xb66c3a2fee8cc631ULL);
  EXPECT_EQ(fingerprint(make_tuple({I(1), S("a")})), 0xc97bc2a73db7e726ULL);
  EXPECT_EQ(fingerprint(make_set({I(1), I(2), I(3)})), 0x9015969da2d42997ULL);
  std::vector<Value> state = {I(1), make_record(Fields{{"a", make_set({})}})};
  EXPECT_EQ(fingerprint_state(state), 0x272e0adf88344d26ULL);
}

TEST_F(ValueFingerprint, NoCollisionsAmongManySmallValues) {
  std::unordered_set<uint64_t> seen;
  size_t count = 0;
  auto add = [&](const Value& v) {
    seen.insert(fingerprint(v));
    ++count;
  };
  for (int i = -20000; i < 20000; ++i) add(I(i));
  for (int i = 0; i < 20000; ++i) add(S(("s" + std::to_string(i)).c_str()));
  for (int i = 0; i < 30; ++i) {
    for (int j = 0; j < 30; ++j) {
      for (int k = 0; k < 30; ++k) add(make_tuple({I(i), I(j), I(k)}));
    }
  }
  for (int i = 0; i < 60; ++i) {
    for (int j = i + 1; j < 60; ++j) {
      add(make_set({I(i), I(j)}));
      add(make_record(Fields{{"a", I(i)}, {"b", I(j)}}));
      add(make_function({I(i)}, {I(j)}));
    }
  }
  for (int mask = 1; mask < (1 << 14); ++mask) {  // subsets of 0..13 (pairs were added above)
    if (__builtin_popcount(mask) == 2) continue;
    std::vector<Value> elems;
    for (int b = 0; b < 14; ++b) {
      if (mask & (1 << b)) elems.push_back(I(b));
    }
    add(make_set(std::move(elems)));
  }
  EXPECT_GT(count, 100000u);
  EXPECT_EQ(seen.size(), count);
}

TEST_F(ValueFingerprint, StateFingerprintDependsOnOrder) {
  std::vector<Value> s1 = {I(1), I(2)};
  std::vector<Value> s2 = {I(2), I(1)};
  EXPECT_NE(fingerprint_state(s1), fingerprint_state(s2));
  std::vector<Value> s3 = {make_tuple({I(1)}), I(2)};
  std::vector<Value> s4 = {make_function({I(1)}, {I(1)}), I(2)};
  EXPECT_EQ(fingerprint_state(s3), fingerprint_state(s4));
}

TEST_F(ValueFingerprint, SameFromEveryThread) {
  // Shared values fingerprinted (and cached) concurrently, strings interned concurrently.
  std::vector<Value> shared;
  for (int i = 0; i < 200; ++i) {
    shared.push_back(make_record(Fields{{"a", make_set({I(i), I(i + 1)})}, {"b", make_tuple({I(i)})}}));
  }
  std::vector<uint64_t> expected;
  for (const Value& v : shared) {
    Value copy = make_record(Fields{{"a", apply(v, S("a"))}, {"b", apply(v, S("b"))}});
    expected.push_back(fingerprint(copy));
  }
  std::vector<std::vector<uint64_t>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (const Value& v : shared) results[t].push_back(fingerprint(v));
      for (int i = 0; i < 500; ++i) Value::string("thread_str_" + std::to_string(i));
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
  EXPECT_EQ(fingerprint(S("thread_str_7")), fingerprint(Value::string(std::string("thread_str_7"))));
}

// A fresh copy of `v` (no fingerprint cached anywhere in it): the reference fingerprint.
static Value rebuilt(const Value& v) {
  if (v.tag() == Tag::Set) {
    std::vector<Value> elems;
    for (const Value& e : v.as_set_obj().elems()) elems.push_back(rebuilt(e));
    return make_set(std::move(elems));
  }
  if (!v.is_function()) return v;
  const FcnObj& f = v.as_fcn_obj();
  std::vector<Value> dom, rng;
  for (size_t i = 0; i < f.size(); ++i) {
    dom.push_back(f.seq() ? I(static_cast<int64_t>(i) + 1) : rebuilt(f.dom()[i]));
    rng.push_back(rebuilt(f.rng()[i]));
  }
  return make_function(std::move(dom), std::move(rng));
}

TEST_F(ValueFingerprint, ExceptUpdatesTheCachedFingerprintByOneTerm) {
  // network-like: [p -> [q -> <<[type |-> .., clock |-> ..], ...>>]] over 1..3, and a record.
  auto msg = [](const char* t, int c) { return make_record(Fields{{"a", S(t)}, {"b", I(c)}}); };
  std::vector<Value> rows;
  for (int p = 1; p <= 3; ++p) {
    std::vector<Value> row;
    for (int q = 1; q <= 3; ++q) row.push_back(p == q ? make_tuple({}) : make_tuple({msg("x", p), msg("y", q)}));
    rows.push_back(make_tuple(std::move(row)));
  }
  const Value net = make_tuple(std::move(rows));
  const Value rec = make_record(Fields{{"a", make_set({I(1)})}, {"b", net}, {"c", I(0)}});
  fingerprint(net);
  fingerprint(rec);
  struct Case {
    const char* what;
    Value base;
    std::vector<Value> path;
    Value value;
    bool incremental;  // the cache is filled by the EXCEPT itself
  };
  const Value tail = seq_tail(apply(apply(net, I(1)), I(2)));  // fresh, of known records
  const Value fresh_record = msg("z", 9);                       // fresh, of scalars
  const Value nested_fresh = make_tuple({make_tuple({I(1)})});  // fresh, of a fresh tuple
  std::vector<Case> cases = {
      {"a fresh record deep down", net, {I(2), I(3), I(1)}, msg("x", 7), true},
      {"a fresh sequence of known records", net, {I(1), I(2)}, tail, true},
      {"a tuple of a fresh record", net, {I(3), I(1)}, make_tuple({fresh_record}), false},
      {"the same value", net, {I(1)}, apply(net, I(1)), true},
      {"a record field", rec, {S("c")}, I(5), true},
      {"a fresh set", rec, {S("a")}, make_set({I(1), I(2)}), true},
      {"an interval", rec, {S("a")}, make_interval(1, 3), false},
      {"a tuple of a fresh tuple", rec, {S("c")}, nested_fresh, false},
      {"outside the domain", rec, {S("d")}, I(1), true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    Value updated = except(c.base, c.path, c.value);
    EXPECT_EQ(updated.as_fcn_obj().fp_cache.load() != 0, c.incremental);
    EXPECT_EQ(fingerprint(updated), fingerprint(rebuilt(updated)));
  }
  // A lazy set in the new value is neither enumerated nor fingerprinted by the EXCEPT.
  Value with_nat = except(rec, std::vector<Value>{S("a")}, nat_set());
  EXPECT_EQ(with_nat.as_fcn_obj().fp_cache.load(), 0u);
  EXPECT_NE(error_of([&] { fingerprint(with_nat); }), "<no error>");
}
