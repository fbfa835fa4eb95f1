#pragma once

#include "common/Result.h"

#include <QString>

namespace daicho {

// After QPdfWriter or QPrinter has written the PDF at `path`: completes its text layer for the
// characters beyond U+FFFF that Qt 6.4 leaves out of it (issue 11 §10; PdfTextLayer), so that
// 𠮷 and 𠮟 in a name copy and search out of the file. The file is replaced whole (QSaveFile)
// when something was added; left as Qt wrote it when nothing was missing or its shape is not
// Qt's (it is a valid PDF either way — the characters then print but do not copy).
[[nodiscard]] Status finishPdf(const QString& path);

} // namespace daicho
