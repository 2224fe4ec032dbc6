/* Tokenizer.  ASCII takes a table-driven fast path; other code points go
 * through utf8proc for their category and lower case.  Invalid UTF-8 bytes
 * separate tokens and are reported, never read as letters. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "token.h"
#include "word_list.h"
#include "banned.h"

enum { C_OTHER = 0, C_SPACE, C_NL, C_DIGIT, C_UPPER, C_LOWER, C_HIGH };

static unsigned char ascii_class[256];
/* The table is filled once, before any thread reads it: the ingest
 * pipeline tokenizes on a worker thread (checking a filled entry instead
 * would let a second thread read a half-filled table). */
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;

static void fill_classes(void) {
    for (int c = 0; c < 256; c++) {
        unsigned char k = C_OTHER;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            k = C_SPACE;
        else if (c == '\n')
            k = C_NL;
        else if (c >= '0' && c <= '9')
            k = C_DIGIT;
        else if (c >= 'A' && c <= 'Z')
            k = C_UPPER;
        else if (c >= 'a' && c <= 'z')
            k = C_LOWER;
        else if (c >= 0x80)
            k = C_HIGH;
        ascii_class[c] = k;
    }
}

static void init_classes(void) { pthread_once(&classes_once, fill_classes); }

/* Decode one code point at s[i] (i < len); returns its length in bytes, or
 * 0 when the bytes are not valid UTF-8. */
static size_t decode(const char *s, size_t len, size_t i, int32_t *cp) {
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), cp);
    return n > 0 ? (size_t)n : 0;
}

static int is_unicode_space(int32_t cp) {
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

static int is_unicode_letter(int32_t cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

static int is_apostrophe(const char *s, size_t len, size_t i, size_t *n) {
    if (s[i] == '\'') {
        *n = 1;
        return 1;
    }
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
        *n = 3;
        return 1;
    }
    return 0;
}

/* letter_at for a code point outside ASCII and Russian Cyrillic: utf8proc
 * tells its category. */
static int letter_at_other(const char *s, size_t len, size_t i, size_t *n, int *upper) {
    int32_t cp;
    size_t m = decode(s, len, i, &cp);
    if (!m || !is_unicode_letter(cp))
        return 0;
    *n = m;
    *upper = utf8proc_isupper(cp);
    return 1;
}

/* Is s[i] the start of a letter?  Sets *n to its byte length and *upper.
 * Inline: ASCII letters are told by the table alone, Russian letters by
 * their two bytes; only other scripts cost a call. */
static inline int letter_at(const char *s, size_t len, size_t i, size_t *n, int *upper) {
    unsigned char c = (unsigned char)s[i];
    unsigned char k = ascii_class[c];
    if (k == C_UPPER || k == C_LOWER) {
        *n = 1;
        *upper = k == C_UPPER;
        return 1;
    }
    if (k != C_HIGH)
        return 0;
    if (i + 1 < len && ((c == 0xD0 && ((unsigned char)s[i + 1] & 0xC0) == 0x80) ||
                        (c == 0xD1 && (unsigned char)s[i + 1] >= 0x80 &&
                         (unsigned char)s[i + 1] <= 0x9F))) {
        /* U+0400-U+045F, the Cyrillic letters of Russian and its
         * neighbours: upper case up to U+042F. */
        *n = 2;
        *upper = c == 0xD0 && (unsigned char)s[i + 1] <= 0xAF;
        return 1;
    }
    return letter_at_other(s, len, i, n, upper);
}

/* Is the two-byte letter at s[i] (letter_at) one of the Russian alphabet:
 * А..я (U+0410..U+044F), Ё or ё? */
static int russian_letter(const char *s, size_t i) {
    unsigned char c = (unsigned char)s[i], d = (unsigned char)s[i + 1];
    return (c == 0xD0 && (d >= 0x90 || d == 0x81)) || (c == 0xD1 && (d <= 0x8F || d == 0x91));
}

/* Are s[i], s[i + 1] a small letter of the Russian alphabet but ё: а..я
 * (U+0430..U+044F), which fold to themselves? */
static int small_russian(const char *s, size_t i) {
    unsigned char c = (unsigned char)s[i], d = (unsigned char)s[i + 1];
    return (c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x8F);
}

/* A hyphen at the end of a line followed by a lower-case letter: the PDF
 * split "in-\njured".  Returns the offset of the continuation, or 0. */
static size_t soft_hyphen_continuation(const char *s, size_t len, size_t i) {
    if (s[i] != '-')
        return 0;
    size_t j = i + 1;
    while (j < len && (s[j] == ' ' || s[j] == '\r'))
        j++;
    if (j >= len || s[j] != '\n')
        return 0;
    j++;
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    size_t n;
    int upper;
    if (j < len && letter_at(s, len, j, &n, &upper) && !upper)
        return j;
    return 0;
}

/* Make room for more tokens in l.  Returns 0, or -1 when out of memory. */
static int grow(struct token_list *l) {
    struct token *v = vg_grow_array(l->v, &l->cap, sizeof *v, 256);
    if (!v)
        return -1;
    l->v = v;
    return 0;
}

int token_fold_is(struct vg_str fold, const char *folded) {
    return vg_str_eq_cstr(fold, folded);
}

void token_list_release(struct token_list *l) {
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* Lower-case fold of a word spanning s[a, b), skipping a soft-hyphen break
 * when `joined`.  Points into the text when nothing changes; else the fold
 * is written to `scratch` and *hash gets its lexicon_hash, taken as the
 * bytes are written. */
static int fold_word(const char *s, size_t a, size_t b, int needs_copy, struct vg_arena *scratch,
                     struct vg_str *out, uint32_t *hash) {
    if (!needs_copy) {
        *out = vg_str_make(s + a, b - a);
        return 0;
    }
    char *p = vg_arena_alloc(scratch, (b - a) * 2 + 4);
    if (!p)
        return -1;
    size_t o = 0;
    uint32_t h = LEXICON_HASH_INIT;
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c == '-' && soft_hyphen_continuation(s, b, i)) {
                i = soft_hyphen_continuation(s, b, i);
                continue;
            }
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            p[o++] = (char)c;
            h = lexicon_hash_step(h, c);
            i++;
            continue;
        }
        if ((c == 0xD0 || c == 0xD1) && i + 1 < b && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            /* U+0400-U+047F, Russian and its neighbours: lower case as
             * utf8proc_tolower gives it, ё as е, without the tables. */
            unsigned cp = ((c & 0x1Fu) << 6) | ((unsigned char)s[i + 1] & 0x3Fu);
            if (cp >= 0x410 && cp <= 0x42F)
                cp += 0x20;
            else if (cp >= 0x400 && cp <= 0x40F)
                cp += 0x50;
            if (cp == 0x451)
                cp = 0x435;
            if (cp < 0x460) {
                unsigned char b0 = (unsigned char)(0xC0 | (cp >> 6));
                unsigned char b1 = (unsigned char)(0x80 | (cp & 0x3F));
                p[o++] = (char)b0;
                p[o++] = (char)b1;
                h = lexicon_hash_step(lexicon_hash_step(h, b0), b1);
                i += 2;
                continue;
            }
        }
        int32_t cp;
        size_t m = decode(s, b, i, &cp);
        if (!m) {
            i++;
            continue;
        }
        if (cp == 0x2019 || cp == 0x2018)
            cp = '\'';
        cp = utf8proc_tolower(cp);
        if (cp == 0x0451) /* ё reads as е in lexicons */
            cp = 0x0435;
        size_t k = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)p + o);
        for (size_t e = o; e < o + k; e++)
            h = lexicon_hash_step(h, (unsigned char)p[e]);
        o += k;
        i += m;
    }
    *out = vg_str_make(p, o);
    *hash = h;
    return 0;
}

/* fold_head of a token's fold.  A fold that lies in the text with eight
 * bytes of it from its start (most: small words and numbers, as written)
 * is read with one load on a little-endian machine, the bytes past its
 * first seven or its end masked off. */
static uint64_t token_head(struct vg_str text, struct vg_str fold) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uintptr_t p = (uintptr_t)fold.ptr, t = (uintptr_t)text.ptr;
    if (p >= t && p - t + 8 <= text.len) {
        uint64_t h;
        memcpy(&h, fold.ptr, 8);
        size_t n = fold.len < 7 ? fold.len : 7;
        h &= ((uint64_t)1 << (8 * n)) - 1;
        return h | (uint64_t)(fold.len < 255 ? fold.len : 255) << 56;
    }
#endif
    return fold_head(fold.ptr, fold.len);
}

/* What scan_word learns of a word. */
struct word_scan {
    int needs_copy; /* the fold differs from the text: capitals, other scripts, ... */
    int n_upper;    /* upper-case letters */
    int n_letters;  /* letters */
    int joined;     /* joined across a soft hyphen */
    int plain;      /* ASCII and Russian letters only (TF_PLAIN) */
    uint32_t hash;  /* lexicon_hash of the text; of the fold too when !needs_copy */
};

/* Scan a word starting at s[i]; returns its end and fills *w.  The hash of
 * the bytes is taken on the way, so a word in small ASCII letters, the
 * most common kind, is looked up without being read again. */
static size_t scan_word(const char *s, size_t end, size_t i, struct word_scan *w) {
    w->needs_copy = 0;
    w->n_upper = 0;
    w->n_letters = 0;
    w->joined = 0;
    w->plain = 1;
    uint32_t h = LEXICON_HASH_INIT;
    while (i < end) {
        size_t n;
        int upper;
        unsigned char k = ascii_class[(unsigned char)s[i]];
        if (k == C_LOWER) { /* the common case, as letter_at would read it */
            size_t j = i;
            do
                h = lexicon_hash_step(h, (unsigned char)s[j++]);
            while (j < end && ascii_class[(unsigned char)s[j]] == C_LOWER);
            w->n_letters += (int)(j - i);
            i = j;
            continue;
        }
        if (k == C_UPPER) {
            w->needs_copy = 1;
            w->n_upper++;
            w->n_letters++;
            i++;
            continue;
        }
        if (k == C_SPACE || k == C_NL || (k == C_OTHER && s[i] != '\'' && s[i] != '-'))
            break; /* the common ends of a word, as the tests below read them */
        if (k == C_HIGH && i + 1 < end && small_russian(s, i)) {
            /* The common case of Russian text, as letter_at would read it:
             * its fold is itself (fold_word's), so it needs no copy. */
            h = lexicon_hash_step(lexicon_hash_step(h, (unsigned char)s[i]),
                                  (unsigned char)s[i + 1]);
            w->n_letters++;
            i += 2;
            continue;
        }
        if (letter_at(s, end, i, &n, &upper)) {
            if (upper || n > 1)
                w->needs_copy = 1;
            if (n > 1 && !russian_letter(s, i))
                w->plain = 0;
            w->n_upper += upper;
            w->n_letters++;
            i += n;
            continue;
        }
        if (k == C_DIGIT && w->n_letters) {
            w->plain = 0;
            h = lexicon_hash_step(h, (unsigned char)s[i]);
            i++;
            continue;
        }
        size_t an;
        if (is_apostrophe(s, end, i, &an) && i + an < end) {
            /* "'s" after a word is a token of its own; other inner
             * apostrophes (don't, O'Brien) stay in the word. */
            size_t j = i + an, m;
            int up;
            if ((s[j] == 's' || s[j] == 'S') &&
                (j + 1 >= end || !letter_at(s, end, j + 1, &m, &up)))
                break;
            if (letter_at(s, end, j, &m, &up)) {
                w->plain = 0;
                if (an > 1)
                    w->needs_copy = 1;
                else
                    h = lexicon_hash_step(h, '\'');
                i = j;
                continue;
            }
            break;
        }
        size_t cont = soft_hyphen_continuation(s, end, i);
        if (cont) {
            w->needs_copy = 1;
            w->joined = 1;
            w->plain = 0;
            i = cont;
            continue;
        }
        break;
    }
    w->hash = h;
    return i;
}

/* Fold of one punctuation code point. */
static const char *punct_fold(int32_t cp, uint8_t *flags) {
    switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x2014: case 0x2015:
        *flags |= TF_EMDASH;
        return "-";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033:
        return "\"";
    case 0x2018: case 0x2019: case 0x201A: case 0x2032:
        return "'";
    case 0x2026:
        return "...";
    case 0x2022: case 0x25CF: case 0x25AA: case 0x00B7:
        return "*";
    case 0x2116:
        return "no";
    default:
        return NULL;
    }
}

int tokenize(const struct lexicon *lx, struct vg_str text, size_t start, size_t end,
             struct vg_arena *scratch, struct token_list *out, size_t *bad_utf8) {
    init_classes();
    const char *s = text.ptr;
    if (end > text.len)
        end = text.len;
    out->n = 0;
    if (bad_utf8)
        *bad_utf8 = SIZE_MAX;
    uint8_t pending = 0;
    size_t i = start;
    while (i < end) {
        unsigned char c = (unsigned char)s[i];
        unsigned char k = ascii_class[c];
        if (k == C_SPACE) {
            pending |= (pending & TF_SPACE) || c == '\t' ? TF_SPACE | TF_GAP : TF_SPACE;
            i++;
            continue;
        }
        if (k == C_NL) {
            pending |= TF_SPACE | TF_NL;
            i++;
            continue;
        }
        if ((c == '*' || c == '_') && i + 1 < end && s[i + 1] == (char)c) {
            /* "**612**", "__three__": marks of emphasis, no token; a single
             * "*" is a bullet and stays one */
            while (i < end && s[i] == (char)c)
                i++;
            continue;
        }
        /* The token is made in its place in the list. */
        if (out->n == out->cap && grow(out))
            return VG_ENOMEM;
        struct token *t = &out->v[out->n];
        memset(t, 0, sizeof *t);
        t->start = (uint32_t)i;
        t->flags = pending;
        pending = 0;
        size_t n;
        int upper;
        uint32_t hash = 0;  /* lexicon_hash of the fold, when hash_known */
        int hash_known = 0;
        if (k == C_DIGIT) {
            size_t j = i + 1;
            while (j < end) {
                if (ascii_class[(unsigned char)s[j]] == C_DIGIT)
                    j++;
                else if ((s[j] == ',' || s[j] == '.') && j + 1 < end &&
                         ascii_class[(unsigned char)s[j + 1]] == C_DIGIT)
                    j += 2;
                else
                    break;
            }
            t->kind = TK_NUM;
            t->end = (uint32_t)j;
            t->fold = vg_str_make(s + i, j - i);
            i = j;
        } else if (letter_at(s, end, i, &n, &upper)) {
            struct word_scan w;
            size_t j = scan_word(s, end, i, &w);
            t->kind = TK_WORD;
            t->end = (uint32_t)j;
            if (upper)
                t->flags |= TF_CAP;
            if (w.n_upper == w.n_letters && w.n_letters > 1)
                t->flags |= TF_UPPER;
            if (w.joined)
                t->flags |= TF_JOINED;
            if (w.plain)
                t->flags |= TF_PLAIN;
            hash = w.hash; /* fold_word replaces it by the fold's when it copies */
            if (fold_word(s, i, j, w.needs_copy, scratch, &t->fold, &hash))
                return VG_ENOMEM;
            hash_known = 1;
            i = j;
        } else {
            size_t an;
            if (is_apostrophe(s, end, i, &an) && i + an < end &&
                (s[i + an] == 's' || s[i + an] == 'S') && out->n &&
                out->v[out->n - 1].kind == TK_WORD && !(t->flags & TF_SPACE)) {
                t->kind = TK_WORD;
                t->end = (uint32_t)(i + an + 1);
                t->fold = VG_STR("'s");
                i += an + 1;
            } else if (c < 0x80) {
                t->kind = TK_PUNCT;
                t->end = (uint32_t)(i + 1);
                t->fold = vg_str_make(s + i, 1);
                i++;
            } else {
                int32_t cp;
                size_t m = decode(s, end, i, &cp);
                if (!m) {
                    if (bad_utf8 && *bad_utf8 == SIZE_MAX)
                        *bad_utf8 = i;
                    pending |= TF_SPACE;
                    i++;
                    continue;
                }
                if (is_unicode_space(cp)) {
                    pending |= TF_SPACE | (cp == 0x2028 || cp == 0x2029 ? TF_NL : 0);
                    i += m;
                    continue;
                }
                const char *f = punct_fold(cp, &t->flags);
                t->kind = TK_PUNCT;
                t->end = (uint32_t)(i + m);
                t->fold = f ? vg_str_cstr(f) : vg_str_make(s + i, m);
                i += m;
            }
        }
        t->hash = hash;
        t->head = token_head(text, t->fold);
        t->key = (uint16_t)word_key(t->head);
        if (t->fold.len == 1 && (unsigned char)t->fold.ptr[0] < 0x80)
            t->word = lx->ascii_word[(unsigned char)t->fold.ptr[0]];
        else if (t->kind == TK_NUM && !lx->digit_words)
            t->word = 0;
        else if (hash_known)
            t->word = lexicon_word_hashed(lx, t->fold.ptr, t->fold.len, hash);
        else
            t->word = lexicon_word(lx, t->fold.ptr, t->fold.len);
        if (t->fold.len == 4 && t->kind == TK_WORD && (t->flags & TF_CAP) &&
            !(t->flags & TF_UPPER) && out->n > 0 && token_fold_is(t->fold, "said")) {
            const struct token *p = &out->v[out->n - 1];
            if (p->kind == TK_WORD && (p->flags & TF_CAP) && !(p->flags & TF_UPPER) &&
                p->end < t->start)
                t->word = 0; /* "Halima Said": a surname after a given name, no verb */
        }
        if (t->word && lx->cats)
            t->cats = lx->cats[t->word];
        out->n++;
    }
    return VG_OK;
}
