#include "ui/explorer/explorer_runs.h"

#include <algorithm>

ExplorerRuns::ExplorerRuns()
{
  cdse::ArchiveSetup setup;
  setup.objectives = {cdse::Objective::Accuracy, cdse::Objective::TotalCarbon};
  ExplorerRun placeholder;
  placeholder.archive = std::make_shared<cdse::Archive>(setup);
  add(std::move(placeholder), false);
}

std::size_t ExplorerRuns::indexOf(std::uint64_t id) const
{
  const auto it = std::find_if(runs_.begin(), runs_.end(), [id](const ExplorerRun& r) { return r.id == id; });
  return static_cast<std::size_t>(it - runs_.begin());
}

const ExplorerRun* ExplorerRuns::find(std::uint64_t id) const
{
  const std::size_t i = indexOf(id);
  return i < runs_.size() ? &runs_[i] : nullptr;
}

int ExplorerRuns::startedCount() const
{
  return static_cast<int>(
      std::count_if(runs_.begin(), runs_.end(), [](const ExplorerRun& r) { return !r.started_utc.empty(); }));
}

ExplorerRun& ExplorerRuns::add(ExplorerRun run, bool replaceShown)
{
  run.id = next_id_++;
  if (replaceShown && !runs_.empty()) {
    runs_[shown_] = std::move(run);
  } else {
    runs_.push_back(std::move(run));
    shown_ = runs_.size() - 1;
  }
  return shown();
}

void ExplorerRuns::erase(std::size_t index)
{
  if (index >= runs_.size() || runs_.size() < 2)
    return;
  runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(index));
  if (index < shown_)
    --shown_;
  else if (index == shown_)
    shown_ = std::min(index, runs_.size() - 1);   // the next run, or the previous one if it was last
}

void ExplorerRuns::adopt(std::vector<ExplorerRun> runs, std::size_t shown)
{
  std::uint64_t last = next_id_ - 1;
  for (const auto& run : runs)
    last = std::max(last, run.id);
  runs_ = std::move(runs);
  shown_ = shown;
  next_id_ = last + 1;
}
