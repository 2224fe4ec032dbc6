/* The storage interface: picks a backend for a location and dispatches each
 * call through its operations table.  Nothing here knows SQL. */
#include <stdlib.h>
#include <string.h>

#include "vigil/store.h"
#include "banned.h"

struct vg_store {
    const struct vg_store_ops *ops; /* the backend */
    void *impl;                     /* its handle */
};

void vg_figure_filter_init(struct vg_figure_filter *f) {
    memset(f, 0, sizeof *f);
    f->what = VG_WHAT_NONE;
    f->from = VG_NO_DATE;
    f->to = VG_NO_DATE;
    f->who = -1;
    f->status = -1;
}

static const struct vg_store_ops *backend_for(const char *where, struct vg_err *err) {
    if (strncmp(where, "postgres://", 11) == 0 || strncmp(where, "postgresql://", 13) == 0) {
        vg_err_set(err, VG_EUSAGE,
                   "this build of vigil has no PostgreSQL backend; use a database file");
        return NULL;
    }
    return &vg_store_sqlite_ops;
}

int vg_store_open(const char *where, int flags, struct vg_store **out, struct vg_err *err) {
    *out = NULL;
    if (!where || !*where)
        return vg_err_set(err, VG_EUSAGE, "no database named");
    const struct vg_store_ops *ops = backend_for(where, err);
    if (!ops)
        return VG_EUSAGE;
    struct vg_store *s = vg_calloc(1, sizeof *s);
    if (!s)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    s->ops = ops;
    int rc = ops->open(where, flags, &s->impl, err);
    if (rc) {
        free(s);
        return rc;
    }
    *out = s;
    return VG_OK;
}

void vg_store_close(struct vg_store *s) {
    if (!s)
        return;
    s->ops->close(s->impl);
    free(s);
}

const char *vg_store_backend(const struct vg_store *s) { return s->ops->name; }

int vg_store_begin(struct vg_store *s, struct vg_err *err) { return s->ops->begin(s->impl, err); }

int vg_store_commit(struct vg_store *s, struct vg_err *err) { return s->ops->commit(s->impl, err); }

int vg_store_rollback(struct vg_store *s, struct vg_err *err) {
    return s->ops->rollback(s->impl, err);
}

int vg_store_schema_version(struct vg_store *s, int *version, struct vg_err *err) {
    return s->ops->schema_version(s->impl, version, err);
}

int vg_store_find_sha(struct vg_store *s, const unsigned char sha256[32], struct vg_arena *a,
                      int64_t *id, const char **name, struct vg_err *err) {
    return s->ops->find_sha(s->impl, sha256, a, id, name, err);
}

int vg_store_put(struct vg_store *s, const struct vg_store_put *p, int64_t *id,
                 struct vg_err *err) {
    return s->ops->put(s->impl, p, id, err);
}

int vg_store_shared_fps(struct vg_store *s, const struct vg_fp *fps, size_t n, size_t max_docs,
                        unsigned char *common, struct vg_arena *a, struct vg_fp_hit **hits,
                        size_t *n_hits, struct vg_err *err) {
    return s->ops->shared_fps(s->impl, fps, n, max_docs, common, a, hits, n_hits, err);
}

int vg_store_text(struct vg_store *s, int64_t id, struct vg_arena *a, struct vg_str *text,
                  struct vg_err *err) {
    return s->ops->text(s->impl, id, a, text, err);
}

int vg_store_figures(struct vg_store *s, const struct vg_figure_filter *f, vg_figure_cb cb,
                     void *ctx, struct vg_err *err) {
    return s->ops->figures(s->impl, f, cb, ctx, err);
}

int vg_store_report(struct vg_store *s, const char *name, struct vg_arena *a,
                    struct vg_store_report **out, struct vg_err *err) {
    return s->ops->report(s->impl, name, a, out, err);
}

int vg_store_search(struct vg_store *s, const char *query, size_t limit, const char *mark_open,
                    const char *mark_close, vg_search_cb cb, void *ctx, struct vg_err *err) {
    return s->ops->search(s->impl, query, limit ? limit : 20, mark_open ? mark_open : "[",
                          mark_close ? mark_close : "]", cb, ctx, err);
}

int vg_store_stats(struct vg_store *s, vg_stat_cb cb, void *ctx, struct vg_err *err) {
    return s->ops->stats(s->impl, cb, ctx, err);
}

int vg_store_totals(struct vg_store *s, struct vg_store_totals *t, struct vg_err *err) {
    memset(t, 0, sizeof *t);
    return s->ops->totals(s->impl, t, err);
}
