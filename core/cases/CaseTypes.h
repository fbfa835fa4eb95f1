#pragma once

#include "calendar/LegalPeriod.h"
#include "ledger/FieldValues.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

using CaseId = std::int64_t;

// One step taken on a case, as stored: never changed once written.
struct CaseEvent {
    std::int64_t id = 0;
    CaseId caseId = 0;
    int number = 1; // 1 for the receipt
    QString kind;
    QString step;
    std::int64_t actorId = 0;
    QDateTime atUtc;
    std::int64_t deskVersion = 0;
    FieldValues values;
};

// What a clock shows beside its date.
enum CaseClockFlag {
    ClockMoved = 1, // the last day fell on a closed day and moved to the next open one (民法第142条)
    ClockProvisional = 2, // a holiday beyond the announced years took part (computed equinox)
    ClockLastDayClosed = 4, // the last day is a closed day and the rule keeps it (warned)
    ClockStopped = 8, // ended without being met (the request was withdrawn)
};

// A clock of a case: its period, derived from the events, never typed.
struct CaseClockState {
    QString key;
    QDate startOn;
    QDate dueOn;
    std::optional<QDate> metOn;
    bool running = true; // not met, not stopped: due
    int flags = 0;
    QString explanationJa; // the rule and how the date came out (第38条4項: 受付をした日から起算して1週間…)
};

// The present state of a case, derived from its events (CaseProjection).
struct CaseRecord {
    CaseId id = 0;
    QString kind;
    int number = 0; // 受付番号 in its fiscal year
    int fiscalYear = 0;
    QString state;
    bool closed = false;
    QDate receivedOn;
    std::optional<std::int64_t> deskId;
    std::optional<std::int64_t> sectionId;
    QString title; // who it is about (the kind's title item of the receipt)
    int eventCount = 0;
    std::int64_t lastEventId = 0;
    std::int64_t deskVersion = 0;
    QString searchText;
    QList<CaseClockState> clocks;
};

} // namespace daicho
