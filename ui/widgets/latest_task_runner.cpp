#include "ui/widgets/latest_task_runner.h"

#include <QPointer>
#include <QThreadPool>

LatestTaskRunner::LatestTaskRunner(QObject* parent) : QObject(parent)
{
  pool_ = new QThreadPool(this);
  pool_->setMaxThreadCount(1);
}

LatestTaskRunner::~LatestTaskRunner()
{
  cancel();
  pool_->waitForDone();
}

void LatestTaskRunner::cancel()
{
  ++generation_;
  if (cancel_)
    cancel_->store(true);
}

void LatestTaskRunner::start(Work work)
{
  cancel();   // an older computation still running is of no use any more
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const std::uint64_t generation = generation_;
  const auto flag = cancel_;
  const QPointer<LatestTaskRunner> self(this);
  pool_->start([self, generation, flag, work = std::move(work)] {
    Delivery deliver = work(*flag);
    if (!deliver || flag->load())
      return;
    QMetaObject::invokeMethod(
        self.data(),
        [self, generation, deliver = std::move(deliver)] {
          if (self && generation == self->generation_)
            deliver();
        },
        Qt::QueuedConnection);
  });
}
