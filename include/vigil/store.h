/* The store: every ingested report with its text, metadata, figures, named
 * people, text-reuse fingerprints and the passages it shares with earlier
 * reports.
 *
 * The rest of vigil talks to this interface only.  Like SQLite's VFS, a
 * backend is a table of operations (struct vg_store_ops); vg_store_open
 * picks one from the location ("file.db" is SQLite; a "postgresql://" URI
 * is reserved for a PostgreSQL backend that can slot in later).  All SQL of
 * a backend lives in its own file (src/store/sqlite.c).
 *
 * Ownership: strings handed to callbacks live until the callback returns;
 * results returned through an arena live until that arena is released.
 * Every function returns VG_OK or a VG_E* code with details in err. */
#ifndef VIGIL_STORE_H
#define VIGIL_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/err.h"
#include "vigil/extract.h"
#include "vigil/reuse.h"
#include "vigil/str.h"

/* The schema version this build writes; older databases are migrated
 * forward on open, newer ones are refused. */
#define VG_STORE_SCHEMA_VERSION 8

/* vg_store_open flags. */
#define VG_STORE_CREATE 1 /* create the database when it does not exist */

/* A report's identity and metadata. */
struct vg_store_doc {
    int64_t id;               /* row id, 0 before it is stored */
    const char *name;         /* the name it was ingested under: file name or URL */
    const char *url;          /* or NULL */
    const char *title;        /* or NULL */
    const char *publisher;    /* or NULL */
    const char *lang;         /* "en", "ru", or NULL */
    int32_t published;        /* day number, or VG_NO_DATE */
    int64_t ingested;         /* unix seconds of ingestion */
    unsigned char sha256[32]; /* SHA-256 of the text */
    struct vg_str text;       /* the report's text, which figure offsets point into */
};

/* A passage a report shares with another: byte ranges in both texts. */
struct vg_passage {
    size_t start, end;             /* [start, end) in this report */
    size_t other_start, other_end; /* [start, end) in the other report */
    uint32_t words;                /* words of the passage in this report */
};

/* A report that shares passages with another. */
struct vg_store_reuse {
    int64_t other;               /* the other report's id */
    const char *other_name;      /* its name (NULL when writing) */
    int retells;                 /* 1: this report is the later one */
    uint32_t words;              /* words shared, counted in this report */
    struct vg_passage *passages; /* in order of position in this report */
    size_t n_passages;
};

/* Everything written for one new report, in one call. */
struct vg_store_put {
    struct vg_store_doc doc;        /* metadata and text (id ignored) */
    const struct vg_report *report; /* figures and persons, or NULL */
    const char *const *countries;   /* per figure: country of its place, or NULL */
    const int64_t *retold_from;     /* per figure: earlier report id or 0; or NULL */
    const struct vg_fp *fps;        /* winnowed fingerprints of the text */
    size_t n_fps;
    const struct vg_store_reuse *reuse; /* earlier reports it re-tells (retells = 1) */
    size_t n_reuse;
};

/* A figure as stored: the extractor's figure plus where it was found. */
struct vg_store_figure {
    int64_t id;             /* figure row id */
    int64_t report;         /* report row id */
    const char *doc;        /* report name */
    struct vg_figure fig;   /* what, low, high, ...; spans index the report text */
    const char *country;    /* country of fig.where, or NULL */
    struct vg_str quote;    /* its sentence, white space folded */
    int64_t retold_from;    /* id of the earlier report its sentence re-tells, or 0 */
    const char *retold_doc; /* that report's name, or NULL */
};

/* Filters of vg_store_figures; a zeroed field (see each) means any. */
struct vg_figure_filter {
    enum vg_what what;  /* VG_WHAT_NONE: any */
    const char *where;  /* a place, or a country (which includes its places); NULL any */
    int32_t from;       /* window start day, VG_NO_DATE open: figures whose when */
    int32_t to;         /* range overlaps [from, to]; VG_NO_DATE open */
    int who;            /* enum vg_who, or -1 any */
    const char *source; /* substring of the source, case-insensitive; NULL any */
    int status;         /* enum vg_status, or -1 any */
    const char *doc;    /* report name; NULL any */
    size_t limit;       /* most rows; 0 no limit */
};

/* Initialise a filter that matches every figure. */
void vg_figure_filter_init(struct vg_figure_filter *f);

/* A stored report with everything tied to it (vigil show). */
struct vg_store_report {
    struct vg_store_doc doc;
    struct vg_store_figure *figures; /* in order of position */
    size_t n_figures;
    struct vg_person *persons;
    size_t n_persons;
    struct vg_store_reuse *reuse; /* earlier and later reports sharing passages */
    size_t n_reuse;
};

/* One hit of a full-text search. */
struct vg_search_hit {
    int64_t id;          /* report id */
    const char *doc;     /* report name */
    const char *title;   /* or NULL */
    int32_t published;   /* or VG_NO_DATE */
    const char *snippet; /* text around the matches, marked with the caller's markers */
    double rank;         /* bm25, lower is better */
};

/* A count in vg_store_stats. */
struct vg_stat {
    const char *group; /* "what", "place" or "month" */
    const char *key;   /* "detained", "Almaty", "2022-01"; "" for unknown */
    int64_t figures;   /* figures in that group */
    int64_t reports;   /* distinct reports they come from */
};

struct vg_store_totals {
    int64_t reports, figures, persons, reuse_pairs, fingerprints;
    int64_t text_bytes; /* bytes of report text */
    int64_t db_bytes;   /* size of the database (pages in use) */
};

/* A fingerprint an earlier report shares with the one being ingested. */
struct vg_fp_hit {
    int64_t other;       /* earlier report id */
    uint32_t word;       /* k-gram start word in the new report */
    uint32_t other_word; /* k-gram start word in the earlier report */
};

typedef int (*vg_figure_cb)(void *ctx, const struct vg_store_figure *f);
typedef int (*vg_search_cb)(void *ctx, const struct vg_search_hit *h);
typedef int (*vg_stat_cb)(void *ctx, const struct vg_stat *s);

/* The operations a backend provides.  `impl` is the backend's handle. */
struct vg_store_ops {
    const char *name; /* "sqlite" */
    int (*open)(const char *where, int flags, void **impl, struct vg_err *err);
    void (*close)(void *impl);
    int (*begin)(void *impl, struct vg_err *err);
    int (*commit)(void *impl, struct vg_err *err);
    int (*rollback)(void *impl, struct vg_err *err);
    int (*schema_version)(void *impl, int *version, struct vg_err *err);
    int (*find_sha)(void *impl, const unsigned char sha256[32], struct vg_arena *a, int64_t *id,
                    const char **name, struct vg_err *err);
    int (*put)(void *impl, const struct vg_store_put *p, int64_t *id, struct vg_err *err);
    int (*shared_fps)(void *impl, const struct vg_fp *fps, size_t n, size_t max_docs,
                      unsigned char *common, struct vg_arena *a, struct vg_fp_hit **hits,
                      size_t *n_hits, struct vg_err *err);
    int (*text)(void *impl, int64_t id, struct vg_arena *a, struct vg_str *text,
                struct vg_err *err);
    int (*figures)(void *impl, const struct vg_figure_filter *f, vg_figure_cb cb, void *ctx,
                   struct vg_err *err);
    int (*report)(void *impl, const char *name, struct vg_arena *a, struct vg_store_report **out,
                  struct vg_err *err);
    int (*search)(void *impl, const char *query, size_t limit, const char *mark_open,
                  const char *mark_close, vg_search_cb cb, void *ctx, struct vg_err *err);
    int (*stats)(void *impl, vg_stat_cb cb, void *ctx, struct vg_err *err);
    int (*totals)(void *impl, struct vg_store_totals *t, struct vg_err *err);
};

struct vg_store;

/* Open (with VG_STORE_CREATE: create) the database at `where`, migrating
 * its schema forward when it is older.  Returns VG_OK and *out (free with
 * vg_store_close), VG_ENOTFOUND when it does not exist and CREATE is not
 * given, VG_EDB when the file is not a vigil database or is newer than
 * this build. */
int vg_store_open(const char *where, int flags, struct vg_store **out, struct vg_err *err);
void vg_store_close(struct vg_store *s);

/* The backend's name ("sqlite"). */
const char *vg_store_backend(const struct vg_store *s);

/* Write transactions.  begin waits for another writer to finish (up to the
 * backend's busy timeout); readers never wait.  One transaction per batch:
 * on any error, rollback leaves the database as before begin. */
int vg_store_begin(struct vg_store *s, struct vg_err *err);
int vg_store_commit(struct vg_store *s, struct vg_err *err);
int vg_store_rollback(struct vg_store *s, struct vg_err *err);

/* The schema version of the open database (after migration). */
int vg_store_schema_version(struct vg_store *s, int *version, struct vg_err *err);

/* The report with this text hash: VG_OK with *id and *name (in arena a),
 * or VG_ENOTFOUND. */
int vg_store_find_sha(struct vg_store *s, const unsigned char sha256[32], struct vg_arena *a,
                      int64_t *id, const char **name, struct vg_err *err);

/* Store a new report with its figures, persons, fingerprints and reuse
 * records, inside the caller's transaction.  Returns VG_OK and *id, or
 * VG_EEXIST when a report with the same SHA-256 is stored already. */
int vg_store_put(struct vg_store *s, const struct vg_store_put *p, int64_t *id, struct vg_err *err);

/* The stored fingerprints equal to any of fps[0..n): one hit per (earlier
 * report, position) pair.  A hash held by more than max_docs rows is common
 * boilerplate and yields no hits; when `common` is not NULL, common[i] is set
 * to 1 for such a hash and 0 otherwise.  *hits lives in arena a. */
int vg_store_shared_fps(struct vg_store *s, const struct vg_fp *fps, size_t n, size_t max_docs,
                        unsigned char *common, struct vg_arena *a, struct vg_fp_hit **hits,
                        size_t *n_hits, struct vg_err *err);

/* The text of report `id`, copied into arena a; VG_ENOTFOUND if none. */
int vg_store_text(struct vg_store *s, int64_t id, struct vg_arena *a, struct vg_str *text,
                  struct vg_err *err);

/* Call cb for each figure matching f, ordered by report then position.  A
 * non-zero return from cb stops the walk and is returned. */
int vg_store_figures(struct vg_store *s, const struct vg_figure_filter *f, vg_figure_cb cb,
                     void *ctx, struct vg_err *err);

/* The report ingested under `name` (or, failing that, with row id `name`),
 * with its figures, persons and reuse, in arena a.  VG_ENOTFOUND if none. */
int vg_store_report(struct vg_store *s, const char *name, struct vg_arena *a,
                    struct vg_store_report **out, struct vg_err *err);

/* Full-text search, best first, at most `limit` hits (0: 20).  The query is
 * FTS5 syntax; when it does not parse, its words are searched for as plain
 * terms.  Matches in snippets are wrapped in mark_open / mark_close. */
int vg_store_search(struct vg_store *s, const char *query, size_t limit, const char *mark_open,
                    const char *mark_close, vg_search_cb cb, void *ctx, struct vg_err *err);

/* Figure counts by what, by place and by month (of the figure's when, or of
 * publication when the figure has none). */
int vg_store_stats(struct vg_store *s, vg_stat_cb cb, void *ctx, struct vg_err *err);

/* Whole-database counts. */
int vg_store_totals(struct vg_store *s, struct vg_store_totals *t, struct vg_err *err);

/* The SQLite backend. */
extern const struct vg_store_ops vg_store_sqlite_ops;

#endif
