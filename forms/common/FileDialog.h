#pragma once

#include <QString>

class QWidget;

namespace daicho {

// File dialogs go through here so that a test can give the next file name instead of
// blocking on a native or Qt dialog. An empty answer means "cancelled".
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);

    // Tests: the next dialog is not shown and returns `fileName` (empty = cancelled).
    static void setNextFileName(const QString& fileName);
};

} // namespace daicho
