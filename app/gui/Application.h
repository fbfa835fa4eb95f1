#pragma once

#include "common/Clock.h"

#include <QObject>

#include <memory>

class QApplication;

namespace daicho {

class MainWindow;
class SessionHolder;

// Wires the start of the GUI: translators, the UI font, the crypto self-test, choosing or
// creating a database, the first sign-in, then the main window. Everything it shows lives
// in forms/.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QApplication& app);
    ~Application() override;

    // Returns the process exit code.
    int run();

private:
    void applyFont();
    bool passesSelfTest();

    QApplication& m_app;
    SystemClock m_clock;
    std::unique_ptr<SessionHolder> m_holder;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace daicho
