#include "config.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace avo::attention {
namespace {

bool read_int(const nlohmann::json& params, const char* key, int lo, int hi, int* out,
              std::string* error) {
  const auto it = params.find(key);
  if (it == params.end()) {
    *error = std::string("missing key '") + key + "'";
    return false;
  }
  if (!it->is_number_integer()) {
    *error = std::string("key '") + key + "': expected an integer, got " + it->dump();
    return false;
  }
  const auto v = it->get<int64_t>();
  if (v < lo || v > hi) {
    *error = std::string("key '") + key + "': " + std::to_string(v) + " is outside [" +
             std::to_string(lo) + ", " + std::to_string(hi) + "]";
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool read_tolerance(const nlohmann::json& j, const char* key, double* out, std::string* error) {
  const auto it = j.find(key);
  if (it == j.end()) return true;  // optional: keep the default
  if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0) {
    *error =
        std::string("tolerance '") + key + "': expected a non-negative number, got " + it->dump();
    return false;
  }
  *out = it->get<double>();
  return true;
}

bool read_workspaces(const nlohmann::json& request, std::vector<std::string>* out,
                     std::string* error) {
  const auto w = request.find("workspaces");
  if (w == request.end()) return true;
  if (!w->is_array() || w->empty()) {
    *error = "request: 'workspaces' must be a non-empty array of absolute directory paths";
    return false;
  }
  for (size_t i = 0; i < w->size(); ++i) {
    const auto& d = (*w)[i];
    // A relative path would resolve against wherever the command happens to run.
    if (!d.is_string() || d.get<std::string>().empty() || d.get<std::string>()[0] != '/') {
      *error = "request: workspaces[" + std::to_string(i) + "]: expected an absolute path, got " +
               d.dump();
      return false;
    }
    out->push_back(d.get<std::string>());
  }
  return true;
}

}  // namespace

std::string AttentionShape::describe() const {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on long operator+ chains.
  std::string out;
  out.append("b").append(std::to_string(batch));
  out.append(" hq").append(std::to_string(heads_q));
  out.append(" hkv").append(std::to_string(heads_kv));
  out.append(" sq").append(std::to_string(seqlen_q));
  out.append(" sk").append(std::to_string(seqlen_k));
  out.append(" d").append(std::to_string(head_dim));
  out.append(causal ? " causal" : " non-causal");
  return out;
}

bool reference_supports_head_dim(int head_dim) {
  return head_dim == 64 || head_dim == 128 || head_dim == 256;
}

bool parse_shape(const nlohmann::json& params, AttentionShape* out, std::string* error) {
  if (!params.is_object()) {
    *error = "params: expected an object";
    return false;
  }
  constexpr int kMaxDim = 1 << 24;
  AttentionShape s;
  if (!read_int(params, "batch", 1, 65535, &s.batch, error) ||
      !read_int(params, "heads_q", 1, 65535, &s.heads_q, error) ||
      !read_int(params, "heads_kv", 1, 65535, &s.heads_kv, error) ||
      !read_int(params, "seqlen_q", 1, kMaxDim, &s.seqlen_q, error) ||
      !read_int(params, "seqlen_k", 1, kMaxDim, &s.seqlen_k, error) ||
      !read_int(params, "head_dim", 1, 1024, &s.head_dim, error)) {
    return false;
  }
  const auto c = params.find("causal");
  if (c == params.end()) {
    *error = "missing key 'causal'";
    return false;
  }
  if (c->is_boolean()) {
    s.causal = c->get<bool>();
  } else if (c->is_number_integer() && (c->get<int64_t>() == 0 || c->get<int64_t>() == 1)) {
    s.causal = c->get<int64_t>() == 1;
  } else {
    *error = "key 'causal': expected true/false, got " + c->dump();
    return false;
  }
  if (s.heads_q % s.heads_kv != 0) {
    *error = "heads_q (" + std::to_string(s.heads_q) + ") is not a multiple of heads_kv (" +
             std::to_string(s.heads_kv) + ")";
    return false;
  }
  if (!reference_supports_head_dim(s.head_dim)) {
    *error = "head_dim " + std::to_string(s.head_dim) + " is not one of 64, 128, 256";
    return false;
  }
  // Keep every tensor well inside what one allocation and 64-bit offsets handle.
  constexpr int64_t kMaxElems = int64_t{1} << 34;
  if (s.q_elems() > kMaxElems || s.kv_elems() > kMaxElems) {
    *error = "tensors too large for the harness (more than 2^34 elements)";
    return false;
  }
  *out = s;
  return true;
}

bool parse_request(const nlohmann::json& request, EvalRequest* out, std::string* error) {
  if (!request.is_object()) {
    *error = "request: expected a JSON object";
    return false;
  }
  EvalRequest r;
  if (const auto s = request.find("suite"); s != request.end() && s->is_string()) {
    r.suite = s->get<std::string>();
  }
  const auto configs = request.find("configs");
  if (configs == request.end() || !configs->is_array() || configs->empty()) {
    *error = "request: 'configs' must be a non-empty array";
    return false;
  }
  for (size_t i = 0; i < configs->size(); ++i) {
    const auto& c = (*configs)[i];
    const std::string where = "configs[" + std::to_string(i) + "]";
    if (!c.is_object() || !c.contains("name") || !c["name"].is_string() ||
        c["name"].get<std::string>().empty()) {
      *error = where + ": expected an object with a non-empty string 'name'";
      return false;
    }
    NamedConfig nc;
    nc.name = c["name"].get<std::string>();
    std::string why;
    if (!c.contains("params") || !parse_shape(c["params"], &nc.shape, &why)) {
      *error = where + " ('" + nc.name + "'): " + (why.empty() ? "missing 'params'" : why);
      return false;
    }
    r.configs.push_back(std::move(nc));
  }
  if (const auto t = request.find("tolerance"); t != request.end() && !t->is_null()) {
    if (!t->is_object()) {
      *error = "request: 'tolerance' must be an object";
      return false;
    }
    if (!read_tolerance(*t, "atol", &r.tolerance.atol, error) ||
        !read_tolerance(*t, "rtol", &r.tolerance.rtol, error) ||
        !read_tolerance(*t, "lse_atol", &r.tolerance.lse_atol, error) ||
        !read_tolerance(*t, "lse_rtol", &r.tolerance.lse_rtol, error) ||
        !read_tolerance(*t, "max_rel_l2", &r.tolerance.max_rel_l2, error)) {
      return false;
    }
  }
  if (const auto b = request.find("baselines"); b != request.end() && b->is_boolean()) {
    r.baselines = b->get<bool>();
  }
  if (!read_workspaces(request, &r.workspaces, error)) return false;
  *out = std::move(r);
  return true;
}

}  // namespace avo::attention
