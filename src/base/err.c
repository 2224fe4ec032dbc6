/* Error records and code names. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vigil/err.h"
#include "banned.h"

void vg_err_clear(struct vg_err *e) {
    if (e)
        memset(e, 0, sizeof *e);
}

static int set_va(struct vg_err *e, int code, const char *file, long line, const char *fmt,
                  va_list ap) __attribute__((format(printf, 5, 0)));

static int set_va(struct vg_err *e, int code, const char *file, long line, const char *fmt,
                  va_list ap) {
    if (!e)
        return code;
    e->code = code;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line;
    e->column = 0;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    return code;
}

int vg_err_set(struct vg_err *e, int code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_va(e, code, NULL, 0, fmt, ap);
    va_end(ap);
    return code;
}

int vg_err_at(struct vg_err *e, int code, const char *file, long line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_va(e, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}

const char *vg_rc_str(int code) {
    switch (code) {
    case VG_OK: return "success";
    case VG_ENOMEM: return "out of memory";
    case VG_ETOOBIG: return "too large";
    case VG_EIO: return "input/output error";
    case VG_EINPUT: return "malformed input";
    case VG_ENOTFOUND: return "not found";
    case VG_EDB: return "database error";
    case VG_EUSAGE: return "invalid usage";
    case VG_EEXIST: return "already exists";
    }
    return "unknown error";
}
