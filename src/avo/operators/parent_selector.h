// How an operator picks the parent of its next candidate from the lineage (AVO §2: Vary(P_t) may
// draw on any earlier version, not only the best). One protocol for every operator that samples
// a parent, so a new selection rule is written once and a run can swap it without touching the
// operators.
//
// The lineage is monotone: each committed version beats the one before it, so the newest version
// is the best and a later version is a better one. Selectors rely on that instead of re-reading
// scores.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "avo/lineage/lineage.h"

namespace avo {

class ParentSelector {
 public:
  virtual ~ParentSelector() = default;
  [[nodiscard]] virtual std::string name() const = 0;
  // `versions`: the lineage, seed first; must not be empty. Draws from `rng` (the run's random
  // state), so a resumed run draws as the uninterrupted one would have.
  virtual const Version& Select(const std::vector<Version>& versions,
                                std::mt19937_64& rng) const = 0;
};

// Always the best version. Draws nothing.
class BestSelector final : public ParentSelector {
 public:
  [[nodiscard]] std::string name() const override { return "best"; }
  const Version& Select(const std::vector<Version>& versions, std::mt19937_64& rng) const override;
};

// The best version with probability `p_best`, else a uniformly drawn earlier one: exploitation
// with some diversity in a linear lineage. The default of mutate and llm-rewrite (p_best 0.7).
class BestOrEarlierSelector final : public ParentSelector {
 public:
  explicit BestOrEarlierSelector(double p_best = 0.7) : p_best_(p_best) {}
  [[nodiscard]] std::string name() const override { return "best-or-earlier"; }
  const Version& Select(const std::vector<Version>& versions, std::mt19937_64& rng) const override;

 private:
  double p_best_;
};

// Tournament selection: `size` versions drawn uniformly (with replacement), the best of them
// wins. Pressure grows with `size`; 1 is a uniform draw.
class TournamentSelector final : public ParentSelector {
 public:
  explicit TournamentSelector(std::size_t size = 3) : size_(size < 1 ? 1 : size) {}
  [[nodiscard]] std::string name() const override { return "tournament"; }
  const Version& Select(const std::vector<Version>& versions, std::mt19937_64& rng) const override;

 private:
  std::size_t size_;
};

}  // namespace avo
