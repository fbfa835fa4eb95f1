#pragma once

#include <QApplication>
#include <QCursor>

namespace daicho {

// Shows the wait cursor while a slow core call (Argon2id, key rotation, export) runs on
// the GUI thread, and paints pending changes first so the person sees that work started.
class BusyCursor
{
public:
    BusyCursor()
    {
        QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace daicho
