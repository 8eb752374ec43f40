#include "size_expr.h"

#include <cctype>
#include <limits>

namespace avo::kernel_judge {

struct SizeExpr::Node {
  char op = 0;  // 0: number, 'n': name, '~': negation, else + - * /
  int64_t value = 0;
  std::string name;
  std::unique_ptr<Node> a, b;

  [[nodiscard]] std::unique_ptr<Node> clone() const {
    auto n = std::make_unique<Node>();
    n->op = op;
    n->value = value;
    n->name = name;
    if (a) n->a = a->clone();
    if (b) n->b = b->clone();
    return n;
  }
};

namespace {

using Node = SizeExpr::Node;

// Recursive descent over expr := term (('+'|'-') term)*, term := unary (('*'|'/') unary)*,
// unary := '-' unary | atom, atom := integer | name | '(' expr ')'.
class Parser {
 public:
  Parser(const std::string& text, const std::vector<std::string>& names)
      : s_(text), names_(names) {}

  std::unique_ptr<Node> parse(std::string* error) {
    auto root = expr();
    skip();
    if (root && pos_ != s_.size()) fail("unexpected '" + std::string(1, s_[pos_]) + "'");
    if (!error_.empty()) {
      *error = error_;
      return nullptr;
    }
    return root;
  }

 private:
  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  void fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at column " + std::to_string(pos_ + 1);
  }
  static std::unique_ptr<Node> binary(char op, std::unique_ptr<Node> a, std::unique_ptr<Node> b) {
    auto n = std::make_unique<Node>();
    n->op = op;
    n->a = std::move(a);
    n->b = std::move(b);
    return n;
  }
  std::unique_ptr<Node> expr() {
    auto left = term();
    for (skip(); left && pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-'); skip()) {
      const char op = s_[pos_++];
      auto right = term();
      if (!right) return nullptr;
      left = binary(op, std::move(left), std::move(right));
    }
    return left;
  }
  std::unique_ptr<Node> term() {
    auto left = unary();
    for (skip(); left && pos_ < s_.size() && (s_[pos_] == '*' || s_[pos_] == '/'); skip()) {
      const char op = s_[pos_++];
      auto right = unary();
      if (!right) return nullptr;
      left = binary(op, std::move(left), std::move(right));
    }
    return left;
  }
  std::unique_ptr<Node> unary() {
    skip();
    if (pos_ < s_.size() && s_[pos_] == '-') {
      ++pos_;
      auto inner = unary();
      if (!inner) return nullptr;
      return binary('~', std::move(inner), nullptr);
    }
    return atom();
  }
  std::unique_ptr<Node> atom() {
    skip();
    if (pos_ >= s_.size()) {
      fail("expected a number, a size or '('");
      return nullptr;
    }
    const char c = s_[pos_];
    if (c == '(') {
      ++pos_;
      auto inner = expr();
      skip();
      if (!inner) return nullptr;
      if (pos_ >= s_.size() || s_[pos_] != ')') {
        fail("expected ')'");
        return nullptr;
      }
      ++pos_;
      return inner;
    }
    auto n = std::make_unique<Node>();
    if (std::isdigit(static_cast<unsigned char>(c))) {
      int64_t v = 0;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
        const int d = s_[pos_++] - '0';
        if (v > (std::numeric_limits<int64_t>::max() - d) / 10) {
          fail("number too large");
          return nullptr;
        }
        v = v * 10 + d;
      }
      n->value = v;
      return n;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      const size_t start = pos_;
      while (pos_ < s_.size() &&
             (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_'))
        ++pos_;
      n->op = 'n';
      n->name = s_.substr(start, pos_ - start);
      bool known = false;
      std::string all;
      for (const auto& k : names_) {
        known = known || k == n->name;
        all += (all.empty() ? "" : ", ") + k;
      }
      if (!known) {
        pos_ = start;
        fail("unknown size '" + n->name + "' (sizes: " + (all.empty() ? "none" : all) + ")");
        return nullptr;
      }
      return n;
    }
    fail("unexpected '" + std::string(1, c) + "'");
    return nullptr;
  }

  const std::string& s_;
  const std::vector<std::string>& names_;
  size_t pos_ = 0;
  std::string error_;
};

bool eval(const Node& n, const std::map<std::string, int64_t>& sizes, int64_t* out,
          std::string* error) {
  if (n.op == 0) {
    *out = n.value;
    return true;
  }
  if (n.op == 'n') {
    auto it = sizes.find(n.name);
    if (it == sizes.end()) {
      *error = "size '" + n.name + "' is not given";
      return false;
    }
    *out = it->second;
    return true;
  }
  int64_t a = 0, b = 0;
  if (!eval(*n.a, sizes, &a, error)) return false;
  if (n.op == '~') {
    if (a == std::numeric_limits<int64_t>::min()) {
      *error = "overflow";
      return false;
    }
    *out = -a;
    return true;
  }
  if (!eval(*n.b, sizes, &b, error)) return false;
  bool overflow = false;
  switch (n.op) {
    case '+':
      overflow = __builtin_add_overflow(a, b, out);
      break;
    case '-':
      overflow = __builtin_sub_overflow(a, b, out);
      break;
    case '*':
      overflow = __builtin_mul_overflow(a, b, out);
      break;
    default:  // '/'
      if (b == 0) {
        *error = "division by zero";
        return false;
      }
      overflow = a == std::numeric_limits<int64_t>::min() && b == -1;
      if (!overflow) *out = a / b;
  }
  if (overflow) *error = "overflow: the value does not fit in 64 bits";
  return !overflow;
}

}  // namespace

SizeExpr::SizeExpr() = default;
SizeExpr::~SizeExpr() = default;
SizeExpr::SizeExpr(SizeExpr&&) noexcept = default;
SizeExpr& SizeExpr::operator=(SizeExpr&&) noexcept = default;
SizeExpr::SizeExpr(const SizeExpr& other)
    : text_(other.text_), root_(other.root_ ? other.root_->clone() : nullptr) {}
SizeExpr& SizeExpr::operator=(const SizeExpr& other) {
  if (this != &other) {
    text_ = other.text_;
    root_ = other.root_ ? other.root_->clone() : nullptr;
  }
  return *this;
}

bool SizeExpr::parse(const std::string& text, const std::vector<std::string>& names, SizeExpr* out,
                     std::string* error) {
  Parser p(text, names);
  auto root = p.parse(error);
  if (!root) return false;
  out->text_ = text;
  out->root_ = std::move(root);
  return true;
}

bool SizeExpr::evaluate(const std::map<std::string, int64_t>& sizes, int64_t* out,
                        std::string* error) const {
  if (!root_) {
    *error = "empty expression";
    return false;
  }
  std::string why;
  if (eval(*root_, sizes, out, &why)) return true;
  *error = "'" + text_ + "': " + why;
  return false;
}

}  // namespace avo::kernel_judge
