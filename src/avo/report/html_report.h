// A run's report as one self-contained HTML page (`avo report`, `avo serve`): the data of
// report/run_report.h as tables, and as charts drawn by Chart.js, which is read from Debian's
// libjs-chart.js at generation time and inlined, so the page opens with no network.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "avo/report/peer_table.h"
#include "avo/report/run_report.h"
#include "avo/util/status.h"

namespace avo {

// Where Debian's libjs-chart.js puts the Chart.js UMD bundle, newest layout first.
std::vector<std::filesystem::path> DefaultChartJsPaths();

// The first of `candidates` that exists, read whole. NotFound, naming the package to install,
// when none exists; IoError when one exists but cannot be read.
Result<std::string> LoadChartJs(
    const std::vector<std::filesystem::path>& candidates = DefaultChartJsPaths());

// Text for HTML element content and attribute values: & < > " ' as character references.
std::string HtmlEscape(std::string_view text);

// JSON for a <script> element: every '<' written as \u003c (so neither "</script" nor "<!--"
// can end or change the element), invalid UTF-8 replaced rather than thrown on.
std::string ScriptJson(const nlohmann::json& j);

struct HtmlReportOptions {
  std::string chart_js;  // the Chart.js source (LoadChartJs), inlined into the page
  int refresh_s = 0;     // > 0: the page reloads itself every refresh_s seconds (avo serve)
  // The peer benchmark's table (`avo report --peers FILE`): drawn as a chart of its own, with its
  // device, clocks and versions, apart from the run's figures (another timing regime).
  std::optional<PeerTable> peers;
};

// The whole page. Its script sets document.body.dataset.chartsReady to the number of charts it
// drew, so a headless browser can tell that Chart.js ran.
std::string RenderHtmlReport(const RunReport& report, const HtmlReportOptions& options);

}  // namespace avo
