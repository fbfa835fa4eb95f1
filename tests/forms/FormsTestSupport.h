#pragma once

#include "common/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>

namespace daicho::test {

// The named child, required to exist.
template <typename T>
T* child(const QObject* root, const QString& objectName)
{
    T* found = root->findChild<T*>(objectName);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Types like a person: ASCII through key clicks; anything else the way an IME delivers it
// (a preedit, then the commit), because QTest::keyClicks aborts on non-ASCII text.
inline void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

inline void replaceText(QLineEdit* edit, const QString& text)
{
    edit->clear();
    type(edit, text);
}

inline void click(QAbstractButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Runs `act` on the next modal dialog of type T once it is shown (inside its exec()).
template <typename T>
void whenModalShown(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Every message box answers `answer` while this lives.
class AutoAnswer
{
public:
    explicit AutoAnswer(MessageBox::Button answer) { MessageBox::setAutoAnswer(answer); }
    ~AutoAnswer() { MessageBox::setAutoAnswer(std::nullopt); }
    AutoAnswer(const AutoAnswer&) = delete;
    AutoAnswer& operator=(const AutoAnswer&) = delete;
};

// The interface in Japanese while this lives: the catalogue the app ships, and the locale
// that picks the Japanese labels of the ledgers. The tests otherwise run in English.
class JapaneseInterface
{
public:
    JapaneseInterface()
    {
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        REQUIRE(
            m_catalogue.load(japanese, QStringLiteral("daicho"), QStringLiteral("_"), QStringLiteral(":/daicho/i18n")));
        QCoreApplication::installTranslator(&m_catalogue);
        QLocale::setDefault(japanese);
    }
    ~JapaneseInterface()
    {
        QCoreApplication::removeTranslator(&m_catalogue);
        QLocale::setDefault(m_before);
    }
    JapaneseInterface(const JapaneseInterface&) = delete;
    JapaneseInterface& operator=(const JapaneseInterface&) = delete;

private:
    QLocale m_before;
    QTranslator m_catalogue;
};

} // namespace daicho::test
