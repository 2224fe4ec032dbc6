/* Private hooks of the SQLite backend, for the unit tests of its migrations
 * and for the benchmark.  Not part of the public API. */
#ifndef VIGIL_STORE_SQLITE_INT_H
#define VIGIL_STORE_SQLITE_INT_H

#include "vigil/err.h"

/* Create a database at `path` with the schema of an earlier `version`
 * (1 .. VG_STORE_SCHEMA_VERSION), as that version of vigil wrote it,
 * holding one report ("old.txt": "57 people were detained in Almaty on 5
 * January 2022.") and its figure (detained 57 people, Almaty,
 * 2022-01-05).  Returns VG_OK or VG_EDB. */
int store_sqlite_create_version(const char *path, int version, struct vg_err *err);

#endif
