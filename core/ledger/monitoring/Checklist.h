#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace daicho {

// The areas of the monitoring sheet (様式4, FORMS.md): the regulation's measures in its own
// order, each with the articles it covers.
struct CheckArea {
    QString key; // stable, stored
    QString labelJa; // printed
    QString labelEn;
    QString articles; // 第5条〜第15条
};
const QList<CheckArea>& checkAreas();
const CheckArea* findCheckArea(const QString& key);
QString checkAreaLabel(const QString& key); // in the interface's language

// What the auditor found for one item.
enum class CheckResult { Open, Conforms, DoesNotConform, NotApplicable };
QString checkResultKey(CheckResult result); // "" for Open
std::optional<CheckResult> checkResultFromKey(const QString& key);
QString checkResultPrintedName(CheckResult result); // 適合 / 不適合 / 該当なし / 未記入
QString checkResultDisplayName(CheckResult result); // translated

// One line of a sheet. The item's text, area and article are copied into the sheet when it
// is started, so the sheet keeps what was checked after the chief rewords the item.
struct ChecklistLine {
    qint64 itemId = 0; // the check item it was made from; 0 for a line of an older sheet
    QString area;
    QString text;
    QString article;
    CheckResult result = CheckResult::Open;
    QString evidence; // what the auditor saw: records, rooms, settings
    QString comment;

    bool operator==(const ChecklistLine&) const = default;
};
using ChecklistLines = QList<ChecklistLine>;

// A sheet's lines as an entry value (FieldValues): a list of maps with the keys "item",
// "area", "text", "article", "result", "evidence", "comment"; empty parts are left out.
QVariant checklistToValue(const ChecklistLines& lines);
// nullopt when the value is not a list of such maps (or a result is unknown).
std::optional<ChecklistLines> checklistFromValue(const QVariant& value);

struct ChecklistCounts {
    int conforms = 0;
    int doesNotConform = 0;
    int notApplicable = 0;
    int open = 0;
};
ChecklistCounts countResults(const ChecklistLines& lines);
// "適合 30・不適合 2・該当なし 1・未記入 0": lists, exports.
QString checklistSummary(const ChecklistLines& lines);

// The longest texts a line may hold (characters).
constexpr int kCheckItemTextMax = 300;
constexpr int kCheckEvidenceMax = 500;
constexpr int kCheckCommentMax = 1000;

} // namespace daicho
