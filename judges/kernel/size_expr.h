// size_expr.h -- integer expressions over a configuration's named sizes, as a kernel declaration
// (decl.h) writes tensor shapes and work counts: "rows", "4 * rows * cols", "(n + 127) / 128 *
// 128". Integers, names, + - * /, parentheses and unary minus; / divides toward zero. Parsed once
// (against the declaration's size names, so a misspelt name is an error at load), evaluated per
// configuration in 64-bit integers, an overflow or a division by zero being an error, never a
// wrapped value: a shape the judge allocates from must be exact.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace avo::kernel_judge {

class SizeExpr {
 public:
  SizeExpr();
  ~SizeExpr();
  SizeExpr(const SizeExpr& other);
  SizeExpr& operator=(const SizeExpr& other);
  SizeExpr(SizeExpr&&) noexcept;
  SizeExpr& operator=(SizeExpr&&) noexcept;

  // Parses `text`; every name must be one of `names`. False with `error` set ("unknown size
  // 'colz' (sizes: rows, cols)", "expected ')' at column 9") otherwise.
  static bool parse(const std::string& text, const std::vector<std::string>& names, SizeExpr* out,
                    std::string* error);

  // The value for `sizes` (every name the expression uses must be there). False with `error` set
  // on overflow or division by zero.
  bool evaluate(const std::map<std::string, int64_t>& sizes, int64_t* out,
                std::string* error) const;

  [[nodiscard]] const std::string& text() const { return text_; }

  struct Node;

 private:
  std::string text_;
  std::unique_ptr<Node> root_;
};

}  // namespace avo::kernel_judge
