#include "candidate.h"

#include <dlfcn.h>

namespace avo::attention {

CandidateLibrary::~CandidateLibrary() {
  // Never dlclose: a library built with the static CUDA runtime registers its kernels with the
  // driver and tears them down at unload, which races with the process's own CUDA teardown.
  handle_ = nullptr;
}

bool CandidateLibrary::open(const std::string& path, std::string* error) {
  // A bare name would be searched on the library path; make "libcandidate.so" mean the file.
  const std::string p = path.find('/') == std::string::npos ? "./" + path : path;
  handle_ = dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle_ == nullptr) {
    const char* e = dlerror();
    *error = "cannot load candidate " + p + ": " + (e ? e : "unknown dlopen error");
    return false;
  }
  dlerror();
  void* sym = dlsym(handle_, "avo_attention_forward");
  if (sym == nullptr) {
    *error = "candidate " + p + " does not export avo_attention_forward";
    return false;
  }
  forward_ = reinterpret_cast<avo_attention_forward_fn>(sym);
  return true;
}

}  // namespace avo::attention
