#include "ui/report/figure_caption.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/report/assumption_texts.h"

namespace {

class FigureCaption {
  Q_DECLARE_TR_FUNCTIONS(FigureCaption)
};

// The assumptions of one set, in the caption's words and order.
QStringList settingsParts(const cdse::CarbonSettings& s)
{
  using namespace assumption_texts;
  return {FigureCaption::tr("Grid %1").arg(gridIntensity(s, RegionDetail::NameOnly)),
          FigureCaption::tr("lifetime %1").arg(lifetime(s)),
          FigureCaption::tr("%1 inferences/s").arg(inferencesPerSecond(s)),
          FigureCaption::tr("powered on %1").arg(dutyCycle(s)),
          FigureCaption::tr("fab %1").arg(fab(s)),
          FigureCaption::tr("node %1").arg(node(s))};
}

// What every caption ends with: where accuracy comes from, the version and the date.
QStringList provenanceParts(const FigureCaptionInput& in)
{
  return {FigureCaption::tr("accuracy: %1")
              .arg(in.accuracySource.isEmpty() ? accuracySourceName("builtin") : in.accuracySource),
          FigureCaption::tr("CarbonDSE %1").arg(in.appVersion), in.date.toString(Qt::ISODate)};
}

}   // namespace

QString figureCaption(const FigureCaptionInput& in)
{
  return (settingsParts(in.settings) + provenanceParts(in)).join(QStringLiteral(" · "));
}

QString figureCaption(const FigureCaptionInput& in, const cdse::CarbonSettings& b)
{
  const QString sets = FigureCaption::tr("A: %1; B: %2")
                           .arg(settingsParts(in.settings).join(QStringLiteral(", ")),
                                settingsParts(b).join(QStringLiteral(", ")));
  return (QStringList{sets} + provenanceParts(in)).join(QStringLiteral(" · "));
}

QString accuracySourceName(const std::string& kind)
{
  if (kind == "measured")
    return FigureCaption::tr("measured table");
  if (kind == "external")
    return FigureCaption::tr("external evaluator");
  return FigureCaption::tr("built-in estimate");
}
