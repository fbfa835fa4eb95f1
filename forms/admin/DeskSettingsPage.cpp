#include "admin/DeskSettingsPage.h"

#include "auth/Session.h"
#include "calendar/ClosedDays.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/LedgerDirectory.h"
#include "shell/SessionHolder.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace daicho {

namespace {

constexpr int kMaxFeeYen = 100000;

// The weekdays as ClosedDays' JSON names them, Monday first.
const char* const kWeekdayKeys[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// A day of any year as people type it: 「12/29」, 「12-29」, 「12月29日」, full-width digits too.
std::optional<std::pair<int, int>> readMonthDay(const QString& typed)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,2})\\s*[/\\-.月]\\s*([0-9]{1,2})\\s*日?$"));
    const QRegularExpressionMatch match = form.match(typed.normalized(QString::NormalizationForm_KC).trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.captured(1).toInt();
    const int day = match.captured(2).toInt();
    if (!QDate(2000, month, day).isValid()) // a leap year: 2月29日 is a day of some years
        return std::nullopt;
    return std::pair{month, day};
}

QString monthDayText(int month, int day)
{
    return QStringLiteral("%1/%2").arg(month).arg(day);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setUpTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Room for three lines: the closures are few, and the page stays one screen high.
    table->setFixedHeight(table->verticalHeader()->defaultSectionSize() * 3
                          + table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth());
    // The dates and the month-days whole, even in an empty table.
    const int dateWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("令和10年12月31日")) + 24;
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(column, std::max(dateWidth, table->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace

DeskSettingsPage::DeskSettingsPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_version(new QLabel(this))
    , m_who(new QLabel(this))
    , m_desk(new QComboBox(this))
    , m_organisation(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_hours(new QLineEdit(this))
    , m_complaints(new QLineEdit(this))
    , m_purposeFee(new QSpinBox(this))
    , m_disclosureFee(new QSpinBox(this))
    , m_sections(new QListWidget(this))
    , m_yearly(new QTableWidget(this))
    , m_extra(new QTableWidget(this))
    , m_save(new QPushButton(tr("&Save as a new version"), this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("deskSettingsPage"));
    m_version->setObjectName(QStringLiteral("deskVersionLabel"));
    m_who->setObjectName(QStringLiteral("deskWhoLabel"));
    m_desk->setObjectName(QStringLiteral("deskDepartmentCombo"));
    m_organisation->setObjectName(QStringLiteral("deskOrganisationEdit"));
    m_address->setObjectName(QStringLiteral("deskAddressEdit"));
    m_phone->setObjectName(QStringLiteral("deskPhoneEdit"));
    m_hours->setObjectName(QStringLiteral("deskHoursEdit"));
    m_complaints->setObjectName(QStringLiteral("deskComplaintsEdit"));
    m_purposeFee->setObjectName(QStringLiteral("purposeFeeSpin"));
    m_disclosureFee->setObjectName(QStringLiteral("disclosureFeeSpin"));
    m_sections->setObjectName(QStringLiteral("healthCheckSectionsList"));
    m_sections->setMaximumHeight(m_sections->fontMetrics().lineSpacing() * 6 + 12);
    m_sections->setToolTip(tr("A request about a database one of these sections handles is proposed to go to it; "
                              "anything else to the desk (第33条1項)."));
    m_yearly->setObjectName(QStringLiteral("yearlyClosedTable"));
    m_extra->setObjectName(QStringLiteral("extraClosedTable"));
    m_save->setObjectName(QStringLiteral("saveDeskButton"));
    m_message->setObjectName(QStringLiteral("deskMessage"));

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addWidget(m_version, 1, Qt::AlignBottom);

    auto* explanation = new QLabel(
        tr("The desk that receives requests from individuals (第33条), how to reach it, the fees (第39条) and the "
           "days it is closed. The deadlines of requests count these closed days: a period whose last day falls on "
           "one ends on the next open day (民法第142条). Each save is a new version; a request already received "
           "keeps counting with the version in force on its receipt, so its deadlines never move."),
        this);
    explanation->setWordWrap(true);
    m_who->setWordWrap(true);

    for (QSpinBox* fee : {m_purposeFee, m_disclosureFee}) {
        fee->setRange(0, kMaxFeeYen);
        fee->setSuffix(tr(" yen"));
        fee->setGroupSeparatorShown(true);
        fee->setMaximumWidth(fee->fontMetrics().horizontalAdvance(QStringLiteral("100,000 ") + tr(" yen")) + 60);
    }
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& text, QWidget* input) {
        auto* label = new QLabel(text, this);
        label->setBuddy(input);
        form->addRow(label, input);
    };
    addRow(tr("&Desk (department):"), m_desk);
    addRow(tr("&Organisation:"), m_organisation);
    addRow(tr("&Address:"), m_address);
    addRow(tr("&Phone:"), m_phone);
    addRow(tr("&Hours:"), m_hours);
    addRow(tr("Health-check sec&tions (第33条1項(1)):"), m_sections);
    addRow(tr("Co&mplaints to:"), m_complaints);
    addRow(tr("Fee, notice of the purpose of &use:"), m_purposeFee);
    addRow(tr("Fee, d&isclosure:"), m_disclosureFee);

    auto* weekly = new QHBoxLayout;
    const QStringList names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int i = 0; i < 7; ++i) {
        auto* box = new QCheckBox(names.at(i), this);
        box->setObjectName(QStringLiteral("weeklyClosed.") + QLatin1String(kWeekdayKeys[i]));
        weekly->addWidget(box);
        m_weekly << box;
        connect(box, &QCheckBox::toggled, this, &DeskSettingsPage::markEdited);
    }
    weekly->addStretch(1);
    form->addRow(tr("Closed every week:"), weekly);

    setUpTable(m_yearly, {tr("Name"), tr("From (month/day)"), tr("To (month/day)")});
    setUpTable(m_extra, {tr("Date"), tr("Why the desk is closed")});
    auto rowButtons = [this](QTableWidget* table, const QString& add, const QString& remove,
                             const std::function<void()>& addRowFn) {
        auto* column = new QVBoxLayout;
        auto* addButton = new QPushButton(add, this);
        auto* removeButton = new QPushButton(remove, this);
        addButton->setObjectName(table->objectName() + QStringLiteral(".add"));
        removeButton->setObjectName(table->objectName() + QStringLiteral(".remove"));
        column->addWidget(addButton);
        column->addWidget(removeButton);
        column->addStretch(1);
        m_rowButtons << addButton << removeButton;
        connect(addButton, &QPushButton::clicked, this, [table, addRowFn] {
            addRowFn();
            table->setCurrentCell(table->rowCount() - 1, 0);
            table->setFocus(Qt::OtherFocusReason);
            // Typing starts the first cell of the new line once the view has laid it out.
            QTimer::singleShot(0, table, [table] {
                if (table->isVisible() && table->currentIndex().isValid())
                    table->edit(table->currentIndex());
            });
        });
        connect(removeButton, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() >= 0) {
                table->removeRow(table->currentRow());
                markEdited();
            }
        });
        auto* row = new QHBoxLayout;
        row->addWidget(table, 1);
        row->addLayout(column);
        return row;
    };
    form->addRow(boldLabel(tr("Closed every year:"), this),
                 rowButtons(m_yearly, tr("Add a &range"), tr("Remo&ve"), [this] { addYearlyRow({}, {}, {}); }));
    form->addRow(boldLabel(tr("Closed on single days:"), this),
                 rowButtons(m_extra, tr("Add a da&y"), tr("Remove the day"), [this] { addExtraRow({}, {}); }));
    auto* holidays = new QLabel(tr("National holidays (振替休日 and 国民の休日 included) are always closed days "
                                   "(第33条2項(3)); they need no line here."),
                                this);
    holidays->setWordWrap(true);
    form->addRow(QString(), holidays);

    auto* inner = new QWidget(this);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(explanation);
    innerLayout->addWidget(m_who);
    innerLayout->addLayout(form);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    for (QLineEdit* edit : {m_organisation, m_phone, m_hours, m_complaints})
        connect(edit, &QLineEdit::textEdited, this, &DeskSettingsPage::markEdited);
    connect(m_address, &QPlainTextEdit::textChanged, this, &DeskSettingsPage::markEdited);
    connect(m_desk, &QComboBox::currentIndexChanged, this, &DeskSettingsPage::markEdited);
    connect(m_sections, &QListWidget::itemChanged, this, &DeskSettingsPage::markEdited);
    for (QSpinBox* fee : {m_purposeFee, m_disclosureFee})
        connect(fee, &QSpinBox::valueChanged, this, &DeskSettingsPage::markEdited);
    for (QTableWidget* table : {m_yearly, m_extra})
        connect(table, &QTableWidget::itemChanged, this, &DeskSettingsPage::markEdited);
    connect(m_save, &QPushButton::clicked, this, &DeskSettingsPage::save);
    setEditable(false);
}

DeskSettingsPage::~DeskSettingsPage() = default;

QString DeskSettingsPage::title() const
{
    return tr("Request desk");
}

void DeskSettingsPage::markEdited()
{
    if (m_showing)
        return;
    m_edited = true;
    m_save->setEnabled(m_mayChange);
}

void DeskSettingsPage::setEditable(bool editable)
{
    for (QLineEdit* edit : {m_organisation, m_phone, m_hours, m_complaints})
        edit->setReadOnly(!editable);
    m_address->setReadOnly(!editable);
    m_desk->setEnabled(editable);
    m_sections->setEnabled(editable);
    for (QSpinBox* fee : {m_purposeFee, m_disclosureFee})
        fee->setReadOnly(!editable);
    for (QCheckBox* box : std::as_const(m_weekly))
        box->setEnabled(editable);
    for (QTableWidget* table : {m_yearly, m_extra})
        table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (QPushButton* button : std::as_const(m_rowButtons))
        button->setVisible(editable);
    m_save->setVisible(editable);
    m_save->setEnabled(editable && m_edited);
}

void DeskSettingsPage::addYearlyRow(const QString& name, const QString& from, const QString& to)
{
    const int row = m_yearly->rowCount();
    m_yearly->insertRow(row);
    m_yearly->setItem(row, 0, new QTableWidgetItem(name));
    m_yearly->setItem(row, 1, new QTableWidgetItem(from));
    m_yearly->setItem(row, 2, new QTableWidgetItem(to));
}

void DeskSettingsPage::addExtraRow(const QString& date, const QString& note)
{
    const int row = m_extra->rowCount();
    m_extra->insertRow(row);
    m_extra->setItem(row, 0, new QTableWidgetItem(date));
    m_extra->setItem(row, 1, new QTableWidgetItem(note));
}

void DeskSettingsPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    m_today = japanDate(s->clock().nowUtc());
    m_mayChange = s->role() == Role::Chief || s->role() == Role::ActingChief;
    m_who->setText(m_mayChange ? tr("You may change these: the chief officer and the acting chief keep the desk "
                                    "(第6条, 第33条) and set the fees (第39条2項).")
                               : tr("Only the chief officer or the acting chief changes these; you read them."));
    const Result<RequestDesk::Version> current = RequestDesk::current(*s);
    if (!current) {
        m_message->showError(current.error().message);
        return;
    }
    m_version->setText(current->id == 0 ? tr("Not saved yet: the regulation's defaults (第33条2項)")
                                        : tr("Version %1 in force").arg(current->id));
    // What was typed and not saved before a lock is the person's input: it stays.
    if (m_edited) {
        setEditable(m_mayChange);
        return;
    }
    const Result<LedgerDirectory> directory = LedgerDirectory::load(*s);
    if (!directory) {
        m_message->showError(directory.error().message);
        return;
    }
    m_showing = true;
    m_desk->clear();
    m_desk->addItem(tr("None — only the chief officer and the acting chief receive requests"), QVariant());
    for (const auto& [id, name] : directory->departmentsInUse())
        m_desk->addItem(name, QVariant::fromValue<qint64>(id));
    if (const std::optional<std::int64_t> desk = current->settings.deskDepartmentId) {
        if (m_desk->findData(QVariant::fromValue<qint64>(*desk)) < 0) // retired since: still shown
            m_desk->addItem(directory->departmentName(*desk), QVariant::fromValue<qint64>(*desk));
        m_desk->setCurrentIndex(m_desk->findData(QVariant::fromValue<qint64>(*desk)));
    }
    // 第33条1項(1): the sections ticked, or — before the chief has saved any — the sections the
    // regulation names, found by their names, ticked to start with.
    m_sections->clear();
    const QStringList named = DeskSettings::healthCheckSectionNames();
    for (const auto& [id, name] : directory->departmentsInUse()) {
        auto* item = new QListWidgetItem(name, m_sections);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // The whole name: 「健診課」 is 事務部's section, not any name ending in it.
        const bool named33 = named.contains(name);
        const bool ticked = current->id == 0 ? named33 : current->settings.healthCheckSections.contains(id);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_showing = false;
    showSettings(current->settings);
    setEditable(m_mayChange);
}

void DeskSettingsPage::showSettings(const DeskSettings& settings)
{
    m_showing = true;
    m_organisation->setText(settings.organisation);
    m_address->setPlainText(settings.address);
    m_phone->setText(settings.phone);
    m_hours->setText(settings.hours);
    m_complaints->setText(settings.complaints);
    m_purposeFee->setValue(settings.purposeFeeYen);
    m_disclosureFee->setValue(settings.disclosureFeeYen);
    for (int i = 0; i < 7; ++i)
        m_weekly.at(i)->setChecked(settings.closedDays.weeklyClosed.contains(static_cast<Qt::DayOfWeek>(i + 1)));
    m_yearly->setRowCount(0);
    for (const YearlyClosure& c : settings.closedDays.yearly)
        addYearlyRow(c.nameJa, monthDayText(c.fromMonth, c.fromDay), monthDayText(c.toMonth, c.toDay));
    m_extra->setRowCount(0);
    for (const ExtraClosedDay& day : settings.closedDays.extra)
        addExtraRow(formatWareki(day.date), day.noteJa);
    for (QTableWidget* table : {m_yearly, m_extra}) {
        for (int column = 0; column + 1 < table->columnCount(); ++column) {
            const int wanted = table->columnWidth(column);
            table->resizeColumnToContents(column);
            table->setColumnWidth(column, std::max(wanted, table->columnWidth(column)));
        }
    }
    m_edited = false;
    m_showing = false;
}

void DeskSettingsPage::clearViews()
{
    m_version->clear();
    m_message->clearMessage();
    if (m_edited)
        return; // the person's unsaved input, kept for them (the lock hides the page)
    m_showing = true;
    m_desk->clear();
    m_sections->clear();
    for (QLineEdit* edit : {m_organisation, m_phone, m_hours, m_complaints})
        edit->clear();
    m_address->clear();
    m_yearly->setRowCount(0);
    m_extra->setRowCount(0);
    m_showing = false;
}

Result<DeskSettings> DeskSettingsPage::typedSettings() const
{
    DeskSettings settings;
    if (const QVariant desk = m_desk->currentData(); desk.isValid())
        settings.deskDepartmentId = desk.toLongLong();
    settings.organisation = m_organisation->text().trimmed();
    settings.address = m_address->toPlainText().trimmed();
    settings.phone = m_phone->text().trimmed();
    settings.hours = m_hours->text().trimmed();
    settings.complaints = m_complaints->text().trimmed();
    settings.purposeFeeYen = m_purposeFee->value();
    settings.disclosureFeeYen = m_disclosureFee->value();
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->checkState() == Qt::Checked)
            settings.healthCheckSections << m_sections->item(row)->data(Qt::UserRole).toLongLong();

    // The closed days as ClosedDays reads them, so that its checks (and their words) apply.
    QStringList problems;
    QJsonArray weekly;
    for (int i = 0; i < 7; ++i)
        if (m_weekly.at(i)->isChecked())
            weekly.append(QLatin1String(kWeekdayKeys[i]));
    QJsonArray yearly;
    for (int row = 0; row < m_yearly->rowCount(); ++row) {
        const QString name = cellText(m_yearly, row, 0);
        const QString fromText = cellText(m_yearly, row, 1);
        const QString toText = cellText(m_yearly, row, 2);
        if (name.isEmpty() && fromText.isEmpty() && toText.isEmpty())
            continue; // a line added and left empty
        const auto from = readMonthDay(fromText);
        const auto to = readMonthDay(toText);
        if (!from || !to) {
            problems << tr("Closed every year, line %1 (%2): “%3” is not a month and day. Write it like 12/29.")
                            .arg(row + 1)
                            .arg(name, !from ? fromText : toText);
            continue;
        }
        QJsonObject o;
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("from"), QStringLiteral("%1-%2")
                                             .arg(from->first, 2, 10, QLatin1Char('0'))
                                             .arg(from->second, 2, 10, QLatin1Char('0')));
        o.insert(
            QStringLiteral("to"),
            QStringLiteral("%1-%2").arg(to->first, 2, 10, QLatin1Char('0')).arg(to->second, 2, 10, QLatin1Char('0')));
        yearly.append(o);
    }
    QJsonArray extra;
    for (int row = 0; row < m_extra->rowCount(); ++row) {
        const QString dateText = cellText(m_extra, row, 0);
        const QString note = cellText(m_extra, row, 1);
        if (dateText.isEmpty() && note.isEmpty())
            continue;
        const std::optional<QDate> date = parseJapaneseDate(dateText, m_today);
        if (!date) {
            problems << tr("Closed on single days, line %1: “%2” is not a date. Write it like 令和9年8月13日 or "
                           "2027/8/13.")
                            .arg(row + 1)
                            .arg(dateText);
            continue;
        }
        QJsonObject o;
        o.insert(QStringLiteral("date"), date->toString(Qt::ISODate));
        o.insert(QStringLiteral("note"), note);
        extra.append(o);
    }
    if (problems.isEmpty()) {
        QJsonObject closed;
        closed.insert(QStringLiteral("weeklyClosed"), weekly);
        closed.insert(QStringLiteral("yearly"), yearly);
        closed.insert(QStringLiteral("extra"), extra);
        const Result<ClosedDays> read = ClosedDays::fromJson(QJsonDocument(closed).toJson(QJsonDocument::Compact));
        if (read)
            settings.closedDays = read.value();
        else
            problems << read.error().message;
    }
    problems << settings.problems();
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char('\n')));
    return settings;
}

void DeskSettingsPage::save()
{
    Session* s = session();
    if (!s || !m_mayChange)
        return;
    const Result<DeskSettings> typed = typedSettings();
    if (!typed) {
        m_message->showError(tr("Nothing was saved:\n%1").arg(typed.error().message));
        return;
    }
    const Result<std::int64_t> saved = RequestDesk::save(*s, typed.value());
    if (!saved) {
        m_message->showError(tr("Nothing was saved: %1").arg(saved.error().message));
        return;
    }
    m_edited = false;
    reload();
    m_message->showSuccess(tr("Saved as version %1. Requests received from now on count their deadlines with it; "
                              "those received before keep the version of their receipt.")
                               .arg(saved.value()));
}

} // namespace daicho
