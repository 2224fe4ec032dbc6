/* Sentence splitting on bytes.  One pass decides whether the text is
 * hard-wrapped (PDF text: long lines that run on into a lower-case next
 * line); a second pass places the boundaries. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sentence.h"
#include "word_list.h"
#include "vigil/arena.h"
#include "vigil/err.h"
#include "banned.h"

/* Words that end with a full stop but not a sentence (lower case). */
static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "no", "nos", "vs", "etc",
    "approx", "incl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "supt", "insp", "cmdr", "capt",
    "maj", "jr", "sr", "fig", "art", "para", "pp", "vol", "est", "cf", "mt", "ft", "rev", "hon",
    "pres", "min", "dept", "univ", "assn", "bros", "messrs", "gov't", "govt", "adm", "brig",
    /* a table's headings: "Det.   Chg.   Rel." */
    "det", "chg", "rel", "inj", "arr",
    /* Russian: г. (год, город), ст. (статья), тыс., млн, ул., им., т.е., др. */
    "г", "гг", "ст", "тыс", "млн", "млрд", "ул", "им", "др", "п", "ч", "чел", "руб", "см",
    "т", "е", "д", "обл", "р", "пр", "просп", "пл", "кв", "корп", "стр", "ред", "рис",
    NULL,
};

/* The abbreviations in an open-addressing hash set, built once: a full
 * stop is checked against it at every candidate sentence end, and a walk
 * of the whole list there was a quarter of the splitter's time.  Slots
 * hold an index into abbreviations[] plus one, 0 for empty. */
#define ABBREV_SLOTS 256 /* a power of two, over twice the entries */
static uint8_t abbrev_slots[ABBREV_SLOTS];
static pthread_once_t abbrev_once = PTHREAD_ONCE_INIT;

static uint32_t abbrev_hash(const char *w, size_t n) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

static void abbrev_build(void) {
    for (size_t i = 0; abbreviations[i]; i++) {
        uint32_t k = abbrev_hash(abbreviations[i], strlen(abbreviations[i])) & (ABBREV_SLOTS - 1);
        while (abbrev_slots[k])
            k = (k + 1) & (ABBREV_SLOTS - 1);
        abbrev_slots[k] = (uint8_t)(i + 1);
    }
}

/* Is the lower-case word w[0..n) in abbreviations[]? */
static int abbrev_find(const char *w, size_t n) {
    pthread_once(&abbrev_once, abbrev_build);
    uint32_t k = abbrev_hash(w, n) & (ABBREV_SLOTS - 1);
    while (abbrev_slots[k]) {
        const char *a = abbreviations[abbrev_slots[k] - 1];
        if (strlen(a) == n && memcmp(a, w, n) == 0)
            return 1;
        k = (k + 1) & (ABBREV_SLOTS - 1);
    }
    return 0;
}

int sentence_selftest(void) {
    size_t n = 0;
    while (abbreviations[n])
        n++;
    if (n * 2 > ABBREV_SLOTS || n > UINT8_MAX)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!abbrev_find(abbreviations[i], strlen(abbreviations[i])))
            return -1;
    return 0;
}

void sentence_list_release(struct sentence_list *l) {
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
static int is_upper_start(const char *s, size_t len, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z')
        return 1;
    /* Cyrillic capitals А-Я (U+0410-U+042F) and Ё, Latin-1 capitals. */
    if (c == 0xD0 && i + 1 < len) {
        unsigned char d = (unsigned char)s[i + 1];
        return (d >= 0x90 && d <= 0xAF) || d == 0x81;
    }
    if (c == 0xC3 && i + 1 < len) {
        unsigned char d = (unsigned char)s[i + 1];
        return d >= 0x80 && d <= 0x9E;
    }
    return 0;
}
static int is_lower_start(const char *s, size_t len, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'a' && c <= 'z')
        return 1;
    if ((c == 0xD0 || c == 0xD1) && i + 1 < len) {
        unsigned char d = (unsigned char)s[i + 1];
        return (c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x8F);
    }
    return 0;
}

/* Opening quotes, brackets, bullets, dashes that may start a sentence. */
static int is_opener(const char *s, size_t len, size_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '-' || (c >= '0' && c <= '9'))
        return 1;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
        unsigned char d = (unsigned char)s[i + 2];
        return d == 0x9C || d == 0x98 || d == 0x94 || d == 0x93 || d == 0xA2; /* “ ‘ — – • */
    }
    return c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xAB; /* « */
}

/* Closing quotes and brackets that may follow a full stop. */
static size_t skip_closers(const char *s, size_t len, size_t i) {
    for (;;) {
        if (i < len && (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']')) {
            i++;
        } else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99)) {
            i += 3; /* ” ’ */
        } else if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB) {
            i += 2; /* » */
        } else {
            return i;
        }
    }
}

/* Past a footnote's number set right after a sentence's end, as text
 * taken from a PDF keeps it ("monitors.1 Most were", "that day.12"): one
 * or two digits after a full stop that follows a letter (not "5.1" or
 * "1.5"), then white space.  Returns where the sentence's end is, j
 * (after the closers of the stop at `dot`) when no such number follows. */
static size_t footnote_mark(const char *s, size_t len, size_t dot, size_t j) {
    size_t k = j;
    while (k < len && k - j < 3 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == j || k - j > 2 || (k < len && !is_space(s[k]) && s[k] != '\n'))
        return j;
    if (dot == 0 || !((s[dot - 1] >= 'a' && s[dot - 1] <= 'z') || s[dot - 1] == '"' ||
                      s[dot - 1] == ')'))
        return j;
    return k;
}

/* Is the full stop at `dot` a month name's, followed at k by a day and a
 * comma, as in a dateline "May. 29, 2007"?  Such a stop ends no sentence. */
static int month_stop_before_day(const char *s, size_t len, size_t dot, size_t k) {
    size_t a = dot;
    while (a > 0 && ((s[a - 1] >= 'a' && s[a - 1] <= 'z') || (s[a - 1] >= 'A' && s[a - 1] <= 'Z')))
        a--;
    size_t n = dot - a;
    if (n < 3 || n > 9 || !(s[a] >= 'A' && s[a] <= 'Z'))
        return 0;
    size_t d = k;
    while (d < len && d - k < 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == k || d - k > 2 || d >= len || s[d] != ',')
        return 0;
    for (const char *const *m = word_list_months; *m; m++) {
        if (strlen(*m) != n)
            continue;
        size_t i = 0;
        while (i < n && (s[a + i] | 0x20) == (*m)[i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

/* Is the word that ends just before the full stop at `dot` an abbreviation
 * or an initial? */
static int before_is_abbreviation(const char *s, size_t dot) {
    size_t a = dot;
    int inner_dot = 0;
    while (a > 0) {
        unsigned char c = (unsigned char)s[a - 1];
        if (c == '.') {
            inner_dot = 1;
            a--;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'') {
            a--;
        } else {
            break;
        }
    }
    size_t n = dot - a;
    if (n == 0)
        return 0;
    if (inner_dot)
        return 1; /* U.N., e.g., a.m. */
    if (n == 1 && s[a] >= 'A' && s[a] <= 'Z')
        return 1; /* an initial */
    if (n == 2 && (unsigned char)s[a] == 0xD0 && is_upper_start(s, dot, a))
        return 1; /* a Cyrillic initial */
    char low[16];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[a + i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (c == 0xD0 && i + 1 < n) {
            /* Lower-case Cyrillic А-П (D0 90-9F -> D0 B0-BF), Р-Я (D0 A0-AF -> D1 80-8F). */
            unsigned char d = (unsigned char)s[a + i + 1];
            if (d >= 0x90 && d <= 0x9F) {
                low[i] = (char)0xD0;
                low[i + 1] = (char)(d + 0x20);
                i++;
                continue;
            }
            if (d >= 0xA0 && d <= 0xAF) {
                low[i] = (char)0xD1;
                low[i + 1] = (char)(d - 0x20);
                i++;
                continue;
            }
        }
        low[i] = (char)c;
    }
    return abbrev_find(low, n);
}

struct line_stats {
    int wrapped;        /* the text is hard-wrapped */
    int double_spaced;  /* ... with a blank line after every line */
    size_t typical;     /* typical length of a full line */
};

/* The first byte after the spaces from j, and, in double-spaced text, after
 * one blank line too: where the line after a break starts. */
static size_t next_line_start(const char *s, size_t len, size_t j, int double_spaced) {
    while (j < len && is_space(s[j]))
        j++;
    if (double_spaced && j < len && s[j] == '\n') {
        j++;
        while (j < len && is_space(s[j]))
            j++;
    }
    return j;
}

/* Decide whether the text is hard-wrapped: several lines that do not end a
 * sentence and run on into a line starting in lower case, right after it
 * or (text from a PDF set double-spaced) after one blank line. */
static void measure_lines(const char *s, size_t len, struct line_stats *st) {
    size_t runs_on = 0, runs_on_blank = 0, nonempty = 0, long_lines = 0, long_total = 0;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len;
        size_t a = i, b = e;
        while (a < b && is_space(s[a]))
            a++;
        while (b > a && is_space(s[b - 1]))
            b--;
        if (b > a) {
            nonempty++;
            if (b - a >= 20) { /* a narrow column's lines too */
                long_lines++;
                long_total += b - a;
                size_t j = e + 1;
                while (j < len && is_space(s[j]))
                    j++;
                char last = s[b - 1];
                int open = last != '.' && last != '!' && last != '?' && last != ':';
                if (j < len && open && (is_lower_start(s, len, j) || s[j] == '('))
                    runs_on++;
                size_t k = next_line_start(s, len, j, 1);
                if (j < len && s[j] == '\n' && k < len && open &&
                    (is_lower_start(s, len, k) || s[k] == '('))
                    runs_on_blank++;
            }
        }
        i = e + 1;
    }
    st->wrapped = runs_on >= 2 && runs_on * 10 >= nonempty;
    st->double_spaced = !st->wrapped && runs_on_blank >= 2 && runs_on_blank * 10 >= nonempty;
    if (st->double_spaced)
        st->wrapped = 1;
    st->typical = long_lines ? long_total / long_lines : 80;
}

static int push(struct sentence_list *l, size_t a, size_t b, uint32_t para, const char *s) {
    while (a < b && (is_space(s[a]) || s[a] == '\n'))
        a++;
    while (b > a && (is_space(s[b - 1]) || s[b - 1] == '\n'))
        b--;
    if (a >= b)
        return 0;
    if (l->n == l->cap) {
        struct sentence *v = vg_grow_array(l->v, &l->cap, sizeof *v, 64);
        if (!v)
            return -1;
        l->v = v;
    }
    l->v[l->n].start = (uint32_t)a;
    l->v[l->n].end = (uint32_t)b;
    l->v[l->n].para = para;
    l->n++;
    return 0;
}

/* Does the line s[a, b) look like a table row (runs of 3+ spaces or tabs)?
 * Every line of wrapped text is asked, so the test does not read every
 * byte: a run of three spaces covers one of every three positions, and
 * only a space there is looked around. */
static int table_like(const char *s, size_t a, size_t b) {
    if (a >= b)
        return 0;
    if (memchr(s + a, '\t', b - a))
        return 1;
    for (size_t i = a + 2; i < b; i += 3) {
        if (s[i] != ' ')
            continue;
        size_t l = i, r = i + 1; /* the spaces around i: s[l, r) */
        while (l > a && s[l - 1] == ' ')
            l--;
        while (r < b && s[r] == ' ' && r - l < 3)
            r++;
        if (r - l >= 3)
            return 1;
    }
    return 0;
}

/* Is the line s[a, b) a rule drawn across a table or above footnotes
 * ("-------", "=====", "_____")? */
static int rule_like(const char *s, size_t a, size_t b) {
    if (b - a < 3)
        return 0;
    for (size_t i = a; i < b; i++)
        if (s[i] != '-' && s[i] != '=' && s[i] != '_' && s[i] != ' ' && s[i] != '+' &&
            s[i] != '|')
            return 0;
    return 1;
}

/* At a single line break `nl` in wrapped text: does the sentence end? */
static int wrapped_break(const char *s, size_t len, size_t line_start, size_t nl,
                         const struct line_stats *st) {
    size_t a = line_start, b = nl;
    while (a < b && is_space(s[a]))
        a++;
    while (b > a && is_space(s[b - 1]))
        b--;
    size_t j = next_line_start(s, len, nl + 1, st->double_spaced);
    if (j >= len || s[j] == '\n')
        return 1;
    if (table_like(s, a, b) || rule_like(s, a, b))
        return 1;
    if (is_lower_start(s, len, j) || s[j] == '(')
        return 0;
    /* A short line followed by a capital: a heading, a list line, a header. */
    if ((b - a) * 10 < st->typical * 7)
        return 1;
    char last = b > a ? s[b - 1] : '.';
    return last == '.' || last == '!' || last == '?' || last == ':';
}

/* Emphasis and heading marks around a line's words: "**", "__", "#". */
static int is_mark(char c) { return c == '*' || c == '_' || c == '#'; }

/* Is the line s[a, b) a count standing as a heading over the line that
 * says what it counts ("**612**" over "People detained on 12 March
 * alone", "At least 86" over "People treated by medics"), as explainers
 * "in numbers" set them: marks, at most a qualifier of two words starting
 * with a capital ("At least", "More than"), a number, at most two words
 * in small letters ("3 journalists", "1,240 arrests"), marks again, and
 * no stop.  A date ("8 September") or a time is no such count. */
static int count_heading(const char *s, size_t a, size_t b) {
    while (a < b && (is_space(s[a]) || is_mark(s[a])))
        a++;
    while (b > a && (is_space(s[b - 1]) || is_mark(s[b - 1])))
        b--;
    if (a >= b || b - a > 40)
        return 0;
    size_t i = a;
    for (int words = 0; i < b && !(s[i] >= '0' && s[i] <= '9'); words++) {
        if (words == 2 || !((s[i] >= 'a' && s[i] <= 'z') || (words == 0 && is_upper_start(s, b, i))))
            return 0;
        while (i < b && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        if (i >= b || s[i] != ' ')
            return 0;
        i++;
    }
    if (i >= b)
        return 0;
    while (i < b && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || s[i] == '.'))
        i++;
    if (s[i - 1] == '.' || s[i - 1] == ',')
        return 0;
    if (i < b && s[i] == '%')
        i++;
    for (int words = 0; i < b; words++) {
        if (words == 2 || s[i] != ' ')
            return 0;
        i++;
        if (i >= b || !(s[i] >= 'a' && s[i] <= 'z'))
            return 0; /* "8 September", "12:04" */
        while (i < b && s[i] >= 'a' && s[i] <= 'z')
            i++;
    }
    return 1;
}

/* At the single line break `nl` ending the line from line_start: is that
 * line a count_heading standing apart (a blank line or the text's start
 * before it) over a line of words right under it?  Then the two are one
 * sentence: the count and what it counts. */
static int heading_runs_on(const char *s, size_t len, size_t line_start, size_t nl) {
    if (!count_heading(s, line_start, nl))
        return 0;
    size_t j = nl + 1;
    while (j < len && is_space(s[j]))
        j++;
    while (j < len && is_mark(s[j]))
        j++;
    if (j >= len || !(is_upper_start(s, len, j) || is_lower_start(s, len, j)))
        return 0;
    size_t k = line_start;
    while (k > 0 && is_space(s[k - 1]))
        k--;
    if (k == 0)
        return 1;
    if (s[k - 1] != '\n')
        return 0;
    k--;
    while (k > 0 && is_space(s[k - 1]))
        k--;
    return k == 0 || s[k - 1] == '\n';
}

/* Is the line s[a, b) shorter than most full lines (a paragraph's last)? */
static int short_line(const char *s, size_t a, size_t b, const struct line_stats *st) {
    while (a < b && is_space(s[a]))
        a++;
    while (b > a && is_space(s[b - 1]))
        b--;
    return (b - a) * 10 < st->typical * 8;
}

/* Does a second blank line follow the blank line ending at j (s[j] is its
 * '\n')?  In double-spaced text only two or more end a paragraph for sure. */
static int blank_run(const char *s, size_t len, size_t j) {
    size_t k = j + 1;
    while (k < len && is_space(s[k]))
        k++;
    return k < len && s[k] == '\n';
}

/* Where the next byte of each kind that may end a sentence or a line
 * ('\n', '.', '!', '?') lies, at or after the scan: memchr finds each in
 * long strides, and a position is looked for again only once the scan has
 * passed it, so the text is read about once per kind, fast, instead of a
 * byte at a time. */
struct ends_ahead {
    size_t at[4]; /* per kind, its next position, len when there is none */
};

static const char end_bytes[4] = {'\n', '.', '!', '?'};

static void ends_ahead_init(struct ends_ahead *e, const char *s, size_t len) {
    for (size_t k = 0; k < 4; k++) {
        const char *p = len ? memchr(s, end_bytes[k], len) : NULL;
        e->at[k] = p ? (size_t)(p - s) : len;
    }
}

/* The first position at or after `from` (<= len) holding one of the
 * bytes, or len. */
static size_t ends_ahead_next(struct ends_ahead *e, const char *s, size_t len, size_t from) {
    size_t best = len;
    for (size_t k = 0; k < 4; k++) {
        if (e->at[k] < from) {
            const char *p = memchr(s + from, end_bytes[k], len - from);
            e->at[k] = p ? (size_t)(p - s) : len;
        }
        if (e->at[k] < best)
            best = e->at[k];
    }
    return best;
}

int split_sentences(struct vg_str text, const char *lang, struct sentence_list *out) {
    (void)lang;
    const char *s = text.ptr;
    size_t len = text.len;
    out->n = 0;
    struct line_stats st;
    measure_lines(s, len, &st);
    size_t start = 0, line_start = 0;
    uint32_t para = 0;
    struct ends_ahead ahead;
    ends_ahead_init(&ahead, s, len);
    for (size_t i = 0; i < len; i++) {
        /* Most bytes end nothing: skip to one that may (until a sentence
         * grows too long, when every space is a place to cut it). */
        size_t limit = len - start > SENTENCE_MAX_BYTES ? start + SENTENCE_MAX_BYTES : len;
        if (i < limit) {
            size_t next = ends_ahead_next(&ahead, s, len, i);
            i = next < limit ? next : limit;
        }
        if (i >= len)
            break;
        char c = s[i];
        if (c == '\n') {
            size_t j = i + 1;
            while (j < len && (is_space(s[j])))
                j++;
            if (j < len && s[j] == '\n' && st.double_spaced && !blank_run(s, len, j)) {
                /* Double-spaced text: one blank line is a line break; a
                 * sentence ending on a short line ends its paragraph. */
                if (wrapped_break(s, len, line_start, i, &st)) {
                    if (push(out, start, i, para, s))
                        return VG_ENOMEM;
                    if (short_line(s, line_start, i, &st))
                        para++;
                    start = j + 1;
                }
                i = j;
                line_start = j + 1;
                continue;
            }
            if (j < len && s[j] == '\n') {
                /* A blank line: end of sentence and paragraph. */
                if (push(out, start, i, para, s))
                    return VG_ENOMEM;
                para++;
                start = j;
                i = j;
                line_start = j + 1;
                continue;
            }
            if (heading_runs_on(s, len, line_start, i)) {
                line_start = i + 1; /* "**612**" over "People detained ...": one sentence */
                continue;
            }
            if (!st.wrapped || wrapped_break(s, len, line_start, i, &st)) {
                if (push(out, start, i, para, s))
                    return VG_ENOMEM;
                if (!st.wrapped)
                    para++;
                start = i + 1;
            }
            line_start = i + 1;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            size_t j = footnote_mark(s, len, i, skip_closers(s, len, i + 1));
            if (j < len && !is_space(s[j]) && s[j] != '\n')
                continue;
            size_t k = j;
            while (k < len && is_space(s[k]))
                k++;
            if (k < len && s[k] != '\n' && !is_upper_start(s, len, k) && !is_opener(s, len, k))
                continue;
            if (c == '.' && before_is_abbreviation(s, i) && k < len && s[k] != '\n')
                continue;
            if (c == '.' && month_stop_before_day(s, len, i, k))
                continue;
            if (push(out, start, j, para, s))
                return VG_ENOMEM;
            start = j;
            i = j - 1;
            continue;
        }
        if (i - start >= SENTENCE_MAX_BYTES && (c == ' ' || c == '\t')) {
            if (push(out, start, i, para, s))
                return VG_ENOMEM;
            start = i + 1;
        }
    }
    if (push(out, start, len, para, s))
        return VG_ENOMEM;
    return VG_OK;
}
