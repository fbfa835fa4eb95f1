#pragma once

#include <QMessageBox>

#include <optional>

namespace daicho {

// Every message box of the application goes through here, so that a test can answer the
// next one (setNextAnswer) instead of blocking on a modal loop, and can read what would
// have been shown (lastText).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text, Buttons buttons = Button::Ok,
                              Button defaultButton = Button::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = Button::Ok,
                          Button defaultButton = Button::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons = Button::Ok,
                           Button defaultButton = Button::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(Button::Yes | Button::No), Button defaultButton = Button::No);

    // Tests: the next box is not shown and returns `answer`. Cleared after one use.
    static void setNextAnswer(Button answer);
    // Tests: every box returns `answer` until cleared with std::nullopt.
    static void setAutoAnswer(std::optional<Button> answer);
    // The text of the last box asked for (shown or answered by a test).
    static QString lastText();
    static void clearLastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace daicho
