#pragma once
// Where each plot and the caption go on an exported figure (ui/export/figure_options.h), in
// layout px (96 dpi). Plots sit side by side and share the width: on-screen size keeps each plot's
// own width, every other preset gives them equal shares. The caption, when there is one, is a
// wrapped paragraph under the plots. Pure arithmetic on sizes: no painting, any thread.
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include "ui/export/figure_options.h"

struct FigureLayout {
  QSizeF canvas_px;      // the whole figure (the page, for the paper presets)
  QList<QRectF> plots;   // one per plot, in order
  QRectF caption;        // empty without a caption
  QFont captionFont;     // pixel-sized, so that it measures the same on every device
  // Presentation: each plot is laid out at its rectangle's size / zoom and drawn `zoom` times as
  // large, so its fonts, pens and markers grow while the figure keeps its size.
  double zoom = 1.0;
};

namespace figure_layout {

inline constexpr double k_presentation_zoom = 1.75;
// A plot narrower than this (layout px, before zooming) would lose its axes: the zoom gives way.
inline constexpr double k_min_zoomed_plot_px = 320.0;
// On the paper pages a plot is at most this tall for its width.
inline constexpr double k_page_plot_aspect = 1.0;

// `plotSizes`: each plot's on-screen size (exportSizeOf). `caption` empty or options.caption off:
// no caption.
FigureLayout layout(const FigureOptions& options, const QList<QSize>& plotSizes, const QString& caption);

}   // namespace figure_layout
