#pragma once
// The hypervolume of the front over the evaluations: how much objective space the search has
// covered so far (against the run's fixed reference point), with the current value in the title.
// Fed from FrontSnapshot (under the current assumptions) or live from the search progress; like
// the fronts, redraws are coalesced to at most one every 40 ms.
#include <QWidget>

#include <vector>

#include "ui/explorer/front_snapshot.h"
#include "core/search/archive/archive_record.h"
#include "core/search/archive/objective.h"

class QCPGraph;
class QCPTextElement;
class QCustomPlot;
class QTimer;

class HypervolumePlot : public QWidget {
  Q_OBJECT
public:
  static constexpr int k_redraw_interval_ms = 40;

  explicit HypervolumePlot(QWidget* parent = nullptr);

  QCustomPlot* plot() const { return plot_; }
  // The objectives name the unit of the volume (e.g. (1 − accuracy) × s × kg CO2e).
  void setObjectives(const std::vector<cdse::Objective>& objectives);
  std::size_t sampleCount() const;
  double currentHypervolume() const;
  void redrawNow();

public slots:
  void setSnapshot(const FrontSnapshot& snapshot);
  void setTrace(const std::vector<cdse::HypervolumeSample>& trace);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateTitle();

  QCustomPlot* plot_;
  QCPGraph* graph_ = nullptr;
  QCPTextElement* title_ = nullptr;
  QString fullTitle_;   // the title drawn is shortened to the plot's width
  QTimer* redrawTimer_ = nullptr;
  std::vector<cdse::HypervolumeSample> trace_;
  std::vector<cdse::Objective> objectives_;
  bool dirty_ = false;
};
