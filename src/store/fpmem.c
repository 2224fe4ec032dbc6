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
        struct fp_row *r = vg_grow_array(m->row, &m->cap, sizeof *r, 4096);
        if (!r)
            return -1;
        m->row = r;
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

/* Sort v[0, n) by key: a stable LSD radix sort on the hash (sign bit
 * flipped, so that unsigned byte order is signed order), skipping the bytes
 * all hashes share, then insertion sort within each run of equal hashes
 * (a row or two; already in order when rows were added report by report).
 * tmp holds n rows.  About 20 instructions a row per byte against some
 * 450 for qsort. */
static void sort_rows(struct fp_row *v, struct fp_row *tmp, size_t n) {
    static const uint64_t flip = (uint64_t)1 << 63;
    struct fp_row *src = v, *dst = tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[256] = {0};
        for (size_t i = 0; i < n; i++)
            count[((src[i].hash ^ flip) >> shift) & 0xff]++;
        if (count[((src[0].hash ^ flip) >> shift) & 0xff] == n)
            continue;
        size_t pos = 0;
        for (int b = 0; b < 256; b++) {
            size_t c = count[b];
            count[b] = pos;
            pos += c;
        }
        for (size_t i = 0; i < n; i++)
            dst[count[((src[i].hash ^ flip) >> shift) & 0xff]++] = src[i];
        struct fp_row *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && v[j].hash == v[j - 1].hash && cmp_row(&v[j - 1], &v[j]) > 0;
             j--) {
            struct fp_row t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

int fp_mem_unflushed_sorted(const struct fp_mem *m, struct fp_row **out, size_t *n_out) {
    size_t n = m->n - m->n_flushed;
    *out = NULL;
    *n_out = 0;
    if (n == 0)
        return 0;
    struct fp_row *v = vg_malloc(n * sizeof *v);
    struct fp_row *tmp = vg_malloc(n * sizeof *tmp);
    if (!v || !tmp) {
        free(v);
        free(tmp);
        return -1;
    }
    memcpy(v, m->row + m->n_flushed, n * sizeof *v);
    sort_rows(v, tmp, n);
    free(tmp);
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
