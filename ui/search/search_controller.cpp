#include "ui/search/search_controller.h"

#include <QMetaType>

#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/run/search_runner.h"

#include <algorithm>
#include <limits>

Q_DECLARE_METATYPE(cdse::SearchProgress)
Q_DECLARE_METATYPE(SearchRunOutcome)
Q_DECLARE_METATYPE(cdse::ArchiveSetup)
Q_DECLARE_METATYPE(cdse::Scenario)
Q_DECLARE_METATYPE(cdse::SessionRunSettings)
Q_DECLARE_METATYPE(std::vector<cdse::ArchiveRecord>)
Q_DECLARE_METATYPE(cdse::EvaluatorJobsSnapshot)

void registerSearchMetaTypes()
{
  // So the snapshots can also travel through queued connections (other threads, QSignalSpy).
  qRegisterMetaType<cdse::SearchProgress>("cdse::SearchProgress");
  qRegisterMetaType<SearchRunOutcome>("SearchRunOutcome");
  qRegisterMetaType<cdse::ArchiveSetup>("cdse::ArchiveSetup");
  qRegisterMetaType<cdse::Scenario>("cdse::Scenario");
  qRegisterMetaType<cdse::SessionRunSettings>("cdse::SessionRunSettings");
  qRegisterMetaType<std::vector<cdse::ArchiveRecord>>("std::vector<cdse::ArchiveRecord>");
  qRegisterMetaType<cdse::EvaluatorJobsSnapshot>("cdse::EvaluatorJobsSnapshot");
}

SearchController::SearchController(QObject* parent) : QObject(parent)
{
  registerSearchMetaTypes();
  plot_timer_.setInterval(k_plot_interval_ms);
  text_timer_.setInterval(k_text_interval_ms);
  connect(&plot_timer_, &QTimer::timeout, this, &SearchController::deliverPlot);
  connect(&text_timer_, &QTimer::timeout, this, &SearchController::deliverText);
  jobs_timer_.setInterval(k_jobs_interval_ms);
  connect(&jobs_timer_, &QTimer::timeout, this, [this] { deliverJobs(false); });
}

SearchController::~SearchController()
{
  plot_timer_.stop();
  text_timer_.stop();
  jobs_timer_.stop();
  runner_.reset();   // the runner's destructor cancels and joins its threads
}

bool SearchController::start(cdse::Scenario scenario, const SearchRunRequest& request)
{
  if (runner_)
    return false;
  scenario.algorithm.name = request.algorithm.toStdString();
  const auto names = cdse::search_algorithm_names();
  if (std::find(names.begin(), names.end(), scenario.algorithm.name) == names.end()) {
    emit runFailed(tr("Unknown search algorithm \"%1\".").arg(request.algorithm));
    return false;
  }
  scenario.budget = request.budget;
  scenario.seed = request.seed;
  scenario_ = scenario;
  settings_ = {request.algorithm.toStdString(), request.budget, request.threads, request.seed};

  cdse::SearchRunOptions options;
  options.threads = request.threads;
  options.background_priority = true;   // the event loop (plots, sliders) is served first
  options.progress_interval = std::chrono::milliseconds(k_plot_interval_ms / 2);
  // Runs on the coordinator thread: store the value, nothing else (no Qt calls, no waiting).
  options.on_progress = [this](const cdse::SearchProgress& p) {
    std::lock_guard lock(mutex_);
    latest_ = p;
    latest_.new_records.clear();
    pending_records_.insert(pending_records_.end(), p.new_records.begin(), p.new_records.end());
    if (p.archive_setup && !run_setup_)
      run_setup_ = p.archive_setup;
    ++generation_;
  };
  {
    std::lock_guard lock(mutex_);
    latest_ = {};
    generation_ = plotted_ = texted_ = 0;
    pending_records_.clear();
    run_setup_.reset();
  }
  setup_announced_ = false;
  try {
    runner_ = std::make_unique<cdse::SearchRunner>(std::move(scenario), std::move(options));
    runner_->start();
  } catch (const std::exception& e) {
    runner_.reset();
    emit runFailed(QString::fromStdString(e.what()));
    return false;
  }
  paused_ = false;
  plot_timer_.start();
  text_timer_.start();
  jobs_timer_.start();
  emit runStarted();
  deliverJobs(true);
  return true;
}

void SearchController::pause()
{
  if (runner_ && !paused_) {
    runner_->pause();
    paused_ = true;
  }
}

void SearchController::resume()
{
  if (runner_ && paused_) {
    runner_->resume();
    paused_ = false;
  }
}

void SearchController::stop()
{
  if (runner_) {
    if (paused_)
      runner_->resume();   // paused workers must wake up to see the cancel
    runner_->cancel();
    paused_ = false;
  }
}

cdse::SearchProgress SearchController::latestProgress() const
{
  std::lock_guard lock(mutex_);
  return latest_;
}

// Takes the latest snapshot if it is newer than `seen`; false when there is nothing new.
bool SearchController::takeLatest(std::uint64_t& seen, cdse::SearchProgress& out) const
{
  std::lock_guard lock(mutex_);
  if (generation_ == seen)
    return false;
  seen = generation_;
  out = latest_;
  return true;
}

void SearchController::deliverRecords(std::size_t limit)
{
  std::shared_ptr<const cdse::ArchiveSetup> setup;
  std::vector<cdse::ArchiveRecord> records;
  bool more = false;
  {
    std::lock_guard lock(mutex_);
    setup = run_setup_;
    if (setup) {
      // At most a few thousand per event-loop turn (~10 ms of archive work in the window); the
      // rest follows in the next turns, so a fast search cannot hold the event loop.
      if (pending_records_.size() <= limit) {
        records.swap(pending_records_);
      } else {
        const auto split = pending_records_.begin() + static_cast<std::ptrdiff_t>(limit);
        records.assign(std::make_move_iterator(pending_records_.begin()), std::make_move_iterator(split));
        pending_records_.erase(pending_records_.begin(), split);
        more = true;
      }
    }
  }
  if (more)
    QTimer::singleShot(0, this, [this] { deliverRecords(); });
  if (!setup)
    return;
  if (!setup_announced_) {
    setup_announced_ = true;
    emit runSetupReady(scenario_, *setup, settings_);
  }
  if (!records.empty())
    emit recordsArrived(records);
}

void SearchController::deliverPlot()
{
  deliverRecords();
  cdse::SearchProgress p;
  if (takeLatest(plotted_, p))
    emit plotProgress(p);
  // The last snapshot may already be out when the runner reports itself finished.
  if (runner_ && runner_->finished())
    finishRun();
}

void SearchController::deliverText()
{
  cdse::SearchProgress p;
  if (takeLatest(texted_, p))
    emit textProgress(p);
  if (runner_ && runner_->finished())
    finishRun();
}

void SearchController::deliverJobs(bool force)
{
  if (!runner_)
    return;
  const cdse::EvaluatorJobsSnapshot jobs = runner_->evaluator_jobs();
  // Unchanged and nothing waiting: the same table (and elapsed times that no longer move).
  if (!force && jobs.version == jobs_version_ && jobs.counts.active() == 0)
    return;
  jobs_version_ = jobs.version;
  emit evaluatorJobsChanged(jobs);
}

void SearchController::finishRun()
{
  plot_timer_.stop();
  text_timer_.stop();
  jobs_timer_.stop();
  // The final snapshot goes out to both consumers before the outcome.
  runner_->wait();
  deliverRecords(std::numeric_limits<std::size_t>::max());   // every record is out before runFinished
  const cdse::SearchProgress last = latestProgress();
  emit plotProgress(last);
  emit textProgress(last);
  deliverJobs(true);   // how every job ended (cancelled ones included), while the runner still exists

  SearchRunOutcome outcome;
  outcome.state = last.state;
  outcome.error = QString::fromStdString(last.error);
  std::unique_ptr<cdse::SearchRunner> done = std::move(runner_);
  paused_ = false;
  if (last.state == cdse::SearchState::Failed)
    emit runFailed(outcome.error);
  emit runFinished(outcome);
}
