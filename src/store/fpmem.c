/* Fingerprint rows in memory (see fpmem.h).
 *
 * Rows are appended to one array and threaded onto chains by their hash's
 * low bits; k-gram hashes are splitmix64-finished, so those bits are
 * uniform and need no further mixing.  Chains run newest first, which also
 * makes the newest rows the cheapest to find. */
#include <stdlib.h>
#include <string.h>

#include "fpmem.h"
#include "vigil/arena.h"
#include "banned.h"

static size_t chain_of(uint64_t h, size_t n_heads) {
    return (size_t)(h ^ (h >> 32)) & (n_heads - 1);
}

static void link_row(struct fp_mem *m, size_t i) {
    size_t c = chain_of(m->row[i].hash, m->n_heads);
    m->row[i].next = m->head[c];
    m->head[c] = (uint32_t)(i + 1);
}

int fp_mem_add(struct fp_mem *m, uint64_t hash, int64_t report, uint32_t word) {
    if (m->n >= FP_MEM_MAX_ROWS)
        return -1;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 4096;
        struct fp_row *r = vg_realloc(m->row, cap * sizeof *r);
        if (!r)
            return -1;
        m->row = r;
        m->cap = cap;
    }
    /* One chain per row at most: chains stay a row or two long. */
    if (m->n + 1 > m->n_heads) {
        size_t nh = m->n_heads ? 2 * m->n_heads : 4096;
        uint32_t *hd = vg_calloc(nh, sizeof *hd);
        if (!hd)
            return -1;
        free(m->head);
        m->head = hd;
        m->n_heads = nh;
        for (size_t i = 0; i < m->n; i++)
            link_row(m, i);
    }
    struct fp_row *r = &m->row[m->n];
    r->hash = hash;
    r->report = report;
    r->word = word;
    link_row(m, m->n);
    m->n++;
    return 0;
}

const struct fp_row *fp_mem_next(const struct fp_mem *m, uint64_t h, uint32_t *cursor) {
    if (!m->n_heads)
        return NULL;
    uint32_t i = *cursor ? m->row[*cursor - 1].next : m->head[chain_of(h, m->n_heads)];
    while (i && m->row[i - 1].hash != h)
        i = m->row[i - 1].next;
    *cursor = i;
    return i ? &m->row[i - 1] : NULL;
}

static int cmp_row(const void *pa, const void *pb) {
    const struct fp_row *a = pa, *b = pb;
    int64_t ha = (int64_t)a->hash, hb = (int64_t)b->hash;
    if (ha != hb)
        return ha < hb ? -1 : 1;
    if (a->report != b->report)
        return a->report < b->report ? -1 : 1;
    return a->word < b->word ? -1 : a->word > b->word;
}

int fp_mem_unflushed_sorted(const struct fp_mem *m, struct fp_row **out, size_t *n_out) {
    size_t n = m->n - m->n_flushed;
    *out = NULL;
    *n_out = 0;
    if (n == 0)
        return 0;
    struct fp_row *v = vg_malloc(n * sizeof *v);
    if (!v)
        return -1;
    memcpy(v, m->row + m->n_flushed, n * sizeof *v);
    qsort(v, n, sizeof *v, cmp_row);
    *out = v;
    *n_out = n;
    return 0;
}

void fp_mem_clear(struct fp_mem *m) {
    m->n = 0;
    m->n_flushed = 0;
    if (m->head)
        memset(m->head, 0, m->n_heads * sizeof *m->head);
}

void fp_mem_release(struct fp_mem *m) {
    free(m->row);
    free(m->head);
    memset(m, 0, sizeof *m);
}
