#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;
class QWidget;

namespace daicho {

// A one-page A4 record for paper: the organisation, a title, the date in 和暦, labelled
// values, a note and stamp boxes (押印欄). The recovery key and the audit checkpoint are
// kept on paper outside the PC; both print through this.
struct PrintSheet {
    struct Row {
        QString label;
        QString value;
        bool code = false; // fixed-pitch and larger: a code someone will type back
    };

    QString organisation;
    QString title;
    QDate date;
    QList<Row> rows;
    QString note;
    QStringList stampBoxes;
};

// Paints the sheet into `page` (device coordinates of the printable area).
void paintSheet(QPainter& painter, const QRectF& page, const PrintSheet& sheet);

// Opens the print preview with printing on A4 portrait; returns true when printed.
bool previewAndPrint(QWidget* parent, const PrintSheet& sheet);

// Writes the sheet as an A4 PDF (for tests and for keeping a copy on removable media).
[[nodiscard]] Status printToPdf(const QString& fileName, const PrintSheet& sheet);

} // namespace daicho
