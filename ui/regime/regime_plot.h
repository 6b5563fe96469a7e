#pragma once
// The regime map's plot: two assumptions on the axes (log where the range is), each cell coloured
// by the carbon-optimal design there (the largest regions named on the map and in the legend) or
// by that design's embodied share of its total carbon (a colour scale from operational-dominated
// through even to embodied-dominated); the break-even contour as a black line per design (where
// the optimum changes the share jumps, and the contour with it); and the assumptions as the
// sliders set them, as a marker. Draws a finished core::RegimeMap; computes nothing.
#include <QString>

#include <functional>

#include <qcustomplot.h>

#include "core/analysis/regime_map.h"

class RegimeCellsLayer;

struct RegimePlotInput {
  enum class Colour { OptimalDesign, EmbodiedShare };
  cdse::RegimeMap map;
  Colour colour = Colour::OptimalDesign;
  std::function<QString(std::size_t)> candidateLabel;   // a candidate's name: "#123"
  double currentX = 0, currentY = 0;                    // the assumptions as the sliders set them
};

class RegimePlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit RegimePlot(QWidget* parent = nullptr);

  void show(const RegimePlotInput& input);
  void showMessage(const QString& text);   // nothing to plot: the reason, centred

  // For tests: each cell's fill (alpha 0: empty), the contour's curves and their points, and
  // the colour given to a regime (the candidate optimal there).
  const std::vector<QRgb>& cellColours() const { return cellColours_; }
  const RegimeCellsLayer* cells() const { return cells_; }
  int contourCurveCount() const { return contourCurves_; }
  int contourPointCount() const { return contourPoints_; }
  QColor regimeColour(std::size_t candidate) const;

private:
  void clearAll();
  void setAxis(QCPAxis* axis, const cdse::SweepRange& range);
  void addRegimeLabels(const RegimePlotInput& input);
  void addContour(const RegimePlotInput& input);

  RegimeCellsLayer* cells_;
  QCPColorScale* shareScale_;
  QCPLayoutGrid* legendRow_;
  std::vector<QRgb> cellColours_;
  std::vector<std::size_t> coloured_;   // candidates with their own colour, in regime order
  int contourCurves_ = 0, contourPoints_ = 0;
};
