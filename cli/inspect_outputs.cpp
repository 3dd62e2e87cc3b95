#include "cli/inspect_outputs.hpp"

#include <fstream>
#include <iostream>

#include "inspect/dot_graph.hpp"
#include "inspect/html_view.hpp"

namespace tlatrace::cli {

namespace {

bool write_file(const std::string& path, const std::string& text, const char* what) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out << text;
  if (!out || !out.flush()) {
    std::cerr << "error: cannot write the " << what << " file '" << path << "'\n";
    return false;
  }
  return true;
}

}  // namespace

void add_inspect_output_options(CLI::App* sub, InspectOutputs& out) {
  sub->add_option("--html", out.html,
                  "Write the counterexample as one self-contained HTML page (steps, changes, watches, diagnosis)");
  sub->add_option("--dot", out.dot,
                  "Write the state graph around the counterexample as Graphviz DOT (the path highlighted)");
}

void enable_graph_recording(InspectOutputs& out, eval::CheckOptions& options) {
  if (out.dot.empty()) return;
  out.graph = std::make_shared<eval::StateGraph>();
  options.graph = out.graph.get();
}

bool write_inspect_outputs(const InspectOutputs& out, const nlohmann::json& annotated) {
  bool ok = true;
  if (!out.html.empty()) ok &= write_file(out.html, inspect::render_html(annotated), "HTML");
  if (!out.dot.empty()) {
    inspect::DotGraph g = out.graph ? inspect::graph_from_states(*out.graph, inspect::graph_title(annotated))
                                    : inspect::graph_from_report(annotated);
    ok &= write_file(out.dot, inspect::render_dot(g), "DOT");
  }
  return ok;
}

}  // namespace tlatrace::cli
