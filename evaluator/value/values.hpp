#pragma once
// Umbrella header: everything the evaluator needs from the value layer.
#include "evaluator/value/atom.hpp"
#include "evaluator/value/compare.hpp"
#include "evaluator/value/construct.hpp"
#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/eval_error.hpp"
#include "evaluator/value/fcn_ops.hpp"
#include "evaluator/value/fingerprint.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/int_ops.hpp"
#include "evaluator/value/print.hpp"
#include "evaluator/value/set_ops.hpp"
#include "evaluator/value/value.hpp"
