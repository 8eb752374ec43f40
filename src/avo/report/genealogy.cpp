#include "avo/report/genealogy.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <regex>
#include <utility>

#include "avo/lineage/trailers.h"
#include "avo/report/html_report.h"

namespace avo {
namespace {

constexpr int kColumn = 220, kRow = 56, kMargin = 40, kRadius = 9;

int X(int island) { return kMargin + island * kColumn; }
int Y(int version) { return kMargin + 24 + version * kRow; }

// "island I vN" (the Avo-Migrant trailer) -> {I, N}; nullopt for anything else.
std::optional<std::pair<int, int>> ParseMigrant(const std::string& text) {
  static const std::regex form(R"(island (\d{1,6}) v(\d{1,9}))");
  std::smatch m;
  if (!std::regex_match(text, m, form)) return std::nullopt;
  return std::pair<int, int>{std::stoi(m[1].str()), std::stoi(m[2].str())};
}

}  // namespace

Result<Genealogy> BuildGenealogy(const std::vector<const Lineage*>& lineages) {
  Genealogy g;
  g.islands = static_cast<int>(lineages.size());
  for (int island = 0; island < g.islands; ++island) {
    AVO_ASSIGN_OR_RETURN(auto versions, lineages[static_cast<std::size_t>(island)]->Versions());
    for (const Version& v : versions) {
      auto op = v.trailers.find(trailer::kOperator);
      g.nodes.push_back({island, v.number, v.scalar, op != v.trailers.end() ? op->second : ""});
      if (v.number > 0) g.edges.push_back({island, v.number - 1, island, v.number, false});
      auto migrant = v.trailers.find(trailer::kMigrant);
      const auto from = migrant != v.trailers.end() ? ParseMigrant(migrant->second)
                                                    : std::optional<std::pair<int, int>>();
      if (from && from->first < g.islands) {
        g.edges.push_back({from->first, from->second, island, v.number, true});
      }
    }
  }
  return g;
}

std::string GenealogySvg(const Genealogy& g, const std::string& unit) {
  int rows = 1;
  for (const auto& n : g.nodes) rows = std::max(rows, n.version + 1);
  const int width = 2 * kMargin + std::max(1, g.islands) * kColumn;
  const int height = 2 * kMargin + 24 + rows * kRow;
  std::string out = fmt::format(
      "<svg id=\"genealogy\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" "
      "role=\"img\" aria-label=\"versions per island and migrations\">\n"
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
      "fill=\"#c0392b\"/></marker></defs>\n",
      width, height);
  for (int island = 0; island < g.islands; ++island) {
    out += fmt::format(
        "<text class=\"island\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" "
        "font-weight=\"bold\">island {}</text>\n",
        X(island), kMargin, island);
  }
  for (const auto& e : g.edges) {
    const int x1 = X(e.from_island), y1 = Y(e.from_version), x2 = X(e.to_island),
              y2 = Y(e.to_version);
    if (!e.migration) {
      out += fmt::format(
          "<line class=\"edge descent\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" "
          "stroke=\"#888\" stroke-width=\"2\"/>\n",
          x1, y1 + kRadius, x2, y2 - kRadius);
    } else {
      // Below the row, from the bottom of one node to the bottom of the other: clear of the
      // labels, which sit to the right of the nodes.
      const int dip = kRow * 3 / 5;
      out += fmt::format(
          "<path class=\"edge migration\" data-from=\"{} v{}\" data-to=\"{} v{}\" "
          "d=\"M{},{} C{},{} {},{} {},{}\" fill=\"none\" stroke=\"#c0392b\" "
          "stroke-width=\"2\" stroke-dasharray=\"6 4\" marker-end=\"url(#arrow)\"/>\n",
          e.from_island, e.from_version, e.to_island, e.to_version, x1, y1 + kRadius, x1, y1 + dip,
          x2, y2 + dip, x2, y2 + kRadius);
    }
  }
  for (const auto& n : g.nodes) {
    out += fmt::format(
        "<g class=\"node\" data-island=\"{}\" data-version=\"{}\"><circle cx=\"{}\" cy=\"{}\" "
        "r=\"{}\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" paint-order=\"stroke\" "
        "stroke=\"#fff\" stroke-width=\"3\">v{} {:.4g} {} ({})</text>"
        "</g>\n",
        n.island, n.version, X(n.island), Y(n.version), kRadius,
        n.op == "migration" ? "#c0392b" : "#2e86c1", X(n.island) + 14, Y(n.version) + 4, n.version,
        n.scalar, HtmlEscape(unit), HtmlEscape(n.op));
  }
  return out + "</svg>\n";
}

nlohmann::json GenealogyJson(const Genealogy& g) {
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (const auto& n : g.nodes) {
    nodes.push_back(
        {{"island", n.island}, {"version", n.version}, {"scalar", n.scalar}, {"operator", n.op}});
  }
  for (const auto& e : g.edges) {
    edges.push_back({{"from", {{"island", e.from_island}, {"version", e.from_version}}},
                     {"to", {{"island", e.to_island}, {"version", e.to_version}}},
                     {"migration", e.migration}});
  }
  return {{"islands", g.islands}, {"nodes", nodes}, {"edges", edges}};
}

}  // namespace avo
