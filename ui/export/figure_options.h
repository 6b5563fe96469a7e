#pragma once
// How an exported figure is sized and dressed: a size preset (the plots' on-screen size, a slide,
// a paper page or a custom size), the PNG resolution, an assumptions caption and presentation
// style. A plain value; the drawing is done by ui/plots/plot_export.h.
//
// Units: the figure is laid out in 96-dpi pixels ("layout px", what the plots use on screen).
//  - On-screen and Custom sizes are layout px; slides are fixed pixel sizes (1920 × 1080,
//    1600 × 1200); A4 is the whole 210 × 297 mm portrait page, US Letter the 8.5 × 11 in page.
//  - PNG: slides are written at exactly their pixel size; every other preset at layout px ×
//    dpi / 96 (an A4 page at 300 dpi is 2480 × 3508 px).
//  - PDF: the page is the preset (A4, Letter), or the layout size at 96 dpi in points (a 16:9
//    slide is 1440 × 810 pt). SVG: the layout size, with a viewBox in layout px.
// On the paper pages the plots sit side by side across the page inside 15 mm margins, as tall as
// wide at most (a 180 mm figure at the top of the page, the caption under it); every other preset
// is filled edge to edge.
#include <QCoreApplication>
#include <QPageSize>
#include <QSize>
#include <QSizeF>
#include <QString>

class QSettings;

enum class FigurePreset { OnScreen, Slide16x9, Slide4x3, A4Page, LetterPage, Custom };

struct FigureOptions {
  FigurePreset preset = FigurePreset::OnScreen;
  QSize customSize_px{1200, 600};   // layout px, for Custom
  int pngDpi = 192;                 // twice the screen's: what the export wrote before presets
  bool caption = false;
  bool presentation = false;

  friend bool operator==(const FigureOptions&, const FigureOptions&) = default;
};

namespace figure_options {

inline constexpr double k_layout_dpi = 96.0;
inline constexpr int k_min_dpi = 72;
inline constexpr int k_max_dpi = 600;
inline constexpr int k_min_custom_px = 200;
inline constexpr int k_max_custom_px = 8000;

// Every preset, in the order the dialog lists them.
const QList<FigurePreset>& allPresets();
// The preset's name for people ("16:9 slide (1920 × 1080 px)").
QString presetName(FigurePreset preset);
// Slides and custom sizes are given in pixels; pages in physical units.
bool isPage(FigurePreset preset);
bool isSlide(FigurePreset preset);

// The figure's size in layout px; `onScreen` is the plots' own total size (OnScreen only).
QSizeF canvasSize_px(const FigureOptions& options, QSize onScreen);
// The PNG's pixel size for a canvas of that size.
QSize pngSize(const FigureOptions& options, QSizeF canvas_px);
// The PDF page in points.
QSizeF pdfPageSize_pt(const FigureOptions& options, QSizeF canvas_px);
// The same as a page for QPdfWriter: the named A4 / Letter sizes, else that size exactly.
QPageSize pdfPage(const FigureOptions& options, QSizeF canvas_px);
// Margins around the figure on the canvas, in layout px (15 mm on the pages, none elsewhere).
double margin_px(FigurePreset preset);

// The options with every value brought into range (a hand-edited settings file, a spin box).
FigureOptions clamped(FigureOptions options);
// Remembered between sessions under "figureExport/".
FigureOptions load(const QSettings& settings);
void save(QSettings& settings, const FigureOptions& options);

}   // namespace figure_options
