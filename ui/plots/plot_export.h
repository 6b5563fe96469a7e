#pragma once
// Saves plots as pictures for papers and slides: one QCustomPlot, or several side by side (the
// three fronts), as PNG (rendered at `png_scale` for crisp output), SVG or PDF (vector), chosen
// by the file's suffix. Written through QSaveFile: a failure leaves no half-written file and
// keeps any previous one.
#include <QList>
#include <QSize>
#include <QString>

class QCustomPlot;

// Empty on success; otherwise a translated message naming the file and the problem.
QString exportPlots(const QList<QCustomPlot*>& plots, const QString& path, double png_scale = 2.0);
QString exportPlot(QCustomPlot* plot, const QString& path, double png_scale = 2.0);

// The size each plot is drawn at: its on-screen size, or a readable default when it was never shown.
QSize exportSizeOf(const QCustomPlot* plot);
