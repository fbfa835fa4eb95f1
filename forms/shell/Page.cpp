#include "shell/Page.h"

#include "shell/SessionHolder.h"

namespace daicho {

Page::Page(SessionHolder& holder, QWidget* parent)
    : QWidget(parent)
    , m_holder(holder)
{ }

void Page::activate()
{
    if (m_loaded || !m_holder.session())
        return;
    m_loaded = true;
    reload();
}

void Page::clearSensitiveData()
{
    clearViews();
    m_loaded = false;
}

Session* Page::session() const
{
    return m_holder.session();
}

} // namespace daicho
