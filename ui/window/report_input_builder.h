#pragma once
// Gathers the design-review report's input from the window's state (issue 16): the shown run's
// scenario, assumptions, limits and search, the pinned designs (or the selected one), the run's
// Pareto front (its k_report_front_rows lowest-carbon designs), the fronts and the sweep drawn for
// print, and the Sweep panel's result when it has one. Reads the model and draws the plots: GUI
// thread. The plots should be up to date (MainWindow::refreshNow) before the call.
#include "ui/report/report_input.h"

class ExplorerModel;
class FrontsView;
class AbPanel;
class SweepPanel;

// `sweep` may be null (no sweep section).
ReportInput buildReportInput(const ExplorerModel& model, FrontsView& fronts, const SweepPanel* sweep,
                             const AbPanel* ab = nullptr);
