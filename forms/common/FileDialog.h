#pragma once

#include <QFileIconProvider>
#include <QString>

class QFileDialog;
class QWidget;

namespace daicho {

// Types and icons by name only. Qt's own provider reads a file's first bytes when its suffix
// says nothing (".daicho", "-wal"): it opens and closes the open database file, and closing any
// descriptor of a file drops every POSIX lock the process holds on it — SQLite's among them.
// Another Daicho process then takes itself for the last one, deletes the WAL and its shared
// memory, and this one dies (SIGBUS) at its next write, an import's rows lost.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QFileIconProvider m_icons; // its icons by kind read no file
};

// File dialogs go through here so that a test can give the next file name instead of
// blocking on a native or Qt dialog. An empty answer means "cancelled".
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);

    // One entry of a dialog's filter: a translated description and untranslated patterns.
    // Qt reads a filter only as "text (*.ext)" with ASCII parentheses; a catalogue that
    // turned them full-width (「CSV（*.csv）」) made every file vanish from the dialog.
    static QString nameFilter(const QString& description, const QString& patterns);
    // "All files (*)", translated around its pattern.
    static QString allFilesFilter();

    // Tests: the next dialog is not shown and returns `fileName` (empty = cancelled).
    static void setNextFileName(const QString& fileName);

    // How every dialog is set up before it opens: Qt's own dialog, the list with its details,
    // large enough, and the name column taking the room while 「サイズ」「種類」「更新日時」 keep
    // theirs (Qt's defaults cut the Japanese headers and the dates).
    static void prepare(QFileDialog& dialog, QAbstractFileIconProvider& icons);
};

} // namespace daicho
