#pragma once
// The explorer's runs in the order they were started, and which one is on screen. Ids are handed
// out here and never reused while the window lives, so a pin, or a click on a frame drawn for an
// earlier run, names its run without ambiguity. Never empty: it starts with a placeholder run (no
// scenario, no designs) on screen. What a run holds is ExplorerRun; what showing one means
// (re-scoring, the plot table, signals) is ExplorerModel's.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ui/explorer/explorer_run.h"

class ExplorerRuns {
public:
  ExplorerRuns();

  std::size_t size() const { return runs_.size(); }
  ExplorerRun& at(std::size_t index) { return runs_[index]; }
  const ExplorerRun& at(std::size_t index) const { return runs_[index]; }
  std::vector<ExplorerRun>::iterator begin() { return runs_.begin(); }
  std::vector<ExplorerRun>::iterator end() { return runs_.end(); }
  std::vector<ExplorerRun>::const_iterator begin() const { return runs_.begin(); }
  std::vector<ExplorerRun>::const_iterator end() const { return runs_.end(); }

  std::size_t shownIndex() const { return shown_; }
  ExplorerRun& shown() { return runs_[shown_]; }
  const ExplorerRun& shown() const { return runs_[shown_]; }
  void setShown(std::size_t index) { shown_ = index; }

  std::size_t indexOf(std::uint64_t id) const;   // size() when there is no such run
  const ExplorerRun* find(std::uint64_t id) const;
  // Runs that have started a search (a scenario only opened has not).
  int startedCount() const;
  // The id the next added run gets; adopt() accepts runs numbered from here.
  std::uint64_t nextId() const { return next_id_; }

  // Gives `run` a new id and shows it: in place of the shown run when `replaceShown`, else after
  // the others.
  ExplorerRun& add(ExplorerRun run, bool replaceShown);
  // Removes run `index` (not the last one left). The shown run stays shown when it is another
  // one; when it was this one, its successor (or the new last run) is marked shown.
  void erase(std::size_t index);
  // Replaces every run with `runs` (ids from nextId() up, as a session is adopted); `shown`
  // indexes `runs`.
  void adopt(std::vector<ExplorerRun> runs, std::size_t shown);

private:
  std::vector<ExplorerRun> runs_;
  std::size_t shown_ = 0;
  std::uint64_t next_id_ = 1;
};
