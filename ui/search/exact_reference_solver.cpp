#include "ui/search/exact_reference_solver.h"

#include <QMetaObject>

#include "core/search/exact/exact_refusal.h"
#include "core/search/run/search_runner.h"
#include "core/threads/thread_priority.h"

namespace {

// The archive build runs beside the user's search: below the GUI thread, like the search threads.
constexpr int k_build_nice = 10;

}   // namespace

ExactReferenceSolver::ExactReferenceSolver(QObject* parent) : QObject(parent)
{
  qRegisterMetaType<std::shared_ptr<cdse::Archive>>("std::shared_ptr<cdse::Archive>");
  pool_.setMaxThreadCount(1);
  poll_timer_.setInterval(k_poll_interval_ms);
  connect(&poll_timer_, &QTimer::timeout, this, &ExactReferenceSolver::poll);
}

ExactReferenceSolver::~ExactReferenceSolver()
{
  poll_timer_.stop();
  ++generation_;     // a build still running is dropped when it arrives (never, after this)
  runner_.reset();   // cancels and joins
  pool_.waitForDone();
}

bool ExactReferenceSolver::start(cdse::Scenario scenario)
{
  stop();
  runner_.reset();   // the cancelled one: joined now (it stops within one accelerator)
  if (cdse::exact_refusal(scenario))
    return false;
  scenario.algorithm = cdse::AlgorithmSettings{};
  scenario.algorithm.name = "exact";
  scenario.budget = 0;
  {
    std::lock_guard lock(mutex_);
    fraction_ = 0;
    records_.clear();
    setup_.reset();
  }
  cdse::SearchRunOptions options;
  options.threads = 1;                  // the user's search keeps the other cores
  options.background_priority = true;   // and the event loop comes first
  options.progress_interval = std::chrono::milliseconds(k_poll_interval_ms);
  // On the coordinator thread: copy the values, nothing else.
  options.on_progress = [this](const cdse::SearchProgress& p) {
    std::lock_guard lock(mutex_);
    fraction_ = p.phase == "solving" ? p.solve_fraction : 1.0;
    records_.insert(records_.end(), p.new_records.begin(), p.new_records.end());
    if (p.archive_setup && !setup_)
      setup_ = p.archive_setup;
  };
  try {
    runner_ = std::make_unique<cdse::SearchRunner>(std::move(scenario), std::move(options));
    runner_->start();
  } catch (const std::exception&) {
    runner_.reset();
    return false;
  }
  ++generation_;
  solving_ = true;
  poll_timer_.start();
  return true;
}

void ExactReferenceSolver::stop()
{
  ++generation_;
  poll_timer_.stop();
  solving_ = false;   // a build in flight is dropped by its generation
  if (runner_)
    runner_->cancel();
}

void ExactReferenceSolver::poll()
{
  if (!runner_)
    return;
  if (runner_->finished()) {
    finish();
    return;
  }
  double fraction = 0;
  {
    std::lock_guard lock(mutex_);
    fraction = fraction_;
  }
  emit progress(fraction);
}

void ExactReferenceSolver::finish()
{
  poll_timer_.stop();
  runner_->wait();
  const cdse::SearchProgress last = runner_->latest_progress();
  runner_.reset();
  if (last.state != cdse::SearchState::Finished) {
    solving_ = false;
    emit failed(QString::fromStdString(last.error));
    return;
  }
  std::vector<cdse::ArchiveRecord> records;
  std::shared_ptr<const cdse::ArchiveSetup> setup;
  {
    std::lock_guard lock(mutex_);
    records.swap(records_);
    setup = std::move(setup_);
    setup_.reset();
  }
  if (!setup) {
    solving_ = false;
    emit failed(tr("The exact solve produced no archive."));
    return;
  }
  const std::uint64_t generation = generation_;
  // The records move to the pool thread; the finished archive moves back: never shared.
  pool_.start([this, generation, setup, records = std::move(records)]() mutable {
    thread_local const bool lowered = cdse::lower_current_thread_priority(k_build_nice);
    (void)lowered;
    auto archive = std::make_shared<cdse::Archive>(*setup);
    archive->reserve(records.size());
    for (auto& r : records)
      archive->add(std::move(r));
    records.clear();
    // Queued to the GUI thread; the destructor waits for the pool first.
    QMetaObject::invokeMethod(
        this,
        [this, generation, archive] {
          if (generation != generation_)
            return;   // stopped or restarted meanwhile
          solving_ = false;
          emit solved(archive);
        },
        Qt::QueuedConnection);
  });
}
