/* Comparing the free-text fields of a figure or person when scoring: the
 * names of people, by the transliteration-tolerant keys of
 * vigil/translit.h (src/extract/translit.c), and the sources figures are
 * attributed to.
 *
 * Sources.  "Interior Ministry" and "Kazakhstan's Interior Ministry" name
 * the same source, so sources agree when the words of one are all among
 * the other's, leaving out articles and possessive 's. */
#include <string.h>

#include <utf8proc.h>

#include "vigil/eval.h"
#include "vigil/translit.h"
#include "banned.h"

#define MAX_WORDS 32    /* words of a name or source compared; more are ignored */
#define MAX_WORD 120    /* bytes of one word folded; longer words are kept as they are */

/* Append one code point of a word to out, folded. */
static int put_cp(struct vg_buf *out, int32_t cp) {
    if (cp < 0x80)
        return vg_buf_putc(out, (char)cp);
    uint8_t enc[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, enc);
    return vg_buf_append(out, enc, (size_t)n);
}

/* 1 when s[i..] is an apostrophe + "s" that ends a word (a possessive). */
static int possessive_at(struct vg_str s, size_t i, size_t apos_len) {
    size_t j = i + apos_len;
    if (j >= s.len || (s.ptr[j] != 's' && s.ptr[j] != 'S'))
        return 0;
    if (j + 1 == s.len)
        return 1;
    int32_t next;
    utf8proc_ssize_t n = utf8proc_iterate((const uint8_t *)s.ptr + j + 1,
                                          (utf8proc_ssize_t)(s.len - j - 1), &next);
    return n < 0 || !vg_name_is_word_cp(next);
}

/* Append s folded for comparison to out: case folded, marks stripped,
 * apostrophes dropped (with a following
 * possessive "s" when `drop_possessive`), and anything not a letter or
 * digit a single space.  Invalid UTF-8 bytes count as spaces. */
static int fold_text(struct vg_str s, int drop_possessive, struct vg_buf *out) {
    const utf8proc_option_t opts = UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK;
    size_t i = 0;
    int space = 1;
    while (i < s.len) {
        int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const uint8_t *)s.ptr + i,
                                              (utf8proc_ssize_t)(s.len - i), &cp);
        if (n <= 0) {
            n = 1;
            cp = ' ';
        }
        if (vg_name_is_apostrophe(cp)) {
            if (drop_possessive && possessive_at(s, i, (size_t)n))
                n++;
            i += (size_t)n;
            continue;
        }
        i += (size_t)n;
        int32_t dc[8];
        int boundclass = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, dc, 8, opts, &boundclass);
        if (m <= 0 || m > 8) {
            dc[0] = cp;
            m = 1;
        }
        for (utf8proc_ssize_t k = 0; k < m; k++) {
            if (!vg_name_is_word_cp(dc[k])) {
                if (!space && vg_buf_putc(out, ' '))
                    return -1;
                space = 1;
                continue;
            }
            if (put_cp(out, dc[k]))
                return -1;
            space = 0;
        }
    }
    if (out->len && out->ptr[out->len - 1] == ' ')
        out->ptr[--out->len] = '\0';
    return out->toobig ? -1 : 0;
}


int vg_eval_name_key(struct vg_str name, struct vg_buf *out) { return vg_name_key(name, out); }

int vg_eval_names_match(struct vg_str a, struct vg_str b) { return vg_names_match(a, b); }

/* The words of a source, articles left out. */
static size_t source_words(struct vg_str folded, struct vg_str *words, size_t max) {
    struct vg_str all[MAX_WORDS];
    size_t n = vg_str_split_words(folded, all, MAX_WORDS), k = 0;
    for (size_t i = 0; i < n && k < max; i++)
        if (!vg_str_eq_cstr(all[i], "a") && !vg_str_eq_cstr(all[i], "an") &&
            !vg_str_eq_cstr(all[i], "the"))
            words[k++] = all[i];
    return k;
}

int vg_eval_source_agrees(struct vg_str a, struct vg_str b) {
    struct vg_buf fa, fb;
    struct vg_str wa[MAX_WORDS], wb[MAX_WORDS];
    int agree = 0;
    vg_buf_init(&fa, 1 << 16);
    vg_buf_init(&fb, 1 << 16);
    if (fold_text(a, 1, &fa) == 0 && fold_text(b, 1, &fb) == 0) {
        size_t na = source_words(vg_buf_str(&fa), wa, MAX_WORDS);
        size_t nb = source_words(vg_buf_str(&fb), wb, MAX_WORDS);
        agree = na && nb && (vg_str_words_within(wa, na, wb, nb) || vg_str_words_within(wb, nb, wa, na));
    }
    vg_buf_release(&fa);
    vg_buf_release(&fb);
    return agree;
}
