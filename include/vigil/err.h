/* Error codes and the error record.  Library functions return 0 or a VG_E*
 * code and fill a caller-provided struct vg_err with the details; they never
 * print.  The CLI and the server decide how to tell the person. */
#ifndef VIGIL_ERR_H
#define VIGIL_ERR_H

#include <stddef.h>

enum vg_rc {
    VG_OK = 0,
    VG_ENOMEM,   /* out of memory */
    VG_ETOOBIG,  /* input or output over a configured cap */
    VG_EIO,      /* reading or writing a file failed */
    VG_EINPUT,   /* the input is malformed (see message, file, line) */
    VG_ENOTFOUND,/* a named thing does not exist */
    VG_EDB,      /* the database refused (see message) */
    VG_EUSAGE,   /* the caller asked for something that makes no sense */
    VG_EEXIST,   /* the thing exists already */
};

struct vg_err {
    int code;          /* one of enum vg_rc */
    char file[256];    /* file the problem is in, or "" */
    long line;         /* 1-based line, or 0 */
    long column;       /* 1-based column, or 0 */
    char msg[512];     /* what went wrong, in words a researcher understands */
};

/* Record an error and return `code`, so callers can `return vg_err_set(...)`. */
int vg_err_set(struct vg_err *e, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Like vg_err_set, naming a file and line. */
int vg_err_at(struct vg_err *e, int code, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

void vg_err_clear(struct vg_err *e);

/* A short English description of a code: "out of memory". */
const char *vg_rc_str(int code);

#endif
