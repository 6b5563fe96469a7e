#pragma once
// The search controls: mode, algorithm, budget, threads, seed; start / pause-resume / stop; a
// progress bar, the run state and the evaluations / feasible / evals/s counters. It drives a
// SearchController it does not own; the window keeps its scenario's assumptions current.
#include <QWidget>

#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"
#include "core/session/session_file.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

class SearchPanel : public QWidget {
  Q_OBJECT
public:
  SearchPanel(SearchController* controller, QWidget* parent = nullptr);

  // The scenario the next Start runs (its mode, algorithm, budget and seed fill the controls).
  void setScenario(const cdse::Scenario& scenario);
  // The assumptions on the sliders, used by the next run (the controls keep their values).
  void setAssumptions(const cdse::CarbonSettings& carbon, const cdse::SearchConstraints& constraints);
  void setRunSettings(const cdse::SessionRunSettings& run);
  cdse::SessionRunSettings runSettings() const;
  SearchRunRequest request() const;
  cdse::SearchMode mode() const;

  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* stopButton() const { return stop_; }
  QString countersText() const;

public slots:
  void startSearch();
  void togglePause();

signals:
  void plotProgress(const cdse::SearchProgress& progress);
  void runFinished(const SearchRunOutcome& outcome);
  void runFailed(const QString& message);
  void runningChanged(bool running);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void showText(const cdse::SearchProgress& p);
  void setRunning(bool running);

  SearchController* controller_;
  cdse::Scenario scenario_;
  cdse::SearchProgress last_;
  QComboBox* mode_;
  QComboBox* algorithm_;
  QSpinBox* budget_;
  QSpinBox* threads_;
  QSpinBox* seed_;
  QLabel* modeLabel_;
  QLabel* algorithmLabel_;
  QLabel* budgetLabel_;
  QLabel* threadsLabel_;
  QLabel* seedLabel_;
  QPushButton* start_;
  QPushButton* pause_;
  QPushButton* stop_;
  QProgressBar* progress_;
  QLabel* state_;
  QLabel* evaluations_;
  QLabel* feasible_;
  QLabel* rate_;
};
