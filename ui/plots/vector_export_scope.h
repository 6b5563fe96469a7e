#pragma once
// While one of these lives, a plot draws without any raster: its colour scales' bars (an image in
// QCustomPlot) become VectorColourBar rectangles, and scatter symbols made of a pixmap (the legend's
// sample of a dominated design) become discs of the pixmap's colour and size. Its faint points
// are drawn as thinned vector marks too (FaintPointsLayer::setVectorMarks), which a scaled PNG
// export also wants, so `vector` = false changes only that. Everything is put back on destruction
// and the plot is replotted. The other raster paths of QCustomPlot are not used by our plots
// (QCPColorMap, QCPItemPixmap, background pixmaps) and the cached tick labels are off under
// QCPPainter::pmNoCaching; test_figure_export checks that an SVG holds no <image>. GUI thread.
#include <QList>
#include <QPointer>

#include <functional>
#include <vector>

#include <qcustomplot.h>

class VectorExportScope {
public:
  VectorExportScope(QCustomPlot* plot, bool vector);
  ~VectorExportScope();
  VectorExportScope(const VectorExportScope&) = delete;
  VectorExportScope& operator=(const VectorExportScope&) = delete;

private:
  void replaceColourScale(QCPColorScale* scale);
  void replacePixmapScatters();

  QPointer<QCustomPlot> plot_;
  std::vector<std::function<void()>> restore_;   // run in reverse order
};
