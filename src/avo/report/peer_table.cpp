#include "avo/report/peer_table.h"

#include <algorithm>
#include <cmath>

#include "avo/util/fs.h"

namespace avo {
namespace {

constexpr std::size_t kMaxBytes = std::size_t{4} << 20;

std::string Text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

}  // namespace

Result<PeerTable> ReadPeerTable(const std::filesystem::path& path) {
  auto bad = [&](const std::string& what) {
    return Status::InvalidArgument("--peers: " + path.string() + ": " + what);
  };
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return bad("cannot read it (" + ec.message() + ")");
  if (size > kMaxBytes) return bad("above the 4 MiB a peer table may hold");
  AVO_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return bad("not a JSON object (peers.py --json writes one)");
  auto rows = j.find("rows");
  if (rows == j.end() || !rows->is_array() || rows->empty()) return bad("no \"rows\" array");
  PeerTable t;
  t.caption = Text(j, "device") + "; " + Text(j, "date") + "; clocks " + Text(j, "clocks") + "; " +
              Text(j, "versions");
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const nlohmann::json& r = (*rows)[i];
    const std::string where = "rows[" + std::to_string(i) + "]";
    if (!r.is_object() || !r.contains("name") || !r["name"].is_string())
      return bad(where + ": no string \"name\"");
    if (!r.contains("tflops") || !r["tflops"].is_object())
      return bad(where + ": no \"tflops\" object");
    PeerRow row;
    row.name = r["name"].get<std::string>();
    for (const auto& [backend, value] : r["tflops"].items()) {
      if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() <= 0)
        return bad(where + ".tflops." + backend + ": not a positive number");
      const bool has_status = r.contains("status") && r["status"].is_object() &&
                              r["status"].contains(backend) && r["status"][backend].is_string();
      const std::string status = has_status ? r["status"][backend].get<std::string>() : "ok";
      if (status != "ok") continue;
      row.tflops[backend] = value.get<double>();
      if (std::find(t.backends.begin(), t.backends.end(), backend) == t.backends.end())
        t.backends.push_back(backend);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

nlohmann::json PeerTableJson(const PeerTable& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : t.rows) rows.push_back({{"name", r.name}, {"tflops", r.tflops}});
  return {{"caption", t.caption}, {"backends", t.backends}, {"rows", rows}};
}

}  // namespace avo
