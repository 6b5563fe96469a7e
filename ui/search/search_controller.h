#pragma once
// Runs one search at a time in the background for the GUI. The core SearchRunner does the work on
// its own coordinator thread (plus N evaluation threads); its progress callback only stores the
// latest value snapshot under a mutex. Two GUI-thread timers hand that snapshot on, coalesced:
// plots at most 25 Hz, text at most 10 Hz, so a full-speed search cannot flood the event loop.
// Cancellation is cooperative; the destructor cancels and joins, so closing the window mid-search
// is clean.
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <mutex>

#include "core/accuracy/evaluator_jobs_snapshot.h"
#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_progress.h"
#include "core/session/session_file.h"

namespace cdse {
class SearchRunner;
}

struct SearchRunRequest {
  QString algorithm = QStringLiteral("nsga2");
  std::int64_t budget = 300;
  int threads = 1;
  std::uint64_t seed = 1;
};

// How a run ended. Its designs are not here: they have all been streamed (recordsArrived) by the
// time runFinished is emitted, and the window's model holds them.
struct SearchRunOutcome {
  cdse::SearchState state = cdse::SearchState::Finished;
  QString error;
};

class SearchController : public QObject {
  Q_OBJECT
public:
  static constexpr int k_plot_interval_ms = 40;    // 25 Hz
  static constexpr int k_text_interval_ms = 100;   // 10 Hz
  static constexpr std::size_t k_max_records_per_delivery = 1000;
  static constexpr int k_jobs_interval_ms = 500;   // 2 Hz: the elapsed times tick in seconds

  explicit SearchController(QObject* parent = nullptr);
  ~SearchController() override;

  // Runs `scenario` (its assumptions as given) with the request's algorithm, budget, threads and
  // seed. Returns false (and emits runFailed) when it cannot start, e.g. an unknown algorithm.
  bool start(cdse::Scenario scenario, const SearchRunRequest& request);
  void pause();
  void resume();
  // Cooperative: returns at once; runFinished follows when the workers have stopped.
  void stop();

  bool isRunning() const { return runner_ != nullptr; }
  bool isPaused() const { return paused_; }
  cdse::SearchProgress latestProgress() const;

signals:
  void runStarted();
  // Once per run, before the first records: the run's archive configuration and the settings it
  // was started with, so a GUI-side copy of the archive can be built (ExplorerModel::beginRun).
  void runSetupReady(const cdse::Scenario& scenario, const cdse::ArchiveSetup& setup,
                     const cdse::SessionRunSettings& settings);
  // Designs evaluated since the last delivery (≤ 25 Hz), in archive order; every record once.
  void recordsArrived(const std::vector<cdse::ArchiveRecord>& records);
  void plotProgress(const cdse::SearchProgress& progress);   // ≤ 25 Hz: front and HV trace
  void textProgress(const cdse::SearchProgress& progress);   // ≤ 10 Hz: counters, evals/s
  // After the last records and progress; a failed run emits runFailed first.
  void runFinished(const SearchRunOutcome& outcome);
  void runFailed(const QString& message);
  // The accuracy source's jobs (external evaluators, local or SLURM): once when the run starts, at
  // most every k_jobs_interval_ms while it changes or has jobs queued or running, and once more
  // after the run ended (before runFinished). source_runs_jobs is false for sources without jobs.
  void evaluatorJobsChanged(const cdse::EvaluatorJobsSnapshot& jobs);

private:
  bool takeLatest(std::uint64_t& seen, cdse::SearchProgress& out) const;
  void deliverPlot();
  void deliverText();
  void finishRun();
  // Copies the runner's job board (a short lock inside the accuracy source) and hands it on.
  void deliverJobs(bool force);
  // Hands at most `limit` streamed records to the window; more follow in the next event-loop turn.
  void deliverRecords(std::size_t limit = k_max_records_per_delivery);

  std::unique_ptr<cdse::SearchRunner> runner_;
  cdse::Scenario scenario_;
  cdse::SessionRunSettings settings_;
  bool paused_ = false;

  mutable std::mutex mutex_;   // guards latest_ and generation_
  cdse::SearchProgress latest_;
  std::uint64_t generation_ = 0;   // bumped by every snapshot from the runner
  std::uint64_t plotted_ = 0, texted_ = 0;
  std::vector<cdse::ArchiveRecord> pending_records_;      // guarded by mutex_
  std::shared_ptr<const cdse::ArchiveSetup> run_setup_;   // guarded by mutex_
  bool setup_announced_ = false;

  QTimer plot_timer_, text_timer_, jobs_timer_;
  std::uint64_t jobs_version_ = 0;   // the board version last handed on
};

void registerSearchMetaTypes();
