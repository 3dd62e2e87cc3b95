// AST shapes of expressions.
#include <gtest/gtest.h>

#include "syntax_test_util.hpp"

namespace tlatrace::test {
namespace {

TEST(ExpressionShapes, Basic) {
  EXPECT_EQ(expr_sexpr("x = 1 /\\ (y \\in S \\/ z')"), "(and (= x 1) (or (in y S) (' z)))");
}

}  // namespace
}  // namespace tlatrace::test
