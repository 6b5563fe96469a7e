#include "ui/runs/session_io.h"

#include <QFile>
#include <QMetaObject>

#include <exception>

#include "core/threads/thread_priority.h"

namespace {

// Thrown from the progress callback to abandon an open; never leaves this file.
struct OpenCancelled {};

}   // namespace

SessionIo::SessionIo(QObject* parent) : QObject(parent)
{
  qRegisterMetaType<std::shared_ptr<PreparedSession>>("std::shared_ptr<PreparedSession>");
  qRegisterMetaType<SessionIo::Operation>("SessionIo::Operation");
}

SessionIo::~SessionIo()
{
  cancel_ = true;   // only an open looks at it; a save runs to the end
  if (worker_.joinable())
    worker_.join();
}

bool SessionIo::looksLikeSession(const QString& path)
{
  if (path.endsWith(QLatin1String(".cdse")) || path.endsWith(QLatin1String(".cdse.json")))
    return true;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return false;   // the scenario loader names the file and the reason
  constexpr qint64 k_sniff_bytes = 4096;
  const QByteArray head = file.read(k_sniff_bytes);
  return head.contains('\0') || head.contains("carbondse-session");
}

PreparedSession SessionIo::openNow(const QString& path, const std::function<void(double)>& progress)
{
  // Reading is most of the time for a large file, scoring the rest.
  constexpr double k_read_share = 0.6;
  cdse::Session session = cdse::load_session(path.toStdString(), [&progress](double f) {
    if (progress)
      progress(k_read_share * f);
  });
  return prepareSession(std::move(session), [&progress](double f) {
    if (progress)
      progress(k_read_share + (1 - k_read_share) * f);
  });
}

std::function<void(double)> SessionIo::progressReporter(bool cancellable)
{
  // Runs on the worker: hand on only whole-permille changes, queued to the GUI thread.
  return [this, cancellable](double fraction) {
    if (cancellable && cancel_)
      throw OpenCancelled{};
    const int permille = static_cast<int>(fraction * 1000);
    if (reported_permille_.exchange(permille) == permille)
      return;
    QMetaObject::invokeMethod(
        this, [this, fraction] { emit progress(fraction); }, Qt::QueuedConnection);
  };
}

void SessionIo::startWorker(Operation operation, std::function<void()> work)
{
  if (worker_.joinable())
    worker_.join();   // the previous operation has already reported; this only reaps the thread
  busy_ = operation;
  cancel_ = false;
  reported_permille_ = -1;
  worker_ = std::thread([work = std::move(work)] {
    // On a 2-core machine the writer (compression) would otherwise take the GUI thread's core.
    (void)cdse::lower_current_thread_priority();   // best effort
    work();
  });
}

void SessionIo::finishWorker()
{
  if (worker_.joinable())
    worker_.join();
  busy_ = Operation::None;
}

bool SessionIo::save(const QString& path, cdse::Session session)
{
  if (busy_ != Operation::None)
    return false;
  auto shared = std::make_shared<cdse::Session>(std::move(session));
  startWorker(Operation::Save, [this, path, shared, report = progressReporter(false)] {
    QString error;
    try {
      cdse::save_session(path.toStdString(), *shared, report);
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, path, error] {
          finishWorker();
          if (error.isEmpty())
            emit saved(path);
          else
            emit failed(path, error, Operation::Save);
        },
        Qt::QueuedConnection);
  });
  return true;
}

bool SessionIo::open(const QString& path)
{
  if (busy_ != Operation::None)
    return false;
  startWorker(Operation::Open, [this, path, report = progressReporter(true)] {
    std::shared_ptr<PreparedSession> result;
    QString error;
    bool cancelled = false;
    try {
      result = std::make_shared<PreparedSession>(openNow(path, report));
    } catch (const OpenCancelled&) {
      cancelled = true;
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    cancelled = cancelled || cancel_;
    QMetaObject::invokeMethod(
        this,
        [this, path, result, error, cancelled] {
          finishWorker();
          if (cancelled)
            emit openCancelled(path);
          else if (!error.isEmpty())
            emit failed(path, error, Operation::Open);
          else
            emit opened(path, result);
        },
        Qt::QueuedConnection);
  });
  return true;
}

void SessionIo::cancelOpen()
{
  if (busy_ == Operation::Open)
    cancel_ = true;
}
