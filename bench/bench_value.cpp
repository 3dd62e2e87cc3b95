// Value-layer micro benchmarks: set union/insert, fingerprint of a record-of-functions state,
// function EXCEPT.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "evaluator/value/values.hpp"

using namespace tlatrace::eval;

namespace {

Value int_set(int64_t from, int64_t count, int64_t step) {
  std::vector<Value> elems;
  for (int64_t i = 0; i < count; ++i) elems.push_back(Value::integer(from + i * step));
  return make_set(std::move(elems));
}

/// A state like a typical protocol spec: per process (model values) a record of functions.
std::vector<Value> make_state(int processes, int slots) {
  std::vector<Value> procs;
  for (int p = 0; p < processes; ++p) procs.push_back(Value::model("p" + std::to_string(p)));
  std::vector<Value> records;
  for (int p = 0; p < processes; ++p) {
    std::vector<Value> log;
    for (int s = 0; s < slots; ++s) log.push_back(Value::integer(p * 1000 + s));
    std::vector<Value> votes(procs.size(), Value::boolean(p % 2 == 0));
    records.push_back(make_record(std::vector<std::pair<std::string_view, Value>>{
        {"log", make_tuple(log)},
        {"votes", make_function(procs, votes)},
        {"term", Value::integer(p)},
        {"role", Value::string(p == 0 ? "leader" : "follower")}}));
  }
  return {make_function(procs, records), int_set(0, 16, 1), Value::integer(7)};
}

void BM_SetUnion(benchmark::State& state) {
  const int64_t n = state.range(0);
  Value a = int_set(0, n, 2), b = int_set(1, n, 2);
  for (auto _ : state) benchmark::DoNotOptimize(set_union(a, b));
  state.SetItemsProcessed(state.iterations() * 2 * n);
}
BENCHMARK(BM_SetUnion)->Arg(16)->Arg(1024);

void BM_SetInsert(benchmark::State& state) {
  const int64_t n = state.range(0);
  Value a = int_set(0, n, 2);
  int64_t k = 0;
  for (auto _ : state) benchmark::DoNotOptimize(set_insert(a, Value::integer(2 * (k++ % n) + 1)));
}
BENCHMARK(BM_SetInsert)->Arg(16)->Arg(1024);

void BM_FingerprintState(benchmark::State& state) {
  const int procs = static_cast<int>(state.range(0));
  std::vector<Value> base = make_state(procs, 8);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Value> fresh = make_state(procs, 8);  // no cached sub-fingerprints
    state.ResumeTiming();
    benchmark::DoNotOptimize(fingerprint_state(fresh));
  }
}
BENCHMARK(BM_FingerprintState)->Arg(3)->Arg(10);

void BM_FingerprintStateAfterExcept(benchmark::State& state) {
  // The common model-checking case: a successor differs from a fingerprinted state in one spot.
  const int procs = static_cast<int>(state.range(0));
  std::vector<Value> base = make_state(procs, 8);
  fingerprint_state(base);
  std::vector<Value> path = {Value::model("p1"), Value::string("term")};
  int64_t k = 0;
  for (auto _ : state) {
    std::vector<Value> next = base;
    next[0] = except(base[0], path, Value::integer(++k));
    benchmark::DoNotOptimize(fingerprint_state(next));
  }
}
BENCHMARK(BM_FingerprintStateAfterExcept)->Arg(3)->Arg(10);

void BM_FunctionExcept(benchmark::State& state) {
  const int procs = static_cast<int>(state.range(0));
  std::vector<Value> base = make_state(procs, 8);
  std::vector<Value> path = {Value::model("p1"), Value::string("log"), Value::integer(3)};
  int64_t k = 0;
  for (auto _ : state) benchmark::DoNotOptimize(except(base[0], path, Value::integer(++k)));
}
BENCHMARK(BM_FunctionExcept)->Arg(3)->Arg(10);

void BM_MembershipLazy(benchmark::State& state) {
  Value fs = function_set(make_interval(1, 5), subset_of(make_interval(1, 10)));
  Value f = make_tuple({int_set(1, 3, 1), int_set(2, 3, 2), empty_set(), int_set(1, 10, 1),
                        int_set(4, 2, 1)});
  for (auto _ : state) benchmark::DoNotOptimize(is_member(f, fs));
}
BENCHMARK(BM_MembershipLazy);

}  // namespace

BENCHMARK_MAIN();
