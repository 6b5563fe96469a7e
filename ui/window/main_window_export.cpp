// MainWindow's export commands: designs (CSV/JSON), plots and the A/B table as figures (PNG/SVG/PDF)
// and the report (HTML/PDF). The writers live in export/, plots/ and report/; this file only asks
// for the paths and options.
#include "ui/window/main_window.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>

#include "ui/ab/ab_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/export/design_table_export.h"
#include "ui/export/figure_export_dialog.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/plot_export.h"
#include "ui/report/ab_figure_export.h"
#include "ui/report/ab_figure_layout.h"
#include "ui/report/figure_caption.h"
#include "ui/report/html_report.h"
#include "ui/report/report_pdf.h"
#include "ui/window/ab_figure_input_builder.h"
#include "ui/window/report_input_builder.h"
#include "ui/search/search_panel.h"
#include "ui/regime/regime_panel.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/sweep/sweep_plot.h"

void MainWindow::exportDesigns(bool frontOnly, bool json)
{
  const QString filter = json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
  const QString title = frontOnly ? tr("Export the Pareto Front") : tr("Export All Designs");
  QString path = QFileDialog::getSaveFileName(this, title, QString(), filter);
  if (path.isEmpty())
    return;
  const QString suffix = json ? QStringLiteral(".json") : QStringLiteral(".csv");
  if (!path.endsWith(suffix, Qt::CaseInsensitive))
    path += suffix;
  const DesignSelection which = frontOnly ? DesignSelection::Front : DesignSelection::All;
  const ExportResult result = json ? exportDesignsJson(path, model_->archive(), model_->space(), which)
                                   : exportDesignsCsv(path, model_->archive(), model_->space(), which);
  if (!result.ok)
    showError(tr("Export failed"), result.error);
  else
    statusBar()->showMessage(tr("Exported %L1 designs to %2").arg(result.rows).arg(QFileInfo(path).fileName()), 5000);
}

namespace {

// The picture's file, PNG when the name has no known suffix; empty when cancelled.
QString askPicturePath(QWidget* parent, const QString& title)
{
  QString path = QFileDialog::getSaveFileName(
      parent, title, QString(),
      QCoreApplication::translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (!path.isEmpty() && suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
      suffix != QLatin1String("pdf"))
    path += QStringLiteral(".png");
  return path;
}

FigureCaptionInput captionInput(const ExplorerModel& model)
{
  FigureCaptionInput caption;
  caption.settings = model.carbonSettings();
  const nlohmann::json& accuracy = model.scenario().accuracy;
  caption.accuracySource = accuracySourceName(accuracy.is_object() ? accuracy.value("kind", std::string("builtin"))
                                                                   : std::string("builtin"));
  caption.appVersion = QStringLiteral(CARBONDSE_VERSION);
  caption.date = QDate::currentDate();
  return caption;
}

bool showsAbTable(const AbPanel& ab) { return ab.shownComparison() && ab.table()->rowCount() > 0; }

// The A/B figure's size at the on-screen preset (it is as tall as its contents).
QSize abOnScreenSize(const AbFigureInput& input)
{
  FigureOptions screen;
  screen.preset = FigurePreset::OnScreen;
  return ab_figure_layout::layout(input, screen, QString(), false).canvas_px.toSize();
}

// The A/B table as the panel shows it, captioned with both sets.
QString writeAbFigure(const AbPanel& ab, const ExplorerModel& model, const QString& path, const FigureOptions& options)
{
  FigureCaptionInput caption = captionInput(model);
  caption.settings = ab.setA();
  return exportAbFigure(buildAbFigureInput(ab, QString::fromStdString(model.scenario().title)), path, options,
                        figureCaption(caption, ab.setB()));
}

}   // namespace

void MainWindow::exportPlots()
{
  refreshNow();
  // The fronts, and the sweep, regime map and A/B table when they are shown: each a figure of its own.
  QList<QList<QCustomPlot*>> plots{fronts_->plots()};
  QList<FigureSubject> subjects{{tr("The three Pareto fronts"), exportSizeOf(plots[0])}};
  if (sweep_->shownSweep()) {
    plots.append({sweep_->plot()});
    subjects.append({tr("The sweep"), exportSizeOf(plots.back())});
  }
  if (regime_->shownMap()) {
    plots.append({regime_->plot()});
    subjects.append({tr("The regime map"), exportSizeOf(plots.back())});
  }
  const int abSubject = showsAbTable(*ab_) ? static_cast<int>(subjects.size()) : -1;
  if (abSubject >= 0)
    subjects.append({tr("The A/B comparison table"),
                     abOnScreenSize(buildAbFigureInput(*ab_, QString::fromStdString(model_->scenario().title)))});
  QSettings settings;
  FigureExportDialog dialog(figure_options::load(settings), subjects, this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  const FigureOptions options = dialog.options();
  figure_options::save(settings, options);

  const QString path = askPicturePath(this, tr("Export Plots"));
  if (path.isEmpty())
    return;
  const QString error = dialog.subject() == abSubject
                            ? writeAbFigure(*ab_, *model_, path, options)
                            : ::exportPlots(plots[dialog.subject()], path, options, figureCaption(captionInput(*model_)));
  if (!error.isEmpty())
    showError(tr("Export failed"), error);
  else
    statusBar()->showMessage(tr("Saved the plots to %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportAbFigure()
{
  if (!showsAbTable(*ab_))
    return;
  const AbFigureInput input = buildAbFigureInput(*ab_, QString::fromStdString(model_->scenario().title));
  QSettings settings;
  FigureExportDialog dialog(figure_options::load(settings), {{tr("The A/B comparison table"), abOnScreenSize(input)}},
                            this);
  dialog.setWindowTitle(tr("Export the A/B Comparison"));
  if (dialog.exec() != QDialog::Accepted)
    return;
  const FigureOptions options = dialog.options();
  figure_options::save(settings, options);
  const QString path = askPicturePath(this, tr("Export the A/B Comparison"));
  if (path.isEmpty())
    return;
  if (const QString error = writeAbFigure(*ab_, *model_, path, options); !error.isEmpty())
    showError(tr("Export failed"), error);
  else
    statusBar()->showMessage(tr("Saved the A/B comparison to %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportReport()
{
  const QString html = tr("HTML report (*.html)"), pdf = tr("PDF document (*.pdf)");
  QString chosen;
  QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), QString(), html + QStringLiteral(";;") + pdf,
                                              &chosen);
  if (path.isEmpty())
    return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("html") && suffix != QLatin1String("pdf"))
    path += chosen == pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
  refreshNow();
  const ReportInput input = buildReportInput(*model_, *fronts_, sweep_, ab_);
  const QString error = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? writePdfReport(path, input)
                                                                                  : writeHtmlReport(path, input);
  if (!error.isEmpty())
    showError(tr("Export failed"), error);
  else
    statusBar()->showMessage(tr("Saved the report to %1").arg(QFileInfo(path).fileName()), 5000);
}
