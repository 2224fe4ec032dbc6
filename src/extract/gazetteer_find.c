/* Finding place names in running text (vg_gazetteer_find).
 *
 * The text is cut into words: runs of letters, digits and marks, with a
 * hyphen, apostrophe or full stop kept inside when a letter follows
 * ("Nur-Sultan", "Kazakhstan's", "U.S").  A name starts at a capitalised
 * word and runs over at most MAX_SPAN words separated by white space (a
 * full stop may end an abbreviation: "St. Petersburg"); later words may be
 * lower case ("Rio de Janeiro", "Мангистауской области").  At each
 * capitalised word the longest span the gazetteer knows wins, trying for
 * each span its folded form, the form without an English possessive, and
 * for Cyrillic the Russian case-ending variants (gaz_stem_variants).
 *
 * A name of one word is refused when it is on the stop-list (common words
 * that are also towns: "Police", "Mobile", "March"), when every place it
 * names is a small town, or when it has fewer than three letters (unless it
 * is a country written in capitals: "UK").  A hyphenated word that is no
 * name is tried by its first part, so "Moscow-based" finds Moscow.  A name
 * of one word (not a country) with a capitalised word after it that no
 * place's or institution's name takes ("Ada Kowal", "Florence Ode") is a
 * person's first name and surname: neither is a place. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "vigil/gazetteer.h"
#include "gazetteer_int.h"
#include "word_list.h"
#include "banned.h"

#define MAX_SPAN 4
#define MAX_VARIANTS 64

/* name_words reads a count of GAZ_WORDS_MAX as "that many or more". */
_Static_assert(MAX_SPAN <= GAZ_WORDS_MAX, "a span longer than the gazetteer counts");

/* A word of a fixed list with its length, so a list is matched without
 * strlen. */
struct word {
    const char *s; /* the word */
    size_t len;    /* its bytes */
};
#define W(x) {x, sizeof x - 1}

struct tok {
    size_t start, end; /* bytes of the word */
    size_t hyphen;     /* offset of its first hyphen, or 0 */
    int upper;         /* starts with a capital letter */
    int caps;          /* has no lower-case letter */
    int dotted;        /* has a full stop inside ("U.S") */
    int ascii;         /* every byte is ASCII (then it folds to its lower case) */
};

static utf8proc_int32_t decode(const char *s, size_t len, size_t i, size_t *n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    if ((c == 0xD0 || c == 0xD1) && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        *n = 2; /* Cyrillic, the common case of Russian text */
        return ((c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k < 1) {
        *n = 1;
        return -1;
    }
    *n = (size_t)k;
    return cp;
}

static int is_word_cp(utf8proc_int32_t cp) {
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp >= 0x400 && cp <= 0x45F)
        return 1; /* the Cyrillic letters of Russian and its neighbours */
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
        return 1;
    default:
        return 0;
    }
}

static int is_letter_cp(utf8proc_int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp >= 0x400 && cp <= 0x45F)
        return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_upper_cp(utf8proc_int32_t cp) {
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0x400 && cp <= 0x45F)
        return cp <= 0x42F;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_lower_cp(utf8proc_int32_t cp) {
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    if (cp >= 0x400 && cp <= 0x45F)
        return cp >= 0x430;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_joiner(utf8proc_int32_t cp) {
    return cp == '-' || cp == '\'' || cp == '.' || cp == 0x2019 || cp == 0x2018 ||
           cp == 0x02BC || cp == 0x2010 || cp == 0x2011;
}

/* Classes of bytes for skip_plain and next_token: an ASCII letter or
 * digit (BYTE_ALNUM), a byte a name may start at, a capital or any byte
 * beyond ASCII (BYTE_STOP), a joiner that may continue a word (BYTE_JOIN). */
enum { BYTE_ALNUM = 1, BYTE_STOP = 2, BYTE_JOIN = 4 };
static const unsigned char byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x10 */
    0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 4, 4, 0,  /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,  /* 0x30 */
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  /* 0x40 */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,  /* 0x50 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x70 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x80 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x90 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xA0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xB0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xC0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xD0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xE0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xF0 */
};

/* The next word starting at or after byte i; 0 when there is none. */
static int next_token(const char *s, size_t len, size_t i, struct tok *t) {
    size_t n;
    utf8proc_int32_t cp = -1;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9')) {
            i++; /* ASCII that is no letter or digit */
            continue;
        }
        if (c < 0x80) {
            cp = c; /* an ASCII letter or digit: a word starts (decode's first case) */
            break;
        }
        cp = decode(s, len, i, &n);
        if (is_word_cp(cp))
            break;
        i += n;
    }
    if (i >= len)
        return 0;
    memset(t, 0, sizeof *t);
    t->start = i;
    t->upper = is_upper_cp(cp);
    t->caps = 1;
    t->ascii = 1;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            unsigned cls = byte_class[c];
            if (cls & BYTE_ALNUM) {
                /* An ASCII letter or digit goes on (as the general path
                 * below reads them); only a small letter, from 'a' up, is
                 * lower case. */
                if (c >= 'a')
                    t->caps = 0;
                i++;
                continue;
            }
            if (!(cls & BYTE_JOIN))
                break; /* other ASCII but a joiner ends the word */
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < len &&
                   ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
                   (c == 0xD0 || (unsigned char)s[i + 1] < 0xA0)) {
            /* A Russian letter, U+0400-U+045F (decode's first case), the
             * bulk of Russian text: a word letter, lower case from U+0430. */
            if (c == 0xD1 || (unsigned char)s[i + 1] >= 0xB0)
                t->caps = 0;
            t->ascii = 0;
            i += 2;
            continue;
        }
        cp = decode(s, len, i, &n);
        if (is_word_cp(cp)) {
            if (is_lower_cp(cp))
                t->caps = 0;
            t->ascii &= cp < 0x80;
            i += n;
            continue;
        }
        size_t n2;
        if (is_joiner(cp) && i + n < len && is_letter_cp(decode(s, len, i + n, &n2))) {
            if (cp == '.')
                t->dotted = 1;
            if (cp != '.' && cp != '\'' && cp != 0x2019 && cp != 0x2018 && cp != 0x02BC &&
                !t->hyphen)
                t->hyphen = i;
            t->ascii &= cp < 0x80;
            i += n;
            continue;
        }
        break;
    }
    t->end = i;
    return 1;
}

/* 1 when the bytes between two words let a name run on: white space with at
 * most one line break, after at most one full stop. */
static int gap_ok(const char *s, size_t len, size_t from, size_t to) {
    size_t i = from, n;
    int spaces = 0, breaks = 0;
    if (i < to && s[i] == '.')
        i++;
    while (i < to) {
        utf8proc_int32_t cp = decode(s, len, i, &n);
        if (cp == '\n')
            breaks++;
        else if (!(cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0))
            return 0;
        spaces++;
        i += n;
    }
    return spaces > 0 && breaks <= 1;
}

struct first_hit {
    const struct vg_gazetteer *g; /* the table */
    int32_t head;                 /* the chain found, or -1 */
};

static int stem_hit(const char *key, size_t key_len, void *ctx) {
    struct first_hit *h = ctx;
    h->head = gaz_chain(h->g, key, key_len);
    return h->head >= 0;
}

static size_t count_letters(const char *key, size_t key_len) {
    size_t n = 0;
    for (size_t i = 1; i < key_len; i++)
        n += ((unsigned char)key[i] & 0xC0) != 0x80;
    return n;
}

/* The folded keys of the spans of words that start at one word: the span
 * of k words is the first len[k - 1] bytes of one fold of the text from the
 * first word to the last (fold maps each code point on its own and writes
 * white space before the next letter only), so each word is folded once
 * however many spans hold it. */
struct span_keys {
    char key[KEY_MAX + 2];  /* the fold, namespace byte first; two bytes spare,
                               so a span whose possessive is cut off still fits */
    struct gaz_folder f;    /* folding into key */
    size_t len[MAX_SPAN];   /* fold length through word k, or 0 when it does
                               not fit in key */
    size_t cyr_at;          /* offset of the first Cyrillic lead byte in key, or
                               SIZE_MAX */
};

/* Start the keys at word t (its bytes s[t->start, t->end)). */
static void keys_start(struct span_keys *k, const char *s, const struct tok *t) {
    gaz_fold_start(&k->f, KEY_NAME, k->key, sizeof k->key);
    k->cyr_at = SIZE_MAX;
    k->len[0] = 0;
    size_t from = k->f.o, n = t->end - t->start;
    if (t->ascii && n <= sizeof k->key - from) {
        /* Letters, digits and joiners of ASCII, most words of English
         * text: their fold is their lower case (gaz_fold_more's tight
         * loop), with no Cyrillic to look for. */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[t->start + i];
            k->key[from + i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        k->f.o = from + n;
        k->len[0] = k->f.o;
        return;
    }
    if (gaz_fold_more(&k->f, s + t->start, t->end - t->start) == 0)
        k->len[0] = k->f.o;
    for (size_t i = from; i < k->len[0] && k->cyr_at == SIZE_MAX; i++)
        if ((unsigned char)k->key[i] == 0xD0 || (unsigned char)k->key[i] == 0xD1)
            k->cyr_at = i;
}

/* Extend the keys to word n (0-based), which follows word n - 1 at `from`:
 * the gap between them and the word itself are folded on. */
static void keys_extend(struct span_keys *k, const char *s, size_t from, const struct tok *t,
                        size_t n) {
    size_t o = k->f.o;
    k->len[n] = 0;
    if (k->len[n - 1] && gaz_fold_more(&k->f, s + from, t->end - from) == 0)
        k->len[n] = k->f.o;
    for (size_t i = o; i < k->len[n] && k->cyr_at == SIZE_MAX; i++)
        if ((unsigned char)k->key[i] == 0xD0 || (unsigned char)k->key[i] == 0xD1)
            k->cyr_at = i;
}

/* What gaz_fold(KEY_NAME, ...) would return for a key of n bytes made as
 * above: n, or 0 when that is too long or holds no letter. */
static size_t key_fits(size_t n) { return n > 1 && n <= KEY_MAX ? n : 0; }

/* 0 when no name can start with the word t, whose key keys->key[0..n)
 * is (n 0: it has none), else the most words a name starting with it may
 * have (MAX_SPAN when that is not known): every key tried from it (the
 * spans of 1 to MAX_SPAN words, without a possessive, with a full stop,
 * the part before a hyphen) has the first word of fold(t), as the gap
 * between words folds to a space or starts with a full stop, a possessive
 * or hyphen follows an apostrophe or hyphen, and folding maps each code
 * point on its own.  A Cyrillic word's case-ending variants shorten the
 * word itself, but keep its first three letters: those are what it is
 * filtered by.  The key of a span of k words holds (at least) k - 1
 * spaces, one for each gap, and so do its variants: a key of that many
 * words with this first word or prefix is what the count bounds. */
static size_t name_words(const struct vg_gazetteer *g, const struct span_keys *keys) {
    size_t n = key_fits(keys->len[0]);
    const char *key = keys->key;
    if (n == 0)
        return MAX_SPAN;
    size_t fw = gaz_first_word(key + 1, n - 1);
    if ((unsigned char)key[1] == 0xD0 || (unsigned char)key[1] == 0xD1) {
        if (fw == 0)
            return MAX_SPAN;
        size_t most = gaz_prefix_span(g, key + 1, fw);
        if (fw == 6 && count_letters(key, 1 + fw) == 3) {
            size_t two = gaz_prefix_span(g, key + 1, 4); /* a variant of two letters */
            most = two > most ? two : most;
        }
        return most < MAX_SPAN ? most : MAX_SPAN;
    }
    if (keys->cyr_at < n)
        return MAX_SPAN;
    size_t most = gaz_first_span(g, key + 1, fw);
    return most < MAX_SPAN ? most : MAX_SPAN;
}

/* The most words a name may have that starts with the two words whose
 * keys are in `keys`, given the most its first word allows (two or more):
 * 1 when no key of two words or more has the head of their fold
 * (gaz_pair_head).  A span holding Cyrillic letters is not asked, nor one
 * whose fold does not fit (its spans of two words or more are tried in
 * vain anyway). */
static size_t pair_words(const struct vg_gazetteer *g, const struct span_keys *keys,
                         size_t most) {
    size_t n = keys->len[1];
    if (n == 0 || keys->cyr_at < n)
        return most;
    size_t head = gaz_pair_head(keys->key + 1, n - 1);
    size_t pair = head ? gaz_pair_span(g, keys->key + 1, head) : most;
    if (pair == 0)
        return 1;
    return pair < most ? pair : most;
}

/* Look up key[0..n) (0: no key), the fold of s[start..end), as a name of
 * `words` words; cyr: the key holds Cyrillic letters.  Fills *hit and
 * returns 1 when it names a place that may be matched in text. */
static int try_key(const struct vg_gazetteer *g, char *key, size_t n, int cyr, size_t start,
                   size_t end, size_t words, int caps, int placed, struct vg_place_hit *hit) {
    if (n == 0)
        return 0;
    int32_t head = gaz_chain(g, key, n);
    if (head < 0 && cyr) {
        struct first_hit h = {g, -1};
        gaz_stem_variants(g, key, n, MAX_VARIANTS, stem_hit, &h);
        head = h.head;
    }
    if (head < 0)
        return 0;
    if (words == 1) {
        /* The stop-list, asked only of a name found: most spans are none. */
        key[0] = KEY_STOP;
        int32_t stop = gaz_chain(g, key, n);
        key[0] = KEY_NAME;
        if (stop >= 0 && !(placed && g->pairs[stop].how == HOW_STOP_NAME))
            return 0;
    }
    int demonym = 0;
    const struct place_rec *p = gaz_best(g, head, words == 1, &demonym);
    if (!p)
        return 0;
    if (words == 1 && count_letters(key, n) < 3 && !(caps && p->pub.kind == VG_PLACE_COUNTRY))
        return 0;
    hit->start = start;
    hit->end = end;
    hit->place = &p->pub;
    hit->demonym = demonym;
    return 1;
}

/* Does a preposition of place stand right before the word s[start, end)
 * ("in Alexandria", "from Austin, Texas"), with no capitalised word after
 * it (a person's surname: "in Austin Rivers' words")?  The stop-list's
 * first names that are also cities are places there. */
static int after_in(const char *s, size_t len, size_t start, size_t end) {
    static const struct word preps[] = {W("in "), W("In "), W("from "), W("near "),
                                        W("outside "), W("across ")};
    if (end + 1 < len && s[end] == ' ' && s[end + 1] >= 'A' && s[end + 1] <= 'Z')
        return 0;
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++) {
        size_t n = preps[k].len;
        if (start >= n && memcmp(s + start - n, preps[k].s, n) == 0 &&
            (start == n || s[start - n - 1] == ' ' || s[start - n - 1] == '\n'))
            return 1;
    }
    return 0;
}

/* The span of words t[0..k), whose keys are in `keys`: as written, then
 * without a possessive "'s" (whose two characters fold to two bytes),
 * then (for "U.S") with the full stop that follows it. */
static int try_span(const struct vg_gazetteer *g, const char *s, size_t len,
                    struct span_keys *keys, const struct tok *t, size_t k,
                    struct vg_place_hit *hit) {
    size_t start = t[0].start, end = t[k - 1].end;
    size_t n = keys->len[k - 1];
    int caps = t[0].caps;
    int placed = k == 1 && after_in(s, len, start, end);
    if (try_key(g, keys->key, key_fits(n), keys->cyr_at < n, start, end, k, caps, placed, hit))
        return 1;
    if (end - start > 2 && s[end - 1] == 's') {
        size_t m = n >= 2 ? key_fits(n - 2) : 0;
        if (s[end - 2] == '\'')
            return try_key(g, keys->key, m, keys->cyr_at < m, start, end - 2, k, caps, 0, hit);
        if (end - start > 4 && memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0)
            return try_key(g, keys->key, m, keys->cyr_at < m, start, end - 4, k, caps, 0, hit);
    }
    if (t[k - 1].dotted && end < len && s[end] == '.') {
        char key[KEY_MAX];
        size_t m = n ? key_fits(n + 1) : 0;
        if (m) {
            memcpy(key, keys->key, n);
            key[n] = '.';
        }
        return try_key(g, key, m, keys->cyr_at < m, start, end + 1, k, caps, 0, hit);
    }
    return 0;
}

/* Skip from byte i past words of lower-case ASCII letters and digits and
 * the ASCII between them: no name starts there.  Stops at a capital letter,
 * at any byte beyond ASCII, and at the start of a word that a joiner or a
 * byte beyond ASCII continues (next_token reads those, and skips them the
 * same way: a word starting lower case is skipped whole). */

/* Bytes of a 64-bit word each set to c. */
#define BYTES(c) ((uint64_t)0x0101010101010101u * (c))

/* The loud bytes among the eight at p: beyond ASCII, a capital letter or a
 * joiner (a BYTE_STOP or BYTE_JOIN byte), as the top bits of a word, 0
 * when all eight are quiet; skip_plain passes over quiet bytes without
 * looking at them one by one.  The tests of "Bit Twiddling Hacks":
 * (x - BYTES(1)) & ~x has a top bit set where a byte of x is 0, and
 * x + BYTES(0x80 - c) has the top bit of a byte below 0x80 set exactly
 * where it is c or more.  A carry or borrow reaches only the bytes above
 * a loud byte, so the lowest bit set is exact: it marks the first loud
 * byte. */
static uint64_t loud8(const unsigned char *p) {
    const uint64_t top = BYTES(0x80);
    uint64_t x, a, h, d;
    memcpy(&x, p, 8);
    uint64_t upper = (x + BYTES(0x80 - 'A')) & ~(x + BYTES(0x80 - 'Z' - 1));
    a = x ^ BYTES('\'');
    h = x ^ BYTES('-');
    d = x ^ BYTES('.');
    return (x | upper | ((a - BYTES(1)) & ~a) | ((h - BYTES(1)) & ~h) | ((d - BYTES(1)) & ~d)) &
           top;
}

/* Which of the eight bytes loud8 read is the first loud one, from its
 * word: the lowest byte set on a little-endian machine; elsewhere 0, the
 * start of the eight (which skip_plain then reads one by one). */
static size_t first_loud(uint64_t loud) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (size_t)__builtin_ctzll(loud) / 8;
#else
    (void)loud;
    return 0;
#endif
}

/* Pass from byte i, which follows a word of lower-case ASCII letters and
 * digits, over quiet bytes (most of English text between capitals) eight
 * at a time up to the first loud one, then back to the start of the word
 * that holds it.  skip_plain's loop stops at nothing in those bytes, and
 * goes on from the start of a word as it would have reaching it on its
 * own: what it does there depends on the word and the byte after it
 * only. */
static size_t skip_quiet(const unsigned char *u, size_t len, size_t i) {
    size_t from = i;
    while (i + 8 <= len) {
        uint64_t loud = loud8(u + i);
        if (loud) {
            i += first_loud(loud);
            break;
        }
        i += 8;
    }
    while (i > from && (byte_class[u[i - 1]] & BYTE_ALNUM))
        i--;
    return i;
}

/* Is u[i..] a small Russian letter, U+0430-U+045F, as next_token's quick
 * path reads it (two bytes, lower case)? */
static int small_russian_at(const unsigned char *u, size_t len, size_t i) {
    return i + 1 < len && ((u[i] == 0xD0 && u[i + 1] >= 0xB0 && u[i + 1] <= 0xBF) ||
                           (u[i] == 0xD1 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F));
}

/* The end of the word that starts at u[i] with a small Russian letter,
 * where next_token would end it: the caller passes over a word that is
 * not capitalised, so the bulk of Russian text is read here, two bytes
 * at a time, and next_token reads only a word with a joiner or a letter
 * of another alphabet in it. */
static size_t small_word_end(const char *s, size_t len, size_t i) {
    const unsigned char *u = (const unsigned char *)s;
    size_t j = i + 2;
    for (;;) {
        if (small_russian_at(u, len, j) ||
            (j + 1 < len && u[j] == 0xD0 && u[j + 1] >= 0x80 && u[j + 1] <= 0xAF))
            j += 2;
        else if (j < len && (byte_class[u[j]] & BYTE_ALNUM))
            j++;
        else
            break;
    }
    if (j < len && (u[j] >= 0x80 || (byte_class[u[j]] & BYTE_JOIN))) {
        struct tok t;
        return next_token(s, len, i, &t) ? t.end : len;
    }
    return j;
}

static size_t skip_plain(const char *s, size_t len, size_t i) {
    const unsigned char *u = (const unsigned char *)s;
    while (i < len) {
        unsigned c = byte_class[u[i]];
        if (c & BYTE_STOP) {
            /* A word of small letters would only be read to be passed over. */
            if (small_russian_at(u, len, i)) {
                i = small_word_end(s, len, i);
                continue;
            }
            return i;
        }
        if (!(c & BYTE_ALNUM)) {
            i++;
            continue;
        }
        size_t w = i;
        while (i < len && (byte_class[u[i]] & BYTE_ALNUM))
            i++;
        /* Past a run of letters and digits, a stop byte is one beyond
         * ASCII: the word may go on, next_token decides.  So it does past a
         * joiner, but only with a letter after it: before anything else of
         * ASCII ("police.", "2024-") the word ends there, and a word of
         * lower case would only be read to be passed over. */
        if (i < len && (byte_class[u[i]] & BYTE_STOP))
            return w;
        if (i + 1 < len && (byte_class[u[i]] & BYTE_JOIN) &&
            (u[i + 1] >= 0x80 || (unsigned)((u[i + 1] | 0x20) - 'a') < 26u))
            return w;
        /* A word of plain ASCII: the text is likely to go on so. */
        i = skip_quiet(u, len, i);
    }
    return i;
}

/* Capitalised words that follow a place's name as part of the name of a
 * place, an institution or a date ("Kisumu County", "Almaty City Court",
 * "Minsk Tuesday"), never as a surname. */
static int place_follower(const char *w, size_t n) {
    static const struct word words[] = {
        W("County"), W("Province"), W("Region"), W("Regional"), W("District"), W("Oblast"),
        W("Krai"), W("State"), W("City"), W("Town"), W("Township"), W("Upazila"), W("Tehsil"),
        W("Division"), W("Village"), W("Square"), W("Street"),
        W("Avenue"), W("Road"), W("Boulevard"), W("Bridge"), W("Park"), W("Airport"),
        W("Station"), W("Police"), W("Court"), W("Courts"), W("Hospital"), W("General"),
        W("University"), W("Mayor"), W("Governor"), W("Akim"), W("Council"), W("Ministry"),
        W("Prison"), W("Jail"), W("Stadium"), W("Market"), W("Centre"), W("Center"), W("Hall"),
        W("Port"), W("Bay"), W("Valley"), W("Island"), W("Islands"), W("Lake"), W("River"),
        W("Republic"), W("Metro"), W("Times"), W("Post"), W("News"), W("Radio"),
        W("Television"), W("Herald"), W("Daily"), W("International"), W("Bureau"), W("Human"),
        W("National"), W("Independent"), W("Group"), W("Committee"), W("Office"),
        W("Department"), W("Assembly"), W("Parliament"), W("Government"), W("Administration"),
        W("Municipality"), W("College"), W("School"), W("Plaza"), W("Palace"), W("Embassy"),
        W("Declaration"), W("Protocol"), W("Agreement"), W("Accords"), W("Summit"),
        W("Monday"), W("Tuesday"), W("Wednesday"), W("Thursday"), W("Friday"), W("Saturday"),
        W("Sunday"), W("January"), W("February"), W("March"), W("April"), W("May"), W("June"),
        W("July"), W("August"), W("September"), W("October"), W("November"), W("December"),
        W("North"), W("South"), W("East"), W("West"), W("Central"), W("Legal"), W("Civic"),
        W("Medical"), W("Medics"), W("Mirror"), W("Chronicle"), W("Tribune"), W("Gazette"),
        W("Observer"), W("Star"), W("Standard"), W("Voice"), W("Express"), W("Journal"),
        W("Bar"), W("Law"), W("Society"), W("Union"), W("Association"), W("Club"),
        W("Movement"), W("Front"), W("Alliance"), W("Party"), W("Forum"), W("Network"),
        W("Coalition"), W("Watch"), W("Institute"), W("Foundation"), W("Trust"), W("Fund"),
        W("Bank"), W("United"), W("Diocese"), W("Archdiocese"), W("Weekly"), W("Now"),
        W("Review"), W("Reporters"), W("Journalists"), W("League"), W("Magazine"), W("Today"),
        W("Online"), W("Monitor"), W("Digest"), W("Insider"), W("Live"), W("Telegraph"),
        W("Guardian"), W("Record"), W("Sun"), W("Eye"), W("Agency"), W("Protest"),
        W("Protests"), W("Protesters"), W("Rally"), W("Rallies"), W("Riots"), W("Clashes"),
        W("Unrest"), W("Crackdown"), W("Marches"), W("Strike"), W("Strikes"),
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (words[k].len == n && memcmp(words[k].s, w, n) == 0)
            return 1;
    return 0;
}

/* Is the name of k words at t, written in capitals and opening with the
 * article, more likely the words of a heading than a place: "THE
 * MARCHES", "THE VALLEY", "THE COLONY"?  Only a country or a city of
 * 200,000 people or more is read so ("THE HAGUE", "THE GAMBIA").  "The"
 * with a word in small letters after it is never a place's name. */
static int article_heading(const char *s, const struct tok *t, size_t k,
                           const struct vg_place *p) {
    if (t[0].end - t[0].start == 3 && memcmp(s + t[0].start, "The", 3) == 0) {
        /* "The marches drew thousands": the article opening a sentence,
         * a common noun after it, no "The Marches" */
        for (size_t i = 1; i < k; i++)
            if (!t[i].upper)
                return 1;
        return 0;
    }
    if (t[0].end - t[0].start != 3 || memcmp(s + t[0].start, "THE", 3) != 0)
        return 0;
    for (size_t i = 1; i < k; i++)
        if (!t[i].caps)
            return 0;
    return p->kind != VG_PLACE_COUNTRY && p->population < 200000;
}

/* Is the one-word name t[0] a first name, the Latin word t[1] after it a
 * surname: "Ada Kowal", "Florence Ode"?  t[1] follows after one space, is
 * written with a capital and then lower case, is no word a place's name
 * takes after it, and the word after it is not capitalised as well (a
 * title-case headline: "Lagos Protesters Clash With Police"). */
static int first_name_pair(const char *s, size_t len, const struct tok *t, size_t nt) {
    static const struct word closed[] = {W("In "), W("At "), W("On "), W("Of "), W("For "),
                                         W("From "), W("To "), W("Near "), W("Over "),
                                         W("After "), W("Across "), W("Outside "), W("Amid "),
                                         W("And ")};
    for (size_t k = 0; k < sizeof closed / sizeof closed[0]; k++) {
        size_t n = closed[k].len;
        if (t[0].start >= n + 1 && s[t[0].start - n - 1] == ' ' &&
            memcmp(s + t[0].start - n, closed[k].s, n) == 0)
            return 0; /* a title-case headline: "Police Detain 300 In Moscow Protests" */
    }
    if (nt < 2 || t[0].caps || t[1].caps || !t[1].upper || (unsigned char)s[t[0].start] >= 0x80 ||
        (unsigned char)s[t[1].start] >= 0x80 || t[1].start != t[0].end + 1 ||
        s[t[0].end] != ' ' || t[1].end - t[1].start < 2 || t[1].dotted)
        return 0;
    if (s[t[0].end - 1] == 's' && (s[t[0].end - 2] == '\'' || (unsigned char)s[t[0].end - 2] == 0x99))
        return 0; /* "Bulawayo's Nkulumane" */
    if (place_follower(s + t[1].start, t[1].end - t[1].start))
        return 0;
    size_t e = t[1].end;
    if (e + 1 < len && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
        return 0;
    return 1;
}

/* Could the word t, which names no place, be the first part of a longer
 * proper name whose last word is a town's: "Idris Adam", "Liberty Fountain",
 * "Ahmed Salem"?  A Latin word written with a capital and then lower case,
 * inside a sentence (not after its opening punctuation), that is no
 * preposition of a title-case headline nor a word that places put before
 * a city's name ("Central", "Downtown"). */
static int name_part(const char *s, const struct tok *t) {
    /* A word list (word_list.h): its filter rules out most words at once. */
    static const char *const before_city[] = {
        "In", "At", "On", "Of", "For", "From", "To", "Near", "Over", "After", "Across",
        "Outside", "Amid", "And", "The", "Central", "Downtown", "Greater", "Metropolitan",
        "Metro", "Old", "New", "Upper", "Lower", "North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Inner", "Outer", "Suburban", "Rural", "Urban", NULL};
    if (t->caps || t->dotted || t->start < 2 || t->end - t->start < 2 ||
        (unsigned char)s[t->start] >= 0x80)
        return 0;
    if (s[t->start - 1] == '(')
        return 1; /* "(Idris Adam)" */
    if (s[t->start - 1] != ' ')
        return 0;
    for (size_t i = t->start + 1; i < t->end; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    char b = s[t->start - 2];
    if (b == '.' || b == '!' || b == '?' || b == ':' || b == '"' || b == '\n' || b == ';' ||
        b == ')' || (unsigned char)b >= 0x80)
        return 0; /* the sentence's first word, or after a quote or a dash */
    return !word_list_has(before_city, vg_str_make(s + t->start, t->end - t->start));
}

/* Does the word `part`, the last word passed before the name found at t0
 * that named no place (all zero: none, which name_part refuses), end right
 * before it, and may it begin a person's or landmark's name there
 * (name_part)?  Asked only of a place found, not of every word passed: a
 * word ending right before t0 is the last of those words that may. */
static int part_before(const char *s, const struct tok *part, const struct tok *t0) {
    return part->end + 1 == t0->start && name_part(s, part);
}

/* Is the word t written like a short form of an institution's name, its
 * last letter a capital after a small one: "UvA", "PhD"?  No
 * place's name is written so, though a name's letters may match one
 * ("UvA", the University of Amsterdam, is no Uva Province). */
static int mixed_short_form(const char *s, const struct tok *t) {
    size_t n = t->end - t->start;
    if (!t->ascii || t->caps || n < 3)
        return 0;
    char last = s[t->end - 1], before = s[t->end - 2];
    return last >= 'A' && last <= 'Z' && before >= 'a' && before <= 'z';
}

/* Does a word of a continent's part stand right before the word t
 * ("Central American", "Latin American", "East African")?  A demonym of
 * one word after it is the region's, no country's; a country's demonym of
 * two words ("South African") is a span of its own, found first. */
static int region_part_before(const char *s, const struct tok *t) {
    static const struct word parts[] = {W("Central "), W("Latin "), W("North "), W("South "),
                                        W("East "), W("West "), W("Southeast "), W("Sub-Saharan ")};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
        size_t n = parts[k].len;
        if (t->start >= n && memcmp(s + t->start - n, parts[k].s, n) == 0 &&
            (t->start == n || s[t->start - n - 1] == ' ' || s[t->start - n - 1] == '\n' ||
             s[t->start - n - 1] == '-'))
            return 1;
    }
    return 0;
}

size_t vg_gazetteer_find(const struct vg_gazetteer *g, const char *s, size_t len,
                         struct vg_place_hit *out, size_t max) {
    size_t n_out = 0, pos = 0;
    struct tok part = {0}; /* the last word passed that named no place */
    struct tok t[MAX_SPAN];
    struct span_keys keys;
    if (!g || !s || !out)
        return 0;
    while (n_out < max && (pos = skip_plain(s, len, pos), next_token(s, len, pos, &t[0]))) {
        pos = t[0].end;
        if (!t[0].upper)
            continue;
        if (mixed_short_form(s, &t[0])) {
            part = t[0];
            continue;
        }
        keys_start(&keys, s, &t[0]);
        size_t most = name_words(g, &keys);
        if (most == 0) {
            if (t[0].hyphen) {
                pos = t[0].hyphen; /* the rest as words of their own, as below */
            } else {
                part = t[0];
            }
            continue;
        }
        /* The words of the span: no more than a name starting here may
         * have, but two at least, as first_name_pair reads the word after
         * a name of one; the keys only of the spans that may be names. */
        size_t nt = 1, want = most < 2 ? 2 : most;
        while (nt < want && next_token(s, len, t[nt - 1].end, &t[nt]) &&
               gap_ok(s, len, t[nt - 1].end, t[nt].start)) {
            if (nt < most)
                keys_extend(&keys, s, t[nt - 1].end, &t[nt], nt);
            if (++nt == 2 && most >= 2) {
                most = pair_words(g, &keys, most); /* "The police": "the" names no place */
                want = most < 2 ? 2 : most;
            }
        }
        int found = 0;
        size_t k = nt < most ? nt : most;
        for (; k >= 1 && !found; k--)
            if (try_span(g, s, len, &keys, t, k, &out[n_out])) {
                pos = t[k - 1].end;
                found = 1;
            }
        if (found && k == 0 && out[n_out].place->kind != VG_PLACE_COUNTRY && !out[n_out].demonym &&
            first_name_pair(s, len, t, nt)) {
            pos = t[1].end; /* a person's name, the surname with it */
            continue;
        }
        if (found && k == 0 && out[n_out].demonym && region_part_before(s, &t[0]))
            continue; /* "the Central American country": no United States */
        if (found && k == 0 && !out[n_out].demonym &&
            (out[n_out].place->kind == VG_PLACE_CITY ||
             out[n_out].place->kind == VG_PLACE_DISTRICT) &&
            part_before(s, &part, &t[0]))
            continue; /* the last word of "Idris Adam", "Liberty Fountain" */
        if (found && k > 0 && article_heading(s, t, k + 1, out[n_out].place)) {
            pos = t[0].end; /* "THE MARCHES", "THE VALLEY": a heading's words */
            continue;
        }
        if (found) {
            n_out++;
            continue;
        }
        part = t[0];
        if (t[0].hyphen) {
            /* "Moscow-based", "Kazakh-Russian": the part before the hyphen,
             * then the rest as words of their own. */
            struct tok head = t[0];
            head.end = head.hyphen;
            head.dotted = 0;
            keys_start(&keys, s, &head);
            if (try_span(g, s, len, &keys, &head, 1, &out[n_out]))
                n_out++;
            pos = head.end;
        }
    }
    return n_out;
}
