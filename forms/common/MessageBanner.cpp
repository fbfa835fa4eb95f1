#include "common/MessageBanner.h"

#include <QDialog>

#include <QLayout>

#include <algorithm>

namespace daicho {

MessageBanner::MessageBanner(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 6, 8, 6);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    // Colours with enough contrast for the office's older monitors; the text says what
    // happened, the colour only helps.
    switch (kind) {
    case Kind::Info:
        setStyleSheet(
            QStringLiteral("background:#e8f0fb; color:#1a3a66; border:1px solid #9db8e0; border-radius:3px;"));
        break;
    case Kind::Success:
        setStyleSheet(
            QStringLiteral("background:#e6f4e6; color:#1e4d1e; border:1px solid #8cc38c; border-radius:3px;"));
        break;
    case Kind::Error:
        setStyleSheet(
            QStringLiteral("background:#fbe9e9; color:#7a1010; border:1px solid #e09a9a; border-radius:3px;"));
        break;
    }
    setText(text);
    setVisible(!text.isEmpty());
    growWindowToFit();
    emit messageChanged();
}

void MessageBanner::growWindowToFit()
{
    // A window computes its minimum height without wrapped text's height-for-width, so a
    // banner that appears after the dialog is shown would squeeze the wrapped labels
    // above it. Grow the window to what its layout needs at its current width.
    // Dialogs only: a page's banner inside the main window (often a page not on show, whose
    // width is not laid out yet) grew the whole window at every sign-in, past the screen.
    QWidget* top = window();
    if (!top || top == this || !qobject_cast<QDialog*>(top) || !top->isVisible() || !top->layout())
        return;
    top->layout()->activate();
    int needed = top->heightForWidth(top->width());
    // Some layouts (a form inside a dialog) do not pass height-for-width up: then grow by
    // what the banner itself lacks at its width, so a long message is never cut off.
    const int own = heightForWidth(width());
    if (own > height())
        needed = std::max(needed, top->height() + own - height());
    if (needed > top->height())
        top->resize(top->width(), needed);
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
    emit messageChanged();
}

} // namespace daicho
