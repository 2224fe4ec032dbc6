/* Comparison keys for person names in either script (see vigil/translit.h).
 *
 * Gold files write names transliterated into English (й -> i, е after a
 * vowel -> ye), but reports use every system in circulation: Chagayev and
 * Chagaev, Tikhonov and Tihonov, Abzhan and Abjan, Tsoi and Tsoy, Yulia
 * and Yuliya, the Kazakh Latin alphabets (Qasym, Şynar) or the Cyrillic
 * itself.  Rather than guess the system, a name is reduced to a skeleton
 * where those systems coincide.  Cyrillic goes to Latin first, by one fixed
 * table, so the skeleton rules are written once, for Latin.
 *
 * The work is done a word at a time in a fixed buffer, without allocating:
 * extraction asks for keys while it reads every sentence that names
 * someone. */
#include <pthread.h>
#include <string.h>

#include <utf8proc.h>

#include "vigil/arena.h"
#include "vigil/translit.h"
#include "banned.h"

#define MAX_WORDS 32    /* words of a name compared; more are ignored */
#define WORD_MAX 128    /* bytes of one word transliterated; the rest is cut */
#define KEY_MAX 1024    /* bytes of a key vg_names_match compares */

/* Latin for the Cyrillic letters left after case folding and stripping
 * marks (so й has become и, ё е, ї і, ў у): Russian as the guidelines
 * write it, plus the Ukrainian, Belarusian, Serbian, Kazakh (ә ғ қ ң ө ұ ү
 * һ і), Kyrgyz, Tajik and Uzbek letters.  NULL for a letter we keep as it
 * is; "" for the soft and hard signs, which leave no trace in Latin. */
static const char *cyrillic_latin(int32_t cp) {
    static const char *const basic[32] = {
        "a", "b", "v",  "g",  "d",  "e",    "zh", "z", "i", "i",  "k",  "l", "m",  "n",  "o",  "p",
        "r", "s", "t",  "u",  "f",  "kh",   "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
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

/* Latin letters whose marks carry a sound the plain letter lacks (Kazakh
 * and Turkish Latin): read before the marks are stripped. */
static const char *marked_latin(int32_t cp) {
    switch (cp) {
    case 0x15e: case 0x15f: return "sh"; /* Ş ş */
    case 0xc7: case 0xe7: return "ch";   /* Ç ç */
    case 0x130: case 0x131: return "i";  /* İ ı */
    default: return NULL;
    }
}

int vg_name_is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2bc || cp == '`' || cp == 0xb4;
}

int vg_name_is_word_cp(int32_t cp) {
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

/* One word being transliterated. */
struct word {
    char b[WORD_MAX]; /* Latin (or other letters kept as UTF-8) */
    size_t n;         /* bytes used */
};

static void word_put(struct word *w, const char *s, size_t n) {
    if (n > WORD_MAX - w->n)
        n = WORD_MAX - w->n;
    memcpy(w->b + w->n, s, n);
    w->n += n;
}

/* Append one code point of a word, case folded, marks stripped,
 * transliterated. */
static void word_put_cp(struct word *w, int32_t cp) {
    const utf8proc_option_t opts = UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK;
    const char *lat = marked_latin(cp);
    if (lat) {
        word_put(w, lat, strlen(lat));
        return;
    }
    int32_t dc[8];
    int boundclass = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(cp, dc, 8, opts, &boundclass);
    if (m <= 0 || m > 8) {
        dc[0] = cp;
        m = 1;
    }
    for (utf8proc_ssize_t k = 0; k < m; k++) {
        if (dc[k] < 0x80) {
            char c = (char)dc[k];
            word_put(w, &c, 1);
        } else if ((lat = cyrillic_latin(dc[k])) != NULL) {
            word_put(w, lat, strlen(lat));
        } else if (vg_name_is_word_cp(dc[k])) {
            uint8_t enc[4];
            utf8proc_ssize_t e = utf8proc_encode_char(dc[k], enc);
            word_put(w, (const char *)enc, (size_t)e);
        }
    }
}

static int is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Does w[i..n) start with pat?  i < n.  The first byte decides most. */
static int starts(const char *w, size_t n, size_t i, const char *pat) {
    if (w[i] != pat[0])
        return 0;
    size_t k = strlen(pat);
    return i + k <= n && memcmp(w + i, pat, k) == 0;
}

static size_t collapse_doubles(char *w, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (o == 0 || w[o - 1] != w[i] || (unsigned char)w[i] >= 0x80)
            w[o++] = w[i];
    return o;
}

/* Could a rule of put_skeleton's consonants start with the letter c? */
static int rule_start(char c) {
    switch (c) {
    case 's': case 'd': case 'z': case 'k': case 't': case 'g': case 'x': case 'w': case 'q':
    case 'y':
        return 1;
    default:
        return 0;
    }
}

/* Append the skeleton of one transliterated word to out (rules at
 * vg_name_key); `jy` reads a j before a vowel as y. */
static int put_skeleton(const struct word *w, int jy, struct vg_buf *out) {
    static const struct {
        const char *from, *to;
        size_t from_len, to_len;
    } consonants[] = {
#define C(f, t) {f, t, sizeof f - 1, sizeof t - 1}
        C("shch", "sh"), C("sch", "sh"), C("dzh", "j"), C("zh", "j"), C("dj", "j"), C("kh", "h"),
        C("ts", "c"),    C("tz", "c"),   C("gh", "g"),  C("x", "ks"), C("w", "v"),  C("q", "k"),
        C("y", "i"),
#undef C
    };
    static const char glides[][3] = {"ie", "io", "iu", "ia"};
    char a[2 * WORD_MAX], b[2 * WORD_MAX];
    size_t na = 0, nb = 0;
    const char *s = w->b;
    size_t n = w->n;
    for (size_t i = 0; i < n;) {
        if (s[i] == 'j') {
            int after_vowel = i > 0 && is_vowel(s[i - 1]);
            int before_vowel = i + 1 < n && is_vowel(s[i + 1]);
            a[na++] = (after_vowel && !before_vowel) || (jy && before_vowel) ? 'i' : 'j';
            i++;
            continue;
        }
        size_t r = sizeof consonants / sizeof consonants[0];
        if (rule_start(s[i])) /* most letters start no rule */
            for (r = 0; r < sizeof consonants / sizeof consonants[0]; r++)
                if (s[i] == consonants[r].from[0] && i + consonants[r].from_len <= n &&
                    memcmp(s + i, consonants[r].from, consonants[r].from_len) == 0)
                    break;
        /* The t of "tzh" (Akhmetzhanov) is a t before zh, not the tz of Kuznetzov. */
        if (r < sizeof consonants / sizeof consonants[0] && starts(s, n, i, "tzh"))
            r = sizeof consonants / sizeof consonants[0];
        if (r < sizeof consonants / sizeof consonants[0]) {
            memcpy(a + na, consonants[r].to, consonants[r].to_len);
            na += consonants[r].to_len;
            i += consonants[r].from_len;
        } else {
            a[na++] = s[i++];
        }
    }
    na = collapse_doubles(a, na);
    for (size_t i = 0; i < na;) {
        size_t r;
        for (r = 0; r < sizeof glides / sizeof glides[0]; r++)
            if (starts(a, na, i, glides[r]))
                break;
        if (r < sizeof glides / sizeof glides[0]) {
            b[nb++] = glides[r][1] == 'o' ? 'e' : glides[r][1];
            i += 2;
        } else {
            b[nb++] = a[i++];
        }
    }
    nb = collapse_doubles(b, nb);
    return vg_buf_append(out, b, nb);
}

/* End the word being read, if any: its skeleton goes to out. */
static int flush_word(struct word *w, int jy, int *words, struct vg_buf *out) {
    if (!w->n)
        return 0;
    if ((*words && vg_buf_putc(out, ' ')) || put_skeleton(w, jy, out))
        return -1;
    ++*words;
    w->n = 0;
    return 0;
}

/* What word_put_cp appends for each of U+0400-U+045F, the Cyrillic letters
 * of Russian and its neighbours, worked out once: names are read a letter
 * at a time, and utf8proc's decomposition is slow for that. */
static char cyr_put[0x60][8];
static unsigned char cyr_put_len[0x60];
static pthread_once_t cyr_put_once = PTHREAD_ONCE_INIT;

static void cyr_put_init(void) {
    for (int k = 0; k < 0x60; k++) {
        struct word w;
        w.n = 0;
        word_put_cp(&w, 0x400 + k);
        if (w.n > sizeof cyr_put[k])
            w.n = 0; /* cannot happen: the longest is "shch" */
        memcpy(cyr_put[k], w.b, w.n);
        cyr_put_len[k] = (unsigned char)w.n;
    }
}

/* Read the code point at name[i] into the word being built, or end that
 * word (out gets its skeleton), as name_key does for each one.  ASCII and
 * Russian letters take short cuts with the same result as word_put_cp.
 * Sets *i past it; 0 or -1 as flush_word. */
static int key_cp(struct vg_str name, size_t *i, struct word *w, int jy, int *words,
                  struct vg_buf *out) {
    unsigned char c = (unsigned char)name.ptr[*i];
    if (c < 0x80) {
        (*i)++;
        if (c == '\'' || c == '`')
            return 0; /* an apostrophe: dropped */
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            char l = (char)(c | 0x20); /* case folded */
            word_put(w, &l, 1);
            return 0;
        }
        if (c >= '0' && c <= '9') {
            char d = (char)c;
            word_put(w, &d, 1);
            return 0;
        }
        return flush_word(w, jy, words, out);
    }
    if ((c == 0xD0 || c == 0xD1) && *i + 1 < name.len &&
        ((unsigned char)name.ptr[*i + 1] & 0xC0) == 0x80) {
        int32_t cp = ((c & 0x1F) << 6) | ((unsigned char)name.ptr[*i + 1] & 0x3F);
        if (cp <= 0x45F) {
            *i += 2;
            if (cp == 0x44c || cp == 0x44a || cp == 0x42c || cp == 0x42a)
                return 0; /* ь ъ Ь Ъ */
            pthread_once(&cyr_put_once, cyr_put_init);
            word_put(w, cyr_put[cp - 0x400], cyr_put_len[cp - 0x400]);
            return 0; /* every one of them is a letter */
        }
    }
    int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const uint8_t *)name.ptr + *i,
                                          (utf8proc_ssize_t)(name.len - *i), &cp);
    if (n <= 0) {
        n = 1;
        cp = ' ';
    }
    *i += (size_t)n;
    if (vg_name_is_apostrophe(cp))
        return 0;
    if (vg_name_is_word_cp(cp)) {
        word_put_cp(w, cp);
        return 0;
    }
    return flush_word(w, jy, words, out);
}

static int name_key(struct vg_str name, int jy, struct vg_buf *out) {
    struct word w;
    int words = 0;
    size_t i = 0;
    w.n = 0;
    while (i < name.len)
        if (key_cp(name, &i, &w, jy, &words, out))
            return -1;
    if (flush_word(&w, jy, &words, out))
        return -1;
    return out->toobig ? -1 : 0;
}

int vg_name_key(struct vg_str name, struct vg_buf *out) { return name_key(name, 0, out); }

int vg_name_key_jy(struct vg_str name, struct vg_buf *out) { return name_key(name, 1, out); }


/* Does `hay` hold the bytes of `needle` (not empty) anywhere? */
static int contains(struct vg_str hay, struct vg_str needle) {
    for (size_t i = 0; i + needle.len <= hay.len; i++)
        if (hay.ptr[i] == needle.ptr[0] && memcmp(hay.ptr + i, needle.ptr, needle.len) == 0)
            return 1;
    return 0;
}

/* A key with the masks of its bytes (bit b % 64 for byte b) and of its
 * first word's (up to the first space). */
struct masked_key {
    struct vg_str k;     /* the key */
    uint64_t all, first; /* the masks */
};

/* The masks of key k into *all and *first (see struct vg_name_keys). */
static void key_masks(struct vg_str k, uint64_t *all, uint64_t *first) {
    uint64_t m = 0, f = 0;
    int in_first = 1;
    for (size_t i = 0; i < k.len; i++) {
        unsigned char c = (unsigned char)k.ptr[i];
        if (c == ' ')
            in_first = 0;
        m |= (uint64_t)1 << (c % 64);
        if (in_first)
            f |= (uint64_t)1 << (c % 64);
    }
    *all = m;
    *first = f;
}

/* The tier of two keys (see vg_names_match). */
static int keys_match(struct masked_key ma, struct masked_key mb) {
    struct vg_str wa[MAX_WORDS], wb[MAX_WORDS];
    struct vg_str ka = ma.k, kb = mb.k;
    if (!ka.len || !kb.len)
        return 0;
    /* Equal keys, or the first word of one inside the other (below), have
     * the bytes of a first word among the other key's: when neither has,
     * the keys do not match, and are not read. */
    if ((ma.first & ~mb.all) && (mb.first & ~ma.all))
        return 0;
    if (vg_str_eq(ka, kb))
        return 1;
    /* Any match below puts the first word of one key inside the other:
     * most pairs of different people fail this at once. */
    const char *sa = memchr(ka.ptr, ' ', ka.len), *sb = memchr(kb.ptr, ' ', kb.len);
    size_t fa = sa ? (size_t)(sa - ka.ptr) : ka.len, fb = sb ? (size_t)(sb - kb.ptr) : kb.len;
    if (fa && fb && !contains(kb, vg_str_make(ka.ptr, fa)) &&
        !contains(ka, vg_str_make(kb.ptr, fb)))
        return 0;
    size_t na = vg_str_split_words(ka, wa, MAX_WORDS);
    size_t nb = vg_str_split_words(kb, wb, MAX_WORDS);
    if (na == nb)
        return vg_str_words_within(wa, na, wb, nb) && vg_str_words_within(wb, nb, wa, na) ? 2 : 0;
    /* Words stay in written order here: the longer name's first or last
     * word is its surname (Russian order puts the surname first). */
    const struct vg_str *s = na < nb ? wa : wb, *l = na < nb ? wb : wa;
    size_t ns = na < nb ? na : nb, nl = na < nb ? nb : na;
    if (vg_str_words_within(s, ns, l, nl) && (vg_str_has_word(s, ns, l[0]) || vg_str_has_word(s, ns, l[nl - 1])))
        return 3;
    return 0;
}

/* Copy the key in `b` into the arena; 0 or -1. */
static int keep_key(struct vg_arena *a, const struct vg_buf *b, struct vg_str *out) {
    char *p = b->len ? vg_arena_strndup(a, b->ptr, b->len) : NULL;
    if (b->len && !p)
        return -1;
    *out = vg_str_make(p, b->len);
    return 0;
}

int vg_name_keys_make(struct vg_arena *a, struct vg_str name, struct vg_name_keys *out) {
    struct vg_buf k;
    int rc = 0;
    memset(out, 0, sizeof *out);
    out->has_j = memchr(name.ptr, 'j', name.len) || memchr(name.ptr, 'J', name.len);
    vg_buf_init(&k, KEY_MAX);
    if (vg_name_key(name, &k) == 0)
        rc = keep_key(a, &k, &out->key);
    if (!rc && out->has_j) {
        vg_buf_clear(&k);
        if (vg_name_key_jy(name, &k) == 0)
            rc = keep_key(a, &k, &out->key_jy);
    }
    vg_buf_release(&k);
    key_masks(out->key, &out->all, &out->first);
    key_masks(out->key_jy, &out->all_jy, &out->first_jy);
    return rc;
}

/* The key of a (key_jy with jy) with its masks. */
static struct masked_key masked(const struct vg_name_keys *a, int jy) {
    struct masked_key m = {a->key, a->all, a->first};
    if (jy) {
        m.k = a->key_jy;
        m.all = a->all_jy;
        m.first = a->first_jy;
    }
    return m;
}

int vg_name_keys_match(const struct vg_name_keys *a, const struct vg_name_keys *b) {
    /* keys_match's first test, before anything else: a name is compared
     * with every person of its report, and most are someone else. */
    if (!a->has_j && !b->has_j && (a->first & ~b->all) && (b->first & ~a->all))
        return 0;
    struct masked_key ka = masked(a, 0), kb = masked(b, 0);
    int tier = keys_match(ka, kb);
    if (tier == 1 || (!a->has_j && !b->has_j))
        return tier;
    /* A Latin j: try it as y on both sides, keeping the better tier.  A
     * name without a j has the same key under both readings. */
    struct masked_key ja = masked(a, a->has_j), jb = masked(b, b->has_j);
    int t[3] = {keys_match(ja, jb), keys_match(ja, kb), keys_match(ka, jb)};
    for (int i = 0; i < 3; i++)
        if (t[i] && (!tier || t[i] < tier))
            tier = t[i];
    return tier;
}

int vg_names_match(struct vg_str a, struct vg_str b) {
    struct vg_arena arena;
    struct vg_name_keys ka, kb;
    vg_arena_init(&arena, 0);
    int tier = 0;
    if (vg_name_keys_make(&arena, a, &ka) == 0 && vg_name_keys_make(&arena, b, &kb) == 0)
        tier = vg_name_keys_match(&ka, &kb);
    vg_arena_release(&arena);
    return tier;
}

/* ---- romanisation (vg_name_romanise) ---------------------------------- */

/* Is the lower-case Cyrillic letter l a vowel (Russian, Ukrainian,
 * Kazakh, Kyrgyz, Tajik)? */
static int cyrillic_vowel(int32_t l) {
    switch (l) {
    case 0x430: case 0x435: case 0x438: case 0x43e: case 0x443: /* а е и о у */
    case 0x44b: case 0x44d: case 0x44e: case 0x44f: case 0x451: /* ы э ю я ё */
    case 0x454: case 0x456: case 0x457:                         /* є і ї */
    case 0x4af: case 0x4b1: case 0x4d9: case 0x4e3: case 0x4e9: /* ү ұ ә ӣ ө */
    case 0x4ef:                                                 /* ӯ */
        return 1;
    default:
        return 0;
    }
}

/* The code point at byte i of s in *cp and its length in *n; *cp is -1
 * past the end (*n 0) and -2 for a byte that starts no valid character
 * (*n 1). */
static void cp_at(struct vg_str s, size_t i, int32_t *cp, size_t *n) {
    if (i >= s.len) {
        *cp = -1;
        *n = 0;
        return;
    }
    utf8proc_ssize_t k =
        utf8proc_iterate((const uint8_t *)s.ptr + i, (utf8proc_ssize_t)(s.len - i), cp);
    if (k <= 0) {
        *cp = -2;
        *n = 1;
    } else {
        *n = (size_t)k;
    }
}

/* Is cp a letter or digit (a part of a word)? */
static int word_cp(int32_t cp) { return cp >= 0 && vg_name_is_word_cp(cp); }

/* Is cp an upper-case letter? */
static int upper_cp(int32_t cp) { return cp >= 0 && utf8proc_isupper(cp); }

/* Append the Latin letters `lat` for one Cyrillic letter: as they are for
 * a small letter, capitalised for a capital, all in capitals for a
 * capital beside another capital. */
static int put_cased(struct vg_buf *out, const char *lat, int upper, int caps) {
    for (size_t k = 0; lat[k]; k++) {
        char c = lat[k];
        if (upper && (k == 0 || caps) && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (vg_buf_putc(out, c))
            return -1;
    }
    return 0;
}

int vg_name_romanise(struct vg_str name, struct vg_buf *out) {
    /* The lower-case Cyrillic letter before, 1 after another letter, 0 at
     * a word's start; whether that letter was a capital. */
    int32_t prev = 0;
    int prev_upper = 0;
    size_t i = 0;
    while (i < name.len) {
        int32_t cp, nx, nx2;
        size_t n, n2, n3;
        cp_at(name, i, &cp, &n);
        int32_t l = cp >= 0 ? utf8proc_tolower(cp) : cp;
        const char *lat = cp >= 0x400 && cp <= 0x52f ? cyrillic_latin(l) : NULL;
        if (!lat) {
            if (vg_buf_append(out, name.ptr + i, n))
                return -1;
            prev = word_cp(cp) ? 1 : 0;
            prev_upper = upper_cp(cp);
            i += n;
            continue;
        }
        cp_at(name, i + n, &nx, &n2);
        cp_at(name, i + n + n2, &nx2, &n3);
        int32_t nl = nx >= 0 ? utf8proc_tolower(nx) : nx;
        size_t used = n;
        switch (l) {
        case 0x435: /* е */
            lat = cyrillic_vowel(prev) || prev == 0x44c || prev == 0x44a ? "ye" : "e";
            break;
        case 0x451: /* ё */
            lat = prev == 0x436 || prev == 0x447 || prev == 0x448 || prev == 0x449 ? "e" : "yo";
            break;
        case 0x438: /* и */
        case 0x44b: /* ы */
            if (prev && nl == 0x439 && !word_cp(nx2)) { /* final -ий, -ый */
                lat = "y";
                used += n2;
            }
            break;
        case 0x44a: /* ъ */
        case 0x44c: /* ь */
            lat = nl == 0x438 ? "y" : "";
            break;
        default:
            break;
        }
        int upper = cp != l;
        int32_t after = used > n ? nx2 : nx;
        if (put_cased(out, lat, upper, upper && (prev_upper || upper_cp(after))))
            return -1;
        prev = l;
        prev_upper = upper;
        i += used;
    }
    return out->toobig ? -1 : 0;
}

int vg_name_romanise_arena(struct vg_arena *a, struct vg_str name, struct vg_str *out) {
    *out = name;
    int cyrillic = 0;
    for (size_t i = 0; i + 1 < name.len && !cyrillic; i++)
        cyrillic = (unsigned char)name.ptr[i] >= 0xd0 && (unsigned char)name.ptr[i] <= 0xd4;
    if (!cyrillic)
        return 0;
    struct vg_buf b;
    vg_buf_init(&b, 4 * name.len + 16);
    int rc = vg_name_romanise(name, &b);
    char *p = rc ? NULL : vg_arena_strndup(a, b.ptr ? b.ptr : "", b.len);
    if (p)
        *out = vg_str_make(p, b.len);
    vg_buf_release(&b);
    return p ? 0 : -1;
}
