#pragma once
// Solves a scenario exactly in the background while the user's own search runs (issue 14): a
// second core SearchRunner with the "exact" algorithm, one thread at background priority, so the
// user's search keeps the other cores. Like SearchController, the runner's progress callback only
// copies values under a mutex (the solve fraction, the streamed records, the archive setup); a
// GUI-thread timer reads them. When the run has finished, a pool thread builds an Archive of its
// own from the copied records (the universal front: ~46,600 designs on reference-clip-b16, too many
// to add on the event loop), and `solved` hands that archive to the GUI thread, which owns it from
// then on. Nothing of the runner is read from the GUI thread. stop() and the destructor cancel;
// the destructor also joins the runner and waits for the archive build, so closing never hangs on
// more than one evaluation.
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"

namespace cdse {
class SearchRunner;
}

class ExactReferenceSolver : public QObject {
  Q_OBJECT
public:
  static constexpr int k_poll_interval_ms = 100;

  explicit ExactReferenceSolver(QObject* parent = nullptr);
  ~ExactReferenceSolver() override;

  // Starts solving `scenario` exactly (its algorithm, budget and seed are replaced), cancelling a
  // solve in progress. False when the scenario cannot be solved exactly (cdse::exact_refusal) or
  // the runner refuses it; nothing runs then.
  bool start(cdse::Scenario scenario);
  // Cancels the solve (no `solved` follows). Returns at once; the runner is joined by the next
  // start() or the destructor.
  void stop();
  // Between start() and solved / failed / stop().
  bool isSolving() const { return solving_; }
  // Bumped by every start() and stop(), so a result of an older solve is recognised and dropped.
  std::uint64_t generation() const { return generation_; }

signals:
  // While solving, at most every k_poll_interval_ms: the fraction of accelerators done (0–1); 1
  // while the universal front's designs are being evaluated.
  void progress(double solveFraction);
  // The universal front as an archive scored under the scenario's carbon settings and limits.
  void solved(std::shared_ptr<cdse::Archive> archive);
  void failed(const QString& message);

private:
  void poll();
  void finish();

  std::unique_ptr<cdse::SearchRunner> runner_;
  std::uint64_t generation_ = 0;
  bool solving_ = false;
  QTimer poll_timer_;
  QThreadPool pool_;   // one thread: the archive build

  mutable std::mutex mutex_;   // guards the three below, written by the runner's coordinator
  double fraction_ = 0;
  std::vector<cdse::ArchiveRecord> records_;
  std::shared_ptr<const cdse::ArchiveSetup> setup_;
};
