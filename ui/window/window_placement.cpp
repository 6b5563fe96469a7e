#include "ui/window/window_placement.h"

#include <algorithm>

namespace {

// Shares of the window and their bounds, chosen on 1366×768 and 1920×1080: the left column fits
// the assumption sliders without a sideways scroll bar, the details show value and unit columns,
// the compare table shows its headline rows, and the plots keep about half the width.
constexpr double k_left_share = 0.24;
constexpr int k_left_max_px = 460;
constexpr double k_right_share = 0.27;
constexpr int k_right_min_px = 340;
constexpr int k_right_max_px = 560;
constexpr double k_bottom_share = 0.22;
constexpr int k_bottom_min_px = 150;
constexpr int k_bottom_max_px = 300;
constexpr double k_search_max_share = 0.5;   // of the left column's height

int clampShare(double share, int total, int lo, int hi)
{
  return std::clamp(static_cast<int>(share * total), lo, std::max(lo, hi));
}

}   // namespace

QMargins estimatedFrameMargins(int fontHeight)
{
  const int border = std::max(1, fontHeight / 4);
  return {border, 2 * fontHeight, border, border};
}

bool fitsOnScreen(const QRect& frameGeometry, const QRect& available)
{
  return frameGeometry.isValid() && available.contains(frameGeometry);
}

QRect fittedWindowGeometry(const QRect& available, const QSize& preferred, const QMargins& frame)
{
  const QRect room = available.marginsRemoved(frame);
  const QSize size = preferred.boundedTo(room.size()).expandedTo(QSize(1, 1));
  QRect geometry(QPoint(0, 0), size);
  geometry.moveCenter(room.center());
  // moveCenter rounds towards the top left; keep the frame on the screen.
  geometry.moveLeft(std::max(geometry.left(), room.left()));
  geometry.moveTop(std::max(geometry.top(), room.top()));
  return geometry;
}

DockSizes defaultDockSizes(const QSize& windowSize, int leftMinimum_px, int rightMinimum_px, int searchHeight_px)
{
  DockSizes s;
  s.left_px = clampShare(k_left_share, windowSize.width(), leftMinimum_px, k_left_max_px);
  s.right_px = clampShare(k_right_share, windowSize.width(), std::max(rightMinimum_px, k_right_min_px), k_right_max_px);
  s.bottom_px = clampShare(k_bottom_share, windowSize.height(), k_bottom_min_px, k_bottom_max_px);
  s.search_px = std::min(searchHeight_px, static_cast<int>(k_search_max_share * windowSize.height()));
  return s;
}
