# One INTERFACE target carries the language standard, the warnings and the Qt hygiene
# defines, so that every target of the project is compiled the same way.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(DAICHO_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

add_library(daicho_options INTERFACE)
target_compile_options(daicho_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor)
if(DAICHO_WERROR)
    target_compile_options(daicho_options INTERFACE -Werror -pedantic-errors)
endif()
target_compile_definitions(daicho_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # sqlite3_key/sqlite3_rekey are declared only with this defined.
    SQLITE_HAS_CODEC)
