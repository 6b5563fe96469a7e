#include "ui/window/ab_figure_input_builder.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/ab/ab_panel.h"
#include "ui/widgets/settings_summary.h"

AbFigureInput buildAbFigureInput(const AbPanel& panel, const QString& scenarioTitle)
{
  AbFigureInput in;
  in.title = scenarioTitle;
  in.setA = settingsSummary(panel.setA());
  in.setB = settingsSummary(panel.setB());
  const QStringList diff = settingsDifferences(panel.setA(), panel.setB());
  in.differences =
      diff.isEmpty() ? QCoreApplication::translate("AbFigure", "A and B are the same assumptions.")
                     : QCoreApplication::translate("AbFigure", "B differs in: %1").arg(diff.join(QStringLiteral(" · ")));
  if (!panel.shownComparison())
    return in;
  const cdse::AssumptionComparison& c = *panel.shownComparison();
  // The panel's rows, in its order: the pinned designs, then A's and B's optimum when found.
  const QStringList labels = panel.rowLabels();
  int row = 0;
  for (const cdse::DesignUnderAB& d : c.designs)
    in.rows.push_back({labels.value(row++), d.a, d.b, d.scorable, false});
  for (const cdse::OptimumUnderSet* o : {&c.optimal_a, &c.optimal_b})
    if (o->index)
      in.rows.push_back({labels.value(row++), o->under_a, o->under_b, true, true});
  in.summary = panel.summaryText(false);
  in.equivalents = panel.equivalentsText();
  in.note = panel.tableNote();
  return in;
}
