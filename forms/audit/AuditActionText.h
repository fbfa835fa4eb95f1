#pragma once

#include <QString>

namespace daicho {

// The translated name of an audit action key ("user.add" → "ユーザーの追加"); an action this
// build does not know is shown as its key, so nothing in the trail is ever hidden.
QString auditActionDisplayName(const QString& actionKey);

} // namespace daicho
