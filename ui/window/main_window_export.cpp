// MainWindow's export commands: designs (CSV/JSON), plots (PNG/SVG/PDF) and the report (HTML/PDF).
// The writers live in export/, plots/ and report/; this file only asks for the paths and options.
#include "ui/window/main_window.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

#include "ui/explorer/explorer_model.h"
#include "ui/export/design_table_export.h"
#include "ui/export/figure_export_dialog.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/plot_export.h"
#include "ui/report/figure_caption.h"
#include "ui/report/html_report.h"
#include "ui/report/report_pdf.h"
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

void MainWindow::exportPlots()
{
  refreshNow();
  // The fronts, or the sweep or regime map when one is shown: each is a figure of its own.
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
  QSettings settings;
  FigureExportDialog dialog(figure_options::load(settings), subjects, this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  const FigureOptions options = dialog.options();
  figure_options::save(settings, options);

  QString path = QFileDialog::getSaveFileName(this, tr("Export Plots"), QString(),
                                              tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  if (path.isEmpty())
    return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
    path += QStringLiteral(".png");
  FigureCaptionInput caption;
  caption.settings = model_->carbonSettings();
  const nlohmann::json& accuracy = model_->scenario().accuracy;
  caption.accuracySource = accuracySourceName(accuracy.is_object() ? accuracy.value("kind", std::string("builtin"))
                                                                   : std::string("builtin"));
  caption.appVersion = QStringLiteral(CARBONDSE_VERSION);
  caption.date = QDate::currentDate();
  if (const QString error = ::exportPlots(plots[dialog.subject()], path, options, figureCaption(caption));
      !error.isEmpty())
    showError(tr("Export failed"), error);
  else
    statusBar()->showMessage(tr("Saved the plots to %1").arg(QFileInfo(path).fileName()), 5000);
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
