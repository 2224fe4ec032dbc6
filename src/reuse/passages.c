/* Chaining shared fingerprints into passages (see include/vigil/reuse.h).
 *
 * A hit is a k-gram found at word i here and word j in the other text.  A
 * passage is a chain of hits that move forward together in both texts, each
 * within `gap` words of the previous: copied text with a few words changed,
 * inserted or dropped stays one passage, while scattered common phrases
 * ("were detained in the") stay single hits that the length floor removes. */
#include <stdlib.h>

#include "vigil/reuse.h"
#include "banned.h"

static int cmp_hit(const void *pa, const void *pb) {
    const struct vg_reuse_hit *a = pa, *b = pb;
    if (a->word != b->word)
        return a->word < b->word ? -1 : 1;
    if (a->other_word != b->other_word)
        return a->other_word < b->other_word ? -1 : 1;
    return 0;
}

static int cmp_passage(const void *pa, const void *pb) {
    const struct vg_word_passage *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->other_start != b->other_start)
        return a->other_start < b->other_start ? -1 : 1;
    return 0;
}

long vg_reuse_passages(struct vg_arena *a, struct vg_reuse_hit *hits, size_t n_hits, unsigned k,
                       unsigned gap, unsigned min_words, struct vg_word_passage **out) {
    *out = NULL;
    if (n_hits == 0)
        return 0;
    /* The store's hits come sorted already (see find_reuse): check first,
     * which costs a compare a hit against qsort's n log n. */
    size_t sorted = 1;
    while (sorted < n_hits && cmp_hit(&hits[sorted - 1], &hits[sorted]) <= 0)
        sorted++;
    if (sorted < n_hits)
        qsort(hits, n_hits, sizeof *hits, cmp_hit);
    struct vg_word_passage *p = vg_arena_alloc(a, n_hits * sizeof *p);
    if (!p)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < n_hits; i++) {
        const struct vg_reuse_hit *h = &hits[i];
        /* The open passage whose end is closest to this hit along both
         * texts; the search looks back over a few recent passages only,
         * since passages are ordered by where they start here. */
        size_t best = SIZE_MAX;
        uint64_t best_d = UINT64_MAX;
        for (size_t j = n; j-- > 0 && n - j <= 8;) {
            struct vg_word_passage *c = &p[j];
            uint32_t last = c->end - k, other_last = c->other_end - k;
            if (h->word <= last || h->word - last > gap)
                continue;
            if (h->other_word <= other_last || h->other_word - other_last > gap)
                continue;
            uint64_t d = (uint64_t)(h->word - last) + (h->other_word - other_last);
            if (d < best_d) {
                best_d = d;
                best = j;
            }
        }
        if (best != SIZE_MAX) {
            p[best].end = h->word + k;
            p[best].other_end = h->other_word + k;
            p[best].n_hits++;
            continue;
        }
        p[n].start = h->word;
        p[n].end = h->word + k;
        p[n].other_start = h->other_word;
        p[n].other_end = h->other_word + k;
        p[n].n_hits = 1;
        n++;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i].end - p[i].start >= min_words)
            p[kept++] = p[i];
    *out = p;
    return (long)kept;
}

uint32_t vg_reuse_covered(const struct vg_word_passage *p, size_t n) {
    /* Passages are ordered by start; a sweep counts overlaps once. */
    uint32_t total = 0, reach = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t s = p[i].start > reach ? p[i].start : reach;
        if (p[i].end > s)
            total += p[i].end - s;
        if (p[i].end > reach)
            reach = p[i].end;
    }
    return total;
}

size_t vg_reuse_extend(struct vg_word_passage *p, size_t n, const struct vg_word *here,
                       size_t n_here, const struct vg_word *there, size_t n_there,
                       unsigned min_words) {
    for (size_t i = 0; i < n; i++) {
        struct vg_word_passage *g = &p[i];
        if (g->end > n_here)
            g->end = (uint32_t)n_here;
        if (g->other_end > n_there)
            g->other_end = (uint32_t)n_there;
        while (g->start > 0 && g->other_start > 0 &&
               here[g->start - 1].hash == there[g->other_start - 1].hash) {
            g->start--;
            g->other_start--;
        }
        while (g->end < n_here && g->other_end < n_there &&
               here[g->end].hash == there[g->other_end].hash) {
            g->end++;
            g->other_end++;
        }
    }
    /* Extension can reorder passages; sort again, then merge those that now
     * overlap here and continue each other there. */
    qsort(p, n, sizeof *p, cmp_passage);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && p[i].start <= p[m - 1].end && p[i].other_start >= p[m - 1].other_start &&
            p[i].other_start <= p[m - 1].other_end) {
            if (p[i].end > p[m - 1].end) {
                p[m - 1].end = p[i].end;
                p[m - 1].other_end = p[i].other_end;
            }
            p[m - 1].n_hits += p[i].n_hits;
            continue;
        }
        p[m++] = p[i];
    }
    size_t kept = 0;
    for (size_t i = 0; i < m; i++)
        if (p[i].end - p[i].start >= min_words)
            p[kept++] = p[i];
    return kept;
}
