#pragma once

#include "cases/PublicNotice.h"
#include "shell/Page.h"

class QLabel;
class QPushButton;
class QTextEdit;

namespace daicho {

class MessageBanner;

// 「公表事項（第34条1項）」: the public notice as the register and the desk's data give it now,
// with what changed since the version last published (added lines green, removed ones struck
// through in red); the chief or acting chief publishes it as a new version; anyone saves it as
// HTML for the website or as a PDF to post at the desk.
class PublicNoticePage : public Page
{
    Q_OBJECT
public:
    explicit PublicNoticePage(SessionHolder& holder, QWidget* parent = nullptr);
    QString title() const override;

    QTextEdit* view() const { return m_view; }
    QLabel* versionLabel() const { return m_version; }
    QPushButton* publishButton() const { return m_publish; }
    MessageBanner* message() const { return m_message; }
    bool saveHtml(const QString& fileName);
    bool savePdf(const QString& fileName);

protected:
    void reload() override;
    void clearViews() override;

private:
    void publish();

    QLabel* m_version;
    MessageBanner* m_message;
    QTextEdit* m_view;
    QPushButton* m_publish;
    QPushButton* m_html;
    QPushButton* m_pdf;
    std::optional<PublicNotice> m_draft;
};

} // namespace daicho
