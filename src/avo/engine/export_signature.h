// An export signed with its maker's SSH key and verified against the signers a user trusts:
// git's own scheme (`ssh-keygen -Y sign` and `-Y verify`, as `git config gpg.format ssh` uses),
// in the namespace "avo-export". What is signed is export.json, which holds the SHA-256 of every
// file of the export (run_transfer.h), so a verified signature vouches for all of them: a run
// taken from someone else can be trusted as theirs. Needs ssh-keygen (OpenSSH 8.2 or later).
#pragma once

#include <filesystem>
#include <string>

#include "avo/util/status.h"

namespace avo {

inline constexpr const char* kExportSignature = "export.json.sig";
inline constexpr const char* kSignatureNamespace = "avo-export";

// Signs `dir`/export.json with the private key `key` (an OpenSSH key file without a passphrase,
// or one ssh-agent holds: then `key` names its public half), writing `dir`/export.json.sig.
// InvalidArgument with ssh-keygen's word when it cannot sign; Unavailable without ssh-keygen.
Status SignExport(const std::filesystem::path& dir, const std::filesystem::path& key);

// Verifies `dir`/export.json.sig against `allowed_signers` (ssh-keygen's ALLOWED SIGNERS format:
// "PRINCIPAL [namespaces=\"avo-export\"] KEYTYPE KEY" per line). Returns the principal that
// signed it. InvalidArgument, naming what failed, for a missing signature, a signer not in the
// file, or a signature that does not match export.json.
Result<std::string> VerifyExport(const std::filesystem::path& dir,
                                 const std::filesystem::path& allowed_signers);

}  // namespace avo
