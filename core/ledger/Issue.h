#pragma once

#include <QString>

namespace daicho {

// One problem with an entry, as data: the field it concerns (to put the cursor there), a
// translated message that says what is wrong and what to do, and how much it weighs.
struct Issue {
    // Error: the entry cannot be saved. Warning: it can, but someone should look (a deadline
    // near, an unusual value). Notice: for information only.
    enum class Severity { Error, Warning, Notice };

    QString field;
    QString message;
    Severity severity = Severity::Error;

    bool blocksSaving() const { return severity == Severity::Error; }
};

} // namespace daicho
