#include "ui/plots/plot_palette.h"

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

QColor designSeries(int index)
{
  static const QColor series[] = {QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0xe3, 0x77, 0xc2)};
  return series[((index % 4) + 4) % 4];
}

}   // namespace plot_palette
