#pragma once
// Reads and writes session files on a worker thread, so a 200,000-design session neither freezes
// the window while it is written nor replaces the explorer's state before it is fully read. One
// operation at a time. Results come back as signals on the GUI thread; the window's state is only
// touched there (ExplorerModel::adoptSession).
//
// Saving writes a value captured beforehand (ExplorerModel::toSession), so later changes in the
// window cannot tear the file; the core writes it atomically. Opening reads the file and scores
// every run (prepareSession) on the worker; cancel() abandons it at the next progress report.
// The destructor waits for a save to finish (closing the window must not lose the file) and
// cancels an open.
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

#include "ui/explorer/prepared_session.h"
#include "core/session/session_file.h"

class SessionIo : public QObject {
  Q_OBJECT
public:
  enum class Operation { None, Save, Open };

  explicit SessionIo(QObject* parent = nullptr);
  ~SessionIo() override;

  Operation busy() const { return busy_; }
  // Both return false (and do nothing) while another operation runs.
  bool save(const QString& path, cdse::Session session);
  bool open(const QString& path);
  void cancelOpen();

  // A session (either format) rather than a scenario: the ".cdse" extension, the version-1 format
  // name, or binary content (scenario files are JSON text).
  static bool looksLikeSession(const QString& path);
  // The same work on the calling thread, for the command line and scripted use. Throws.
  static PreparedSession openNow(const QString& path, const std::function<void(double)>& progress = {});

signals:
  void progress(double fraction);   // 0..1, a few hundred times per file at most
  void saved(const QString& path);
  void opened(const QString& path, std::shared_ptr<PreparedSession> session);
  void openCancelled(const QString& path);
  // `message` names the file and what is wrong with it.
  void failed(const QString& path, const QString& message, SessionIo::Operation operation);

private:
  void startWorker(Operation operation, std::function<void()> work);
  void finishWorker();
  std::function<void(double)> progressReporter(bool cancellable);

  Operation busy_ = Operation::None;
  std::thread worker_;
  std::atomic<bool> cancel_{false};
  std::atomic<int> reported_permille_{-1};
};
