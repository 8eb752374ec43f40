// SHA-256 (OpenSSL's libcrypto) of bytes and of files, as 64 lowercase hex digits: the identity
// of the files a run trusts (eval/trusted_files.h). HashFileSet (fs.h) is a fast hash for
// telling candidates apart; this one is for telling tampering apart.
#pragma once

#include <filesystem>
#include <string>

#include "avo/util/status.h"

namespace avo {

std::string Sha256Hex(const std::string& bytes);
// Reads the file in blocks (harness binaries can be large).
Result<std::string> Sha256File(const std::filesystem::path& path);

}  // namespace avo
