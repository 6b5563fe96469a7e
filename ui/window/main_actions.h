#pragma once
// Every menu action of the main window with its shortcut, in one place, so the menus, the
// toolbar and the tests share the same QActions and retranslation is a single function.
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;
class RecentFilesMenu;

class MainActions : public QObject {
  Q_OBJECT
public:
  explicit MainActions(QMainWindow* window);
  void retranslate();
  // Edit ▸ Undo / Redo act on `stack` (the assumption edits) and name its next step.
  void bindUndoStack(QUndoStack* stack);

  // File
  QAction* openScenario;
  QMenu* builtinScenarios;
  QAction* openSession;
  RecentFilesMenu* recent;
  QAction* saveSession;
  QAction* saveSessionAs;
  QMenu* exportMenu;
  QAction* exportAllCsv;
  QAction* exportAllJson;
  QAction* exportFrontCsv;
  QAction* exportFrontJson;
  QAction* exportPlots;
  QAction* exportReport;
  QAction* quit;
  // Edit
  QAction* undo;
  QAction* redo;
  // Search
  QAction* startSearch;
  QAction* pauseSearch;
  QAction* stopSearch;
  // Designs
  QAction* selectBestCarbon;
  QAction* selectBestLatency;
  QAction* selectBestAccuracy;
  QAction* pinSelected;
  QAction* clearPins;
  // View
  QAction* showDominated;
  QAction* showEquivalents;   // checkable: everyday equivalents next to carbon totals
  QAction* lockAxes;          // checkable: the fronts keep their axes while data arrives
  QAction* resetLayout;
  QMenu* languageMenu;
  QActionGroup* languages;
  QMenu* panelsMenu;
  // Help
  QAction* aboutData;
  QAction* about;

  QMenu* fileMenu;
  QMenu* editMenu;
  QMenu* searchMenu;
  QMenu* designsMenu;
  QMenu* viewMenu;
  QMenu* helpMenu;

private:
  void updateUndoTexts();
  QUndoStack* undoStack_ = nullptr;
};
