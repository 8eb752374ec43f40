#include "sampling.h"

#include <algorithm>
#include <set>

namespace avo::attention {
namespace {

// Uniform in [0, n) without modulo bias (n > 0).
int64_t below(int64_t n, const std::function<uint64_t()>& random) {
  const uint64_t un = static_cast<uint64_t>(n);
  const uint64_t limit = UINT64_MAX - UINT64_MAX % un;
  uint64_t x = random();
  while (x >= limit) x = random();
  return static_cast<int64_t>(x % un);
}

}  // namespace

std::vector<SampleGroup> draw_sample_groups(const AttentionShape& s, int groups,
                                            const std::function<uint64_t()>& random) {
  const int64_t pairs = int64_t{s.batch} * s.heads_q;
  std::set<int64_t> chosen_pairs;
  std::vector<SampleGroup> out;
  for (int g = 0; g < groups; ++g) {
    int64_t pair = below(pairs, random);
    // Distinct pairs while any are left; repeats only on problems with fewer pairs than groups.
    if (static_cast<int64_t>(chosen_pairs.size()) < pairs) {
      while (chosen_pairs.count(pair) != 0) pair = below(pairs, random);
    }
    chosen_pairs.insert(pair);
    SampleGroup sg;
    sg.batch = static_cast<int>(pair / s.heads_q);
    sg.head = static_cast<int>(pair % s.heads_q);
    const int n = std::min<int>(kSampleGroupRows, s.seqlen_q);
    std::set<int> rows;
    while (static_cast<int>(rows.size()) < n)
      rows.insert(static_cast<int>(below(s.seqlen_q, random)));
    std::fill(std::begin(sg.rows), std::end(sg.rows), -1);
    std::copy(rows.begin(), rows.end(), sg.rows);
    out.push_back(sg);
  }
  return out;
}

int64_t sampled_rows(const std::vector<SampleGroup>& groups) {
  int64_t n = 0;
  for (const auto& g : groups) {
    for (int r : g.rows) n += r >= 0 ? 1 : 0;
  }
  return n;
}

}  // namespace avo::attention
