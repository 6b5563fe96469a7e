#pragma once
// Where and how large the main window opens, and how its width and height are shared between
// the docks. Pure geometry (no widgets), so the rules are testable without a screen:
// - a saved geometry is used only when the whole window, frame included, fits the available
//   area of the screen it lands on (a layout saved on a 1920×1080 monitor must not open a
//   1500-pixel window on a 1366×768 laptop);
// - otherwise the preferred size, bounded by that available area, centred in it;
// - the docks get shares of the window that grow with it, between readable minimums and
//   maximums, so the plots keep the rest.
#include <QMargins>
#include <QRect>
#include <QSize>

// Room the window manager's title bar and borders take; unknown until the window is mapped, so
// estimated from the font height (a title bar is about two text lines).
QMargins estimatedFrameMargins(int fontHeight);

// True when `frameGeometry` lies wholly inside `available`.
bool fitsOnScreen(const QRect& frameGeometry, const QRect& available);

// The window's client geometry (without the frame): `preferred` bounded by `available` minus the
// frame, centred in `available`.
QRect fittedWindowGeometry(const QRect& available, const QSize& preferred, const QMargins& frame);

struct DockSizes {
  int left_px = 0;     // assumptions and search column
  int right_px = 0;    // design details
  int bottom_px = 0;   // compare (and whatever shares the bottom area)
  int search_px = 0;   // the search panel's height in the left column (the assumptions get the rest)
};

// `windowSize`: the window's client size. `leftMinimum_px`/`rightMinimum_px`: the narrowest the
// panels are usable (their minimum size hints); `searchHeight_px`: the search panel's preferred
// height.
DockSizes defaultDockSizes(const QSize& windowSize, int leftMinimum_px, int rightMinimum_px, int searchHeight_px);
