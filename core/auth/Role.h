#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The people of 第6条・第7条 and 別紙1 第3条2項.
enum class Role {
    Chief, // 事務取扱責任者 (総務部長): keeps the registers, manages users
    ActingChief, // 総務課長: acts in the chief's absence (別紙1 第3条2項)
    DepartmentHead, // 部門責任者: approves use and carry-outs in their department (第7条3項)
    Staff, // 事務取扱担当者: writes entries (第9条, 第10条)
    Auditor, // 監査 (事務局次長, 第15条): monitoring sheet and audit trail
};

QList<Role> allRoles();
QString roleKey(Role role); // stable text stored in the database
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role); // translated
// Chief and acting chief may register other people's signing keys (see audit/AuditLog.h).
bool isRegistrar(Role role);

} // namespace daicho
