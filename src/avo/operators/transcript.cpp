#include "avo/operators/transcript.h"

#include <fmt/format.h>

#include "avo/util/time.h"

namespace avo {

Transcript::Transcript(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  out_.open(path, std::ios::app);
}

namespace {

void CutLongStrings(nlohmann::json& j) {
  if (j.is_string()) {
    auto& s = j.get_ref<std::string&>();
    if (s.size() <= Transcript::kMaxStringBytes) return;
    constexpr std::size_t kKeep = std::size_t{32} * 1024;
    s = s.substr(0, kKeep) +
        fmt::format("\n[... {} bytes left out of the transcript ...]\n", s.size() - 2 * kKeep) +
        s.substr(s.size() - kKeep);
  } else if (j.is_structured()) {
    for (auto& v : j) CutLongStrings(v);
  }
}

}  // namespace

void Transcript::Write(const std::string& type, nlohmann::json record) {
  if (!out_.good()) return;
  if (!record.is_object()) record = {{"value", std::move(record)}};
  CutLongStrings(record);
  record["type"] = type;
  record["time"] = NowIso8601();
  // Invalid UTF-8 from tool output must not make the record unwritable.
  out_ << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  out_.flush();
}

}  // namespace avo
