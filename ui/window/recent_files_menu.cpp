#include "ui/window/recent_files_menu.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace {
const char* k_settings_key = "files/recent";
}

RecentFilesMenu::RecentFilesMenu(QWidget* parent) : QMenu(parent)
{
  setObjectName(QStringLiteral("recentFilesMenu"));
  connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
  rebuild();
}

QStringList RecentFilesMenu::files() const { return QSettings().value(QLatin1String(k_settings_key)).toStringList(); }

void RecentFilesMenu::store(const QStringList& files) { QSettings().setValue(QLatin1String(k_settings_key), files); }

void RecentFilesMenu::add(const QString& path)
{
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList list = files();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > k_max_entries)
    list.removeLast();
  store(list);
  rebuild();
}

void RecentFilesMenu::rebuild()
{
  clear();
  setTitle(tr("Open &Recent"));
  QStringList list = files();
  list.erase(std::remove_if(list.begin(), list.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
             list.end());
  store(list);
  for (int i = 0; i < list.size(); ++i) {
    const QString path = list[i];
    QAction* a = addAction(tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
    connect(a, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
  }
  if (list.isEmpty())
    addAction(tr("No recent files"))->setEnabled(false);
  else {
    addSeparator();
    connect(addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
      store({});
      rebuild();
    });
  }
  setEnabled(true);
}

void RecentFilesMenu::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QMenu::changeEvent(event);
}
