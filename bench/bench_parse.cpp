// Parser throughput: a generated 5,000-line module of typical definitions (junction lists,
// quantifiers, records, EXCEPT, IF, CASE, LET, set comprehensions), parsed to the AST.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>

#include "parser/syntax/parse.hpp"

namespace {

std::string block(int i) {
  std::string n = std::to_string(i);
  return "Action" + n + "(p) ==\n"
         "  /\\ state[p] = \"s" + n + "\"\n"
         "  /\\ \\E q \\in Procs \\ {p} :\n"
         "        /\\ msgs' = msgs \\cup {[type |-> \"m" + n + "\", from |-> p, to |-> q, val |-> " + n + "]}\n"
         "        /\\ state' = [state EXCEPT ![p] = \"t" + n + "\", ![q] = @]\n"
         "  /\\ counter' = IF counter < " + n + " THEN counter + 1 ELSE CASE counter = 0 -> 0 [] OTHER -> 1\n"
         "  /\\ LET s == {x \\in 1..10 : x % 2 = 0} IN Cardinality(s) > 0 \\/ s = {}\n"
         "  /\\ UNCHANGED <<log, clock>>\n"
         "\n";
}

std::string generate_module(int lines) {
  std::string text = "---- MODULE Big ----\nEXTENDS Naturals, FiniteSets\nCONSTANT Procs\n"
                     "VARIABLES state, msgs, counter, log, clock\n";
  int i = 0;
  while (static_cast<int>(std::count(text.begin(), text.end(), '\n')) < lines - 1) text += block(i++);
  text += "====\n";
  return text;
}

void BM_ParseModule5000Lines(benchmark::State& state) {
  std::string text = generate_module(5000);
  tlatrace::SourceManager sources;
  const tlatrace::SourceFile* file = sources.add("Big.tla", text);
  for (auto _ : state) {
    tlatrace::Diagnostics diags;
    auto module = tlatrace::syntax::parse_module(*file, diags);
    if (!module) {
      state.SkipWithError("parse failed");
      break;
    }
    benchmark::DoNotOptimize(module);
  }
  state.counters["lines/s"] = benchmark::Counter(5000.0 * state.iterations(), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(text.size()) * state.iterations());
}
// The parse runs on a worker thread with a large stack: count the whole process's CPU time.
BENCHMARK(BM_ParseModule5000Lines)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

void BM_ParseSmallExpression(benchmark::State& state) {
  tlatrace::SourceManager sources;
  const tlatrace::SourceFile* file =
      sources.add("e.tla", "\\A p \\in Procs : state[p] \\in {\"a\", \"b\"} /\\ counter' = counter + 1");
  for (auto _ : state) {
    tlatrace::Diagnostics diags;
    auto e = tlatrace::syntax::parse_expression(*file, diags);
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_ParseSmallExpression)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime();

}  // namespace

BENCHMARK_MAIN();
