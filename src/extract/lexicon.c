/* Lexicon loading and word lookup.  The files are small (a few thousand
 * lines), so loading parses them at start-up into a hash of words and a
 * table of phrases grouped by their first word. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "lexicon.h"
#include "banned.h"

static uint32_t hash_bytes(const char *p, size_t len) {
    uint32_t h = LEXICON_HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = lexicon_hash_step(h, (unsigned char)p[i]);
    return h;
}

struct lexicon *lexicon_new(const char *lang) {
    struct lexicon *lx = vg_calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->lang = lang;
    vg_arena_init(&lx->word_bytes, 0);
    return lx;
}

void lexicon_free(struct lexicon *lx) {
    if (!lx)
        return;
    vg_arena_release(&lx->word_bytes);
    free(lx->words);
    free(lx->lens);
    free(lx->table);
    free(lx->entries);
    free(lx->first);
    free(lx->count);
    free(lx->by_word);
    free(lx->group_base);
    free(lx->groups);
    free(lx->by_word_next);
    free(lx->cats);
    free(lx->single);
    free(lx->second);
    free(lx->anchor);
    free(lx);
}

/* Are the w-byte blocks at a and b equal (w 4 or 8; the fixed-size memcpy
 * calls compile to single loads)? */
static inline int same_block(const char *a, const char *b, size_t w) {
    if (w == 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x == y;
    }
    uint32_t x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return x == y;
}

/* memcmp(a, b, n) == 0 for the short words of a lexicon, without a call:
 * a word of 4 bytes or more is read in blocks of 8 or 4, the last block
 * overlapping the one before. */
static inline int same_bytes(const char *a, const char *b, size_t n) {
    if (n < 4) {
        for (size_t i = 0; i < n; i++)
            if (a[i] != b[i])
                return 0;
        return 1;
    }
    size_t w = n >= 8 ? 8 : 4;
    for (size_t i = 0; i + w < n; i += w)
        if (!same_block(a + i, b + i, w))
            return 0;
    return same_block(a + n - w, b + n - w, w);
}

uint32_t lexicon_word(const struct lexicon *lx, const char *p, size_t len) {
    if (!lx->table)
        return 0;
    return lexicon_word_hashed(lx, p, len, hash_bytes(p, len));
}

uint32_t lexicon_word_hashed(const struct lexicon *lx, const char *p, size_t len, uint32_t h) {
    if (!lx->table)
        return 0;
    size_t i = h & lx->table_mask;
    for (;;) {
        const struct lex_slot *slot = &lx->table[i];
        if (!slot->id)
            return 0;
        if (slot->hash == h && lx->lens[slot->id] == len && same_bytes(lx->words[slot->id], p, len))
            return slot->id;
        i = (i + 1) & lx->table_mask;
    }
}

static int rehash(struct lexicon *lx, size_t size) {
    struct lex_slot *t = vg_calloc(size, sizeof *t);
    if (!t)
        return -1;
    for (size_t id = 1; id < lx->n_words; id++) {
        uint32_t h = hash_bytes(lx->words[id], lx->lens[id]);
        size_t i = h & (size - 1);
        while (t[i].id)
            i = (i + 1) & (size - 1);
        t[i].hash = h;
        t[i].id = (uint32_t)id;
    }
    free(lx->table);
    lx->table = t;
    lx->table_mask = size - 1;
    return 0;
}

/* The id of a word, adding it when new; 0 when out of memory. */
static uint32_t intern(struct lexicon *lx, const char *p, size_t len) {
    uint32_t h = hash_bytes(p, len);
    uint32_t id = lexicon_word_hashed(lx, p, len, h);
    if (id)
        return id;
    if (lx->n_words == 0)
        lx->n_words = 1;
    if ((lx->n_words + 1) * 2 > lx->table_mask + 1) {
        size_t size = lx->table ? (lx->table_mask + 1) * 2 : 1024;
        if (rehash(lx, size))
            return 0;
    }
    if ((lx->n_words & (lx->n_words - 1)) == 0 || lx->n_words == 1) {
        char **w = vg_realloc(lx->words, (lx->n_words * 2 + 2) * sizeof *w);
        if (!w)
            return 0;
        lx->words = w;
        uint32_t *l = vg_realloc(lx->lens, (lx->n_words * 2 + 2) * sizeof *l);
        if (!l)
            return 0;
        lx->lens = l;
    }
    char *copy = vg_arena_strndup(&lx->word_bytes, p, len);
    if (!copy)
        return 0;
    id = (uint32_t)lx->n_words++;
    lx->words[id] = copy;
    lx->lens[id] = (uint32_t)len;
    size_t i = h & lx->table_mask;
    while (lx->table[i].id)
        i = (i + 1) & lx->table_mask;
    lx->table[i].hash = h;
    lx->table[i].id = id;
    return id;
}

struct field_list {
    struct vg_str f[8]; /* fields of a line */
    int n;              /* how many */
};

static void split_tabs(struct vg_str line, struct field_list *fl) {
    fl->n = 0;
    size_t start = 0;
    for (size_t i = 0; i <= line.len && fl->n < 8; i++) {
        if (i == line.len || line.ptr[i] == '\t') {
            fl->f[fl->n++] = vg_str_trim(vg_str_make(line.ptr + start, i - start));
            start = i + 1;
        }
    }
}

static int parse_int(struct vg_str s, int64_t *out) {
    if (!s.len || s.len > 18)
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return -1;
        v = v * 10 + (s.ptr[i] - '0');
    }
    *out = v;
    return 0;
}

static const char *const cat_names[LC_CAT_COUNT] = {
    "", "num", "scale", "qual", "post", "vague", "out", "who", "unit", "pre",
    "aux", "say", "retract", "neg", "role", "link", "stop", "func", "org", "title",
    "range", "part", "rel", "prep", "group", "pron",
};

static int parse_qual(struct vg_str s) {
    static const char *const names[] = {"", "approx", "min", "max", "between", "exact", "min_approx"};
    for (int i = 1; i < 7; i++)
        if (vg_str_eq_cstr(s, names[i]))
            return i;
    return -1;
}

static int parse_form(struct vg_str s) {
    static const char *const names[] = {"", "verb", "intrans", "event", "people", "toll",
                                        "state", "cases", "weak"};
    for (int i = 1; i < 9; i++)
        if (vg_str_eq_cstr(s, names[i]))
            return i;
    return -1;
}

static int grow_entries(struct lexicon *lx) {
    if ((lx->n_entries & (lx->n_entries - 1)) == 0) {
        size_t cap = lx->n_entries ? lx->n_entries * 2 : 64;
        struct lex_entry *e = vg_realloc(lx->entries, cap * sizeof *e);
        if (!e)
            return -1;
        lx->entries = e;
    }
    return 0;
}

/* Parse the arguments of one entry; returns NULL or what is wrong. */
static const char *parse_args(struct lex_entry *e, const struct field_list *fl,
                              struct lexicon *lx, const char *name) {
    struct vg_str a1 = fl->n > 2 ? fl->f[2] : VG_STR_NULL;
    struct vg_str a2 = fl->n > 3 ? fl->f[3] : VG_STR_NULL;
    struct vg_str a3 = fl->n > 4 ? fl->f[4] : VG_STR_NULL;
    struct vg_str a4 = fl->n > 5 ? fl->f[5] : VG_STR_NULL;
    int v;
    (void)name;
    switch (e->cat) {
    case LC_NUM:
    case LC_SCALE:
        if (parse_int(a1, &e->a))
            return "expected a number";
        e->mult = vg_str_eq_cstr(a2, "mult");
        return NULL;
    case LC_QUAL:
    case LC_POST:
        if ((v = parse_qual(a1)) < 0)
            return "expected approx, min, max, between, exact or min_approx";
        e->kind = (uint8_t)v;
        return NULL;
    case LC_VAGUE:
        if (parse_int(a1, &e->a) || parse_int(a2, &e->b) || e->a > e->b)
            return "expected LOW HIGH RULE";
        if (!a3.len)
            return "expected a rule id";
        {
            /* Rule ids live as long as the lexicon: keep them as interned words. */
            uint32_t id = intern(lx, a3.ptr, a3.len);
            if (!id)
                return "out of memory";
            e->rule = lx->words[id];
        }
        e->approx = !vg_str_eq_cstr(a4, "exact");
        return NULL;
    case LC_OUT:
        if ((e->what = (uint8_t)vg_what_parse(a1)) == VG_WHAT_NONE)
            return "expected an outcome (detained, killed, ...)";
        if ((v = parse_form(a2)) < 0)
            return "expected a form (verb, intrans, event, people, toll, state, cases, weak)";
        e->kind = (uint8_t)v;
        e->who = VG_WHO_PEOPLE;
        if (a3.len) {
            if ((v = vg_who_parse(a3)) < 0)
                return "expected a group (people, police, ...)";
            e->who = (uint8_t)v;
        }
        return NULL;
    case LC_WHO:
        if ((v = vg_who_parse(a1)) < 0)
            return "expected a group (people, protesters, police, ...)";
        e->who = (uint8_t)v;
        return NULL;
    case LC_ROLE:
        if ((v = vg_role_parse(a1)) < 0)
            return "expected a role (journalist, activist, lawyer, ...)";
        e->role = (uint8_t)v;
        return NULL;
    case LC_UNIT:
        e->kind = vg_str_eq_cstr(a1, "time") ? 1 : vg_str_eq_cstr(a1, "age") ? 2 : 0;
        return NULL;
    case LC_SAY:
        e->kind = vg_str_eq_cstr(a1, "pre") ? 1 : vg_str_eq_cstr(a1, "both") ? 2 : 0;
        return NULL;
    case LC_ORG:
        e->kind = vg_str_eq_cstr(a1, "role") ? 1 : 0;
        return NULL;
    case LC_AUX:
        e->kind = vg_str_eq_cstr(a1, "be") ? 1 : 0;
        return NULL;
    case LC_NEG: /* "verb": negates the verb after it, as "not" does */
        e->kind = vg_str_eq_cstr(a1, "verb") ? 1 : 0;
        return NULL;
    case LC_RANGE:
        if (vg_str_eq_cstr(a1, "any"))
            e->kind = RANGE_ANY;
        else if (vg_str_eq_cstr(a1, "between"))
            e->kind = RANGE_BETWEEN;
        else
            return "expected any or between";
        return NULL;
    case LC_PART:
        if (vg_str_eq_cstr(a1, "pre"))
            e->kind = PART_PRE;
        else if (vg_str_eq_cstr(a1, "post"))
            e->kind = PART_POST;
        else if (vg_str_eq_cstr(a1, "both"))
            e->kind = PART_BOTH;
        else
            return "expected pre, post or both";
        return NULL;
    case LC_PRON:
        /* "subj,obj,poss" (any of them, comma-separated), then m or f. */
        for (size_t i = 0; i < a1.len;) {
            size_t j = i;
            while (j < a1.len && a1.ptr[j] != ',')
                j++;
            struct vg_str u = vg_str_make(a1.ptr + i, j - i);
            if (vg_str_eq_cstr(u, "subj"))
                e->kind |= PRON_SUBJ;
            else if (vg_str_eq_cstr(u, "obj"))
                e->kind |= PRON_OBJ;
            else if (vg_str_eq_cstr(u, "poss"))
                e->kind |= PRON_POSS;
            else
                return "expected subj, obj or poss";
            i = j + 1;
        }
        if (!e->kind)
            return "expected subj, obj or poss";
        if (vg_str_eq_cstr(a2, "m") || vg_str_eq_cstr(a2, "f"))
            e->a = a2.ptr[0];
        else if (a2.len)
            return "expected m or f";
        return NULL;
    default:
        return NULL;
    }
}

static int add_line(struct lexicon *lx, struct vg_str line, const char *name, long lineno,
                    struct vg_err *err) {
    struct field_list fl;
    split_tabs(line, &fl);
    if (fl.n < 2)
        return vg_err_at(err, VG_EINPUT, name, lineno, "expected PHRASE<TAB>CATEGORY");
    int cat = -1;
    for (int i = 1; i < LC_CAT_COUNT && cat < 0; i++)
        if (fl.f[1].len && fl.f[1].ptr[0] == cat_names[i][0] &&
            vg_str_eq_cstr(fl.f[1], cat_names[i]))
            cat = i; /* the names differ: the first byte rules out most */
    if (cat < 0)
        return vg_err_at(err, VG_EINPUT, name, lineno, "unknown category '%.*s'",
                         (int)fl.f[1].len, fl.f[1].ptr);
    if (grow_entries(lx))
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    struct lex_entry *e = &lx->entries[lx->n_entries];
    memset(e, 0, sizeof *e);
    e->cat = (uint8_t)cat;
    struct vg_str ph = fl.f[0];
    size_t start = 0;
    for (size_t i = 0; i <= ph.len; i++) {
        if (i < ph.len && ph.ptr[i] != ' ')
            continue;
        if (i > start) {
            if (e->n_words == LEX_MAX_WORDS)
                return vg_err_at(err, VG_EINPUT, name, lineno, "phrase has more than %d words",
                                 LEX_MAX_WORDS);
            for (size_t k = start; k < i; k++)
                if (ph.ptr[k] >= 'A' && ph.ptr[k] <= 'Z')
                    return vg_err_at(err, VG_EINPUT, name, lineno, "phrase must be lower case");
            uint32_t id = intern(lx, ph.ptr + start, i - start);
            if (!id)
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            e->words[e->n_words++] = id;
        }
        start = i + 1;
    }
    if (!e->n_words)
        return vg_err_at(err, VG_EINPUT, name, lineno, "empty phrase");
    const char *why = parse_args(e, &fl, lx, name);
    if (why)
        return vg_err_at(err, why[0] == 'o' ? VG_ENOMEM : VG_EINPUT, name, lineno, "%s: %s",
                         cat_names[cat], why);
    lx->n_entries++;
    return VG_OK;
}

int lexicon_load_text(const char *lang, const char *name, struct vg_str text, struct lexicon *lx,
                      struct vg_err *err) {
    (void)lang;
    long lineno = 0;
    size_t pos = 0;
    while (pos < text.len) {
        const char *nl = memchr(text.ptr + pos, '\n', text.len - pos);
        size_t end = nl ? (size_t)(nl - text.ptr) : text.len;
        struct vg_str line = vg_str_make(text.ptr + pos, end - pos);
        lineno++;
        pos = end + 1;
        if (line.len && line.ptr[line.len - 1] == '\r')
            line.len--;
        struct vg_str t = vg_str_trim(line);
        if (!t.len || t.ptr[0] == '#')
            continue;
        int rc = add_line(lx, line, name, lineno, err);
        if (rc)
            return rc;
    }
    return VG_OK;
}

/* by_word_next of an entry: its second word id, or LEX_ONE_WORD. */
static uint32_t second_word(const struct lex_entry *e) {
    return e->n_words > 1 ? e->words[1] : LEX_ONE_WORD;
}

/* The order of by_word: first word, category, second word (one-word
 * entries last), longest first, then file order.  A phrase search reads
 * only the entries whose second word is the text's, then the first
 * one-word entry; the answer is the one the plain longest-first order
 * gives, since one-word entries are the shortest. */
static int by_length(const void *a, const void *b, void *ctx) {
    const struct lexicon *lx = ctx;
    const struct lex_entry *x = &lx->entries[*(const uint32_t *)a];
    const struct lex_entry *y = &lx->entries[*(const uint32_t *)b];
    if (x->words[0] != y->words[0])
        return x->words[0] < y->words[0] ? -1 : 1;
    if (x->cat != y->cat)
        return x->cat < y->cat ? -1 : 1;
    if (second_word(x) != second_word(y))
        return second_word(x) < second_word(y) ? -1 : 1;
    if (x->n_words != y->n_words)
        return x->n_words > y->n_words ? -1 : 1;
    return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}

/* qsort has no context argument in C11: sort with a small insertion-merge. */
static void sort_entries(uint32_t *v, size_t n, struct lexicon *lx) {
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        size_t j = i;
        while (j > 0 && by_length(&v[j - 1], &x, lx) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

/* Fill group_base and groups (see lexicon.h) from by_word, sorted.
 * Returns 0, or -1 when out of memory. */
static int index_groups(struct lexicon *lx, size_t n) {
    lx->group_base = vg_calloc(n, sizeof *lx->group_base);
    lx->groups = vg_calloc(n + lx->n_entries, sizeof *lx->groups);
    if (!lx->group_base || !lx->groups)
        return -1;
    uint32_t g = 0;
    for (size_t w = 0; w < n; w++) {
        lx->group_base[w] = g;
        uint32_t end = lx->first[w] + lx->count[w];
        for (uint32_t k = lx->first[w]; k < end; k++)
            if (k == lx->first[w] ||
                lx->entries[lx->by_word[k]].cat != lx->entries[lx->by_word[k - 1]].cat)
                lx->groups[g++] = k;
        lx->groups[g++] = end;
    }
    return 0;
}

/* Index the entries by first word once all files are read. */
/* Is the folded word made of lower-case letters only, ASCII or Cyrillic
 * (the letters extract.c's sentence filter folds itself)? */
static int plain_word(const char *w, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'a' && c <= 'z')
            continue;
        if ((c == 0xD0 || c == 0xD1) && i + 1 < len) {
            i++;
            continue;
        }
        return 0;
    }
    return len > 0;
}

/* The anchor words: a sentence holds a phrase of an anchor category only if
 * it holds one of them.  A one-word entry is its own anchor; a longer
 * phrase needs none of its own when one of its words is an anchor already
 * ("a hundred" holds "hundred"), else its first word is one. */
static int mark_anchors(struct lexicon *lx, size_t n, struct vg_err *err) {
    lx->anchor = vg_calloc(n, 1);
    if (!lx->anchor)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    for (size_t i = 0; i < lx->n_entries; i++) {
        const struct lex_entry *e = &lx->entries[i];
        if ((LEX_ANCHORS & (1u << e->cat)) && e->n_words == 1)
            lx->anchor[e->words[0]] = 1;
    }
    for (size_t i = 0; i < lx->n_entries; i++) {
        const struct lex_entry *e = &lx->entries[i];
        if (!(LEX_ANCHORS & (1u << e->cat)) || e->n_words == 1)
            continue;
        int held = 0;
        for (size_t k = 0; k < e->n_words && !held; k++)
            held = lx->anchor[e->words[k]] && (lx->single[e->words[k]] & LEX_ANCHORS);
        if (!held)
            lx->anchor[e->words[0]] = 1;
    }
    for (int c = 1; c < 128; c++) {
        char b = (char)c;
        lx->ascii_word[c] = lexicon_word(lx, &b, 1);
    }
    lx->digit_words = 0;
    for (size_t w = 1; w < n; w++)
        for (size_t i = 0; i < lx->lens[w]; i++)
            if (lx->words[w][i] >= '0' && lx->words[w][i] <= '9')
                lx->digit_words = 1;
    lx->anchors_plain = 1;
    for (size_t w = 1; w < n; w++)
        if (lx->anchor[w] && !plain_word(lx->words[w], lx->lens[w]))
            lx->anchors_plain = 0;
    return VG_OK;
}

int lexicon_index(struct lexicon *lx, struct vg_err *err) {
    size_t n = lx->n_words ? lx->n_words : 1;
    lx->first = vg_calloc(n, sizeof *lx->first);
    lx->count = vg_calloc(n, sizeof *lx->count);
    lx->cats = vg_calloc(n, sizeof *lx->cats);
    lx->single = vg_calloc(n, sizeof *lx->single);
    lx->second = vg_calloc(n, sizeof *lx->second);
    lx->by_word = vg_calloc(lx->n_entries + 1, sizeof *lx->by_word);
    if (!lx->first || !lx->count || !lx->cats || !lx->single || !lx->second || !lx->by_word)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    for (size_t i = 0; i < lx->n_entries; i++)
        lx->by_word[i] = (uint32_t)i;
    /* Counting sort by first word, then order each group by category,
     * second word and length (by_length; lex_match_phrase reads one
     * category). */
    for (size_t i = 0; i < lx->n_entries; i++)
        lx->count[lx->entries[i].words[0]]++;
    uint32_t acc = 0;
    for (size_t w = 0; w < n; w++) {
        lx->first[w] = acc;
        acc += lx->count[w];
    }
    uint32_t *fill = vg_calloc(n, sizeof *fill);
    if (!fill)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    for (size_t i = 0; i < lx->n_entries; i++) {
        uint32_t w = lx->entries[i].words[0];
        lx->by_word[lx->first[w] + fill[w]++] = (uint32_t)i;
        lx->cats[w] |= 1u << lx->entries[i].cat;
        if (lx->entries[i].n_words == 1)
            lx->single[w] |= 1u << lx->entries[i].cat;
        else
            lx->second[lx->entries[i].words[1]] |= 1u << lx->entries[i].cat;
    }
    free(fill);
    for (size_t w = 0; w < n; w++)
        if (lx->count[w] > 1)
            sort_entries(lx->by_word + lx->first[w], lx->count[w], lx);
    lx->by_word_next = vg_calloc(lx->n_entries + 1, sizeof *lx->by_word_next);
    if (!lx->by_word_next)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    for (size_t k = 0; k < lx->n_entries; k++)
        lx->by_word_next[k] = second_word(&lx->entries[lx->by_word[k]]);
    if (index_groups(lx, n))
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    return mark_anchors(lx, n, err);
}

int lexicon_load(const char *lang, struct lexicon **out, struct vg_err *err) {
    struct lexicon *lx = lexicon_new(lang);
    if (!lx)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    char prefix[32];
    snprintf(prefix, sizeof prefix, "lexicon/%s/", lang);
    size_t plen = strlen(prefix);
    int found = 0, rc = VG_OK;
    for (const struct vg_embedded_file *f = vg_embedded_files; f->name && !rc; f++) {
        if (strncmp(f->name, prefix, plen) != 0)
            continue;
        found = 1;
        rc = lexicon_load_text(lang, f->name, vg_str_make((const char *)f->data, f->len), lx, err);
    }
    if (!rc && !found)
        rc = vg_err_set(err, VG_ENOTFOUND, "no lexicon for language '%s'", lang);
    if (!rc)
        rc = lexicon_index(lx, err);
    if (rc) {
        lexicon_free(lx);
        return rc;
    }
    *out = lx;
    return VG_OK;
}
