/* The fingerprint filter and the pending fingerprint rows of the SQLite
 * backend (see fpmem.h for what each is for).
 *
 * Both are hash tables over k-gram hashes, which winnowing already makes
 * uniform (splitmix64-finished), so their bits index the tables directly. */
#include <stdlib.h>
#include <string.h>

#include "fpmem.h"
#include "vigil/arena.h"
#include "banned.h"

/* ---- filter ---------------------------------------------------------- */

static uint32_t fragment(uint64_t h) {
    uint32_t v = (uint32_t)h;
    return v ? v : 1;
}

/* The first slot of a fragment: its bits spread by a multiply, so that
 * fragments, not only full hashes, index uniformly. */
static size_t home(uint32_t v, size_t cap) {
    return (size_t)((v * 0x9e3779b1u) ^ (v >> 16)) & (cap - 1);
}

static void put_slot(uint32_t *slot, size_t cap, uint32_t v) {
    size_t i = home(v, cap);
    while (slot[i] && slot[i] != v)
        i = (i + 1) & (cap - 1);
    slot[i] = v;
}

int fp_filter_add(struct fp_filter *f, uint64_t h) {
    uint32_t v = fragment(h);
    if (fp_filter_may_have(f, h))
        return 0;
    /* Keep the load at one half at most, so probes stay short. */
    if (2 * (f->n + 1) > f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 4096;
        if (cap > FP_FILTER_MAX_SLOTS)
            return -1;
        uint32_t *s = vg_calloc(cap, sizeof *s);
        if (!s)
            return -1;
        for (size_t i = 0; i < f->cap; i++)
            if (f->slot[i])
                put_slot(s, cap, f->slot[i]);
        free(f->slot);
        f->slot = s;
        f->cap = cap;
    }
    put_slot(f->slot, f->cap, v);
    f->n++;
    return 0;
}

int fp_filter_may_have(const struct fp_filter *f, uint64_t h) {
    if (!f->cap)
        return 0;
    uint32_t v = fragment(h);
    for (size_t i = home(v, f->cap);; i = (i + 1) & (f->cap - 1)) {
        if (f->slot[i] == v)
            return 1;
        if (!f->slot[i])
            return 0;
    }
}

void fp_filter_release(struct fp_filter *f) {
    free(f->slot);
    memset(f, 0, sizeof *f);
}

/* ---- pending rows ---------------------------------------------------- */

static size_t chain_of(uint64_t h, size_t n_heads) {
    return (size_t)(h ^ (h >> 29)) & (n_heads - 1);
}

/* Thread row i (0-based) onto the front of its chain. */
static void link_row(struct fp_pending *p, size_t i) {
    size_t c = chain_of(p->row[i].hash, p->n_heads);
    p->row[i].next = p->head[c];
    p->head[c] = (uint32_t)(i + 1);
}

int fp_pending_add(struct fp_pending *p, uint64_t hash, int64_t report, uint32_t word) {
    if (p->n >= UINT32_MAX - 1)
        return -1;
    if (p->n == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 4096;
        struct fp_row *r = vg_realloc(p->row, cap * sizeof *r);
        if (!r)
            return -1;
        p->row = r;
        p->cap = cap;
    }
    if (p->n + 1 > p->n_heads) {
        size_t nh = p->n_heads ? 2 * p->n_heads : 4096;
        uint32_t *hd = vg_calloc(nh, sizeof *hd);
        if (!hd)
            return -1;
        free(p->head);
        p->head = hd;
        p->n_heads = nh;
        for (size_t i = 0; i < p->n; i++)
            link_row(p, i);
    }
    struct fp_row *r = &p->row[p->n];
    r->hash = hash;
    r->report = report;
    r->word = word;
    link_row(p, p->n);
    p->n++;
    return 0;
}

const struct fp_row *fp_pending_next(const struct fp_pending *p, uint64_t h, uint32_t *cursor) {
    if (!p->n_heads)
        return NULL;
    uint32_t i = *cursor ? p->row[*cursor - 1].next : p->head[chain_of(h, p->n_heads)];
    while (i && p->row[i - 1].hash != h)
        i = p->row[i - 1].next;
    *cursor = i;
    return i ? &p->row[i - 1] : NULL;
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

void fp_pending_sort(struct fp_pending *p) {
    if (p->n > 1)
        qsort(p->row, p->n, sizeof *p->row, cmp_row);
}

void fp_pending_clear(struct fp_pending *p) {
    p->n = 0;
    if (p->head)
        memset(p->head, 0, p->n_heads * sizeof *p->head);
}

void fp_pending_release(struct fp_pending *p) {
    free(p->row);
    free(p->head);
    memset(p, 0, sizeof *p);
}
