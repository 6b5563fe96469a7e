// MainWindow's export commands: designs (CSV/JSON), plots (PNG/SVG/PDF) and the report (HTML/PDF).
// The writers live in export/, plots/ and report/; this file only asks for the paths.
#include "ui/window/main_window.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include "ui/explorer/explorer_model.h"
#include "ui/export/design_table_export.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/plot_export.h"
#include "ui/report/html_report.h"
#include "ui/report/report_pdf.h"
#include "ui/window/report_input_builder.h"
#include "ui/search/search_panel.h"

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
  QString path = QFileDialog::getSaveFileName(this, tr("Export Plots"), QString(),
                                              tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  if (path.isEmpty())
    return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
    path += QStringLiteral(".png");
  refreshNow();
  if (const QString error = ::exportPlots(fronts_->plots(), path); !error.isEmpty())
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
  const ReportInput input = buildReportInput(*model_, *fronts_, sweep_);
  const QString error = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? writePdfReport(path, input)
                                                                                  : writeHtmlReport(path, input);
  if (!error.isEmpty())
    showError(tr("Export failed"), error);
  else
    statusBar()->showMessage(tr("Saved the report to %1").arg(QFileInfo(path).fileName()), 5000);
}
