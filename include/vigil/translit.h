/* Person names across scripts: one comparison key for a name written in
 * Cyrillic or in any of the Latin romanisations in circulation, so that
 * "Махамбет Абжан", "Makhambet Abzhan" and "Mahambet Abjan" are seen to be
 * one person.  Used by extraction, to merge the mentions of a person within
 * a report, and by eval, to match predicted persons with gold ones. */
#ifndef VIGIL_TRANSLIT_H
#define VIGIL_TRANSLIT_H

#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/str.h"

/* Append to `out` the comparison key of a person's name.  The name is
 * case folded (utf8proc), accents dropped, Cyrillic (Russian, Kazakh,
 * Ukrainian, Belarusian, Kyrgyz letters) transliterated by a fixed table,
 * soft and hard signs and apostrophes dropped, other punctuation a word
 * break; then each word is reduced to a skeleton where the romanisation
 * systems coincide: shch/sch -> sh, dzh/zh/dj -> j, kh -> h, ts/tz -> c,
 * x -> ks, w -> v, q -> k, gh -> g, y -> i, a j after a vowel and before a
 * consonant or the end -> i (Andrej), doubled letters single, and
 * ie/io/iu/ia -> e/e/u/a (so ya/ia, yu/iu, yo/e, -iy/-ii/-y meet).  Words
 * are joined by one space, in written order.  "Chagayev" and "Чагаев"
 * both give "chagaev".  Returns 0, or -1 when `out` refused the bytes. */
int vg_name_key(struct vg_str name, struct vg_buf *out);

/* The same key reading every Latin j before a vowel as y (the German,
 * Polish and Czech j of "Julija", "Jana"), where vg_name_key reads it as
 * zh (the Kazakh j of "Janar", "Abjan").  Names without a j get the same
 * key from both.  Returns 0 or -1 as vg_name_key. */
int vg_name_key_jy(struct vg_str name, struct vg_buf *out);

/* How two person names match: 0 not at all, 1 the same key (under either
 * reading of j), 2 the same key words in another order ("Ivanov Ivan" and
 * "Ivan Ivanov"), 3 all words of the shorter among the longer's, including
 * the longer's first or last word (a surname alone, "Ivanov", matches "Ivan
 * Petrovich Ivanov").  Names with no letters match nothing.  The key tells
 * Ivanov from Ivanova and Marat from Murat, but merges a few names a person
 * would keep apart (Maria and Mara, Aliya and Alla). */
int vg_names_match(struct vg_str a, struct vg_str b);

/* The characters names are read by, for callers folding text the same way
 * (eval's comparison of sources): an apostrophe of any typography (dropped
 * inside a word), and a letter or digit (the rest separates words). */
int vg_name_is_apostrophe(int32_t cp);
int vg_name_is_word_cp(int32_t cp);

/* A name's keys, worked out once for a name compared with many. */
struct vg_name_keys {
    struct vg_str key;    /* vg_name_key; empty when it has no letters */
    struct vg_str key_jy; /* vg_name_key_jy, when has_j */
    int has_j;            /* the name holds a Latin j */
};

/* Fill *out with the keys of `name`, their bytes in arena `a`.  Returns 0,
 * or -1 when the arena refused them. */
int vg_name_keys_make(struct vg_arena *a, struct vg_str name, struct vg_name_keys *out);

/* vg_names_match of the two names whose keys these are. */
int vg_name_keys_match(const struct vg_name_keys *a, const struct vg_name_keys *b);

#endif
