#pragma once
// Dominated and infeasible designs, drawn as faint dots and crosses straight into one image per
// repaint. A plot may hold 100,000 of them; stamping each through QPainter cost ~10 ms per plot,
// writing their pixels ~1 ms, which is what keeps a slider drag live. They carry no selection
// and no legend of their own (the legend's look-alike graphs describe them).
// Exports (VectorExportScope) switch to vector marks: an SVG or PDF then holds no image, and a
// PNG at 300 dpi no blown-up pixels. Marks are thinned to one per colour bin and 1.5 px cell (what
// the screen shows anyway), so 100,000 designs do not make a file of tens of megabytes.
#include <QColor>

#include <array>
#include <cstdint>
#include <vector>

#include <qcustomplot.h>

#include "ui/plots/plot_style.h"

struct FaintPoint {
  double x = 0;
  double y = 0;
  std::uint8_t bin = 0;      // colour bin of a dominated design (plot_style::binColour)
  bool infeasible = false;   // drawn as a grey cross instead
};

class FaintPointsLayer : public QCPLayerable {
  Q_OBJECT
public:
  FaintPointsLayer(QCustomPlot* plot, QCPAxis* xAxis, QCPAxis* yAxis);

  void setPoints(std::vector<FaintPoint> points);
  std::size_t dominatedCount() const { return dominated_; }
  std::size_t infeasibleCount() const { return points_.size() - dominated_; }
  void setVectorMarks(bool on) { vectorMarks_ = on; }
  bool vectorMarks() const { return vectorMarks_; }

protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;
  QRect clipRect() const override;

private:
  void drawPixels(QCPPainter* painter, const QRect& area) const;
  void drawMarks(QCPPainter* painter, const QRect& area) const;

  QCPAxis* xAxis_;
  QCPAxis* yAxis_;
  std::vector<FaintPoint> points_;
  std::size_t dominated_ = 0;
  std::array<QRgb, plot_style::k_colour_bins + 1> binColours_{};    // premultiplied, faint
  std::array<QRgb, plot_style::k_colour_bins + 1> edgeColours_{};   // the dot's corners, fainter
  QRgb crossColour_ = 0;
  bool vectorMarks_ = false;
};
