#include "auth/Permission.h"

#include <catch2/catch.hpp>

#include <map>

using namespace daicho;

// The expected table, written out independently of the implementation: one row per
// operation, one column per role (chief, acting chief, head, staff, auditor).
TEST_CASE("every role is allowed or refused every operation exactly as the table says", "[core][permissions]")
{
    const std::map<Operation, std::array<bool, 5>> expected = {
        {Operation::ViewOrganisation, {true, true, true, true, true}},
        {Operation::ManageOrganisation, {true, true, false, false, false}},
        {Operation::ViewUsers, {true, true, true, false, true}},
        {Operation::ManageUsers, {true, true, false, false, false}},
        {Operation::UnlockUser, {true, true, false, false, false}},
        {Operation::ChangeOwnPassword, {true, true, true, true, true}},
        {Operation::ChangeSettings, {true, true, false, false, false}},
        {Operation::ViewAuditTrail, {true, true, false, false, true}},
        {Operation::VerifyAuditTrail, {true, true, true, true, true}},
        {Operation::SignCheckpoint, {false, false, false, false, true}},
        {Operation::RotateDatabaseKey, {true, true, false, false, false}},
        {Operation::MakeBackup, {true, true, false, false, false}},
        {Operation::ReadLedgers, {true, true, true, true, true}},
        {Operation::WriteLedgers, {true, true, true, true, true}}, // the auditor: 様式4 only
        {Operation::DecideLedgers, {true, true, true, false, false}},
        {Operation::ExportLedgers, {true, true, true, true, true}},
        {Operation::ImportLedgers, {true, true, true, true, false}},
        {Operation::ManageCheckItems, {true, true, false, false, false}},
        // Issue 13: the chief approves and runs a disposal, a second person confirms it.
        {Operation::ViewDisposal, {true, true, false, false, true}},
        {Operation::ApproveDisposal, {true, false, false, false, false}},
        {Operation::ConfirmDisposal, {false, true, false, false, true}},
        {Operation::SetRetentionPeriods, {true, false, false, false, false}},
    };
    const Role roles[] = {Role::Chief, Role::ActingChief, Role::DepartmentHead, Role::Staff, Role::Auditor};
    REQUIRE(static_cast<size_t>(allOperations().size()) == expected.size());
    for (Operation op : allOperations()) {
        auto row = expected.find(op);
        REQUIRE(row != expected.end());
        for (int r = 0; r < 5; ++r) {
            INFO("operation " << operationKey(op).toStdString() << ", role " << roleKey(roles[r]).toStdString());
            CHECK(isAllowed(roles[r], op) == row->second[static_cast<size_t>(r)]);
        }
        CHECK_FALSE(operationDisplayName(op).isEmpty());
    }
}

TEST_CASE("role keys round-trip and unknown keys are rejected", "[core][permissions]")
{
    for (Role role : allRoles()) {
        CHECK(roleFromKey(roleKey(role)) == role);
        CHECK_FALSE(roleDisplayName(role).isEmpty());
    }
    CHECK_FALSE(roleFromKey(QStringLiteral("admin")).has_value());
}
