#pragma once

#include <QWidget>

namespace daicho {

class Session;
class SessionHolder;

// A screen of the main window's stack. Pages read through the SessionHolder each time
// they act (never keep a Session), load lazily when first shown, and on lock drop every
// decrypted value from their views while keeping what the person typed and did not save.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(SessionHolder& holder, QWidget* parent = nullptr);

    virtual QString title() const = 0;

    // Loads when the page is shown and nothing is loaded yet (first time, after unlock).
    void activate();
    // Drops decrypted data from the views; the next activate() loads again.
    void clearSensitiveData();
    bool isLoaded() const { return m_loaded; }

protected:
    // Reads from the session into the views. Must not overwrite unsaved input.
    virtual void reload() = 0;
    // Empties every view that shows data read from the database.
    virtual void clearViews() = 0;

    Session* session() const;
    SessionHolder& holder() const { return m_holder; }

private:
    SessionHolder& m_holder;
    bool m_loaded = false;
};

} // namespace daicho
