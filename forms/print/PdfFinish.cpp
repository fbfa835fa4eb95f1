#include "print/PdfFinish.h"

#include "print/PdfTextLayer.h"
#include "print/PrintFont.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace daicho {

Status finishPdf(const QString& path)
{
    const auto cannot = [&path] {
        return makeError(ErrorCode::Io, QCoreApplication::translate("daicho::PdfFinish",
                                                                    "Cannot write the PDF file %1. Check that the "
                                                                    "folder exists and is writable.")
                                            .arg(path));
    };
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return cannot();
    const QByteArray pdf = written.readAll();
    written.close();
    // The faces everything Daicho prints is drawn with: BIZ UD Gothic and Mincho, IPAmj明朝.
    QList<QRawFont> faces = pdfSourceFonts(printFont(true, 10));
    faces += pdfSourceFonts(printFont(false, 10));
    const std::optional<QByteArray> completed = completeToUnicode(pdf, faces);
    if (!completed || *completed == pdf)
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*completed) != completed->size() || !file.commit())
        return cannot();
    return {};
}

} // namespace daicho
