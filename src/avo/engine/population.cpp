#include "avo/engine/population.h"

#include <fmt/format.h>

#include <algorithm>

#include "avo/engine/commit_message.h"
#include "avo/report/run_status.h"

namespace avo {
namespace {

// Opens the direction that carries the latest migrant an island's best did not let in.
constexpr const char* kMigrantNote = "Example from another island:";

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

void Population::Configure(int count, int migrate_every, std::vector<Supervisor*> supervisors) {
  requested_ = count;
  migrate_every_ = migrate_every;
  islands_.assign(
      std::max<std::size_t>({static_cast<std::size_t>(std::max(count, 1)), supervisors.size()}),
      Island{});
  for (std::size_t i = 0; i < islands_.size() && i < supervisors.size(); ++i)
    islands_[i].supervisor = supervisors[i];
}

Status Population::Load(Run& run, const RunState& state) {
  const int stored = state.islands.value_or(1);
  AVO_ASSIGN_OR_RETURN(auto head, run.lineage(0).Head());
  if (requested_ > 0 && (state.islands || head) && requested_ != stored) {
    return Status::InvalidArgument(fmt::format(
        "--islands {}: the run has {} island(s), fixed when it began", requested_, stored));
  }
  const int count = requested_ > 0 ? requested_ : stored;
  AVO_RETURN_IF_ERROR(run.OpenIslands(count));
  if (size() != count) islands_.resize(static_cast<std::size_t>(count));
  if (count > 1 && !state.islands) AVO_RETURN_IF_ERROR(SaveIslandCount(run.archive(), count));
  if (state.migration) {
    const MigrationState& m = *state.migration;
    for (std::size_t i = 0; i < m.since.size() && i < islands_.size(); ++i)
      islands_[i].commits_since_migration = m.since[i];
    turn_ = m.turn;
    for (const auto& [from, to] : m.pending) {
      if (from < count && to < count) due_.emplace_back(from, to);
    }
  }
  if (migrate_every_ < 0) {  // not set: the run's own cadence, else the default
    migrate_every_ = state.migration && state.migration->every >= 0 ? state.migration->every
                                                                    : kDefaultMigrateEvery;
  }
  for (const auto& [i, directions] : state.directions) {
    if (i < count) islands_[static_cast<std::size_t>(i)].directions = directions;
  }
  return Status::Ok();
}

Status Population::Save(Archive& archive) const {
  if (size() < 2) return Status::Ok();  // the one lineage has no turns nor migrations
  MigrationState m;
  m.every = migrate_every_;
  m.turn = turn_;
  for (const Island& is : islands_) m.since.push_back(is.commits_since_migration);
  // A migration being judged stays pending until its verdict: a kill loses none.
  m.pending.assign(judging_.begin(), judging_.end());
  m.pending.insert(m.pending.end(), due_.begin(), due_.end());
  return SaveMigration(archive, m);
}

int Population::NextTurn() { return static_cast<int>(turn_++ % size()); }

std::optional<std::pair<int, int>> Population::TakeMigration() {
  if (due_.empty()) return std::nullopt;
  const auto m = due_.front();
  due_.pop_front();
  judging_.push_back(m);
  return m;
}

void Population::Judged(std::pair<int, int> migration) {
  auto it = std::find(judging_.begin(), judging_.end(), migration);
  if (it != judging_.end()) judging_.erase(it);
}

void Population::CountCommit(int island) {
  if (size() < 2 || migrate_every_ <= 0) return;
  Island& is = islands_.at(static_cast<std::size_t>(island));
  if (++is.commits_since_migration >= migrate_every_) {
    is.commits_since_migration = 0;
    due_.emplace_back(island, (island + 1) % size());  // the ring
  }
}

Result<Migrant> Population::ProposeMigrant(Run& run, int from, int to) {
  AVO_ASSIGN_OR_RETURN(auto source, run.lineage(from).Head());
  AVO_ASSIGN_OR_RETURN(auto target, run.lineage(to).Head());
  if (!source || !target) return Status::Internal("migration between islands without a seed");
  AVO_ASSIGN_OR_RETURN(FileSet files, run.lineage(from).Files(source->commit));
  Migrant m{from, to, *source, {}};
  Submission& s = m.submission;
  s.files = std::move(files);
  s.origin = fmt::format("island {} v{}", from, source->number);
  s.by = "migration";
  s.parent_version = target->number;
  s.message = fmt::format("migrant: island {}'s best v{} ({:.4g} {}) offered to island {}\n\n{}",
                          from, source->number, source->scalar, run.task().unit, to,
                          RationaleOf(source->message));
  return m;
}

void Population::KeptOut(Run& run, const Migrant& m) {
  auto& directions = island(m.to).directions;
  std::erase_if(directions, [](const std::string& d) { return d.rfind(kMigrantNote, 0) == 0; });
  directions.push_back(fmt::format(
      "{} island {}'s best v{} ({:.4g} {}) did not beat this island's best here; what it did: {}",
      kMigrantNote, m.from, m.source.number, m.source.scalar, run.task().unit,
      FirstLine(m.source.summary)));
  // Best effort: the directions already steer this process's steps.
  IgnoreError(SaveDirections(run.archive(), m.to, directions));
}

std::optional<Version> Population::BestOfAll(Run& run) {
  std::vector<Version> heads;
  for (int i = 0; i < run.islands(); ++i) {
    auto head = run.lineage(i).Head();
    if (head.ok() && head->has_value()) heads.push_back(**head);
  }
  const Version* best = BestOf(heads, run.task().direction);
  return best == nullptr ? std::nullopt : std::optional<Version>(*best);
}

}  // namespace avo
