#pragma once
// The search controls: mode, algorithm, budget, threads, seed; start / pause-resume / stop; a
// progress bar, the run state and the evaluations / feasible / evals/s counters. Start only asks
// (startRequested): the window starts the SearchController with its model's scenario and the
// current assumptions. Pause and stop act on the controller, whose progress and run state the
// panel shows. It keeps a copy of the scenario on screen only to tell whether the exact algorithm
// can solve it in the chosen mode (cdse::exact_refusal): otherwise that item is disabled, with the
// reason as its tooltip.
#include <QWidget>

#include "core/search/exact/exact_refusal.h"

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
  // The assumptions on the sliders (a node override decides whether exact can run).
  void setCarbonSettings(const cdse::CarbonSettings& carbon);
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
  // Enables or disables the exact algorithm's item for the scenario in the chosen mode, and
  // leaves it for another algorithm when it was chosen and is no longer possible.
  void updateExactItem();
  QString exactRefusalText(const cdse::ExactRefusal& refusal) const;

  SearchController* controller_;
  cdse::SearchProgress last_;
  cdse::Scenario scenario_;   // on screen, with the sliders' carbon (the mode is the combo's)
  bool hasScenario_ = false;
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
