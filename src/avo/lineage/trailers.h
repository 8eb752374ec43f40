// The trailers of a lineage commit (Version::trailers). They are a contract with readers outside
// this binary (git log --format=%(trailers), resume after kill -9, `avo log`), so each name is
// spelled once, here.
#pragma once

namespace avo::trailer {

// Lines of a commit message that start with this are read back as trailers; others are prose.
inline constexpr const char* kPrefix = "Avo-";
// The archive attempt that produced the commit; a resume reconciles interrupted attempts by it.
inline constexpr const char* kAttempt = "Avo-Attempt";
// The engine step the commit came from; `avo log` places supervisor interventions by it.
inline constexpr const char* kStep = "Avo-Step";
// The variation operator that proposed the version (its registered name, or `avo step --by`).
inline constexpr const char* kOperator = "Avo-Operator";
// The suite the gate scored the version on.
inline constexpr const char* kSuite = "Avo-Suite";
// The gate's scalar score, "%.6g".
inline constexpr const char* kScalar = "Avo-Scalar";
// Only when the gate compared builds side by side: "ratio [lo, hi]" against the previous best.
inline constexpr const char* kPairedRatio = "Avo-Paired-Ratio";
// Only in a run of several islands: the island whose lineage the version belongs to.
inline constexpr const char* kIsland = "Avo-Island";
// Only on a migrant: "island <i> v<n>", the version it came from.
inline constexpr const char* kMigrant = "Avo-Migrant";
// Only where the task has held-out suites: "SUITE RATIO; ..." (engine/held_out.h), the version's
// ratio over the one it was judged against on configurations the search never saw.
inline constexpr const char* kHeldOut = "Avo-Held-Out";

}  // namespace avo::trailer
