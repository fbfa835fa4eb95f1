#include "ledger/output/CsvExportDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daicho {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

CsvExportDialog::CsvExportDialog(ExportFormat initial, QWidget* parent)
    : QDialog(parent)
    , m_utf8(new QRadioButton(tr("&UTF-8 (Excel)"), this))
    , m_cp932(new QRadioButton(tr("&Shift_JIS (CP932)"), this))
    , m_proceed(new QPushButton(tr("&Choose the file…"), this))
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(tr("Export as CSV"));
    m_utf8->setObjectName(QStringLiteral("csvUtf8Radio"));
    m_cp932->setObjectName(QStringLiteral("csvCp932Radio"));
    m_proceed->setObjectName(QStringLiteral("csvProceedButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_utf8);
    group->addButton(m_cp932);
    (initial == ExportFormat::CsvCp932 ? m_cp932 : m_utf8)->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_proceed, QDialogButtonBox::AcceptRole);
    m_proceed->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("csvCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Encoding of the file:"), this));
    layout->addWidget(m_utf8);
    layout->addWidget(explanation(tr("Holds every character. Excel opens it with a double-click; recommended."), this));
    layout->addWidget(m_cp932);
    layout->addWidget(explanation(tr("For older programs that read only Shift_JIS. Characters it cannot hold "
                                     "(𠮷, 〜, emoji) are listed first, and nothing is written with them."),
                                  this));
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

CsvExportDialog::~CsvExportDialog() = default;

ExportFormat CsvExportDialog::format() const
{
    return m_cp932->isChecked() ? ExportFormat::CsvCp932 : ExportFormat::CsvUtf8;
}

} // namespace daicho
