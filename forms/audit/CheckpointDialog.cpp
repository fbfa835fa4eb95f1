#include "audit/CheckpointDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

CheckpointDialog::CheckpointDialog(const QString& code, PrintSheet sheet, QWidget* parent)
    : QDialog(parent)
    , m_sheet(std::move(sheet))
{
    setObjectName(QStringLiteral("checkpointDialog"));
    setWindowTitle(tr("Checkpoint signed"));

    auto* explanation = new QLabel(tr("Print this checkpoint, or copy the code by hand, and keep it outside the PC "
                                      "(for example with the monitoring sheet). It lets anyone check later that "
                                      "no entry up to here was removed."),
                                   this);
    explanation->setWordWrap(true);

    auto* codeLabel = new QLabel(code, this);
    codeLabel->setObjectName(QStringLiteral("checkpointCodeLabel"));
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont codeFont = QFontDatabase::families().contains(QStringLiteral("BIZ UDGothic"))
                         ? QFont(QStringLiteral("BIZ UDGothic"))
                         : QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.8);
    codeLabel->setFont(codeFont);
    codeLabel->setAlignment(Qt::AlignCenter);

    QStringList details;
    for (const PrintSheet::Row& row : std::as_const(m_sheet.rows)) {
        if (!row.code)
            details.append(row.label + QStringLiteral(": ") + row.value);
    }
    auto* detailLabel = new QLabel(details.join(QLatin1Char('\n')), this);
    detailLabel->setObjectName(QStringLiteral("checkpointDetails"));
    detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printCheckpointButton"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveCheckpointPdfButton"));
    connect(print, &QPushButton::clicked, this, [this] { previewAndPrint(this, m_sheet); });
    connect(pdf, &QPushButton::clicked, this, &CheckpointDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addWidget(codeLabel);
    layout->addSpacing(8);
    layout->addWidget(detailLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    print->setFocus();
}

CheckpointDialog::~CheckpointDialog() = default;

void CheckpointDialog::saveAsPdf()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the checkpoint as PDF"), QDir::homePath(),
                                    FileDialog::nameFilter(tr("PDF document"), QStringLiteral("*.pdf")));
    if (path.isEmpty())
        return;
    if (const Status written = printToPdf(path, m_sheet); !written)
        MessageBox::critical(this, tr("Save the checkpoint as PDF"), written.error().message);
}

} // namespace daicho
