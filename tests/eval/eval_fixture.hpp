#pragma once
// Evaluates TLA+ expressions in a small module (EXTENDS the standard modules) and returns their
// TLC rendering, or the error message with its location.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/value/print.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::eval::testing {

/// The outcome of evaluating `E`: its printed value, or "error" with message and location.
struct Outcome {
  bool ok = false;
  std::string value;    // TLC rendering when ok
  std::string message;  // error message otherwise
  uint32_t line = 0, col = 0;
};

/// Loads modules from text and evaluates the definition E of the last one.
class EvalFixture {
 public:
  /// Registers an extra module (must come before eval()).
  void add_module(const std::string& name, const std::string& text) {
    fe_.load_text(name + ".tla", text);
  }

  /// Evaluates `expr` as `E == expr` after `defs`, in a module extending the standard modules.
  Outcome eval(const std::string& expr, const std::string& defs = "") {
    std::string name = "M" + std::to_string(counter_++);
    std::string text = "---- MODULE " + name + " ----\nEXTENDS Integers, Sequences, FiniteSets, TLC, Bags, "
                       "SequencesExt, FiniteSetsExt, Functions, Json, IOUtils\n" + defs + "\nE == " + expr + "\n====\n";
    ast::Module* m = fe_.load_text(name + ".tla", text);
    Outcome out;
    if (!m || fe_.diagnostics().has_errors()) {
      std::string msgs;
      for (const auto& d : fe_.diagnostics().all()) msgs += d.message + "; ";
      fe_.diagnostics().clear();
      out.message = "front end: " + msgs;
      return out;
    }
    fe_.resolver().resolve(*m);
    program_ = std::make_unique<Program>(fe_.resolver(), *m);
    program_->index_modules(fe_.loader().modules());
    Evaluator ev(*program_);
    BindingStack stack(1 << 14);
    Ctx c;
    c.env = Env{stack.begin(), 0, nullptr};
    c.top = stack.begin();
    c.limit = stack.end();
    const ast::OpDef* e = nullptr;
    for (const auto& u : m->units)
      if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u))
        if ((*d)->name == "E") e = d->get();
    if (!e) {
      out.message = "no E";
      return out;
    }
    try {
      Value v = ev.apply_def_values(*e, {}, c, *e->body);
      out.ok = true;
      out.value = to_tla_string(v);
    } catch (const EvalFailure& err) {
      out.message = err.what();
      out.line = err.range().line;
      out.col = err.range().col;
    }
    return out;
  }

  /// The printed value of `expr`, or "ERROR: message".
  std::string value(const std::string& expr, const std::string& defs = "") {
    Outcome o = eval(expr, defs);
    return o.ok ? o.value : "ERROR: " + o.message;
  }

 private:
  Frontend fe_;
  std::unique_ptr<Program> program_;
  int counter_ = 0;
};

}  // namespace tlatrace::eval::testing
