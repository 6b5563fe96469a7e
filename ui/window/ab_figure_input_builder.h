#pragma once
// The A/B figure's input (ui/report/ab_figure_input.h) from the A/B panel as shown: its sets, its
// row labels with the core's numbers behind each row (AbPanel::shownComparison), and its
// sentences. Empty rows when the panel shows no comparison. GUI thread.
#include <QString>

#include "ui/report/ab_figure_input.h"

class AbPanel;

AbFigureInput buildAbFigureInput(const AbPanel& panel, const QString& scenarioTitle);
