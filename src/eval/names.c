/* Comparing the free-text fields of a figure or person when scoring: the
 * names of people (tolerant of the many ways Russian and Kazakh names are
 * written in Latin letters) and the sources figures are attributed to.
 *
 * Names.  The gold writes names transliterated into English (й -> i, е
 * after a vowel -> ye), but reports, and so predictions, use every system
 * in circulation: Chagayev and Chagaev, Tikhonov and Tihonov, Abzhan and
 * Abjan, Tsoi and Tsoy, Yulia and Yuliya, or the Cyrillic itself.  Rather
 * than guess the system, both names are reduced to a skeleton where those
 * systems coincide (rules in eval.h at vg_eval_name_key).  The skeleton
 * merges a few names a person would keep apart (Maria and Mara); for
 * scoring one document's handful of people that costs nothing.
 *
 * Sources.  "Interior Ministry" and "Kazakhstan's Interior Ministry" name
 * the same source, so sources agree when the words of one are all among
 * the other's, leaving out articles and possessive 's. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "vigil/eval.h"
#include "banned.h"

#define MAX_WORDS 32    /* words of a name or source compared; more are ignored */
#define MAX_WORD 120    /* bytes of one word folded; longer words are kept as they are */

/* Latin for the Cyrillic letters left after case folding and stripping
 * marks (so й has become и, ё е, ї і, ў у): Russian as the guidelines
 * write it, plus the Ukrainian, Belarusian, Serbian, Kazakh, Kyrgyz, Tajik
 * and Uzbek letters.  NULL for a letter we keep as it is. */
static const char *cyrillic_latin(int32_t cp) {
    static const char *const basic[32] = {
        "a", "b", "v",  "g",  "d",    "e", "zh", "z", "i", "i",  "k",  "l", "m",  "n",  "o",  "p",
        "r", "s", "t",  "u",  "f",    "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    };
    if (cp >= 0x430 && cp <= 0x44f)
        return basic[cp - 0x430];
    switch (cp) {
    case 0x450: return "e";   /* ѐ */
    case 0x451: return "yo";  /* ё, should marks not be stripped */
    case 0x452: return "dj";  /* ђ */
    case 0x453: return "g";   /* ѓ */
    case 0x454: return "ye";  /* є */
    case 0x455: return "dz";  /* ѕ */
    case 0x456: return "i";   /* і */
    case 0x457: return "yi";  /* ї */
    case 0x458: return "j";   /* ј */
    case 0x459: return "lj";  /* љ */
    case 0x45a: return "nj";  /* њ */
    case 0x45b: return "c";   /* ћ */
    case 0x45c: return "k";   /* ќ */
    case 0x45d: return "i";   /* ѝ */
    case 0x45e: return "u";   /* ў */
    case 0x45f: return "dzh"; /* џ */
    case 0x491: return "g";   /* ґ */
    case 0x493: return "g";   /* ғ */
    case 0x49b: return "k";   /* қ */
    case 0x4a3: return "n";   /* ң */
    case 0x4af: return "u";   /* ү */
    case 0x4b1: return "u";   /* ұ */
    case 0x4b3: return "h";   /* ҳ */
    case 0x4b7: return "j";   /* ҷ */
    case 0x4bb: return "h";   /* һ */
    case 0x4d9: return "a";   /* ә */
    case 0x4e3: return "i";   /* ӣ */
    case 0x4e9: return "o";   /* ө */
    case 0x4ef: return "u";   /* ӯ */
    default: return NULL;
    }
}

static int is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2bc || cp == '`' || cp == 0xb4;
}

static int is_word_cp(int32_t cp) {
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
        return 1;
    default:
        return 0;
    }
}

/* Append one code point of a word to out, folded. */
static int put_cp(struct vg_buf *out, int32_t cp, int translit) {
    if (cp < 0x80)
        return vg_buf_putc(out, (char)cp);
    if (translit) {
        const char *lat = cyrillic_latin(cp);
        if (lat)
            return vg_buf_puts(out, lat);
    }
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
    return n < 0 || !is_word_cp(next);
}

/* Append s folded for comparison to out: case folded, marks stripped,
 * Cyrillic in Latin when `translit`, apostrophes dropped (with a following
 * possessive "s" when `drop_possessive`), and anything not a letter or
 * digit a single space.  Invalid UTF-8 bytes count as spaces. */
static int fold_text(struct vg_str s, int translit, int drop_possessive, struct vg_buf *out) {
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
        if (is_apostrophe(cp)) {
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
            if (!is_word_cp(dc[k])) {
                if (!space && vg_buf_putc(out, ' '))
                    return -1;
                space = 1;
                continue;
            }
            /* The Cyrillic soft and hard signs are letters but leave no
             * trace in Latin. */
            if (translit && (dc[k] == 0x44c || dc[k] == 0x44a))
                continue;
            if (put_cp(out, dc[k], translit))
                return -1;
            space = 0;
        }
    }
    if (out->len && out->ptr[out->len - 1] == ' ')
        out->ptr[--out->len] = '\0';
    return out->toobig ? -1 : 0;
}

/* Split s at spaces into at most `max` words; returns how many. */
static size_t split_words(struct vg_str s, struct vg_str *words, size_t max) {
    size_t n = 0, i = 0;
    while (i < s.len && n < max) {
        while (i < s.len && s.ptr[i] == ' ')
            i++;
        size_t start = i;
        while (i < s.len && s.ptr[i] != ' ')
            i++;
        if (i > start)
            words[n++] = vg_str_make(s.ptr + start, i - start);
    }
    return n;
}

static size_t collapse_doubles(char *w, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (o == 0 || w[o - 1] != w[i] || (unsigned char)w[i] >= 0x80)
            w[o++] = w[i];
    return o;
}

static int starts(const char *w, size_t n, size_t i, const char *pat) {
    size_t k = strlen(pat);
    return i + k <= n && memcmp(w + i, pat, k) == 0;
}

/* Append the skeleton of one folded word (see vg_eval_name_key). */
static int fold_name_word(struct vg_str word, struct vg_buf *out) {
    static const struct {
        const char *from, *to;
    } consonants[] = {
        {"shch", "sh"}, {"sch", "sh"}, {"dzh", "j"}, {"zh", "j"}, {"dj", "j"}, {"kh", "h"},
        {"ts", "c"},    {"tz", "c"},   {"x", "ks"},  {"w", "v"},  {"y", "i"},
    };
    static const struct {
        const char *from, *to;
    } glides[] = {{"ie", "e"}, {"io", "e"}, {"iu", "u"}, {"ia", "a"}};
    char a[2 * MAX_WORD], b[2 * MAX_WORD];
    size_t na = 0, nb = 0;
    if (word.len > MAX_WORD)
        return vg_buf_append(out, word.ptr, word.len);
    for (size_t i = 0; i < word.len;) {
        size_t r;
        for (r = 0; r < sizeof consonants / sizeof consonants[0]; r++)
            if (starts(word.ptr, word.len, i, consonants[r].from))
                break;
        if (r < sizeof consonants / sizeof consonants[0]) {
            size_t k = strlen(consonants[r].to);
            memcpy(a + na, consonants[r].to, k);
            na += k;
            i += strlen(consonants[r].from);
        } else {
            a[na++] = word.ptr[i++];
        }
    }
    na = collapse_doubles(a, na);
    for (size_t i = 0; i < na;) {
        size_t r;
        for (r = 0; r < sizeof glides / sizeof glides[0]; r++)
            if (starts(a, na, i, glides[r].from))
                break;
        if (r < sizeof glides / sizeof glides[0]) {
            b[nb++] = glides[r].to[0];
            i += 2;
        } else {
            b[nb++] = a[i++];
        }
    }
    nb = collapse_doubles(b, nb);
    return vg_buf_append(out, b, nb);
}

int vg_eval_name_key(struct vg_str name, struct vg_buf *out) {
    struct vg_buf folded;
    struct vg_str words[MAX_WORDS];
    vg_buf_init(&folded, 1 << 16);
    int rc = fold_text(name, 1, 0, &folded);
    size_t n = rc ? 0 : split_words(vg_buf_str(&folded), words, MAX_WORDS);
    for (size_t i = 0; i < n && !rc; i++) {
        if (i && vg_buf_putc(out, ' '))
            rc = -1;
        else if (fold_name_word(words[i], out))
            rc = -1;
    }
    vg_buf_release(&folded);
    return rc || out->toobig ? -1 : 0;
}

static int cmp_word(const void *a, const void *b) {
    const struct vg_str *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->ptr, y->ptr, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static int has_word(const struct vg_str *words, size_t n, struct vg_str w) {
    for (size_t i = 0; i < n; i++)
        if (vg_str_eq(words[i], w))
            return 1;
    return 0;
}

/* 1 when every word of a[0..na) is among b[0..nb). */
static int all_in(const struct vg_str *a, size_t na, const struct vg_str *b, size_t nb) {
    for (size_t i = 0; i < na; i++)
        if (!has_word(b, nb, a[i]))
            return 0;
    return 1;
}

int vg_eval_names_match(struct vg_str a, struct vg_str b) {
    struct vg_buf ka, kb;
    struct vg_str wa[MAX_WORDS], wb[MAX_WORDS];
    int tier = 0;
    vg_buf_init(&ka, 1 << 16);
    vg_buf_init(&kb, 1 << 16);
    if (vg_eval_name_key(a, &ka) || vg_eval_name_key(b, &kb) || !ka.len || !kb.len)
        goto out;
    if (vg_str_eq(vg_buf_str(&ka), vg_buf_str(&kb))) {
        tier = 1;
        goto out;
    }
    size_t na = split_words(vg_buf_str(&ka), wa, MAX_WORDS);
    size_t nb = split_words(vg_buf_str(&kb), wb, MAX_WORDS);
    if (na == nb) {
        qsort(wa, na, sizeof wa[0], cmp_word);
        qsort(wb, nb, sizeof wb[0], cmp_word);
        size_t i = 0;
        while (i < na && vg_str_eq(wa[i], wb[i]))
            i++;
        tier = i == na ? 2 : 0;
        goto out;
    }
    /* Words stay in written order here: the longer name's first or last
     * word is its surname (Russian order puts the surname first). */
    const struct vg_str *s = na < nb ? wa : wb, *l = na < nb ? wb : wa;
    size_t ns = na < nb ? na : nb, nl = na < nb ? nb : na;
    if (all_in(s, ns, l, nl) && (has_word(s, ns, l[0]) || has_word(s, ns, l[nl - 1])))
        tier = 3;
out:
    vg_buf_release(&ka);
    vg_buf_release(&kb);
    return tier;
}

/* The words of a source, articles left out. */
static size_t source_words(struct vg_str folded, struct vg_str *words, size_t max) {
    struct vg_str all[MAX_WORDS];
    size_t n = split_words(folded, all, MAX_WORDS), k = 0;
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
    if (fold_text(a, 0, 1, &fa) == 0 && fold_text(b, 0, 1, &fb) == 0) {
        size_t na = source_words(vg_buf_str(&fa), wa, MAX_WORDS);
        size_t nb = source_words(vg_buf_str(&fb), wb, MAX_WORDS);
        agree = na && nb && (all_in(wa, na, wb, nb) || all_in(wb, nb, wa, na));
    }
    vg_buf_release(&fa);
    vg_buf_release(&fb);
    return agree;
}
