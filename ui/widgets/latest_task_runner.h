#pragma once
// Runs one computation at a time on a worker thread for a panel whose inputs keep changing (the
// Sweep and Regime Map panels): start() cancels the computation still running, if any, and only
// the newest one's result is handed back, on the GUI thread. The work gets a cancel flag to poll
// and returns what to do with its result on the GUI thread (or nothing, to drop it). The runner's
// destructor cancels and waits, so no work outlives the panel.
#include <QObject>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

class QThreadPool;

class LatestTaskRunner : public QObject {
  Q_OBJECT
public:
  using Delivery = std::function<void()>;
  using Work = std::function<Delivery(const std::atomic<bool>& cancel)>;

  explicit LatestTaskRunner(QObject* parent = nullptr);
  ~LatestTaskRunner() override;

  void start(Work work);
  void cancel();   // the running work's result, if any, is dropped

private:
  QThreadPool* pool_;
  std::uint64_t generation_ = 0;
  std::shared_ptr<std::atomic<bool>> cancel_;
};
