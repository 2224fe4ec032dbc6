/* The SQLite backend of the store: every SQL statement vigil runs lives in
 * this file, as constant text with bound parameters.
 *
 * The database runs in WAL mode, so readers never wait for a writer and a
 * crash (kill -9, power loss) leaves the last committed transaction intact;
 * synchronous=NORMAL keeps commits cheap (a power loss may lose the last
 * transactions, never corrupt the file).  Writers take the write lock at
 * BEGIN (BEGIN IMMEDIATE) and wait up to BUSY_MS for each other, so a second
 * writer waits and then succeeds instead of failing on a lock upgrade.
 *
 * The schema version is PRAGMA user_version.  `migrations[v - 1]` takes a
 * database from version v - 1 to v; open runs the missing ones in order, each
 * in its own transaction, so a database of any earlier version (0 = empty
 * file) reaches VG_STORE_SCHEMA_VERSION.  docs/store.md describes the schema.
 *
 * Fingerprints (reuse detection) are stored as sorted runs cut into blocks
 * (schema 6, see write_run), and also kept in memory (fpmem.h).  The rows
 * of the open transaction wait in memory and become one run at commit, so
 * a batch writes a few hundred blocks instead of tens of thousands of
 * B-tree rows at random places.  And once enough lookups have been made to
 * pay for reading the runs (see MIRROR_RENT), the memory holds every row
 * of them too and answers lookups without SQLite.  That mirror must hold
 * exactly what the runs hold as this connection sees them: it grows with
 * every row this connection adds, and is dropped on rollback and when
 * PRAGMA data_version shows that another connection has committed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#include "fpmem.h"
#include "sqlite_int.h"
#include "vigil/buf.h"
#include "vigil/store.h"
#include "vigil/translit.h"
#include "banned.h"

#define BUSY_MS 60000
#define APP_ID  0x56474c31 /* "VGL1": marks the file as a vigil database */

/* Pending fingerprint rows written before the commit once this many wait
 * (about 7 MB), so that a long transaction holds bounded memory. */
#define PENDING_MAX ((size_t)1 << 18)

/* The mirror is built once the fingerprint lookups answered by SQLite reach
 * the estimated rows of the table divided by MIRROR_RENT: a row read by the
 * scan that builds it costs about 1/MIRROR_RENT of a lookup (measured:
 * about 0.1 against 1.5 microseconds), so building it never costs much more
 * than the lookups already made (ski rental).  A `vigil ingest` of one file
 * into a large database never reads the table; an ingest of thousands of
 * reports reads it once.  Rows are estimated from the highest report id,
 * FP_PER_REPORT each (a 4 KB report's stored hashes); a poor estimate only
 * moves the point. */
#define MIRROR_RENT   16
#define FP_PER_REPORT 64

/* Fingerprint runs (schema 6): rows per block (about 4 KB), the size
 * ratio under which the newest run is merged into the one being written,
 * and the most rows a merge makes (larger runs are left as they are, so a
 * merge holds at most RUN_MAX rows in memory). */
#define BLOCK_ROWS  200
#define MERGE_RATIO 2
#define RUN_MAX     ((size_t)1 << 21)

/* Pages of write-ahead log that trigger a checkpoint at commit (SQLite's
 * default is 1,000).  A batch of 500 reports writes a few thousand pages,
 * so the default checkpointed (copied to the database file and synced) at
 * every commit, copying again the index pages each batch touches; 16,384
 * pages (64 MB) checkpoint every few batches, each page once.  The log is
 * cut back to JOURNAL_LIMIT after a checkpoint. */
#define WAL_CHECKPOINT_PAGES "16384"
#define JOURNAL_LIMIT        "67108864"

/* ---- schema ---------------------------------------------------------- */

/* Version 1: reports, figures and persons.  A person's name is kept as
 * the report writes it (Cyrillic stays Cyrillic, in the nominative); the
 * Latin name is worked out from it on loading (vg_name_romanise), so rows
 * stored before names were romanised read the same as new ones. */
static const char schema_v1[] =
    "CREATE TABLE reports("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " sha256 BLOB NOT NULL UNIQUE,"
    " url TEXT, title TEXT, publisher TEXT,"
    " published INTEGER,"
    " lang TEXT,"
    " ingested INTEGER NOT NULL,"
    " text TEXT NOT NULL);"
    "CREATE INDEX reports_name ON reports(name);"
    "CREATE TABLE figures("
    " id INTEGER PRIMARY KEY,"
    " report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " ord INTEGER NOT NULL,"
    " what TEXT NOT NULL, low INTEGER, high INTEGER, approx INTEGER NOT NULL,"
    " who TEXT NOT NULL, place TEXT COLLATE NOCASE,"
    " when_from INTEGER, when_to INTEGER,"
    " source TEXT, status TEXT NOT NULL,"
    " sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,"
    " qty_start INTEGER NOT NULL, qty_end INTEGER NOT NULL,"
    " qty_rule TEXT, what_rule TEXT, quote TEXT NOT NULL);"
    "CREATE INDEX figures_report ON figures(report, ord);"
    "CREATE INDEX figures_place ON figures(place, when_from, when_to);"
    "CREATE INDEX figures_what ON figures(what, when_from);"
    "CREATE TABLE persons("
    " id INTEGER PRIMARY KEY,"
    " report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " ord INTEGER NOT NULL,"
    " name TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL,"
    " since INTEGER, place TEXT COLLATE NOCASE,"
    " mention_start INTEGER NOT NULL, mention_end INTEGER NOT NULL,"
    " sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL);"
    "CREATE INDEX persons_report ON persons(report, ord);";

/* Version 2: full-text search over title and text.  An external-content
 * FTS5 table indexes the text without storing a second copy. */
static const char schema_v2[] =
    "CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
    "INSERT INTO reports_fts(reports_fts) VALUES('rebuild');";

/* Version 3: countries beside places (a country's figures include its
 * cities' without a gazetteer at query time), text-reuse fingerprints, and
 * the passages reports share.  Reports stored before version 3 have no
 * fingerprints: later reports are not compared with them. */
static const char schema_v3[] =
    "ALTER TABLE figures ADD COLUMN country TEXT COLLATE NOCASE;"
    "ALTER TABLE figures ADD COLUMN retold_from INTEGER REFERENCES reports(id);"
    "CREATE INDEX figures_country ON figures(country, when_from, when_to);"
    "CREATE TABLE fingerprints("
    " hash INTEGER NOT NULL, report INTEGER NOT NULL, word INTEGER NOT NULL,"
    " PRIMARY KEY(hash, report, word)) WITHOUT ROWID;"
    "CREATE TABLE reuse("
    " report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " earlier INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
    " words INTEGER NOT NULL,"
    " PRIMARY KEY(report, earlier)) WITHOUT ROWID;"
    "CREATE INDEX reuse_earlier ON reuse(earlier);"
    "CREATE TABLE passages("
    " report INTEGER NOT NULL, earlier INTEGER NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " earlier_start INTEGER NOT NULL, earlier_end INTEGER NOT NULL,"
    " words INTEGER NOT NULL,"
    " FOREIGN KEY(report, earlier) REFERENCES reuse(report, earlier) ON DELETE CASCADE);"
    "CREATE INDEX passages_pair ON passages(report, earlier, start);"
    "CREATE INDEX passages_earlier ON passages(earlier, report);";

/* Version 4: the longest date range of any figure, so that a date window
 * bounds the index range on both sides (when_from between from - max_span
 * and to) instead of scanning every earlier figure of a place. */
static const char schema_v4[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta VALUES('max_span',"
    " (SELECT coalesce(max(when_to - when_from), 0) FROM figures));";

/* Version 5: the place and country indexes hold only the figures that
 * have one.  A figure without a place (or a country) was an index entry
 * that no query could use (a place filter is an equality, which implies
 * NOT NULL, so SQLite still picks these indexes) and that every insert
 * paid for. */
static const char schema_v5[] =
    "DROP INDEX figures_place;"
    "CREATE INDEX figures_place ON figures(place, when_from, when_to) WHERE place IS NOT NULL;"
    "DROP INDEX figures_country;"
    "CREATE INDEX figures_country ON figures(country, when_from, when_to)"
    " WHERE country IS NOT NULL;";

/* Version 6: fingerprints kept in sorted runs of blocks instead of one
 * B-tree row each.  A run is the rows one commit wrote (or several runs
 * merged), sorted in key order (hash as a signed 64-bit integer, report,
 * word) and cut into blocks of about BLOCK_ROWS rows; a block never splits
 * the rows of one hash, so a hash's rows are all in the first block of its
 * run whose last_hash is >= it.  `fp_runs` lists the runs and their row
 * counts.  The rows of the `fingerprints` table are moved into one run by
 * migrate_v6 (C, after this SQL), which then drops the table. */
static const char schema_v6[] =
    "CREATE TABLE fp_runs(run INTEGER PRIMARY KEY, n INTEGER NOT NULL);"
    "CREATE TABLE fp_blocks(run INTEGER NOT NULL, last_hash INTEGER NOT NULL, rows BLOB NOT NULL);"
    "CREATE UNIQUE INDEX fp_blocks_key ON fp_blocks(run, last_hash);";

/* Version 7: a figure's quote is no longer stored.  It was the sentence
 * with its white space folded, a copy of report text the figure's sentence
 * offsets point into; it is folded from reports.text on reading
 * (fold_quote), the same function that wrote the column. */
static const char schema_v7[] = "ALTER TABLE figures DROP COLUMN quote;";

/* Version 8: two index entries a figure fewer.  Each index entry of a
 * figure lands at a random place of its B-tree, and a batch's commit
 * writes every page it touched: the kind index and the country index cost
 * more than a third of the writer's time in `make bench-store`.
 *
 * - `places` lists every (place, country) pair of the stored figures
 *   ('' for a place without a known country): a few hundred rows that
 *   change only when a report names a place for the first time.  A
 *   `--where X` filter finds the places named X or lying in X there, then
 *   reads each one's range of `figures_place`, and keeps the figures whose
 *   own place or country is X (the same rows as the old `place = X OR
 *   country = X`).
 * - The kind filter alone has no index: `--what` with a place uses the
 *   place index; `--what` over the whole database reads every figure
 *   (0.28 s for a kind and a week over a million figures). */
static const char schema_v8[] =
    "CREATE TABLE places("
    " place TEXT NOT NULL COLLATE NOCASE, country TEXT NOT NULL COLLATE NOCASE,"
    " PRIMARY KEY(place, country)) WITHOUT ROWID;"
    "CREATE INDEX places_country ON places(country);"
    "INSERT OR IGNORE INTO places"
    " SELECT DISTINCT place, coalesce(country, '') FROM figures WHERE place IS NOT NULL;"
    "DROP INDEX figures_country;"
    "DROP INDEX figures_what;";

static const char *const migrations[VG_STORE_SCHEMA_VERSION] = {
    schema_v1, schema_v2, schema_v3, schema_v4, schema_v5, schema_v6, schema_v7, schema_v8};

/* ---- statements ------------------------------------------------------ */

enum stmt_id {
    ST_FIND_SHA,
    ST_INS_REPORT,
    ST_INS_FTS,
    ST_INS_FIGURE,
    ST_INS_PERSON,
    ST_INS_BLOCK,
    ST_INS_RUN,
    ST_NEWEST_RUN,
    ST_NEXT_RUN,
    ST_RUN_BLOCKS,
    ST_DEL_BLOCKS,
    ST_DEL_RUN,
    ST_RUNS,
    ST_FIND_FP,
    ST_INS_REUSE,
    ST_INS_PASSAGE,
    ST_TEXT,
    ST_REPORT_BY_NAME,
    ST_REPORT_BY_ID,
    ST_PERSONS,
    ST_REUSE_EARLIER,
    ST_REUSE_LATER,
    ST_PASSAGES_FWD,
    ST_PASSAGES_BACK,
    ST_MAX_SPAN,
    ST_SET_MAX_SPAN,
    ST_DATA_VERSION,
    ST_ALL_FPS,
    ST_INS_PLACE,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_FIND_SHA] = "SELECT id, name FROM reports WHERE sha256 = ?1",
    [ST_INS_REPORT] = "INSERT INTO reports(name, sha256, url, title, publisher, published, lang,"
                      " ingested, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [ST_INS_FTS] = "INSERT INTO reports_fts(rowid, title, text) VALUES(?1, ?2, ?3)",
    [ST_INS_FIGURE] = "INSERT INTO figures(report, ord, what, low, high, approx, who, place,"
                      " country, when_from, when_to, source, status, sent_start, sent_end,"
                      " qty_start, qty_end, qty_rule, what_rule, retold_from)"
                      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                      " ?15, ?16, ?17, ?18, ?19, ?20)",
    [ST_INS_PERSON] = "INSERT INTO persons(report, ord, name, role, status, since, place,"
                      " mention_start, mention_end, sent_start, sent_end)"
                      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [ST_INS_BLOCK] = "INSERT INTO fp_blocks(run, last_hash, rows) VALUES(?1, ?2, ?3)",
    [ST_INS_RUN] = "INSERT INTO fp_runs(run, n) VALUES(?1, ?2)",
    [ST_NEWEST_RUN] = "SELECT run, n FROM fp_runs ORDER BY run DESC LIMIT 1",
    [ST_NEXT_RUN] = "SELECT coalesce(max(run), 0) + 1 FROM fp_runs",
    [ST_RUN_BLOCKS] = "SELECT rows FROM fp_blocks WHERE run = ?1 ORDER BY last_hash",
    [ST_DEL_BLOCKS] = "DELETE FROM fp_blocks WHERE run = ?1",
    [ST_DEL_RUN] = "DELETE FROM fp_runs WHERE run = ?1",
    [ST_RUNS] = "SELECT run FROM fp_runs ORDER BY run",
    [ST_FIND_FP] = "SELECT rows FROM fp_blocks WHERE run = ?1 AND last_hash >= ?2"
                   " ORDER BY last_hash LIMIT 1",
    [ST_INS_REUSE] = "INSERT INTO reuse(report, earlier, words) VALUES(?1, ?2, ?3)",
    [ST_INS_PASSAGE] = "INSERT INTO passages(report, earlier, start, end, earlier_start,"
                       " earlier_end, words) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [ST_TEXT] = "SELECT text FROM reports WHERE id = ?1",
    [ST_REPORT_BY_NAME] = "SELECT id, name, url, title, publisher, lang, published, ingested,"
                          " sha256, text FROM reports WHERE name = ?1 ORDER BY id LIMIT 1",
    [ST_REPORT_BY_ID] = "SELECT id, name, url, title, publisher, lang, published, ingested,"
                        " sha256, text FROM reports WHERE id = ?1",
    [ST_PERSONS] = "SELECT name, role, status, since, place, mention_start, mention_end,"
                   " sent_start, sent_end FROM persons WHERE report = ?1 ORDER BY ord",
    [ST_REUSE_EARLIER] = "SELECT u.earlier, r.name, u.words FROM reuse u"
                         " JOIN reports r ON r.id = u.earlier WHERE u.report = ?1"
                         " ORDER BY u.words DESC, u.earlier",
    [ST_REUSE_LATER] = "SELECT u.report, r.name, u.words FROM reuse u"
                       " JOIN reports r ON r.id = u.report WHERE u.earlier = ?1"
                       " ORDER BY u.words DESC, u.report",
    [ST_PASSAGES_FWD] = "SELECT start, end, earlier_start, earlier_end, words FROM passages"
                        " WHERE report = ?1 AND earlier = ?2 ORDER BY start",
    [ST_PASSAGES_BACK] = "SELECT earlier_start, earlier_end, start, end, words FROM passages"
                         " WHERE report = ?2 AND earlier = ?1 ORDER BY earlier_start",
    [ST_MAX_SPAN] = "SELECT value FROM meta WHERE key = 'max_span'",
    [ST_SET_MAX_SPAN] = "UPDATE meta SET value = ?1 WHERE key = 'max_span' AND value < ?1",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    [ST_ALL_FPS] = "SELECT rows FROM fp_blocks",
    [ST_INS_PLACE] = "INSERT OR IGNORE INTO places(place, country) VALUES(?1, ?2)",
};

/* The (place, country) pairs this connection knows `places` holds, so that
 * a report's figures cost no statement for a place stored before.  Rows of
 * `places` are never deleted, so a pair once committed stays true; pairs
 * written in a transaction that is rolled back are forgotten with it
 * (places_forget in sq_rollback).  Keys are "place\0country", compared
 * byte for byte: a pair differing only in case is one more INSERT OR IGNORE,
 * which `places` (COLLATE NOCASE) ignores. */
enum { PLACE_SLOTS = 4096 };

struct place_set {
    const char *slot[PLACE_SLOTS]; /* keys in `keys`, NULL = empty */
    size_t n;                      /* slots used */
    struct vg_arena keys;          /* the key bytes */
};

/* What the fingerprint memory holds besides the open transaction's rows. */
enum mirror_state {
    MIRROR_NONE = 0, /* nothing: lookups go to SQLite, then to the pending rows */
    MIRROR_ON,       /* every row of the table, as this connection sees it */
    MIRROR_OFF,      /* the table outgrew FP_MEM_MAX_ROWS: not built again */
};

struct sq {
    sqlite3 *db;                /* the connection */
    sqlite3_stmt *st[ST_COUNT]; /* prepared on first use, kept until close */
    char path[256];             /* for messages */
    struct fp_mem fp;           /* fingerprint rows: pending, and the mirror */
    enum mirror_state mirror;
    int64_t data_version; /* PRAGMA data_version when the mirror was built */
    uint64_t sql_lookups; /* lookups SQLite answered since the mirror was dropped */
    uint64_t fp_estimate; /* estimated rows of the table, 0 when not estimated yet */
    struct place_set *places; /* pairs known stored; NULL until the first figure */
};

static void places_forget(struct place_set *ps);

static int db_error(struct sq *q, struct vg_err *err, const char *what) {
    int ext = sqlite3_extended_errcode(q->db);
    if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED)
        return vg_err_set(err, VG_EDB,
                          "%s: the database is busy (another writer held it for"
                          " more than %d s)",
                          what, BUSY_MS / 1000);
    if ((ext & 0xff) == SQLITE_FULL)
        return vg_err_set(err, VG_EIO, "%s: the disk is full", what);
    return vg_err_set(err, VG_EDB, "%s: %s", what, sqlite3_errmsg(q->db));
}

static sqlite3_stmt *stmt(struct sq *q, enum stmt_id id, struct vg_err *err) {
    if (!q->st[id]) {
        if (sqlite3_prepare_v3(q->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &q->st[id],
                               NULL) != SQLITE_OK) {
            db_error(q, err, "cannot prepare a query");
            return NULL;
        }
    } else {
        sqlite3_reset(q->st[id]);
        sqlite3_clear_bindings(q->st[id]);
    }
    return q->st[id];
}

static int exec(struct sq *q, const char *sql, struct vg_err *err, const char *what) {
    if (sqlite3_exec(q->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_error(q, err, what);
    return VG_OK;
}

static int pragma_int(struct sq *q, const char *sql, int64_t *out, struct vg_err *err) {
    sqlite3_stmt *s = NULL;
    int rc = VG_OK;
    if (sqlite3_prepare_v2(q->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_error(q, err, "cannot read the database");
    int r = sqlite3_step(s);
    if (r == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    else if (r == SQLITE_DONE)
        *out = 0;
    else
        rc = db_error(q, err, "cannot read the database");
    sqlite3_finalize(s);
    return rc;
}

/* Text bound as is; NULL binds SQL NULL. */
static void bind_text(sqlite3_stmt *s, int i, const char *p) {
    if (p)
        sqlite3_bind_text(s, i, p, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_str(sqlite3_stmt *s, int i, struct vg_str v) {
    if (v.ptr && v.len)
        sqlite3_bind_text(s, i, v.ptr, (int)v.len, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_day(sqlite3_stmt *s, int i, int32_t day) {
    if (day == VG_NO_DATE)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int(s, i, day);
}

static void bind_bound(sqlite3_stmt *s, int i, int64_t v) {
    if (v == VG_OPEN)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

static const char *col_dup(sqlite3_stmt *s, int i, struct vg_arena *a) {
    const unsigned char *t = sqlite3_column_text(s, i);
    if (!t)
        return NULL;
    return vg_arena_strndup(a, (const char *)t, (size_t)sqlite3_column_bytes(s, i));
}

static int32_t col_day(sqlite3_stmt *s, int i) {
    return sqlite3_column_type(s, i) == SQLITE_NULL ? VG_NO_DATE : sqlite3_column_int(s, i);
}

/* ---- fingerprints in memory ----------------------------------------- */

/* Forget the mirror (and any pending rows: call it when they are written
 * or rolled back). */
static void drop_mirror(struct sq *q) {
    fp_mem_release(&q->fp);
    if (q->mirror == MIRROR_ON)
        q->mirror = MIRROR_NONE;
    q->sql_lookups = 0;
    q->fp_estimate = 0;
}

static int data_version(struct sq *q, int64_t *v, struct vg_err *err) {
    sqlite3_stmt *s = stmt(q, ST_DATA_VERSION, err);
    if (!s)
        return VG_EDB;
    int r = sqlite3_step(s);
    if (r == SQLITE_ROW)
        *v = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return r == SQLITE_ROW ? VG_OK : db_error(q, err, "cannot read the database");
}

/* Drop the mirror when another connection has committed since it was
 * built: their rows are not in it.  Only called with no pending rows. */
static int check_mirror(struct sq *q, struct vg_err *err) {
    if (q->mirror != MIRROR_ON)
        return VG_OK;
    int64_t v = 0;
    int rc = data_version(q, &v, err);
    if (!rc && v != q->data_version)
        drop_mirror(q);
    return rc;
}

/* ---- fingerprint runs ------------------------------------------------- */

/* A row in a block: hash (8 bytes), report (8), word (4), little-endian. */
#define FP_ROW_BYTES 20

static void put_le(unsigned char *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n) {
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void row_decode(const unsigned char *p, struct fp_row *r) {
    r->hash = get_le(p, 8);
    r->report = (int64_t)get_le(p + 8, 8);
    r->word = (uint32_t)get_le(p + 16, 4);
    r->next = 0;
}

/* Writing a run: rows go in in key order; a block is written once it
 * holds BLOCK_ROWS rows and the next row's hash differs from its last. */
struct run_out {
    struct sq *q;
    int64_t run;       /* the run's id */
    struct vg_buf blk; /* the block being filled */
    uint64_t last;     /* hash of its last row */
    size_t n_blk;      /* rows in it */
    size_t n;          /* rows of the run so far */
};

static int run_flush_block(struct run_out *o, struct vg_err *err) {
    if (!o->n_blk)
        return VG_OK;
    if (o->blk.toobig)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    sqlite3_stmt *s = stmt(o->q, ST_INS_BLOCK, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_int64(s, 1, o->run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)o->last);
    sqlite3_bind_blob(s, 3, o->blk.ptr, (int)o->blk.len, SQLITE_STATIC);
    int r = sqlite3_step(s);
    sqlite3_reset(s);
    if (r != SQLITE_DONE)
        return db_error(o->q, err, "cannot store fingerprints");
    vg_buf_clear(&o->blk);
    o->n_blk = 0;
    return VG_OK;
}

static int run_add(struct run_out *o, uint64_t hash, int64_t report, uint32_t word,
                   struct vg_err *err) {
    int rc;
    if (o->n_blk >= BLOCK_ROWS && hash != o->last && (rc = run_flush_block(o, err)))
        return rc;
    unsigned char row[FP_ROW_BYTES];
    put_le(row, hash, 8);
    put_le(row + 8, (uint64_t)report, 8);
    put_le(row + 16, word, 4);
    vg_buf_append(&o->blk, row, sizeof row);
    o->last = hash;
    o->n_blk++;
    o->n++;
    return VG_OK;
}

/* Write the last block and list the run (nothing when it has no rows). */
static int run_finish(struct run_out *o, struct vg_err *err) {
    int rc = run_flush_block(o, err);
    vg_buf_release(&o->blk);
    if (rc || !o->n)
        return rc;
    sqlite3_stmt *s = stmt(o->q, ST_INS_RUN, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_int64(s, 1, o->run);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)o->n);
    int r = sqlite3_step(s);
    sqlite3_reset(s);
    return r == SQLITE_DONE ? VG_OK : db_error(o->q, err, "cannot store fingerprints");
}

static int one_int(struct sq *q, enum stmt_id id, int64_t *out, struct vg_err *err) {
    sqlite3_stmt *s = stmt(q, id, err);
    if (!s)
        return VG_EDB;
    int r = sqlite3_step(s);
    *out = r == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    return r == SQLITE_ROW || r == SQLITE_DONE ? VG_OK
                                               : db_error(q, err, "cannot read fingerprints");
}

/* Every row of run `run`, in key order, into a new array (free it). */
static int run_read(struct sq *q, int64_t run, size_t n_hint, struct fp_row **out, size_t *n_out,
                    struct vg_err *err) {
    size_t cap = n_hint ? n_hint : 64, n = 0;
    struct fp_row *v = vg_malloc(cap * sizeof *v);
    if (!v)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    sqlite3_stmt *s = stmt(q, ST_RUN_BLOCKS, err);
    if (!s) {
        free(v);
        return VG_EDB;
    }
    sqlite3_bind_int64(s, 1, run);
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(s, 0);
        size_t k = (size_t)sqlite3_column_bytes(s, 0) / FP_ROW_BYTES;
        if (n + k > cap) {
            size_t ncap = 2 * (n + k);
            struct fp_row *nv = vg_realloc(v, ncap * sizeof *v);
            if (!nv) {
                sqlite3_reset(s);
                free(v);
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            }
            v = nv;
            cap = ncap;
        }
        for (size_t i = 0; i < k; i++)
            row_decode(b + i * FP_ROW_BYTES, &v[n++]);
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE) {
        free(v);
        return db_error(q, err, "cannot read fingerprints");
    }
    *out = v;
    *n_out = n;
    return VG_OK;
}

static int run_delete(struct sq *q, int64_t run, struct vg_err *err) {
    for (enum stmt_id id = ST_DEL_BLOCKS; id <= ST_DEL_RUN; id++) {
        sqlite3_stmt *s = stmt(q, id, err);
        if (!s)
            return VG_EDB;
        sqlite3_bind_int64(s, 1, run);
        int r = sqlite3_step(s);
        sqlite3_reset(s);
        if (r != SQLITE_DONE)
            return db_error(q, err, "cannot store fingerprints");
    }
    return VG_OK;
}

static int row_before(const struct fp_row *a, const struct fp_row *b) {
    int64_t ha = (int64_t)a->hash, hb = (int64_t)b->hash;
    if (ha != hb)
        return ha < hb;
    if (a->report != b->report)
        return a->report < b->report;
    return a->word < b->word;
}

/* Store rows v[0, n) (in key order) as a new run, first merging into them
 * the newest runs while each is at most MERGE_RATIO times their size (and
 * the merge stays within RUN_MAX rows), so that runs grow geometrically:
 * a row is rewritten O(log n) times and lookups visit O(log n) runs.  Takes
 * ownership of v.  Inside the caller's transaction. */
static int write_run(struct sq *q, struct fp_row *v, size_t n, struct vg_err *err) {
    int rc = VG_OK;
    struct fp_row *old = NULL, *merged = NULL;
    for (;;) {
        sqlite3_stmt *s = stmt(q, ST_NEWEST_RUN, err);
        if (!s) {
            rc = VG_EDB;
            goto out;
        }
        int r = sqlite3_step(s);
        int64_t run = r == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        size_t n_run = r == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 1) : 0;
        sqlite3_reset(s);
        if (r != SQLITE_ROW && r != SQLITE_DONE) {
            rc = db_error(q, err, "cannot read fingerprints");
            goto out;
        }
        if (r == SQLITE_DONE || n_run > MERGE_RATIO * n || n_run + n > RUN_MAX)
            break;
        size_t n_old = 0;
        if ((rc = run_read(q, run, n_run, &old, &n_old, err)) || (rc = run_delete(q, run, err)))
            goto out;
        if (!(merged = vg_malloc((n + n_old + 1) * sizeof *merged))) {
            rc = vg_err_set(err, VG_ENOMEM, "out of memory");
            goto out;
        }
        size_t i = 0, j = 0, k = 0;
        while (i < n || j < n_old)
            merged[k++] = j == n_old || (i < n && row_before(&v[i], &old[j])) ? v[i++] : old[j++];
        free(v);
        free(old);
        old = NULL;
        v = merged;
        merged = NULL;
        n = k;
    }
    struct run_out o = {q, 0, {0}, 0, 0, 0};
    vg_buf_init(&o.blk, 0);
    if ((rc = one_int(q, ST_NEXT_RUN, &o.run, err))) {
        vg_buf_release(&o.blk);
        goto out;
    }
    for (size_t i = 0; i < n && !rc; i++)
        rc = run_add(&o, v[i].hash, v[i].report, v[i].word, err);
    int rc2 = run_finish(&o, err);
    if (!rc)
        rc = rc2;
out:
    free(v);
    free(old);
    free(merged);
    return rc;
}

/* Migration to version 6: the rows of the `fingerprints` table (read in
 * its key order, which is a run's) become one run, and the table goes. */
static int migrate_v6(struct sq *q, struct vg_err *err) {
    sqlite3_stmt *s = NULL;
    static const char sql[] = "SELECT hash, report, word FROM fingerprints"
                              " ORDER BY hash, report, word";
    if (sqlite3_prepare_v2(q->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_error(q, err, "cannot upgrade the database schema");
    struct run_out o = {q, 1, {0}, 0, 0, 0};
    vg_buf_init(&o.blk, 0);
    int r, rc = VG_OK;
    while (!rc && (r = sqlite3_step(s)) == SQLITE_ROW)
        rc = run_add(&o, (uint64_t)sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1),
                     (uint32_t)sqlite3_column_int64(s, 2), err);
    if (!rc && r != SQLITE_DONE)
        rc = db_error(q, err, "cannot upgrade the database schema");
    sqlite3_finalize(s);
    int rc2 = run_finish(&o, err);
    if (!rc)
        rc = rc2;
    return rc ? rc : exec(q, "DROP TABLE fingerprints", err, "cannot upgrade the database schema");
}

/* Write rows [n_flushed, n) as a run (see write_run).  Without a mirror
 * they are then forgotten (lookups find them in the runs).  Outside a
 * transaction the run and its merges are one transaction of their own. */
static int flush_pending(struct sq *q, struct vg_err *err) {
    struct fp_row *v = NULL;
    size_t n = 0;
    if (fp_mem_unflushed_sorted(&q->fp, &v, &n))
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    if (n == 0)
        return VG_OK;
    int own = sqlite3_get_autocommit(q->db);
    int rc = own ? exec(q, "BEGIN IMMEDIATE", err, "cannot store fingerprints") : VG_OK;
    if (rc) {
        free(v);
        return rc;
    }
    rc = write_run(q, v, n, err);
    if (own)
        rc = rc ? (exec(q, "ROLLBACK", NULL, ""), rc)
                : exec(q, "COMMIT", err, "cannot store fingerprints");
    /* On failure the rows stay pending: the caller rolls back. */
    if (rc)
        return rc;
    if (q->mirror == MIRROR_ON)
        q->fp.n_flushed = q->fp.n;
    else
        fp_mem_clear(&q->fp);
    return VG_OK;
}

/* Load every row of the runs into memory, after writing the pending ones,
 * so that the memory and the runs hold the same rows. */
static int build_mirror(struct sq *q, struct vg_err *err) {
    int64_t v = 0;
    int rc = flush_pending(q, err);
    if (!rc)
        rc = data_version(q, &v, err);
    if (rc)
        return rc;
    fp_mem_clear(&q->fp);
    sqlite3_stmt *s = stmt(q, ST_ALL_FPS, err);
    if (!s)
        return VG_EDB;
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        const unsigned char *b = sqlite3_column_blob(s, 0);
        size_t k = (size_t)sqlite3_column_bytes(s, 0) / FP_ROW_BYTES;
        for (size_t i = 0; i < k; i++) {
            struct fp_row w;
            row_decode(b + i * FP_ROW_BYTES, &w);
            if (fp_mem_add(&q->fp, w.hash, w.report, w.word)) {
                /* Too many to hold (or out of memory): keep using SQLite. */
                sqlite3_reset(s);
                drop_mirror(q);
                q->mirror = MIRROR_OFF;
                return VG_OK;
            }
        }
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE) {
        drop_mirror(q);
        return db_error(q, err, "cannot read fingerprints");
    }
    q->fp.n_flushed = q->fp.n;
    q->mirror = MIRROR_ON;
    q->data_version = v;
    return VG_OK;
}
/* Build the mirror when the lookups made without it have paid for it. */
static int maybe_build_mirror(struct sq *q, size_t n_next, struct vg_err *err) {
    if (q->mirror != MIRROR_NONE)
        return VG_OK;
    if (!q->fp_estimate) {
        int64_t max_id = 0;
        int rc = pragma_int(q, "SELECT coalesce(max(id), 0) FROM reports", &max_id, err);
        if (rc)
            return rc;
        q->fp_estimate = 1 + (uint64_t)max_id * FP_PER_REPORT;
    }
    if ((q->sql_lookups + n_next) * MIRROR_RENT < q->fp_estimate)
        return VG_OK;
    return build_mirror(q, err);
}

/* ---- open, migrate, close -------------------------------------------- */

static int set_app_id(struct sq *q, struct vg_err *err) {
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d", APP_ID);
    return exec(q, sql, err, "cannot create the database");
}

static int migrate(struct sq *q, struct vg_err *err) {
    for (;;) {
        int64_t v = 0;
        int rc = pragma_int(q, "PRAGMA user_version", &v, err);
        if (rc)
            return rc;
        if (v > VG_STORE_SCHEMA_VERSION)
            return vg_err_set(err, VG_EDB,
                              "'%s' was written by a newer vigil (schema %lld, this one knows %d)",
                              q->path, (long long)v, VG_STORE_SCHEMA_VERSION);
        if (v == VG_STORE_SCHEMA_VERSION)
            return VG_OK;
        if ((rc = exec(q, "BEGIN IMMEDIATE", err, "cannot upgrade the database")))
            return rc;
        /* Another process may have migrated while this one waited. */
        int64_t again = 0;
        if ((rc = pragma_int(q, "PRAGMA user_version", &again, err)))
            goto fail;
        if (again != v) {
            exec(q, "ROLLBACK", NULL, "");
            continue;
        }
        if (v == 0) {
            int64_t n = 0;
            if ((rc = pragma_int(q, "SELECT count(*) FROM sqlite_schema", &n, err)))
                goto fail;
            if (n > 0) {
                rc = vg_err_set(err, VG_EDB, "'%s' is an SQLite database but not vigil's", q->path);
                goto fail;
            }
            if ((rc = set_app_id(q, err)))
                goto fail;
        }
        if ((rc = exec(q, migrations[v], err, "cannot upgrade the database schema")) ||
            (v + 1 == 6 && (rc = migrate_v6(q, err))))
            goto fail;
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", (int)v + 1);
        if ((rc = exec(q, set, err, "cannot upgrade the database schema")))
            goto fail;
        if ((rc = exec(q, "COMMIT", err, "cannot upgrade the database schema")))
            goto fail;
        continue;
    fail:
        exec(q, "ROLLBACK", NULL, "");
        return rc;
    }
}

static void sq_close(void *impl) {
    struct sq *q = impl;
    if (!q)
        return;
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(q->st[i]);
    sqlite3_close(q->db);
    fp_mem_release(&q->fp);
    if (q->places) {
        vg_arena_release(&q->places->keys);
        free(q->places);
    }
    free(q);
}

/* Open and configure the connection, without migrating. */
static int connect(const char *path, int flags, struct sq **out, struct vg_err *err) {
    *out = NULL;
    struct stat st;
    if (!(flags & VG_STORE_CREATE) && stat(path, &st) != 0)
        return vg_err_set(err, VG_ENOTFOUND, "no database at '%s' ('vigil init' creates one)",
                          path);
    struct sq *q = vg_calloc(1, sizeof *q);
    if (!q)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    snprintf(q->path, sizeof q->path, "%s", path);
    int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (flags & VG_STORE_CREATE)
        oflags |= SQLITE_OPEN_CREATE;
    int rc = VG_OK;
    if (sqlite3_open_v2(path, &q->db, oflags, NULL) != SQLITE_OK) {
        rc = vg_err_set(err, VG_EDB, "cannot open '%s': %s", path,
                        q->db ? sqlite3_errmsg(q->db) : "out of memory");
        goto fail;
    }
    sqlite3_extended_result_codes(q->db, 1);
    sqlite3_busy_timeout(q->db, BUSY_MS);
    int64_t app = 0;
    if ((rc = pragma_int(q, "PRAGMA application_id", &app, err))) {
        vg_err_set(err, VG_EDB, "'%s' is not a database: %s", path, sqlite3_errmsg(q->db));
        goto fail;
    }
    if (app != 0 && app != APP_ID) {
        rc = vg_err_set(err, VG_EDB, "'%s' is an SQLite database but not vigil's", path);
        goto fail;
    }
    if ((rc = exec(q,
                   "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                   "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
                   "PRAGMA temp_store = MEMORY;"
                   "PRAGMA wal_autocheckpoint = " WAL_CHECKPOINT_PAGES ";"
                   "PRAGMA journal_size_limit = " JOURNAL_LIMIT,
                   err, "cannot set up the database")))
        goto fail;
    *out = q;
    return VG_OK;
fail:
    sq_close(q);
    return rc;
}

static int sq_open(const char *path, int flags, void **impl, struct vg_err *err) {
    struct sq *q = NULL;
    int rc = connect(path, flags, &q, err);
    if (rc)
        return rc;
    if ((rc = migrate(q, err))) {
        sq_close(q);
        return rc;
    }
    *impl = q;
    return VG_OK;
}

static int sq_begin(void *impl, struct vg_err *err) {
    struct sq *q = impl;
    int rc = exec(q, "BEGIN IMMEDIATE", err, "cannot start writing");
    /* No other writer commits until this transaction ends: one check of
     * the mirror serves the whole batch. */
    if (!rc && (rc = check_mirror(q, err)))
        exec(q, "ROLLBACK", NULL, "");
    return rc;
}

/* The pending fingerprints go in first, inside the transaction: a commit
 * stores all of the batch or, failing, none of it. */
static int sq_commit(void *impl, struct vg_err *err) {
    struct sq *q = impl;
    int rc = flush_pending(q, err);
    return rc ? rc : exec(q, "COMMIT", err, "cannot commit");
}

static int sq_rollback(void *impl, struct vg_err *err) {
    struct sq *q = impl;
    /* The rows of the batch are gone from the table: the mirror would
     * name reports that no longer exist. */
    if (q->mirror == MIRROR_ON)
        drop_mirror(q);
    else
        fp_mem_clear(&q->fp);
    places_forget(q->places);
    if (sqlite3_get_autocommit(q->db))
        return VG_OK;
    return exec(q, "ROLLBACK", err, "cannot roll back");
}

static int sq_schema_version(void *impl, int *version, struct vg_err *err) {
    int64_t v = 0;
    int rc = pragma_int(impl, "PRAGMA user_version", &v, err);
    *version = (int)v;
    return rc;
}

/* ---- writing --------------------------------------------------------- */

static int sq_find_sha(void *impl, const unsigned char sha256[32], struct vg_arena *a, int64_t *id,
                       const char **name, struct vg_err *err) {
    struct sq *q = impl;
    sqlite3_stmt *s = stmt(q, ST_FIND_SHA, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_blob(s, 1, sha256, 32, SQLITE_STATIC);
    int r = sqlite3_step(s);
    if (r == SQLITE_DONE)
        return VG_ENOTFOUND;
    if (r != SQLITE_ROW)
        return db_error(q, err, "cannot look up the report");
    *id = sqlite3_column_int64(s, 0);
    if (name)
        *name = a ? col_dup(s, 1, a) : NULL;
    sqlite3_reset(s);
    return VG_OK;
}

/* The longest quote: a longer sentence is cut there. */
#define QUOTE_MAX ((size_t)1 << 20)

/* A figure's quote: its sentence with runs of white space folded to one
 * space, into b (written in place after one reservation).  Until schema 6
 * it was stored with the figure; it is folded on reading now. */
static void fold_quote(struct vg_str text, struct vg_span sp, struct vg_buf *b) {
    vg_buf_clear(b);
    if (sp.end > text.len || sp.start >= sp.end)
        return;
    /* A sentence longer than the buffer's cap is cut there. */
    if (sp.end - sp.start >= b->max)
        sp.end = sp.start + b->max - 1;
    if (vg_buf_reserve(b, sp.end - sp.start))
        return;
    char *o = b->ptr;
    size_t n = 0;
    int in_space = 0;
    for (size_t i = sp.start; i < sp.end; i++) {
        char c = text.ptr[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            in_space = 1;
            continue;
        }
        if (in_space && n > 0)
            o[n++] = ' ';
        in_space = 0;
        o[n++] = c;
    }
    o[n] = '\0';
    b->len = n;
}

static int step_done(struct sq *q, sqlite3_stmt *s, struct vg_err *err, const char *what) {
    int r = sqlite3_step(s);
    sqlite3_reset(s);
    if (r != SQLITE_DONE)
        return db_error(q, err, what);
    return VG_OK;
}

/* ---- the places of figures ------------------------------------------- */

static uint64_t place_hash(const char *place, const char *country) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)place; *c; c++)
        h = (h ^ *c) * 1099511628211ULL;
    h = (h ^ 0xffu) * 1099511628211ULL;
    for (const unsigned char *c = (const unsigned char *)country; *c; c++)
        h = (h ^ *c) * 1099511628211ULL;
    return h;
}

/* The slot holding the pair, or the empty slot where it would go. */
static size_t place_slot(const struct place_set *ps, const char *place, const char *country) {
    size_t i = (size_t)place_hash(place, country) & (PLACE_SLOTS - 1);
    for (const char *k; (k = ps->slot[i]); i = (i + 1) & (PLACE_SLOTS - 1))
        if (strcmp(k, place) == 0 && strcmp(k + strlen(k) + 1, country) == 0)
            break;
    return i;
}

/* Forget every pair (a rollback may have taken some back). */
static void places_forget(struct place_set *ps) {
    if (!ps)
        return;
    memset(ps->slot, 0, sizeof ps->slot);
    ps->n = 0;
    vg_arena_reset(&ps->keys);
}

/* Make sure `places` holds (place, country); country NULL is ''. */
static int put_place(struct sq *q, const char *place, const char *country, struct vg_err *err) {
    if (!country)
        country = "";
    if (!q->places) {
        if (!(q->places = vg_calloc(1, sizeof *q->places)))
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        vg_arena_init(&q->places->keys, 0);
    }
    struct place_set *ps = q->places;
    size_t i = place_slot(ps, place, country);
    if (ps->slot[i])
        return VG_OK;
    sqlite3_stmt *s = stmt(q, ST_INS_PLACE, err);
    if (!s)
        return VG_EDB;
    bind_text(s, 1, place);
    bind_text(s, 2, country);
    int rc = step_done(q, s, err, "cannot store a place");
    if (rc)
        return rc;
    /* Remember it; a full table starts again (a cache, not the truth). */
    if (ps->n >= PLACE_SLOTS / 4 * 3) {
        places_forget(ps);
        i = place_slot(ps, place, country);
    }
    size_t lp = strlen(place), lc = strlen(country);
    char *k = vg_arena_alloc(&ps->keys, lp + lc + 2);
    if (k) {
        memcpy(k, place, lp + 1);
        memcpy(k + lp + 1, country, lc + 1);
        ps->slot[i] = k;
        ps->n++;
    }
    return VG_OK;
}

static int put_figures(struct sq *q, const struct vg_store_put *p, int64_t id, struct vg_err *err) {
    const struct vg_report *r = p->report;
    int rc = VG_OK;
    int64_t span = -1;
    for (size_t i = 0; i < r->n_figures && !rc; i++) {
        const struct vg_figure *f = &r->figures[i];
        if (vg_when_known(f->when) && (int64_t)f->when.to - f->when.from > span)
            span = (int64_t)f->when.to - f->when.from;
        sqlite3_stmt *s = stmt(q, ST_INS_FIGURE, err);
        if (!s) {
            rc = VG_EDB;
            break;
        }
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        bind_text(s, 3, vg_what_name(f->what));
        bind_bound(s, 4, f->low);
        bind_bound(s, 5, f->high);
        sqlite3_bind_int(s, 6, f->approx);
        bind_text(s, 7, vg_who_name(f->who));
        /* A country is stored only with its place: `places` finds it. */
        const char *country = p->countries && f->where ? p->countries[i] : NULL;
        bind_text(s, 8, f->where);
        bind_text(s, 9, country);
        bind_day(s, 10, f->when.from);
        bind_day(s, 11, vg_when_known(f->when) ? f->when.to : VG_NO_DATE);
        bind_str(s, 12, f->source);
        bind_text(s, 13, vg_status_name(f->status));
        sqlite3_bind_int64(s, 14, (sqlite3_int64)f->sentence.start);
        sqlite3_bind_int64(s, 15, (sqlite3_int64)f->sentence.end);
        sqlite3_bind_int64(s, 16, (sqlite3_int64)f->quantity.start);
        sqlite3_bind_int64(s, 17, (sqlite3_int64)f->quantity.end);
        bind_text(s, 18, f->qty_rule);
        bind_text(s, 19, f->what_rule);
        if (p->retold_from && p->retold_from[i])
            sqlite3_bind_int64(s, 20, p->retold_from[i]);
        else
            sqlite3_bind_null(s, 20);
        rc = step_done(q, s, err, "cannot store a figure");
        if (!rc && f->where)
            rc = put_place(q, f->where, country, err);
    }
    if (!rc && span > 0) {
        sqlite3_stmt *s = stmt(q, ST_SET_MAX_SPAN, err);
        if (!s)
            return VG_EDB;
        sqlite3_bind_int64(s, 1, span);
        rc = step_done(q, s, err, "cannot store a figure");
    }
    for (size_t i = 0; i < r->n_persons && !rc; i++) {
        const struct vg_person *pe = &r->persons[i];
        sqlite3_stmt *s = stmt(q, ST_INS_PERSON, err);
        if (!s)
            return VG_EDB;
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        /* The name as written: the Latin one is worked out again on
         * loading (load_persons). */
        struct vg_str nm = pe->written.len ? pe->written : pe->name;
        sqlite3_bind_text(s, 3, nm.ptr ? nm.ptr : "", (int)nm.len, SQLITE_STATIC);
        bind_text(s, 4, vg_role_name(pe->role));
        bind_text(s, 5, vg_what_name(pe->status));
        bind_day(s, 6, pe->since);
        bind_text(s, 7, pe->where);
        sqlite3_bind_int64(s, 8, (sqlite3_int64)pe->mention.start);
        sqlite3_bind_int64(s, 9, (sqlite3_int64)pe->mention.end);
        sqlite3_bind_int64(s, 10, (sqlite3_int64)pe->sentence.start);
        sqlite3_bind_int64(s, 11, (sqlite3_int64)pe->sentence.end);
        rc = step_done(q, s, err, "cannot store a person");
    }
    return rc;
}

/* The report's fingerprints: pending until the commit inside a
 * transaction, written at once outside one.  Called last in sq_put, so that
 * only the rows of a report stored whole wait. */
static int put_fps(struct sq *q, const struct vg_store_put *p, int64_t id, struct vg_err *err) {
    int direct = sqlite3_get_autocommit(q->db);
    for (size_t i = 0; i < p->n_fps; i++) {
        /* A repeated (hash, word) is one row, as in the table (OR IGNORE);
         * this report's rows are the newest of their chain. */
        uint32_t cur = 0;
        const struct fp_row *w;
        while ((w = fp_mem_next(&q->fp, p->fps[i].hash, &cur)) && w->report == id &&
               w->word != p->fps[i].word)
            ;
        if (w && w->report == id)
            continue;
        if (fp_mem_add(&q->fp, p->fps[i].hash, id, p->fps[i].word) == 0)
            continue;
        if (q->mirror != MIRROR_ON)
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        /* The mirror is full: write what waits, give the mirror up and
         * go on without it. */
        int rc = flush_pending(q, err);
        if (rc)
            return rc;
        drop_mirror(q);
        q->mirror = MIRROR_OFF;
        i--;
    }
    if (direct || q->fp.n - q->fp.n_flushed >= PENDING_MAX)
        return flush_pending(q, err);
    return VG_OK;
}

static int put_reuse(struct sq *q, const struct vg_store_put *p, int64_t id, struct vg_err *err) {
    int rc = VG_OK;
    for (size_t i = 0; i < p->n_reuse && !rc; i++) {
        const struct vg_store_reuse *u = &p->reuse[i];
        sqlite3_stmt *s = stmt(q, ST_INS_REUSE, err);
        if (!s)
            return VG_EDB;
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, u->other);
        sqlite3_bind_int64(s, 3, u->words);
        if ((rc = step_done(q, s, err, "cannot store text reuse")))
            break;
        for (size_t j = 0; j < u->n_passages && !rc; j++) {
            const struct vg_passage *g = &u->passages[j];
            if (!(s = stmt(q, ST_INS_PASSAGE, err)))
                return VG_EDB;
            sqlite3_bind_int64(s, 1, id);
            sqlite3_bind_int64(s, 2, u->other);
            sqlite3_bind_int64(s, 3, (sqlite3_int64)g->start);
            sqlite3_bind_int64(s, 4, (sqlite3_int64)g->end);
            sqlite3_bind_int64(s, 5, (sqlite3_int64)g->other_start);
            sqlite3_bind_int64(s, 6, (sqlite3_int64)g->other_end);
            sqlite3_bind_int64(s, 7, g->words);
            rc = step_done(q, s, err, "cannot store text reuse");
        }
    }
    return rc;
}

static int sq_put(void *impl, const struct vg_store_put *p, int64_t *id_out, struct vg_err *err) {
    struct sq *q = impl;
    if (p->doc.text.len > INT32_MAX)
        return vg_err_set(err, VG_ETOOBIG, "report is larger than 2 GB");
    sqlite3_stmt *s = stmt(q, ST_INS_REPORT, err);
    if (!s)
        return VG_EDB;
    bind_text(s, 1, p->doc.name ? p->doc.name : "-");
    sqlite3_bind_blob(s, 2, p->doc.sha256, 32, SQLITE_STATIC);
    bind_text(s, 3, p->doc.url);
    bind_text(s, 4, p->doc.title);
    bind_text(s, 5, p->doc.publisher);
    bind_day(s, 6, p->doc.published);
    bind_text(s, 7, p->doc.lang);
    sqlite3_bind_int64(s, 8, p->doc.ingested ? p->doc.ingested : (int64_t)time(NULL));
    sqlite3_bind_text(s, 9, p->doc.text.ptr ? p->doc.text.ptr : "", (int)p->doc.text.len,
                      SQLITE_STATIC);
    int r = sqlite3_step(s);
    sqlite3_reset(s);
    if (r == SQLITE_CONSTRAINT_UNIQUE || (r & 0xff) == SQLITE_CONSTRAINT)
        return vg_err_set(err, VG_EEXIST, "the same text is stored already");
    if (r != SQLITE_DONE)
        return db_error(q, err, "cannot store the report");
    int64_t id = sqlite3_last_insert_rowid(q->db);
    if (!(s = stmt(q, ST_INS_FTS, err)))
        return VG_EDB;
    sqlite3_bind_int64(s, 1, id);
    bind_text(s, 2, p->doc.title);
    sqlite3_bind_text(s, 3, p->doc.text.ptr ? p->doc.text.ptr : "", (int)p->doc.text.len,
                      SQLITE_STATIC);
    int rc = step_done(q, s, err, "cannot index the report for search");
    if (!rc && p->report)
        rc = put_figures(q, p, id, err);
    if (!rc)
        rc = put_reuse(q, p, id, err);
    if (!rc)
        rc = put_fps(q, p, id, err);
    if (!rc)
        *id_out = id;
    return rc;
}

/* ---- reading --------------------------------------------------------- */

/* The ids of the fingerprint runs, into arena a. */
static int list_runs(struct sq *q, struct vg_arena *a, int64_t **out, size_t *n_out,
                     struct vg_err *err) {
    size_t n = 0, cap = 0;
    int64_t *v = NULL;
    sqlite3_stmt *s = stmt(q, ST_RUNS, err);
    if (!s)
        return VG_EDB;
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? 2 * cap : 16;
            int64_t *nv = vg_arena_grow(a, v, n, ncap, sizeof *v);
            if (!nv) {
                sqlite3_reset(s);
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            }
            v = nv;
            cap = ncap;
        }
        v[n++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE)
        return db_error(q, err, "cannot look up fingerprints");
    *out = v;
    *n_out = n;
    return VG_OK;
}

static int sq_shared_fps(void *impl, const struct vg_fp *fps, size_t n, size_t max_docs,
                         unsigned char *common, struct vg_arena *a, struct vg_fp_hit **hits,
                         size_t *n_hits, struct vg_err *err) {
    struct sq *q = impl;
    size_t cap = 64, k = 0;
    struct vg_fp_hit *v = vg_arena_alloc(a, cap * sizeof *v);
    struct vg_fp_hit *tmp = vg_arena_alloc(a, (max_docs + 1) * sizeof *tmp);
    if (!v || !tmp)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    /* Outside a transaction another writer may commit between calls. */
    int rc = sqlite3_get_autocommit(q->db) ? check_mirror(q, err) : VG_OK;
    if (!rc)
        rc = maybe_build_mirror(q, n, err);
    if (rc)
        return rc;
    /* The runs to look in, unless the memory mirrors them. */
    int64_t *runs = NULL;
    size_t n_runs = 0;
    if (q->mirror != MIRROR_ON && (rc = list_runs(q, a, &runs, &n_runs, err)))
        return rc;
    for (size_t i = 0; i < n; i++) {
        uint64_t h = fps[i].hash;
        size_t m = 0;
        /* The runs, unless the memory mirrors them. */
        for (size_t j = 0; j < n_runs && m <= max_docs; j++) {
            sqlite3_stmt *s = stmt(q, ST_FIND_FP, err);
            if (!s)
                return VG_EDB;
            sqlite3_bind_int64(s, 1, runs[j]);
            sqlite3_bind_int64(s, 2, (sqlite3_int64)h);
            int r = sqlite3_step(s);
            if (r == SQLITE_ROW) {
                const unsigned char *b = sqlite3_column_blob(s, 0);
                size_t nb = (size_t)sqlite3_column_bytes(s, 0) / FP_ROW_BYTES;
                /* The first row whose hash is >= h (signed, as keys are). */
                size_t lo = 0, hi = nb;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if ((int64_t)get_le(b + mid * FP_ROW_BYTES, 8) < (int64_t)h)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (; lo < nb && m <= max_docs; lo++) {
                    struct fp_row w;
                    row_decode(b + lo * FP_ROW_BYTES, &w);
                    if (w.hash != h)
                        break;
                    tmp[m].other = w.report;
                    tmp[m].other_word = w.word;
                    tmp[m].word = fps[i].word;
                    m++;
                }
            }
            sqlite3_reset(s);
            if (r != SQLITE_ROW && r != SQLITE_DONE)
                return db_error(q, err, "cannot look up fingerprints");
            q->sql_lookups++;
        }
        /* Then the memory (the pending rows, or all), up to the same bound. */
        uint32_t cur = 0;
        const struct fp_row *w;
        while (m <= max_docs && (w = fp_mem_next(&q->fp, h, &cur))) {
            tmp[m].other = w->report;
            tmp[m].other_word = w->word;
            tmp[m].word = fps[i].word;
            m++;
        }
        if (common)
            common[i] = m > max_docs;
        if (m > max_docs)
            continue;
        if (k + m > cap) {
            size_t ncap = (k + m) * 2;
            struct vg_fp_hit *nv = vg_arena_grow(a, v, k, ncap, sizeof *v);
            if (!nv)
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            v = nv;
            cap = ncap;
        }
        memcpy(v + k, tmp, m * sizeof *tmp);
        k += m;
    }
    *hits = v;
    *n_hits = k;
    return VG_OK;
}

static int sq_text(void *impl, int64_t id, struct vg_arena *a, struct vg_str *text,
                   struct vg_err *err) {
    struct sq *q = impl;
    sqlite3_stmt *s = stmt(q, ST_TEXT, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_int64(s, 1, id);
    int r = sqlite3_step(s);
    if (r == SQLITE_DONE)
        return vg_err_set(err, VG_ENOTFOUND, "no report %lld", (long long)id);
    if (r != SQLITE_ROW)
        return db_error(q, err, "cannot read a report");
    const char *t = col_dup(s, 0, a);
    size_t len = (size_t)sqlite3_column_bytes(s, 0);
    sqlite3_reset(s);
    if (!t)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    *text = vg_str_make(t, len);
    return VG_OK;
}

#define FIGURE_COLUMNS                                                                             \
    "SELECT f.id, f.report, r.name, f.what, f.low, f.high, f.approx, f.who, f.place,"              \
    " f.country, f.when_from, f.when_to, f.source, f.status, f.sent_start, f.sent_end,"            \
    " f.qty_start, f.qty_end, f.qty_rule, f.what_rule, f.retold_from, e.name"                      \
    " FROM figures f JOIN reports r ON r.id = f.report"                                            \
    " LEFT JOIN reports e ON e.id = f.retold_from WHERE 1"

static void row_figure(sqlite3_stmt *s, struct vg_store_figure *o) {
    memset(o, 0, sizeof *o);
    o->id = sqlite3_column_int64(s, 0);
    o->report = sqlite3_column_int64(s, 1);
    o->doc = (const char *)sqlite3_column_text(s, 2);
    struct vg_figure *f = &o->fig;
    const char *what = (const char *)sqlite3_column_text(s, 3);
    f->what = vg_what_parse(vg_str_cstr(what));
    f->low = sqlite3_column_type(s, 4) == SQLITE_NULL ? VG_OPEN : sqlite3_column_int64(s, 4);
    f->high = sqlite3_column_type(s, 5) == SQLITE_NULL ? VG_OPEN : sqlite3_column_int64(s, 5);
    f->approx = sqlite3_column_int(s, 6) != 0;
    int who = vg_who_parse(vg_str_cstr((const char *)sqlite3_column_text(s, 7)));
    f->who = who < 0 ? VG_WHO_OTHER : (enum vg_who)who;
    f->where = (const char *)sqlite3_column_text(s, 8);
    o->country = (const char *)sqlite3_column_text(s, 9);
    f->when.from = col_day(s, 10);
    f->when.to = col_day(s, 11);
    if (f->when.from == VG_NO_DATE || f->when.to == VG_NO_DATE)
        f->when = VG_WHEN_NONE;
    const char *src = (const char *)sqlite3_column_text(s, 12);
    f->source = src ? vg_str_make(src, (size_t)sqlite3_column_bytes(s, 12)) : VG_STR_NULL;
    const char *status = (const char *)sqlite3_column_text(s, 13);
    f->status = status && strcmp(status, "retracted") == 0 ? VG_RETRACTED : VG_REPORTED;
    f->sentence.start = (size_t)sqlite3_column_int64(s, 14);
    f->sentence.end = (size_t)sqlite3_column_int64(s, 15);
    f->quantity.start = (size_t)sqlite3_column_int64(s, 16);
    f->quantity.end = (size_t)sqlite3_column_int64(s, 17);
    f->qty_rule = (const char *)sqlite3_column_text(s, 18);
    f->what_rule = (const char *)sqlite3_column_text(s, 19);
    o->retold_from = sqlite3_column_int64(s, 20);
    o->retold_doc = (const char *)sqlite3_column_text(s, 21);
}

/* The texts quotes are folded from while walking figures: the report of
 * the last row's text, copied, since rows come ordered by report. */
struct quote_src {
    int64_t report;      /* whose text `text` holds; 0 none */
    struct vg_buf text;  /* that report's text */
    struct vg_buf quote; /* the quote of the current row */
};

/* Fold the quote of figure o from its report's text (read when the report
 * changes) into c->quote, and point o->quote at it. */
static int figure_quote(struct sq *q, struct quote_src *c, struct vg_store_figure *o,
                        struct vg_err *err) {
    if (c->report != o->report) {
        sqlite3_stmt *s = stmt(q, ST_TEXT, err);
        if (!s)
            return VG_EDB;
        sqlite3_bind_int64(s, 1, o->report);
        int r = sqlite3_step(s);
        vg_buf_clear(&c->text);
        c->report = 0;
        if (r == SQLITE_ROW) {
            /* The bytes as stored, as the offsets count them. */
            const void *t = sqlite3_column_blob(s, 0);
            size_t n = (size_t)sqlite3_column_bytes(s, 0);
            if (n && vg_buf_append(&c->text, t, n)) {
                sqlite3_reset(s);
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            }
        }
        sqlite3_reset(s);
        if (r != SQLITE_ROW && r != SQLITE_DONE)
            return db_error(q, err, "cannot read a report");
        c->report = o->report;
    }
    fold_quote(vg_str_make(c->text.ptr ? c->text.ptr : "", c->text.len), o->fig.sentence,
               &c->quote);
    o->quote = vg_str_make(c->quote.ptr ? c->quote.ptr : "", c->quote.len);
    return VG_OK;
}

/* The LIKE pattern for a substring, with the wildcards of the text escaped. */
static char *like_pattern(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(2 * n + 3);
    if (!p)
        return NULL;
    size_t o = 0;
    p[o++] = '%';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' || s[i] == '_' || s[i] == '\\')
            p[o++] = '\\';
        p[o++] = s[i];
    }
    p[o++] = '%';
    p[o] = '\0';
    return p;
}

/* Walk the figures matching f (and, when report > 0, of that report only).
 * The WHERE clause is assembled from constant fragments, one per filter in
 * use, so that SQLite sees plain column comparisons it can serve from the
 * indexes; every value is a bound parameter. */
static int walk_figures(struct sq *q, const struct vg_figure_filter *f, int64_t report,
                        vg_figure_cb cb, void *ctx, struct vg_err *err) {
    struct vg_buf sql;
    vg_buf_init(&sql, 4096);
    vg_buf_puts(&sql, FIGURE_COLUMNS);
    if (report > 0)
        vg_buf_puts(&sql, " AND f.report = ?1");
    if (f->what != VG_WHAT_NONE)
        vg_buf_puts(&sql, " AND f.what = ?2");
    /* The places named X or lying in X drive figures_place; the second
     * term keeps exactly the figures whose own place or country is X. */
    if (f->where)
        vg_buf_puts(&sql, " AND f.place IN (SELECT place FROM places WHERE place = ?3 OR"
                          " country = ?3) AND (f.place = ?3 OR f.country = ?3)");
    /* A figure overlaps [from, to] when when_to >= from; since no figure
     * spans more than max_span days, its when_from is then at least
     * from - max_span, which bounds the index range from below. */
    int64_t max_span = 0;
    if (f->from != VG_NO_DATE) {
        sqlite3_stmt *ms = stmt(q, ST_MAX_SPAN, err);
        if (!ms) {
            vg_buf_release(&sql);
            return VG_EDB;
        }
        if (sqlite3_step(ms) == SQLITE_ROW)
            max_span = sqlite3_column_int64(ms, 0);
        sqlite3_reset(ms);
        vg_buf_puts(&sql, " AND f.when_to >= ?4 AND f.when_from >= ?11");
    }
    if (f->to != VG_NO_DATE)
        vg_buf_puts(&sql, " AND f.when_from <= ?5");
    if (f->who >= 0)
        vg_buf_puts(&sql, " AND f.who = ?6");
    if (f->source)
        vg_buf_puts(&sql, " AND f.source LIKE ?7 ESCAPE '\\'");
    if (f->status >= 0)
        vg_buf_puts(&sql, " AND f.status = ?8");
    if (f->doc)
        vg_buf_puts(&sql, " AND r.name = ?9");
    vg_buf_puts(&sql, " ORDER BY f.report, f.ord");
    if (f->limit)
        vg_buf_puts(&sql, " LIMIT ?10");
    if (sql.toobig) {
        vg_buf_release(&sql);
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    }
    sqlite3_stmt *s = NULL;
    char *pattern = NULL;
    int rc = VG_OK;
    struct quote_src qs;
    qs.report = 0;
    vg_buf_init(&qs.text, (size_t)INT32_MAX + 1);
    vg_buf_init(&qs.quote, QUOTE_MAX);
    if (sqlite3_prepare_v2(q->db, sql.ptr, (int)sql.len, &s, NULL) != SQLITE_OK) {
        rc = db_error(q, err, "cannot query figures");
        goto out;
    }
    if (report > 0)
        sqlite3_bind_int64(s, 1, report);
    if (f->what != VG_WHAT_NONE)
        bind_text(s, 2, vg_what_name(f->what));
    if (f->where)
        bind_text(s, 3, f->where);
    bind_day(s, 4, f->from);
    bind_day(s, 5, f->to);
    if (f->from != VG_NO_DATE)
        sqlite3_bind_int64(s, 11, (int64_t)f->from - max_span);
    if (f->who >= 0)
        bind_text(s, 6, vg_who_name((enum vg_who)f->who));
    if (f->source) {
        if (!(pattern = like_pattern(f->source))) {
            rc = vg_err_set(err, VG_ENOMEM, "out of memory");
            goto out;
        }
        bind_text(s, 7, pattern);
    }
    if (f->status >= 0)
        bind_text(s, 8, vg_status_name((enum vg_status)f->status));
    if (f->doc)
        bind_text(s, 9, f->doc);
    if (f->limit)
        sqlite3_bind_int64(s, 10, (sqlite3_int64)f->limit);
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        struct vg_store_figure fig;
        row_figure(s, &fig);
        if ((rc = figure_quote(q, &qs, &fig, err)) || (rc = cb(ctx, &fig)))
            goto out;
    }
    if (r != SQLITE_DONE)
        rc = db_error(q, err, "cannot query figures");
out:
    vg_buf_release(&qs.text);
    vg_buf_release(&qs.quote);
    sqlite3_finalize(s);
    free(pattern);
    vg_buf_release(&sql);
    return rc;
}

static int sq_figures(void *impl, const struct vg_figure_filter *f, vg_figure_cb cb, void *ctx,
                      struct vg_err *err) {
    return walk_figures(impl, f, 0, cb, ctx, err);
}

/* Collecting a report's figures into an arena array for vg_store_report. */
struct collect {
    struct vg_arena *a;
    struct vg_store_figure *v;
    size_t n, cap;
};

static int collect_figure(void *ctx, const struct vg_store_figure *f) {
    struct collect *c = ctx;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        struct vg_store_figure *v = vg_arena_grow(c->a, c->v, c->n, cap, sizeof *v);
        if (!v)
            return VG_ENOMEM;
        c->v = v;
        c->cap = cap;
    }
    struct vg_store_figure *o = &c->v[c->n++];
    *o = *f;
    o->doc = f->doc ? vg_arena_strndup(c->a, f->doc, strlen(f->doc)) : NULL;
    o->country = f->country ? vg_arena_strndup(c->a, f->country, strlen(f->country)) : NULL;
    o->retold_doc =
        f->retold_doc ? vg_arena_strndup(c->a, f->retold_doc, strlen(f->retold_doc)) : NULL;
    o->fig.where = f->fig.where ? vg_arena_strndup(c->a, f->fig.where, strlen(f->fig.where)) : NULL;
    o->fig.qty_rule =
        f->fig.qty_rule ? vg_arena_strndup(c->a, f->fig.qty_rule, strlen(f->fig.qty_rule)) : NULL;
    o->fig.what_rule = f->fig.what_rule
                           ? vg_arena_strndup(c->a, f->fig.what_rule, strlen(f->fig.what_rule))
                           : NULL;
    if (f->fig.source.len) {
        const char *p = vg_arena_strndup(c->a, f->fig.source.ptr, f->fig.source.len);
        o->fig.source = p ? vg_str_make(p, f->fig.source.len) : VG_STR_NULL;
    }
    if (f->quote.len) {
        const char *p = vg_arena_strndup(c->a, f->quote.ptr, f->quote.len);
        o->quote = p ? vg_str_make(p, f->quote.len) : VG_STR_NULL;
    }
    return VG_OK;
}

static int load_reuse(struct sq *q, int64_t id, int later, struct vg_arena *a,
                      struct vg_store_report *out, struct vg_err *err) {
    /* Pairs first, then each pair's passages, so that one cached statement
     * is stepped at a time. */
    sqlite3_stmt *s = stmt(q, later ? ST_REUSE_LATER : ST_REUSE_EARLIER, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_int64(s, 1, id);
    size_t first = out->n_reuse;
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        struct vg_store_reuse *v =
            vg_arena_grow(a, out->reuse, out->n_reuse, out->n_reuse + 1, sizeof *v);
        if (!v) {
            sqlite3_reset(s);
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        }
        out->reuse = v;
        struct vg_store_reuse *u = &v[out->n_reuse++];
        memset(u, 0, sizeof *u);
        u->other = sqlite3_column_int64(s, 0);
        u->other_name = col_dup(s, 1, a);
        u->words = (uint32_t)sqlite3_column_int64(s, 2);
        u->retells = !later;
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE)
        return db_error(q, err, "cannot read text reuse");
    for (size_t i = first; i < out->n_reuse; i++) {
        struct vg_store_reuse *u = &out->reuse[i];
        if (!(s = stmt(q, later ? ST_PASSAGES_BACK : ST_PASSAGES_FWD, err)))
            return VG_EDB;
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, u->other);
        while ((r = sqlite3_step(s)) == SQLITE_ROW) {
            struct vg_passage *p =
                vg_arena_grow(a, u->passages, u->n_passages, u->n_passages + 1, sizeof *p);
            if (!p) {
                sqlite3_reset(s);
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            }
            u->passages = p;
            struct vg_passage *g = &p[u->n_passages++];
            g->start = (size_t)sqlite3_column_int64(s, 0);
            g->end = (size_t)sqlite3_column_int64(s, 1);
            g->other_start = (size_t)sqlite3_column_int64(s, 2);
            g->other_end = (size_t)sqlite3_column_int64(s, 3);
            g->words = (uint32_t)sqlite3_column_int64(s, 4);
        }
        sqlite3_reset(s);
        if (r != SQLITE_DONE)
            return db_error(q, err, "cannot read text reuse");
    }
    return VG_OK;
}

static int load_persons(struct sq *q, int64_t id, struct vg_arena *a, struct vg_store_report *out,
                        struct vg_err *err) {
    sqlite3_stmt *s = stmt(q, ST_PERSONS, err);
    if (!s)
        return VG_EDB;
    sqlite3_bind_int64(s, 1, id);
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        struct vg_person *v =
            vg_arena_grow(a, out->persons, out->n_persons, out->n_persons + 1, sizeof *v);
        if (!v) {
            sqlite3_reset(s);
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        }
        out->persons = v;
        struct vg_person *p = &v[out->n_persons++];
        memset(p, 0, sizeof *p);
        const char *name = col_dup(s, 0, a);
        p->written = name ? vg_str_cstr(name) : VG_STR_NULL;
        if (vg_name_romanise_arena(a, p->written, &p->name)) {
            sqlite3_reset(s);
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        }
        int role = vg_role_parse(vg_str_cstr((const char *)sqlite3_column_text(s, 1)));
        p->role = role < 0 ? VG_ROLE_OTHER : (enum vg_role)role;
        p->status = vg_what_parse(vg_str_cstr((const char *)sqlite3_column_text(s, 2)));
        p->since = col_day(s, 3);
        p->where = col_dup(s, 4, a);
        p->mention.start = (size_t)sqlite3_column_int64(s, 5);
        p->mention.end = (size_t)sqlite3_column_int64(s, 6);
        p->sentence.start = (size_t)sqlite3_column_int64(s, 7);
        p->sentence.end = (size_t)sqlite3_column_int64(s, 8);
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE)
        return db_error(q, err, "cannot read persons");
    return VG_OK;
}

static int parse_id(const char *s, int64_t *id) {
    if (!*s)
        return 0;
    int64_t v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || v > INT64_MAX / 10 - 10)
            return 0;
        v = v * 10 + (*p - '0');
    }
    *id = v;
    return 1;
}

static int sq_report(void *impl, const char *name, struct vg_arena *a, struct vg_store_report **out,
                     struct vg_err *err) {
    struct sq *q = impl;
    *out = NULL;
    sqlite3_stmt *s = stmt(q, ST_REPORT_BY_NAME, err);
    if (!s)
        return VG_EDB;
    bind_text(s, 1, name);
    int r = sqlite3_step(s);
    int64_t id;
    if (r == SQLITE_DONE && parse_id(name, &id)) {
        if (!(s = stmt(q, ST_REPORT_BY_ID, err)))
            return VG_EDB;
        sqlite3_bind_int64(s, 1, id);
        r = sqlite3_step(s);
    }
    if (r == SQLITE_DONE) {
        sqlite3_reset(s);
        return vg_err_set(err, VG_ENOTFOUND, "no report named '%s' in the database", name);
    }
    if (r != SQLITE_ROW) {
        sqlite3_reset(s);
        return db_error(q, err, "cannot read the report");
    }
    struct vg_store_report *rep = vg_arena_zalloc(a, sizeof *rep);
    if (!rep) {
        sqlite3_reset(s);
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    }
    struct vg_store_doc *d = &rep->doc;
    d->id = sqlite3_column_int64(s, 0);
    d->name = col_dup(s, 1, a);
    d->url = col_dup(s, 2, a);
    d->title = col_dup(s, 3, a);
    d->publisher = col_dup(s, 4, a);
    d->lang = col_dup(s, 5, a);
    d->published = col_day(s, 6);
    d->ingested = sqlite3_column_int64(s, 7);
    if (sqlite3_column_bytes(s, 8) == 32)
        memcpy(d->sha256, sqlite3_column_blob(s, 8), 32);
    const char *text = col_dup(s, 9, a);
    d->text = text ? vg_str_make(text, (size_t)sqlite3_column_bytes(s, 9)) : VG_STR_NULL;
    sqlite3_reset(s);
    if (!d->name || !text)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    struct vg_figure_filter f;
    vg_figure_filter_init(&f);
    struct collect c = {a, NULL, 0, 0};
    int rc = walk_figures(q, &f, d->id, collect_figure, &c, err);
    if (rc == VG_ENOMEM)
        vg_err_set(err, VG_ENOMEM, "out of memory");
    if (rc)
        return rc;
    rep->figures = c.v;
    rep->n_figures = c.n;
    if ((rc = load_persons(q, d->id, a, rep, err)) || (rc = load_reuse(q, d->id, 0, a, rep, err)) ||
        (rc = load_reuse(q, d->id, 1, a, rep, err)))
        return rc;
    *out = rep;
    return VG_OK;
}

/* The query as plain terms: each white-space separated word in double
 * quotes, for text that is not valid FTS5 syntax ("covid-19", "U.S."). */
static char *plain_terms(const char *query) {
    size_t n = strlen(query);
    char *p = malloc(3 * n + 3);
    if (!p)
        return NULL;
    size_t o = 0;
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        char c = query[i];
        int space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (in_word)
                p[o++] = '"';
            in_word = 0;
            continue;
        }
        if (!in_word) {
            if (o)
                p[o++] = ' ';
            p[o++] = '"';
            in_word = 1;
        }
        if (c == '"')
            p[o++] = '"';
        p[o++] = c;
    }
    if (in_word)
        p[o++] = '"';
    p[o] = '\0';
    return p;
}

static int run_search(struct sq *q, const char *match, size_t limit, const char *mo, const char *mc,
                      vg_search_cb cb, void *ctx, int *syntax, struct vg_err *err) {
    static const char sql[] = "SELECT r.id, r.name, r.title, r.published,"
                              " snippet(reports_fts, 1, ?2, ?3, '...', 24), bm25(reports_fts)"
                              " FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid"
                              " WHERE reports_fts MATCH ?1 ORDER BY bm25(reports_fts) LIMIT ?4";
    sqlite3_stmt *s = NULL;
    *syntax = 0;
    if (sqlite3_prepare_v2(q->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_error(q, err, "cannot search");
    bind_text(s, 1, match);
    bind_text(s, 2, mo);
    bind_text(s, 3, mc);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)limit);
    int r, rc = VG_OK;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
        struct vg_search_hit h;
        h.id = sqlite3_column_int64(s, 0);
        h.doc = (const char *)sqlite3_column_text(s, 1);
        h.title = (const char *)sqlite3_column_text(s, 2);
        h.published = col_day(s, 3);
        h.snippet = (const char *)sqlite3_column_text(s, 4);
        h.rank = sqlite3_column_double(s, 5);
        if ((rc = cb(ctx, &h)))
            break;
    }
    if (!rc && r != SQLITE_DONE) {
        const char *msg = sqlite3_errmsg(q->db);
        if (strstr(msg, "syntax error") || strstr(msg, "no such column") ||
            strstr(msg, "unterminated"))
            *syntax = 1;
        rc = vg_err_set(err, VG_EINPUT, "cannot search for '%s': %s", match, msg);
    }
    sqlite3_finalize(s);
    return rc;
}

static int sq_search(void *impl, const char *query, size_t limit, const char *mo, const char *mc,
                     vg_search_cb cb, void *ctx, struct vg_err *err) {
    int syntax = 0;
    int rc = run_search(impl, query, limit, mo, mc, cb, ctx, &syntax, err);
    if (rc && syntax) {
        char *plain = plain_terms(query);
        if (!plain)
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        vg_err_clear(err);
        rc = run_search(impl, plain, limit, mo, mc, cb, ctx, &syntax, err);
        free(plain);
    }
    return rc;
}

static int sq_stats(void *impl, vg_stat_cb cb, void *ctx, struct vg_err *err) {
    static const char *const groups[] = {"what", "place", "month"};
    static const char *const sql[] = {
        "SELECT what, count(*), count(DISTINCT report) FROM figures"
        " GROUP BY what ORDER BY 2 DESC, 1",
        "SELECT coalesce(place, ''), count(*), count(DISTINCT report) FROM figures"
        " GROUP BY 1 ORDER BY 2 DESC, 1",
        "SELECT coalesce(strftime('%Y-%m', coalesce(f.when_from, r.published) * 86400,"
        " 'unixepoch'), ''), count(*), count(DISTINCT f.report)"
        " FROM figures f JOIN reports r ON r.id = f.report GROUP BY 1 ORDER BY 1",
    };
    struct sq *q = impl;
    for (int g = 0; g < 3; g++) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(q->db, sql[g], -1, &s, NULL) != SQLITE_OK)
            return db_error(q, err, "cannot count");
        int r, rc = VG_OK;
        while ((r = sqlite3_step(s)) == SQLITE_ROW) {
            struct vg_stat st = {groups[g], (const char *)sqlite3_column_text(s, 0),
                                 sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2)};
            if (!st.key)
                st.key = "";
            if ((rc = cb(ctx, &st)))
                break;
        }
        if (!rc && r != SQLITE_DONE)
            rc = db_error(q, err, "cannot count");
        sqlite3_finalize(s);
        if (rc)
            return rc;
    }
    return VG_OK;
}

static int sq_totals(void *impl, struct vg_store_totals *t, struct vg_err *err) {
    struct sq *q = impl;
    int64_t pages = 0, size = 0, freel = 0;
    int rc = VG_OK;
    /* Count the fingerprints that wait for the commit too. */
    if (!sqlite3_get_autocommit(q->db) && (rc = flush_pending(q, err)))
        return rc;
    if ((rc = pragma_int(q, "SELECT count(*) FROM reports", &t->reports, err)) ||
        (rc = pragma_int(q, "SELECT count(*) FROM figures", &t->figures, err)) ||
        (rc = pragma_int(q, "SELECT count(*) FROM persons", &t->persons, err)) ||
        (rc = pragma_int(q, "SELECT count(*) FROM reuse", &t->reuse_pairs, err)) ||
        (rc = pragma_int(q, "SELECT coalesce(sum(n), 0) FROM fp_runs", &t->fingerprints, err)) ||
        (rc = pragma_int(q, "SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM reports",
                         &t->text_bytes, err)) ||
        (rc = pragma_int(q, "PRAGMA page_count", &pages, err)) ||
        (rc = pragma_int(q, "PRAGMA page_size", &size, err)) ||
        (rc = pragma_int(q, "PRAGMA freelist_count", &freel, err)))
        return rc;
    t->db_bytes = (pages - freel) * size;
    return VG_OK;
}

/* ---- test hook ------------------------------------------------------- */

int store_sqlite_create_version(const char *path, int version, struct vg_err *err) {
    if (version < 1 || version > VG_STORE_SCHEMA_VERSION)
        return vg_err_set(err, VG_EUSAGE, "no schema version %d", version);
    struct sq *q = NULL;
    int rc = connect(path, VG_STORE_CREATE, &q, err);
    if (rc)
        return rc;
    if ((rc = exec(q, "BEGIN IMMEDIATE", err, "cannot create")) || (rc = set_app_id(q, err)))
        goto out;
    for (int v = 0; v < version && !rc; v++) {
        rc = exec(q, migrations[v], err, "cannot create the old schema");
        if (!rc && v + 1 == 6)
            rc = migrate_v6(q, err);
    }
    /* The sample as the old version's ingest would have stored it. */
    static const char text[] = "57 people were detained in Almaty on 5 January 2022.";
    sqlite3_stmt *s = NULL;
    if (!rc && sqlite3_prepare_v2(q->db,
                                  "INSERT INTO reports(id, name, sha256, published, lang, ingested,"
                                  " text) VALUES(1, 'old.txt', ?1, 19000, 'en', 0, ?2)",
                                  -1, &s, NULL) == SQLITE_OK) {
        unsigned char sha[32] = {1, 2, 3};
        sqlite3_bind_blob(s, 1, sha, 32, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, text, -1, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE)
            rc = db_error(q, err, "cannot store the sample");
    } else if (!rc) {
        rc = db_error(q, err, "cannot store the sample");
    }
    sqlite3_finalize(s);
    /* 2022-01-05 is day 18997. */
    if (!rc && version < 7)
        rc = exec(q,
                  "INSERT INTO figures(report, ord, what, low, high, approx, who, place,"
                  " when_from, when_to, source, status, sent_start, sent_end, qty_start,"
                  " qty_end, quote) VALUES(1, 0, 'detained', 57, 57, 0, 'people', 'Almaty',"
                  " 18997, 18997, NULL, 'reported', 0, 52, 0, 2,"
                  " '57 people were detained in Almaty on 5 January 2022.')",
                  err, "cannot store the sample");
    else if (!rc)
        rc = exec(q,
                  "INSERT INTO figures(report, ord, what, low, high, approx, who, place,"
                  " when_from, when_to, source, status, sent_start, sent_end, qty_start,"
                  " qty_end) VALUES(1, 0, 'detained', 57, 57, 0, 'people', 'Almaty',"
                  " 18997, 18997, NULL, 'reported', 0, 52, 0, 2)",
                  err, "cannot store the sample");
    if (!rc && version >= 8)
        rc = exec(q, "INSERT INTO places VALUES('Almaty', '')", err, "cannot store the sample");
    if (!rc && version >= 2)
        rc = exec(q, "INSERT INTO reports_fts(reports_fts) VALUES('rebuild')", err,
                  "cannot index the sample");
    if (!rc) {
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", version);
        rc = exec(q, set, err, "cannot create the old schema");
    }
    if (!rc)
        rc = exec(q, "COMMIT", err, "cannot create the old schema");
out:
    sq_close(q);
    return rc;
}

const struct vg_store_ops vg_store_sqlite_ops = {
    .name = "sqlite",
    .open = sq_open,
    .close = sq_close,
    .begin = sq_begin,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .schema_version = sq_schema_version,
    .find_sha = sq_find_sha,
    .put = sq_put,
    .shared_fps = sq_shared_fps,
    .text = sq_text,
    .figures = sq_figures,
    .report = sq_report,
    .search = sq_search,
    .stats = sq_stats,
    .totals = sq_totals,
};
