#include "Application.h"

#include "common/ProcessHardening.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    daicho::hardenProcess(); // before any secret or file exists
    QApplication qtApp(argc, argv);
    daicho::Application app(qtApp);
    return app.run();
}
