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

long vg_reuse_passages(struct vg_arena *a, struct vg_reuse_hit *hits, size_t n_hits, unsigned k,
                       unsigned gap, unsigned min_words, struct vg_word_passage **out) {
    *out = NULL;
    if (n_hits == 0)
        return 0;
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
