#pragma once

// The one place that includes SQLCipher's header with the codec API enabled.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
