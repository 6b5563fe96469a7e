#include "ui/plots/plot_palette.h"

#include <array>
#include <utility>

namespace plot_palette {

QColor embodiedCarbon() { return QColor(0x8c, 0x56, 0x4b); }
QColor operationalCarbon() { return QColor(0x1f, 0x77, 0xb4); }
QColor totalCarbon() { return QColor(0x30, 0x30, 0x30); }
QColor hypervolume() { return QColor(0x21, 0x91, 0x8c); }

QColor constraint() { return QColor(0xb0, 0x30, 0x30); }
QColor selection() { return QColor(0xd6, 0x27, 0x28); }
QColor pinned() { return QColor(0xe6, 0x61, 0x00); }
QColor ink() { return QColor(25, 25, 25); }
QColor grid() { return QColor(225, 225, 225); }
QColor labelBackground() { return QColor(255, 255, 255, 215); }
QColor leaderLine() { return QColor(90, 90, 90); }
QColor exactReference() { return QColor(125, 125, 125); }
QColor staircase() { return QColor(30, 30, 30, 200); }

QColor designSeries(int index)
{
  static const QColor series[] = {QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0xe3, 0x77, 0xc2)};
  return series[((index % 4) + 4) % 4];
}


int regimeCount() { return 7; }

QColor regime(int index)
{
  // Okabe & Ito's orange, sky blue, bluish green, yellow, blue, vermillion and reddish purple
  // (reference below), each mixed 1:1 with white.
  static const QRgb base[] = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7};
  const QColor c(base[((index % 7) + 7) % 7]);
  return QColor((c.red() + 255) / 2, (c.green() + 255) / 2, (c.blue() + 255) / 2);
}

QColor regimeOther() { return QColor(0xd9, 0xd9, 0xd9); }

QColor presentation(const QColor& colour)
{
  // Okabe & Ito's eight colours, distinguishable with every common colour-vision deficiency:
  // M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations that
  // are friendly to colorblind people", J*Fly, 2008, https://jfly.uni-koeln.de/color/.
  const QColor black(0x00, 0x00, 0x00), orange(0xe6, 0x9f, 0x00), skyBlue(0x56, 0xb4, 0xe9),
      bluishGreen(0x00, 0x9e, 0x73), blue(0x00, 0x72, 0xb2), vermillion(0xd5, 0x5e, 0x00),
      reddishPurple(0xcc, 0x79, 0xa7);
  const std::array<std::pair<QColor, QColor>, 13> map = {{
      {embodiedCarbon(), vermillion},
      {operationalCarbon(), blue},
      {totalCarbon(), black},
      {hypervolume(), bluishGreen},
      {constraint(), vermillion},
      {selection(), reddishPurple},
      {pinned(), orange},
      {ink(), black},
      {staircase(), black},
      {designSeries(0), orange},
      {designSeries(1), bluishGreen},
      {designSeries(2), reddishPurple},
      {designSeries(3), skyBlue},
  }};
  for (const auto& [from, to] : map)
    if (from.rgb() == colour.rgb()) {
      QColor out = to;
      out.setAlpha(colour.alpha());
      return out;
    }
  return colour;
}

}   // namespace plot_palette
