#include "ui/jobs/evaluator_jobs_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/jobs/evaluator_jobs_model.h"

EvaluatorJobsPanel::EvaluatorJobsPanel(QWidget* parent)
    : QWidget(parent), model_(new EvaluatorJobsModel(this)), counts_(new QLabel(this)), stack_(new QStackedWidget(this)),
      empty_(new QLabel(this)), table_(new QTableView(this)), stop_(new QPushButton(this))
{
  setObjectName(QStringLiteral("evaluatorJobsPanel"));
  counts_->setObjectName(QStringLiteral("jobCounts"));
  empty_->setObjectName(QStringLiteral("jobsEmptyState"));
  empty_->setWordWrap(true);
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setMargin(12);
  empty_->setTextFormat(Qt::PlainText);
  table_->setObjectName(QStringLiteral("jobsTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setTextElideMode(Qt::ElideMiddle);   // configuration keys: both ends matter
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  QHeaderView* header = table_->horizontalHeader();
  header->setSectionResizeMode(EvaluatorJobsModel::ConfigurationColumn, QHeaderView::Stretch);
  for (int c = EvaluatorJobsModel::JobIdColumn; c < EvaluatorJobsModel::ColumnCount; ++c)
    header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  stack_->addWidget(empty_);
  stack_->addWidget(table_);
  stop_->setObjectName(QStringLiteral("stopSearchAndCancelJobs"));
  connect(stop_, &QPushButton::clicked, this, &EvaluatorJobsPanel::stopSearchRequested);

  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(stop_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(counts_);
  layout->addWidget(stack_, 1);
  layout->addLayout(buttons);
  retranslateUi();
  showState();
}

QString EvaluatorJobsPanel::countsText(const cdse::EvaluatorJobCounts& counts)
{
  QStringList parts = {tr("%n queued", nullptr, static_cast<int>(counts.queued())),
                       tr("%n running", nullptr, static_cast<int>(counts.running)),
                       tr("%n done", nullptr, static_cast<int>(counts.done))};
  if (counts.failed > 0)
    parts << tr("%n failed", nullptr, static_cast<int>(counts.failed));
  if (counts.cancelled > 0)
    parts << tr("%n cancelled", nullptr, static_cast<int>(counts.cancelled));
  return parts.join(QStringLiteral(" · "));
}

void EvaluatorJobsPanel::setSnapshot(const cdse::EvaluatorJobsSnapshot& snapshot)
{
  shown_ = snapshot.source_runs_jobs ? Shown::Jobs : Shown::SourceRunsNoJobs;
  model_->setSnapshot(snapshot);
  showState();
}

void EvaluatorJobsPanel::setSearchRunning(bool running)
{
  searchRunning_ = running;
  showState();
}

QString EvaluatorJobsPanel::countsText() const { return counts_->text(); }

bool EvaluatorJobsPanel::showsEmptyState() const { return stack_->currentWidget() == empty_; }

QString EvaluatorJobsPanel::emptyStateText() const { return showsEmptyState() ? empty_->text() : QString(); }

void EvaluatorJobsPanel::showState()
{
  const cdse::EvaluatorJobsSnapshot& s = model_->snapshot();
  switch (shown_) {
    case Shown::NoSearchYet:
      empty_->setText(tr("No search has run yet.\n\nWhen a search takes its accuracies from an external "
                         "evaluator (\"kind\": \"external\" in the scenario), its jobs are listed here: "
                         "commands run on this computer, or jobs on a SLURM cluster, queued, running and done."));
      break;
    case Shown::SourceRunsNoJobs:
      empty_->setText(tr("This search runs no evaluator jobs: its accuracies come from the built-in estimate or "
                         "a measured table, at once.\n\nJobs are listed here when the scenario's accuracy is an "
                         "external evaluator (\"kind\": \"external\"), run locally or on SLURM "
                         "(\"backend\": \"slurm\")."));
      break;
    case Shown::Jobs: break;
  }
  stack_->setCurrentWidget(shown_ == Shown::Jobs ? static_cast<QWidget*>(table_) : empty_);
  QString counts;
  if (shown_ == Shown::Jobs) {
    counts = s.counts.total() == 0 ? tr("No jobs yet. Configurations already in the evaluator's cache need none.")
                                   : countsText(s.counts);
    if (s.jobs_left_out > 0)
      counts += QLatin1Char('\n') + tr("The oldest %n jobs are not listed.", nullptr, static_cast<int>(s.jobs_left_out));
  }
  counts_->setText(counts);
  counts_->setVisible(shown_ == Shown::Jobs);
  stop_->setEnabled(searchRunning_ && shown_ == Shown::Jobs && s.counts.active() > 0);
  stop_->setVisible(shown_ == Shown::Jobs);
}

void EvaluatorJobsPanel::retranslateUi()
{
  stop_->setText(tr("Stop Search and Cancel Jobs"));
  stop_->setToolTip(tr("Stops the search (like Search ▸ Stop). Its SLURM jobs still queued or running are "
                       "cancelled and their designs stay unevaluated, so a resumed search runs them again; a "
                       "command running on this computer finishes first."));
  model_->retranslate();
  showState();
}

void EvaluatorJobsPanel::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}
