// Size expressions of a kernel declaration: precedence, names checked at parse, exact 64-bit
// values or an error, never a wrapped one.
#include "size_expr.h"

#include <gtest/gtest.h>

#include <limits>

namespace avo::kernel_judge {
namespace {

const std::vector<std::string> kNames = {"rows", "cols", "n"};

int64_t Eval(const std::string& text, std::map<std::string, int64_t> sizes = {}) {
  SizeExpr e;
  std::string error;
  EXPECT_TRUE(SizeExpr::parse(text, kNames, &e, &error)) << text << ": " << error;
  int64_t v = -12345;
  EXPECT_TRUE(e.evaluate(sizes, &v, &error)) << text << ": " << error;
  return v;
}

std::string ParseError(const std::string& text) {
  SizeExpr e;
  std::string error;
  EXPECT_FALSE(SizeExpr::parse(text, kNames, &e, &error)) << text;
  return error;
}

TEST(SizeExprTest, ArithmeticWithPrecedenceAndNames) {
  EXPECT_EQ(Eval("42"), 42);
  EXPECT_EQ(Eval("2 + 3 * 4"), 14);
  EXPECT_EQ(Eval("(2 + 3) * 4"), 20);
  EXPECT_EQ(Eval("20 / 3 / 2"), 3);  // left to right, toward zero
  EXPECT_EQ(Eval("-7 / 2"), -3);
  EXPECT_EQ(Eval("10 - 3 - 2"), 5);
  EXPECT_EQ(Eval("4 * rows * cols", {{"rows", 3}, {"cols", 5}}), 60);
  EXPECT_EQ(Eval("(n + 127) / 128 * 128", {{"n", 300}}), 384);
  EXPECT_EQ(Eval("--n", {{"n", 9}}), 9);
}

TEST(SizeExprTest, BadTextIsRefusedWithWhereAndWhy) {
  EXPECT_EQ(ParseError("rows * colz"), "unknown size 'colz' (sizes: rows, cols, n) at column 8");
  EXPECT_NE(ParseError("(rows + 1").find("expected ')'"), std::string::npos);
  EXPECT_NE(ParseError("rows +").find("expected a number"), std::string::npos);
  EXPECT_NE(ParseError("rows % 2").find("unexpected '%'"), std::string::npos);
  EXPECT_NE(ParseError("").find("expected a number"), std::string::npos);
  EXPECT_NE(ParseError("99999999999999999999").find("number too large"), std::string::npos);
}

TEST(SizeExprTest, OverflowAndDivisionByZeroAreErrorsNotValues) {
  SizeExpr e;
  std::string error;
  int64_t v = 0;
  ASSERT_TRUE(SizeExpr::parse("rows * rows * rows", kNames, &e, &error));
  EXPECT_FALSE(e.evaluate({{"rows", int64_t{1} << 22}}, &v, &error));
  EXPECT_NE(error.find("overflow"), std::string::npos) << error;
  ASSERT_TRUE(SizeExpr::parse("rows / (cols - cols)", kNames, &e, &error));
  EXPECT_FALSE(e.evaluate({{"rows", 4}, {"cols", 2}}, &v, &error));
  EXPECT_NE(error.find("division by zero"), std::string::npos) << error;
  ASSERT_TRUE(SizeExpr::parse("n", kNames, &e, &error));
  EXPECT_FALSE(e.evaluate({}, &v, &error));
  EXPECT_NE(error.find("'n' is not given"), std::string::npos) << error;
  // A copy evaluates alike.
  ASSERT_TRUE(SizeExpr::parse("rows + 1", kNames, &e, &error));
  const SizeExpr copy = e;
  ASSERT_TRUE(copy.evaluate({{"rows", 41}}, &v, &error));
  EXPECT_EQ(v, 42);
}

}  // namespace
}  // namespace avo::kernel_judge
