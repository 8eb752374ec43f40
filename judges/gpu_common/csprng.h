// csprng.h -- the judge's secret randomness: input seeds, sampled rows, which calls are checked
// in full. Read from the kernel's getrandom(2), never from a seed a candidate could be given.
#pragma once

#include <sys/random.h>

#include <cstdint>
#include <cstdlib>

namespace avo::gpu_judge {

inline uint64_t secure_random_u64() {
  uint64_t x = 0;
  auto* p = reinterpret_cast<unsigned char*>(&x);
  size_t got = 0;
  while (got < sizeof x) {
    const ssize_t n = getrandom(p + got, sizeof x - got, 0);
    if (n <= 0) std::abort();  // no entropy source: nothing the judge says could be trusted
    got += static_cast<size_t>(n);
  }
  return x;
}

// Uniform in [0, 1).
inline double secure_random_unit() {
  return static_cast<double>(secure_random_u64() >> 11) * (1.0 / 9007199254740992.0);
}

}  // namespace avo::gpu_judge
