#pragma once
// A session file's contents made ready for the explorer: every run's designs in an archive scored
// under the session's assumptions. Built off the GUI thread (it is the slow part of opening a
// large session: every design is scored and the fronts found), then adopted by ExplorerModel in
// a few moves.
#include <functional>
#include <memory>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/session/session_file.h"

struct PreparedSession {
  cdse::Session session;                                  // the runs' designs moved into `archives`
  std::vector<std::shared_ptr<cdse::Archive>> archives;   // one per run, same order
};

// Scores every run (nothing is simulated). `progress` gets the fraction of designs done after each
// run and may throw to abandon the work. Throws what the core throws for an inconsistent session.
PreparedSession prepareSession(cdse::Session session, const std::function<void(double)>& progress = {});
