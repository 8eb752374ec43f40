// result_file.h -- the evaluation JSON a GPU judge writes to $AVO_RESULT (schema
// "avo.evaluation.v1", docs/evaluation-schema.md), written whole or not at all.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace avo::gpu_judge {

// Writes `doc` to `path` through a temporary file beside it and a rename, so a reader (or a judge
// killed mid-write) never sees half a result. False when it cannot.
bool write_result_atomically(const std::string& path, const nlohmann::json& doc);

}  // namespace avo::gpu_judge
