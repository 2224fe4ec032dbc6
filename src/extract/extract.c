/* The extraction pipeline: split the report into sentences, tokenize each,
 * read its quantities, bind them to outcomes, attach who, where, when,
 * source and status, and merge repeated mentions of one figure.
 *
 * Memory: figures live in the caller's arena; tokens and per-sentence
 * tables live in buffers reused from sentence to sentence and a scratch
 * arena reset per sentence, so a report of any length costs memory in
 * proportion to its longest sentence plus its figures. */
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "bind.h"
#include "dates.h"
#include "lexicon.h"
#include "name_case.h"
#include "person.h"
#include "place.h"
#include "quantity.h"
#include "sentence.h"
#include "source.h"
#include "table.h"
#include "token.h"
#include "word_list.h"
#include "vigil/extract.h"
#include "vigil/translit.h"
#include "banned.h"


struct vg_extractor {
    struct lexicon *en;           /* English lexicon */
    struct lexicon *ru;           /* Russian lexicon, or NULL */
    struct vg_gazetteer *places;  /* place names */
};

int vg_extractor_new(struct vg_extractor **out, struct vg_err *err) {
    *out = NULL;
    struct vg_extractor *x = vg_calloc(1, sizeof *x);
    if (!x)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    int rc = lexicon_load("en", &x->en, err);
    if (!rc)
        rc = vg_gazetteer_load(&x->places, err);
    if (!rc) {
        struct vg_err ignore;
        if (lexicon_load("ru", &x->ru, &ignore) && ignore.code != VG_ENOTFOUND)
            rc = vg_err_set(err, ignore.code, "%s", ignore.msg);
    }
    if (rc) {
        vg_extractor_free(x);
        return rc;
    }
    *out = x;
    return VG_OK;
}

void vg_extractor_free(struct vg_extractor *x) {
    if (!x)
        return;
    lexicon_free(x->en);
    lexicon_free(x->ru);
    vg_gazetteer_free(x->places);
    free(x);
}

/* Function words that nearly every paragraph of the language has. */
static const char *const stop_en[] = {"the", "and", "of", "to", "in", "were", "was", "said", NULL};
static const char *const stop_ru[] = {
    "\xd0\xb8",                         /* и */
    "\xd0\xb2",                         /* в */
    "\xd0\xbd\xd0\xb0",                 /* на */
    "\xd0\xbd\xd0\xb5",                 /* не */
    "\xd1\x87\xd1\x82\xd0\xbe",         /* что */
    "\xd0\xbf\xd0\xbe",                 /* по */
    "\xd1\x81",                         /* с */
    "\xd0\xb8\xd0\xb7",                 /* из */
    "\xd0\xb1\xd1\x8b\xd0\xbb\xd0\xb8", /* были */
    NULL};

static int is_stop(const char *w, size_t n, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, w, n) == 0)
            return 1;
    return 0;
}

/* Count the letters of each script in p[0, n), and, when `stops`, the
 * function words of each language. */
static void count_scripts(const unsigned char *p, size_t n, int stops, size_t *lat, size_t *cyr,
                          size_t *sw_en, size_t *sw_ru) {
    size_t i = 0;
    while (i < n) {
        /* A word of lower-case ASCII or lower-case Russian letters. */
        size_t a = i;
        int latin = 0, cyrillic = 0;
        while (i < n) {
            if ((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z') {
                latin = 1;
                (*lat)++;
                i++;
            } else if ((p[i] == 0xD0 || p[i] == 0xD1) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
                cyrillic = 1;
                (*cyr)++;
                i += 2;
            } else {
                break;
            }
        }
        if (i == a) {
            i++;
            continue;
        }
        if (!stops)
            continue;
        if (latin && !cyrillic)
            *sw_en += is_stop((const char *)p + a, i - a, stop_en);
        else if (cyrillic && !latin)
            *sw_ru += is_stop((const char *)p + a, i - a, stop_ru);
    }
}

/* Bytes of a 64-bit word each set to c, and the mask of a byte moved to
 * the place of the byte after it in memory. */
#define BYTES(c) ((uint64_t)0x0101010101010101u * (c))
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define TO_NEXT_BYTE(m) ((m) >> 8)
#else
#define TO_NEXT_BYTE(m) ((m) << 8)
#endif

/* How many top bits of m are set (m holds nothing else). */
static unsigned top_bits(uint64_t m) { return (unsigned)(((m >> 7) * BYTES(1)) >> 56); }

/* Count the letters of the eight bytes at p as count_letters does, at
 * once: the ASCII letters, and the Russian letters, whose lead byte (0xD0
 * or 0xD1) is among the eight and whose continuation byte follows it
 * (next_cont: the byte after the eight is one).  A letter is counted where
 * its lead byte is, so words can be cut anywhere.  With the top bit of
 * each byte cleared, y + BYTES(0x80 - c) sets the top bit of a byte exactly
 * where that byte of y is c or more (no carry crosses bytes); ~(v + 0x7F)
 * does where a byte of v (top bit clear) is 0. */
static void count8(const unsigned char *p, int next_cont, size_t *lat, size_t *cyr) {
    const uint64_t top = BYTES(0x80), low7 = BYTES(0x7F);
    uint64_t x;
    memcpy(&x, p, 8);
    if (!(x & top)) { /* all ASCII, as most of English text: letters only */
        uint64_t y = x | BYTES(0x20);
        *lat += top_bits((y + BYTES(0x80 - 'a')) & ~(y + BYTES(0x80 - 'z' - 1)) & top);
        return;
    }
    uint64_t y = (x & low7) | BYTES(0x20); /* the case bit set: 'A'..'Z' on 'a'..'z' */
    uint64_t letter = (y + BYTES(0x80 - 'a')) & ~(y + BYTES(0x80 - 'z' - 1)) & ~x & top;
    uint64_t v = (x & BYTES(0xFE)) ^ BYTES(0xD0);           /* 0 at a lead byte */
    uint64_t lead = ~(((v & low7) + low7) | v) & top;
    uint64_t cont = x & ~(x << 1) & top;                     /* 10xxxxxx */
    *lat += top_bits(letter);
    *cyr += top_bits(TO_NEXT_BYTE(lead) & cont) + (p[7] >= 0xD0 && p[7] <= 0xD1 && next_cont);
}

/* The letter counts of count_scripts (no function words), in one pass
 * over the bytes: with no words to look up, the walk over words is not
 * needed, and the counts stay in locals (a store through a size_t pointer
 * could change the bytes of p as far as the compiler knows).  Eight bytes
 * are counted at once (count8), the last few one by one. */
static void count_letters(const unsigned char *p, size_t n, size_t *lat, size_t *cyr) {
    size_t l = 0, c = 0, i = 0;
    for (; i + 8 <= n; i += 8)
        count8(p + i, i + 8 < n && (p[i + 8] & 0xC0) == 0x80, &l, &c);
    for (; i < n; i++) {
        unsigned char b = p[i];
        if ((unsigned)((b | 32) - 'a') < 26u)
            l++;
        else if ((b & 0xFE) == 0xD0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80)
            c++; /* a Russian letter: 0xD0 or 0xD1 and a continuation byte */
    }
    *lat += l;
    *cyr += c;
}

const char *vg_detect_lang(struct vg_str text) {
    size_t cyr = 0, lat = 0, sw_en = 0, sw_ru = 0, n = text.len < 8192 ? text.len : 8192;
    const unsigned char *p = (const unsigned char *)text.ptr;
    /* The script when one clearly dominates; else the function words
     * decide (a Russian post full of Latin links and names, an English
     * report quoting Cyrillic at length), counted only then. */
    count_letters(p, n, &lat, &cyr);
    if (cyr > 3 * lat)
        return "ru";
    if (lat > 3 * cyr)
        return "en";
    lat = cyr = 0;
    count_scripts(p, n, 1, &lat, &cyr, &sw_en, &sw_ru);
    if (sw_ru != sw_en)
        return sw_ru > sw_en ? "ru" : "en";
    return cyr > lat ? "ru" : "en";
}

/* Working state of one extraction. */
/* A sentence whose dates matter only as the last date of its paragraph
 * (run.para_when): they are read when a figure asks for that date. */
struct later_dates {
    size_t start, end; /* the sentence */
    size_t max;        /* its last date is the max-th, when it has more */
};

struct run {
    const struct lexicon *lx;
    struct vg_arena *a;        /* the caller's arena: results */
    struct vg_arena scratch;   /* folds, reset per sentence */
    struct vg_str text;
    struct token_list toks;
    struct vg_report *r;
    size_t fig_cap;
    uint8_t *dated;            /* per figure: its date is read from its own sentence */
    uint16_t *trig_at, *qty_at;/* per-token tables */
    size_t table_cap;
    struct vg_str prev_source; /* attribution of the sentence before, same paragraph */
    struct vg_str last_source; /* attribution of the sentence before, any paragraph:
                                * what a pronoun speaker ("it said") refers to */
    struct vg_str last_body;   /* the last body named outright ("Human Rights
                                * Watch"): what "the group said" refers to */
    struct spoken {
        struct vg_str source;  /* a speaker described ("Police spokesman"), not named */
        size_t start, end;     /* the sentence that described it */
    } spoken[16];              /* the last sentences with such a speaker, a ring */
    size_t n_spoken;           /* how many were written, all told */
    const size_t *ministers;   /* where each "Minister " starts, in text order */
    size_t n_ministers;
    uint32_t prev_para;
    int bad_utf8_noted;
    struct place_state places; /* where figures happened */
    struct acronym acronyms[16]; /* names the report gives acronyms to */
    size_t n_acronyms;         /* how many */
    struct person_state persons;/* named people */
    struct vg_when para_when;  /* the last date named in this paragraph */
    uint32_t when_para;        /* the paragraph para_when belongs to */
    struct vg_when lead_when;  /* the first date of the report's opening, if any */
    struct vg_when head_when;  /* the date of a dated heading line ("Aug. 5 - The
                                  protests spread"), for the lines under it */
    size_t head_when_end;      /* where that heading ends */
    struct vg_when speech_when; /* the day of the statement the sentence last read
                                   for dates reports ("said on Monday that"), when
                                   it gives no other date; else none */
    struct vg_when section_when; /* the date of the section heading in capitals read
                                    last ("2. MONDAY 10 MARCH - SIT-INS"), for
                                    the section under it; none after an undated one */
    int lead_done;             /* lead_when has been looked for */
    struct table_reader tables; /* the table or list being read */
    struct date_hit dates[16]; /* the dates of the sentence last read for them */
    size_t n_dates;            /* how many */
    size_t dates_start, dates_end; /* that sentence; dates_end 0 = none yet */
    struct later_dates later[8]; /* sentences of para_when's paragraph whose dates
                                    may set it, not read yet, oldest first */
    size_t n_later;            /* how many */
    uint8_t last_what;         /* outcome of the last figure read, VG_WHAT_NONE if none */
    uint8_t last_who;          /* its group (enum vg_who) */
    size_t sent_figs;          /* the figures of the sentence being read start here */
    unsigned sent_para;        /* that sentence's paragraph */
    uint32_t last_what_para;   /* the paragraph it was read in */
    struct vg_str floor_source; /* the ministry whose minister holds the floor: a
                                   transcript's label "The MINISTER OF POLICE:" gives
                                   it to the speech under it, until the next label */
    int rally_seen;            /* a sentence read spoke of a rally */
    uint32_t rally_para;       /* the paragraph of the last such sentence */
};

static int add_diag(struct run *run, size_t offset, const char *msg) {
    struct vg_report *r = run->r;
    if ((r->n_diags & (r->n_diags + 1)) == 0 || r->n_diags == 0) {
        struct vg_diag *d = vg_arena_grow(run->a, r->diags, r->n_diags, r->n_diags * 2 + 2,
                                          sizeof *d);
        if (!d)
            return VG_ENOMEM;
        r->diags = d;
    }
    r->diags[r->n_diags].offset = offset;
    r->diags[r->n_diags].msg = msg;
    r->n_diags++;
    return VG_OK;
}

/* Append figure f; `dated` says its sentence gives its date. */
static int add_figure(struct run *run, const struct vg_figure *f, int dated) {
    struct vg_report *r = run->r;
    if (r->n_figures == run->fig_cap) {
        size_t cap = run->fig_cap ? run->fig_cap * 2 : 16;
        struct vg_figure *v = vg_arena_grow(run->a, r->figures, r->n_figures, cap, sizeof *v);
        if (!v)
            return run->a->overflowed ? VG_ETOOBIG : VG_ENOMEM;
        r->figures = v;
        uint8_t *d = vg_realloc(run->dated, cap);
        if (!d)
            return VG_ENOMEM;
        run->dated = d;
        run->fig_cap = cap;
    }
    run->dated[r->n_figures] = (uint8_t)(dated != 0);
    r->figures[r->n_figures++] = *f;
    return VG_OK;
}

/* "An earlier version said 14 people were injured.  That figure was
 * incorrect.": the sentence before's figures, from figs on, are withdrawn
 * by their own source, unless the withdrawing sentence names another
 * speaker (source, or empty). */
static void withdraw_previous(struct run *run, size_t figs, struct vg_str source) {
    struct vg_report *r = run->r;
    for (size_t i = figs; i < r->n_figures; i++)
        if (!source.len || vg_str_eq(r->figures[i].source, source))
            r->figures[i].status = VG_RETRACTED;
}

/* Is quantity i the wrong count a correction sets aside: "twenty (20),
 * not 23", "Fourteen, not forty"?  Returns 1 + the index of the right
 * count before it, or 0. */
static size_t set_aside(const struct sentence_ctx *c, size_t i) {
    size_t t0 = c->q[i].t0;
    if (i == 0 || t0 < 2 || !tok(c, t0 - 1, "not") || !tok(c, t0 - 2, ","))
        return 0;
    return c->q[i - 1].t1 == t0 - 2 ? i : 0;
}

/* A correction in contrast ("is therefore 20, not 23"): the count set
 * aside is no figure of this sentence, and an earlier figure of that count
 * and outcome, the report's own or this sentence's speaker's (source,
 * or empty), is withdrawn.  The
 * outcome is the right count's, else the last figure's.  Drops the
 * bindings of the counts set aside; returns how many bindings are left. */
static size_t corrected_counts(struct run *run, const struct sentence_ctx *c,
                               struct binding *bs, size_t nb, struct vg_str source) {
    for (size_t i = 0; i < c->nq; i++) {
        size_t right = set_aside(c, i);
        if (!right)
            continue;
        uint8_t what = run->last_what;
        int bound = 0;
        for (size_t b = 0; b < nb; b++)
            if (bs[b].q == right - 1) {
                what = bs[b].what;
                bound = 1;
            }
        struct vg_report *r = run->r;
        if (!bound) {
            /* "the correct number was 29, not 37": the right count takes
             * the outcome and group of the figure of the count set aside. */
            const struct vg_figure *wrong = NULL;
            for (size_t f = r->n_figures; f-- > 0 && !wrong;)
                if (r->figures[f].low == c->q[i].low && r->figures[f].high == c->q[i].high)
                    wrong = &r->figures[f];
            if (wrong && nb < MAX_PER_SENTENCE) {
                what = wrong->what;
                bs[nb++] = (struct binding){.q = right - 1, .what = wrong->what,
                                            .who = wrong->who, .rule = "corrected",
                                            .trig = c->q[right - 1].t0};
            }
        }
        for (size_t f = 0; f < r->n_figures; f++)
            if (r->figures[f].what == what && r->figures[f].low == c->q[i].low &&
                r->figures[f].high == c->q[i].high &&
                (!source.len || !r->figures[f].source.len ||
                 source_same(r->figures[f].source, source)))
                r->figures[f].status = VG_RETRACTED;
        size_t o = 0;
        for (size_t b = 0; b < nb; b++)
            if (bs[b].q != i)
                bs[o++] = bs[b];
        nb = o;
    }
    return nb;
}

/* Is the quantity q an estimate's value: "Police estimated the crowd at
 * 6,000 to 9,000", "put the turnout at about 2,000" (GUIDELINES.md: "an
 * estimated N" is approximate)? */
static int estimated_at(const struct sentence_ctx *c, const struct quantity *q) {
    static const char *const verbs[] = {"estimated", "estimate", "estimating", NULL};
    size_t k = q->t0;
    if (k >= 2 && token_is(&c->t[k - 1], "between"))
        k--;
    if (k < 3 || !token_is(&c->t[k - 1], "at"))
        return 0;
    for (size_t m = k - 1; m-- > 0 && m + 10 > k;) {
        if (word_list_has_token(verbs, &c->t[m]))
            return 1;
        if (c->qty_at[m] || token_is(&c->t[m], ";") || token_is(&c->t[m], "."))
            return 0;
    }
    return 0;
}

/* Is quantity i, with the next one, a correction in fact: "the \"2
 * journalists\" were in fact 3", "the 40 arrests were actually 45"?  The
 * words after count i are its noun (in quotes or not), a "be" and "in
 * fact", "actually" or "really" right before count i + 1. */
static int in_fact(const struct sentence_ctx *c, size_t i) {
    if (i + 1 >= c->nq)
        return 0;
    size_t k = c->q[i].t1, m = c->q[i + 1].t0;
    for (int words = 0; k < m && words < 4 && !tok(c, k, "were") && !tok(c, k, "was"); words++) {
        if (!(c->t[k].kind == TK_WORD && !(c->t[k].flags & TF_CAP)) && !tok(c, k, "\"") &&
            !tok(c, k, "'"))
            return 0;
        k++;
    }
    if (!(tok(c, k, "were") || tok(c, k, "was")))
        return 0;
    k++;
    if (tok(c, k, "in") && tok(c, k + 1, "fact"))
        k += 2;
    else if (tok(c, k, "actually") || tok(c, k, "really"))
        k++;
    else
        return 0;
    return k == m && (c->q[i + 1].t1 >= c->n || c->t[c->q[i + 1].t1].kind == TK_PUNCT);
}

/* A correction in fact (in_fact): the latest earlier figure of the wrong
 * count, the report's own or this sentence's speaker's, is withdrawn, and
 * the right count is a figure of its outcome and group.  Returns how many
 * bindings there are then. */
static size_t corrected_in_fact(struct run *run, const struct sentence_ctx *c,
                                struct binding *bs, size_t nb, size_t max,
                                struct vg_str source) {
    struct vg_report *r = run->r;
    for (size_t i = 0; i + 1 < c->nq && nb < max; i++) {
        if (!in_fact(c, i))
            continue;
        size_t f = r->n_figures;
        while (f > 0 && !(r->figures[f - 1].low == c->q[i].low &&
                          r->figures[f - 1].high == c->q[i].high))
            f--;
        if (!f)
            continue;
        struct vg_figure *old = &r->figures[f - 1];
        if (!source.len || !old->source.len || vg_str_eq(old->source, source))
            old->status = VG_RETRACTED;
        size_t o = 0;
        for (size_t b = 0; b < nb; b++)
            if (bs[b].q != i && bs[b].q != i + 1)
                bs[o++] = bs[b];
        nb = o;
        bs[nb].q = i + 1;
        bs[nb].what = (uint8_t)old->what;
        bs[nb].who = (uint8_t)old->who;
        bs[nb].rule = "in_fact";
        bs[nb].trig = c->q[i + 1].t0;
        nb++;
    }
    return nb;
}

/* Was the figure read as an item of a tally or list ("20 killed in X, 23
 * in Y, three in Z and three in W")? */
static int tally_item(const struct vg_figure *f) {
    static const char *const rules[] = {"coordinated", "coordinated_past", "tally",
                                        "paren_tally", "dash_list", "colon_list", "label", NULL};
    if (!f->what_rule)
        return 0;
    /* Merging asks this of every pair of figures: most rules are told
     * apart by their first letter, without a call. */
    for (const char *const *r = rules; *r; r++)
        if ((*r)[0] == f->what_rule[0] && strcmp(f->what_rule, *r) == 0)
            return 1;
    return 0;
}

/* Was the figure read from a table row by the column it stands under? */
static int table_cell(const struct vg_figure *f) {
    return f->what_rule && f->what_rule[0] == 't' && strncmp(f->what_rule, "table", 5) == 0;
}

/* Is f one of the figures a count said of each place of a list gives? */
static int each_place(const struct vg_figure *f) {
    return f->what_rule && rule_is(f->what_rule, "each_place");
}

/* Was it read so from the row of a table's total (table_row_kind)? */
static int total_cell(const struct vg_figure *f) {
    return f->what_rule && rule_is(f->what_rule, "table_total");
}

/* Are the places a and b (gazetteer names or NULL) the same? */
static int same_name(const char *a, const char *b) {
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Do the times a and b overlap, or is either unknown? */
static int same_time(struct vg_when a, struct vg_when b) {
    return !vg_when_known(a) || !vg_when_known(b) || (a.from <= b.to && b.from <= a.to);
}

/* The words in small letters right after a figure's quantity, up to
 * three, before any other character: its noun ("secondary school
 * students", "men").  Writes their slices to w; returns how many. */
static size_t noun_words(struct vg_str text, const struct vg_figure *f, struct vg_str w[3]) {
    size_t i = f->quantity.end, n = 0;
    while (n < 3 && i + 1 < text.len && text.ptr[i] == ' ' && islower((unsigned char)text.ptr[i + 1])) {
        size_t b = ++i;
        while (i < text.len && islower((unsigned char)text.ptr[i]))
            i++;
        w[n++] = vg_str_make(text.ptr + b, i - b);
    }
    return n;
}

/* Do figures a and b count two different groups of the class "other"
 * ("six secondary school students", "six men"), no word of one's noun in
 * the other's ("six students", "six secondary school students": one)? */
static int other_groups(struct vg_str text, const struct vg_figure *a, const struct vg_figure *b) {
    struct vg_str wa[3], wb[3];
    if (a->who != VG_WHO_OTHER || b->who != VG_WHO_OTHER || !text.ptr)
        return 0;
    size_t na = noun_words(text, a, wa), nb = noun_words(text, b, wb);
    if (!na || !nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (vg_str_eq(wa[i], wb[j]))
                return 0;
    return 1;
}

/* Are a and b read from one sentence repeated word for word, as a page's
 * standfirst and its lead often are ("Police said they had arrested almost
 * a hundred people"), even when a dateline opens one of them: the same
 * words from 40 bytes before the count to the sentence's end? */
static int repeated_sentence(struct vg_str text, const struct vg_figure *a,
                             const struct vg_figure *b) {
    enum { BEFORE = 40 };
    if (!text.ptr || a->sentence.start == b->sentence.start ||
        a->sentence.end - a->quantity.start != b->sentence.end - b->quantity.start ||
        a->quantity.start < a->sentence.start + BEFORE ||
        b->quantity.start < b->sentence.start + BEFORE || a->sentence.end > text.len ||
        b->sentence.end > text.len)
        return 0;
    size_t n = a->sentence.end - a->quantity.start + BEFORE;
    return memcmp(text.ptr + a->quantity.start - BEFORE, text.ptr + b->quantity.start - BEFORE,
                  n) == 0;
}

/* The word (letters only) of text that ends at byte `end`, spaces before it
 * skipped, or that starts at byte `start`, spaces skipped. */
static struct vg_str text_word_before(struct vg_str text, size_t end) {
    while (end > 0 && text.ptr[end - 1] == ' ')
        end--;
    size_t b = end;
    while (b > 0 && isalpha((unsigned char)text.ptr[b - 1]))
        b--;
    return vg_str_make(text.ptr + b, end - b);
}

static struct vg_str text_word_after(struct vg_str text, size_t start) {
    while (start < text.len && text.ptr[start] == ' ')
        start++;
    size_t e = start;
    while (e < text.len && isalpha((unsigned char)text.ptr[e]))
        e++;
    return vg_str_make(text.ptr + start, e - start);
}

/* Is the figure's count marked as more people than one named before in
 * its sentence: "another two civilians", "two others", "five other
 * people"? */
static int counts_others(struct vg_str text, const struct vg_figure *f) {
    if (!text.ptr || f->quantity.end > text.len)
        return 0;
    struct vg_str w = text_word_before(text, f->quantity.start),
                  v = text_word_after(text, f->quantity.start), /* "another" read as a qualifier */
        x = text_word_after(text, f->quantity.end);
    return vg_str_eq(w, VG_STR("another")) || vg_str_eq(v, VG_STR("another")) ||
           vg_str_eq(v, VG_STR("Another")) || vg_str_eq(x, VG_STR("others")) ||
           vg_str_eq(x, VG_STR("other")) || vg_str_eq(x, VG_STR("more"));
}

static int headline_line(struct vg_str text, struct vg_span s);

/* Where the text's first full stop, question or exclamation mark is, or
 * text.len: worked out once per report, not per pair of figures. */
static size_t first_stop(struct vg_str text) {
    size_t i = 0;
    while (i < text.len && text.ptr[i] != '.' && text.ptr[i] != '!' && text.ptr[i] != '?')
        i++;
    return i;
}

/* Is the sentence at span s the report's own headline: a headline's line
 * with no sentence of prose before it (a digest's later headlines head
 * other stories)?  `stop` is first_stop(text). */
static int lead_headline(struct vg_str text, struct vg_span s, size_t stop) {
    return headline_line(text, s) && stop >= (s.start < text.len ? s.start : text.len);
}

/* Does the figure's count name a group told of before: "the 27 persons
 * arrested", "of those 27", "the figure of 27 deaths"? */
static int refers_back(struct vg_str text, const struct vg_figure *f) {
    static const char *const refs[] = {"the", "The", "these", "These", "those", "Those", "of",
                                       NULL};
    if (!text.ptr || f->quantity.start > text.len)
        return 0;
    struct vg_str w = text_word_before(text, f->quantity.start);
    for (const char *const *r = refs; *r; r++)
        if (vg_str_eq(w, vg_str_make(*r, strlen(*r))))
            return 1;
    return 0;
}

/* Do a and b, both dated by their own sentences, name days that do not
 * meet ("two wounded on Monday in X", "two wounded on Friday")?  A date
 * taken from around a sentence is too loose to tell events apart. */
static int other_days(struct vg_str text, const struct vg_figure *a, int a_dated,
                      const struct vg_figure *b, int b_dated) {
    return a_dated && b_dated && a->sentence.start != b->sentence.start &&
           !same_time(a->when, b->when) && !refers_back(text, a) && !refers_back(text, b);
}

/* Does the noun of another group follow f's count right after it ("four
 * students", not "nine of our staff", who may be the force's own)? */
static int named_other_group(struct vg_str text, const struct vg_figure *f) {
    if (f->who != VG_WHO_OTHER || !text.ptr || f->quantity.end > text.len)
        return 0;
    struct vg_str x = text_word_after(text, f->quantity.end);
    return x.len && !vg_str_eq(x, VG_STR("of"));
}

/* Is one of two groups the security forces and the other a group they
 * face ("two officers were hurt", "two protesters were hurt", "four
 * students were hospitalised")?  Those are never one group; "people" may
 * be either ("seven of my colleagues"), and so may another group told by
 * a part ("nine of our staff"). */
static int force_and_crowd(struct vg_str text, const struct vg_figure *fa,
                           const struct vg_figure *fb) {
    if (fb->who == VG_WHO_POLICE) {
        const struct vg_figure *t = fa;
        fa = fb;
        fb = t;
    }
    int b = fb->who;
    return fa->who == VG_WHO_POLICE &&
           (b == VG_WHO_PROTESTERS || b == VG_WHO_JOURNALISTS || b == VG_WHO_ACTIVISTS ||
            b == VG_WHO_CIVILIANS || named_other_group(text, fb));
}

/* Are a and b (a_dated, b_dated: dated by their own sentences) mentions of
 * one figure? */
static int same_figure(struct place_state *ps, struct vg_str text, size_t stop,
                       const struct vg_figure *a, int a_dated, const struct vg_figure *b,
                       int b_dated) {
    if (a->what != b->what || a->low != b->low || a->high != b->high)
        return 0;
    if (repeated_sentence(text, a, b))
        return 1;
    if (a->sentence.start != b->sentence.start && other_groups(text, a, b))
        return 0;
    /* "Two were shot dead, adding two others died": other people. */
    if (a->sentence.start == b->sentence.start && a->quantity.start != b->quantity.start &&
        counts_others(text, a->quantity.start > b->quantity.start ? a : b))
        return 0;
    /* "Two officers and two detainees were hurt": two groups of one
     * sentence, each its own count. */
    if (a->sentence.start == b->sentence.start && a->quantity.start != b->quantity.start &&
        a->who != b->who)
        return 0;
    /* "three each from A, B and C": one count, a figure per place. */
    if (a->quantity.start == b->quantity.start && each_place(a) && each_place(b))
        return 0;
    /* Two items of one tally are two events, wherever they are placed. */
    if (a->sentence.start == b->sentence.start && a->quantity.start != b->quantity.start &&
        (tally_item(a) || tally_item(b) || (table_cell(a) && table_cell(b))))
        return 0; /* and two cells of one row are two columns */
    /* Two rows of tables are two events unless they are of one place and
     * time (a row repeated as another table's total); a total's row may
     * repeat a row of a place inside its own (a total of one city's
     * count). */
    if (a->sentence.start != b->sentence.start && table_cell(a) && table_cell(b) &&
        !total_cell(a) && !total_cell(b) &&
        !(same_name(a->where, b->where) && same_time(a->when, b->when)))
        return 0;
    /* A headline's count told again in the story is one figure, though
     * the two sentences name different places ("Police arrest dozens at
     * US universities", then "dozens of arrests ... at the University of
     * X"). */
    if (a->sentence.start != b->sentence.start && lead_headline(text, a->sentence, stop) &&
        !headline_line(text, b->sentence))
        return 1;
    if (other_days(text, a, a_dated, b, b_dated))
        return 0;
    /* An item of one sentence's breakdown and a count of another group in
     * another sentence: "48 officers were hurt - 38 gendarmes, two members
     * of the brigade ...", then "22 people were hospitalized, two of them
     * seriously": two groups that share a number. */
    if (a->sentence.start != b->sentence.start && a->who != b->who &&
        (tally_item(a) || tally_item(b)))
        return 0;
    if (a->sentence.start != b->sentence.start && force_and_crowd(text, a, b))
        return 0;
    /* Another place is another event; dates read from context are too
     * loose to tell events apart. */
    return !(a->where && b->where && !place_same_event(ps, a->where, b->where));
}

/* Is the sentence at span s a headline's line: a line of its own that
 * ends in no full stop, question or exclamation mark or quotation mark
 * ("Protest cases: 1,932 in jails, says prisons dept")? */
static int headline_line(struct vg_str text, struct vg_span s) {
    if (s.end == 0 || s.end > text.len || (s.start > 0 && text.ptr[s.start - 1] != '\n') ||
        (s.end < text.len && text.ptr[s.end] != '\n' && text.ptr[s.end] != '\r'))
        return 0;
    char last = text.ptr[s.end - 1];
    return last != '.' && last != '!' && last != '?' && last != '"' && last != ')';
}

/* Does f's own sentence write its place's name (not a place read from
 * the sentences around it)? */
static int names_place(struct vg_str text, const struct vg_figure *f) {
    size_t n = strlen(f->where);
    if (!n || f->sentence.end > text.len || f->sentence.end - f->sentence.start < n)
        return 0;
    const char *s = text.ptr + f->sentence.start;
    size_t len = f->sentence.end - f->sentence.start;
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, f->where, n) == 0)
            return 1;
    return 0;
}

/* Was the source of g, a headline's figure, taken from the story already:
 * a credit written outside the headline?  The story's first credit is
 * the one the headline's yields to. */
static int taken_from_story(struct vg_str text, const struct vg_figure *g) {
    const char *p = g->source.ptr; /* a name made from the text's words (an
                                    * office's ministry) lies outside it */
    return !(p >= text.ptr + g->sentence.start && p < text.ptr + g->sentence.end);
}

/* Does g's headline write the name src ("... – Amnesty International")?
 * The story's credit of that name is the one the headline meant. */
static int headline_names(struct vg_str text, const struct vg_figure *g, struct vg_str src) {
    if (!src.len || g->sentence.end > text.len)
        return 0;
    for (size_t i = g->sentence.start; i + src.len <= g->sentence.end; i++)
        if (memcmp(text.ptr + i, src.ptr, src.len) == 0)
            return 1;
    return 0;
}

/* Fold figure f into g, the first mention of the same figure.  When g is
 * a headline's, a place of the story inside the headline's (a city of its
 * country) is the more specific, which the figure takes (GUIDELINES.md:
 * the most specific place): "India: police arrest 4,000", then "... at a
 * New Delhi rally".  A later line of the story naming a city inside the
 * first line's country may tell of a part, so only a headline yields. */
static void merge_into(struct place_state *ps, struct vg_figure *g, const struct vg_figure *f,
                       struct vg_str text) {
    if (f->source.len && (!g->source.len || (headline_line(text, g->sentence) &&
                                             !headline_line(text, f->sentence) &&
                                             (!taken_from_story(text, g) ||
                                              headline_names(text, g, f->source)))))
        g->source = f->source; /* a headline's short credit yields to the story's */
    if (!g->where || (f->where && headline_line(text, g->sentence) &&
                      !headline_line(text, f->sentence) && names_place(text, f) &&
                      place_inside(ps, f->where, g->where)))
        g->where = f->where;
    if (!vg_when_known(g->when))
        g->when = f->when;
    /* "Eight charged" then "eight journalists have been charged": the
     * later mention names the group the bare count stood for. */
    if (g->who == VG_WHO_PEOPLE && f->who != VG_WHO_PEOPLE)
        g->who = f->who;
    if (f->status == VG_RETRACTED)
        g->status = VG_RETRACTED;
}

static size_t figure_key_hash(const struct vg_figure *f) {
    uint64_t h = (uint64_t)f->what * 0x9E3779B97F4A7C15u;
    h ^= (uint64_t)f->low + 0x632BE59BD9B4E019u + (h << 6) + (h >> 2);
    h ^= (uint64_t)f->high + 0x85EBCA77C2B2AE63u + (h << 6) + (h >> 2);
    return (size_t)(h ^ (h >> 29));
}

/* Merge repeated mentions: one figure per (what, low, high) per event.
 * Each figure is compared with the figures kept before it that share its
 * key, first kept first, found through a hash of the key: a report with
 * thousands of figures costs no more per figure than a short one.
 * Returns VG_ENOMEM when the index cannot be allocated. */
static int merge_repeats(struct vg_report *r, uint8_t *dated, struct place_state *ps,
                         struct vg_str text) {
    size_t n = r->n_figures, cap = 16;
    if (n < 2)
        return VG_OK;
    while (cap < 2 * n)
        cap <<= 1;
    size_t *first = vg_calloc(cap, sizeof *first); /* 1 + a bucket's first kept figure */
    size_t *last = vg_calloc(cap, sizeof *last);   /* 1 + its last */
    size_t *next = vg_calloc(n, sizeof *next);     /* 1 + the next kept in its bucket */
    if (!first || !last || !next) {
        free(first);
        free(last);
        free(next);
        return VG_ENOMEM;
    }
    size_t o = 0, stop = text.ptr ? first_stop(text) : 0;
    for (size_t i = 0; i < n; i++) {
        struct vg_figure *f = &r->figures[i];
        size_t b = figure_key_hash(f) & (cap - 1), j = first[b];
        while (j && !same_figure(ps, text, stop, &r->figures[j - 1], dated[j - 1], f, dated[i]))
            j = next[j - 1];
        if (j) {
            if (!vg_when_known(r->figures[j - 1].when))
                dated[j - 1] = dated[i]; /* the date merge_into takes is f's */
            merge_into(ps, &r->figures[j - 1], f, r->text);
            continue;
        }
        r->figures[o] = *f;
        dated[o] = dated[i];
        next[o] = 0;
        if (last[b])
            next[last[b] - 1] = o + 1;
        else
            first[b] = o + 1;
        last[b] = o + 1;
        o++;
    }
    r->n_figures = o;
    free(first);
    free(last);
    free(next);
    return VG_OK;
}

static int ensure_tables(struct run *run, size_t n) {
    if (n <= run->table_cap)
        return 0;
    size_t cap = n + 256;
    uint16_t *a = vg_realloc(run->trig_at, cap * sizeof *a);
    if (!a)
        return -1;
    run->trig_at = a;
    uint16_t *b = vg_realloc(run->qty_at, cap * sizeof *b);
    if (!b)
        return -1;
    run->qty_at = b;
    run->table_cap = cap;
    return 0;
}

/* Is the sentence a short heading on a line of its own, every word
 * capitalised ("Kisumu", "Nakuru County"): a list's place under it. */
static int heading_line(const struct run *run, const struct sentence *s,
                        const struct sentence_ctx *c) {
    if (c->n == 0 || c->n > 4 || c->nq > 0 || c->ntr > 0)
        return 0; /* "Date  Detained  Charged": a table's columns, no place */
    if (s->start > 0 && run->text.ptr[s->start - 1] != '\n')
        return 0;
    if (s->end < run->text.len && run->text.ptr[s->end] != '\n' && run->text.ptr[s->end] != '\r')
        return 0;
    for (size_t i = 0; i < c->n; i++)
        if (c->t[i].kind != TK_WORD || !(c->t[i].flags & TF_CAP))
            return 0;
    return 1;
}

/* Is the sentence a timeline's heading: a short line of its own after a
 * blank line (or the text's start), with text on the next line ("Aug. 5 -
 * The protests spread", "Day 3: Aug. 6 - The first death")?  Its date, if
 * any, dates the lines under it. */

/* Does the text at `a` open its line, maybe after a section's number
 * ("2. ", "IV. ", "3) ")? */
static int numbered_line(struct vg_str text, size_t a) {
    size_t b = vg_str_line_start(text, a), i = b;
    while (i < a && ((text.ptr[i] >= '0' && text.ptr[i] <= '9') || text.ptr[i] == 'I' ||
                     text.ptr[i] == 'V' || text.ptr[i] == 'X'))
        i++;
    if (i > b && i < a && (text.ptr[i] == '.' || text.ptr[i] == ')'))
        i++;
    while (i < a && (text.ptr[i] == ' ' || text.ptr[i] == '\t'))
        i++;
    return i == a;
}

/* Is the sentence s a section's heading: a line of its own, in capitals,
 * with no figure ("2. MONDAY 10 MARCH - STUDENT SIT-INS", "III. RIGHT TO
 * LIFE")?  Its date, when it gives one, is the date of the section's
 * figures that give none. */
static int section_heading(const struct run *run, const struct sentence *s,
                           const struct sentence_ctx *c) {
    if (c->n < 2 || c->n > 16)
        return 0;
    size_t a = s->start, e = s->end;
    const char *t = run->text.ptr;
    if (e < run->text.len && t[e] != '\n' && t[e] != '\r')
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->t[i].kind != TK_WORD)
            continue;
        if (!(c->t[i].flags & TF_UPPER) && !((c->t[i].flags & TF_CAP) && c->t[i].end - c->t[i].start == 1))
            return 0;
        words++;
    }
    /* The line's start is looked for last: most sentences are no heading
     * by their words already. */
    return words >= 2 && numbered_line(run->text, a);
}

/* Is the hit the day of publication, which a heading gives as the day
 * of writing ("WEDNESDAY 12 MARCH 2025")? */
static int publication_day(const struct run *run, const struct date_hit *h) {
    return h->when.from == run->r->published && h->when.to == run->r->published;
}

static int dated_heading(const struct run *run, const struct sentence *s,
                         const struct sentence_ctx *c) {
    if (c->n == 0 || c->n > 14)
        return 0;
    size_t a = s->start, e = s->end, len = run->text.len;
    const char *t = run->text.ptr;
    if (a > 0) { /* the line before is blank */
        if (t[a - 1] != '\n')
            return 0;
        size_t i = a - 1;
        while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\r'))
            i--;
        if (i > 0 && t[i - 1] != '\n')
            return 0;
    }
    if (e >= len || t[e] != '\n' || e + 1 >= len || t[e + 1] == '\n' || t[e + 1] == '\r')
        return 0;
    return 1;
}

/* Does the sentence speak of a rally: «акция», «митинг», «шествие»,
 * «пикет», «протест», «плакаты», "rally", "protest", "march"?  Words are
 * matched by their folded stem. */
static int speaks_of_rally(const struct token *t, size_t n) {
#define STEM(s) {s, sizeof s - 1}
    static const struct {
        const char *s; /* the stem, folded */
        size_t len;    /* its bytes */
    } stems[] = {STEM("акци"),  STEM("митинг"), STEM("шестви"),     STEM("пикет"),
                 STEM("протест"), STEM("плакат"), STEM("демонстрац"), STEM("rally"),
                 STEM("rallie"), STEM("protest"), STEM("demonstrat")};
#undef STEM
    for (size_t i = 0; i < n; i++) {
        const struct vg_str f = t[i].fold;
        if (t[i].kind != TK_WORD || f.len < 4)
            continue; /* every stem has four bytes or more */
        /* Nearly every word starts with two bytes no stem starts with; the
         * switch passes over those without the loop.  Its cases are the
         * first two bytes of the stems above: keep them in step. */
        switch ((unsigned char)f.ptr[0] << 8 | (unsigned char)f.ptr[1]) {
        case 'r' << 8 | 'a': /* rally, rallie */
        case 'p' << 8 | 'r': /* protest */
        case 'd' << 8 | 'e': /* demonstrat */
        case 0xD0B0:         /* а: акци */
        case 0xD0BC:         /* м: митинг */
        case 0xD188:         /* ш: шестви */
        case 0xD0BF:         /* п: пикет, протест, плакат */
        case 0xD0B4:         /* д: демонстрац */
            break;
        default:
            continue;
        }
        for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++)
            if (f.ptr[0] == stems[k].s[0] && f.ptr[1] == stems[k].s[1] && f.len >= stems[k].len &&
                memcmp(f.ptr, stems[k].s, stems[k].len) == 0)
                return 1;
    }
    return 0;
}

static size_t word_start_before(const char *s, size_t at);

/* Is s[b, e), a word of letters (no NUL), the word w, its ASCII letters
 * read in lower case?  Compared a byte at a time with no strlen: the
 * lists are asked several times for each date, and most of their words
 * differ from the text's in the first byte. */
static int word_is(const char *s, size_t b, size_t e, const char *w) {
    size_t i = 0;
    for (; b + i < e; i++) {
        unsigned char c = (unsigned char)s[b + i];
        if ((char)(c | (c < 0x80 ? 32 : 0)) != w[i])
            return 0; /* w[i] may be its NUL: w is shorter */
    }
    return w[i] == '\0';
}

/* Is s[b, e), a word of letters, one of `words`? */
static int word_in(const char *s, size_t b, size_t e, const char *const *words) {
    for (const char *const *w = words; *w; w++)
        if (word_is(s, b, e, *w))
            return 1;
    return 0;
}

/* The end of the word before byte `at` of s: `at` with the spaces before
 * it passed. */
static size_t word_end_before(const char *s, size_t at) {
    while (at > 0 && s[at - 1] == ' ')
        at--;
    return at;
}

/* Is the word ending just before s[at] (spaces skipped) one of `words`? */
static int word_before(const char *s, size_t at, const char *const *words) {
    size_t e = word_end_before(s, at);
    size_t b = word_start_before(s, e);
    return b < e && word_in(s, b, e, words);
}

/* Is the date hit the day a statement was made rather than the day of the
 * events counted: "said on Tuesday that", "said in a statement on Sunday",
 * «сообщили в воскресенье»? */
static int speech_date(const char *s, const struct date_hit *h) {
    static const char *const say[] = {"said", "says", "told", "stated", "confirmed", "added", "tweeted", "wrote",
                                      "statement", "заявил", "заявила", "заявили",
                                      "сообщил", "сообщила", "сообщили", NULL};
    static const char *const on[] = {"on", "late", "early", NULL};
    size_t at = h->start;
    if (word_before(s, at, on)) {
        while (at > 0 && s[at - 1] == ' ')
            at--;
        while (at > 0 && s[at - 1] != ' ')
            at--;
    }
    return word_before(s, at, say);
}

/* The start of the word before byte `at` of s (past spaces), or `at`
 * itself when a letter does not stand there. */
static size_t word_start_before(const char *s, size_t at) {
    while (at > 0 && s[at - 1] == ' ')
        at--;
    size_t b = at;
    while (b > 0 && (((s[b - 1] | 32) >= 'a' && (s[b - 1] | 32) <= 'z') ||
                     (unsigned char)s[b - 1] >= 0x80))
        b--;
    return b;
}

/* Is the date hit a day still to come: a hearing ("adjourned the matter
 * to October 2", "remanded to Luzira prison until June 4") or a plan
 * ("will return to court on October 2", "are due in court on Monday")?
 * It dates no figure. */
static int upcoming_date(const char *s, const struct date_hit *h) {
    static const char *const to[] = {"to", "till", "until", NULL};
    static const char *const adjourned[] = {"adjourned", "adjourns", "adjourn", "postponed",
                                            "remanded", NULL};
    static const char *const plans[] = {"will", "due", "scheduled", "expected", NULL};
    int until = word_before(s, h->start, to);
    size_t at = h->start;
    for (int words = 0; words < 7 && at > 0; words++) {
        /* The word before `at` (word_before's), found once for both lists. */
        size_t e = word_end_before(s, at), b = word_start_before(s, at);
        if (b < e && ((until && words < 5 && word_in(s, b, e, adjourned)) ||
                      word_in(s, b, e, plans)))
            return 1;
        if (b == at)
            return 0; /* a comma or a full stop between */
        at = b;
    }
    return 0;
}

/* Does the hit name a day by a word alone ("on Monday", "today"), not by
 * figures ("March 4", "12.03.2025")? */
static int day_by_word(const char *s, const struct date_hit *h) {
    if (h->kind != DATE_DAY)
        return 0;
    for (size_t i = h->start; i < h->end; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
    return 1;
}

/* Is the hit a weekday the events have yet to reach: "would be arraigned
 * on Wednesday", "will appear in court on Friday", "is due to decide on
 * Tuesday"?  Weekdays resolve to the past, so such a day would put the
 * events a week early.  A future verb before it in its clause, within a
 * few words, says so. */
static int future_day(const char *s, const struct date_hit *h) {
    static const char *const future[] = {"will", "would", "shall", "due", "expected", "scheduled",
                                         "planned", "set", NULL};
    if (!day_by_word(s, h))
        return 0;
    size_t at = h->start;
    for (int words = 0; words < 6 && at > 0; words++) {
        if (word_before(s, at, future))
            return 1;
        while (at > 0 && s[at - 1] == ' ')
            at--;
        if (at == 0 || s[at - 1] == ',' || s[at - 1] == ';' || s[at - 1] == ':' || s[at - 1] == '.')
            return 0;
        size_t b = at;
        while (at > 0 && s[at - 1] != ' ' && s[at - 1] != ',' && s[at - 1] != ';')
            at--;
        if (at == b)
            return 0;
    }
    return 0;
}

/* Is the hit, in the sentence at `start`, the date of a wire dateline near
 * the top of the report: the publication day followed by a dash, maybe
 * after the agency in brackets ("KISUMU, Kenya, March 4 (Wire) - ")? */
static int dateline_date(const struct run *run, size_t start, const struct date_hit *h) {
    int32_t pub = run->r->published;
    size_t e = start + h->end;
    if (start + h->start > 1024 || h->when.from != pub || h->when.to != pub)
        return 0;
    const char *t = run->text.ptr;
    size_t n = run->text.len;
    while (e < n && t[e] == ' ')
        e++;
    if (e < n && t[e] == '(') {
        const char *close = memchr(t + e, ')', n - e < 60 ? n - e : 60);
        if (!close)
            return 0;
        e = (size_t)(close - t) + 1;
        while (e < n && t[e] == ' ')
            e++;
    }
    if (e < n && (t[e] == '-' || t[e] == ':'))
        return 1;
    return e + 2 < n && (unsigned char)t[e] == 0xe2 && (unsigned char)t[e + 1] == 0x80 &&
           ((unsigned char)t[e + 2] == 0x93 || (unsigned char)t[e + 2] == 0x94);
}

/* Does the sentence s[0, len) date its events by the day before a
 * statement's: "the previous day", "the day before", "the previous
 * night", "the night before", "a day earlier" (not "the day before
 * yesterday", a day of its own)? */
static int day_before_speech(const char *s, size_t len) {
    static const char *const phrases[] = {"the previous day", "the day before", "the previous night",
                                          "the night before", "a day earlier", NULL};
    for (const char *const *ph = phrases; *ph; ph++) {
        size_t pl = strlen(*ph);
        for (size_t i = 0; i + pl <= len; i++) {
            if ((s[i] | 32) != (*ph)[0] || memcmp(s + i + 1, *ph + 1, pl - 1) != 0 ||
                (i > 0 && s[i - 1] != ' '))
                continue; /* "The previous day, ..." at a sentence's start too */
            const char *rest = s + i + pl;
            size_t left = len - i - pl;
            if (left > 0 && ((rest[0] | 32) >= 'a' && (rest[0] | 32) <= 'z'))
                continue; /* "the day beforehand" */
            if (left >= 2 && rest[0] == ' ' && rest[1] >= 'a' && rest[1] <= 'z' &&
                memcmp(*ph + pl - 6, "before", 6) == 0)
                continue; /* "the day before the election", "... before yesterday":
                           * a day named by another event */
            return 1;
        }
    }
    return 0;
}

#define LEAD_BYTES 2048 /* the opening a report's event date is looked for in */

static int blank_line(struct vg_str text, size_t from, size_t to);

/* The dates of the sentence text[start, end), whose tokens are toks[0,
 * n_toks) (none: the date finder reads the text), into out (16 at most).
 * The day of a dateline is the day of writing; so is the day of a
 * statement, when the sentence gives no other: such dates are left out,
 * but a statement's day whose events the sentence puts on the day before
 * ("said on Friday that three were killed the previous day") gives that
 * day. */
static size_t read_dates(const struct run *run, size_t start, size_t end,
                         const struct token *toks, size_t n_toks, struct date_hit *out,
                         struct vg_when *speech_when) {
    const char *p = run->text.ptr + start;
    /* Under a heading of one day ("[12.10.2025 17:40]" over a post),
     * "today" and "yesterday" are that day's. */
    int32_t anchor = run->r->published;
    if (vg_when_known(run->head_when) && run->head_when.from == run->head_when.to &&
        start >= run->head_when_end && !blank_line(run->text, run->head_when_end, start))
        anchor = run->head_when.from;
    size_t n = n_toks ? dates_find_tokens(p, end - start, toks, n_toks, start, anchor,
                                          run->r->lang, out, 16)
                      : dates_find(p, end - start, anchor, run->r->lang, out, 16);
    /* The day of a dateline is the day of writing; so is the day of a
     * statement, when the sentence gives no other. */
    size_t o = 0, speech = 0;
    for (size_t i = 0; i < n; i++) {
        if (dateline_date(run, start, &out[i]) || future_day(p, &out[i]) ||
            upcoming_date(p, &out[i]))
            continue;
        speech += speech_date(p, &out[i]);
        out[o++] = out[i];
    }
    if (speech == 1 && o == 1 && out[0].when.from == out[0].when.to &&
        day_before_speech(p, end - start)) {
        /* "said on Friday that three were killed the previous day": the
         * day before the statement's */
        out[0].when.from = out[0].when.to = out[0].when.from - 1;
        out[0].kind = DATE_DAY;
        if (speech_when)
            *speech_when = VG_WHEN_NONE;
        return 1;
    }
    if (speech_when)
        *speech_when = speech == o && o ? out[0].when : VG_WHEN_NONE;
    if (speech == o)
        return 0;
    /* "said on March 14 that 230 people died in early January": the
     * statement's day stands nearer the count, the other day dates it. */
    size_t kept = 0;
    for (size_t i = 0; i < o; i++)
        if (!speech || !speech_date(p, &out[i]))
            out[kept++] = out[i];
    return kept;
}

/* Enter the paragraph of sentence s: the last date of another paragraph
 * is no date of this one. */
static void para_dates(struct run *run, const struct sentence *s) {
    if (s->para != run->when_para) {
        run->para_when = VG_WHEN_NONE;
        run->when_para = s->para;
        run->n_later = 0;
    }
}

/* The dates of a sentence (the first `max`); the last of them becomes the
 * last date of its paragraph. */
static size_t sentence_dates(struct run *run, const struct sentence *s, struct date_hit *hits,
                             size_t max) {
    if (run->r->published == VG_NO_DATE)
        return 0;
    /* A sentence is asked more than once (for persons, then figures): it is
     * read once, for as many dates as anyone asks, and the first `max` are
     * handed out, which are the dates a search for `max` finds. */
    const size_t most = sizeof run->dates / sizeof run->dates[0];
    assert(max <= most);
    if (run->dates_end == 0 || run->dates_start != s->start || run->dates_end != s->end) {
        /* The sentence's tokens are at hand (sentence_figures): the date
         * finder reads its words from them. */
        run->n_dates = read_dates(run, s->start, s->end, run->toks.v, run->toks.n, run->dates,
                                  &run->speech_when);
        run->dates_start = s->start;
        run->dates_end = s->end;
    }
    size_t n = run->n_dates < max ? run->n_dates : max;
    memcpy(hits, run->dates, n * sizeof *hits);
    para_dates(run, s);
    if (n) {
        run->para_when = hits[n - 1].when;
        run->n_later = 0; /* the sentences before it set it no more */
    }
    return n;
}

/* Read the sentences put off by later_dates, the last first, until one
 * gives the paragraph its last date. */
static void read_later_dates(struct run *run) {
    while (run->n_later > 0) {
        const struct later_dates *l = &run->later[--run->n_later];
        struct date_hit own[16];
        const struct date_hit *hits = own;
        size_t n;
        if (run->dates_end && run->dates_start == l->start && run->dates_end == l->end) {
            hits = run->dates;
            n = run->n_dates;
        } else {
            n = read_dates(run, l->start, l->end, NULL, 0, own, NULL);
        }
        if (n) {
            run->para_when = hits[(n < l->max ? n : l->max) - 1].when;
            run->n_later = 0;
        }
    }
}

/* sentence_dates for a sentence whose dates are wanted only as the last
 * date of its paragraph: unless they are at hand, they are read when a
 * figure asks for that date (read_later_dates), which most paragraphs
 * never do. */
static void later_dates(struct run *run, const struct sentence *s, size_t max) {
    if (run->r->published == VG_NO_DATE)
        return;
    if (run->dates_end && run->dates_start == s->start && run->dates_end == s->end) {
        struct date_hit hits[16];
        sentence_dates(run, s, hits, max);
        return;
    }
    para_dates(run, s);
    if (run->n_later && run->later[run->n_later - 1].start == s->start &&
        run->later[run->n_later - 1].end == s->end) {
        run->later[run->n_later - 1].max = max; /* asked again: the last ask counts */
        return;
    }
    if (run->n_later == sizeof run->later / sizeof run->later[0])
        read_later_dates(run);
    run->later[run->n_later++] = (struct later_dates){s->start, s->end, max};
}

/* The persons' date of a sentence (person_when): its first date. */
struct person_dates {
    struct run *run;            /* the extraction */
    const struct sentence *s;   /* the sentence */
};

static int32_t person_date(void *ctx) {
    struct person_dates *pd = ctx;
    struct date_hit hits[4];
    return sentence_dates(pd->run, pd->s, hits, 4) ? hits[0].when.from : VG_NO_DATE;
}

/* What events_date needs: the day of publication and the text. */
struct lead_ctx {
    int32_t pub;      /* the day of publication */
    const char *text; /* the report, which the hits' offsets count in */
    size_t len;       /* its length */
    const char *lang; /* its language */
};

/* Is the hit, the day of publication named by a word, the day of the
 * events its sentence tells: "were killed in Lagos on Monday when police
 * ..."?  Not in capitals (a masthead's "TODAY"), not inside quotation
 * marks (a claim's "tonight" is the day it was made, «Дагестан Сегодня»
 * a newspaper's name), and the only date
 * of its sentence ("on Thursday sentenced 14 over a sit-in last October"
 * tells of October). */
static int told_today(const struct lead_ctx *lc, const struct date_hit *h) {
    const char *t = lc->text;
    if (!day_by_word(t, h) || speech_date(t, h))
        return 0;
    size_t a = h->start, e = h->end, quotes = 0;
    long opened = 0; /* «...» and “...” opened and not closed before the hit */
    while (a > 0 && h->start - a < 600 && t[a - 1] != '\n' &&
           !(t[a - 1] == ' ' && a >= 2 && t[a - 2] == '.')) {
        a--;
        quotes += t[a] == '"';
        if (a + 1 < h->start && (unsigned char)t[a] == 0xC2)
            opened += (unsigned char)t[a + 1] == 0xAB ? 1 : (unsigned char)t[a + 1] == 0xBB ? -1 : 0;
        if (a + 2 < h->start && (unsigned char)t[a] == 0xE2 && (unsigned char)t[a + 1] == 0x80)
            opened += (unsigned char)t[a + 2] == 0x9C ? 1 : (unsigned char)t[a + 2] == 0x9D ? -1 : 0;
    }
    if (opened > 0)
        return 0;
    while (e < lc->len && e - h->end < 600 && t[e] != '\n' && !(t[e] == '.' && (e + 1 == lc->len || t[e + 1] == ' ' || t[e + 1] == '\n')))
        e++;
    for (size_t i = h->start; i < h->end; i++)
        if (t[i] >= 'A' && t[i] <= 'Z' && i + 1 < h->end && t[i + 1] >= 'A' && t[i + 1] <= 'Z')
            return 0;
    /* Other dates of the sentence, a dateline's day of writing aside. */
    struct date_hit all[4];
    size_t n = quotes % 2 ? 0 : dates_find(t + a, e - a, lc->pub, lc->lang, all, 4), others = 0;
    for (size_t i = 0; i < n; i++) {
        all[i].start += a;
        all[i].end += a;
        others += all[i].start != h->start &&
                  !(all[i].when.from == lc->pub && all[i].when.to == lc->pub && !day_by_word(t, &all[i]));
    }
    return n && !others;
}

/* Is the hit of the report's opening the date of its events: not the
 * day of publication written in figures (a dateline gives the day of
 * writing: "KISUMU, March 4 -"), though named by a word it is ("clashes
 * on Monday" in a report of Monday), unless as the day of a statement
 * ("said on Monday") or of something yet to come ("would be arraigned on
 * Wednesday", "adjourned the matter to October 2"); nor a date that ended
 * more than two years before (background: "since 1991", "the fall of the
 * regime on January 14, 2011" in a report of its tenth anniversary)? */
static int events_date(const struct date_hit *h, void *ctx) {
    const struct lead_ctx *lc = ctx;
    if (future_day(lc->text, h) || upcoming_date(lc->text, h))
        return 0;
    if (h->when.from == lc->pub && h->when.to == lc->pub)
        return told_today(lc, h);
    if (h->kind == DATE_YEAR || h->kind == DATE_SINCE)
        return h->when.from >= lc->pub - 731;
    return h->when.to >= lc->pub - 731;
}

/* The date a report's opening gives its events: the first of its first
 * eight dates that is an events date (events_date), else the first that is
 * the day of publication.  The opening is read up to that first events
 * date only. */
static struct vg_when lead_date(const struct run *run) {
    int32_t pub = run->r->published;
    if (pub == VG_NO_DATE)
        return VG_WHEN_NONE;
    struct date_hit lead[8];
    size_t len = run->text.len < LEAD_BYTES ? run->text.len : LEAD_BYTES;
    struct lead_ctx lc = {pub, run->text.ptr, len, run->r->lang};
    size_t k = dates_find_until(run->text.ptr, len, pub, run->r->lang, lead, 8, events_date, &lc);
    for (size_t i = 0; i < k; i++)
        if (events_date(&lead[i], &lc))
            return lead[i].when;
    for (size_t i = 0; i < k; i++)
        if (lead[i].when.from == pub && lead[i].when.to == pub)
            return lead[i].when;
    return VG_WHEN_NONE;
}

/* Does a blank line stand in text[from, to)?  Only the first 4 KiB are
 * looked at: a heading further up is no heading of this line. */
static int blank_line(struct vg_str text, size_t from, size_t to) {
    if (to - from > 4096)
        return 1;
    int newline = 0; /* a line ended, only blanks since */
    for (size_t i = from; i < to; i++) {
        char ch = text.ptr[i];
        if (ch == '\n') {
            if (newline)
                return 1;
            newline = 1;
        } else if (ch != ' ' && ch != '\t' && ch != '\r') {
            newline = 0;
        }
    }
    return 0;
}

/* When a figure happened: the date in its sentence nearest [at, at_end)
 * (its number, or the outcome phrase of a stage joined to it), else the
 * paragraph's last date, else the date of a heading line right above its
 * lines ("Aug. 5 - The protests spread"), else the date the report opens
 * with. */
static struct vg_when context_when(struct run *run, const struct sentence *s);

/* Does text[a, b) close one item of a list and open another: a comma, a
 * semicolon or " and "? */
static int item_break(struct vg_str text, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (text.ptr[k] == ',' || text.ptr[k] == ';' ||
            (k + 5 <= b && memcmp(text.ptr + k, " and ", 5) == 0))
            return 1;
    return 0;
}

/* Does text[a, b) join a new item with " and " ("on Sunday and 17 in
 * Mombasa"), with no other words of a clause before the count? */
static int joined_item(struct vg_str text, size_t a, size_t b) {
    return b - a >= 5 && b - a <= 8 && memcmp(text.ptr + a, " and ", 5) == 0;
}

static struct vg_when figure_when(struct run *run, const struct sentence *s,
                                  const struct date_hit *hits, size_t n, size_t at,
                                  size_t at_end) {
    if (n) {
        size_t best = 0, best_d = SIZE_MAX;
        for (size_t i = 0; i < n; i++) {
            size_t pos = s->start + hits[i].start;
            size_t d = pos >= at_end ? pos - at_end : pos > at ? 0 : at - pos;
            if (d < best_d) {
                best_d = d;
                best = i;
            }
        }
        size_t before_end = s->start + hits[best].end;
        if (before_end <= at && joined_item(run->text, before_end, at)) {
            /* "23 in Nairobi on Sunday and 17 in Mombasa on Monday": the
             * date before closed the item before; the count's own follows */
            for (size_t i = 0; i < n; i++) {
                size_t pos = s->start + hits[i].start;
                if (pos >= at_end && pos - at_end < 40 && !item_break(run->text, at_end, pos))
                    return hits[i].when;
            }
        }
        return hits[best].when;
    }
    struct vg_when w = context_when(run, s);
    /* "The ministry said on Monday that 190 had been arrested": the count
     * is no later than the statement, whatever the sentence before dated. */
    if (vg_when_known(run->speech_when) && run->dates_start == s->start &&
        (!vg_when_known(w) || w.from > run->speech_when.to))
        return run->speech_when;
    return w;
}

/* The date a figure whose sentence names none takes from around it: a
 * table's caption, its paragraph, a heading above, its section, else the
 * report's opening. */
static struct vg_when context_when(struct run *run, const struct sentence *s) {
    if (run->places.table_row && vg_when_known(run->tables.cap_when) && s->start >= run->tables.cap_until &&
        !blank_line(run->text, run->tables.cap_until, s->start))
        return run->tables.cap_when; /* a row that gives no date: the caption's */
    if (run->when_para == s->para)
        read_later_dates(run);
    if (vg_when_known(run->para_when) && run->when_para == s->para)
        return run->para_when;
    if (vg_when_known(run->head_when) && s->start >= run->head_when_end &&
        !blank_line(run->text, run->head_when_end, s->start))
        return run->head_when;
    if (vg_when_known(run->section_when))
        return run->section_when;
    if (!run->lead_done) {
        run->lead_done = 1;
        run->lead_when = lead_date(run);
    }
    return run->lead_when;
}

/* Fold the letter at p[0..n) into w[*len] if it is one the sentence filter
 * reads: an ASCII letter, or a Cyrillic letter of the Russian alphabet
 * (ё as е, as the tokenizer reads it).  Returns its width, 0 for other bytes. */
static size_t filter_letter(const unsigned char *p, size_t n, char *w, size_t *len, size_t cap) {
    unsigned char c = p[0];
    if ((c | 32) >= 'a' && (c | 32) <= 'z') {
        if (*len < cap)
            w[*len] = (char)(c | 32);
        (*len)++;
        return 1;
    }
    if ((c != 0xD0 && c != 0xD1) || n < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    unsigned char a = c, b = p[1];
    if (a == 0xD0 && b >= 0x90 && b <= 0x9F) /* А-П */
        b += 0x20;
    else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) /* Р-Я */
        a = 0xD1, b -= 0x20;
    else if ((a == 0xD0 && b == 0x81) || (a == 0xD1 && b == 0x91)) /* Ё ё */
        a = 0xD0, b = 0xB5;
    else if (!((a == 0xD0 && b >= 0xB0) || (a == 0xD1 && b <= 0x8F)))
        return 0; /* other Cyrillic letters: Ukrainian, Kazakh */
    if (*len + 1 < cap) {
        w[*len] = (char)a;
        w[*len + 1] = (char)b;
    }
    *len += 2;
    return 2;
}

/* Can the sentence hold a figure or a person's outcome?  Both need a digit
 * or an anchor word of the lexicon (a number word, a vague quantity, an
 * outcome; lexicon.c works out which words those are), so most sentences
 * are never tokenized.  The words are cut and folded here, quickly: ASCII
 * and Russian letters are read, and a word with any other letter, or cut
 * by a hyphen at the end of a line (the tokenizer joins "in-\njured"),
 * sends the sentence to the full reading, as does a lexicon with anchors
 * this reading cannot see. */
static int worth_reading(const struct lexicon *lx, const char *text, size_t n) {
    if (!lx->anchors_plain)
        return 1;
    const unsigned char *p = (const unsigned char *)text;
    char w[48];
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c >= '0' && c <= '9')
            return 1;
        size_t len = 0, k = filter_letter(p + i, n - i, w, &len, sizeof w);
        if (!k) {
            if (c == '-' && i + 1 < n && (p[i + 1] == '\n' || p[i + 1] == '\r' || p[i + 1] == ' '))
                return 1;
            if (c >= 0xC3 && c != 0xE2 && !(c == 0xD0 || c == 0xD1))
                return 1; /* a letter of another alphabet, or a symbol */
            i++;
            continue;
        }
        i += k;
        while (i < n && (k = filter_letter(p + i, n - i, w, &len, sizeof w)) > 0)
            i += k;
        if (i < n && p[i] >= 0x80 && p[i] != 0xE2 && p[i] != 0xC2)
            return 1; /* the word goes on in letters not read here */
        if (len <= sizeof w) {
            uint32_t id = lexicon_word(lx, w, len);
            if (id && lx->anchor[id])
                return 1;
        }
    }
    return 0;
}

/* Does the sentence hold a word of the phrases that say a count covers a
 * whole country ("nationwide", "across the country", «по всей стране»)?
 * place.c reads the phrases only then. */
static int national_words(const struct sentence_ctx *c) {
    /* Every token of every sentence is asked: the length picks the one or
     * two words it can be, and most tokens have none of these lengths. */
#define IS(f, w) (memcmp((f).ptr, w, sizeof(w) - 1) == 0)
    for (size_t i = 0; i < c->n; i++) {
        struct vg_str f = c->t[i].fold;
        if (c->t[i].kind != TK_WORD)
            continue;
        switch (f.len) {
        case 6:
            if (IS(f, "nation") || IS(f, "cities"))
                return 1;
            break;
        case 7:
            if (IS(f, "country"))
                return 1;
            break;
        case 10:
            if (IS(f, "nationwide"))
                return 1;
            break;
        case 11:
            if (IS(f, "countrywide"))
                return 1;
            break;
        case sizeof("стране") - 1:
            if (IS(f, "стране"))
                return 1;
            break;
        default:
            break;
        }
    }
#undef IS
    return 0;
}

/* Does the sentence hold a word opening a list of people ("among",
 * "среди"), who may take the outcome of the count before it? */
static int has_group_word(const struct sentence_ctx *c) {
    for (size_t i = 0; i < c->n; i++)
        if (lexicon_is(c->lx, c->t[i].word, LC_GROUP))
            return 1;
    return 0;
}

/* Does the outcome phrase at token k say a state that lasts to the day of
 * writing: "23 remain hospitalised", "are still held", "remains missing"?
 * A count the sentence dates no other way is then of that day. */
static int present_state(const struct sentence_ctx *c, size_t k) {
    for (size_t m = k > 3 ? k - 3 : 0; m <= k && m < c->n; m++) {
        if (token_is(&c->t[m], "remain") || token_is(&c->t[m], "remains"))
            return 1;
        if (token_is(&c->t[m], "still") && m > 0 &&
            (token_is(&c->t[m - 1], "are") || token_is(&c->t[m - 1], "is")))
            return 1;
    }
    return 0;
}

/* Is the capital letter of the Latin or Russian alphabet at p[0..n)? */
static int cap_letter_at(const unsigned char *p, size_t n) {
    if (n && p[0] >= 'A' && p[0] <= 'Z')
        return 1;
    return n > 1 && ((p[0] == 0xD0 && p[1] >= 0x90 && p[1] <= 0xAF) ||
                     (p[0] == 0xD0 && p[1] == 0x81));
}

/* The length of the bullet or dash that opens an item of a list at p
 * ("-", "*", "•", "●", "▪", "–"), 0 when none does. */
static size_t list_mark(const unsigned char *p, size_t n) {
    if (n >= 1 && (p[0] == '-' || p[0] == '*'))
        return 1;
    if (n >= 3 && p[0] == 0xE2 && ((p[1] == 0x80 && (p[2] == 0xA2 || p[2] == 0x93)) ||
                                   (p[1] == 0x97 && p[2] == 0x8F) ||
                                   (p[1] == 0x96 && p[2] == 0xAA)))
        return 3;
    return 0;
}

/* Could a sentence that holds no anchor word still matter to the persons:
 * does it open with two capitalised words the first of which the lexicon
 * does not know (a name: "Иван Петров, 24 года, программист.") or with a
 * pronoun ("Она провела ночь в отделе.")? */
static int person_worth(const struct lexicon *lx, const char *text, size_t n) {
    const unsigned char *p = (const unsigned char *)text;
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t'))
        i++;
    size_t mark = list_mark(p + i, n - i);
    if (mark && i + mark < n && p[i + mark] == ' ')
        i += mark + 1; /* "● X Y", "- X Y": an item of a list of names */
    char w[48];
    size_t len = 0, k, start = i;
    while (i < n && (k = filter_letter(p + i, n - i, w, &len, sizeof w)) > 0)
        i += k;
    if (i == start)
        return 0;
    if (len <= sizeof w) {
        uint32_t id = lexicon_word(lx, w, len);
        if (id)
            return lexicon_is(lx, id, LC_PRON); /* "The Ministry": no name */
    }
    if (!cap_letter_at(p + start, n - start) || i >= n || p[i] != ' ')
        return 0;
    return cap_letter_at(p + i + 1, n - i - 1);
}

/* A sentence with no anchor word, read for the persons only (person_note). */
static int sentence_persons(struct run *run, const struct sentence *s) {
    if (!person_worth(run->lx, run->text.ptr + s->start, s->end - s->start))
        return VG_OK;
    vg_arena_reset(&run->scratch);
    size_t bad = SIZE_MAX;
    if (tokenize(run->lx, run->text, s->start, s->end, &run->scratch, &run->toks, &bad))
        return VG_ENOMEM;
    size_t n = run->toks.n;
    if (n == 0)
        return VG_OK;
    if (n > UINT16_MAX - 1)
        n = UINT16_MAX - 1;
    if (ensure_tables(run, n))
        return VG_ENOMEM;
    struct sentence_ctx c = {.lx = run->lx, .t = run->toks.v, .n = n,
                             .trig_at = run->trig_at, .qty_at = run->qty_at,
                             .prev_what = s->para - run->last_what_para <= 1 ? run->last_what
                                                                             : VG_WHAT_NONE};
    memset(c.qty_at, 0, n * sizeof *c.qty_at);
    struct trigger trs[MAX_PER_SENTENCE];
    bind_find_triggers(&c, trs, MAX_PER_SENTENCE);
    struct vg_span span = {s->start, s->end};
    return person_note(&run->persons, &c, run->text, span, NULL);
}

/* Does the sentence s open with a dash on the line where the sentence
 * before closed a quotation ('"300 arrested." - post by X')? */
static int credit_after_quote(const struct run *run, const struct sentence *s) {
    const unsigned char *p = (const unsigned char *)run->text.ptr;
    size_t a = s->start, n = run->text.len;
    int dash = p[a] == '-' || (a + 2 < n && p[a] == 0xE2 && p[a + 1] == 0x80 &&
                               (p[a + 2] == 0x93 || p[a + 2] == 0x94));
    if (!dash || a == 0)
        return 0;
    size_t i = a;
    while (i > 0 && p[i - 1] == ' ')
        i--;
    return (i > 0 && p[i - 1] == '"') ||
           (i >= 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x80 && p[i - 1] == 0x9D); /* ” */
}

/* A credit line split from the claim it credits ("- headline in the daily
 * Y"): its speaker is the source of the figures of the sentence before
 * that have none. */
static int credit_sentence(struct run *run, const struct sentence *s) {
    vg_arena_reset(&run->scratch);
    size_t bad = SIZE_MAX;
    if (tokenize(run->lx, run->text, s->start, s->end, &run->scratch, &run->toks, &bad))
        return VG_ENOMEM;
    size_t n = run->toks.n < UINT16_MAX - 1 ? run->toks.n : UINT16_MAX - 1;
    if (n == 0 || ensure_tables(run, n))
        return n ? VG_ENOMEM : VG_OK;
    memset(run->trig_at, 0, n * sizeof *run->trig_at);
    memset(run->qty_at, 0, n * sizeof *run->qty_at);
    struct sentence_ctx c = {.lx = run->lx, .t = run->toks.v, .n = n,
                             .trig_at = run->trig_at, .qty_at = run->qty_at};
    struct vg_str who = source_expand(source_credit(&c, run->text), run->acronyms,
                                      run->n_acronyms);
    for (size_t i = run->sent_figs; who.len && run->sent_para == s->para && i < run->r->n_figures;
         i++)
        if (!run->r->figures[i].source.len)
            run->r->figures[i].source = who;
    return VG_OK;
}

static int at_sentence_start(struct vg_str text, const char *p);

/* Is the source one capitalised word in Latin letters ("Onyango"), not a
 * description ("police", "Police spokesman") or a body's own name
 * ("OVD-Info", "HRW")? */
static int bare_surname(const struct lexicon *lx, struct vg_str src) {
    static const struct {
        char s[5];  /* the particle and its space */
        size_t len; /* its bytes */
    } particles[] = {{"El ", 3}, {"Al ", 3}, {"Ben ", 4}, {"Abu ", 4},
                     {"Bin ", 4}, {"Van ", 4}, {"De ", 3},  {"Da ", 3}};
    char fold[32];
    /* Every particle opens with a capital and a small letter: most names
     * are told apart by their second byte without a compare. */
    for (size_t k = 0; src.len > 2 && k < sizeof particles / sizeof particles[0]; k++) {
        size_t n = particles[k].len;
        if (src.ptr[1] == particles[k].s[1] && src.len > n + 2 &&
            memcmp(src.ptr, particles[k].s, n) == 0) {
            src = vg_str_make(src.ptr + n, src.len - n); /* "El Khalfi" */
            break;
        }
    }
    if (src.len < 3 || src.len >= sizeof fold || !isupper((unsigned char)src.ptr[0]))
        return 0;
    fold[0] = (char)tolower((unsigned char)src.ptr[0]);
    for (size_t i = 1; i < src.len; i++) {
        if (!islower((unsigned char)src.ptr[i]))
            return 0;
        fold[i] = src.ptr[i];
    }
    return !lexicon_word(lx, fold, src.len); /* not "Police", "Organisers" */
}

/* A clause that dates the sentence's time, set off by commas and holding
 * no figure (bs, nb): "Since 28 January, when protests began in Dar es Salaam and
 * spread to eight regions, our Office has verified ...".  Its places say
 * where the time began, not where the figures are.  Its bytes, or an
 * empty span. */
static struct vg_span time_clause(const struct sentence_ctx *c, const struct binding *bs,
                                  size_t nb) {
    struct vg_span none = {0, 0};
    for (size_t k = 1; k + 1 < c->n; k++) {
        if (!tok(c, k, "when") || !tok(c, k - 1, ","))
            continue;
        size_t m = k + 1;
        while (m < c->n && !tok(c, m, ",") && !tok(c, m, ";"))
            m++;
        for (size_t b = 0; b < nb; b++)
            if (c->q[bs[b].q].t0 > k && c->q[bs[b].q].t0 < m)
                return none; /* "when 12 people were arrested in Mbeya" */
        if (m >= c->n || !tok(c, m, ",") || m == k + 1)
            return none;
        struct vg_span sp = {c->t[k].start, c->t[m - 1].end};
        return sp;
    }
    return none;
}

#define N_SPOKEN (sizeof ((struct run *)0)->spoken / sizeof ((struct run *)0)->spoken[0])

/* Does the one word w stand in text[start, end) as the last word of a
 * person's name, right after another capitalised word ("Patrick Onyango")? */
static int surname_in(struct vg_str text, size_t start, size_t end, struct vg_str w) {
    for (size_t i = start + 2; i + w.len <= end; i++) {
        if (memcmp(text.ptr + i, w.ptr, w.len) != 0 || text.ptr[i - 1] != ' ' ||
            (i + w.len < end && isalpha((unsigned char)text.ptr[i + w.len])))
            continue;
        size_t b = i - 1;
        while (b > start && isalpha((unsigned char)text.ptr[b - 1]))
            b--;
        if (i - 1 - b >= 2 && isupper((unsigned char)text.ptr[b]) &&
            !at_sentence_start(text, text.ptr + b))
            return 1;
    }
    return 0;
}

/* The surname of a speaker named by a title and the surname ("Minister
 * Dacic", "Mr Odhiambo"), or an empty span. */
static struct vg_str titled_surname(struct vg_str src) {
#define TITLE(s) {s, sizeof s - 1}
    static const struct {
        const char *s; /* the title and its space */
        size_t len;    /* its bytes */
    } titles[] = {TITLE("Minister "), TITLE("Mr "), TITLE("Mr. "), TITLE("Mrs "),
                  TITLE("Mrs. "), TITLE("Ms "), TITLE("Ms. "), TITLE("Dr "), TITLE("Dr. "),
                  TITLE("Commissioner "), TITLE("Inspector "), TITLE("Superintendent "),
                  TITLE("Spokesman "), TITLE("Spokeswoman "), TITLE("Spokesperson ")};
#undef TITLE
    /* Every title opens with M, D, C, I or S: most speakers ("the
     * Interior Ministry", "police") are passed over by their first byte. */
    for (size_t k = 0; src.len > 0 && k < sizeof titles / sizeof titles[0]; k++) {
        size_t n = titles[k].len;
        if (src.ptr[0] == titles[k].s[0] && src.len > n && memcmp(src.ptr, titles[k].s, n) == 0)
            return vg_str_make(src.ptr + n, src.len - n);
    }
    return VG_STR_NULL;
}

/* The start of the first "Minister " at or after byte i, or SIZE_MAX. */
static size_t next_minister(struct vg_str text, size_t i) {
    static const char title[] = "Minister ";
    size_t tl = sizeof title - 1;
    while (i + tl <= text.len) {
        const char *p = memchr(text.ptr + i, 'M', text.len - tl + 1 - i);
        if (!p)
            return SIZE_MAX;
        i = (size_t)(p - text.ptr);
        if (memcmp(p, title, tl) == 0)
            return i;
        i++;
    }
    return SIZE_MAX;
}

/* Where each "Minister " of the text starts, in the caller's arena: the
 * titles minister_named_before looks behind, found once per report so
 * that each speaker costs only the titles, not a read of the text before
 * it.  Leaves none when out of memory (no ministry is then found). */
static void find_ministers(struct run *run) {
    size_t n = 0;
    for (size_t i = 0; (i = next_minister(run->text, i)) != SIZE_MAX; i++)
        n++;
    size_t *at = n ? vg_arena_alloc(run->a, n * sizeof *at) : NULL;
    run->ministers = at;
    run->n_ministers = at ? n : 0;
    n = 0;
    for (size_t i = 0; at && (i = next_minister(run->text, i)) != SIZE_MAX; i++)
        at[n++] = i;
}

/* Is w, which ends before `end`, one of the three words after "Minister "
 * at m, any words before it capitalised ("Minister Ivica Dacic")? */
static int minister_names(struct vg_str text, size_t m, struct vg_str w, size_t end) {
    size_t i = m + sizeof "Minister " - 1;
    for (int names = 0; names < 3 && i + w.len <= end; names++) {
        if (memcmp(text.ptr + i, w.ptr, w.len) == 0 &&
            !(i + w.len < text.len && isalpha((unsigned char)text.ptr[i + w.len])))
            return 1;
        if (!isupper((unsigned char)text.ptr[i]))
            return 0;
        while (i < end && text.ptr[i] != ' ')
            i++;
        i++; /* past the space to the next word */
    }
    return 0;
}

/* The ministry of a minister the text named earlier by portfolio, title
 * and name ("Serbian Interior Minister Ivica Dacic"), when the surname w
 * comes back alone or after "Minister": text before w itself, "Minister",
 * up to two capitalised words, then w.  Else NULL. */
static const char *minister_named_before(const struct run *run, struct vg_str w) {
    struct vg_str text = run->text;
    if (!w.ptr || w.ptr < text.ptr || w.ptr + w.len > text.ptr + text.len)
        return NULL; /* a name the report's text does not hold ("Interior Ministry") */
    size_t end = (size_t)(w.ptr - text.ptr);
    for (size_t k = 0; k < run->n_ministers && run->ministers[k] < end; k++) {
        size_t m = run->ministers[k];
        if (m < 2 || !minister_names(text, m, w, end))
            continue;
        size_t de = m - 1, db = de; /* the portfolio word before "Minister" */
        while (db > 0 && isalpha((unsigned char)text.ptr[db - 1]))
            db--;
        const char *ministry = source_ministry_word(vg_str_make(text.ptr + db, de - db));
        if (ministry)
            return ministry;
    }
    return NULL;
}

/* The source of a speaker the text names by surname alone ("Onyango said"),
 * when an earlier sentence described the same person ("Police spokesman
 * Patrick Onyango told reporters"): that description, since GUIDELINES.md
 * credits an official's figures to the body spoken for.  Else src. */
static struct vg_str described_speaker(const struct run *run, struct vg_str src) {
    struct vg_str name = titled_surname(src);
    if (name.len && bare_surname(run->lx, name)) {
        struct vg_str d = described_speaker(run, name); /* "Minister Dacic announced" */
        return d.ptr == name.ptr ? src : d;
    }
    if (!bare_surname(run->lx, src))
        return src;
    if (src.ptr >= run->text.ptr + 4 && src.ptr <= run->text.ptr + run->text.len &&
        (memcmp(src.ptr - 4, "the ", 4) == 0 || memcmp(src.ptr - 4, "The ", 4) == 0))
        return src; /* "the Ittehad said": a body known by one word */
    size_t n = run->n_spoken < N_SPOKEN ? run->n_spoken : N_SPOKEN;
    for (size_t k = 0; k < n; k++) {
        const struct spoken *sp = &run->spoken[(run->n_spoken - 1 - k) % N_SPOKEN];
        if (src.ptr >= run->text.ptr + sp->start && src.ptr < run->text.ptr + sp->end)
            continue; /* the speaker's own sentence: "Minister Dacic said" */
        if (!surname_in(run->text, sp->start, sp->end, src))
            continue;
        struct vg_str t = titled_surname(sp->source); /* "Minister Dacic" before */
        const char *tm = t.len ? minister_named_before(run, t) : NULL;
        return tm ? vg_str_cstr(tm) : sp->source;
    }
    const char *m = minister_named_before(run, src);
    return m ? vg_str_cstr(m) : src;
}

/* Is the byte a small word's letter, or does the word text[a, b) open
 * with a capital: the words of a speaker's label in a transcript? */
static int label_word(struct vg_str text, size_t a, size_t b) {
    static const char *const small[] = {"of", "and", "for", "the", "on", "de", "van", "von",
                                        "der", "den", "da", "du", "la", "le", "al", "el", NULL};
    unsigned char ch = (unsigned char)text.ptr[a];
    if ((ch >= 'A' && ch <= 'Z') || ch == '(' || ch >= 0x80)
        return 1;
    for (const char *const *w = small; *w; w++)
        if (strlen(*w) == b - a && memcmp(text.ptr + a, *w, b - a) == 0)
            return 1;
    return 0;
}

/* A transcript's speaker label opening the sentence at a line's start:
 * "The MINISTER OF POLICE:", "Mr T. NKOSI:", "The Minister of Home
 * Affairs (Mrs P. Zulu-Banda):" -- capitalised or small words before a
 * colon, ending in a bracket or holding a word in capitals.  A minister's
 * label gives the floor to the ministry ("Ministry of Police") for the
 * speech under it; any other label takes the floor from it. */
static void speaker_label(struct run *run, const struct sentence *s) {
    struct vg_str text = run->text;
    size_t a = s->start;
    if ((a > 0 && text.ptr[a - 1] != '\n') || text.ptr[a] < 'A' || text.ptr[a] > 'Z')
        return; /* a label opens a line with a capital */
    size_t lim = s->end < a + 120 ? s->end : a + 120;
    const char *cp = memchr(text.ptr + a, ':', lim - a);
    if (!cp || memchr(text.ptr + a, '\n', (size_t)(cp - text.ptr) - a))
        return;
    size_t colon = (size_t)(cp - text.ptr);
    static const char *const titles[] = {"Mr", "Mrs", "Ms", "Dr", "Hon", "Prof", "Mr.", "Mrs.",
                                         "Ms.", "Dr.", NULL};
    int caps = 0, bracket = text.ptr[colon - 1] == ')', minister = 0, title = 0;
    for (const char *const *w = titles; *w; w++)
        title |= colon - a > strlen(*w) && memcmp(text.ptr + a, *w, strlen(*w)) == 0 &&
                 text.ptr[a + strlen(*w)] == ' ';
    size_t of = 0, paren = colon;
    for (size_t i = a; i < colon;) {
        while (i < colon && text.ptr[i] == ' ')
            i++;
        size_t j = i;
        while (j < colon && text.ptr[j] != ' ')
            j++;
        if (j == i)
            break;
        if (text.ptr[i] == '(' && paren == colon)
            paren = i;
        if (paren == colon && !label_word(text, i, j))
            return; /* "Total detained today in Moscow: 57" */
        size_t upper = 0;
        for (size_t k = i; k < j; k++)
            upper += text.ptr[k] >= 'A' && text.ptr[k] <= 'Z';
        caps |= upper >= 3 && upper == j - i;
        if (paren == colon && j - i == 8 && strncasecmp(text.ptr + i, "minister", 8) == 0)
            minister = 1;
        if (paren == colon && minister && !of &&
            ((j - i == 2 && strncasecmp(text.ptr + i, "of", 2) == 0) ||
             (j - i == 3 && strncasecmp(text.ptr + i, "for", 3) == 0)))
            of = j;
        i = j;
    }
    if (!caps && !bracket && !title)
        return;
    run->floor_source = VG_STR_NULL;
    if (!minister || !of)
        return;
    size_t b = paren;
    while (b > of && text.ptr[b - 1] == ' ')
        b--;
    while (of < b && text.ptr[of] == ' ')
        of++;
    if (of >= b || b - of > 80)
        return;
    char *m = vg_arena_alloc(run->a, 12 + (b - of));
    if (!m)
        return;
    memcpy(m, "Ministry of ", 12);
    for (size_t i = of; i < b;) { /* "HOME AFFAIRS" reads "Home Affairs", "of" stays small */
        size_t j = i;
        while (j < b && text.ptr[j] != ' ')
            j++;
        int shout = 1;
        for (size_t k = i; k < j; k++)
            shout &= !(text.ptr[k] >= 'a' && text.ptr[k] <= 'z');
        int small = !label_word(text, i, j) || (j - i <= 3 && (strncasecmp(text.ptr + i, "of", j - i) == 0 ||
                                                              strncasecmp(text.ptr + i, "and", j - i) == 0 ||
                                                              strncasecmp(text.ptr + i, "for", j - i) == 0 ||
                                                              strncasecmp(text.ptr + i, "the", j - i) == 0));
        for (size_t k = i; k <= j && k < b; k++) {
            char ch = text.ptr[k];
            if ((shout || small) && ch >= 'A' && ch <= 'Z' && (k > i || small))
                ch = (char)(ch + 32);
            m[12 + (k - of)] = ch;
        }
        i = j + 1;
    }
    run->floor_source = vg_str_make(m, 12 + (b - of));
}

/* The sentence's place hit that starts at byte `start` and names a place
 * outright, or NULL. */
static const struct vg_place_hit *hit_at(const struct place_state *ps, size_t start) {
    for (size_t i = 0; i < ps->n_hits; i++)
        if (ps->hits[i].start == start && !ps->hits[i].demonym)
            return &ps->hits[i];
    return NULL;
}

/* "three each from Mombasa, Nakuru and Kajiado", "five apiece in Osh and
 * Naryn": a count said of each place of the list right after it, which
 * GUIDELINES.md counts as one figure per place.  The sentence's place hits
 * must be read (place_for_figure).  Fills out[] with the places (NULL for
 * a capitalised item the gazetteer does not know, when another item is a
 * place) and returns how many, or 0 when the count is no such count. */
static size_t each_places(const struct place_state *ps, const struct sentence_ctx *c,
                          const struct quantity *q, const struct vg_place **out, size_t max) {
    static const char *const preps[] = {"from", "in", "at", "across", NULL};
    size_t k = q->t1;
    if (k + 2 >= c->n || !(token_is(&c->t[k], "each") || token_is(&c->t[k], "apiece")))
        return 0;
    k++;
    size_t m = 0, known = 0;
    if (word_list_has_token(preps, &c->t[k]))
        k++;
    else
        return 0;
    while (k < c->n && m < max) {
        const struct vg_place_hit *h = hit_at(ps, c->t[k].start);
        if (!h && !(c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP)))
            return 0; /* an item that names no place: no list of places */
        out[m++] = h ? h->place : NULL;
        known += h != NULL;
        if (h)
            while (k < c->n && c->t[k].start < h->end)
                k++; /* the name's words */
        else
            while (k < c->n && c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP))
                k++; /* a name the gazetteer does not know */
        if (k < c->n && token_is(&c->t[k], ","))
            k++;
        if (k < c->n && token_is(&c->t[k], "and"))
            k++;
        else if (k >= c->n || !(c->t[k].flags & TF_CAP))
            break;
    }
    return m >= 2 && known ? m : 0;
}

/* The length of the quotation mark at byte i of text, straight or curly
 * (opening or closing), or 0. */
static size_t mark_at(struct vg_str text, size_t i) {
    if (text.ptr[i] == '"')
        return 1;
    return i + 2 < text.len && (unsigned char)text.ptr[i] == 0xE2 &&
                   (unsigned char)text.ptr[i + 1] == 0x80 &&
                   ((unsigned char)text.ptr[i + 2] == 0x9C ||
                    (unsigned char)text.ptr[i + 2] == 0x9D)
               ? 3
               : 0;
}

/* How many quotation marks stand in text[a, b)? */
static size_t quote_marks(struct vg_str text, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        size_t m = mark_at(text, i);
        n += m > 0;
        i += m > 1 ? m - 1 : 0;
    }
    return n;
}

/* A quotation of several sentences credited after it closes: '"Last
 * night ... attacked. As a result, 75 officers were injured, another 27
 * ... ," the minister said.'  When sentence s closes a quotation that
 * opened in an earlier sentence of its line and names a speaker, the
 * figures of those earlier sentences with no source of their own are
 * the speaker's. */
static void quote_credit(struct run *run, const struct sentence *s, struct vg_str source) {
    size_t line = s->start;
    while (line > 0 && run->text.ptr[line - 1] != '\n')
        line--;
    if (line == s->start || quote_marks(run->text, line, s->start) % 2 == 0 ||
        quote_marks(run->text, line, s->end) % 2 == 1)
        return;
    size_t open = line; /* the mark that opened the quotation */
    for (size_t i = line, n = 0; i < s->start; i++) {
        size_t m = mark_at(run->text, i);
        if (m && n++ % 2 == 0)
            open = i;
        i += m > 1 ? m - 1 : 0;
    }
    for (size_t i = run->sent_figs; i-- > 0;) {
        struct vg_figure *f = &run->r->figures[i];
        if (f->sentence.end <= open)
            break; /* said before the quotation opened */
        if (!f->source.len)
            f->source = source;
    }
}

static int sentence_figures(struct run *run, const struct sentence *s) {
    struct table_reader *tb = &run->tables;
    speaker_label(run, s);
    if (credit_after_quote(run, s)) {
        int rc = credit_sentence(run, s);
        if (rc)
            return rc;
    }
    if (!worth_reading(run->lx, run->text.ptr + s->start, s->end - s->start)) {
        run->prev_source = run->last_source = VG_STR_NULL;
        return sentence_persons(run, s);
    }
    vg_arena_reset(&run->scratch);
    size_t bad = SIZE_MAX;
    if (tokenize(run->lx, run->text, s->start, s->end, &run->scratch, &run->toks, &bad))
        return VG_ENOMEM;
    if (bad != SIZE_MAX && !run->bad_utf8_noted) {
        run->bad_utf8_noted = 1;
        if (add_diag(run, bad, "invalid UTF-8 (bytes skipped)"))
            return VG_ENOMEM;
    }
    const struct token *t = run->toks.v;
    size_t n = run->toks.n;
    if (n == 0)
        return VG_OK;
    if (n > UINT16_MAX - 1)
        n = UINT16_MAX - 1; /* a sentence is capped long before this */
    struct quantity qs[MAX_PER_SENTENCE];
    size_t nq = 0;
    for (size_t i = 0; i < n && nq < MAX_PER_SENTENCE;) {
        if (quantity_at(run->lx, t, n, i, &qs[nq])) {
            i = qs[nq].t1;
            nq++;
        } else {
            i++;
        }
    }
    if (tb->n_colx && table_list_line(tb, t, n)) {
        /* A table row's cell of remarks ("Curfew declared at 8 pm") is
         * no part of its figures: the row ends before it. */
        n = table_remark_cell(t, n);
        while (nq > 0 && qs[nq - 1].t1 > n)
            nq--;
    }
    /* The figures of the sentence before, for a sentence withdrawing them. */
    size_t prev_figs = run->sent_figs;
    int prev_same_para = run->sent_para == s->para;
    run->sent_figs = run->r->n_figures;
    run->sent_para = s->para;
    if (s->para != run->prev_para) {
        run->prev_source = VG_STR_NULL;
        run->prev_para = s->para;
    }
    if (ensure_tables(run, n))
        return VG_ENOMEM;
    /* A count may refer to the figure just before it ("The correct figure is
     * 21."), in this paragraph or at the end of the one before. */
    uint8_t prev_what = s->para - run->last_what_para <= 1 ? run->last_what : VG_WHAT_NONE;
    int rally_here = speaks_of_rally(t, n);
    int rally = rally_here || prev_what == VG_PARTICIPANTS ||
                (run->rally_seen && s->para - run->rally_para <= 1);
    if (rally_here) {
        run->rally_seen = 1;
        run->rally_para = s->para;
    }
    uint8_t q_cell[MAX_PER_SENTENCE], q_in_row[MAX_PER_SENTENCE];
    size_t n_row_cells = 0;
    size_t n_cells = tb->n_cols && nq <= MAX_PER_SENTENCE
                         ? table_row_cells(t, n, qs, nq, q_cell, q_in_row, &n_row_cells)
                         : 0;
    size_t row_counts = n_cells ? n_cells : nq; /* "Eldoret   26   7   0": three */
    struct sentence_ctx c = {.lx = run->lx, .t = t, .n = n, .q = qs, .nq = nq,
                             .trig_at = run->trig_at, .qty_at = run->qty_at, .cols = tb->cols,
                             .n_cols = table_list_line(tb, t, n) ? tb->n_cols : 0,
                             .q_cell = n_cells ? q_cell : NULL, .n_cells = n_cells,
                             .q_in_row = q_in_row, .n_row_cells = n_row_cells,
                             .prev_what = prev_what, .prev_who = run->last_who,
                             .rally = rally};
    memset(c.qty_at, 0, n * sizeof *c.qty_at);
    for (size_t i = 0; i < nq; i++)
        c.qty_at[qs[i].t0] = (uint16_t)(i + 1);
    struct trigger trs[MAX_PER_SENTENCE];
    bind_find_triggers(&c, trs, MAX_PER_SENTENCE);
    uint8_t q_col[MAX_PER_SENTENCE];
    size_t q_x[MAX_PER_SENTENCE]; /* in a table on its side, each number's heading */
    int cross = tb->cross && tb->n_colx && table_cross_row(tb, &c, q_col, q_x);
    int lined = c.n_cols && tb->n_colx && nq ? table_row_columns(tb, &c, q_col) : 0;
    int exact = c.n_cols && !tb->n_colx && tb->cols_exact && nq != tb->n_cols
                    ? table_exact_row(tb, &c, q_col)
                    : 0;
    if (exact <= 0 && tb->cols_exact && row_counts != tb->n_cols)
        c.n_cols = 0; /* a row must give one count per column, zeros and dashes too */
    if (lined == 1 || cross || exact > 0)
        c.q_col = q_col;
    else if (lined < 0)
        c.n_cols = 0; /* a number under no heading: the line is no row of the table */
    table_update(tb, &c, s);
    int ru = strcmp(run->r->lang, "ru") == 0;
    /* A sentence may give each figure its own source: an English one with
     * a count is read for all its attributions, the first of which is the
     * sentence's source. */
    struct vg_span aside;
    struct en_attr en[8];
    size_t n_en = 0;
    struct vg_str source;
    if (!ru && nq) {
        n_en = source_en_attributions(&c, run->text, en, 8, &aside);
        source = n_en ? en[0].a.name : source_headline_credit(&c, run->text);
    } else {
        int pronoun = 0;
        source = source_of_sentence(&c, run->text, &pronoun, &aside);
    }
    run->places.aside_start = aside.start;
    run->places.aside_end = aside.end;
    run->places.cue_words = national_words(&c);
    run->places.table_row = c.q_col ? table_row_kind(&c) : 0;
    if (source.len && ru)
        source = source_english_ru(run->text, s->start, source);
    source = source_expand(source, run->acronyms, run->n_acronyms); /* "the BCCD" */
    struct src_attr attrs[8];
    size_t n_attrs = 0;
    /* A wire story's paragraphs are often one sentence each: "..., the
     * Interior Ministry said." then "More than 400 were detained, it
     * said." on the next line.  A pronoun speaker refers across the break;
     * a sentence with no speaker at all inherits only within its paragraph. */
    struct vg_str inherited = run->prev_source.len ? run->prev_source : run->last_source;
    if (ru) {
        n_attrs = source_ru_attributions(&c, run->text, s->start, attrs, 8);
        if (n_attrs)
            source = attrs[n_attrs - 1].name;
    } else {
        for (size_t k = 0; k < n_en; k++)
            en[k].a.name = source_expand(en[k].a.name, run->acronyms, run->n_acronyms);
        /* "The group says at least 232 people died": the body named before */
        for (size_t k = 0; k < n_en && run->last_body.len; k++)
            if (source_generic_body(en[k].a.name))
                en[k].a.name = run->last_body;
        if (source.len && run->last_body.len && source_generic_body(source))
            source = run->last_body;
        for (size_t k = 0; k < n_en; k++)
            if (source_named_body(en[k].a.name))
                run->last_body = en[k].a.name;
    }
    if (prev_same_para && source_withdraws_previous(&c))
        withdraw_previous(run, prev_figs, source);
    int pronoun_only = n_en && en[0].pronoun && !source.len;
    if (!n_attrs && !source.len && run->prev_source.len)
        source = run->prev_source;
    else if (!n_attrs && pronoun_only)
        source = run->last_source;
    run->prev_source = run->last_source = source;
    if (source.len)
        quote_credit(run, s, source);
    if (source.len && !bare_surname(run->lx, source)) {
        struct spoken *sp = &run->spoken[run->n_spoken++ % N_SPOKEN];
        sp->source = source;
        sp->start = s->start;
        sp->end = s->end;
    }
    struct binding bs[MAX_PER_SENTENCE];
    size_t nb = nq ? bind_sentence(&c, bs, MAX_PER_SENTENCE) : 0;
    nb = corrected_counts(run, &c, bs, nb, source);
    nb = corrected_in_fact(run, &c, bs, nb, MAX_PER_SENTENCE, source);
    if (aside.start == aside.end) {
        aside = time_clause(&c, bs, nb);
        run->places.aside_start = aside.start;
        run->places.aside_end = aside.end;
    }
    if (c.ntr || (prev_what && has_group_word(&c))) {
        uint8_t used[MAX_PER_SENTENCE] = {0};
        for (size_t i = 0; i < nb; i++)
            for (size_t k = 0; k < c.ntr; k++)
                if (c.tr[k].t0 == bs[i].trig &&
                    !(bs[i].rule && rule_is(bs[i].rule, "along_with")))
                    used[k] = 1; /* but "detained X along with 14 others" is X's too */
        struct vg_span span = {s->start, s->end};
        struct person_dates pd = {run, s};
        struct person_when when = {person_date, &pd};
        if (nq || c.ntr)
            later_dates(run, s, 4); /* the first four dates: persons read those */
        int rc = person_scan(&run->persons, &c, run->text, used, span, NULL,
                             nq || c.ntr ? &when : NULL);
        if (rc)
            return rc;
    } else {
        struct vg_span span = {s->start, s->end};
        int rc = person_note(&run->persons, &c, run->text, span, NULL);
        if (rc)
            return rc;
    }
    struct date_hit dh[16];
    size_t n_dates = 0;
    if (!nb) {
        if (heading_line(run, s, &c))
            place_note_heading(&run->places, run->text, s->start, s->end);
        if (c.ntr && !(nq == 0 && tb->n_cols > 1)) { /* a table's column headings name no place */
            place_note_sentence(&run->places, run->text, s->start, s->end, s->para);
            later_dates(run, s, 16);
        }
        if (section_heading(run, s, &c)) {
            size_t nd = sentence_dates(run, s, dh, 16);
            run->section_when = nd && !publication_day(run, &dh[0]) ? dh[0].when : VG_WHEN_NONE;
        }
        if (dated_heading(run, s, &c)) {
            size_t nd = sentence_dates(run, s, dh, 16);
            run->head_when = nd ? dh[0].when : VG_WHEN_NONE;
            run->head_when_end = s->end;
        }
        return VG_OK;
    }
    n_dates = sentence_dates(run, s, dh, 16);
    size_t retract = source_retract_cue(&c); /* the same for every figure */
    int row_who = c.q_col ? table_label_who(&c) : -1;
    run->last_what = bs[nb - 1].what;
    run->last_who = bs[nb - 1].who;
    run->last_what_para = s->para;
    int lasting_before = 0; /* the figure before is of a state lasting to the day of writing */
    for (size_t i = 0; i < nb; i++) {
        const struct quantity *q = &qs[bs[i].q];
        struct vg_figure f;
        memset(&f, 0, sizeof f);
        f.what = bs[i].what;
        f.low = q->low;
        f.high = q->high;
        f.approx = q->approx || estimated_at(&c, q);
        f.who = bs[i].who;
        if (row_who >= 0 && f.who == VG_WHO_PEOPLE && bs[i].rule && rule_is(bs[i].rule, "table"))
            f.who = (uint8_t)row_who; /* "Students     187     22" */
        /* A stage joined to the count's own ("arraigned 45 persons arrested
         * during last week's protest") takes the date nearest its verb. */
        int staged = bs[i].rule && (rule_is(bs[i].rule, "and_then") ||
                                    rule_is(bs[i].rule, "and_before"));
        size_t at = t[q->t0].start, at_end = at;
        if (staged && c.trig_at[bs[i].trig]) {
            const struct trigger *tr = &c.tr[c.trig_at[bs[i].trig] - 1];
            at = t[tr->t0].start; /* "released on bail | on Monday" */
            at_end = t[tr->t1 - 1].end;
        }
        f.when = figure_when(run, s, dh, n_dates, at, at_end);
        /* The day of writing tells no event apart: "tonight", "today". */
        int dated = n_dates > 0 && !(f.when.from == run->r->published &&
                                     f.when.to == run->r->published);
        /* "23 remain in hospital, four of them in a critical condition" */
        int lasting = !n_dates && (present_state(&c, bs[i].trig) ||
                                   (lasting_before && q->t1 + 1 < c.n &&
                                    token_is(&t[q->t1], "of") &&
                                    (token_is(&t[q->t1 + 1], "them") ||
                                     token_is(&t[q->t1 + 1], "whom"))));
        if (lasting && run->r->published != VG_NO_DATE)
            f.when = (struct vg_when){run->r->published, run->r->published};
        lasting_before = lasting;
        f.where = place_for_figure(&run->places, run->text, s->start, s->end, t[q->t0].start,
                                   s->para);
        if (cross && q_x[bs[i].q] < tb->n_colx) {
            const struct column *x = &tb->colx[q_x[bs[i].q]]; /* its heading's place, date */
            f.where = x->where ? x->where : f.where;
            f.when = vg_when_known(x->when) ? x->when : f.when;
            dated |= vg_when_known(x->when);
        }
        struct vg_str owner = n_attrs ? VG_STR_NULL : source_count_owner(&c, run->text, q->t0, q->t1);
        if (owner.len)
            f.source = owner;
        else if (n_attrs)
            f.source = source_ru_pick(&c, attrs, n_attrs, bs[i].q);
        else if (n_en)
            f.source = source_en_pick(&c, en, n_en, q->t0, source, inherited);
        else
            f.source = source;
        f.status = source_retracted(&c, retract, bs[i].q) ? VG_RETRACTED : VG_REPORTED;
        /* Only the figure's own source withdraws it: "Police said 60 but
         * later retracted the figure, while organisers said 200". */
        if (f.status == VG_RETRACTED && n_en &&
            !vg_str_eq(f.source, source_en_pick(&c, en, n_en, retract, source, inherited)))
            f.status = VG_REPORTED;
        if ((bs[i].rule && rule_is(bs[i].rule, "in_fact")) || bind_right_count(&c, q->t0))
            f.status = VG_REPORTED; /* the right count of a correction */
        if (f.status == VG_RETRACTED && !f.source.len)
            f.source = source_retractor(&c, run->text);
        f.source = described_speaker(run, f.source);
        if (source_is_vague(f.source))
            f.source = VG_STR_NULL;
        if (!f.source.len && run->floor_source.len)
            f.source = run->floor_source; /* the minister answering holds the floor */
        if (f.source.len > 4 && (memcmp(f.source.ptr, "our ", 4) == 0 ||
                                 memcmp(f.source.ptr, "Our ", 4) == 0))
            f.source = VG_STR_NULL; /* "according to information received by our
                                     * Office": the report's own statement */
        f.sentence.start = s->start;
        f.sentence.end = s->end;
        f.quantity.start = t[q->t0].start;
        f.quantity.end = t[q->t1 - 1].end;
        char rule[64];
        const char *qr = quantity_rule(q, rule, sizeof rule);
        f.qty_rule = qr == rule ? vg_arena_strndup(run->a, rule, strlen(rule)) : qr;
        f.what_rule = bs[i].rule;
        if (run->places.table_row == 3 && f.what_rule && rule_is(f.what_rule, "table"))
            f.what_rule = "table_total";
        if (cross && q_x[bs[i].q] < tb->n_colx)
            f.what_rule = "table_cross"; /* "Arrested   45   30": each cell its own */
        if (!f.qty_rule)
            return VG_ENOMEM;
        if (f.what == VG_PARTICIPANTS && f.who == VG_WHO_POLICE)
            continue; /* "200 riot police stormed the campus": a force sent, no crowd */
        const struct vg_place *each[8];
        size_t n_each = cross ? 0 : each_places(&run->places, &c, q, each, 8);
        for (size_t e = 0; e < n_each; e++) {
            f.where = each[e] ? each[e]->name : NULL; /* "three each from A, B and C" */
            f.what_rule = "each_place";
            int rc = add_figure(run, &f, dated);
            if (rc)
                return rc;
        }
        int rc = n_each ? VG_OK : add_figure(run, &f, dated);
        if (rc)
            return rc;
    }
    return VG_OK;
}

/* Does the word at s.ptr[i..] begin with a capital letter? */
static int capital_at(struct vg_str s, size_t i) {
    int32_t cp;
    return utf8proc_iterate((const uint8_t *)s.ptr + i, (utf8proc_ssize_t)(s.len - i), &cp) > 0 &&
           utf8proc_isupper(cp);
}

/* Does the word at p (inside text) open its sentence: nothing but spaces
 * stands between it and the text's start or an end of sentence, line or
 * heading?  A word right after a quote mark is quoted, not initial. */
static int at_sentence_start(struct vg_str text, const char *p) {
    if (p < text.ptr || p > text.ptr + text.len)
        return 0; /* a known English name, not text */
    size_t i = (size_t)(p - text.ptr);
    while (i > 0 && (text.ptr[i - 1] == ' ' || text.ptr[i - 1] == '\t'))
        i--;
    return i == 0 || strchr(".!?\n:;", text.ptr[i - 1]) != NULL;
}

/* Is every letter of s a capital («ТАСС», «РБК»)? */
static int all_capitals(struct vg_str s) {
    for (size_t i = 0; i < s.len;) {
        int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const uint8_t *)s.ptr + i, (utf8proc_ssize_t)(s.len - i), &cp);
        if (n <= 0)
            return 0;
        if (utf8proc_islower(cp))
            return 0;
        i += (size_t)n;
    }
    return 1;
}

/* The proper name a Russian source is or ends with, written in Cyrillic:
 * the whole source when every word begins with a capital («Тимур
 * Жаксылыков», «Новый Курьер»), else its last two or more such words
 * after words in small letters («правозащитница Мария Лебедева»: Мария
 * Лебедева).  VG_STR_NULL for a common noun («волонтёры»), one word
 * whose capital may only open its sentence («Сайт сообщал»; a quoted name
 * or an acronym is a name) or a name without Cyrillic letters. */
static struct vg_str cyrillic_proper_name(struct vg_str text, struct vg_str s) {
    size_t start = s.len, words = 0;
    while (start > 0) {
        size_t w = start;
        while (w > 0 && s.ptr[w - 1] == ' ')
            w--;
        size_t b = w;
        while (b > 0 && s.ptr[b - 1] != ' ')
            b--;
        if (b == w || !capital_at(s, b))
            break;
        start = b;
        words++;
    }
    while (start < s.len && s.ptr[start] == ' ')
        start++;
    if (!words || (start > 0 && words < 2))
        return VG_STR_NULL;
    if (words == 1 && at_sentence_start(text, s.ptr) && !all_capitals(s))
        return VG_STR_NULL; /* «Сайт сообщал»: a capital only for the sentence */
    struct vg_str name = vg_str_make(s.ptr + start, s.len - start);
    for (size_t i = 0; i + 1 < name.len; i++) /* a two-byte letter in U+0400..U+04FF */
        if (((unsigned char)name.ptr[i] & 0xfe) == 0xd0 || ((unsigned char)name.ptr[i] & 0xfe) == 0xd2)
            return name;
    return VG_STR_NULL;
}

/* A Russian report's sources that are or end with a proper name, in
 * English letters as the press writes names (the guidelines' convention):
 * «по словам Тимура Жаксылыкова» is "Timur Zhaksylykov", in the
 * nominative.  Known bodies have their English names already
 * (source_english_ru); common nouns stay as written. */
static int romanise_sources(struct vg_arena *a, struct vg_report *r) {
    for (size_t i = 0; i < r->n_figures; i++) {
        struct vg_figure *f = &r->figures[i];
        struct vg_str name = cyrillic_proper_name(r->text, f->source);
        if (!name.len)
            continue;
        char nom[NAME_CASE_MAX];
        size_t n = name_case_nominative(name, nom, sizeof nom);
        if (n && !(name.ptr = vg_arena_strndup(a, nom, n)))
            return VG_ENOMEM;
        if (n)
            name.len = n;
        if (vg_name_romanise_arena(a, name, &f->source))
            return VG_ENOMEM;
    }
    return VG_OK;
}

int vg_extract(const struct vg_extractor *x, struct vg_arena *a, struct vg_str text,
               const struct vg_extract_opts *opts, struct vg_report **out) {
    *out = NULL;
    struct vg_report *r = vg_arena_zalloc(a, sizeof *r);
    if (!r)
        return VG_ENOMEM;
    r->doc = opts && opts->doc ? opts->doc : "-";
    r->lang = opts && opts->lang ? opts->lang : vg_detect_lang(text);
    r->published = opts ? opts->published : VG_NO_DATE;
    if (r->published == VG_NO_DATE)
        r->published = dates_dateline(text.ptr, text.len, 0);
    r->text = text;
    struct run run;
    memset(&run, 0, sizeof run);
    struct vg_place_hit head_places[PLACE_HEAD_HITS];
    run.places.head = head_places;
    run.lx = strcmp(r->lang, "ru") == 0 && x->ru ? x->ru : x->en;
    run.a = a;
    run.text = text;
    run.r = r;
    run.places.g = x->places;
    run.places.r = r;
    run.para_when = VG_WHEN_NONE;
    run.lead_when = VG_WHEN_NONE;
    run.head_when = VG_WHEN_NONE;
    run.n_acronyms = source_acronyms(text, run.acronyms, 16);
    find_ministers(&run);
    run.section_when = VG_WHEN_NONE;
    run.speech_when = VG_WHEN_NONE;
    table_begin(&run.tables, text, &run.places, r->published, r->lang);
    run.persons.a = a;
    run.persons.r = r;
    run.persons.g = x->places;
    vg_arena_init(&run.scratch, (size_t)64 << 20);
    struct sentence_list sl = {0};
    int rc = split_sentences(text, r->lang, &sl);
    for (size_t i = 0; !rc && i < sl.n; i++)
        rc = sentence_figures(&run, &sl.v[i]);
    if (!rc)
        rc = merge_repeats(r, run.dated, &run.places, run.text);
    if (!rc && strcmp(r->lang, "ru") == 0)
        rc = romanise_sources(a, r);
    sentence_list_release(&sl);
    token_list_release(&run.toks);
    vg_arena_release(&run.scratch);
    free(run.trig_at);
    free(run.qty_at);
    free(run.dated);
    if (rc)
        return rc;
    *out = r;
    return VG_OK;
}
