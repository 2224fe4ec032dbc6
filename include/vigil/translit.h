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

/* A name's keys, worked out once for a name compared with many.  The
 * masks have bit (b % 64) set for each byte b: they rule out most pairs of
 * names without reading the keys. */
struct vg_name_keys {
    struct vg_str key;    /* vg_name_key; empty when it has no letters */
    struct vg_str key_jy; /* vg_name_key_jy, when has_j */
    int has_j;            /* the name holds a Latin j */
    uint64_t all, first;  /* masks of key's bytes and of its first word's */
    uint64_t all_jy, first_jy; /* the same of key_jy */
};

/* Fill *out with the keys of `name`, their bytes in arena `a`.  Returns 0,
 * or -1 when the arena refused them. */
int vg_name_keys_make(struct vg_arena *a, struct vg_str name, struct vg_name_keys *out);

/* vg_names_match of the two names whose keys these are. */
int vg_name_keys_match(const struct vg_name_keys *a, const struct vg_name_keys *b);

/* Append to `out` a person's name in English letters, as the guidelines
 * write it: the Cyrillic letters romanised, everything else (Latin
 * letters, spaces, hyphens, dots of initials) copied as it is.  The table
 * is the English one of the press: а a, б b, в v, г g, д d, ж zh, з z,
 * и i, й i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh,
 * ц ts, ч ch, ш sh, щ shch, ы y, э e, ю yu, я ya; ь and ъ leave nothing
 * (y before и: Ильин Ilyin); е is ye after a vowel, ь or ъ (Алиев Aliyev)
 * and e elsewhere, at a word's start too (Ерлан Erlan); ё is yo, but e
 * after ж ч ш щ (Горбачёв Gorbachev); a word's final -ий or -ый is y (Дмитрий Dmitry, but Мария
 * Mariya).  Kazakh and Kyrgyz letters lose their marks
 * (ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i); the other Cyrillic
 * letters follow the table of vg_name_key.  A capital gives a capitalised
 * Latin letter group (Ж Zh), or an upper-case one inside a word in
 * capitals (ЖАНАР ZHANAR).  Invalid UTF-8 is copied byte for byte.  The
 * result of a name without Cyrillic is the name itself.  Returns 0, or -1
 * when `out` refused the bytes. */
int vg_name_romanise(struct vg_str name, struct vg_buf *out);

/* vg_name_romanise into the arena: *out is `name` itself when it has no
 * Cyrillic letter, else a copy in `a` (NUL-terminated).  Returns 0, or -1
 * when the arena refused the bytes (*out is then `name`). */
int vg_name_romanise_arena(struct vg_arena *a, struct vg_str name, struct vg_str *out);

#endif
