#include "decl.h"

#include <toml++/toml.h>

#include <cmath>
#include <filesystem>
#include <set>

namespace avo::kernel_judge {
namespace {

bool identifier(const std::string& s) {
  if (s.empty() || s.size() > 64 ||
      !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
    return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// Reads one table's keys, refusing keys it does not know; errors name "origin: path.key".
class Reader {
 public:
  Reader(std::string origin, std::string* error) : origin_(std::move(origin)), error_(error) {}

  bool fail(const std::string& path, const std::string& why) {
    *error_ = origin_ + ": " + path + ": " + why;
    return false;
  }
  bool only(const toml::table& t, const std::string& path, const std::set<std::string>& keys) {
    for (const auto& [k, v] : t) {
      const std::string key(k.str());
      if (keys.count(key) == 0) return fail(path.empty() ? key : path + "." + key, "unknown key");
    }
    return true;
  }
  bool string(const toml::table& t, const std::string& path, const char* key, std::string* out,
              bool required) {
    const toml::node* n = t.get(key);
    if (n == nullptr) return required ? fail(join(path, key), "missing") : true;
    if (!n->is_string()) return fail(join(path, key), "must be a string");
    *out = n->as_string()->get();
    return true;
  }
  bool number(const toml::table& t, const std::string& path, const char* key, double* out) {
    const toml::node* n = t.get(key);
    if (n == nullptr) return fail(join(path, key), "missing");
    if (!n->is_number()) return fail(join(path, key), "must be a number");
    *out = n->is_integer() ? static_cast<double>(n->as_integer()->get())
                           : n->as_floating_point()->get();
    if (!std::isfinite(*out) || *out < 0) return fail(join(path, key), "must be finite and >= 0");
    return true;
  }
  bool expr(const toml::node& n, const std::string& path, const std::vector<std::string>& sizes,
            SizeExpr* out) {
    std::string text;
    if (n.is_integer()) {
      text = std::to_string(n.as_integer()->get());
    } else if (n.is_string()) {
      text = n.as_string()->get();
    } else {
      return fail(path, "must be a size expression (a string) or an integer");
    }
    std::string why;
    if (!SizeExpr::parse(text, sizes, out, &why)) return fail(path, why);
    return true;
  }
  static std::string join(const std::string& path, const char* key) {
    return path.empty() ? key : path + "." + key;
  }

 private:
  std::string origin_;
  std::string* error_;
};

bool parse_dtype(const std::string& s, DType* out) {
  static const std::map<std::string, DType> names = {{"bf16", DType::kBF16}, {"f16", DType::kF16},
                                                     {"f32", DType::kF32},   {"i32", DType::kI32},
                                                     {"i64", DType::kI64},   {"u8", DType::kU8}};
  auto it = names.find(s);
  if (it == names.end()) return false;
  *out = it->second;
  return true;
}

bool parse_tensor(Reader& r, const toml::table& t, const std::string& path,
                  const std::vector<std::string>& sizes, TensorDecl* out) {
  if (!r.only(t, path, {"name", "dtype", "shape", "role", "draw"})) return false;
  std::string dtype, role = "input", draw;
  if (!r.string(t, path, "name", &out->name, true) || !r.string(t, path, "dtype", &dtype, true) ||
      !r.string(t, path, "role", &role, false) || !r.string(t, path, "draw", &draw, false))
    return false;
  if (!identifier(out->name)) return r.fail(path + ".name", "'" + out->name + "' is not a name");
  if (!parse_dtype(dtype, &out->dtype))
    return r.fail(path + ".dtype", "'" + dtype + "' is not one of bf16, f16, f32, i32, i64, u8");
  static const std::map<std::string, Role> roles = {
      {"input", Role::kInput}, {"output", Role::kOutput}, {"scratch", Role::kScratch}};
  if (roles.count(role) == 0)
    return r.fail(path + ".role", "'" + role + "' is not one of input, output, scratch");
  out->role = roles.at(role);
  static const std::map<std::string, Draw> draws = {
      {"normal", Draw::kNormal}, {"uniform", Draw::kUniform}, {"ones", Draw::kOnes}};
  if (!draw.empty() && out->role != Role::kInput)
    return r.fail(path + ".draw", "only inputs are drawn");
  if (!draw.empty() && draws.count(draw) == 0)
    return r.fail(path + ".draw", "'" + draw + "' is not one of normal, uniform, ones");
  out->draw = draw.empty() ? Draw::kNormal : draws.at(draw);
  const toml::array* shape = t["shape"].as_array();
  if (shape == nullptr || shape->empty())
    return r.fail(path + ".shape", "must be a non-empty array of size expressions");
  if (shape->size() > 8) return r.fail(path + ".shape", "at most 8 dimensions");
  for (size_t i = 0; i < shape->size(); ++i) {
    SizeExpr e;
    if (!r.expr(*shape->get(i), path + ".shape[" + std::to_string(i) + "]", sizes, &e))
      return false;
    out->shape.push_back(std::move(e));
  }
  return true;
}

bool parse_root(Reader& r, const toml::table& root, KernelDecl* out) {
  if (!r.only(
          root, "",
          {"format", "sizes", "flops", "bytes", "tensor", "tolerance", "reference", "baseline"}))
    return false;
  const toml::node* format = root.get("format");
  if (format == nullptr || !format->is_integer() || format->as_integer()->get() != 1)
    return r.fail("format", "must be 1");
  const toml::array* sizes = root["sizes"].as_array();
  if (sizes == nullptr || sizes->empty())
    return r.fail("sizes", "must be a non-empty array of names");
  for (size_t i = 0; i < sizes->size(); ++i) {
    const toml::node* n = sizes->get(i);
    const std::string where = "sizes[" + std::to_string(i) + "]";
    if (!n->is_string() || !identifier(n->as_string()->get())) return r.fail(where, "not a name");
    const std::string name = n->as_string()->get();
    for (const auto& s : out->sizes) {
      if (s == name) return r.fail(where, "'" + name + "' given twice");
    }
    out->sizes.push_back(name);
  }
  for (const char* key : {"flops", "bytes"}) {
    const toml::node* n = root.get(key);
    if (n == nullptr) continue;
    SizeExpr e;
    if (!r.expr(*n, key, out->sizes, &e)) return false;
    (std::string(key) == "flops" ? out->flops : out->bytes) = std::move(e);
  }
  if (!out->flops && !out->bytes)
    return r.fail("flops", "missing (flops or bytes: the work of a call)");
  const toml::array* tensors = root["tensor"].as_array();
  if (tensors == nullptr || tensors->empty())
    return r.fail("tensor", "missing ([[tensor]] tables)");
  std::set<std::string> names(out->sizes.begin(), out->sizes.end());
  for (size_t i = 0; i < tensors->size(); ++i) {
    const std::string path = "tensor[" + std::to_string(i) + "]";
    const toml::table* t = tensors->get(i)->as_table();
    if (t == nullptr) return r.fail(path, "must be a table");
    TensorDecl d;
    if (!parse_tensor(r, *t, path, out->sizes, &d)) return false;
    if (!names.insert(d.name).second)
      return r.fail(path + ".name", "'" + d.name + "' names a size or another tensor");
    out->tensors.push_back(std::move(d));
  }
  auto has = [&](Role role) {
    for (const auto& t : out->tensors) {
      if (t.role == role) return true;
    }
    return false;
  };
  if (!has(Role::kInput) || !has(Role::kOutput))
    return r.fail("tensor", "needs at least one input and one output");
  return true;
}

bool parse_tables(Reader& r, const toml::table& root, KernelDecl* out) {
  const toml::table* tol = root["tolerance"].as_table();
  if (tol == nullptr) return r.fail("tolerance", "missing ([tolerance] atol, rtol)");
  if (!r.only(*tol, "tolerance", {"atol", "rtol"}) ||
      !r.number(*tol, "tolerance", "atol", &out->atol) ||
      !r.number(*tol, "tolerance", "rtol", &out->rtol))
    return false;
  const toml::table* ref = root["reference"].as_table();
  if (ref == nullptr) return r.fail("reference", "missing ([reference] python, function)");
  if (!r.only(*ref, "reference", {"python", "function", "framework"}) ||
      !r.string(*ref, "reference", "python", &out->reference_python, true) ||
      !r.string(*ref, "reference", "function", &out->reference_function, true) ||
      !r.string(*ref, "reference", "framework", &out->reference_framework, false))
    return false;
  if (out->reference_framework != "torch" && out->reference_framework != "numpy")
    return r.fail("reference.framework",
                  "'" + out->reference_framework + "' is neither \"torch\" nor \"numpy\"");
  const std::filesystem::path p(out->reference_python);
  bool plain = !p.empty() && p.is_relative() && p.extension() == ".py";
  for (const auto& part : p) plain = plain && part != ".." && part != ".";
  if (!plain)
    return r.fail("reference.python",
                  "'" + out->reference_python + "' is not a .py file inside the task");
  if (!identifier(out->reference_function))
    return r.fail("reference.function", "'" + out->reference_function + "' is not a name");
  return true;
}

// [[baseline]]: name (the key in a result's "baselines") and function (of the reference's file).
bool parse_baselines(Reader& r, const toml::table& root, KernelDecl* out) {
  const toml::node* node = root.get("baseline");
  if (node == nullptr) return true;
  const toml::array* list = node->as_array();
  if (list == nullptr) return r.fail("baseline", "must be an array of tables ([[baseline]])");
  std::set<std::string> names;
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string path = "baseline[" + std::to_string(i) + "]";
    const toml::table* t = list->get(i)->as_table();
    if (t == nullptr) return r.fail(path, "must be a table");
    BaselineDecl b;
    if (!r.only(*t, path, {"name", "function"}) || !r.string(*t, path, "name", &b.name, true) ||
        !r.string(*t, path, "function", &b.function, true))
      return false;
    if (!identifier(b.name)) return r.fail(path + ".name", "'" + b.name + "' is not a name");
    if (!identifier(b.function))
      return r.fail(path + ".function", "'" + b.function + "' is not a name");
    if (!names.insert(b.name).second)
      return r.fail(path + ".name", "'" + b.name + "' is named twice");
    out->baselines.push_back(std::move(b));
  }
  if (!out->baselines.empty() && out->reference_framework != "torch")
    return r.fail("baseline", "baselines are timed with torch on the GPU ([reference] framework)");
  return true;
}

}  // namespace

const char* dtype_name(DType t) {
  switch (t) {
    case DType::kBF16:
      return "bf16";
    case DType::kF16:
      return "f16";
    case DType::kF32:
      return "f32";
    case DType::kI32:
      return "i32";
    case DType::kI64:
      return "i64";
    case DType::kU8:
      return "u8";
  }
  return "?";
}

int dtype_bytes(DType t) {
  switch (t) {
    case DType::kBF16:
    case DType::kF16:
      return 2;
    case DType::kF32:
    case DType::kI32:
      return 4;
    case DType::kI64:
      return 8;
    case DType::kU8:
      return 1;
  }
  return 0;
}

const char* role_name(Role r) {
  switch (r) {
    case Role::kInput:
      return "input";
    case Role::kOutput:
      return "output";
    case Role::kScratch:
      return "scratch";
  }
  return "?";
}

bool KernelDecl::element_counts(const std::map<std::string, int64_t>& given,
                                std::vector<int64_t>* counts, std::string* error) const {
  for (const auto& s : sizes) {
    auto it = given.find(s);
    if (it == given.end() || it->second <= 0) {
      *error = "size '" + s + "' must be given, > 0";
      return false;
    }
  }
  counts->clear();
  for (const auto& t : tensors) {
    int64_t n = 1;
    for (const auto& dim : t.shape) {
      int64_t d = 0;
      std::string why;
      if (!dim.evaluate(given, &d, &why) || d <= 0 || __builtin_mul_overflow(n, d, &n)) {
        *error = "tensor '" + t.name + "': dimension " +
                 (why.empty() ? "'" + dim.text() + "' is " + std::to_string(d) +
                                    ", not > 0 (or the count overflows)"
                              : why);
        return false;
      }
    }
    counts->push_back(n);
  }
  return true;
}

bool parse_kernel_decl(const std::string& text, const std::string& origin, KernelDecl* out,
                       std::string* error) {
  toml::table root;
  try {
    root = toml::parse(text, origin);
  } catch (const toml::parse_error& e) {
    *error =
        origin + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description());
    return false;
  }
  Reader r(origin, error);
  KernelDecl d;
  if (!parse_root(r, root, &d) || !parse_tables(r, root, &d) || !parse_baselines(r, root, &d))
    return false;
  *out = std::move(d);
  return true;
}

bool tensor_shapes(const KernelDecl& decl, const std::vector<int64_t>& sizes,
                   std::vector<std::vector<int64_t>>* shapes, std::string* error) {
  std::map<std::string, int64_t> named;
  for (size_t i = 0; i < decl.sizes.size() && i < sizes.size(); ++i)
    named[decl.sizes[i]] = sizes[i];
  shapes->clear();
  for (const TensorDecl& t : decl.tensors) {
    std::vector<int64_t> shape;
    for (size_t d = 0; d < t.shape.size(); ++d) {
      int64_t v = 0;
      std::string why;
      if (!t.shape[d].evaluate(named, &v, &why) || v <= 0) {
        *error = "tensor " + t.name + ": shape[" + std::to_string(d) + "] (" + t.shape[d].text() +
                 ") " + (why.empty() ? "is " + std::to_string(v) + ", not positive" : why);
        return false;
      }
      shape.push_back(v);
    }
    shapes->push_back(std::move(shape));
  }
  return true;
}

}  // namespace avo::kernel_judge
