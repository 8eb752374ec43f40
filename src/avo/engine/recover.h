// Resume after an unclean stop (docs/architecture.md, "Crash safety"): attempts a killed process
// left running become interrupted, and a commit that reached the lineage but not the archive is
// reconciled from its Avo-Attempt trailer (git is the source of truth for committed versions).
#pragma once

#include <cstdint>

#include "avo/engine/run.h"
#include "avo/util/status.h"

namespace avo {

struct Recovered {
  std::size_t interrupted = 0;  // attempts found running
  int reconciled = 0;           // attempts found committed in the lineage (of them, or recorded
                                // as not committed by a commit that failed after the ref moved)
};

// Reconciles every island's lineage with the archive and records a `resume` event at
// `next_step` when anything was interrupted. Safe on a clean run (nothing happens). Errors are
// the archive's or the lineage's.
Result<Recovered> RecoverRun(Run& run, std::int64_t next_step);

}  // namespace avo
