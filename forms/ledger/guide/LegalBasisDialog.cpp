#include "ledger/guide/LegalBasisDialog.h"

#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerText.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

bool japanese()
{
    return interfaceLabelLanguage() == LabelLanguage::Japanese;
}

QLabel* wrapped(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

std::optional<TransferDirection> transferDirectionOf(const FormDefinition& form)
{
    if (form.transfer)
        return form.transfer->direction;
    return std::nullopt;
}

LegalBasisDialog::LegalBasisDialog(TransferDirection direction, QWidget* parent)
    : QDialog(parent)
    , m_direction(direction)
    , m_questions(legalBasisQuestions(direction))
    , m_answersLabel(new QLabel(tr("&Answers so far (choose one to change it):"), this))
    , m_answerList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_step(new QLabel(this))
    , m_question(wrapped(this, QStringLiteral("legalBasisQuestion")))
    , m_why(new QPushButton(tr("&Why? What counts"), this))
    , m_detail(wrapped(this, QStringLiteral("legalBasisDetail")))
    , m_article(wrapped(this, QStringLiteral("legalBasisArticle")))
    , m_outcome(wrapped(this, QStringLiteral("legalBasisOutcome")))
    , m_reason(wrapped(this, QStringLiteral("legalBasisReason")))
    , m_decisionArticle(wrapped(this, QStringLiteral("legalBasisDecisionArticle")))
    , m_yes(new QPushButton(tr("&Yes"), this))
    , m_no(new QPushButton(tr("&No"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_record(new QPushButton(tr("&Record in this form"), this))
    , m_skip(new QPushButton(tr("&Skip: the basis is known"), this))
{
    const bool provision = direction == TransferDirection::Provision;
    setObjectName(QStringLiteral("legalBasisDialog"));
    setWindowTitle(provision ? tr("Provision to a third party: which record?")
                             : tr("Receipt from a third party: which record?"));
    m_step->setObjectName(QStringLiteral("legalBasisStep"));
    m_answerList->setObjectName(QStringLiteral("legalBasisAnswers"));
    m_yes->setObjectName(QStringLiteral("legalBasisYesButton"));
    m_no->setObjectName(QStringLiteral("legalBasisNoButton"));
    m_back->setObjectName(QStringLiteral("legalBasisBackButton"));
    m_record->setObjectName(QStringLiteral("legalBasisRecordButton"));
    m_why->setObjectName(QStringLiteral("legalBasisWhyButton"));
    // Enter never answers: an answer is a choice, made with its button (Space, Alt+Y, Alt+N).
    for (QPushButton* button : {m_yes, m_no, m_back, m_why})
        button->setAutoDefault(false);
    // The question is short; what counts in law is a click away, not in the way.
    m_why->setCheckable(true);
    m_why->setFlat(true);
    m_why->setCursor(Qt::PointingHandCursor);
    m_why->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; "
                                        "text-align: left; padding: 0; }"));
    m_why->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_why, &QPushButton::toggled, this, [this](bool shown) {
        m_detail->setVisible(shown);
        m_article->setVisible(shown);
    });

    auto* intro = new QLabel(provision ? tr("Answer the questions about the legal basis of this provision "
                                            "(規程第30条; 法27条・28条・31条). They decide which record is needed "
                                            "(規程第31条; 法29条).")
                                       : tr("Answer the questions about the legal basis of this receipt "
                                            "(規程第30条; 法27条・31条). They decide which confirmation and record are "
                                            "needed (規程第32条; 法30条)."),
                             this);
    intro->setWordWrap(true);

    m_answersLabel->setBuddy(m_answerList);
    // One line per answer; the whole question is a hover away.
    m_answerList->setWordWrap(false);
    m_answerList->setTextElideMode(Qt::ElideRight);
    m_answerList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_answerList->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 8);
    m_answerList->setAccessibleName(tr("Answers so far"));

    QFont emphasis = m_question->font();
    emphasis.setPointSizeF(emphasis.pointSizeF() * 1.3);
    m_question->setFont(emphasis);
    QFont bold = m_step->font();
    bold.setBold(true);
    m_step->setFont(bold);

    auto* questionPage = new QWidget(m_stack);
    auto* answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_yes);
    answerButtons->addWidget(m_no);
    answerButtons->addStretch(1);
    auto* questionLayout = new QVBoxLayout(questionPage);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addWidget(m_step);
    questionLayout->addWidget(m_question);
    questionLayout->addSpacing(8);
    questionLayout->addLayout(answerButtons);
    questionLayout->addSpacing(8);
    questionLayout->addWidget(m_why);
    questionLayout->addWidget(m_detail);
    questionLayout->addWidget(m_article);
    questionLayout->addStretch(1);

    auto* decisionPage = new QWidget(m_stack);
    QFont outcomeFont = m_outcome->font();
    outcomeFont.setBold(true);
    outcomeFont.setPointSizeF(outcomeFont.pointSizeF() * 1.15);
    m_outcome->setFont(outcomeFont);
    auto* decisionLayout = new QVBoxLayout(decisionPage);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addWidget(m_outcome);
    decisionLayout->addWidget(m_reason);
    decisionLayout->addWidget(m_decisionArticle);
    decisionLayout->addStretch(1);

    m_stack->addWidget(questionPage);
    m_stack->addWidget(decisionPage);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_record, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("legalBasisSkipButton"));
    m_skip->setAutoDefault(false);
    m_skip->hide(); // after the last addButton(): the box shows its buttons as it adds one
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("legalBasisCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_yes, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_no, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_back, &QPushButton::clicked, this, &LegalBasisDialog::back);
    connect(m_answerList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { reviseAnswer(m_answerList->row(item)); });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (m_directFormId.isEmpty())
            return;
        const QString formId = m_directFormId;
        accept();
        emit formChosen(formId, {});
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (!m_decision || !m_decision->formId)
            return;
        const QString formId = *m_decision->formId;
        const FieldValues fill = m_decision->fill;
        accept();
        emit formChosen(formId, fill);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_answersLabel);
    layout->addWidget(m_answerList);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(680, 520);

    advance();
}

LegalBasisDialog::~LegalBasisDialog() = default;

QString LegalBasisDialog::askText(const LegalBasisQuestion& question) const
{
    return japanese() ? question.askJa : question.askEn;
}

QString LegalBasisDialog::fullText(const LegalBasisQuestion& question) const
{
    return japanese() ? question.textJa : question.textEn;
}

void LegalBasisDialog::answer(bool yes)
{
    if (m_current.isEmpty())
        return;
    m_answers.insert(m_current, yes);
    m_order << m_current;
    advance();
}

void LegalBasisDialog::back()
{
    if (m_order.isEmpty())
        return;
    reviseAnswer(static_cast<int>(m_order.size()) - 1);
}

void LegalBasisDialog::reviseAnswer(int index)
{
    if (index < 0 || index >= m_order.size())
        return;
    // The answers after the one changed may not be on the new path: each is asked again.
    while (m_order.size() > index)
        m_answers.remove(m_order.takeLast());
    advance();
}

void LegalBasisDialog::advance()
{
    fillAnswers();
    m_back->setEnabled(!m_order.isEmpty());
    if (const std::optional<LegalBasisQuestion> next = nextLegalBasisQuestion(m_direction, m_answers)) {
        m_decision.reset();
        showQuestion(*next);
        return;
    }
    m_current.clear();
    m_decision = decideLegalBasis(m_direction, m_answers);
    if (m_decision)
        showDecision(*m_decision);
}

void LegalBasisDialog::fillAnswers()
{
    m_answerList->clear();
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const QString& key = m_order.at(i);
        QString text = key;
        for (const LegalBasisQuestion& question : std::as_const(m_questions))
            if (question.key == key)
                text = askText(question);
        const QString answer = m_answers.value(key) ? tr("Yes") : tr("No");
        auto* item = new QListWidgetItem(tr("%1. %2 — %3").arg(i + 1).arg(answer, text), m_answerList);
        item->setToolTip(text);
        item->setData(Qt::UserRole, key);
    }
    m_answerList->setVisible(!m_order.isEmpty());
    m_answersLabel->setVisible(!m_order.isEmpty());
    m_answerList->scrollToBottom();
}

void LegalBasisDialog::showQuestion(const LegalBasisQuestion& question)
{
    m_current = question.key;
    m_skip->setVisible(!m_directFormId.isEmpty());
    m_step->setText(tr("Question %1").arg(m_order.size() + 1));
    m_question->setText(askText(question));
    m_detail->setText(fullText(question));
    m_article->setText(tr("Articles: %1").arg(question.article));
    m_why->setChecked(false);
    m_detail->hide();
    m_article->hide();
    m_stack->setCurrentIndex(0);
    m_record->hide();
    m_yes->setFocus(Qt::OtherFocusReason);
}

void LegalBasisDialog::showDecision(const LegalBasisDecision& decision)
{
    m_skip->hide(); // the answers decided: the guide's own button leads on
    if (decision.formId) {
        const FormDefinition* form = FormRegistry::find(*decision.formId);
        m_outcome->setText(tr("Record it in %1.").arg(form ? ledgerTitle(*form) : *decision.formId));
    } else if (decision.refused) {
        m_outcome->setText(m_direction == TransferDirection::Provision ? tr("This provision is not allowed.")
                                                                       : tr("This receipt is not allowed."));
    } else {
        m_outcome->setText(tr("No record is needed."));
    }
    QPalette palette = m_outcome->palette();
    palette.setColor(QPalette::WindowText, decision.refused ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    m_outcome->setPalette(palette);
    m_reason->setText(japanese() ? decision.reasonJa : decision.reasonEn);
    m_decisionArticle->setText(tr("Articles: %1 (rules of %2)").arg(decision.article, decision.ruleVersion));
    m_stack->setCurrentIndex(1);
    const bool record = decision.formId.has_value();
    m_record->setVisible(record);
    m_record->setDefault(record);
    if (record)
        m_record->setFocus(Qt::OtherFocusReason);
    else
        m_back->setFocus(Qt::OtherFocusReason);
}

void LegalBasisDialog::offerDirectRecord(const QString& formId)
{
    m_directFormId = formId;
    m_skip->setToolTip(tr("Open the editor of this form now. Choose this only when the legal basis is already "
                          "settled, as for the same provision every month."));
    m_skip->setVisible(!formId.isEmpty());
}

} // namespace daicho
