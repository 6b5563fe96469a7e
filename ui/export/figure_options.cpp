#include "ui/export/figure_options.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {

class FigureOptionsText {
  Q_DECLARE_TR_FUNCTIONS(FigureOptions)
};

constexpr double k_mm_per_inch = 25.4;
constexpr double k_points_per_inch = 72.0;
constexpr double k_page_margin_mm = 15.0;

double mmToPx(double mm) { return mm / k_mm_per_inch * figure_options::k_layout_dpi; }

// Settings keys spell the preset, so that reordering the enum does not change a saved choice.
const char* presetKey(FigurePreset preset)
{
  switch (preset) {
    case FigurePreset::OnScreen: return "screen";
    case FigurePreset::Slide16x9: return "slide16x9";
    case FigurePreset::Slide4x3: return "slide4x3";
    case FigurePreset::A4Page: return "a4";
    case FigurePreset::LetterPage: return "letter";
    case FigurePreset::Custom: return "custom";
  }
  return "screen";
}

}   // namespace

namespace figure_options {

const QList<FigurePreset>& allPresets()
{
  static const QList<FigurePreset> presets = {FigurePreset::OnScreen, FigurePreset::Slide16x9,  FigurePreset::Slide4x3,
                                              FigurePreset::A4Page,   FigurePreset::LetterPage, FigurePreset::Custom};
  return presets;
}

QString presetName(FigurePreset preset)
{
  switch (preset) {
    case FigurePreset::OnScreen: return FigureOptionsText::tr("On-screen size");
    case FigurePreset::Slide16x9: return FigureOptionsText::tr("16:9 slide (1920 × 1080 px)");
    case FigurePreset::Slide4x3: return FigureOptionsText::tr("4:3 slide (1600 × 1200 px)");
    case FigurePreset::A4Page: return FigureOptionsText::tr("A4 page (210 × 297 mm, 180 mm wide figure)");
    case FigurePreset::LetterPage: return FigureOptionsText::tr("US Letter page (8.5 × 11 in)");
    case FigurePreset::Custom: return FigureOptionsText::tr("Custom size");
  }
  return {};
}

bool isPage(FigurePreset preset) { return preset == FigurePreset::A4Page || preset == FigurePreset::LetterPage; }

bool isSlide(FigurePreset preset) { return preset == FigurePreset::Slide16x9 || preset == FigurePreset::Slide4x3; }

QSizeF canvasSize_px(const FigureOptions& options, QSize onScreen)
{
  switch (options.preset) {
    case FigurePreset::OnScreen: return QSizeF(onScreen);
    case FigurePreset::Slide16x9: return QSizeF(1920, 1080);
    case FigurePreset::Slide4x3: return QSizeF(1600, 1200);
    case FigurePreset::A4Page: return QSizeF(mmToPx(210), mmToPx(297));
    case FigurePreset::LetterPage: return QSizeF(8.5 * k_layout_dpi, 11 * k_layout_dpi);
    case FigurePreset::Custom: return QSizeF(options.customSize_px);
  }
  return QSizeF(onScreen);
}

QSize pngSize(const FigureOptions& options, QSizeF canvas_px)
{
  const double scale = isSlide(options.preset) ? 1.0 : options.pngDpi / k_layout_dpi;
  return QSize(static_cast<int>(std::lround(canvas_px.width() * scale)),
               static_cast<int>(std::lround(canvas_px.height() * scale)));
}

QSizeF pdfPageSize_pt(const FigureOptions& options, QSizeF canvas_px)
{
  switch (options.preset) {
    case FigurePreset::A4Page:
      return QSizeF(210 / k_mm_per_inch * k_points_per_inch, 297 / k_mm_per_inch * k_points_per_inch);
    case FigurePreset::LetterPage: return QSizeF(8.5 * k_points_per_inch, 11 * k_points_per_inch);
    default: return canvas_px * (k_points_per_inch / k_layout_dpi);
  }
}

QPageSize pdfPage(const FigureOptions& options, QSizeF canvas_px)
{
  if (options.preset == FigurePreset::A4Page)
    return QPageSize(QPageSize::A4);
  if (options.preset == FigurePreset::LetterPage)
    return QPageSize(QPageSize::Letter);
  return QPageSize(pdfPageSize_pt(options, canvas_px), QPageSize::Point, QString(), QPageSize::ExactMatch);
}

double margin_px(FigurePreset preset) { return isPage(preset) ? mmToPx(k_page_margin_mm) : 0.0; }

FigureOptions clamped(FigureOptions options)
{
  if (!allPresets().contains(options.preset))
    options.preset = FigurePreset::OnScreen;
  options.pngDpi = std::clamp(options.pngDpi, k_min_dpi, k_max_dpi);
  options.customSize_px = QSize(std::clamp(options.customSize_px.width(), k_min_custom_px, k_max_custom_px),
                                std::clamp(options.customSize_px.height(), k_min_custom_px, k_max_custom_px));
  return options;
}

FigureOptions load(const QSettings& settings)
{
  FigureOptions o;
  const QString key = settings.value(QStringLiteral("figureExport/preset")).toString();
  for (FigurePreset p : allPresets())
    if (key == QLatin1String(presetKey(p)))
      o.preset = p;
  o.customSize_px = settings.value(QStringLiteral("figureExport/customSize"), o.customSize_px).toSize();
  o.pngDpi = settings.value(QStringLiteral("figureExport/dpi"), o.pngDpi).toInt();
  o.caption = settings.value(QStringLiteral("figureExport/caption"), o.caption).toBool();
  o.presentation = settings.value(QStringLiteral("figureExport/presentation"), o.presentation).toBool();
  return clamped(o);
}

void save(QSettings& settings, const FigureOptions& options)
{
  settings.setValue(QStringLiteral("figureExport/preset"), QLatin1String(presetKey(options.preset)));
  settings.setValue(QStringLiteral("figureExport/customSize"), options.customSize_px);
  settings.setValue(QStringLiteral("figureExport/dpi"), options.pngDpi);
  settings.setValue(QStringLiteral("figureExport/caption"), options.caption);
  settings.setValue(QStringLiteral("figureExport/presentation"), options.presentation);
}

}   // namespace figure_options
