/* The quantity grammar.  A quantity is
 *     [qualifier] core [range-connector core] [post-qualifier]
 * where a core is digits (with grouping, decimals and a scale word), number
 * words ("a hundred and fifty") or a vague word ("several hundred").  The
 * words come from the lexicon; the shapes are here. */
#include <stdio.h>
#include <string.h>

#include "quantity.h"
#include "word_list.h"
#include "vigil/extract.h"
#include "banned.h"

#define MAX_COUNT 100000000000LL /* larger numbers are no counts of people */

/* The number of bits set in x. */
static inline uint32_t bit_count(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

/* Longest entry of category `cat` whose phrase starts at token i.  The
 * word's entries of the category are found at once (lx->groups), and
 * among them, sorted by second word, those whose second word is the
 * text's by a binary search: a word such as "in" or "had" starts dozens
 * of phrases. */
const struct lex_entry *lex_match_phrase(const struct lexicon *lx, const struct token *t,
                                         size_t n, size_t i, enum lex_cat cat, size_t *len) {
    uint32_t w = t[i].word;
    uint32_t cats = lx->cats[w];
    if (!(cats & (1u << cat)))
        return NULL;
    const uint32_t *g = &lx->groups[lx->group_base[w] + bit_count(cats & ((1u << cat) - 1))];
    uint32_t lo = g[0], end = g[1];
    /* The text's second word: a phrase of more words matches only when its
     * second word is this one (a text of one token matches none of them). */
    uint32_t next = i + 1 < n ? t[i + 1].word : LEX_ONE_WORD - 1;
    uint32_t hi = end;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (lx->by_word_next[mid] < next)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t k = lo; k < end && lx->by_word_next[k] == next; k++) {
        const struct lex_entry *e = &lx->entries[lx->by_word[k]];
        if (i + e->n_words > n)
            continue;
        size_t j = 2;
        while (j < e->n_words && t[i + j].word == e->words[j])
            j++;
        if (j == e->n_words) {
            *len = j;
            return e;
        }
    }
    /* Else the first entry of one word, which the group ends with. */
    uint32_t k = end;
    while (k > g[0] && lx->by_word_next[k - 1] == LEX_ONE_WORD)
        k--;
    if (k == end)
        return NULL;
    *len = 1;
    return &lx->entries[lx->by_word[k]];
}

int quantity_parse_digits(struct vg_str s, int64_t *value, int *decimal) {
    /* Find the separators: the last one may be decimal, the others group. */
    size_t n_comma = 0, n_dot = 0, last_sep = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] == ',' || s.ptr[i] == '.') {
            n_comma += s.ptr[i] == ',';
            n_dot += s.ptr[i] == '.';
            last_sep = i;
        }
    }
    size_t frac_at = s.len; /* where a fractional part starts, if any */
    if (n_comma + n_dot > 0) {
        size_t tail = s.len - last_sep - 1;
        char sep = s.ptr[last_sep];
        int mixed = n_comma && n_dot;
        /* One kind of separator, every group of three: grouping ("1,200",
         * "1.200", "10.000").  Otherwise the last separator is decimal. */
        if (!mixed && tail == 3)
            frac_at = s.len;
        else if (tail <= 3 && (mixed || (sep == ',' ? n_comma : n_dot) == 1))
            frac_at = last_sep;
        else
            return -1;
    }
    int64_t v = 0;
    int digits = 0, group = 0, first_group = 1;
    for (size_t i = 0; i < frac_at; i++) {
        char c = s.ptr[i];
        if (c == ',' || c == '.') {
            if ((!first_group && group != 3) || group == 0 || (first_group && group > 3))
                return -1;
            first_group = 0;
            group = 0;
            continue;
        }
        if (++digits > 12)
            return -1;
        v = v * 10 + (c - '0');
        group++;
    }
    if (!first_group && group != 3)
        return -1;
    int64_t milli = v * 1000;
    int frac_digits = 0;
    if (frac_at < s.len) {
        int64_t f = 0;
        for (size_t i = frac_at + 1; i < s.len; i++, frac_digits++)
            f = f * 10 + (s.ptr[i] - '0');
        while (frac_digits < 3)
            f *= 10, frac_digits++;
        milli += f;
    }
    *decimal = frac_at < s.len;
    *value = milli;
    return 0;
}

static int is_tok(const struct token *t, size_t n, size_t i, const char *s) {
    return i < n && token_is(&t[i], s);
}

/* An attached punctuation mark (no space before it). */
static int attached(const struct token *t, size_t n, size_t i, const char *s) {
    return i < n && !(t[i].flags & TF_SPACE) && token_is(&t[i], s);
}

struct core {
    size_t end;       /* token after the core */
    int64_t low, high;/* interval of the core alone */
    int64_t scale;    /* scale word applied, 1 if none */
    bool approx;      /* vague words */
    bool vague;
    bool words;
    bool decimal_unscaled; /* "1.5" with no scale: not a count */
    const char *rule;
};

/* Digits at i, with space grouping ("10 000") and a scale ("1.5 million"). */
static int digits_core(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                       struct core *c) {
    int64_t milli;
    int decimal;
    if (quantity_parse_digits(t[i].fold, &milli, &decimal))
        return 0;
    size_t j = i + 1;
    /* "10 000", "4 312": a group of three after a space. */
    if (!decimal && t[i].fold.len <= 3) {
        /* A wider gap (at most one no-break or thin space is 3 bytes)
         * parts the columns of a table as text: "398      151". */
        while (j < n && t[j].kind == TK_NUM && t[j].fold.len == 3 && (t[j].flags & TF_SPACE) &&
               !(t[j].flags & TF_NL) && t[j].start - t[j - 1].end <= 3 &&
               milli < 1000000000LL * 1000) {
            int64_t m2;
            int d2;
            if (quantity_parse_digits(t[j].fold, &m2, &d2) || d2)
                break;
            milli = milli * 1000 + m2;
            j++;
        }
        if (j > i + 1 && j + 1 < n && token_is(&t[j], "-") && !(t[j].flags & TF_SPACE) &&
            t[j + 1].kind == TK_NUM && !(t[j + 1].flags & TF_SPACE))
            return 0; /* "8 800 100-20-30": a phone number, no grouped count */
    }
    c->rule = "digits";
    c->scale = 1;
    size_t len;
    size_t hyphen = 0;
    const struct lex_entry *sc = lex_match(lx, t, n, j, LC_SCALE, &len);
    if (!sc && j + 1 < n && token_is(&t[j], "-") && !(t[j].flags & TF_SPACE) &&
        !(t[j + 1].flags & TF_SPACE) && t[j + 1].fold.len > 3) {
        /* "a 22-million-strong nation": the scale joined by a hyphen */
        sc = lex_match(lx, t, n, j + 1, LC_SCALE, &len);
        hyphen = sc != NULL;
        j += hyphen;
    }
    if (sc && (hyphen || (t[j].flags & TF_SPACE) || t[j].fold.len <= 3)) {
        /* "10k" is attached; "10 thousand", "1.5 million" are not. */
        c->scale = sc->a;
        j += len;
        if (j < n && token_is(&t[j], ".") && !(t[j].flags & TF_SPACE) && sc->a >= 1000 &&
            t[j - 1].fold.len <= 3)
            j++; /* "2 mln." */
        c->rule = "digits.scaled";
    }
    int64_t v = milli / 1000 * c->scale + (milli % 1000) * c->scale / 1000;
    if ((milli % 1000) * c->scale % 1000 != 0)
        c->decimal_unscaled = 1;
    c->decimal_unscaled |= decimal && c->scale == 1;
    c->low = c->high = v;
    c->end = j;
    return 1;
}

/* The place of the lowest non-zero digit of v: 10 for 20, 100 for 300, 1
 * for 25.  A number word smaller than it adds on ("сто двадцать"). */
static int64_t place(int64_t v) {
    int64_t p = 1;
    while (v && v % (p * 10) == 0)
        p *= 10;
    return p;
}

/* Number words at i: "thirty-two", "a hundred and fifty", "two thousand". */
static int words_core(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                      struct core *c) {
    int64_t total = 0, cur = 0;
    int any = 0, last_mult = 0;
    size_t j = i, len;
    while (j < n) {
        const struct lex_entry *e = lex_match(lx, t, n, j, LC_NUM, &len);
        if (e) {
            if (e->mult) {
                if (cur == 0)
                    cur = 1;
                cur *= e->a;
                if (e->a >= 1000) {
                    total += cur;
                    cur = 0;
                }
            } else {
                if (any && !last_mult && cur >= 20 && e->a > 0 && e->a < place(cur))
                    ; /* "twenty two", "сто двадцать" */
                else if (any && !last_mult && !(cur == 0 && total > 0)) {
                    if (token_is(&t[j - 1], "-"))
                        j--; /* "two-three": the hyphen joins a range */
                    break; /* "two three": two numbers */
                }
                cur += e->a;
            }
            last_mult = e->mult;
            any = 1;
            j += len;
            continue;
        }
        if (any && attached(t, n, j, "-") && j + 1 < n && lex_match(lx, t, n, j + 1, LC_NUM, &len) &&
            !(t[j + 1].flags & TF_SPACE)) {
            j++;
            continue;
        }
        if (any && last_mult && is_tok(t, n, j, "and") && lex_match(lx, t, n, j + 1, LC_NUM, &len)) {
            j++;
            continue;
        }
        if (!any && (is_tok(t, n, j, "a") || is_tok(t, n, j, "one")) && j + 1 < n) {
            const struct lex_entry *m = lex_match(lx, t, n, j + 1, LC_NUM, &len);
            if (m && m->mult) {
                j++;
                cur = 0;
                continue;
            }
        }
        break;
    }
    if (!any)
        return 0;
    c->low = c->high = total + cur;
    c->end = j;
    c->scale = 1;
    if (last_mult && cur == 0 && j > i) {
        /* "ста пятидесяти тысяч": a trailing scale, so that "от ста до ста
         * пятидесяти тысяч" reads 100000..150000. */
        const struct lex_entry *m = lex_match(lx, t, n, j - 1, LC_NUM, &len);
        if (m && m->mult && m->a >= 1000)
            c->scale = m->a;
    }
    c->words = 1;
    c->rule = "words";
    return 1;
}

static int vague_core(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                      struct core *c) {
    size_t len;
    const struct lex_entry *e = lex_match(lx, t, n, i, LC_VAGUE, &len);
    if (!e)
        return 0;
    c->low = e->a;
    c->high = e->b;
    c->approx = e->approx;
    c->vague = 1;
    c->end = i + len;
    c->scale = 1;
    c->rule = e->rule;
    return 1;
}

/* The core at i.  After a qualifier or a range connector a word that is
 * both vague and a number reads as the number: "около тысячи" is 1000,
 * "тысячи" alone 2000-9999. */
static int core_at(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                   struct core *c, int prefer_num) {
    memset(c, 0, sizeof *c);
    if (i >= n)
        return 0;
    if (t[i].kind == TK_NUM)
        return digits_core(lx, t, n, i, c);
    if (vague_core(lx, t, n, i, c)) {
        struct core w;
        memset(&w, 0, sizeof w);
        if (prefer_num && c->end == i + 1 && words_core(lx, t, n, i, &w))
            *c = w;
        return 1;
    }
    return words_core(lx, t, n, i, c);
}

/* Is the number at i glued to what precedes it: a footnote ("lawyers.3"),
 * a code ("B52"), a clock time's minutes, a date part? */
/* The value of token i when it is a number word of one digit ("four",
 * "zero"), else -1. */
static int digit_word(const struct lexicon *lx, const struct token *t, size_t n, size_t i) {
    size_t len;
    const struct lex_entry *e = i < n ? lex_match(lx, t, n, i, LC_NUM, &len) : NULL;
    return e && len == 1 && e->a >= 0 && e->a <= 9 && !e->mult ? (int)e->a : -1;
}

/* Is the number word at i a digit of a number read out digit by digit,
 * joined to the next by a hyphen with no space, the next no greater
 * ("four-zero", "five-five"; "two-three" is a range), or the second digit
 * of such a pair ("one-four, not four-zero")? */
static int spelt_digits(const struct lexicon *lx, const struct token *t, size_t n, size_t i) {
    int d = digit_word(lx, t, n, i);
    if (d < 0)
        return 0;
    if (i + 2 < n && token_is(&t[i + 1], "-") && !(t[i + 1].flags & TF_SPACE) &&
        !(t[i + 2].flags & TF_SPACE)) {
        int next = digit_word(lx, t, n, i + 2);
        if (next >= 0 && next <= d)
            return 1;
    }
    return i >= 2 && token_is(&t[i - 1], "-") && !(t[i - 1].flags & TF_SPACE) &&
           !(t[i].flags & TF_SPACE) && digit_word(lx, t, n, i - 2) >= 0;
}

static int glued_before(const struct token *t, size_t i) {
    if (i == 0 || (t[i].flags & TF_SPACE))
        return 0;
    const struct token *p = &t[i - 1];
    if (p->kind == TK_WORD || p->kind == TK_NUM)
        return 1;
    /* A unit's or a model's code: "RAB-11", "COVID-19", "Su-27". */
    if (token_is(p, "-") && i >= 2 && !(p->flags & TF_SPACE) && t[i - 2].kind == TK_WORD &&
        (t[i - 2].flags & TF_CAP))
        return 1;
    /* An ISO date's month or day: "2022-06-23". */
    for (size_t back = 2; back <= 4 && back <= i; back += 2)
        if (t[i - back].kind == TK_NUM && t[i - back].fold.len == 4 && t[i].fold.len == 2 &&
            token_is(&t[i - back + 1], "-") && !(t[i - back + 1].flags & TF_SPACE) &&
            !(t[i - back + 2].flags & TF_SPACE) && token_is(p, "-") && !(p->flags & TF_SPACE))
            return 1;
    /* A minus sign: "it was -50 outside", "at a temperature of -28"; not the
     * dash of a range ("20 -50") nor a list's dash ("- 50 people"). */
    if ((token_is(p, "-") || token_is(p, "\xe2\x88\x92")) && (p->flags & TF_SPACE) && i >= 2 &&
        t[i - 2].kind == TK_WORD)
        return 1;
    return token_is(p, ".") || token_is(p, ":") || token_is(p, "/") || token_is(p, "$") ||
           token_is(p, "#") || token_is(p, "+") || token_is(p, "\xe2\x82\xac") ||
           token_is(p, "\xc2\xa3");
}

/* Does something glued after the number make it no count: "18th", "5km",
 * "19:00", "12/01", "1,000-shilling"? */
static int glued_after(const struct lexicon *lx, const struct token *t, size_t n, size_t j) {
    if (j >= n || (t[j].flags & TF_SPACE))
        return 0;
    if (t[j].kind == TK_WORD)
        return !lexicon_has(lx, t[j].word, LC_SCALE) && !lexicon_has(lx, t[j].word, LC_VAGUE);
    if (t[j].kind == TK_NUM)
        return 1;
    if (t[j].fold.len >= 2 && memcmp(t[j].fold.ptr, "\xc2\xb0", 2) == 0)
        return 1; /* "52°C", "40°": a temperature or an angle */
    if ((token_is(&t[j], ":") || token_is(&t[j], "/") || token_is(&t[j], ".")) && j + 1 < n &&
        t[j + 1].kind == TK_NUM && !(t[j + 1].flags & TF_SPACE))
        return 1;
    return 0;
}

/* Is the number at k a count of people whose noun ends right before
 * `end` ("171 people in", "262 individuals in")? */
static int people_count_before(const struct lexicon *lx, const struct token *t, size_t n,
                               size_t k, size_t end) {
    size_t len;
    return k + 1 < end && end - k <= 3 && lex_match(lx, t, n, end - 1, LC_WHO, &len) &&
           end - 1 + len == end;
}

/* "Criminal proceedings were instituted in 57 cases": is there a phrase
 * for criminal cases within the few tokens of the clause before token
 * `end`, so that the cases after it are counts of cases, not a unit? */
static int charge_before(const struct lexicon *lx, const struct token *t, size_t n, size_t end) {
    int people = 0; /* passed the count of people the cases hold */
    for (size_t k = end; k-- > 0 && end - k <= (people ? 20u : 8u);) {
        size_t len;
        const struct lex_entry *e = lex_match(lx, t, n, k, LC_OUT, &len);
        if (e && e->what == VG_CHARGED && (e->kind == F_CASES || people))
            return 1; /* "Charges under the Act: at least 171 people in 89 cases" */
        if (e && e->kind == F_VERB && k + len == end &&
            (e->what == VG_CHARGED || e->what == VG_DETAINED))
            return 1; /* "prosecuted in 64 cases", "arrested in 22 cases" */
        if (t[k].kind == TK_NUM && !people && people_count_before(lx, t, n, k, end)) {
            people = 1;
            continue;
        }
        if (token_is(&t[k], ",") || token_is(&t[k], ";") || token_is(&t[k], ".") ||
            (!people && (token_is(&t[k], ":") || t[k].kind == TK_NUM)))
            return 0;
    }
    return 0;
}

/* Do more numbers joined by commas or "and" follow j and end with a unit:
 * the 17 of "on 17 and 18 February", "2, 3 or 4 days"? */
static int unit_after_list(const struct lexicon *lx, const struct token *t, size_t n, size_t j) {
    size_t k = j;
    while (k + 1 < n && t[k + 1].kind == TK_NUM &&
           (token_is(&t[k], ",") || token_is(&t[k], "and") || token_is(&t[k], "or") ||
            token_is(&t[k], "&")))
        k += 2;
    return k > j && k < n && lexicon_has(lx, t[k].word, LC_UNIT);
}

/* Is the number at k, after a month name, a count rather than the
 * month's day: the day stands before the month ("9 September 45" in a
 * table row, "on 9 September 12 people"), or no month has that many days
 * ("September 45")?  Month names are the words that are both pre and a
 * unit of time. */
/* Is the number at k written in digits and too large for a day of a
 * month (32 to 999)? */
static int past_days(const struct token *t, size_t k) {
    struct vg_str f = t[k].fold;
    unsigned v = 0;
    for (size_t i = 0; i < f.len && i < 4; i++) {
        if (f.ptr[i] < '0' || f.ptr[i] > '9')
            return 0;
        v = v * 10 + (unsigned)(f.ptr[i] - '0');
    }
    return f.len < 4 && v > 31;
}

/* Is the number token t, digits with any grouping, more than a month's
 * days and no year ("to 1,160", not "to 2024")? */
static int beyond_days(const struct token *t) {
    if (t->kind != TK_NUM)
        return 0;
    unsigned long v = 0;
    int grouped = 0;
    for (size_t i = 0; i < t->fold.len; i++) {
        if (t->fold.ptr[i] == ',') {
            grouped = 1;
            continue;
        }
        if (t->fold.ptr[i] < '0' || t->fold.ptr[i] > '9')
            return 0;
        if (v > 1000000)
            return 1;
        v = v * 10 + (unsigned long)(t->fold.ptr[i] - '0');
    }
    return v > 31 && (grouped || v < 1900 || v > 2100);
}

static int count_after_month(const struct lexicon *lx, const struct token *t, size_t k) {
    if (k == 0)
        return 0;
    if (t[k].kind == TK_WORD && (t[k - 1].flags & TF_CAP) && lexicon_has(lx, t[k].word, LC_NUM) &&
        word_list_has_token(word_list_months, &t[k - 1]))
        return 1; /* "on 20 April two protesters": no day is spelt out */
    if (t[k].kind != TK_NUM || !lexicon_has(lx, t[k - 1].word, LC_UNIT))
        return 0;
    if (k >= 2 && t[k - 2].kind == TK_NUM && (t[k - 1].flags & TF_SPACE) && !past_days(t, k - 2))
        return 1; /* "9 September 45", but "128 July 11 protesters": July 11 is a day */
    return past_days(t, k);
}

/* Does a word that makes a number no count stand right before token k:
 * "article 5", «ст. 20», «стр. 3», "hotline: 8 800 ..."? */
static int pre_word(const struct lexicon *lx, const struct token *t, size_t k) {
    if (k == 0)
        return 0;
    if (lexicon_has(lx, t[k - 1].word, LC_PRE))
        return !count_after_month(lx, t, k);
    if (!(k >= 2 && (token_is(&t[k - 1], ".") || token_is(&t[k - 1], ":")) &&
          lexicon_has(lx, t[k - 2].word, LC_PRE)))
        return 0;
    /* "- fined under the Criminal Code: 37": a list line whose label names
     * an outcome counts people, whatever word ends it. */
    if (!token_is(&t[k - 1], ":"))
        return 1;
    if (lexicon_has(lx, t[k - 2].word, LC_UNIT) ||
        (token_is(&t[k - 2], "may") && (t[k - 2].flags & TF_CAP)))
        return 0; /* "Total detained since June: 1,204": no date has a colon */
    int out = 0;
    for (size_t m = k - 2; m-- > 0 && k - m <= 16;) {
        out |= lexicon_is(lx, t[m].word, LC_OUT);
        if (m == 0 || (t[m].flags & TF_NL))
            return !(out && (token_is(&t[m], "-") || token_is(&t[m], "*") ||
                             token_is(&t[m], "\xe2\x80\xa2") || token_is(&t[m], "\xe2\x80\x93")));
    }
    return 1;
}

/* Does a Russian word of the pre kind stand before a count of people
 * all the same: «отправил в СИЗО шестерых активистов», «в СИЗО 6
 * человек»?  A people's noun after the number, or a collective numeral
 * («троих», «шестерых»), makes it a count, not the number of a jail. */
static int ru_people_after_pre(const struct lexicon *lx, const struct token *t, size_t n,
                               size_t core, size_t end) {
    const struct vg_str w = t[core - 1].fold, c = t[core].fold;
    if (w.len < 2 || (unsigned char)w.ptr[0] < 0xD0 || (unsigned char)w.ptr[0] > 0xD1)
        return 0; /* Cyrillic words only */
    if (end < n && lexicon_has(lx, t[end].word, LC_WHO))
        return 1;
    static const char *const collective[] = {"двоих", "троих", "четверых", "пятерых", "шестерых",
                                             "семерых", "восьмерых", "девятерых", "десятерых",
                                             NULL};
    for (const char *const *k = collective; *k; k++)
        if (c.len == strlen(*k) && memcmp(c.ptr, *k, c.len) == 0)
            return 1;
    return 0;
}

/* Does a word that makes a number no count stand before token k, alone
 * ("aged 15"), as a phrase of two ("the ages of 16", "aged from 16"), or
 * before "between" ("aged between 15")? */
static int pre_phrase(const struct lexicon *lx, const struct token *t, size_t n, size_t k) {
    size_t pl;
    if (k >= 1) {
        const struct lex_entry *q = lex_match(lx, t, n, k - 1, LC_QUAL, &pl);
        if (q && q->kind == Q_BETWEEN && pl == 1)
            k--;
    }
    if (pre_word(lx, t, k))
        return 1;
    return k >= 2 && lex_match(lx, t, n, k - 2, LC_PRE, &pl) && pl == 2;
}

/* Does "on" and a month or weekday follow the number at k, so that it is
 * a count with a date of its own, no day of the date before it: the 6 of
 * "31 were held on May 4 and 6 on May 5"? */
static int own_date_after(const struct lexicon *lx, const struct token *t, size_t n, size_t k) {
    return k + 2 < n && token_is(&t[k + 1], "on") && (t[k + 2].flags & TF_CAP) &&
           (lexicon_has(lx, t[k + 2].word, LC_UNIT) || token_is(&t[k + 2], "may"));
}

/* A later item of a list of digits that such a word opens: the 38 and
 * the 45 of "aged 27, 38 and 45", the 213 of "articles 212, 213 and 318".
 * Each item before it is a bare number joined by a comma, "and" or "or",
 * and "and" or "or" joins the last. */
/* Past a bracketed gloss after a list's item ("Sections 143 (unlawful
 * assembly), 147"): the token after its ")" going forward from k, or the
 * "(" going back from the ")" before k; k itself if there is none. */
static size_t gloss_after(const struct token *t, size_t n, size_t k) {
    if (k >= n || !token_is(&t[k], "("))
        return k;
    for (size_t m = k + 1; m < n && m < k + 16; m++)
        if (token_is(&t[m], ")"))
            return m + 1;
    return k;
}

static size_t gloss_before(const struct token *t, size_t k) {
    if (k < 1 || !token_is(&t[k - 1], ")"))
        return k;
    for (size_t m = k - 1; m-- > 0 && m + 16 > k;)
        if (token_is(&t[m], "("))
            return m;
    return k;
}

static int pre_list_item(const struct lexicon *lx, const struct token *t, size_t n, size_t k) {
    /* The list closes with "and" or "or": a date's year before a count
     * ("on 15 March 2023, 186 people") is no list. */
    size_t m = gloss_after(t, n, k + 1);
    if (own_date_after(lx, t, n, k))
        return 0;
    while (m + 1 < n && token_is(&t[m], ",") && t[m + 1].kind == TK_NUM)
        m = gloss_after(t, n, m + 2);
    int closed = k >= 1 && (token_is(&t[k - 1], "and") || token_is(&t[k - 1], "or"));
    if (!closed && !(m + 1 < n && (token_is(&t[m], "and") || token_is(&t[m], "or")) &&
                     t[m + 1].kind == TK_NUM))
        return 0;
    size_t k0 = k;
    for (int items = 0; items < 6 && k >= 3; items++) {
        if (!token_is(&t[k - 1], ",") && !token_is(&t[k - 1], "and") &&
            !token_is(&t[k - 1], "or"))
            return 0;
        k = gloss_before(t, k - 1) + 1; /* the item before: past its gloss */
        if (k < 3 || t[k - 2].kind != TK_NUM)
            return 0;
        k -= 2;
        if (lexicon_has(lx, t[k - 1].word, LC_PRE))
            /* "on October 28 and 256 were arrested": no month has day 256 */
            return !(lexicon_has(lx, t[k - 1].word, LC_UNIT) && past_days(t, k0));
    }
    return 0;
}

/* A range whose first end leaves out the thousands its second end
 * writes: "8-10,000", "2-3,000" (8,000 to 10,000).  Both ends are plain
 * digits, the first under a thousand and no thousand separator of its
 * own, the second written with a group of thousands, and the first, in
 * thousands, no greater than the second and more than a tenth of it, so
 * "50-1,000" and "1-10,000" stay as written. */
static bool thousands_elided(const struct token *t, const struct core *a,
                             const struct core *b, size_t bi) {
    if (a->words || b->words || a->scale != 1 || b->scale != 1 || a->low != a->high)
        return false;
    if (a->low < 1 || a->low >= 1000 || b->high % 1000 != 0)
        return false;
    struct vg_str f = t[bi].fold;
    bool grouped = b->end > bi + 1 ||
                   (f.len > 4 && f.ptr[f.len - 4] == ',');
    return grouped && a->low * 1000 <= b->high && b->high < a->low * 10000;
}

/* Is the token at j a dash set apart from its neighbours by a run of
 * spaces, as a table's columns are ("9     -     18"), not a range's
 * connector ("9-18", "9 - 18")? */
static int column_dash(const struct token *t, size_t n, size_t j) {
    if (j == 0 || j + 1 >= n || t[j].kind != TK_PUNCT)
        return 0;
    return t[j].start - t[j - 1].end >= 2 || t[j + 1].start - t[j].end >= 2;
}

/* The second end of a range that such a word opens: the 40 of "aged 15 to
 * 40", "between the ages of 16 and 41". */
static int pre_range_end(const struct lexicon *lx, const struct token *t, size_t n, size_t k) {
    if (k < 3 || !lexicon_has(lx, t[k - 1].word, LC_RANGE) || own_date_after(lx, t, n, k))
        return 0;
    if (t[k - 2].kind != TK_NUM && !lexicon_has(lx, t[k - 2].word, LC_NUM))
        return 0;
    if (((lexicon_has(lx, t[k - 3].word, LC_UNIT) && lexicon_has(lx, t[k - 3].word, LC_PRE)) ||
         (token_is(&t[k - 3], "may") && (t[k - 3].flags & TF_CAP))) &&
        beyond_days(&t[k]))
        return 0; /* "on October 28 and 256 were arrested", "the toll since May 1
                   * to 320": no month has that many days */
    return pre_phrase(lx, t, n, k - 2);
}

/* The "(" of a bracketed count closed at token `close`: "(12)", "(300
 * people)", "(about 40 people)": a number with up to two words of small
 * letters around it.  Returns the index of "(", or 0. */
static size_t count_bracket(const struct token *t, size_t close) {
    int num = 0;
    for (size_t k = close; k > 0 && close - k < 5; k--) {
        const struct token *w = &t[k - 1];
        if (token_is(w, "("))
            return num ? k - 1 : 0;
        if (w->kind == TK_NUM)
            num = 1;
        else if (w->kind != TK_WORD || (w->flags & TF_CAP))
            return 0;
    }
    return 0;
}

/* Do one or two capitalised words before token `end` follow «в», "in":
 * «в Минске (29)», "in Lyon (20)"?  Or follow «и», "and" or a comma after
 * an earlier such bracketed item: «в Минске (29) и Гомеле (8)»?  Such a
 * bracket tallies a place, not a person's age. */
#define PLACE_ITEMS 40 /* earlier items walked back over: a tally by county runs long */

static int place_bracket(const struct token *t, size_t end, int items) {
    size_t k = end;
    while (k > 0 && end - k < 2 && t[k - 1].kind == TK_WORD && (t[k - 1].flags & TF_CAP))
        k--;
    if (k == end || k == 0)
        return 0;
    if (token_is(&t[k - 1], "в") || token_is(&t[k - 1], "во") || token_is(&t[k - 1], "in"))
        return 1;
    if (end - k == 1 &&
        (token_is(&t[k - 1], ":") || (token_is(&t[k - 1], "-") && (t[k].flags & TF_SPACE))))
        return 1; /* "Arrests by town: Nakuru (12), Eldoret (8)"; one word, no
                   * "Name Surname (34)" */
    if (k >= 3 && token_is(&t[k - 1], ",") && t[k - 2].kind == TK_NUM &&
        !token_is(&t[k - 3], ",") && !token_is(&t[k - 3], "("))
        return 1; /* "deaths at 21, Nakuru (3), Laikipia (2)": the first place's
                   * count given in words before; not "Name, 23, Name (22)" */
    if (items < PLACE_ITEMS && k >= 5 &&
        (token_is(&t[k - 1], "и") || token_is(&t[k - 1], ",") || token_is(&t[k - 1], "and")) &&
        token_is(&t[k - 2], ")")) {
        size_t open = count_bracket(t, k - 2);
        if (open)
            return place_bracket(t, open, items + 1);
    }
    return 0;
}

/* Before a semicolon, "Le Thi Hoa, 47;" is an age in a list of names but
 * "in Kurdistan, 33;" a place's tally: a name of two capitalised words or
 * more, with no "in" before it, ending at token k. */
static int full_name_before(const struct token *t, size_t k) {
    size_t m = k;
    while (m > 0 && (t[m - 1].flags & TF_CAP) && t[m - 1].kind == TK_WORD)
        m--;
    return k - m >= 2 && !(m > 0 && token_is(&t[m - 1], "in"));
}

/* Is the vague word at i, written with a capital, the last word of a name
 * in title case: "the March of Millions", "the Marches of the Millions"?
 * The word before "of" is a capitalised word that is no count itself, so
 * that "Hundreds of Thousands" in a headline still counts. */
static int title_vague(const struct lexicon *lx, const struct token *t, size_t i) {
    if (!(t[i].flags & TF_CAP) || i < 2)
        return 0;
    size_t k = i - 1;
    if (token_is(&t[k], "the") && !(t[k].flags & TF_CAP) && k > 0)
        k--;
    if (!token_is(&t[k], "of") || (t[k].flags & TF_CAP) || k == 0)
        return 0;
    const struct token *w = &t[k - 1];
    return w->kind == TK_WORD && (w->flags & TF_CAP) && !lexicon_has(lx, w->word, LC_VAGUE) &&
           !lexicon_has(lx, w->word, LC_NUM);
}

/* "the demonstration of millions", "marches of the millions": Sudan's
 * name for a kind of mass march, in small letters, no count of its
 * crowd; but "a march of millions of people" counts them. */
static int march_of_millions(const struct token *t, size_t n, size_t i) {
    static const char *const marches[] = {"march", "marches", "demonstration",
                                          "demonstrations", "procession", "processions",
                                          "rally", "rallies", NULL};
    if (!token_is(&t[i], "millions") || i < 2 || (i + 1 < n && token_is(&t[i + 1], "of")))
        return 0;
    size_t k = i - 1;
    if (token_is(&t[k], "the") && k > 0)
        k--;
    if (!token_is(&t[k], "of") || k == 0)
        return 0;
    for (const char *const *m = marches; *m; m++)
        if (token_is(&t[k - 1], *m))
            return 1;
    return 0;
}

/* Does an age of the "Name, 23," kind stand in the few tokens before i,
 * making a list of names with their ages? */
static int age_before(const struct token *t, size_t i) {
    for (size_t k = i - 1; k >= 3 && k + 16 > i; k--) {
        if (token_is(&t[k], ".") || token_is(&t[k], ";"))
            return 0;
        if (t[k].kind == TK_NUM && t[k].fold.len <= 2 && token_is(&t[k + 1], ",") &&
            token_is(&t[k - 1], ",") && (t[k - 2].flags & TF_CAP) && t[k - 2].kind == TK_WORD)
            return 1;
    }
    return 0;
}

/* Does a name end at token k: a capitalised word, or the small second
 * half of a hyphenated given name ("Mo Jia-tao", "Wong Ji-yuet")? */
static int name_end(const struct token *t, size_t k) {
    if (t[k].kind != TK_WORD)
        return 0;
    if (t[k].flags & TF_CAP)
        return 1;
    return k >= 2 && token_is(&t[k - 1], "-") && t[k - 2].kind == TK_WORD &&
           (t[k - 2].flags & TF_CAP);
}

/* A person's age: "Name, 23," or "(23)" after a capitalised word; in a
 * list of names set apart by semicolons, "Full Name, 23;". */
static int looks_like_age(const struct token *t, size_t n, size_t i, size_t j) {
    if (j - i != 1 || t[i].kind != TK_NUM || t[i].fold.len > 2)
        return 0;
    int after = j < n && (token_is(&t[j], ",") || token_is(&t[j], ")"));
    if (j < n && token_is(&t[j], ";") && i >= 2 && token_is(&t[i - 1], ","))
        after = full_name_before(t, i - 1);
    if (j < n && token_is(&t[j], ".") && i >= 2 && token_is(&t[i - 1], ","))
        after = age_before(t, i); /* "Rasel, 20, and Razu, 36.": the list's last */
    if (!after && j < n)
        return 0;
    if (i >= 2 && token_is(&t[i - 1], ",") && name_end(t, i - 2))
        return 1;
    if (i >= 2 && token_is(&t[i - 1], "(") && (t[i - 2].flags & TF_CAP))
        return !place_bracket(t, i - 1, 0);
    /* "Name, (23) and Name (22)": a comma stray before the bracket; but
     * "On 12 March, (23) political prisoners were freed" is a count */
    if (i >= 3 && token_is(&t[i - 1], "(") && token_is(&t[i - 2], ",") &&
        (t[i - 3].flags & TF_CAP) && j + 1 < n && token_is(&t[j], ")") &&
        (token_is(&t[j + 1], "and") || token_is(&t[j + 1], ",")))
        return !place_bracket(t, i - 2, 0);
    return 0;
}

/* "The youngest of the 14 detainees is 15", "the oldest was 81": a
 * number after "is" or "was" whose subject is the youngest or the oldest
 * of a group is an age. */
static int superlative_age(const struct token *t, size_t n, size_t core, size_t j) {
    if (j != core + 1 || t[core].kind != TK_NUM || t[core].fold.len > 3 || core < 3 ||
        !(token_is(&t[core - 1], "is") || token_is(&t[core - 1], "was")))
        return 0;
    if (j < n && !token_is(&t[j], ".") && !token_is(&t[j], ",") && !token_is(&t[j], ";") &&
        !token_is(&t[j], "years"))
        return 0;
    for (size_t k = core - 1; k-- > 0 && core - k <= 12;) {
        if (token_is(&t[k], "youngest") || token_is(&t[k], "oldest"))
            return 1;
        if (token_is(&t[k], ",") || token_is(&t[k], ";"))
            return 0;
    }
    return 0;
}

static int is_year(const struct core *c, const struct token *t, size_t i) {
    return t[i].kind == TK_NUM && c->end == i + 1 && t[i].fold.len == 4 && c->low >= 1800 &&
           c->low <= 2100;
}

/* Does a link phrase ("went up to") start a few tokens before i and end
 * with the qualifier of `qual_len` tokens at i? */
static int link_through(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                        size_t qual_len) {
    for (size_t back = 1; back <= 3 && back <= i; back++) {
        size_t len;
        if (lex_match(lx, t, n, i - back, LC_LINK, &len) && len == back + qual_len)
            return 1;
    }
    return 0;
}

/* "twelve (12)", "сорок (40)": a number in words restated in digits in
 * brackets, as official statements write them.  Returns the end of the
 * quantity: past the brackets when they restate it, else `end`. */
static size_t restated_digits(const struct token *t, size_t n, size_t end, const struct core *a) {
    int64_t milli;
    int decimal;
    if (!a->words || a->low != a->high || end + 2 >= n || !token_is(&t[end], "(") ||
        t[end + 1].kind != TK_NUM || !token_is(&t[end + 2], ")"))
        return end;
    if (quantity_parse_digits(t[end + 1].fold, &milli, &decimal) || decimal ||
        milli != a->low * 1000)
        return end;
    return end + 3;
}

/* Does "from" at token i start a change ("the toll rose from 9 to 14",
 * "up from 40 to 65"), whose two ends are two counts, not one range? */
static int change_from(const struct token *t, size_t n, size_t i) {
    static const char *const verbs[] = {"rose", "risen", "rising", "climbed", "increased",
                                        "jumped", "grew", "soared", "up", "down", "fell",
                                        "dropped", "decreased", "declined", "revised",
                                        "corrected", "went", "gone", NULL};
    static const char *const revise[] = {"revised", "corrected", "lowered", "raised",
                                         "adjusted", "updated", "amended", "changed", NULL};
    if (i == 0 || i >= n || !token_is(&t[i], "from"))
        return 0;
    for (const char *const *v = verbs; *v; v++)
        if (token_is(&t[i - 1], *v))
            return 1;
    /* "revised the death toll from 12 to 7" */
    for (size_t k = i - 1; k-- > 0 && i - k <= 5;)
        for (const char *const *v = revise; *v; v++)
            if (token_is(&t[k], *v))
                return 1;
    return 0;
}

/* "detained (14) villagers", "a total of (6,412) people": monitors write
 * their verified counts in brackets.  A bracket opened after a lower-case
 * word and closed right after one number holds the count; after a name it
 * is an age or a place's tally ("Almaty (5)"), left to the number inside. */
/* "today (18)", "yesterday (17)": the day of the month in brackets after
 * a relative day, as Sri Lankan and South Asian outlets write it. */
static int day_word(const struct token *t) {
    return token_is(t, "today") || token_is(t, "yesterday") || token_is(t, "tomorrow") ||
           token_is(t, "tonight");
}

static int bracketed_count(const struct token *t, size_t n, size_t i) {
    return i > 0 && i + 2 < n && token_is(&t[i], "(") && t[i + 1].kind == TK_NUM &&
           !(t[i + 1].flags & TF_SPACE) && token_is(&t[i + 2], ")") &&
           !(t[i + 2].flags & TF_SPACE) && t[i - 1].kind == TK_WORD &&
           !(t[i - 1].flags & TF_CAP) && !day_word(&t[i - 1]);
}

/* Is the number at [core, end), after "in Place", an item of a list whose
 * first item had its verb ("12 were detained in Nakuru, in Eldoret 8 and
 * in Kisumu 5"): a number stands earlier in the sentence and the item
 * closes right after it? */
static int elliptic_item(const struct token *t, size_t n, size_t core, size_t end) {
    if (end < n && !token_is(&t[end], ",") && !token_is(&t[end], ";") &&
        !token_is(&t[end], ".") && !token_is(&t[end], "and") && !token_is(&t[end], ")"))
        return 0;
    for (size_t k = core - 2; k-- > 0;)
        if (t[k].kind == TK_NUM)
            return 1;
    return 0;
}

/* Is the number at [core, end) the count of a name of two to six
 * capitalised words (and "of") in a comma list whose item before ends with a number
 * ("Civil Hospital is treating 100, Trauma Centre 59, Bir Hospital six"),
 * closing right after it? */
static int name_list_item(const struct lexicon *lx, const struct token *t, size_t n,
                          size_t core, size_t end) {
    if (end < n && !token_is(&t[end], ",") && !token_is(&t[end], ";") &&
        !token_is(&t[end], ".") && !token_is(&t[end], "and"))
        return 0;
    size_t k = core, words = 0;
    while (k > 0 && words < 6 && t[k - 1].kind == TK_WORD && !(t[k - 1].flags & TF_NL) &&
           ((t[k - 1].flags & TF_CAP) ||
            (token_is(&t[k - 1], "of") && k >= 2 && (t[k - 2].flags & TF_CAP)))) {
        k--; /* "BP Koirala Institute of Health Sciences two" */
        words++;
    }
    if (words < 2 || k < 2 || !token_is(&t[k - 1], ","))
        return 0;
    return t[k - 2].kind == TK_NUM || lexicon_has(lx, t[k - 2].word, LC_NUM);
}

/* Is the number at core, after a name, an item of a tally whose item
 * before ends in a number or an outcome's noun after one: "Mexico 18,
 * and Guatemala 12", "had 24 killings and the Philippines 43"?  The name
 * is one to four capitalised words, "the" may open it, and a comma, "and"
 * or ", and" sets it off. */
static int count_list_name(const struct lexicon *lx, const struct token *t, size_t core) {
    size_t k = core, words = 0;
    while (k > 0 && words < 4 && t[k - 1].kind == TK_WORD && (t[k - 1].flags & TF_CAP) &&
           !(t[k - 1].flags & TF_NL)) {
        k--;
        words++;
    }
    if (words && k >= 2 && token_is(&t[k - 1], "the"))
        k--;
    if (!words || k < 2 || !(token_is(&t[k - 1], ",") || token_is(&t[k - 1], "and")))
        return 0;
    k--;
    if (token_is(&t[k], "and") && k >= 2 && token_is(&t[k - 1], ","))
        k--;
    if (t[k - 1].kind == TK_NUM)
        return 1;
    return k >= 2 && t[k - 2].kind == TK_NUM && lexicon_has(lx, t[k - 1].word, LC_OUT);
}

/* An item of a list of sentences with the verb given once: ", three to
 * 15 years", "and 37 to five years".  Is the "to" at `to` after the count
 * at `core`, opening a term of time (b, then years, months, weeks or
 * days), the item's own, its count the people? */
static int sentence_item(const struct token *t, size_t n, size_t core, size_t to,
                         const struct core *b) {
    static const char *const terms[] = {"years", "year", "months", "month", "weeks", "days",
                                        NULL};
    if (core == 0 || !token_is(&t[to], "to") || b->end >= n ||
        !(token_is(&t[core - 1], ",") || token_is(&t[core - 1], "and")))
        return 0;
    for (const char *const *w = terms; *w; w++)
        if (token_is(&t[b->end], *w))
            return 1;
    return 0;
}

/* The words that raise a count to a second, larger one as a guess:
 * "hundreds, if not thousands", "thirty or even forty", "dozens,
 * possibly hundreds".  Between two vague words a plain "to" or "or" does
 * too ("dozens to hundreds").  Returns the number of tokens, or 0. */
static size_t hedge_words(const struct token *t, size_t n, size_t j, int vague) {
    size_t k = j;
    int comma = k < n && token_is(&t[k], ",");
    k += (size_t)comma;
    if (k + 1 < n && token_is(&t[k], "if") && token_is(&t[k + 1], "not"))
        return k + 2 - j;
    if (k + 1 < n && token_is(&t[k], "or") &&
        (token_is(&t[k + 1], "even") || token_is(&t[k + 1], "perhaps") ||
         token_is(&t[k + 1], "possibly") || token_is(&t[k + 1], "maybe")))
        return k + 2 - j;
    if (comma && k < n &&
        (token_is(&t[k], "perhaps") || token_is(&t[k], "possibly") || token_is(&t[k], "maybe")))
        return k + 1 - j;
    if (!comma && vague && k < n && (token_is(&t[k], "to") || token_is(&t[k], "or")))
        return 1;
    return 0;
}

/* A count hedged upwards (hedge_words): the token after it, with the
 * comma that closes the aside ("hundreds, if not thousands, of people"),
 * and *high the larger count's top; 0 when there is none.  Both counts are
 * of one kind, vague words, number words or digits, the second larger. */
static size_t hedged_end(const struct lexicon *lx, const struct token *t, size_t n, size_t j,
                         const struct core *a, int64_t *high) {
    size_t w = hedge_words(t, n, j, a->vague);
    struct core b;
    if (!w || !core_at(lx, t, n, j + w, &b, 1) || b.vague != a->vague ||
        b.words != a->words || b.decimal_unscaled || a->decimal_unscaled || b.low <= a->high)
        return 0;
    size_t e = b.end;
    if (e < n && token_is(&t[e], ",") && token_is(&t[j], ",")) {
        if (e + 1 < n && token_is(&t[e + 1], "of"))
            e += 2; /* ", of people" */
        else if (e + 1 < n && lexicon_has(lx, t[e + 1].word, LC_WHO))
            e++;
    }
    *high = b.high;
    return e;
}

int quantity_read(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                  struct quantity *q) {
    if (bracketed_count(t, n, i)) {
        if (!quantity_read(lx, t, n, i + 1, q) || q->t1 != i + 2)
            return 0;
        q->t0 = i;
        q->t1 = i + 3;
        return 1;
    }
    memset(q, 0, sizeof *q);
    size_t j = i, len;
    uint8_t qual = 0;
    const struct lex_entry *qe = lex_match(lx, t, n, j, LC_QUAL, &len);
    if (qe) {
        qual = qe->kind;
        j += len;
        /* "as many as some 300": take the inner qualifier too. */
        const struct lex_entry *q2 = lex_match(lx, t, n, j, LC_QUAL, &len);
        if (q2 && q2->kind == Q_APPROX) {
            j += len;
            if (qual == Q_EXACT)
                qual = Q_APPROX;
        } else if (q2 && q2->kind == Q_EXACT && qual != Q_EXACT && qual != Q_BETWEEN) {
            j += len; /* "at least another five": the bound holds, "another" adds nothing */
        }
    }
    /* «как минимум о 95 задержанных», «более чем о 30», «как минимум у
     * пяти», «не менее чем с двумя»: Russian puts the preposition of the
     * verb between the qualifier and its number. */
    if (qe && qual != Q_EXACT && j + 1 < n &&
        (is_tok(t, n, j, "о") || is_tok(t, n, j, "об") || is_tok(t, n, j, "у") ||
         is_tok(t, n, j, "с") || is_tok(t, n, j, "со")) &&
        (t[j + 1].kind == TK_NUM || lexicon_has(lx, t[j + 1].word, LC_NUM) ||
         lexicon_has(lx, t[j + 1].word, LC_VAGUE)))
        j++;
    struct core a;
    if (!core_at(lx, t, n, j, &a, qe != NULL))
        return 0;
    size_t core = j;
    int people = core > 0 && ru_people_after_pre(lx, t, n, core, a.end);
    if (!qe && pre_word(lx, t, core) && !people)
        return 0;
    if ((!qe || qe->kind == Q_BETWEEN) && !people && pre_phrase(lx, t, n, core))
        return 0; /* "aged between 15 and 40", "the ages of 16" */
    if (!qe && pre_range_end(lx, t, n, core))
        return 0; /* "aged 15 to 40": its second end */
    if (!qe && t[core].kind == TK_NUM && pre_list_item(lx, t, n, core))
        return 0; /* "aged 27, 38 and 45": the later ages */
    if (!qe && core >= 3 && (token_is(&t[core - 1], "из") || token_is(&t[core - 1], "of")) &&
        t[core - 2].kind == TK_NUM && pre_word(lx, t, core - 2))
        return 0; /* «Стр. 3 из 18», "page 3 of 18": the pages, no count */
    if (t[core].kind == TK_NUM && glued_before(t, core))
        return 0;
    if (a.words && a.end <= core + 2 && spelt_digits(lx, t, n, core))
        return 0; /* "one-four, not four-zero": a number read out digit by digit */
    if (t[core].kind == TK_NUM && !qe && core == 1 && token_is(&t[0], "(") && a.end < n &&
        token_is(&t[a.end], ")") && a.low <= 20 &&
        !(a.end + 1 < n && (lexicon_has(lx, t[a.end + 1].word, LC_WHO) ||
                            lexicon_has(lx, t[a.end + 1].word, LC_OUT))))
        return 0; /* "(2) how many of the specified persons": a list's mark, but
                   * "(14) villagers were detained" */
    if (t[core].kind == TK_NUM && !qe && core > 0 && token_is(&t[core - 1], "[") &&
        a.end < n && token_is(&t[a.end], "]"))
        return 0; /* "charged.[7]": a footnote marker */
    if (!qe && a.vague && (title_vague(lx, t, core) || march_of_millions(t, n, core)))
        return 0; /* "the March of Millions": a protest's name */
    /* "Channel 24", "Rustavi 2": a number that is part of a name. */
    if (t[core].kind == TK_NUM && !qe && core > 0 && (t[core - 1].flags & TF_CAP) &&
        t[core - 1].kind == TK_WORD && !t[core - 1].word && !(t[core - 1].flags & TF_NL) &&
        core > 1 && !token_is(&t[core - 2], ",") && !token_is(&t[core - 2], ":") &&
        !token_is(&t[core - 2], "(") && !token_is(&t[core - 2], ";") &&
        !(token_is(&t[core - 2], "-") && (t[core - 1].flags & TF_SPACE)) &&
        !(token_is(&t[core - 2], "and") && core > 3 && t[core - 3].kind == TK_NUM) &&
        !(token_is(&t[core - 2], "in") && elliptic_item(t, n, core, a.end)) &&
        !name_list_item(lx, t, n, core, a.end) && !count_list_name(lx, t, core) &&
        t[core].start - t[core - 1].end <= 1 && /* a table's column gap is no name */
        !(a.end < n && (lexicon_has(lx, t[a.end].word, LC_WHO) ||
                        lexicon_has(lx, t[a.end].word, LC_OUT)))) /* "Jails 12 Protesters" */
        return 0;
    q->low = a.low;
    q->high = a.high;
    q->approx = a.approx;
    q->vague = a.vague;
    q->words = a.words;
    q->core_rule = a.rule;
    j = a.end;
    j = restated_digits(t, n, j, &a);

    /* A range: "40 to 50", "40-50", "two or three", "between 40 and 60". */
    const struct lex_entry *post = lex_match(lx, t, n, j, LC_POST, &len);
    const struct lex_entry *conn = post ? NULL : lex_match(lx, t, n, j, LC_RANGE, &len);
    q->change = change_from(t, n, i);
    if (conn && column_dash(t, n, j))
        conn = NULL; /* "9     -     18": a table's empty cell between two columns */
    if (conn && !a.vague && (conn->kind == RANGE_ANY || qual == Q_BETWEEN) && !q->change) {
        struct core b;
        /* Words and digits mix only where "from" or "between" opens the
         * range: "from three to 10 thousand". */
        int second = core_at(lx, t, n, j + len, &b, 1);
        if (second && sentence_item(t, n, core, j, &b))
            second = 0; /* "53 to life, three to 15 years": three people, 15 years */
        if (second && is_year(&a, t, core) && is_year(&b, t, j + len) &&
            !(b.end < n && lexicon_has(lx, t[b.end].word, LC_WHO)))
            return 0; /* "between 2011 and 2021, at least 342 were killed": a span
                       * of years, not a count */
        if (second && !b.vague &&
            (b.words == a.words || qual == Q_BETWEEN)) {
            int64_t lo = a.low, hi = b.high;
            if (a.scale == 1 && b.scale > 1 && lo * b.scale <= hi)
                lo *= b.scale; /* "3 to 4 thousand" */
            else if (thousands_elided(t, &a, &b, j + len))
                lo *= 1000; /* "8-10,000": 8,000 to 10,000 */
            else if (a.words && b.words && a.low == a.high && lo < 10 && hi % 100 == 0 &&
                     hi / 100 < 10 && hi / 100 > lo)
                lo *= 100; /* "between two and three hundred": 200 to 300 */
            if (hi > lo && !(b.decimal_unscaled)) {
                q->low = lo;
                q->high = hi;
                j = b.end;
                a.decimal_unscaled = a.decimal_unscaled && a.scale == 1 && lo == a.low;
                q->core_rule = a.words ? "words.range" : "digits.range";
                if (qual == Q_BETWEEN || qual == 0)
                    qual = Q_BETWEEN;
            }
        }
    }
    if (j == a.end && q->low == a.low && q->high == a.high && !q->change &&
        (qual == 0 || qual == Q_APPROX)) {
        size_t e = hedged_end(lx, t, n, j, &a, &q->high);
        if (e) {
            j = e;
            q->core_rule = a.vague ? "vague.hedged" : a.words ? "words.hedged" : "digits.hedged";
        }
    }
    if (a.decimal_unscaled)
        return 0;
    if (j + 2 < n && token_is(&t[j], "and") && token_is(&t[j + 1], "a") &&
        token_is(&t[j + 2], "half"))
        return 0; /* "two and a half years": a measure, never a count of people */
    if (qual == Q_BETWEEN && q->low == q->high)
        qual = 0; /* "from 5 people": no range */
    post = lex_match(lx, t, n, j, LC_POST, &len);
    if (post && !(post->kind == Q_MIN && token_is(&t[j], "+") && (t[j].flags & TF_SPACE))) {
        if (!qual || qual == Q_EXACT || qual == Q_APPROX)
            qual = (uint8_t)(qual == Q_APPROX && post->kind == Q_APPROX ? Q_APPROX : post->kind);
        j += len;
    }

    /* Numbers that are no counts. */
    if (core == 0 && j < n && (token_is(&t[j], ".") || token_is(&t[j], ")")) &&
        !(t[j].flags & TF_SPACE))
        return 0; /* "1." numbering a list line */
    if (t[core].kind == TK_NUM && core > 0 && t[core - 1].kind == TK_NUM &&
        t[core].fold.len >= 4 && t[core].start - t[core - 1].end < 2)
        return 0; /* a phone number's second group, not a table's next
                   * column ("318       1,102") */
    size_t wl;
    if (j < n && (t[j].flags & TF_UPPER) && t[j].fold.len == 3 && t[j].kind == TK_WORD &&
        !lexicon_has(lx, t[j].word, LC_WHO) &&
        !(j + 1 < n && !(t[j + 1].flags & TF_CAP) && lex_match(lx, t, n, j + 1, LC_WHO, &wl)))
        return 0; /* "5,000 GEL": a currency code, not "200 ADC supporters" */
    if (core >= 2 && token_is(&t[core - 1], "of") && t[core - 2].kind == TK_WORD) {
        size_t pl;
        if (lex_match(lx, t, n, core - 2, LC_PRE, &pl) && pl == 2)
            return 0; /* "father of three" */
    }
    if (t[core].kind == TK_NUM && glued_after(lx, t, n, j))
        return 0;
    if (t[core].kind == TK_NUM && unit_after_list(lx, t, n, j))
        return 0; /* "held on 17 and 18 February": a list of days */
    if (!qe && is_year(&a, t, core))
        return 0;
    if (looks_like_age(t, n, core, j))
        return 0;
    if (!qe && superlative_age(t, n, core, j))
        return 0; /* "the youngest of them is 15" */
    int dated_noun = t[core].kind == TK_NUM && past_days(t, core) && j + 1 < n &&
                     lexicon_has(lx, t[j].word, LC_PRE) && t[j + 1].kind == TK_NUM &&
                     !past_days(t, j + 1); /* "128 July 11 protesters": the month a day's */
    /* "Thousands march in Paris", "300 march on parliament": the crowd's
     * verb in small letters after a count no day can be, not the month */
    int crowd_march = j < n && token_is(&t[j], "march") && !(t[j].flags & TF_CAP) &&
                      (t[core].kind != TK_NUM || q->low > 31);
    if (j < n && lexicon_has(lx, t[j].word, LC_UNIT) && !dated_noun && !crowd_march) {
        size_t ul, ol = 0;
        /* Cases a verb opened, a charge phrase longer than the unit: "filed
         * 25 cases against the organisers" counts criminal cases; "25
         * cases" alone, or "the hearing of 5 cases against", no one. */
        const struct lex_entry *oe = lex_match(lx, t, n, j, LC_OUT, &ol);
        int opened = i > 0 && (token_is(&t[i - 1], "filed") || token_is(&t[i - 1], "registered") ||
                               token_is(&t[i - 1], "lodged") || token_is(&t[i - 1], "opened") ||
                               token_is(&t[i - 1], "launched") || token_is(&t[i - 1], "brought") ||
                               token_is(&t[i - 1], "initiated"));
        if (lex_match(lx, t, n, j, LC_UNIT, &ul) &&
            !(opened && oe && oe->what == VG_CHARGED && ol > ul) &&
            !(oe && oe->kind == F_PEOPLE && ol > ul) && /* "17 cases of enforced
                                                          * disappearance": people */
            !(oe && oe->kind == F_CASES && ol > ul) && /* "8 cases were filed" */
            !(i > 0 && token_is(&t[i - 1], "in") && token_is(&t[j], "cases") &&
              charge_before(lx, t, n, i - 1)))
            return 0;
    }
    if (q->high != VG_OPEN && (q->high > MAX_COUNT || q->low <= 0))
        return 0;

    switch (qual) {
    case Q_APPROX:
        q->approx = true;
        break;
    case Q_MIN:
    case Q_MIN_APPROX:
        q->high = VG_OPEN;
        q->approx = false;
        break;
    case Q_MAX:
        q->low = VG_OPEN;
        q->approx = false;
        break;
    default:
        break;
    }
    /* One person is no figure ("one protester was killed"); "at least one"
     * is a count with no upper bound ("at least one person has died"). */
    if (q->low == 1 && (q->high == 1 || (q->high == VG_OPEN && qual != Q_MIN)) && !q->vague)
        return 0;
    /* "возросло до 16": a one-word "up to" that is also a link word, after a
     * link verb, gives the value the count reached. */
    if (qual == Q_MAX && qe && qe->n_words == 1 && i > 0 && lexicon_is(lx, t[i].word, LC_LINK) &&
        lexicon_is(lx, t[i - 1].word, LC_LINK)) {
        q->low = q->high;
        q->qual = Q_EXACT;
    } else if (qual == Q_MAX && qe && link_through(lx, t, n, i, qe->n_words)) {
        /* "went up to 640": the "up to" belongs to the link verb. */
        q->low = q->high;
        q->qual = Q_EXACT;
    } else {
        q->qual = qual;
    }
    q->t0 = i;
    q->core = core;
    q->t1 = j;
    return 1;
}

const char *quantity_rule(const struct quantity *q, char *buf, size_t cap) {
    static const char *const qual_names[] = {"", "approx", "min", "max", "between", "exact",
                                             "min"};
    if (!q->qual || q->qual == Q_BETWEEN || q->qual >= sizeof qual_names / sizeof *qual_names)
        return q->core_rule;
    snprintf(buf, cap, "%s+%s", qual_names[q->qual], q->core_rule);
    return buf;
}
