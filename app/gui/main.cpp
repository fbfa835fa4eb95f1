#include "Application.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication qtApp(argc, argv);
    daicho::Application app(qtApp);
    return app.run();
}
