#pragma once
// Presentation style for an exported copy of a plot: while one of these lives, the plot's data
// and annotations are drawn in the Okabe–Ito palette (plot_palette::presentation) with pens half
// as thick again. Sizes (fonts, pens, markers) grow by the figure's zoom (figure_layout.h), which
// the exporter applies through the painter, so nothing about them is changed here. Every pen,
// brush and symbol changed is put back on destruction: the on-screen plot is not disturbed.
// GUI thread.
#include <QPointer>

#include <functional>
#include <vector>

#include <qcustomplot.h>

class PresentationScope {
public:
  explicit PresentationScope(QCustomPlot* plot);
  ~PresentationScope();
  PresentationScope(const PresentationScope&) = delete;
  PresentationScope& operator=(const PresentationScope&) = delete;

  static constexpr double k_pen_factor = 1.5;

private:
  void restyleProperty(QObject* object, const char* name);
  void restyleScatter(QCPGraph* graph);

  std::vector<std::function<void()>> restore_;   // run in reverse order
};
