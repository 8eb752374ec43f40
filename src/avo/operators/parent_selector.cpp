#include "avo/operators/parent_selector.h"

#include <algorithm>

namespace avo {

const Version& BestSelector::Select(const std::vector<Version>& versions,
                                    std::mt19937_64& /*rng*/) const {
  return versions.back();
}

const Version& BestOrEarlierSelector::Select(const std::vector<Version>& versions,
                                             std::mt19937_64& rng) const {
  // The probability is drawn even for a lone seed, so runs draw the same sequence as before this
  // protocol existed (a resumed run must repeat its draws).
  std::uniform_real_distribution<double> unit(0, 1);
  if (unit(rng) < p_best_ || versions.size() == 1) return versions.back();
  return versions[std::uniform_int_distribution<std::size_t>(0, versions.size() - 2)(rng)];
}

const Version& TournamentSelector::Select(const std::vector<Version>& versions,
                                          std::mt19937_64& rng) const {
  std::uniform_int_distribution<std::size_t> any(0, versions.size() - 1);
  std::size_t winner = 0;
  for (std::size_t i = 0; i < size_; ++i) winner = std::max(winner, any(rng));
  return versions[winner];
}

}  // namespace avo
