#pragma once
// The search controls: mode, algorithm, budget, threads, seed; start / pause-resume / stop; a
// progress bar, the run state and the evaluations / feasible / evals/s counters. Start only asks
// (startRequested): the window starts the SearchController with its model's scenario and the
// current assumptions. Pause and stop act on the controller, whose progress and run state the
// panel shows; it holds no scenario of its own.
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

  // Fills the controls (mode, algorithm, budget, seed) from the scenario on screen.
  void setScenario(const cdse::Scenario& scenario);
  void setRunSettings(const cdse::SessionRunSettings& run);
  cdse::SessionRunSettings runSettings() const;
  SearchRunRequest request() const;
  cdse::SearchMode mode() const;

  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* stopButton() const { return stop_; }
  QString countersText() const;

public slots:
  void togglePause();

signals:
  // Start was clicked while no search runs.
  void startRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void showText(const cdse::SearchProgress& p);
  void setRunning(bool running);

  SearchController* controller_;
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
