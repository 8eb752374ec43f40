#include "avo/report/html_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <system_error>

#include "avo/report/tables.h"
#include "avo/util/fs.h"
#include "avo/util/time.h"

namespace avo {
namespace {

// The page's own script: draws the running-best curves (one chart per series, baselines as
// dashed horizontal lines) and the best version's bars against the baselines, from the JSON the
// page embeds. Animation is off so that a screenshot taken at load shows the finished charts.
constexpr const char* kDrawScript = R"JS(
(function () {
  const data = JSON.parse(document.getElementById('avo-data').textContent);
  const palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#17becf'];
  const fmt = (x) => (typeof x === 'number' ? x.toPrecision(4) : String(x));
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  let made = 0;
  data.series.forEach(function (s, i) {
    const canvas = document.getElementById('chart-best-' + i);
    const pts = s.points.filter((p) => p.best > 0);
    if (!canvas || pts.length === 0) return;
    // The best holds until the last step run, not only until the last commit.
    const steps = pts.map((p) => p.step).concat(data.attempts.map((a) => a.step));
    const lo = Math.min.apply(null, steps);
    const hi = Math.max(Math.max.apply(null, steps), lo + 1);
    const line = pts.map((p) => ({x: p.step, y: p.best, version: p.version}));
    const last = line[line.length - 1];
    if (last.x < hi) line.push({x: hi, y: last.y, version: last.version});
    const datasets = [{
      label: 'running best geomean (' + s.name + ')', stepped: 'before', data: line,
      borderColor: palette[0], backgroundColor: palette[0], pointRadius: 3,
    }];
    Object.keys(s.baselines).forEach(function (name, k) {
      const c = palette[(k + 1) % palette.length];
      datasets.push({label: name, data: [{x: lo, y: s.baselines[name]}, {x: hi, y: s.baselines[name]}],
                     borderColor: c, backgroundColor: c, borderDash: [6, 4], pointRadius: 0});
    });
    new Chart(canvas, {type: 'line', data: {datasets: datasets}, options: {
      scales: {x: {type: 'linear', title: {display: true, text: 'step'}},
               y: {title: {display: true, text: data.unit}}},
      plugins: {title: {display: true, text: 'Running best, ' + s.name + ' configurations'},
                tooltip: {callbacks: {label: (c) => (c.raw.version !== undefined ? 'v' + c.raw.version + ': ' : c.dataset.label + ': ') + fmt(c.raw.y) + ' ' + data.unit}}}}});
    made++;
  });
  const best = data.versions[data.versions.length - 1];
  const bars = document.getElementById('chart-configs');
  if (best && bars) {
    const configs = Object.keys(best.values);
    const names = [];
    configs.forEach((c) => Object.keys(best.baselines[c] || {}).forEach((n) => { if (!names.includes(n)) names.push(n); }));
    const datasets = [{label: 'v' + best.number, data: configs.map((c) => best.values[c]), backgroundColor: palette[0]}];
    names.forEach((n, k) => datasets.push({label: n, backgroundColor: palette[(k + 1) % palette.length],
      data: configs.map((c) => (best.baselines[c] || {})[n] ?? null)}));
    new Chart(bars, {type: 'bar', data: {labels: configs, datasets: datasets}, options: {
      scales: {y: {title: {display: true, text: data.unit}}},
      plugins: {title: {display: true, text: 'Best version v' + best.number + ' per configuration'}}}});
    made++;
  }
  const peers = document.getElementById('chart-peers');
  if (data.peers && peers) {
    const labels = data.peers.rows.map((r) => r.name);
    const datasets = data.peers.backends.map((b, k) => ({label: b, backgroundColor: palette[k % palette.length],
      data: data.peers.rows.map((r) => r.tflops[b] ?? null)}));
    new Chart(peers, {type: 'bar', data: {labels: labels, datasets: datasets}, options: {
      scales: {y: {title: {display: true, text: 'TFLOPS'}}},
      plugins: {title: {display: true, text: 'Peer benchmark, as users run it (L2 flushed, back to back)'}}}});
    made++;
  }
  document.body.dataset.chartsReady = String(made);
})();
)JS";

constexpr const char* kStyle = R"CSS(
body { font-family: sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
tr.committed td { background: #e8f5e9; }
tr.failed td, tr.interrupted td { background: #fdecea; }
.genealogy { overflow-x: auto; }
.chart { position: relative; height: 320px; max-width: 1100px; margin-bottom: 1em; }
pre { background: #f6f6f6; padding: 6px; overflow-x: auto; max-height: 40em; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
)CSS";

std::string Num(double x) { return fmt::format("{:.4g}", x); }

std::string Td(const std::string& text, bool num = false) {
  return (num ? "<td class=\"num\">" : "<td>") + HtmlEscape(text) + "</td>";
}

std::string Header(const RunReport& r) {
  std::string out = "<h1>avo report: " + HtmlEscape(r.task) + "</h1>\n<p>run " + HtmlEscape(r.run) +
                    ", generated " + HtmlEscape(NowIso8601()) + "</p>\n";
  if (r.versions.empty()) return out + "<p id=\"best\">no version yet</p>\n";
  const auto& b = r.versions.back();
  const double seed = r.versions.front().scalar;
  out += fmt::format(
      "<p id=\"best\">best v{} ({}): {} {} on suite {}, {:.2f}x the seed's {}; {} "
      "versions, {} attempts, {} tokens, {:.2f} USD</p>\n",
      b.number, HtmlEscape(b.commit.substr(0, 10)), Num(b.scalar), HtmlEscape(r.unit),
      HtmlEscape(r.suite), seed > 0 ? b.scalar / seed : 0.0, Num(seed), r.versions.size(),
      r.attempts.size(), r.spent.tokens_in + r.spent.tokens_out, r.spent.cost_usd);
  return out;
}

std::string Charts(const RunReport& r) {
  std::string out = "<h2>Running best</h2>\n";
  for (std::size_t i = 0; i < r.series.size(); ++i)
    out += fmt::format("<div class=\"chart\"><canvas id=\"chart-best-{}\"></canvas></div>\n", i);
  out += "<h2>Best version per configuration</h2>\n";
  out += "<div class=\"chart\"><canvas id=\"chart-configs\"></canvas></div>\n";
  return out;
}

std::string AttemptRow(const AttemptRecord& a) {
  std::string row = "<tr class=\"attempt " + HtmlEscape(a.status) + "\">";
  row += Td(std::to_string(a.id), true) + Td(std::to_string(a.step), true) + Td(a.op);
  row += Td(a.parent_version < 0 ? "-" : "v" + std::to_string(a.parent_version));
  row += Td(a.status) + Td(a.outcome) + Td(a.correct ? Num(a.scalar) : "-", true);
  row += Td(a.version < 0 ? "" : "v" + std::to_string(a.version));
  row += Td(a.reason) + Td(FormatDuration(a.duration_s), true);
  row += Td(std::to_string(a.cost.tokens_in + a.cost.tokens_out), true);
  row += Td(fmt::format("{:.4f}", a.cost.cost_usd), true) + Td(a.started_at) + "</tr>\n";
  return row;
}

std::string Attempts(const RunReport& r) {
  std::string out =
      "<h2>Attempts</h2>\n<table id=\"attempts\"><thead><tr><th>#</th><th>step</th>"
      "<th>operator</th><th>parent</th><th>status</th><th>outcome</th>"
      "<th>scalar</th><th>version</th><th>reason</th><th>time</th><th>tokens</th>"
      "<th>USD</th><th>started</th></tr></thead>\n<tbody>\n";
  for (const auto& a : r.attempts) out += AttemptRow(a);
  return out + "</tbody></table>\n";
}

std::string Versions(const RunReport& r) {
  std::string out = "<h2>Versions</h2>\n";
  for (auto it = r.versions.rbegin(); it != r.versions.rend(); ++it) {
    const auto& v = *it;
    const std::string summary = v.message.substr(0, v.message.find('\n'));
    std::string held_out;
    if (v.held_out_ratio) {
      held_out =
          fmt::format(" <span class=\"held-out\">held out x{:.4f}{}</span>", *v.held_out_ratio,
                      v.held_out_gap ? fmt::format(", gap x{:.3f}", *v.held_out_gap) : "");
    }
    out += fmt::format(
        "<details class=\"version\" id=\"v{}\"><summary>v{} (step {}{}): {} {} "
        "&mdash; {}{}</summary>\n",
        v.number, v.number, v.step, v.op.empty() ? "" : ", " + HtmlEscape(v.op), Num(v.scalar),
        HtmlEscape(r.unit), HtmlEscape(summary), held_out);
    out += "<pre class=\"message\">" + HtmlEscape(v.message) + "</pre>\n";
    out += "<pre class=\"diff\">" + HtmlEscape(v.diff) +
           (v.diff_truncated ? "\n[diff cut here]" : "") + "</pre>\n</details>\n";
  }
  return out;
}

// Only for a population: one column per island, descent and migrations (report/genealogy.h).
std::string GenealogySection(const RunReport& r) {
  if (r.genealogy.islands < 2) return "";
  int migrations = 0;
  for (const auto& e : r.genealogy.edges) migrations += e.migration ? 1 : 0;
  return fmt::format(
             "<h2>Genealogy</h2>\n<p>{} islands, {} versions, {} migration(s): dashed "
             "arrows from the version that migrated to the version it became.</p>\n",
             r.genealogy.islands, r.genealogy.nodes.size(), migrations) +
         "<div class=\"genealogy\">" + GenealogySvg(r.genealogy, r.unit) + "</div>\n";
}

std::string Interventions(const RunReport& r) {
  std::string out = "<h2>Supervisor interventions</h2>\n";
  if (r.interventions.empty()) return out + "<p>none</p>\n";
  out +=
      "<table id=\"interventions\"><thead><tr><th>time</th><th>step</th><th>message</th>"
      "<th>data</th></tr></thead>\n<tbody>\n";
  for (const auto& e : r.interventions) {
    out += "<tr class=\"intervention\">" + Td(e.time) + Td(std::to_string(e.step), true) +
           Td(e.message) +
           Td(e.data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string Spending(const RunReport& r) {
  std::string out =
      "<h2>Cost per step</h2>\n<table id=\"steps\"><thead><tr><th>step</th>"
      "<th>attempts</th><th>tokens in</th><th>tokens out</th><th>USD</th>"
      "<th>wall time</th></tr></thead>\n<tbody>\n";
  double wall = 0;
  for (const auto& s : r.steps) {
    wall += s.wall_s;
    out += "<tr>" + Td(std::to_string(s.step), true) + Td(std::to_string(s.attempts), true) +
           Td(std::to_string(s.cost.tokens_in), true) +
           Td(std::to_string(s.cost.tokens_out), true) +
           Td(fmt::format("{:.4f}", s.cost.cost_usd), true) + Td(FormatDuration(s.wall_s), true) +
           "</tr>\n";
  }
  out += "<tr><th>total</th><td></td>" + Td(std::to_string(r.spent.tokens_in), true) +
         Td(std::to_string(r.spent.tokens_out), true) +
         Td(fmt::format("{:.4f}", r.spent.cost_usd), true) + Td(FormatDuration(wall), true) +
         "</tr>\n";
  return out + "</tbody></table>\n";
}

}  // namespace

std::vector<std::filesystem::path> DefaultChartJsPaths() {
  return {"/usr/share/javascript/chart.js/chart.umd.min.js",
          "/usr/share/javascript/chart.js/chart.umd.js",
          "/usr/share/javascript/chart.js/chart.min.js", "/usr/share/javascript/chart.js/chart.js"};
}

Result<std::string> LoadChartJs(const std::vector<std::filesystem::path>& candidates) {
  for (const auto& p : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) continue;
    auto text = ReadFile(p);
    if (!text.ok()) return Status::IoError("cannot read Chart.js: " + text.status().message());
    // The bundle goes inside a <script> element; a literal "</script" in it would end the
    // element early. Inside JavaScript strings and regular expressions "<\/" means the same.
    std::string js = std::move(text).value();
    std::string lower = js;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::size_t at = lower.rfind("</script"); at != std::string::npos;
         at = at == 0 ? std::string::npos : lower.rfind("</script", at - 1))
      js.replace(at, 2, "<\\/");
    return js;
  }
  return Status::NotFound(
      "Chart.js not found (looked for " +
      (candidates.empty() ? std::string("nothing") : candidates.front().string()) +
      " and the like): install Debian's package libjs-chart.js (apt-get install libjs-chart.js)");
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ScriptJson(const nlohmann::json& j) {
  const std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  // '<' occurs in JSON only inside strings, where \u003c is the same character.
  for (const char c : text) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return out;
}

std::string RenderHtmlReport(const RunReport& report, const HtmlReportOptions& options) {
  nlohmann::json data = RunReportJson(report);
  if (options.peers) data["peers"] = PeerTableJson(*options.peers);
  // The diffs are in the page as text already; the charts do not need them twice.
  for (auto& v : data["versions"]) v.erase("diff");
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  if (options.refresh_s > 0)
    out += fmt::format("<meta http-equiv=\"refresh\" content=\"{}\">\n", options.refresh_s);
  out += "<title>avo report: " + HtmlEscape(report.task) + "</title>\n<style>" + kStyle +
         "</style></head>\n<body>\n";
  std::string peers;
  if (options.peers) {
    peers = "<h2>Peers</h2>\n<p class=\"peers-caption\">" + HtmlEscape(options.peers->caption) +
            "</p>\n<div class=\"chart\"><canvas id=\"chart-peers\"></canvas></div>\n";
  }
  out += Header(report) + Charts(report) + peers + Attempts(report) + Versions(report) +
         GenealogySection(report) + Interventions(report) + Spending(report);
  out += "<script type=\"application/json\" id=\"avo-data\">" + ScriptJson(data) + "</script>\n";
  out += "<script>" + options.chart_js + "</script>\n<script>" + kDrawScript + "</script>\n";
  return out + "</body></html>\n";
}

}  // namespace avo
