#include "avo/engine/export_signature.h"

#include <fmt/format.h>

#include <sstream>

#include "avo/engine/export_checks.h"
#include "avo/util/fs.h"
#include "avo/util/process.h"

namespace avo {
namespace fs = std::filesystem;
namespace {

Result<ProcessResult> SshKeygen(const std::vector<std::string>& args,
                                std::optional<std::string> input = std::nullopt) {
  ProcessOptions o;
  o.argv = {"ssh-keygen"};
  o.argv.insert(o.argv.end(), args.begin(), args.end());
  o.stdin_data = std::move(input);
  o.timeout = std::chrono::seconds(30);
  auto r = RunProcess(o);
  if (!r.ok()) return Status::Unavailable("ssh-keygen cannot run: " + r.status().message());
  return r;
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

Status SignExport(const fs::path& dir, const fs::path& key) {
  std::error_code ec;
  if (!fs::exists(key, ec)) return Status::InvalidArgument(key.string() + ": no such key");
  fs::remove(dir / kExportSignature, ec);
  AVO_ASSIGN_OR_RETURN(ProcessResult r,
                       SshKeygen({"-q", "-Y", "sign", "-f", key.string(), "-n", kSignatureNamespace,
                                  (dir / "export.json").string()}));
  if (!r.ok() || !fs::exists(dir / kExportSignature, ec)) {
    return Status::InvalidArgument(fmt::format("cannot sign the export with {}: {}", key.string(),
                                               FirstLine(r.err.empty() ? r.Describe() : r.err)));
  }
  return Status::Ok();
}

Result<std::string> VerifyExport(const fs::path& dir, const fs::path& allowed_signers) {
  const fs::path sig = dir / kExportSignature;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(sig, ec)))
    return Status::InvalidArgument(sig.string() + ": missing; the export is not signed");
  AVO_RETURN_IF_ERROR(CheckPlainFile(sig, ExportFileCap(kExportSignature), false));
  AVO_RETURN_IF_ERROR(CheckPlainFile(dir / "export.json", ExportFileCap("export.json"), false));
  if (!fs::is_regular_file(allowed_signers, ec))
    return Status::InvalidArgument(allowed_signers.string() + ": no such allowed-signers file");
  AVO_ASSIGN_OR_RETURN(ProcessResult who, SshKeygen({"-Y", "find-principals", "-s", sig.string(),
                                                     "-f", allowed_signers.string()}));
  const std::string principal = FirstLine(who.out);
  if (!who.ok() || principal.empty()) {
    return Status::InvalidArgument(
        fmt::format("{}: not signed by a key of {}", sig.string(), allowed_signers.string()));
  }
  AVO_ASSIGN_OR_RETURN(std::string json, ReadFile(dir / "export.json"));
  AVO_ASSIGN_OR_RETURN(ProcessResult ok,
                       SshKeygen({"-Y", "verify", "-f", allowed_signers.string(), "-I", principal,
                                  "-n", kSignatureNamespace, "-s", sig.string()},
                                 json));
  if (!ok.ok()) {
    return Status::InvalidArgument(fmt::format(
        "{}: the signature of {} does not match export.json (changed after it was signed): {}",
        sig.string(), principal, FirstLine(ok.err.empty() ? ok.out : ok.err)));
  }
  return principal;
}

}  // namespace avo
