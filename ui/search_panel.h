#pragma once
// The search controls: mode, algorithm, budget, threads, seed; start / pause-resume / stop; a
// progress bar and the evaluations / feasible / evals/s counters. It drives a SearchController
// it does not own, and passes the coalesced snapshots on for the plots.
#include <QWidget>

#include "search/scenario.h"
#include "search_controller.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

class SearchPanel : public QWidget {
  Q_OBJECT
public:
  SearchPanel(SearchController* controller, QWidget* parent = nullptr);

  // The scenario the next Start runs (its mode, budget and seed fill the controls).
  void setScenario(const cdse::Scenario& scenario);
  SearchRunRequest request() const;
  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* stopButton() const { return stop_; }
  QString countersText() const;

signals:
  void plotProgress(const cdse::SearchProgress& progress);
  void runFinished(const SearchRunOutcome& outcome);
  void runFailed(const QString& message);

private:
  void startClicked();
  void pauseClicked();
  void showText(const cdse::SearchProgress& p);
  void setRunning(bool running);

  SearchController* controller_;
  cdse::Scenario scenario_;
  QComboBox* mode_;
  QComboBox* algorithm_;
  QSpinBox* budget_;
  QSpinBox* threads_;
  QSpinBox* seed_;
  QPushButton* start_;
  QPushButton* pause_;
  QPushButton* stop_;
  QProgressBar* progress_;
  QLabel* evaluations_;
  QLabel* feasible_;
  QLabel* rate_;
};
