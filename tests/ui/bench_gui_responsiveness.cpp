// GUI responsiveness with the real SearchController:
//  1. longest event-loop stall (gap between ticks of a 1 ms timer on the GUI thread) while a
//     full-speed search runs on all cores and its snapshots are delivered (target ≤ 50 ms);
//  2. assumptions change → re-scored archive and new front ready, with 100,000 stored designs
//     (target ≤ 50 ms). This is the data side of a slider move; widget painting is not included
//     (FrontsView belongs to the ui library and is not part of this program).
// The stall is also reported for an idle loop in the same run, as the baseline.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>
#include <thread>

#include "search/scenario.h"
#include "search_controller.h"
#include "session/session_file.h"

namespace {

// Runs the event loop for `ms` and returns the longest gap between 1 ms ticks.
double longest_stall_ms(int ms)
{
  QElapsedTimer clock;
  clock.start();
  qint64 last = clock.nsecsElapsed(), worst = 0;
  QTimer tick;
  tick.setInterval(1);
  QObject::connect(&tick, &QTimer::timeout, [&] {
    const qint64 now = clock.nsecsElapsed();
    worst = std::max(worst, now - last);
    last = now;
  });
  tick.start();
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
  return worst / 1.0e6;
}

cdse::Session synthetic_session(std::size_t designs)
{
  cdse::Session s;
  s.scenario = cdse::builtin_scenario("reference-clip-b16");
  s.carbon = s.scenario.carbon;
  const auto sizes = s.scenario.space().knob_sizes();
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0, 1);
  std::set<cdse::Genome> seen;
  while (s.designs.size() < designs) {
    cdse::Genome g;
    for (int n : sizes)
      g.push_back(std::uniform_int_distribution<int>(0, n - 1)(rng));
    if (!seen.insert(g).second)
      continue;
    cdse::ArchiveRecord r;
    r.index = static_cast<std::int64_t>(s.designs.size());
    r.genome = g;
    auto& v = r.invariants;
    v.accuracy_available = true;
    v.accuracy = 0.4 + 0.3 * u(rng);
    v.accuracy_low = v.accuracy - 0.01;
    v.accuracy_high = v.accuracy + 0.01;
    v.latency_s = 0.001 + 0.04 * u(rng);
    v.energy_per_inference_j = 0.01 + 0.2 * u(rng);
    v.dynamic_energy_j = 0.9 * v.energy_per_inference_j;
    v.area_mm2 = 5 + 20 * u(rng);
    v.peak_tops = 1 + 10 * u(rng);
    v.weight_bytes = 1.0e8;
    s.designs.push_back(r);
  }
  return s;
}

} // namespace

int main(int argc, char** argv)
{
  QCoreApplication app(argc, argv);
  const double idle_ms = longest_stall_ms(1000);

  SearchController controller;
  std::int64_t snapshots = 0;
  QObject::connect(&controller, &SearchController::plotProgress, [&](const cdse::SearchProgress& p) {
    snapshots += static_cast<std::int64_t>(p.front.size() > 0);
  });
  SearchRunRequest request;
  request.algorithm = QStringLiteral("random");
  request.budget = 100000000;
  request.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!controller.start(cdse::builtin_scenario("reference-clip-b16"), request)) {
    std::fprintf(stderr, "search did not start\n");
    return 1;
  }
  const double busy_ms = longest_stall_ms(5000);
  const auto progress = controller.latestProgress();
  controller.stop();

  const cdse::Session session = synthetic_session(100000);
  auto archive = cdse::make_session_archive(session);
  double worst_rescore_ms = 0;
  for (int step = 0; step < 10; ++step) {
    cdse::CarbonSettings carbon = archive->carbon_settings();
    carbon.grid_intensity_g_per_kwh = 20.0 + 60.0 * step;   // a slider being dragged
    QElapsedTimer t;
    t.start();
    archive->rescore(carbon);
    const auto front = archive->front();   // what the plot draws next
    worst_rescore_ms = std::max(worst_rescore_ms, t.nsecsElapsed() / 1.0e6);
    (void)front;
  }

  std::printf("event-loop stall, idle loop (baseline): %.1f ms\n", idle_ms);
  std::printf("event-loop stall, full-speed search (%d threads, %lld evaluations, %.0f evals/s): %.1f ms "
              "(target <= 50, ratio to idle %.2f)\n",
              request.threads, static_cast<long long>(progress.evaluations), progress.evals_per_s, busy_ms,
              busy_ms / std::max(idle_ms, 1e-3));
  std::printf("assumption change -> re-scored front, 100000 designs: worst %.1f ms over 10 changes (target <= 50)\n",
              worst_rescore_ms);
  return 0;
}
