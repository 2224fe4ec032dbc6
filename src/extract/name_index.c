/* The index of people by the words of their name keys (see name_index.h):
 * a chained hash table of words, each entry naming the person whose key
 * holds it, grown by doubling.  A key's words are what translit.c's
 * matching compares (vg_str_split_words, up to NAME_WORDS of them). */
#include <stdint.h>
#include <string.h>

#include "name_index.h"
#include "vigil/err.h"
#include "vigil/str.h"
#include "banned.h"

#define NAME_WORDS 32 /* words of a key compared by vg_name_keys_match (translit.c) */

struct name_word {
    struct vg_str word;     /* a word of a person's key or key_jy */
    size_t id;              /* the person */
    struct name_word *next; /* the next entry of its bucket */
};

static uint32_t word_hash(struct vg_str w) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < w.len; i++)
        h = (h ^ (unsigned char)w.ptr[i]) * 16777619u;
    return h;
}

/* Double the buckets (or make the first), relinking the entries.  Returns
 * VG_OK or VG_ENOMEM. */
static int grow(struct name_index *x, struct vg_arena *a) {
    size_t n = x->n_buckets ? x->n_buckets * 2 : 64;
    struct name_word **b = vg_arena_zalloc(a, n * sizeof *b);
    if (!b)
        return VG_ENOMEM;
    for (size_t i = 0; i < x->n_buckets; i++) {
        for (struct name_word *e = x->buckets[i], *next; e; e = next) {
            next = e->next;
            size_t k = word_hash(e->word) & (n - 1);
            e->next = b[k];
            b[k] = e;
        }
    }
    x->buckets = b;
    x->n_buckets = n;
    return VG_OK;
}

/* Index the words of one key. */
static int add_key(struct name_index *x, struct vg_arena *a, struct vg_str key, size_t id) {
    struct vg_str w[NAME_WORDS];
    size_t n = vg_str_split_words(key, w, NAME_WORDS);
    if (key.len && n == 0)
        x->wordless = 1;
    for (size_t i = 0; i < n; i++) {
        if (x->n_words >= x->n_buckets && grow(x, a))
            return VG_ENOMEM;
        struct name_word *e = vg_arena_alloc(a, sizeof *e);
        if (!e)
            return VG_ENOMEM;
        size_t k = word_hash(w[i]) & (x->n_buckets - 1);
        e->word = w[i];
        e->id = id;
        e->next = x->buckets[k];
        x->buckets[k] = e;
        x->n_words++;
    }
    return VG_OK;
}

int name_index_add(struct name_index *x, struct vg_arena *a, const struct vg_name_keys *k,
                   size_t id) {
    int rc = add_key(x, a, k->key, id);
    if (!rc && k->has_j)
        rc = add_key(x, a, k->key_jy, id);
    return rc;
}

/* Add the ids indexed under the words of `key` to out[0..*n), kept
 * ascending and each once.  Returns -1 when more than max would be. */
static int gather(const struct name_index *x, struct vg_str key, size_t *out, size_t *n,
                  size_t max) {
    struct vg_str w[NAME_WORDS];
    size_t nw = vg_str_split_words(key, w, NAME_WORDS);
    for (size_t i = 0; i < nw && x->n_buckets; i++) {
        for (const struct name_word *e = x->buckets[word_hash(w[i]) & (x->n_buckets - 1)]; e;
             e = e->next) {
            if (!vg_str_eq(e->word, w[i]))
                continue;
            size_t j = *n;
            while (j > 0 && out[j - 1] > e->id)
                j--;
            if (j > 0 && out[j - 1] == e->id)
                continue;
            if (*n == max)
                return -1;
            memmove(out + j + 1, out + j, (*n - j) * sizeof *out);
            out[j] = e->id;
            (*n)++;
        }
    }
    return 0;
}

/* Is key a key of no word, only spaces? */
static int wordless(struct vg_str key) {
    struct vg_str w[1];
    return key.len && vg_str_split_words(key, w, 1) == 0;
}

size_t name_index_candidates(const struct name_index *x, const struct vg_name_keys *k,
                             size_t *out, size_t max) {
    if (x->wordless || wordless(k->key) || (k->has_j && wordless(k->key_jy)))
        return SIZE_MAX;
    size_t n = 0;
    if (gather(x, k->key, out, &n, max) || (k->has_j && gather(x, k->key_jy, out, &n, max)))
        return SIZE_MAX;
    return n;
}
