#include "FormsTestSupport.h"

#include "common/MessageBox.h"

using namespace daicho;
using namespace daicho::test;

TEST_CASE("a test answers the next message box instead of blocking on it", "[forms][common]")
{
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    CHECK(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Go on?")) == MessageBox::Button::Yes);
    CHECK(MessageBox::lastText() == QStringLiteral("Go on?"));
}
