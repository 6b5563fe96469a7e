#pragma once
// A regime map's cells as filled rectangles in plot coordinates, always vector (an SVG or PDF of
// the map holds no image, and a PNG at 300 dpi no blown-up pixels). Each value of the map sits at
// its cell's centre; cell edges are halfway between neighbouring values (geometric halfway on a
// log axis), and the map ends at the first and last values. Runs of one colour along a row are
// drawn as one rectangle. Owned by the plot; GUI thread.
#include <QRgb>

#include <vector>

#include <qcustomplot.h>

class RegimeCellsLayer : public QCPLayerable {
  Q_OBJECT
public:
  RegimeCellsLayer(QCustomPlot* plot, QCPAxis* xAxis, QCPAxis* yAxis);

  // `colours` row-major in y (nx × ny); alpha 0 leaves a cell empty (no feasible design there).
  void setCells(std::vector<double> xValues, bool xLog, std::vector<double> yValues, bool yLog,
                std::vector<QRgb> colours);
  void clear();
  std::size_t rectangleCount() const;   // what draw() paints, for tests

  // The edges between values: n + 1 of them for n values.
  static std::vector<double> edges(const std::vector<double>& values, bool log);

protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;
  QRect clipRect() const override;

private:
  QCPAxis* xAxis_;
  QCPAxis* yAxis_;
  std::vector<double> xEdges_, yEdges_;
  std::vector<QRgb> colours_;
};
