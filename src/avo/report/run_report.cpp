#include "avo/report/run_report.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "avo/lineage/trailers.h"
#include "avo/report/tables.h"

namespace avo {
namespace {

std::string Trailer(const Version& v, const char* key) {
  auto it = v.trailers.find(key);
  return it == v.trailers.end() ? "" : it->second;
}

// Values and baselines from a version's stored score (Evaluation::ToJson form); a score that
// does not parse leaves them empty rather than failing the whole report.
void FillScores(const Version& v, ReportVersion& out) {
  auto e = Evaluation::FromJson(v.score);
  if (!e.ok()) return;
  for (const auto& c : e->configs) {
    out.values[c.name] = c.value;
    if (!c.baselines.empty()) out.baselines[c.name] = c.baselines;
  }
}

Result<ReportVersion> MakeVersion(const Lineage& lineage, const Version& v, const Version* prev) {
  ReportVersion out;
  out.number = v.number;
  out.commit = v.commit;
  out.op = Trailer(v, trailer::kOperator);
  out.message = v.message;
  out.time = v.time;
  out.scalar = v.scalar;
  out.step = std::strtoll(Trailer(v, trailer::kStep).c_str(), nullptr, 10);
  FillScores(v, out);
  if (auto h = HeldOutOf(v, prev)) {
    out.held_out_ratio = h->ratio;
    out.held_out_gap = h->gap;
  }
  if (prev != nullptr) {
    auto diff = lineage.Diff(prev->commit, v.commit);
    if (!diff.ok()) return diff.status();
    out.diff = std::move(diff).value();
  } else {
    auto files = lineage.Files(v.commit);
    if (!files.ok()) return files.status();
    out.diff = DiffFileSets({}, *files);
  }
  if (out.diff.size() > kReportDiffLimit) {
    out.diff.resize(kReportDiffLimit);
    out.diff_truncated = true;
  }
  return out;
}

// The configuration names of the suite the best version was scored on, split by `causal` when
// the suite has both kinds; else one series of every configuration the best version has.
std::vector<ReportSeries> SplitSeries(const TaskSpec& task, const RunReport& r) {
  std::vector<std::string> plain, causal;
  const Suite* suite = r.suite.empty() ? nullptr : task.FindSuite(r.suite);
  if (suite != nullptr) {
    for (const auto& c : suite->configs) {
      const bool is_causal =
          c.params.is_object() && c.params.value("causal", nlohmann::json(false)) == true;
      (is_causal ? causal : plain).push_back(c.name);
    }
  } else if (!r.versions.empty()) {
    for (const auto& [name, value] : r.versions.back().values) plain.push_back(name);
  }
  if (!plain.empty() && !causal.empty())
    return {ReportSeries{"non-causal", plain, {}, {}}, ReportSeries{"causal", causal, {}, {}}};
  plain.insert(plain.end(), causal.begin(), causal.end());
  return {ReportSeries{"all", plain, {}, {}}};
}

double SeriesGeomean(const std::map<std::string, double>& values,
                     const std::vector<std::string>& configs) {
  std::vector<double> xs;
  for (const auto& c : configs) {
    auto it = values.find(c);
    xs.push_back(it == values.end() ? 0.0 : it->second);
  }
  return Geomean(xs);
}

void FillSeries(ReportSeries& s, const RunReport& r) {
  double best = 0;
  bool have = false;
  for (const auto& v : r.versions) {
    const double g = SeriesGeomean(v.values, s.configs);
    if (g > 0 && (!have || IsBetter(r.direction, g, best))) {
      best = g;
      have = true;
    }
    s.points.push_back({v.number, v.step, g, best});
  }
  if (r.versions.empty()) return;
  // Baselines measured beside the best version; only names every configuration of the series has.
  std::map<std::string, std::map<std::string, double>> by_name;
  for (const auto& [config, bases] : r.versions.back().baselines) {
    for (const auto& [name, value] : bases) by_name[name][config] = value;
  }
  for (const auto& [name, values] : by_name) {
    const double g = SeriesGeomean(values, s.configs);
    if (g > 0) s.baselines[name] = g;
  }
}

std::vector<ReportStep> CostPerStep(const std::vector<AttemptRecord>& attempts,
                                    const std::vector<EventRecord>& events) {
  std::map<std::int64_t, ReportStep> steps;
  auto add = [&steps](std::int64_t step, const AttemptCost& c) {
    ReportStep& s = steps[step];
    s.step = step;
    s.cost.tokens_in += c.tokens_in;
    s.cost.tokens_out += c.tokens_out;
    s.cost.cost_usd += c.cost_usd;
  };
  for (const auto& a : attempts) {
    add(a.step, a.cost);
    ++steps[a.step].attempts;
    steps[a.step].wall_s += a.duration_s;
  }
  for (const auto& e : events) {
    if (!e.data.is_object() || !e.data.contains("cost") || !e.data["cost"].is_object()) continue;
    const auto& c = e.data["cost"];
    add(e.step, AttemptCost{c.value("tokens_in", std::int64_t{0}),
                            c.value("tokens_out", std::int64_t{0}), c.value("cost_usd", 0.0)});
  }
  std::vector<ReportStep> out;
  out.reserve(steps.size());
  for (auto& [step, s] : steps) out.push_back(s);
  return out;
}

}  // namespace

Result<RunReport> BuildRunReport(const std::string& run_name, const TaskSpec& task,
                                 const Lineage& lineage, const Archive& archive) {
  return BuildRunReport(run_name, task, std::vector<const Lineage*>{&lineage}, archive);
}

Result<RunReport> BuildRunReport(const std::string& run_name, const TaskSpec& task,
                                 const std::vector<const Lineage*>& lineages,
                                 const Archive& archive) {
  AVO_ASSIGN_OR_RETURN(RunStatus status, ReadRunStatus(run_name, task, lineages, archive));
  const Lineage& lineage = *lineages.at(static_cast<std::size_t>(status.best_island));
  RunReport r;
  r.island = status.best_island;
  r.islands = std::move(status.islands);
  r.run = run_name;
  r.task = task.name;
  r.unit = task.unit;
  r.direction = task.direction;
  auto versions = lineage.Versions();
  if (!versions.ok()) return versions.status();
  for (std::size_t i = 0; i < versions->size(); ++i) {
    auto v = MakeVersion(lineage, (*versions)[i], i == 0 ? nullptr : &(*versions)[i - 1]);
    if (!v.ok()) return v.status();
    r.versions.push_back(std::move(v).value());
  }
  if (!versions->empty()) r.suite = versions->back().score.value("suite", "");
  auto attempts = archive.Attempts();
  if (!attempts.ok()) return attempts.status();
  r.attempts.assign(attempts->rbegin(), attempts->rend());
  auto events = archive.Events();
  if (!events.ok()) return events.status();
  std::sort(events->begin(), events->end(),
            [](const EventRecord& a, const EventRecord& b) { return a.id < b.id; });
  for (const auto& e : *events) {
    if (e.kind == "intervention") r.interventions.push_back(e);
  }
  r.series = SplitSeries(task, r);
  for (auto& s : r.series) FillSeries(s, r);
  r.steps = CostPerStep(r.attempts, *events);
  auto spent = archive.Spent();
  if (!spent.ok()) return spent.status();
  r.spent = *spent;
  AVO_ASSIGN_OR_RETURN(r.genealogy, BuildGenealogy(lineages));
  return r;
}

namespace {

nlohmann::json VersionJson(const ReportVersion& v) {
  return {{"number", v.number},
          {"step", v.step},
          {"commit", v.commit},
          {"operator", v.op},
          {"message", v.message},
          {"time", v.time},
          {"scalar", v.scalar},
          {"values", v.values},
          {"baselines", v.baselines},
          {"diff", v.diff},
          {"diff_truncated", v.diff_truncated},
          {"held_out_ratio", v.held_out_ratio ? nlohmann::json(*v.held_out_ratio) : nullptr},
          {"held_out_gap", v.held_out_gap ? nlohmann::json(*v.held_out_gap) : nullptr}};
}

nlohmann::json SeriesJson(const ReportSeries& s) {
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : s.points) {
    points.push_back(
        {{"version", p.version}, {"step", p.step}, {"geomean", p.geomean}, {"best", p.best}});
  }
  return {{"name", s.name}, {"configs", s.configs}, {"points", points}, {"baselines", s.baselines}};
}

}  // namespace

nlohmann::json RunReportJson(const RunReport& r) {
  nlohmann::json j = {
      {"run", r.run},     {"task", r.task},
      {"unit", r.unit},   {"direction", r.direction == Direction::kHigher ? "higher" : "lower"},
      {"suite", r.suite}, {"spent", CostToJson(r.spent)}};
  auto& versions = j["versions"] = nlohmann::json::array();
  for (const auto& v : r.versions) versions.push_back(VersionJson(v));
  auto& attempts = j["attempts"] = nlohmann::json::array();
  for (const auto& a : r.attempts) attempts.push_back(AttemptJson(a));
  auto& interventions = j["interventions"] = nlohmann::json::array();
  for (const auto& e : r.interventions) {
    interventions.push_back(
        {{"time", e.time}, {"step", e.step}, {"message", e.message}, {"data", e.data}});
  }
  auto& series = j["series"] = nlohmann::json::array();
  for (const auto& s : r.series) series.push_back(SeriesJson(s));
  auto& steps = j["steps"] = nlohmann::json::array();
  for (const auto& s : r.steps) {
    steps.push_back({{"step", s.step},
                     {"attempts", s.attempts},
                     {"cost", CostToJson(s.cost)},
                     {"wall_s", s.wall_s}});
  }
  j["island"] = r.island;
  auto& islands = j["islands"] = nlohmann::json::array();
  for (const auto& is : r.islands) islands.push_back(IslandJson(is));
  j["genealogy"] = GenealogyJson(r.genealogy);
  return j;
}

}  // namespace avo
