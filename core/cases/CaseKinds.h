#pragma once

#include "cases/CaseKind.h"
#include "common/Result.h"

#include <QList>

namespace daicho {

// Every case kind of the application.
class CaseKinds
{
public:
    static const QList<CaseKind>& all();
    static const CaseKind* find(const QString& id);
    // The checks a definition must pass: unique keys; steps that name existing states, one
    // step that opens a case; clocks that name existing steps and a date item of their start;
    // documents of existing steps; every step's items pass the form checks.
    [[nodiscard]] static Status check(const CaseKind& kind);
};

// One function per group of kinds (core/cases/definitions/).
QList<CaseKind> requestKinds();

} // namespace daicho
