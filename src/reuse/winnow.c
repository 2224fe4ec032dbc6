/* Words and winnowed fingerprints of a text (see include/vigil/reuse.h).
 *
 * Words are maximal runs of letters and digits in any script; each is
 * lower-cased code point by code point and hashed, so case, punctuation and
 * spacing changes between an original and its re-telling do not hide the
 * reuse.  Bytes that are not valid UTF-8 separate words. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "vigil/reuse.h"
#include "banned.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME  0x100000001b3ULL

/* splitmix64's finaliser: spreads the bits of a word-hash combination so
 * that k-gram hashes are uniform, which winnowing's density relies on. */
static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int is_word_cp(utf8proc_int32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ND: return 1;
    default: return 0;
    }
}

/* An ASCII byte's lower-case form when it is a letter or digit, else 0. */
static unsigned ascii_word_lc(unsigned c) {
    if (c - 'a' < 26u || c - '0' < 10u)
        return c;
    if (c - 'A' < 26u)
        return c + 32;
    return 0;
}

/* Append w to the words v[0..*n) (capacity *cap, in arena a), growing
 * them as needed.  Returns 0, or -1 when the arena refused. */
static int push_word(struct vg_arena *a, struct vg_word **v, size_t *n, size_t *cap,
                     struct vg_word w) {
    if (*n == *cap) {
        struct vg_word *nv = vg_arena_grow(a, *v, *n, *cap * 2, sizeof **v);
        if (!nv)
            return -1;
        *v = nv;
        *cap *= 2;
    }
    (*v)[(*n)++] = w;
    return 0;
}

int vg_reuse_words(struct vg_arena *a, struct vg_str text, struct vg_word **words,
                   size_t *n_words) {
    return vg_reuse_words_max(a, text, SIZE_MAX, words, n_words);
}

int vg_reuse_words_max(struct vg_arena *a, struct vg_str text, size_t max_words,
                       struct vg_word **words, size_t *n_words) {
    *words = NULL;
    *n_words = 0;
    if (max_words == 0)
        return 0;
    size_t len = text.len > UINT32_MAX ? UINT32_MAX : text.len;
    const unsigned char *s = (const unsigned char *)text.ptr;
    size_t cap = len / 5 + 16, n = 0;
    struct vg_word *v = vg_arena_alloc(a, cap * sizeof *v);
    if (!v)
        return -1;
    size_t i = 0;
    int in_word = 0;
    struct vg_word cur = {0, 0, 0};
    while (i < len) {
        /* ASCII, the common case, without utf8proc: the same words and
         * hashes as the general path below. */
        if (s[i] < 0x80) {
            unsigned lc = ascii_word_lc(s[i]);
            if (lc) {
                if (!in_word) {
                    cur.start = (uint32_t)i;
                    cur.hash = FNV_OFFSET;
                    in_word = 1;
                }
                /* The rest of the word's ASCII letters and digits in one
                 * loop. */
                uint64_t h = cur.hash;
                do {
                    h = (h ^ lc) * FNV_PRIME;
                    i++;
                } while (i < len && s[i] < 0x80 && (lc = ascii_word_lc(s[i])) != 0);
                cur.hash = h;
                /* A byte of a longer character may go on with the word. */
                if (i < len && s[i] >= 0x80)
                    continue;
                cur.end = (uint32_t)i;
                if (i < len)
                    i++; /* the ASCII byte that ended it, no part of a word */
            } else {
                i++;
                if (!in_word)
                    continue;
                cur.end = (uint32_t)(i - 1);
            }
            if (push_word(a, &v, &n, &cap, cur))
                return -1;
            if (n == max_words)
                break;
            in_word = 0;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t step;
        if (s[i] < 0x80) {
            cp = s[i];
            step = 1;
        } else {
            step = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (step <= 0) {
                cp = -1;
                step = 1;
            }
        }
        int w = cp >= 0 && is_word_cp(cp);
        if (w) {
            if (!in_word) {
                cur.start = (uint32_t)i;
                cur.hash = FNV_OFFSET;
                in_word = 1;
            }
            utf8proc_int32_t lc =
                cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : utf8proc_tolower(cp);
            cur.hash = (cur.hash ^ (uint64_t)(uint32_t)lc) * FNV_PRIME;
        }
        if (in_word && (!w || i + (size_t)step >= len)) {
            cur.end = (uint32_t)(w ? i + (size_t)step : i);
            if (push_word(a, &v, &n, &cap, cur))
                return -1;
            if (n == max_words)
                break;
            in_word = 0;
        }
        i += (size_t)step;
    }
    *words = v;
    *n_words = n;
    return 0;
}

int vg_reuse_fingerprints(struct vg_arena *a, const struct vg_word *words, size_t n_words,
                          unsigned k, unsigned w, struct vg_fp **fps, size_t *n_fps) {
    *fps = NULL;
    *n_fps = 0;
    if (k == 0 || w == 0 || n_words < k)
        return 0;
    size_t n_grams = n_words - k + 1;
    uint64_t *h = vg_arena_alloc(a, n_grams * sizeof *h);
    /* At most one fingerprint per window, plus the first. */
    struct vg_fp *out = vg_arena_alloc(a, (n_grams + 1) * sizeof *out);
    if (!h || !out)
        return -1;
    for (size_t i = 0; i < n_grams; i++) {
        uint64_t x = 0;
        for (unsigned j = 0; j < k; j++)
            x = mix64(x * 0x9e3779b97f4a7c15ULL + words[i + j].hash);
        h[i] = x;
    }
    size_t win = w < n_grams ? w : n_grams;
    size_t n = 0, last = SIZE_MAX;
    for (size_t i = 0; i + win <= n_grams; i++) {
        /* Rightmost minimum of the window: the choice that makes the same
         * window in two texts pick the same k-gram. */
        size_t m = i;
        for (size_t j = i + 1; j < i + win; j++)
            if (h[j] <= h[m])
                m = j;
        if (m != last) {
            out[n].hash = h[m];
            out[n].word = (uint32_t)m;
            n++;
            last = m;
        }
    }
    *fps = out;
    *n_fps = n;
    return 0;
}
