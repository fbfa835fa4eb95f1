#pragma once

// The read-only tables of the retention pages: rows selected whole, no row numbers, the last
// column stretched; each cell's text also its tooltip (long article wordings are cut). Tab
// leaves the table for the next field (the arrows move between rows): a keyboard user goes from
// the entries to the reason of a hold without the mouse.
#include <QHeaderView>
#include <QTableWidget>

namespace daicho::retentionTables {

inline QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

inline QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace daicho::retentionTables
