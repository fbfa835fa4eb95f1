#include "auth/Role.h"
#include "i18n/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace daicho;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                current.translations << xml.text().toString();
            } else {
                while (xml.isStartElement() || xml.isWhitespace() || xml.isCharacters()) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    xml.readNext();
                }
            }
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression arg(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = arg.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("the Japanese and English catalogues translate every string with the same placeholders", "[core][i18n]")
{
    for (const char* language : {"ja", "en"}) {
        const auto messages =
            readCatalogue(QStringLiteral(DAICHO_SOURCE_DIR "/translations/daicho_%1.ts").arg(QLatin1String(language)));
        CHECK(messages.size() > 300);
        for (const Message& m : messages) {
            INFO(language << " " << m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            REQUIRE_FALSE(m.translations.isEmpty());
            for (const QString& t : m.translations) {
                CHECK_FALSE(t.trimmed().isEmpty());
                CHECK(placeholders(t) == placeholders(m.source));
            }
        }
    }
}

TEST_CASE("the compiled Japanese catalogue is found at run time under the contexts the code uses", "[core][i18n]")
{
    QTranslator japanese;
    REQUIRE(japanese.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("daicho"), QStringLiteral("_"),
                          QStringLiteral(":/daicho/i18n")));
    QCoreApplication::installTranslator(&japanese);
    CHECK(roleDisplayName(Role::Chief) == QStringLiteral("事務取扱責任者"));
    CHECK(QCoreApplication::translate("daicho::SignIn", "The sign-in ID or the password is wrong.")
          == QStringLiteral("サインイン ID またはパスワードが違います。"));
    CHECK(QCoreApplication::translate("daicho::MainWindow", "Audit") == QStringLiteral("監査"));
    QCoreApplication::removeTranslator(&japanese);
    CHECK(roleDisplayName(Role::Chief) == QStringLiteral("Chief officer"));
}

// Issue 11 §17: Qt reads a dialog filter only as "text (*.ext)" with ASCII parentheses; a
// catalogue that wrote 「CSV（*.csv）」 made the Japanese open and save dialogs list no file.
// Patterns stay out of the catalogues (FileDialog::nameFilter), and none may come back in.
TEST_CASE("no catalogue holds a file pattern in full-width or translated form", "[core][i18n][file]")
{
    static const QRegularExpression pattern(QStringLiteral("[(（]\\s*\\*"));
    for (const char* language : {"ja", "en"}) {
        const auto messages =
            readCatalogue(QStringLiteral(DAICHO_SOURCE_DIR "/translations/daicho_%1.ts").arg(QLatin1String(language)));
        for (const Message& m : messages) {
            INFO(language << " " << m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(pattern.match(m.source).hasMatch());
            for (const QString& t : m.translations)
                CHECK_FALSE(pattern.match(t).hasMatch());
        }
    }
}
