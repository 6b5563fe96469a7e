#pragma once
// A colour scale's bar drawn as one filled rectangle per gradient level, for vector exports:
// QCustomPlot draws the bar as an image, which would put a raster into an SVG or PDF. Stands in
// for the scale's own bar only while VectorExportScope has taken that off its layer; it draws in
// the rectangle of the scale's axis and follows its gradient and direction, so the exported bar
// looks like the one on screen. Owned by the plot (QObject parent); GUI thread.
#include <QPointer>

#include <qcustomplot.h>

class VectorColourBar : public QCPLayerable {
  Q_OBJECT
public:
  explicit VectorColourBar(QCPColorScale* scale);

protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;

private:
  QPointer<QCPColorScale> scale_;
};
