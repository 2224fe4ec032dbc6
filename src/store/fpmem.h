/* In-memory companions of the SQLite backend's fingerprint table, which make
 * reuse detection cost a few memory probes per kept hash instead of a
 * B-tree lookup and a random B-tree insert:
 *
 * - a filter: a set of the low 32 bits of every stored hash.  A hash whose
 *   bits are absent is certainly not stored, so only hashes that pass (the
 *   shared ones, and about one in 2^32 / n of the others) are looked up in
 *   SQLite.  It may hold more than is stored (rows of a rolled-back batch),
 *   never less; the backend decides when it is complete (src/store/sqlite.c).
 * - the pending rows: fingerprints of the reports stored in the open
 *   transaction, kept in memory and written to the table at commit in hash
 *   order (or earlier, when they grow past a bound), with a hash chain so
 *   that reports of the same batch find each other.
 *
 * Private to src/store/.  Allocation failures are returned, never fatal. */
#ifndef VIGIL_STORE_FPMEM_H
#define VIGIL_STORE_FPMEM_H

#include <stddef.h>
#include <stdint.h>

/* A set of 32-bit hash fragments, open addressing with linear probing. */
struct fp_filter {
    uint32_t *slot; /* 0 is an empty slot; a fragment of 0 is stored as 1 */
    size_t cap;     /* slots, a power of two; 0 before the first add */
    size_t n;       /* fragments held */
};

/* The most slots a filter may take (128 MB): fp_filter_add returns -1 when
 * holding one more would need more. */
#define FP_FILTER_MAX_SLOTS ((size_t)1 << 25)

/* Add hash h (its low 32 bits).  Returns 0, or -1 when out of memory or
 * past FP_FILTER_MAX_SLOTS (the filter is then unchanged). */
int fp_filter_add(struct fp_filter *f, uint64_t h);

/* 0 when h is certainly not in the set, 1 when it may be. */
int fp_filter_may_have(const struct fp_filter *f, uint64_t h);

/* Empty the filter and free its memory. */
void fp_filter_release(struct fp_filter *f);

/* A fingerprint row waiting for the commit. */
struct fp_row {
    uint64_t hash;  /* the k-gram hash */
    int64_t report; /* report id */
    uint32_t word;  /* k-gram start word in that report */
    uint32_t next;  /* index + 1 of the next row with the same chain, or 0 */
};

/* The pending rows of a transaction, appended in report order. */
struct fp_pending {
    struct fp_row *row; /* rows[0..n) */
    size_t n, cap;
    uint32_t *head;  /* per chain: index + 1 of its last row, or 0 */
    size_t n_heads;  /* chains, a power of two; 0 before the first add */
};

/* Append a row.  Returns 0, or -1 when out of memory (nothing added). */
int fp_pending_add(struct fp_pending *p, uint64_t hash, int64_t report, uint32_t word);

/* Walk the pending rows with hash h, newest first: *cursor starts at 0;
 * each call returns the next row or NULL at the end. */
const struct fp_row *fp_pending_next(const struct fp_pending *p, uint64_t h, uint32_t *cursor);

/* Sort the rows by (hash as a signed 64-bit integer, report, word), the
 * order of the table's primary key, for a sequential insert.  Invalidates
 * the chains: clear the rows after writing them. */
void fp_pending_sort(struct fp_pending *p);

/* Forget every row (keeping the memory for the next transaction). */
void fp_pending_clear(struct fp_pending *p);

/* Free everything. */
void fp_pending_release(struct fp_pending *p);

#endif
