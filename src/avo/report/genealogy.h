// The genealogy of a population (a run of several islands, engine/population.h): every island's
// versions in order, each descended from the one before it on its island, and the migrations
// between islands as edges from the version that migrated (its Avo-Migrant trailer, "island I
// vN") to the version it became. The report draws it as an inline SVG, one column per island.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "avo/lineage/lineage.h"
#include "avo/util/status.h"

namespace avo {

struct GenealogyNode {
  int island = 0;
  int version = 0;  // the version's number on its island (0: the seed)
  double scalar = 0;
  std::string op;  // Avo-Operator
};

struct GenealogyEdge {
  int from_island = 0, from_version = 0, to_island = 0, to_version = 0;
  bool migration = false;  // false: descent on one island
};

struct Genealogy {
  int islands = 0;
  std::vector<GenealogyNode> nodes;  // island by island, versions in order
  std::vector<GenealogyEdge> edges;
};

// `lineages[i]` is island i's. Errors are the lineages'.
Result<Genealogy> BuildGenealogy(const std::vector<const Lineage*>& lineages);

// The drawing: <svg id="genealogy"> with a <g class="node"> per version (data-island,
// data-version), a <line class="edge descent"> per descent and a <path class="edge migration">
// per migration; `unit` labels the scores. Text is escaped.
std::string GenealogySvg(const Genealogy& g, const std::string& unit);

nlohmann::json GenealogyJson(const Genealogy& g);

}  // namespace avo
