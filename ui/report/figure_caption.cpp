#include "ui/report/figure_caption.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/report/assumption_texts.h"

namespace {

class FigureCaption {
  Q_DECLARE_TR_FUNCTIONS(FigureCaption)
};

}   // namespace

QString figureCaption(const FigureCaptionInput& in)
{
  using namespace assumption_texts;
  const cdse::CarbonSettings& s = in.settings;
  QStringList parts;
  parts << FigureCaption::tr("Grid %1").arg(gridIntensity(s, RegionDetail::NameOnly))
        << FigureCaption::tr("lifetime %1").arg(lifetime(s))
        << FigureCaption::tr("%1 inferences/s").arg(inferencesPerSecond(s))
        << FigureCaption::tr("powered on %1").arg(dutyCycle(s)) << FigureCaption::tr("fab %1").arg(fab(s))
        << FigureCaption::tr("node %1").arg(node(s))
        << FigureCaption::tr("accuracy: %1")
               .arg(in.accuracySource.isEmpty() ? accuracySourceName("builtin") : in.accuracySource)
        << FigureCaption::tr("CarbonDSE %1").arg(in.appVersion) << in.date.toString(Qt::ISODate);
  return parts.join(QStringLiteral(" · "));
}

QString accuracySourceName(const std::string& kind)
{
  if (kind == "measured")
    return FigureCaption::tr("measured table");
  if (kind == "external")
    return FigureCaption::tr("external evaluator");
  return FigureCaption::tr("built-in estimate");
}
