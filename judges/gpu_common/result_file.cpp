#include "result_file.h"

#include <cstdio>
#include <fstream>

namespace avo::gpu_judge {

bool write_result_atomically(const std::string& path, const nlohmann::json& doc) {
  const std::string part = path + ".part";
  {
    std::ofstream f(part, std::ios::binary | std::ios::trunc);
    f << doc.dump(2) << "\n";
    if (!f) return false;
  }
  return std::rename(part.c_str(), path.c_str()) == 0;
}

}  // namespace avo::gpu_judge
