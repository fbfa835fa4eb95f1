#pragma once

#include <QLabel>

namespace daicho {

// A line of feedback inside a page or dialog (an error of the last action, a result), so
// that routine outcomes do not need a modal box. Hidden while empty.
class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showSuccess(const QString& text) { showMessage(Kind::Success, text); }
    void showInfo(const QString& text) { showMessage(Kind::Info, text); }
    void clearMessage();

    Kind kind() const { return m_kind; }

signals:
    // The text or its visibility changed: a host that fixes its own size refits.
    void messageChanged();

private:
    void growWindowToFit();

    Kind m_kind = Kind::Info;
};

} // namespace daicho
