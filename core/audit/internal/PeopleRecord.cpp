#include "audit/internal/PeopleRecord.h"

#include "audit/AuditLog.h"

#include <QCoreApplication>

namespace daicho {

namespace {

// A registrar's entries that record a person's whole row (docs/audit-trail.md).
bool recordsPerson(const QString& action)
{
    static const QStringList actions{QStringLiteral("user.add"), QStringLiteral("user.update"),
                                     QStringLiteral("user.remove"), QStringLiteral("user.password_reset"),
                                     QStringLiteral("user.recover")};
    return actions.contains(action);
}

// What a person's own key may write about their own row: events, and the one change a
// person makes to themselves.
bool personsOwnAction(const QString& action)
{
    return action == QLatin1String("signin.ok") || action == QLatin1String("user.password_change")
           || action == QLatin1String("user.initial_password_replaced");
}

// Lifting a lock is a registrar's act; a password reset and a recovery lift it too.
bool liftsLock(const QString& action)
{
    return action == QLatin1String("user.unlock") || action == QLatin1String("user.password_reset")
           || action == QLatin1String("user.recover");
}

std::optional<std::int64_t> lockSubject(const AuditEntry& e)
{
    if (e.action == QLatin1String("user.locked") || e.action == QLatin1String("user.unlock")
        || e.action == QLatin1String("signin.failed"))
        return auditIdOf(auditDetailValue(e.detail, QStringLiteral("user")));
    if (e.targetTable == QLatin1String("users") && liftsLock(e.action))
        return auditIdOf(e.targetId);
    return std::nullopt;
}

Error changedOutside(const QString& text)
{
    return makeError(ErrorCode::Tampered,
                     text + QLatin1Char(' ')
                         + QCoreApplication::translate(
                             "daicho::PeopleRecord",
                             "It was changed outside Daicho with the database key. Ask the auditor to run the "
                             "verification of the audit trail."));
}

} // namespace

bool PeopleRecord::concernsPeople(const AuditEntry& e)
{
    return (e.targetTable == QLatin1String("users") && e.action != QLatin1String("signin.ok"))
           || lockSubject(e).has_value();
}

std::optional<QString> PeopleRecord::admit(const AuditEntry& e, bool registrar)
{
    if (auto subject = lockSubject(e)) {
        History& h = m_people[*subject];
        if (e.action == QLatin1String("signin.failed")) {
            ++h.failures; // reported by whoever signs in next, from the sign-in journal
            return std::nullopt;
        }
        if (e.action == QLatin1String("user.locked")) {
            // By whoever imported the failures: a lock takes nothing away, but a lock without
            // the failures behind it was not made by Daicho.
            if (h.failures < kFailuresThatLock)
                return QCoreApplication::translate("daicho::PeopleRecord",
                                                   "Entry %1 locks person %2, but the trail holds too few failed "
                                                   "sign-ins for a lock.")
                    .arg(e.seq)
                    .arg(*subject);
            h.locked = true;
            h.lockSeq = e.seq;
        } else if (registrar) {
            h.locked = false;
            h.lockSeq = e.seq;
            h.failures = 0;
        } else if (e.action == QLatin1String("user.unlock")) {
            return QCoreApplication::translate("daicho::PeopleRecord",
                                               "Entry %1 unlocks a person, but its author is not the chief officer.")
                .arg(e.seq);
        }
    }
    if (e.targetTable != QLatin1String("users"))
        return std::nullopt;
    const auto target = auditIdOf(e.targetId);
    if (!target)
        return QCoreApplication::translate("daicho::PeopleRecord", "Entry %1 names no person.").arg(e.seq);
    const bool self = e.userId && *e.userId == *target;
    if (self && personsOwnAction(e.action)) {
        if (e.action == QLatin1String("user.initial_password_replaced"))
            m_people[*target].initialPasswordReplaced = true;
        return std::nullopt;
    }
    if (!registrar || !recordsPerson(e.action))
        return QCoreApplication::translate(
                   "daicho::PeopleRecord",
                   "Entry %1 records a change to person %2 that only the chief officer may record.")
            .arg(e.seq)
            .arg(*target);
    History& h = m_people[*target];
    Standing standing = h.standings.empty() ? Standing{} : h.standings.back().second;
    if (const auto role = roleFromKey(auditDetailValue(e.detail, QStringLiteral("role"))))
        standing.role = role;
    if (e.detail.contains(QLatin1String("department="))) {
        standing.departmentId = auditIdOf(auditDetailValue(e.detail, QStringLiteral("department")));
        standing.departmentKnown = true;
    }
    if (e.action == QLatin1String("user.remove"))
        standing.removedAt = e.seq;
    // Nobody changes their own role, so that the organisation always keeps a chief.
    if (self && !h.standings.empty() && standing.role != h.standings.back().second.role)
        return QCoreApplication::translate("daicho::PeopleRecord", "Entry %1 changes the role of its own author.")
            .arg(e.seq);
    // The acting chief stands in for the chief (別紙1 第3条2項) but neither makes nor changes
    // the chief officer: that stays with a chief or the recovery key.
    const bool concernsChief =
        standing.role == Role::Chief || (!h.standings.empty() && h.standings.back().second.role == Role::Chief);
    if (concernsChief && !self && e.userId && standingAt(*e.userId, e.seq).role == Role::ActingChief)
        return QCoreApplication::translate("daicho::PeopleRecord",
                                           "Entry %1 by the acting chief officer changes a chief officer's record, "
                                           "which only a chief officer may do.")
            .arg(e.seq);
    h.vouchSeq = e.seq;
    h.vouchDigest = e.rowDigest;
    h.initialPasswordReplaced = false;
    h.standings.emplace_back(e.seq, standing);
    return std::nullopt;
}

Status PeopleRecord::check(const Database& db, std::int64_t userId) const
{
    auto person = db.firstRow(QStringLiteral("SELECT * FROM users WHERE id = ?"), userId);
    if (!person)
        return person.error();
    const auto found = m_people.find(userId);
    const QString id = QString::number(userId);
    if (!person->has_value()) {
        if (found != m_people.end() && !found->second.vouchDigest.isNull())
            return changedOutside(QCoreApplication::translate("daicho::PeopleRecord",
                                                              "Person %1, recorded by entry %2, has been deleted.")
                                      .arg(id)
                                      .arg(found->second.vouchSeq));
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::PeopleRecord", "Person %1 does not exist.").arg(id));
    }
    const Statement& row = **person;
    auto column = [&](const char* name) {
        for (int c = 0; c < row.columnCount(); ++c)
            if (row.columnName(c) == QLatin1String(name))
                return c;
        return -1;
    };
    const QString who = QStringLiteral("%1 (%2)").arg(row.text(column("login")), id);
    if (found == m_people.end() || found->second.vouchSeq == 0)
        return changedOutside(
            QCoreApplication::translate("daicho::PeopleRecord",
                                        "Person %1 was never recorded by the chief officer: the record was added.")
                .arg(who));
    const History& h = found->second;
    const QString table = QStringLiteral("users");
    const std::int64_t mustChange = row.integer(column("must_change_password"));
    std::optional<std::int64_t> recordedMustChange;
    for (std::int64_t value : {mustChange, 1 - mustChange})
        if (!recordedMustChange
            && digestOfRowWith(row, table, id, QStringLiteral("must_change_password"), value) == h.vouchDigest)
            recordedMustChange = value;
    if (!recordedMustChange) {
        const Standing& last = h.standings.back().second;
        const auto role = roleFromKey(row.text(column("role")));
        if (last.role && role != last.role)
            return changedOutside(QCoreApplication::translate(
                                      "daicho::PeopleRecord",
                                      "The role of %1 is not the one the chief officer recorded in entry %2 (%3).")
                                      .arg(who)
                                      .arg(h.vouchSeq)
                                      .arg(roleDisplayName(*last.role)));
        return changedOutside(
            QCoreApplication::translate("daicho::PeopleRecord",
                                        "The record of %1 (name, role, department or whether removed) is not what the "
                                        "chief officer recorded in entry %2.")
                .arg(who)
                .arg(h.vouchSeq));
    }
    // The flag may only have been cleared, and only by the person's own new password.
    if (*recordedMustChange != mustChange && !(mustChange == 0 && h.initialPasswordReplaced))
        return changedOutside(
            QCoreApplication::translate("daicho::PeopleRecord",
                                        "The must-change-password flag of %1 is not what the trail recorded.")
                .arg(who));

    auto lock =
        db.firstRow(QStringLiteral("SELECT coalesce(max(locked), 0) FROM sign_in_states WHERE user_id = ?"), userId);
    if (!lock)
        return lock.error();
    const bool locked = lock->has_value() && lock.value()->integer(0) != 0;
    if (h.locked && !locked)
        return changedOutside(
            QCoreApplication::translate("daicho::PeopleRecord",
                                        "%1 was locked after failed sign-ins (entry %2), but the lock was removed.")
                .arg(who)
                .arg(h.lockSeq));
    if (!h.locked && locked)
        return changedOutside(
            QCoreApplication::translate("daicho::PeopleRecord",
                                        "%1 is marked as locked, but no entry of the trail locked them.")
                .arg(who));
    return {};
}

bool PeopleRecord::recordedBefore(std::int64_t userId, std::int64_t seq) const
{
    const auto found = m_people.find(userId);
    return found != m_people.end() && !found->second.standings.empty() && found->second.standings.front().first < seq;
}

Standing PeopleRecord::standingAt(std::int64_t userId, std::int64_t seq) const
{
    const auto found = m_people.find(userId);
    if (found == m_people.end())
        return {};
    Standing standing;
    for (const auto& [from, value] : found->second.standings)
        if (from < seq)
            standing = value;
    return standing;
}

} // namespace daicho
