// `tlatrace merge A.ndjson B.ndjson ... [-o OUT]`: orders per-node logs into one causally
// consistent trace (vector clocks, or Lamport clocks with node id breaking ties).
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "trace/merge.hpp"

namespace tlatrace::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> files;
  std::string output;
};

int run_merge(const MergeOptions& opt) {
  if (opt.output.empty()) return trace::merge_files(opt.files, std::cout, std::cerr);
  std::ofstream out(opt.output, std::ios::binary);
  if (!out) {
    std::cerr << "tlatrace: error: cannot write '" << opt.output << "'\n";
    return kInputError;
  }
  int code = trace::merge_files(opt.files, out, std::cerr);
  out.flush();
  if (!out) {
    std::cerr << "tlatrace: error: writing '" << opt.output << "' failed\n";
    return kInternal;
  }
  return code;
}

}  // namespace

Runner add_merge_command(CLI::App& app) {
  auto opt = std::make_shared<MergeOptions>();
  CLI::App* sub = app.add_subcommand("merge", "Merge per-node ndjson logs into one causally consistent trace");
  sub->add_option("files", opt->files, "Per-node ndjson logs")->required()->check(CLI::ExistingFile);
  sub->add_option("-o,--output", opt->output, "Write the merged trace here instead of standard output");
  return [opt] { return run_merge(*opt); };
}

}  // namespace tlatrace::cli
