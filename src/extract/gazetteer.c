/* The gazetteer: loading the embedded data/gazetteer/places.tsv into a hash
 * table of folded names, and the lookups on it.  The scanner that finds
 * place names in running text is in gazetteer_find.c.
 *
 * places.tsv (built by data/gazetteer/build.mjs, format described there) is
 * one record per line with references to earlier records by number, so a
 * single pass over our own copy of the file, cutting fields in place, makes
 * every struct vg_place; names are folded (gaz_fold) and hashed as they are
 * read.  Cyrillic names are also stored under their Russian case-ending
 * variants so "в Москве" and "Уральске" find Москва and Уральск. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "vigil/arena.h"
#include "vigil/gazetteer.h"
#include "embedded.h"
#include "gazetteer_int.h"
#include "banned.h"

#define PLACES_FILE "gazetteer/places.tsv"
#define STOP_FILE "gazetteer/stoplist.tsv"
#define SNAP_FILE "gazetteer/places.snap" /* built from the two by tools/gazsnap.c */
#define N_FIELDS 10
#define MAX_VARIANTS 64

/* ---- folding ------------------------------------------------------------ */

static int put_cp(utf8proc_int32_t cp, char *out, size_t *o, size_t cap) {
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
    if (n <= 0 || *o + (size_t)n > cap)
        return -1;
    memcpy(out + *o, tmp, (size_t)n);
    *o += (size_t)n;
    return 0;
}

/* Letters that Unicode does not decompose into a base letter and a mark,
 * but that English text writes without: "Łódź" is "Lodz". */
static utf8proc_int32_t plain_letter(utf8proc_int32_t cp) {
    switch (cp) {
    case 0x0141: case 0x0142: return 'l'; /* Ł ł */
    case 0x00D8: case 0x00F8: return 'o'; /* Ø ø */
    case 0x0110: case 0x0111: return 'd'; /* Đ đ */
    case 0x0131: return 'i';              /* dotless ı */
    case 0x0126: case 0x0127: return 'h'; /* Ħ ħ */
    case 0x2018: case 0x2019: case 0x02BB: case 0x02BC: case 0x00B4: case 0x0060:
        return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: return '-';
    default: return 0;
    }
}

/* The folds of U+0400-U+045F (the Cyrillic letters of Russian and its
 * neighbours), worked out once by the general path below: Cyrillic text
 * is folded a letter at a time, and utf8proc's tables are slow for that. */
static unsigned char cyr_fold[0x60][16];
static unsigned char cyr_len[0x60];
static pthread_once_t cyr_once = PTHREAD_ONCE_INIT;

static int fold_cp(utf8proc_int32_t cp, char *out, size_t *o, size_t cap);

static void cyr_init(void) {
    for (int k = 0; k < 0x60; k++) {
        size_t o = 0;
        if (fold_cp(0x400 + k, (char *)cyr_fold[k], &o, sizeof cyr_fold[k]) != 0)
            o = 0;
        cyr_len[k] = (unsigned char)o;
    }
}

/* Append the fold of the letter cp (no space) to out[*o]; -1 when it does
 * not fit. */
static int fold_cp(utf8proc_int32_t cp, char *out, size_t *o, size_t cap) {
    if (cp < 0x80 && cp != '`') {
        if (*o + 1 > cap)
            return -1;
        out[(*o)++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
        return 0;
    }
    utf8proc_int32_t plain = plain_letter(cp);
    if (plain)
        return put_cp(plain, out, o, cap) != 0 ? -1 : 0;
    utf8proc_int32_t dec[8];
    int bound = 0;
    utf8proc_ssize_t nd = utf8proc_decompose_char(
        cp, dec, 8, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bound);
    if (nd < 0 || nd > 8)
        return 0;
    for (utf8proc_ssize_t k = 0; k < nd; k++)
        if (put_cp(dec[k], out, o, cap) != 0)
            return -1;
    return 0;
}

void gaz_fold_start(struct gaz_folder *f, char ns, char *out, size_t cap) {
    f->out = out;
    f->cap = cap;
    f->o = 0;
    f->space = 0;
    f->full = cap < 2;
    if (!f->full)
        out[f->o++] = ns;
}

/* Write the single space a run of white space folds to, before the next
 * letter; clear the pending mark.  Returns -1 when out has no room. */
static inline int put_space(char *out, size_t *o, size_t cap, int *space) {
    if (*o + 1 > cap)
        return -1;
    out[(*o)++] = ' ';
    *space = 0;
    return 0;
}

int gaz_fold_more(struct gaz_folder *f, const char *s, size_t len) {
    /* The key's state in locals, stored back before any call: out's char
     * stores could alias f, which would keep them in memory. */
    char *out = f->out;
    size_t o = f->o, cap = f->cap, i = 0;
    int space = f->space;
    if (f->full)
        return -1;
    while (i < len) {
        /* A run of ASCII other than white space and the back-tick, most of
         * what is folded: each byte its own lower case (fold_cp's first
         * case), in a tight loop. */
        if (!space) {
            size_t run = len - i < cap - o ? len - i : cap - o; /* o <= cap always */
            const unsigned char *u = (const unsigned char *)s + i;
            size_t k = 0;
            for (; k < run; k++) {
                unsigned a = u[k];
                if (a - 0x21u >= 0x5Fu || a == '`') /* outside '!'..DEL, or '`' */
                    break;
                out[o + k] = (char)(a + ((a - 'A' < 26u) << 5));
            }
            i += k;
            o += k;
        }
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        utf8proc_int32_t cp;
        if (c < 0x80) {
            /* The rest of ASCII: white space, a back-tick (an apostrophe),
             * control characters, a byte with no room left. */
            i++;
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                space = o > 1;
                continue;
            }
            if (space && put_space(out, &o, cap, &space))
                goto full;
            if (o + 1 > cap)
                goto full;
            out[o++] = (char)(c == '`' ? '\'' : (c >= 'A' && c <= 'Z') ? c + 32 : c);
            continue;
        }
        if ((c == 0xD0 || c == 0xD1) && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            int k = (((c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F)) - 0x400;
            if (k < 0x60) {
                pthread_once(&cyr_once, cyr_init);
                if (space && put_space(out, &o, cap, &space))
                    goto full;
                if (o + cyr_len[k] > cap)
                    goto full;
                memcpy(out + o, cyr_fold[k], cyr_len[k]);
                o += cyr_len[k];
                i += 2;
                continue;
            }
        }
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 1) {
            i++; /* a stray byte: drop it */
            continue;
        }
        i += (size_t)n;
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
            space = o > 1;
            continue;
        }
        if (space && put_space(out, &o, cap, &space))
            goto full;
        if (fold_cp(cp, out, &o, cap) != 0)
            goto full;
    }
    f->o = o;
    f->space = space;
    return 0;
full:
    f->full = 1;
    return -1;
}

size_t gaz_fold(char ns, const char *s, size_t len, char *out, size_t cap) {
    struct gaz_folder f;
    gaz_fold_start(&f, ns, out, cap);
    if (gaz_fold_more(&f, s, len) != 0)
        return 0;
    return f.o > 1 ? f.o : 0;
}

int gaz_has_cyrillic(const char *key, size_t key_len) {
    for (size_t i = 0; i < key_len; i++)
        if ((unsigned char)key[i] == 0xD0 || (unsigned char)key[i] == 0xD1)
            return 1;
    return 0;
}

/* ---- Russian case endings -------------------------------------------------- */

/* Endings of the Russian noun and adjective cases, folded (й is и once the
 * breve is stripped).  A word yields itself and itself without each ending
 * it has, as long as three letters remain (two in the part of a name after a
 * hyphen, and in a word of three letters): "москве" gives "москв", which
 * "москва" gives too, and "уфе" gives "уф", as "уфа" does. */
struct ending {
    const char *s; /* the ending, folded */
    size_t len;    /* its bytes */
};
#define E(x) {x, sizeof x - 1}
static const struct ending endings[] = {
    E("ами"), E("ями"), E("ого"), E("его"), E("ому"), E("ему"), E("ыми"), E("ими"), E("ои"),
    E("еи"),  E("ии"),  E("ыи"),  E("ая"),  E("яя"),  E("ое"),  E("ее"),  E("ые"),  E("ие"),
    E("ую"),  E("юю"),  E("ом"),  E("ем"),  E("ам"),  E("ям"),  E("ах"),  E("ях"),  E("ов"),
    E("ев"),  E("ью"),  E("е"),   E("а"),   E("я"),   E("у"),   E("ю"),   E("ы"),   E("и"),
    E("о"),   E("ь"),
};
#undef E
#define N_ENDINGS (sizeof endings / sizeof endings[0])

/* The endings by their last byte, so a word is only compared with those
 * that end as it does: ending_order holds the indices into `endings`
 * grouped by last byte, ascending within a group; the group of byte c is
 * ending_order[ending_from[c] .. ending_from[c + 1]). */
static uint8_t ending_order[N_ENDINGS];
static uint8_t ending_from[257];
static pthread_once_t ending_once = PTHREAD_ONCE_INIT;

static void ending_init(void) {
    size_t o = 0;
    for (unsigned c = 0; c < 256; c++) {
        ending_from[c] = (uint8_t)o;
        for (size_t e = 0; e < N_ENDINGS; e++)
            if ((unsigned char)endings[e].s[endings[e].len - 1] == c)
                ending_order[o++] = (uint8_t)e;
    }
    ending_from[256] = (uint8_t)o;
}
#define MAX_WORDS 6
#define MAX_FORMS 8

struct word_forms {
    size_t start;             /* the word's offset in the key */
    size_t len[MAX_FORMS];    /* byte lengths of its forms: each a prefix of the word */
    size_t n;                 /* forms */
};

static size_t letters(const char *p, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)p[i] & 0xC0) != 0x80;
    return n;
}

static int stem_word_known(const struct vg_gazetteer *g, const char *w, size_t len);

size_t gaz_stem_variants(const struct vg_gazetteer *known, const char *key, size_t key_len,
                         size_t limit, int (*fn)(const char *, size_t, void *), void *ctx) {
    struct word_forms w[MAX_WORDS];
    uint8_t ok[MAX_WORDS][MAX_FORMS]; /* with `known`: the form is a word of some stem key */
    size_t nw = 0, i = 1;
    if (key_len < 2 || key_len > KEY_MAX)
        return 0;
    pthread_once(&ending_once, ending_init);
    /* Words are cut at spaces and hyphens; each keeps its separator after it. */
    while (i < key_len) {
        if (nw == MAX_WORDS)
            return 0;
        size_t s = i;
        while (i < key_len && key[i] != ' ' && key[i] != '-')
            i++;
        struct word_forms *f = &w[nw++];
        f->start = s;
        f->len[0] = i - s;
        f->n = 1;
        int cyr = (i - s) >= 2 && ((unsigned char)key[s] == 0xD0 || (unsigned char)key[s] == 0xD1);
        /* The part after a hyphen may keep two letters: "Алма-Ате" is
         * Алма-Ата's. */
        size_t min_stem = (s > 1 && key[s - 1] == '-') || letters(key + s, i - s) <= 3 ? 2 : 3;
        /* Only the endings with the word's last byte, in their order. */
        unsigned last = (unsigned char)key[i - 1];
        size_t from = cyr ? ending_from[last] : 0, to = cyr ? ending_from[last + 1] : 0;
        for (size_t j = from; j < to && f->n < MAX_FORMS; j++) {
            const struct ending *e = &endings[ending_order[j]];
            size_t el = e->len;
            if (el < i - s && memcmp(key + i - el, e->s, el) == 0 &&
                letters(key + s, i - s - el) >= min_stem)
                f->len[f->n++] = i - s - el;
        }
        /* A word none of whose forms is in any stem key: no variant is. */
        int any = 0;
        for (size_t k = 0; k < f->n; k++) {
            ok[nw - 1][k] = !known || stem_word_known(known, key + s, f->len[k]);
            any |= ok[nw - 1][k];
        }
        if (!any)
            return 0;
        if (i < key_len)
            i++; /* the separator */
    }
    /* The combinations, in the same order (and to the same limit) with or
     * without `known`, which only skips the ones that cannot be keys. */
    size_t pick[MAX_WORDS] = {0}, made = 0;
    for (;;) {
        int viable = 1;
        for (size_t k = 0; k < nw && viable; k++)
            viable = ok[k][pick[k]];
        if (viable) {
            char buf[KEY_MAX];
            size_t o = 0;
            buf[o++] = KEY_STEM;
            for (size_t k = 0; k < nw; k++) {
                memcpy(buf + o, key + w[k].start, w[k].len[pick[k]]);
                o += w[k].len[pick[k]];
                size_t sep = w[k].start + w[k].len[0];
                if (k + 1 < nw)
                    buf[o++] = key[sep];
            }
            if (fn(buf, o, ctx) != 0)
                return made + 1;
        }
        made++;
        if (made >= limit)
            return made;
        size_t k = 0; /* the next combination, odometer style */
        while (k < nw && ++pick[k] == w[k].n)
            pick[k++] = 0;
        if (k == nw)
            return made;
    }
}

/* ---- the table ------------------------------------------------------------- */

/* The hash of a key or word: eight bytes at a time, then mixed (the
 * finaliser of splitmix64), as the table's slot and the bitset's bits come
 * from its low bits.  Keys and words are short, and hashing them a byte at
 * a time was a fifth of loading the gazetteer.  Nothing depends on which
 * hash it is: the table compares keys, and the bitset only says "maybe". */
static uint32_t key_hash(const char *p, size_t n) {
    const uint64_t mul = 0xbf58476d1ce4e5b9u;
    uint64_t h = 0x9e3779b97f4a7c15u ^ n;
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * mul;
        h ^= h >> 31;
    }
    if (n) {
        uint64_t w = 0;
        for (size_t i = 0; i < n; i++)
            w |= (uint64_t)(unsigned char)p[i] << (8 * i);
        h = (h ^ w) * mul;
        h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebu;
    h ^= h >> 32;
    return (uint32_t)h;
}

static size_t first_bit(const char *word, size_t len) {
    return key_hash(word, len) & (GAZ_FIRST_BITS - 1);
}

/* 0 when bit b of the first-word bitset is clear, else the most words of
 * the keys that set it (see mark_first). */
static size_t span_at(const struct vg_gazetteer *g, size_t b) {
    if (!((g->first[b / 64] >> (b % 64)) & 1))
        return 0;
    return 1 + (size_t)((g->first_words[b / 32] >> (b % 32 * 2)) & 3);
}

/* Set bit b of the first-word bitset for a key of `words` words, and raise
 * the most words kept for the bit to that (capped at GAZ_WORDS_MAX). */
static void mark_first(struct vg_gazetteer *g, size_t b, size_t words) {
    g->first[b / 64] |= (uint64_t)1 << (b % 64);
    uint64_t v = words >= GAZ_WORDS_MAX ? GAZ_WORDS_MAX - 1 : words - 1;
    uint64_t *w = &g->first_words[b / 32];
    unsigned sh = (unsigned)(b % 32 * 2);
    if (v > ((*w >> sh) & 3))
        *w = (*w & ~((uint64_t)3 << sh)) | (v << sh);
}

size_t gaz_first_span(const struct vg_gazetteer *g, const char *word, size_t len) {
    return span_at(g, first_bit(word, len));
}

/* The bit of a Cyrillic first word's first three letters (all of it when
 * shorter): a hash apart from first_bit's, in the same bitset. */
static size_t prefix_bit(const char *word, size_t len) {
    size_t n = 0, letters = 0;
    while (n < len && letters < 3) {
        n++;
        while (n < len && ((unsigned char)word[n] & 0xC0) == 0x80)
            n++;
        letters++;
    }
    uint32_t h = key_hash(word, n);
    h = (h ^ 0xFFu) * 16777619u;
    return h & (GAZ_FIRST_BITS - 1);
}

/* The bit of a word of a stem key (words cut at spaces and hyphens). */
static size_t stem_word_bit(const char *word, size_t len) {
    uint32_t h = key_hash(word, len);
    h = (h ^ 0xFEu) * 16777619u;
    return h & (GAZ_FIRST_BITS - 1);
}

static int stem_word_known(const struct vg_gazetteer *g, const char *w, size_t len) {
    size_t b = stem_word_bit(w, len);
    return (int)((g->first[b / 64] >> (b % 64)) & 1);
}

size_t gaz_prefix_span(const struct vg_gazetteer *g, const char *word, size_t len) {
    return span_at(g, prefix_bit(word, len));
}

/* The bit of the head of a key of two words or more (gaz_pair_head): a
 * hash apart from first_bit's, in the same bitset. */
static size_t pair_bit(const char *head, size_t len) {
    uint32_t h = key_hash(head, len);
    h = (h ^ 0xFDu) * 16777619u;
    return h & (GAZ_FIRST_BITS - 1);
}

size_t gaz_pair_span(const struct vg_gazetteer *g, const char *text, size_t len) {
    return span_at(g, pair_bit(text, len));
}

/* The words of a key's text[0..len) (its spaces plus one), given the
 * length fw of its first word, before which no space comes. */
static size_t key_words(const char *text, size_t len, size_t fw) {
    size_t n = 1;
    for (size_t i = fw; i < len; i++)
        n += text[i] == ' ';
    return n;
}

static size_t find_slot(const struct vg_gazetteer *g, uint32_t h, const char *key,
                        size_t key_len) {
    size_t mask = g->n_slots - 1, i = h & mask;
    while (g->slots[i].entry != -1) {
        if (g->slots[i].hash == h) {
            const struct gaz_entry *e = &g->entries[g->slots[i].entry];
            if (e->key_len == key_len && memcmp(g->keys + e->key_off, key, key_len) == 0)
                return i;
        }
        i = (i + 1) & mask;
    }
    return i;
}

static int grow_table(struct vg_gazetteer *g) {
    size_t n = g->n_slots * 2;
    struct gaz_slot *slots = vg_malloc(n * sizeof *slots);
    if (!slots)
        return VG_ENOMEM;
    for (size_t i = 0; i < n; i++)
        slots[i].entry = -1;
    for (size_t i = 0; i < g->n_slots; i++) {
        const struct gaz_slot *s = &g->slots[i];
        if (s->entry == -1)
            continue;
        size_t j = s->hash & (n - 1);
        while (slots[j].entry != -1)
            j = (j + 1) & (n - 1);
        slots[j] = *s;
    }
    free(g->slots);
    g->slots = slots;
    g->n_slots = n;
    return VG_OK;
}

static void *grow_array(void *p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap)
        return p;
    size_t n = *cap * 2 + 64;
    void *q = vg_realloc(p, n * size);
    if (q)
        *cap = n;
    return q;
}

/* Add (key -> place, how), once: a place named twice by one key keeps the
 * stronger way. */
static int insert(struct vg_gazetteer *g, const char *key, size_t key_len, uint32_t place,
                  uint8_t how) {
    if ((g->n_entries + 1) * 4 > g->n_slots * 3 && grow_table(g) != VG_OK)
        return VG_ENOMEM;
    uint32_t h = key_hash(key, key_len);
    struct gaz_slot *s = &g->slots[find_slot(g, h, key, key_len)];
    if (s->entry == -1) {
        if (g->keys_len + key_len > g->keys_cap) {
            size_t cap = g->keys_cap * 2 + key_len;
            char *k = vg_realloc(g->keys, cap);
            if (!k)
                return VG_ENOMEM;
            g->keys = k;
            g->keys_cap = cap;
        }
        struct gaz_entry *e =
            grow_array(g->entries, &g->entries_cap, g->n_entries + 1, sizeof *e);
        if (!e)
            return VG_ENOMEM;
        g->entries = e;
        memcpy(g->keys + g->keys_len, key, key_len);
        e[g->n_entries].key_off = (uint32_t)g->keys_len;
        e[g->n_entries].key_len = (uint32_t)key_len;
        e[g->n_entries].head = -1;
        g->keys_len += key_len;
        if (key[0] != KEY_STOP) {
            size_t fw = gaz_first_word(key + 1, key_len - 1);
            size_t words = key_words(key + 1, key_len - 1, fw);
            mark_first(g, first_bit(key + 1, fw), words);
            if (fw > 0 && ((unsigned char)key[1] == 0xD0 || (unsigned char)key[1] == 0xD1))
                mark_first(g, prefix_bit(key + 1, fw), words);
            size_t head = gaz_pair_head(key + 1, key_len - 1);
            if (head)
                mark_first(g, pair_bit(key + 1, head), words);
        }
        if (key[0] == KEY_STEM) {
            for (size_t a = 1; a < key_len;) {
                size_t z = a;
                while (z < key_len && key[z] != ' ' && key[z] != '-')
                    z++;
                size_t b = stem_word_bit(key + a, z - a);
                g->first[b / 64] |= (uint64_t)1 << (b % 64);
                a = z + 1;
            }
        }
        s->hash = h;
        s->entry = (int32_t)g->n_entries++;
    }
    struct gaz_entry *e = &g->entries[s->entry];
    for (int32_t p = e->head; p >= 0; p = g->pairs[p].next)
        if (g->pairs[p].place == place) {
            if (how < g->pairs[p].how)
                g->pairs[p].how = how;
            return VG_OK;
        }
    struct gaz_pair *pairs = grow_array(g->pairs, &g->pairs_cap, g->n_pairs + 1, sizeof *pairs);
    if (!pairs)
        return VG_ENOMEM;
    g->pairs = pairs;
    pairs[g->n_pairs].place = place;
    pairs[g->n_pairs].how = how;
    pairs[g->n_pairs].next = e->head;
    e->head = (int32_t)g->n_pairs++;
    return VG_OK;
}

int32_t gaz_chain(const struct vg_gazetteer *g, const char *key, size_t key_len) {
    size_t i = find_slot(g, key_hash(key, key_len), key, key_len);
    return g->slots[i].entry >= 0 ? g->entries[g->slots[i].entry].head : -1;
}

static int rank_class(const struct place_rec *p, int how) {
    if (how == HOW_DEMONYM)
        return 5;
    switch (p->pub.kind) {
    case VG_PLACE_COUNTRY: return 0;
    case VG_PLACE_REGION: return how == HOW_WEAK ? 4 : 1;
    case VG_PLACE_CITY: return 2;
    case VG_PLACE_DISTRICT: return 3;
    }
    return 6;
}

const struct place_rec *gaz_best(const struct vg_gazetteer *g, int32_t head, int skip_weak,
                                 int *demonym) {
    const struct place_rec *best = NULL;
    int best_class = 99;
    for (int32_t i = head; i >= 0; i = g->pairs[i].next) {
        const struct place_rec *p = &g->places[g->pairs[i].place];
        if (skip_weak && p->weak)
            continue;
        int c = rank_class(p, g->pairs[i].how);
        if (!best || c < best_class ||
            (c == best_class && (p->pub.population > best->pub.population ||
                                 (p->pub.population == best->pub.population &&
                                  p->index < best->index)))) {
            best = p;
            best_class = c;
        }
    }
    if (demonym)
        *demonym = best && best_class == 5;
    return best;
}

/* ---- loading --------------------------------------------------------------- */

struct stem_ctx {
    struct vg_gazetteer *g; /* the table being filled */
    uint32_t place;         /* the place the name belongs to */
    uint8_t how;            /* how the name names it */
    int rc;                 /* first failure */
};

static int add_stem(const char *key, size_t key_len, void *ctx) {
    struct stem_ctx *c = ctx;
    c->rc = insert(c->g, key, key_len, c->place, c->how);
    return c->rc;
}

/* Is the byte pair at p a Russian consonant letter, folded (lower case)? */
static int ru_consonant(const unsigned char *p) {
    static const char vowels[] = "аеиоуыэюяьъ";
    if (p[0] != 0xD0 && p[0] != 0xD1)
        return 0;
    for (size_t i = 0; i + 1 < sizeof vowels; i += 2)
        if (p[0] == (unsigned char)vowels[i] && p[1] == (unsigned char)vowels[i + 1])
            return 0;
    return 1;
}

/* A one-word Russian name whose last vowel drops when it declines: Орёл is
 * "в Орле", "из Орла"; Елец is "в Ельце".  The pattern is a consonant, е
 * (ё folded) or о, then л, к or ц; the singular case forms of the stem
 * without that vowel (with ь after л before ц) are added as names.  Names of
 * the pattern whose vowel stays ("Бишкек") get forms no text has. */
static int add_fleeting_forms(struct vg_gazetteer *g, const char *key, size_t n, uint32_t place,
                              uint8_t how) {
    static const char *const forms[] = {"а", "у", "е", "ом"};
    const unsigned char *k = (const unsigned char *)key;
    if (n < 1 + 8 || memchr(key + 1, ' ', n - 1) || memchr(key + 1, '-', n - 1))
        return VG_OK;
    const unsigned char *last = k + n - 2, *vowel = k + n - 4, *before = k + n - 6;
    int e = vowel[0] == 0xD0 && vowel[1] == 0xB5, o = vowel[0] == 0xD0 && vowel[1] == 0xBE;
    int l = last[0] == 0xD0 && last[1] == 0xBB, kk = last[0] == 0xD0 && last[1] == 0xBA,
        ts = last[0] == 0xD1 && last[1] == 0x86;
    if (!(e || o) || !(l || kk || ts) || !ru_consonant(before) || (o && !kk))
        return VG_OK;
    char buf[KEY_MAX];
    size_t stem = n - 4;
    if (stem + 2 + 2 + 4 > sizeof buf)
        return VG_OK;
    memcpy(buf, key, stem);
    if (ts && before[0] == 0xD0 && before[1] == 0xBB) {
        memcpy(buf + stem, "ь", 2);
        stem += 2;
    }
    memcpy(buf + stem, last, 2);
    stem += 2;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        size_t fl = strlen(forms[i]);
        memcpy(buf + stem, forms[i], fl);
        int rc = insert(g, buf, stem + fl, place, how);
        if (rc != VG_OK)
            return rc;
    }
    return VG_OK;
}

static int add_name(struct vg_gazetteer *g, const char *name, size_t len, uint32_t place,
                    uint8_t how) {
    char key[KEY_MAX];
    size_t n = gaz_fold(KEY_NAME, name, len, key, sizeof key);
    if (n == 0)
        return VG_OK; /* too long to be a name anyone writes in a sentence */
    int rc = insert(g, key, n, place, how);
    if (rc == VG_OK && gaz_has_cyrillic(key, n)) {
        struct stem_ctx c = {g, place, how, VG_OK};
        gaz_stem_variants(NULL, key, n, MAX_VARIANTS, add_stem, &c);
        rc = c.rc;
        if (rc == VG_OK)
            rc = add_fleeting_forms(g, key, n, place, how);
    }
    return rc;
}

/* Each of the names in a "|"-separated list; "~" marks a weak one. */
static int add_names(struct vg_gazetteer *g, struct vg_str list, uint32_t place, uint8_t how) {
    const char *p = list.ptr, *end = list.ptr + list.len;
    while (p < end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        const char *stop = bar ? bar : end;
        uint8_t h = how;
        const char *name = p;
        if (name < stop && *name == '~') {
            name++;
            h = HOW_WEAK;
        }
        int rc = add_name(g, name, (size_t)(stop - name), place, h);
        if (rc != VG_OK)
            return rc;
        p = stop + 1;
    }
    return VG_OK;
}

static int parse_u32(struct vg_str s, uint32_t *out) {
    uint64_t v = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return -1;
        v = v * 10 + (uint64_t)(s.ptr[i] - '0');
        if (v > UINT32_MAX)
            return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static int cc_index(const char *cc) {
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2])
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* A reference to an earlier record: its number, -1 for none, -2 when it is
 * not one. */
static int32_t parse_ref(struct vg_str s, uint32_t self) {
    uint32_t v;
    if (s.len == 0)
        return -1;
    if (parse_u32(s, &v) != 0 || v >= self)
        return -2;
    return (int32_t)v;
}

/* Keep a NUL-terminated copy of a display name; returns its offset or -1. */
static int64_t keep_name(struct vg_gazetteer *g, struct vg_str name) {
    if (g->names_len + name.len + 1 > g->names_cap) {
        size_t cap = g->names_cap * 2 + name.len + 1;
        char *n = vg_realloc(g->names, cap);
        if (!n)
            return -1;
        g->names = n;
        g->names_cap = cap;
    }
    int64_t off = (int64_t)g->names_len;
    memcpy(g->names + g->names_len, name.ptr, name.len);
    g->names[g->names_len + name.len] = '\0';
    g->names_len += name.len + 1;
    return off;
}

static int parse_record(struct vg_gazetteer *g, struct vg_str line, long lineno,
                        struct vg_err *err) {
    struct vg_str f[N_FIELDS];
    size_t nf = 0;
    const char *p = line.ptr, *end = line.ptr + line.len;
    for (;;) {
        const char *tab = p; /* fields are short: a loop beats a memchr call */
        while (tab < end && *tab != '\t')
            tab++;
        if (tab == end)
            tab = NULL;
        if (nf == N_FIELDS)
            return vg_err_at(err, VG_EINPUT, PLACES_FILE, lineno, "too many fields");
        f[nf++] = vg_str_make(p, (size_t)((tab ? tab : end) - p));
        if (!tab)
            break;
        p = tab + 1;
    }
    if (nf != N_FIELDS)
        return vg_err_at(err, VG_EINPUT, PLACES_FILE, lineno, "expected %d fields, found %zu",
                         N_FIELDS, nf);
    uint32_t self = (uint32_t)g->n_places;
    struct place_rec *r = &g->places[self];
    memset(r, 0, sizeof *r);
    r->index = self;
    switch (f[0].len == 1 ? f[0].ptr[0] : 0) {
    case 'C': r->pub.kind = VG_PLACE_COUNTRY; break;
    case 'R': r->pub.kind = VG_PLACE_REGION; break;
    case 'P': r->pub.kind = VG_PLACE_CITY; break;
    case 'D': r->pub.kind = VG_PLACE_DISTRICT; break;
    default: return vg_err_at(err, VG_EINPUT, PLACES_FILE, lineno, "unknown kind of place");
    }
    if (f[2].len == 2) {
        r->cc[0] = f[2].ptr[0];
        r->cc[1] = f[2].ptr[1];
    }
    int cc = cc_index(r->cc);
    int32_t region = parse_ref(f[3], self), parent = parse_ref(f[4], self);
    if (cc < 0 || parse_u32(f[1], &r->pub.id) != 0 || parse_u32(f[5], &r->pub.population) != 0 ||
        region == -2 || parent == -2 || f[7].len == 0)
        return vg_err_at(err, VG_EINPUT, PLACES_FILE, lineno, "malformed record");
    int64_t off = keep_name(g, f[7]);
    if (off < 0)
        return vg_err_set(err, VG_ENOMEM, "out of memory loading the gazetteer");
    r->name_off = (uint32_t)off;
    r->pub.country = r->cc;
    r->weak = memchr(f[6].ptr, 'w', f[6].len) != NULL;
    r->region = region;
    r->up = parent >= 0 ? &g->places[parent] : region >= 0 ? &g->places[region] : NULL;
    if (r->pub.kind == VG_PLACE_COUNTRY)
        g->by_cc[cc] = r;
    g->n_places++;
    int rc = add_name(g, f[7].ptr, f[7].len, self, HOW_NAME);
    if (rc == VG_OK)
        rc = add_names(g, f[8], self, HOW_NAME);
    if (rc == VG_OK)
        rc = add_names(g, f[9], self, HOW_DEMONYM);
    return rc == VG_OK ? VG_OK : vg_err_set(err, rc, "out of memory loading the gazetteer");
}

void gaz_link_names(struct vg_gazetteer *g) {
    for (size_t i = 0; i < g->n_places; i++)
        g->places[i].pub.name = g->names + g->places[i].name_off;
    for (size_t i = 0; i < g->n_places; i++) {
        struct place_rec *r = &g->places[i];
        const struct place_rec *c = g->by_cc[cc_index(r->cc)];
        r->pub.country_name = c ? c->pub.name : NULL;
        r->pub.region = r->region >= 0 ? g->places[r->region].pub.name : NULL;
    }
}

static int load_stoplist(struct vg_gazetteer *g, struct vg_err *err) {
    struct vg_str f = vg_embedded_find(STOP_FILE);
    size_t i = 0;
    while (i < f.len) {
        size_t e = i;
        while (e < f.len && f.ptr[e] != '\n')
            e++;
        if (e > i && f.ptr[i] != '#') {
            char key[KEY_MAX];
            const char *tab = memchr(f.ptr + i, '\t', e - i);
            size_t word = tab ? (size_t)(tab - (f.ptr + i)) : e - i;
            uint8_t how = tab && e - (size_t)(tab - f.ptr) == 5 && memcmp(tab + 1, "name", 4) == 0
                              ? HOW_STOP_NAME
                              : HOW_NAME;
            size_t n = gaz_fold(KEY_STOP, f.ptr + i, word, key, sizeof key);
            if (n && insert(g, key, n, 0, how) != VG_OK)
                return vg_err_set(err, VG_ENOMEM, "out of memory loading the gazetteer");
        }
        i = e + 1;
    }
    return VG_OK;
}

/* Build the table from the text of places.tsv (f) and the stop-list. */
static int load_text(struct vg_str f, struct vg_gazetteer **out, struct vg_err *err) {
    struct vg_gazetteer *g = vg_calloc(1, sizeof *g);
    if (!g)
        return vg_err_set(err, VG_ENOMEM, "out of memory loading the gazetteer");
    int rc = VG_ENOMEM;
    /* Size everything from the file: about one key per 24 bytes of it (the
     * tables grow if that is short). */
    size_t lines = 1;
    for (const char *p = f.ptr, *end = f.ptr + f.len; (p = memchr(p, '\n', (size_t)(end - p)));
         p++)
        lines++;
    size_t names = lines + f.len / 24;
    g->n_slots = 1024;
    while (g->n_slots < names)
        g->n_slots *= 2;
    g->keys_cap = f.len / 2 + 4096;
    g->entries_cap = names;
    g->pairs_cap = names + names / 8;
    g->names_cap = f.len / 6 + 4096;
    g->names = vg_malloc(g->names_cap);
    g->places = vg_calloc(lines, sizeof *g->places);
    g->slots = vg_malloc(g->n_slots * sizeof *g->slots);
    g->keys = vg_malloc(g->keys_cap);
    g->entries = vg_malloc(g->entries_cap * sizeof *g->entries);
    g->pairs = vg_malloc(g->pairs_cap * sizeof *g->pairs);
    g->first = vg_calloc(GAZ_FIRST_BITS / 64, sizeof *g->first);
    g->first_words = vg_calloc(GAZ_FIRST_BITS / 32, sizeof *g->first_words);
    if (!g->names || !g->places || !g->slots || !g->keys || !g->entries || !g->pairs ||
        !g->first || !g->first_words) {
        vg_err_set(err, rc, "out of memory loading the gazetteer");
        goto out;
    }
    for (size_t i = 0; i < g->n_slots; i++)
        g->slots[i].entry = -1;
    long lineno = 0;
    for (const char *p = f.ptr, *end = f.ptr + f.len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        struct vg_str line = vg_str_make(p, (size_t)((nl ? nl : end) - p));
        lineno++;
        if (line.len && line.ptr[0] != '#' && (rc = parse_record(g, line, lineno, err)) != VG_OK)
            goto out;
        if (!nl)
            break;
        p = nl + 1;
    }
    gaz_link_names(g);
    rc = load_stoplist(g, err);
out:
    if (rc != VG_OK) {
        vg_gazetteer_free(g);
        return rc;
    }
    *out = g;
    return VG_OK;
}

int gaz_load_text(struct vg_gazetteer **out, struct vg_err *err) {
    *out = NULL;
    struct vg_str f = vg_embedded_find(PLACES_FILE);
    if (!f.ptr)
        return vg_err_set(err, VG_ENOTFOUND, "the gazetteer (%s) is not built in", PLACES_FILE);
    return load_text(f, out, err);
}

int vg_gazetteer_load(struct vg_gazetteer **out, struct vg_err *err) {
    *out = NULL;
    struct vg_str f = vg_embedded_find(PLACES_FILE);
    if (!f.ptr)
        return vg_err_set(err, VG_ENOTFOUND, "the gazetteer (%s) is not built in", PLACES_FILE);
    /* The snapshot made from this text at build time, when there is one
     * that fits: the same table, without the work of building it. */
    struct vg_str snap = vg_embedded_find(SNAP_FILE);
    if (snap.ptr) {
        int rc = gaz_snapshot_load(snap, f.len, vg_embedded_find(STOP_FILE).len, out);
        if (rc == VG_ENOMEM)
            return vg_err_set(err, rc, "out of memory loading the gazetteer");
        if (rc == VG_OK)
            return VG_OK;
    }
    return gaz_load_text(out, err);
}

void vg_gazetteer_free(struct vg_gazetteer *g) {
    if (!g)
        return;
    free(g->places);
    if (!g->in_snapshot) {
        free(g->names);
        free(g->slots);
        free(g->keys);
        free(g->entries);
        free(g->pairs);
        free(g->first);
        free(g->first_words);
    }
    free(g);
}

/* ---- lookups --------------------------------------------------------------- */

struct first_hit {
    const struct vg_gazetteer *g; /* the table */
    int32_t head;                 /* the chain found, or -1 */
};

static int stem_hit(const char *key, size_t key_len, void *ctx) {
    struct first_hit *h = ctx;
    h->head = gaz_chain(h->g, key, key_len);
    return h->head >= 0;
}

const struct vg_place *vg_gazetteer_lookup(const struct vg_gazetteer *g, struct vg_str name) {
    char key[KEY_MAX];
    if (!g || !name.ptr)
        return NULL;
    size_t n = gaz_fold(KEY_NAME, name.ptr, name.len, key, sizeof key);
    if (n == 0)
        return NULL;
    int32_t head = gaz_chain(g, key, n);
    if (head < 0 && gaz_has_cyrillic(key, n)) {
        struct first_hit h = {g, -1};
        gaz_stem_variants(g, key, n, MAX_VARIANTS, stem_hit, &h);
        head = h.head;
    }
    const struct place_rec *p = head >= 0 ? gaz_best(g, head, 0, NULL) : NULL;
    return p ? &p->pub : NULL;
}

const struct vg_place *vg_gazetteer_lookup_in(const struct vg_gazetteer *g, struct vg_str name,
                                              const struct vg_place *outer) {
    char key[KEY_MAX];
    if (!g || !name.ptr || !outer)
        return NULL;
    size_t n = gaz_fold(KEY_NAME, name.ptr, name.len, key, sizeof key);
    if (n == 0)
        return NULL;
    const struct place_rec *best = NULL;
    for (int32_t i = gaz_chain(g, key, n); i >= 0; i = g->pairs[i].next) {
        const struct place_rec *p = &g->places[g->pairs[i].place];
        if (&p->pub != outer && vg_gazetteer_contains(outer, &p->pub) &&
            (!best || p->pub.kind < best->pub.kind ||
             (p->pub.kind == best->pub.kind && p->pub.population > best->pub.population)))
            best = p; /* the largest kind first: a region before a town of its name */
    }
    return best ? &best->pub : NULL;
}

const struct vg_place *vg_gazetteer_country(const struct vg_gazetteer *g, const char *iso2) {
    if (!g || !iso2 || !iso2[0] || !iso2[1] || iso2[2])
        return NULL;
    char cc[3] = {(char)(iso2[0] & ~0x20), (char)(iso2[1] & ~0x20), '\0'};
    int i = cc_index(cc);
    return i >= 0 && g->by_cc[i] ? &g->by_cc[i]->pub : NULL;
}

int vg_gazetteer_same_place(const struct vg_gazetteer *g, struct vg_str a, struct vg_str b) {
    const struct vg_place *pa = vg_gazetteer_lookup(g, a);
    return pa && pa == vg_gazetteer_lookup(g, b);
}

int vg_gazetteer_contains(const struct vg_place *outer, const struct vg_place *inner) {
    if (!outer || !inner)
        return 0;
    if (outer == inner)
        return 1;
    if (outer->kind == VG_PLACE_COUNTRY)
        return strcmp(outer->country, inner->country) == 0;
    for (const struct place_rec *p = (const struct place_rec *)inner; p; p = p->up)
        if (&p->pub == outer)
            return 1;
    return 0;
}

size_t vg_gazetteer_count(const struct vg_gazetteer *g) { return g ? g->n_places : 0; }
