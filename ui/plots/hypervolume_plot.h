#pragma once
// The hypervolume of the front over the evaluations: how much objective space the search has
// covered so far (against the run's fixed reference point), with the current value in the title.
// Fed from FrontSnapshot (under the current assumptions) or live from the search progress; like
// the fronts, redraws are coalesced to at most one every 40 ms. When the snapshot carries the
// exact front (issue 14), its hypervolume under the same reference point is drawn as a dashed
// ceiling and the title gives the run's share of it; while it is being solved a grey note says so.
#include <QWidget>

#include <optional>
#include <vector>

#include "ui/explorer/front_snapshot.h"
#include "core/search/archive/archive_record.h"
#include "core/search/archive/objective.h"

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
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
  // The ceiling drawn (nullopt: none), the whole title and the grey note in the plot (tests).
  std::optional<double> ceiling() const;
  QString fullTitle() const { return fullTitle_; }
  QString exactNote() const;

public slots:
  void setSnapshot(const FrontSnapshot& snapshot);
  void setTrace(const std::vector<cdse::HypervolumeSample>& trace);
  // The exact front's state and hypervolume (ExactFrontView); State::None hides the ceiling.
  void setExact(const ExactFrontView& exact);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateTitle();
  void placeExact(double top);   // the ceiling and the note, for a y axis reaching `top`

  QCustomPlot* plot_;
  QCPGraph* graph_ = nullptr;
  QCPTextElement* title_ = nullptr;
  QCPItemStraightLine* ceiling_ = nullptr;   // the exact front's hypervolume
  QCPItemText* exactNote_ = nullptr;         // "exact front: solving…" or the ceiling's name
  ExactFrontView::State exactState_ = ExactFrontView::State::None;
  double exactFraction_ = 0;
  double exactHypervolume_ = 0;
  QString fullTitle_;   // the title drawn is shortened to the plot's width
  QTimer* redrawTimer_ = nullptr;
  std::vector<cdse::HypervolumeSample> trace_;
  std::vector<cdse::Objective> objectives_;
  bool dirty_ = false;
};
