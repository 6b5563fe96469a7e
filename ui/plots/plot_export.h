#pragma once
// Saves plots as pictures for papers and slides: one QCustomPlot, or several side by side (the
// three fronts), as PNG, SVG or PDF, chosen by the file's suffix, sized and dressed by
// FigureOptions (ui/export/figure_options.h: size preset, PNG dpi, caption, presentation style).
// SVG and PDF are vector throughout: no embedded image, the designs as thinned marks and the
// caption as text. The on-screen plots are drawn anew at the export's size and given back as they
// were. Written through QSaveFile: a failure leaves no half-written file and keeps any previous one.
// GUI thread.
#include <QList>
#include <QSize>
#include <QString>

#include "ui/export/figure_options.h"

class QCustomPlot;

// Empty on success; otherwise a translated message naming the file and the problem. `caption` is
// drawn under the plots when options.caption is on (figure_caption.h builds the assumptions').
QString exportPlots(const QList<QCustomPlot*>& plots, const QString& path, const FigureOptions& options = {},
                    const QString& caption = {});
QString exportPlot(QCustomPlot* plot, const QString& path, const FigureOptions& options = {},
                   const QString& caption = {});

// The size each plot is drawn at: its on-screen size, or a readable default when it was never shown.
QSize exportSizeOf(const QCustomPlot* plot);
// Several plots side by side: the sum of their widths, the tallest's height.
QSize exportSizeOf(const QList<QCustomPlot*>& plots);
