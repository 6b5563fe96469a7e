#pragma once
// The graphs of one projection plot: one QCPGraph per colour bin of the front (scatter only, data
// handed over pre-sorted), the faint dominated/infeasible designs as one raster layer, the 2-D front's step line, the baselines (one symbol each), the
// selection ring and the pinned marks, plus empty look-alike graphs that carry the legend. No
// per-point items, so 100,000 designs stay a few dozen graphs.
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QVector>

#include <cstddef>
#include <vector>

#include "ui/explorer/front_snapshot.h"
#include "ui/plots/plot_quantity.h"
#include "ui/plots/projection_data.h"
#include "ui/plots/projection_frame.h"

class FaintPointsLayer;
class QCustomPlot;
class QCPGraph;

class ProjectionGraphs {
  Q_DECLARE_TR_FUNCTIONS(ProjectionGraphs)

public:
  explicit ProjectionGraphs(QCustomPlot* plot);

  // Hands the frame's prepared data to the graphs (its faint points are moved out) and places
  // the baselines, the selection and the pins.
  void apply(ProjectionFrame& frame, const ProjectionSpec& spec);
  void setShowDominated(bool show);
  // Points currently held by the graphs of one class (all colour bins together, both markers).
  std::size_t pointCount(PointClass point_class) const;
  // Front points drawn with the measured/published marker, and whether its legend entry is listed
  // (only while there are such points).
  std::size_t measuredFrontCount() const;
  bool measuredInLegend() const;
  std::size_t staircaseCount() const;
  // Points of the exact front's reference line (0 when there is no reference).
  std::size_t exactCount() const;
  // The reference line's data, ascending x (tests).
  QVector<QPointF> exactLine() const;
  std::size_t baselineCount() const;
  bool hasSelection() const;
  std::size_t pinnedCount() const;
  void retranslate();

private:
  QCPGraph* newGraph();
  // Lists or unlists a legend entry that is shown only while what it names is drawn.
  void showInLegend(QCPGraph* entry, bool shown);
  QCPGraph* baselineGraph(std::size_t index);

  QCustomPlot* plot_;
  QList<QCPGraph*> front_;              // k_colour_bins + 1 (no value)
  QList<QCPGraph*> frontMeasured_;      // the same bins, measured or published accuracy
  FaintPointsLayer* faint_ = nullptr;   // dominated and infeasible designs
  QCPGraph* staircase_ = nullptr;
  QCPGraph* exact_ = nullptr;    // the exact front's 2-D front: under everything the run drew
  QList<QCPGraph*> baselines_;   // grows to the largest baseline count seen
  QCPGraph* pinned_ = nullptr;
  QCPGraph* selected_ = nullptr;
  // Legend entries (no data).
  QCPGraph* frontLegend_ = nullptr;
  QCPGraph* staircaseLegend_ = nullptr;
  QCPGraph* dominatedLegend_ = nullptr;
  QCPGraph* infeasibleLegend_ = nullptr;
  QCPGraph* baselineLegend_ = nullptr;
  QCPGraph* selectedLegend_ = nullptr;
  QCPGraph* pinnedLegend_ = nullptr;
  QCPGraph* exactLegend_ = nullptr;      // listed only while there is a reference
  QCPGraph* measuredLegend_ = nullptr;   // listed only while measured designs are on the front
};
