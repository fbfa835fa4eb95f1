// The legal basis of a provision to, or receipt from, a third party and the record it needs,
// read from rules/LegalBasis.json: the questions with their articles in both numberings, the
// paths between them and the outcomes. The centre's regulation (規程第30条〜第32条) cites the
// Act's pre-2022 numbers and predates the 2022 amendment (法27条2項ただし書's further opt-out
// bars, 法27条1項5〜7号, 法28条's present wording, 個人関連情報 of 法31条); the data cites both.
#include "ledger/rules/LegalBasis.h"

#include "ledger/FormRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace daicho {

namespace {

struct Cited {
    QString key;
    QString askJa; // questions only: the short question
    QString askEn;
    QString ja;
    QString en;
    QString regulation;
    QString act;
};

struct Answer {
    QString next; // a node id, or empty when `outcome` ends the path
    QString outcome;
    QString note; // a note key the decision carries, or empty
    QVariantMap fill; // record items the answer establishes
};

struct Node {
    QString id;
    QString question;
    Answer yes;
    Answer no;
};

struct Outcome {
    Cited text;
    QString record; // "", "consent", "opt_out", "non_business", "related_info"
    bool refused = false;
};

struct Rules {
    QList<Cited> questions;
    QList<Node> nodes; // the first is asked first
    QHash<QString, Outcome> outcomes;
    QList<QString> outcomeOrder;
    QHash<QString, Cited> notes;
};

struct RuleSet {
    QString version;
    Rules provision;
    Rules receipt;
};

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Cited cited(const QJsonObject& o)
{
    return {text(o, "key"), text(o, "ask_ja"),     text(o, "ask_en"), text(o, "ja"),
            text(o, "en"),  text(o, "regulation"), text(o, "act")};
}

Answer answerFrom(const QJsonObject& o)
{
    return {text(o, "next"), text(o, "outcome"), text(o, "note"),
            o.value(QLatin1String("fill")).toObject().toVariantMap()};
}

Rules rulesFrom(const QJsonObject& o)
{
    Rules rules;
    for (const QJsonValue& q : o.value(QLatin1String("questions")).toArray())
        rules.questions << cited(q.toObject());
    for (const QJsonValue& v : o.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        rules.nodes << Node{text(n, "id"), text(n, "question"), answerFrom(n.value(QLatin1String("yes")).toObject()),
                            answerFrom(n.value(QLatin1String("no")).toObject())};
    }
    for (const QJsonValue& v : o.value(QLatin1String("outcomes")).toArray()) {
        const QJsonObject out = v.toObject();
        const Cited c = cited(out);
        rules.outcomes.insert(c.key, Outcome{c, text(out, "record"), out.value(QLatin1String("refused")).toBool()});
        rules.outcomeOrder << c.key;
    }
    for (const QJsonValue& v : o.value(QLatin1String("notes")).toArray()) {
        const Cited c = cited(v.toObject());
        rules.notes.insert(c.key, c);
    }
    return rules;
}

const RuleSet& ruleSet()
{
    static const RuleSet set = [] {
        QFile file(QStringLiteral(":/daicho/rules/LegalBasis.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened); // a resource of the library: always there
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        return RuleSet{text(root, "version"), rulesFrom(root.value(QLatin1String("provision")).toObject()),
                       rulesFrom(root.value(QLatin1String("receipt")).toObject())};
    }();
    return set;
}

const Rules& rules(TransferDirection direction)
{
    return direction == TransferDirection::Provision ? ruleSet().provision : ruleSet().receipt;
}

const Node* node(const Rules& r, const QString& id)
{
    for (const Node& n : r.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

std::optional<TransferBasis> basisOf(const QString& record)
{
    if (record == QLatin1String("consent"))
        return TransferBasis::Consent;
    if (record == QLatin1String("opt_out"))
        return TransferBasis::OptOut;
    if (record == QLatin1String("non_business"))
        return TransferBasis::NonBusiness;
    if (record == QLatin1String("related_info"))
        return TransferBasis::RelatedInfo;
    return std::nullopt;
}

LegalBasisQuestion question(const Cited& c)
{
    return {c.key, c.askJa, c.askEn, c.ja, c.en, c.regulation, c.act, citeArticles(c.regulation, c.act)};
}

// Where the answers lead: the question of the first unanswered node, or an outcome and the
// notes its path added.
struct Walk {
    QString pending;
    QString outcome;
    QStringList notes;
    QVariantMap fill;
};

Walk walk(const Rules& r, const LegalBasisAnswers& answers)
{
    Walk w;
    const Node* current = r.nodes.isEmpty() ? nullptr : &r.nodes.first();
    // Each node at most once: the paths have no loops (legalBasisDataProblems), and this bound says so.
    for (qsizetype step = 0; current && step < r.nodes.size(); ++step) {
        const auto given = answers.constFind(current->question);
        if (given == answers.constEnd()) {
            w.pending = current->question;
            return w;
        }
        const Answer& a = *given ? current->yes : current->no;
        if (!a.note.isEmpty())
            w.notes << a.note;
        w.fill.insert(a.fill);
        if (a.next.isEmpty()) {
            w.outcome = a.outcome;
            return w;
        }
        current = node(r, a.next);
    }
    Q_UNREACHABLE();
    return w;
}

LegalBasisDecision decision(const Rules& r, TransferDirection direction, const Walk& w)
{
    const Outcome& o = r.outcomes.value(w.outcome);
    LegalBasisDecision d;
    d.reasonJa = o.text.ja;
    d.reasonEn = o.text.en;
    d.regulationArticle = o.text.regulation;
    d.actArticle = o.text.act;
    d.article = citeArticles(d.regulationArticle, d.actArticle);
    for (const QString& key : w.notes) {
        const Cited note = r.notes.value(key);
        const QString cited = citeArticles(note.regulation, note.act);
        d.reasonJa += note.ja + QStringLiteral("（") + cited + QStringLiteral("）");
        d.reasonEn += QLatin1Char(' ') + note.en + QStringLiteral(" (") + cited + QLatin1Char(')');
        // After the outcome's own articles, not inside its bracket: the regulation has no
        // counterpart of what a note cites (法28条3項).
        d.article += QStringLiteral("、") + cited;
    }
    d.refused = o.refused;
    d.ruleVersion = ruleSet().version;
    if (const auto basis = basisOf(o.record)) {
        const FormDefinition* form = FormRegistry::transferRecord({direction, *basis});
        d.formId = form ? form->id : QString();
        // Only items of that form, with a value of their kind (the rules' data names them).
        for (auto it = w.fill.begin(); form && it != w.fill.end(); ++it)
            if (form->field(it.key()))
                d.fill.insert(it.key(), it.value());
    }
    return d;
}

} // namespace

QString legalBasisRuleVersion()
{
    return ruleSet().version;
}

QString citeArticles(const QString& regulation, const QString& act)
{
    if (regulation.isEmpty())
        return act;
    if (act.isEmpty())
        return regulation;
    return QStringLiteral("規程") + regulation + QStringLiteral("（") + act + QStringLiteral("）");
}

QList<LegalBasisQuestion> legalBasisQuestions(TransferDirection direction)
{
    QList<LegalBasisQuestion> list;
    for (const Cited& c : rules(direction).questions)
        list << question(c);
    return list;
}

std::optional<LegalBasisQuestion> nextLegalBasisQuestion(TransferDirection direction, const LegalBasisAnswers& answers)
{
    const Rules& r = rules(direction);
    const Walk w = walk(r, answers);
    if (w.pending.isEmpty())
        return std::nullopt;
    for (const Cited& c : r.questions)
        if (c.key == w.pending)
            return question(c);
    Q_UNREACHABLE();
    return std::nullopt;
}

std::optional<LegalBasisDecision> decideLegalBasis(TransferDirection direction, const LegalBasisAnswers& answers)
{
    const Rules& r = rules(direction);
    const Walk w = walk(r, answers);
    if (w.outcome.isEmpty())
        return std::nullopt;
    return decision(r, direction, w);
}

QStringList legalBasisDataProblems()
{
    QStringList problems;
    if (ruleSet().version.isEmpty())
        problems << QStringLiteral("no version");
    for (TransferDirection direction : {TransferDirection::Provision, TransferDirection::Receipt}) {
        const Rules& r = rules(direction);
        const QString side =
            direction == TransferDirection::Provision ? QStringLiteral("provision") : QStringLiteral("receipt");
        auto problem = [&](const QString& what) { problems << side + QStringLiteral(": ") + what; };
        QSet<QString> questionKeys;
        for (const Cited& q : r.questions) {
            if (q.key.isEmpty() || q.ja.isEmpty() || q.en.isEmpty() || (q.regulation.isEmpty() && q.act.isEmpty()))
                problem(QStringLiteral("question %1 lacks a text or an article").arg(q.key));
            questionKeys.insert(q.key);
        }
        QSet<QString> reached;
        QSet<QString> asked;
        // Depth-first over every path, with the questions asked so far on it.
        std::function<void(const Node*, QSet<QString>, int)> visit = [&](const Node* n, QSet<QString> onPath,
                                                                         int depth) {
            if (!n || depth > r.nodes.size()) {
                problem(QStringLiteral("a path leads to no node or loops"));
                return;
            }
            if (!questionKeys.contains(n->question))
                problem(QStringLiteral("node %1 asks an unlisted question").arg(n->id));
            if (onPath.contains(n->question))
                problem(QStringLiteral("question %1 is asked twice on one path").arg(n->question));
            onPath.insert(n->question);
            asked.insert(n->question);
            for (const Answer& a : {n->yes, n->no}) {
                if (!a.note.isEmpty() && !r.notes.contains(a.note))
                    problem(QStringLiteral("node %1 adds an unknown note").arg(n->id));
                if (!a.next.isEmpty()) {
                    visit(node(r, a.next), onPath, depth + 1);
                } else if (!r.outcomes.contains(a.outcome)) {
                    problem(QStringLiteral("node %1 ends in an unknown outcome").arg(n->id));
                } else {
                    reached.insert(a.outcome);
                }
            }
        };
        visit(r.nodes.isEmpty() ? nullptr : &r.nodes.first(), {}, 0);
        for (const QString& key : r.outcomeOrder) {
            const Outcome& o = r.outcomes.value(key);
            if (!reached.contains(key))
                problem(QStringLiteral("outcome %1 is never reached").arg(key));
            if (o.text.ja.isEmpty() || o.text.en.isEmpty() || (o.text.regulation.isEmpty() && o.text.act.isEmpty()))
                problem(QStringLiteral("outcome %1 lacks a text or an article").arg(key));
            if (!o.record.isEmpty()) {
                const auto basis = basisOf(o.record);
                if (!basis || !FormRegistry::transferRecord({direction, *basis}))
                    problem(QStringLiteral("outcome %1 names no form of its direction").arg(key));
                if (o.refused)
                    problem(QStringLiteral("outcome %1 is refused yet names a record").arg(key));
            }
        }
        for (const QString& key : questionKeys)
            if (!asked.contains(key))
                problem(QStringLiteral("question %1 is never asked").arg(key));
    }
    return problems;
}

Status checkSensitiveOptOut(const FormDefinition& form, bool dataIncludesSensitive)
{
    if (!dataIncludesSensitive || !form.transfer || form.transfer->basis != TransferBasis::OptOut)
        return {};
    // 規程第30条2項 excludes 要配慮個人情報 from opt-out, and 規程第27条2項 (法20条2項) needs the
    // individual's consent to acquire it: neither side of an opt-out may concern it
    // (法27条2項ただし書).
    if (form.transfer->direction == TransferDirection::Provision)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "daicho::LegalBasis",
                "Personal data that includes sensitive personal information cannot be provided by "
                "opt-out (規程第30条2項（法27条2項ただし書）). Obtain the individual's consent and record the "
                "provision in 様式6-2."));
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("daicho::LegalBasis",
                                                 "Personal data that includes sensitive personal information "
                                                 "cannot be received by opt-out (規程第30条2項・第27条2項（法27条2項"
                                                 "ただし書・法20条2項）). Ask the provider to obtain the "
                                                 "individual's consent and record the receipt in 様式7-2."));
}

} // namespace daicho
