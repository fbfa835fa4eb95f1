#include "common/FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

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

// Qt's own dialog (a native one may sniff files inside this process too), with the provider
// above. An empty answer means "cancelled", as with QFileDialog's static functions.
QString runDialog(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                  QFileDialog::AcceptMode mode)
{
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, directory, filter);
    FileDialog::prepare(dialog, icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

void FileDialog::prepare(QFileDialog& dialog, QAbstractFileIconProvider& icons)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.resize(std::max(dialog.width(), 860), std::max(dialog.height(), 520));
    if (auto* list = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        QHeaderView* header = list->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return m_icons.icon(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    return m_icons.icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir())
        return QCoreApplication::translate("daicho::FileDialog", "Folder");
    return QCoreApplication::translate("daicho::FileDialog", "%1 file").arg(info.suffix().toUpper());
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return runDialog(parent, caption, directory, filter, QFileDialog::AcceptOpen);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return runDialog(parent, caption, directory, filter, QFileDialog::AcceptSave);
}

QString FileDialog::nameFilter(const QString& description, const QString& patterns)
{
    return QStringLiteral("%1 (%2)").arg(description, patterns);
}

QString FileDialog::allFilesFilter()
{
    return nameFilter(QCoreApplication::translate("daicho::FileDialog", "All files"), QStringLiteral("*"));
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace daicho
