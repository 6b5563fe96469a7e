#pragma once
// The Jobs panel: what the search's external accuracy evaluator is doing — one row per job (a local
// command or a SLURM job: queued, running, done with its accuracy, failed with the reason, cancelled)
// under a line of counts ("3 queued · 2 running · 10 done · 1 failed"). Fed with snapshots by the
// window (from SearchController::evaluatorJobsChanged); it reads nothing else. When the search's
// accuracy source runs no jobs, or before any search, it says where jobs would appear instead.
// "Stop Search and Cancel Jobs" asks the window to stop the search: stopping is what cancels the
// SLURM jobs (AccuracySource::cancel_pending), so the panel has no cancel logic of its own.
#include <QWidget>

#include "core/accuracy/evaluator_jobs_snapshot.h"

class EvaluatorJobsModel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

class EvaluatorJobsPanel : public QWidget {
  Q_OBJECT
public:
  explicit EvaluatorJobsPanel(QWidget* parent = nullptr);

  void setSnapshot(const cdse::EvaluatorJobsSnapshot& snapshot);
  // Enables the stop button while a search runs (and has jobs queued or running).
  void setSearchRunning(bool running);

  EvaluatorJobsModel* model() const { return model_; }
  QTableView* table() const { return table_; }
  // What the header line and the empty state say now (tests, screenshots).
  QString countsText() const;
  bool showsEmptyState() const;
  QString emptyStateText() const;

  // "3 queued · 2 running · 10 done · 1 failed" (failed and cancelled only when there are some).
  static QString countsText(const cdse::EvaluatorJobCounts& counts);

signals:
  void stopSearchRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  enum class Shown { NoSearchYet, SourceRunsNoJobs, Jobs };
  void retranslateUi();
  void showState();

  EvaluatorJobsModel* model_;
  QLabel* counts_;
  QStackedWidget* stack_;
  QLabel* empty_;
  QTableView* table_;
  QPushButton* stop_;
  Shown shown_ = Shown::NoSearchYet;
  bool searchRunning_ = false;
};
