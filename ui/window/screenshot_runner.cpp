#include "ui/window/screenshot_runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

#include "ui/window/main_window.h"
#include "ui/explorer/explorer_model.h"
#include "ui/search/exact_reference_solver.h"
#include "ui/search/search_controller.h"
#include "ui/regime/regime_panel.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/ab/ab_panel.h"
#include "core/carbon/carbon_tables.h"

namespace {

constexpr int k_exact_wait_ms = 180000;
constexpr int k_sweep_wait_ms = 20000;

}   // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow* window, ScreenshotOptions options, QObject* parent)
    : QObject(parent), window_(window), options_(std::move(options))
{}

bool ScreenshotRunner::parseSelection(const QString& text, std::optional<cdse::Objective>& out)
{
  if (text == QLatin1String("best-carbon"))
    out = cdse::Objective::TotalCarbon;
  else if (text == QLatin1String("best-latency"))
    out = cdse::Objective::Latency;
  else if (text == QLatin1String("best-accuracy"))
    out = cdse::Objective::Accuracy;
  else if (text == QLatin1String("none"))
    out.reset();
  else
    return false;
  return true;
}

void ScreenshotRunner::start()
{
  connect(window_->controller(), &SearchController::runFinished, this, &ScreenshotRunner::searchFinished);
  if (options_.searchSeconds <= 0) {
    QTimer::singleShot(0, this, &ScreenshotRunner::capture);
    return;
  }
  window_->startSearch();
  if (!window_->controller()->isRunning()) {
    std::fprintf(stderr, "carbondse: the search did not start; capturing the window as it is\n");
    QTimer::singleShot(0, this, &ScreenshotRunner::capture);
    return;
  }
  QTimer::singleShot(static_cast<int>(options_.searchSeconds * 1000), window_->controller(), &SearchController::stop);
}

void ScreenshotRunner::searchFinished(const SearchRunOutcome&)
{
  ExplorerModel* model = window_->model();
  for (auto objective : {cdse::Objective::TotalCarbon, cdse::Objective::Latency})
    if (const auto best = model->bestBy(objective))
      model->pin(*best);
  if (options_.select)
    window_->selectBest(*options_.select);
  // The exact front solved beside the search is part of the picture: wait for it, a bounded time.
  ExactReferenceSolver* exact = window_->exactSolver();
  if (exact->isSolving()) {
    std::fprintf(stderr, "carbondse: waiting for the exact front (at most %d s)\n", k_exact_wait_ms / 1000);
    const auto settle = [this] { QTimer::singleShot(400, this, &ScreenshotRunner::capture); };
    connect(exact, &ExactReferenceSolver::solved, this, settle);
    connect(exact, &ExactReferenceSolver::failed, this, settle);
    QTimer::singleShot(k_exact_wait_ms, this, &ScreenshotRunner::capture);
    return;
  }
  // Let the coalesced redraws and layouts settle before grabbing.
  QTimer::singleShot(400, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
  if (capturing_)
    return;
  if (options_.view == QLatin1String("sweep") && !viewPrepared_) {
    // The sweep of the pinned designs is computed on a worker: capture once it is drawn.
    viewPrepared_ = true;
    window_->showSweepView();
    connect(window_->sweep(), &SweepPanel::sweepShown, this,
            [this] { QTimer::singleShot(200, this, &ScreenshotRunner::capture); });
    window_->sweep()->requestSweep();
    QTimer::singleShot(k_sweep_wait_ms, this, &ScreenshotRunner::capture);
    return;
  }
  if (options_.view == QLatin1String("regime") && !viewPrepared_) {
    // Like the sweep: the map is computed on a worker; capture once it is drawn.
    viewPrepared_ = true;
    window_->showRegimeView();
    connect(window_->regime(), &RegimePanel::mapShown, this,
            [this] { QTimer::singleShot(200, this, &ScreenshotRunner::capture); });
    window_->regime()->requestMap();
    QTimer::singleShot(k_sweep_wait_ms, this, &ScreenshotRunner::capture);
    return;
  }
  if (options_.view == QLatin1String("ab") && !viewPrepared_) {
    viewPrepared_ = true;
    const auto& tables = cdse::CarbonTables::instance();
    cdse::CarbonSettings a = window_->model()->carbonSettings(), b = a;
    a.grid_region = "quebec";
    a.grid_intensity_g_per_kwh = tables.grid_region(a.grid_region).g_per_kwh;
    b.grid_region = "poland";
    b.grid_intensity_g_per_kwh = tables.grid_region(b.grid_region).g_per_kwh;
    b.lifetime_years = 2 * a.lifetime_years;
    window_->ab()->setSets(a, b);
    window_->showAbView();
    window_->ab()->compareNow();
    QTimer::singleShot(300, this, &ScreenshotRunner::capture);
    return;
  }
  if (options_.view == QLatin1String("jobs") && !viewPrepared_) {
    // The evaluator's jobs as the search left them (a stopped SLURM search: done and cancelled).
    viewPrepared_ = true;
    window_->showJobsView();
    QTimer::singleShot(300, this, &ScreenshotRunner::capture);
    return;
  }
  capturing_ = true;
  window_->refreshNow();
  QCoreApplication::processEvents();
  const QImage image = window_->grab().toImage();
  const QString dir = QFileInfo(options_.path).absolutePath();
  if (!QDir().mkpath(dir) || image.isNull() || !image.save(options_.path, "PNG")) {
    std::fprintf(stderr, "carbondse: cannot write the screenshot %s\n", qPrintable(options_.path));
    emit finished(1);
    return;
  }
  std::printf("carbondse: screenshot %s (%dx%d, %zu designs)\n", qPrintable(options_.path), image.width(), image.height(),
              window_->model()->designCount());
  emit finished(0);
}
