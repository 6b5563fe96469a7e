#pragma once
// One search run as the explorer keeps it: its label, when it started, the scenario and settings it
// ran with, its baselines and every design it evaluated (the archive). Earlier runs stay in memory
// as archives only; the plot-point table exists for the run on screen alone.
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_result.h"
#include "core/session/session_file.h"

struct ExplorerRun {
  std::uint64_t id = 0;      // stable for the life of the window (pins refer to it)
  QString name;              // user-editable, e.g. "Run 2"
  std::string started_utc;   // ISO 8601; empty: no search yet (a scenario just opened)
  cdse::Scenario scenario;   // constraints as currently in force for this run
  cdse::SessionRunSettings settings;
  std::vector<cdse::BaselineResult> baselines;
  // Scored under archive->carbon_settings(), which may lag the window's assumptions for a run not
  // on screen. Shared so a save in progress can keep reading a run that was replaced meanwhile.
  std::shared_ptr<cdse::Archive> archive;
};

// What the run list shows for one run, as values.
struct RunSummary {
  std::uint64_t id = 0;
  QString name;
  QString scenarioTitle;
  QString algorithm;
  std::int64_t budget = 0;   // of the search (SessionRunSettings); meaningful when algorithm is set
  std::uint64_t seed = 0;
  cdse::CarbonSettings carbon;   // the assumptions the run started with
  cdse::SearchConstraints constraints;
  QString startedUtc;   // ISO 8601 or empty
  std::size_t designs = 0;
  std::size_t pinned = 0;   // pinned designs of this run
  bool shown = false;       // the run on screen
};
