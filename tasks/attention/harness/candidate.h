// candidate.h -- loading a candidate library (libcandidate.so) and finding its entry point.
#pragma once

#include <string>

#include "avo_attention.h"

namespace avo::attention {

class CandidateLibrary {
 public:
  CandidateLibrary() = default;
  ~CandidateLibrary();
  CandidateLibrary(const CandidateLibrary&) = delete;
  CandidateLibrary& operator=(const CandidateLibrary&) = delete;

  // dlopen(path, RTLD_NOW | RTLD_LOCAL) and dlsym("avo_attention_forward"). False with a
  // one-line reason (dlerror's text) in *error.
  bool open(const std::string& path, std::string* error);

  [[nodiscard]] avo_attention_forward_fn forward() const { return forward_; }

 private:
  void* handle_ = nullptr;
  avo_attention_forward_fn forward_ = nullptr;
};

}  // namespace avo::attention
