#pragma once
// The caption under an exported figure: the assumptions its numbers rest on (grid intensity and
// region, lifetime, inference rate, duty cycle, fab, node, where accuracy comes from), the
// program's version and the export date (ISO 8601), on one line. Built from the same texts as
// the HTML report (assumption_texts.h).
#include <QDate>
#include <QString>

#include <string>

#include "core/carbon/carbon_settings.h"

struct FigureCaptionInput {
  cdse::CarbonSettings settings;
  QString accuracySource;   // accuracySourceName()
  QString appVersion;       // "0.1.0"
  QDate date;
};

QString figureCaption(const FigureCaptionInput& input);
// Two assumption sets (the A/B figure): "A: Grid …, node …; B: Grid …, node … · accuracy: … ·
// CarbonDSE … · date", with input.settings as A.
QString figureCaption(const FigureCaptionInput& input, const cdse::CarbonSettings& b);
// A scenario's accuracy "kind" (core/accuracy/accuracy_source_factory.h) for people:
// "builtin" → "built-in estimate", "measured" → "measured table", "external" → "external evaluator".
QString accuracySourceName(const std::string& kind);
