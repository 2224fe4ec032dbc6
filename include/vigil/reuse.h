/* Text reuse between reports: which passages a report shares with earlier
 * ones.
 *
 * The method is winnowing (Schleimer, Wilkerson and Aiken 2003, the
 * algorithm behind MOSS) over word k-grams: the text is cut into words
 * (letters and digits, lower-cased, punctuation dropped), every run of k
 * consecutive words is hashed, and from every window of w consecutive hashes
 * the smallest is kept (the rightmost on ties).  Two texts that share a run
 * of at least w + k - 1 words are guaranteed to share a kept hash; runs
 * shorter than k words never match.  Kept hashes with their word positions
 * are stored; on ingest, the hashes a new report shares with earlier ones
 * are chained into passages (hits that advance together in both texts), and
 * a pair is recorded when its passages reach a threshold of shared words.
 * See docs/reuse.md for the chosen k, w and threshold and their measured
 * precision and recall. */
#ifndef VIGIL_REUSE_H
#define VIGIL_REUSE_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/str.h"

#define VG_REUSE_K           5  /* words per k-gram */
#define VG_REUSE_W           10 /* k-grams per winnowing window */
#define VG_REUSE_MIN_WORDS   25 /* shared words for a pair to count as reuse */
#define VG_REUSE_MIN_PASSAGE 15 /* words of the shortest passage that counts */
#define VG_REUSE_MAX_DOCS    32 /* a hash in more reports than this is boilerplate */

/* A word of a text. */
struct vg_word {
    uint32_t start; /* byte offset of its first byte */
    uint32_t end;   /* one past its last byte */
    uint64_t hash;  /* hash of its normalised form */
};

/* A kept fingerprint. */
struct vg_fp {
    uint64_t hash; /* hash of the k-gram */
    uint32_t word; /* index of the k-gram's first word */
};

/* The words of text[0..len), in the arena.  Returns 0, or -1 when out of
 * memory.  Texts longer than 4 GiB are cut at 4 GiB. */
int vg_reuse_words(struct vg_arena *a, struct vg_str text, struct vg_word **words, size_t *n_words);

/* The first max_words words of text (all of them when it has fewer), as
 * vg_reuse_words gives them.  Returns 0, or -1 when out of memory. */
int vg_reuse_words_max(struct vg_arena *a, struct vg_str text, size_t max_words,
                       struct vg_word **words, size_t *n_words);

/* The winnowed fingerprints of the words, in the arena, in order of
 * position, with k-grams of k words and windows of w k-grams.  Fewer than
 * k words yield none.  Returns 0 or -1 when out of memory. */
int vg_reuse_fingerprints(struct vg_arena *a, const struct vg_word *words, size_t n_words,
                          unsigned k, unsigned w, struct vg_fp **fps, size_t *n_fps);

/* A hit: a fingerprint found at `word` here and `other_word` in the other text. */
struct vg_reuse_hit {
    uint32_t word;
    uint32_t other_word;
};

/* A passage in word positions. */
struct vg_word_passage {
    uint32_t start, end;             /* words [start, end) here */
    uint32_t other_start, other_end; /* words [start, end) in the other text */
    uint32_t n_hits;                 /* fingerprints that made it */
};

/* Chain the hits with one other text into passages: hits join a passage
 * when they advance in both texts by at most `gap` words.  Passages shorter
 * than min_words are dropped.  Returns the number of passages (written to
 * *out in the arena, ordered by position here), or -1 when out of memory.
 * `hits` is sorted in place. */
long vg_reuse_passages(struct vg_arena *a, struct vg_reuse_hit *hits, size_t n_hits, unsigned k,
                       unsigned gap, unsigned min_words, struct vg_word_passage **out);

/* Grow each passage word by word at both ends while the two texts' words
 * agree (so a passage spans the whole copied run, not just the k-grams
 * winnowing kept), then merge passages that came to overlap and drop those
 * shorter than min_words.  `here`/`there` are the words of this text and the
 * other.  Returns the number of passages left in p. */
size_t vg_reuse_extend(struct vg_word_passage *p, size_t n, const struct vg_word *here,
                       size_t n_here, const struct vg_word *there, size_t n_there,
                       unsigned min_words);

/* Words covered by the passages here (overlaps counted once). */
uint32_t vg_reuse_covered(const struct vg_word_passage *p, size_t n);

#endif
