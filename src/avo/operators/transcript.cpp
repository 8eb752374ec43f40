#include "avo/operators/transcript.h"

#include "avo/util/time.h"

namespace avo {

Transcript::Transcript(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  out_.open(path, std::ios::app);
}

void Transcript::Write(const std::string& type, nlohmann::json record) {
  if (!out_.good()) return;
  if (!record.is_object()) record = {{"value", std::move(record)}};
  record["type"] = type;
  record["time"] = NowIso8601();
  // Invalid UTF-8 from tool output must not make the record unwritable.
  out_ << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  out_.flush();
}

}  // namespace avo
