/* Fingerprint rows in memory, beside the SQLite backend's fingerprint
 * runs: a hash table of (hash, report, word) rows with chains per hash.
 *
 * The backend uses it two ways (src/store/sqlite.c decides which):
 * - pending rows: the fingerprints of reports stored in the open
 *   transaction wait here and are written at commit, sorted in key order,
 *   as one run, and reports of the same batch find each other here;
 * - a mirror: every row of the runs, loaded once, plus the pending ones,
 *   so that lookups never reach SQLite.
 * Rows [0, n_flushed) are in the database; [n_flushed, n) wait for it.
 *
 * Private to src/store/.  Allocation failures are returned, never fatal. */
#ifndef VIGIL_STORE_FPMEM_H
#define VIGIL_STORE_FPMEM_H

#include <stddef.h>
#include <stdint.h>

/* A fingerprint row. */
struct fp_row {
    uint64_t hash;  /* the k-gram hash */
    int64_t report; /* report id */
    uint32_t word;  /* k-gram start word in that report */
    uint32_t next;  /* index + 1 of the next older row of its chain, or 0 */
};

struct fp_mem {
    struct fp_row *row; /* rows [0, n), in the order added */
    size_t n, cap;
    size_t n_flushed; /* rows [0, n_flushed) are in the table */
    uint32_t *head;   /* per chain: index + 1 of its newest row, or 0 */
    size_t n_heads;   /* chains, a power of two, at least n; 0 before the first add */
};

/* The most rows an fp_mem holds (about 28 bytes each: 117 MB). */
#define FP_MEM_MAX_ROWS ((size_t)1 << 22)

/* Append a row (not yet in the table).  Returns 0, or -1 when out of
 * memory or at FP_MEM_MAX_ROWS (nothing added). */
int fp_mem_add(struct fp_mem *m, uint64_t hash, int64_t report, uint32_t word);

/* Walk the rows with hash h, newest first: *cursor starts at 0; each call
 * returns the next row or NULL at the end. */
const struct fp_row *fp_mem_next(const struct fp_mem *m, uint64_t h, uint32_t *cursor);

/* Copies of rows [n_flushed, n) sorted in the runs' key order (hash as a
 * signed 64-bit integer, report, word), in a new array (free it), for a
 * sequential insert; *n_out is their count.  Returns 0 or -1 when out of
 * memory. */
int fp_mem_unflushed_sorted(const struct fp_mem *m, struct fp_row **out, size_t *n_out);

/* Forget every row (keeping the memory for reuse). */
void fp_mem_clear(struct fp_mem *m);

/* Free everything. */
void fp_mem_release(struct fp_mem *m);

#endif
