#include "common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace daicho {

namespace {

std::optional<QString> g_nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next = std::move(g_nextFileName);
    g_nextFileName.reset();
    return next;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace daicho
