#pragma once

#include "auth/Session.h"
#include "calendar/ClosedDays.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace daicho {

// The centre's own data about the desk that receives requests (個人情報保護相談窓口): where it
// is, how to reach it and when (第33条2項), the days it is closed for its own deadlines
// (年末年始 12/29–1/3 by default, 民法第142条), and the fees the chief sets (第39条2項).
// Every change is a new version, kept: the clocks of a case count with the version in force
// when it was received, so that editing the calendar never rewrites a past deadline.
struct DeskSettings {
    std::optional<std::int64_t> deskDepartmentId; // 総務部総務課 (第33条1項); none: chief only
    QString organisation; // printed on every document
    QString address; // several lines
    QString phone;
    QString hours;
    QString complaints; // 苦情の申出先 (第34条1項(4))
    ClosedDays closedDays;
    int purposeFeeYen = 0; // 第39条: 利用目的の通知
    int disclosureFeeYen = 0; // 第39条: 開示
    // 第33条1項(1): the sections that handle the health-check business's data (事業部 健診管理課・
    // センター健診課・人間ドック健診課, 事務部 健診課). A request about a database one of them
    // handles goes to it; anything else to the desk (第33条1項(2)). Empty: not set — every
    // request is proposed to the desk, which routes it by hand.
    QList<std::int64_t> healthCheckSections;

    // The sections 第33条1項(1) names, as the departments are called (for choosing them at first).
    static QStringList healthCheckSectionNames();

    // What a database without any version holds: the regulation's own text (第33条2項).
    static DeskSettings regulationDefaults();
    QString toJson() const;
    // A stored version; InvalidInput naming what is wrong.
    static Result<DeskSettings> fromJson(const QString& json);
    // The problems that would stop saving it, as messages to show (empty: fine).
    QStringList problems() const;
};

// The versions of the desk's data (desk_versions): read by everyone signed in (they print on
// every document), changed by the chief and the acting chief only, audited.
class RequestDesk
{
public:
    struct Version {
        std::int64_t id = 0; // 0: none stored yet, the regulation's defaults
        DeskSettings settings;
    };
    static Result<Version> current(const Session& session);
    static Result<std::int64_t> save(Session& session, const DeskSettings& settings);
};

} // namespace daicho
