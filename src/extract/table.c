/* Tables and lists: reading headings and lining rows up under them (see
 * table.h). */
#include <string.h>

#include "dates.h"
#include "lexicon.h"
#include "table.h"
#include "vigil/str.h"
#include "banned.h"

void table_begin(struct table_reader *tb, struct vg_str text, struct place_state *places,
                 int32_t published, const char *lang) {
    memset(tb, 0, sizeof *tb);
    tb->text = text;
    tb->places = places;
    tb->published = published;
    tb->lang = lang;
    tb->cross_what = VG_WHAT_NONE;
    tb->cap_when = VG_WHEN_NONE;
}

/* Does the sentence announce a list: "as follows", "the breakdown", "the
 * following"? */
static int list_cue(const struct sentence_ctx *c) {
    for (size_t i = 0; i < c->n; i++)
        if (token_is(&c->t[i], "follows") || token_is(&c->t[i], "breakdown") ||
            token_is(&c->t[i], "following"))
            return 1;
    return 0;
}

/* Does the sentence end in a colon and one value, a number or a word of
 * none ("Deaths after admission: 1", "Dead on arrival: none")? */
static int labelled_value(const struct sentence_ctx *c) {
    size_t n = c->n;
    if (n > 0 && token_is(&c->t[n - 1], "."))
        n--;
    if (n < 3 || !token_is(&c->t[n - 2], ":"))
        return 0;
    const struct token *v = &c->t[n - 1];
    return v->kind == TK_NUM || token_is(v, "none") || token_is(v, "nil") ||
           token_is(v, "zero") || token_is(v, "one");
}

/* The outcome the word t names as a heading, with `next` the token after
 * it (NULL at the end of the line), else VG_WHAT_NONE.  The words are
 * literals, so that token_is tells each with one compare. */
static uint8_t heading_what(const struct token *t, const struct token *next) {
    if (token_is(t, "charges") || token_is(t, "indictments") || token_is(t, "prosecutions") ||
        token_is(t, "accused"))
        return VG_CHARGED;
    if (token_is(t, "free") || token_is(t, "bail") || token_is(t, "release"))
        return VG_RELEASED;
    if (token_is(t, "custody"))
        return VG_DETAINED;
    /* Headings cut short with a full stop: "Det.   Chg.   Rel." */
    if (!next || !token_is(next, "."))
        return VG_WHAT_NONE;
    if (token_is(t, "det") || token_is(t, "arr"))
        return VG_DETAINED;
    if (token_is(t, "chg"))
        return VG_CHARGED;
    if (token_is(t, "rel"))
        return VG_RELEASED;
    if (token_is(t, "inj"))
        return VG_INJURED;
    return VG_WHAT_NONE;
}

/* The outcome a table's column heading at token i names that no outcome
 * phrase reads alone ("Charges", "Accused", "Free", "On bail"), else
 * VG_WHAT_NONE.  With i == SIZE_MAX: does any token of the line name one? */
static uint8_t heading_word(const struct sentence_ctx *c, size_t i) {
    for (size_t k = i == SIZE_MAX ? 0 : i; k < c->n && (i == SIZE_MAX || k == i); k++) {
        size_t len = c->t[k].fold.len;
        if (len != 3 && len != 4 && len != 7 && len != 11 && len != 12)
            continue; /* no heading word has another length: most words end here */
        uint8_t what = heading_what(&c->t[k], k + 1 < c->n ? &c->t[k + 1] : NULL);
        if (what != VG_WHAT_NONE)
            return what;
    }
    return VG_WHAT_NONE;
}

/* Is the line a rule drawn with punctuation ("--------  -------",
 * "=====", "|---|---|"): no words, no numbers? */
static int rule_line(const struct sentence_ctx *c) {
    for (size_t i = 0; i < c->n; i++)
        if (c->t[i].kind != TK_PUNCT)
            return 0;
    return 1;
}

/* Does the sentence hold the word w? */
static int has_word(const struct sentence_ctx *c, const char *w) {
    for (size_t i = 0; i < c->n; i++)
        if (token_is(&c->t[i], w))
            return 1;
    return 0;
}

/* The characters (UTF-8 lead bytes) of text[from, to). */
static size_t chars_between(const char *text, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

/* Does text[a, b) hold a tab? */
static int has_tab(struct vg_str text, size_t a, size_t b) {
    return b > a && memchr(text.ptr + a, '\t', b - a) != NULL;
}

/* What sets a line's cells apart: '|' ("| Nakuru | 45 | 12 |"), a tab,
 * else runs of spaces (0). */
static char cell_delim(struct vg_str text, size_t a, size_t b) {
    if (b > a && memchr(text.ptr + a, '|', b - a))
        return '|';
    return has_tab(text, a, b) ? '\t' : 0;
}

/* The index of the cell holding byte `at` of the line starting at `a`:
 * how many runs of delim stand before it (tabs set in a row to line
 * cells up are one). */
static size_t cell_index(const char *p, size_t a, size_t at, char delim) {
    size_t n = 0;
    for (size_t i = a; i < at; i++)
        n += p[i] == delim && (i == a || p[i - 1] != delim || delim == '|');
    return n;
}

/* The headings of a table's heading line s, as groups of words set apart
 * by runs of two or more spaces ("Town     Detained   Accused   Free"),
 * each with the outcome its words name, into tb->colx.  Returns how many
 * there are, or 0 when the line is no such row of headings (one group,
 * tabs, more than fit). */
static size_t heading_columns(struct table_reader *tb, const struct sentence_ctx *c,
                              const struct sentence *s) {
    const char *p = tb->text.ptr;
    size_t a = vg_str_line_start(tb->text, s->start), e = s->end, n = 0;
    char delim = cell_delim(tb->text, a, e);
    tb->colx_delim = delim;
    size_t i = a;
    while (i < e) {
        while (i < e && (p[i] == ' ' || (delim && p[i] == delim)))
            i++;
        if (i >= e)
            break;
        size_t g0 = i, g1;
        if (delim) {
            while (i < e && p[i] != delim)
                i++;
            g1 = i;
            while (g1 > g0 && (p[g1 - 1] == ' ' || p[g1 - 1] == '\r'))
                g1--;
        } else {
            while (i < e && !(p[i] == ' ' && i + 1 < e && p[i + 1] == ' '))
                i++;
            g1 = i;
        }
        if (n == sizeof tb->colx / sizeof tb->colx[0])
            return 0;
        struct column *col = &tb->colx[n++];
        col->x0 = delim ? cell_index(p, a, g0, delim) : chars_between(p, a, g0);
        col->x1 = delim ? col->x0 + 1 : chars_between(p, a, g1);
        col->b0 = g0;
        col->b1 = g1;
        col->what = VG_WHAT_NONE;
        col->where = NULL;
        col->when = VG_WHEN_NONE;
        for (size_t k = 0; k < c->n && col->what == VG_WHAT_NONE; k++) {
            if (c->t[k].start < g0 || c->t[k].start >= g1)
                continue;
            if (c->trig_at[k])
                col->what = c->tr[c->trig_at[k] - 1].e->what;
            else
                col->what = heading_word(c, k);
        }
    }
    return n >= 2 ? n : 0;
}

#define COL_NONE SIZE_MAX        /* line_up: a number under no heading */
#define COL_LABEL (SIZE_MAX - 1) /* line_up: a number in the row's label */

/* line_up for a row whose cells are set apart by delim, as its headings'
 * are: each number is under the heading of its cell's index; a number in
 * the cell of a label that opens with a word is the label's. */
static int line_up_cells(const struct table_reader *tb, const struct sentence_ctx *c, size_t a,
                         char delim, size_t *col) {
    const char *p = tb->text.ptr;
    size_t label = c->t[0].kind == TK_WORD ? cell_index(p, a, c->t[0].start, delim) : SIZE_MAX;
    int rc = 1;
    for (size_t qi = 0; qi < c->nq; qi++) {
        size_t cell = cell_index(p, a, c->t[c->q[qi].t0].start, delim);
        col[qi] = cell == label ? COL_LABEL : COL_NONE;
        for (size_t k = 0; k < tb->n_colx && col[qi] == COL_NONE; k++)
            if (tb->colx[k].x0 == cell)
                col[qi] = k;
        if (col[qi] == COL_NONE)
            rc = -1;
    }
    return rc;
}

/* The heading each of a table row's quantities stands under (the most
 * overlap, else the nearest within a few characters), as an index into
 * tb->colx, into col[]; COL_LABEL for a number of the row's label
 * ("Other provinces (8)   27   7"), COL_NONE for one under no heading.
 * Returns 1 when every other quantity has a heading, -1 when one has
 * none, 0 when the row cannot be lined up (a line of its own not, cells
 * set apart otherwise than the headings'). */
static int line_up(const struct table_reader *tb, const struct sentence_ctx *c, size_t *col) {
    const char *p = tb->text.ptr;
    if (c->n == 0 || c->nq > MAX_PER_SENTENCE)
        return 0;
    size_t a = vg_str_line_start(tb->text, c->t[0].start), e = c->t[c->n - 1].end;
    if (memchr(p + a, '\n', e - a))
        return 0;
    char delim = cell_delim(tb->text, a, e);
    if (delim != tb->colx_delim)
        return 0;
    if (delim)
        return line_up_cells(tb, c, a, delim, col);
    size_t label = a; /* the label's cell, when the row opens with a word */
    if (c->t[0].kind == TK_WORD) {
        label = c->t[0].start;
        while (label + 1 < e && !(p[label] == ' ' && p[label + 1] == ' '))
            label++;
    }
    int rc = 1;
    for (size_t qi = 0; qi < c->nq; qi++) {
        if (c->t[c->q[qi].t0].start < label) {
            col[qi] = COL_LABEL;
            continue;
        }
        size_t x0 = chars_between(p, a, c->t[c->q[qi].t0].start);
        size_t x1 = x0 + chars_between(p, c->t[c->q[qi].t0].start, c->t[c->q[qi].t1 - 1].end);
        size_t best = COL_NONE, best_score = 0;
        for (size_t k = 0; k < tb->n_colx; k++) {
            const struct column *cx = &tb->colx[k];
            size_t lo = x0 > cx->x0 ? x0 : cx->x0, hi = x1 < cx->x1 ? x1 : cx->x1;
            size_t gap = hi > lo ? 0 : (x1 <= cx->x0 ? cx->x0 - x1 : x0 - cx->x1);
            size_t score = hi > lo ? 100 + (hi - lo) : gap <= 6 ? 50 - gap : 0;
            if (score > best_score) {
                best_score = score;
                best = k;
            }
        }
        col[qi] = best;
        if (best == COL_NONE)
            rc = -1;
    }
    return rc;
}

/* Is text[a, b), between two numbers of a row, inside one cell: no tab,
 * bar or run of two spaces? */
static int one_cell(struct vg_str text, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (text.ptr[i] == '\t' || text.ptr[i] == '|' ||
            (text.ptr[i] == ' ' && i + 1 < b && text.ptr[i + 1] == ' '))
            return 0;
    return 1;
}

/* Is the cell that opens with token i a count of none or one, standing
 * alone: "0", "1", a dash or "n/a"? */
static int empty_count_cell(const struct token *t, size_t n, size_t i) {
    size_t len = token_is(&t[i], "n") && i + 2 < n && token_is(&t[i + 1], "/") &&
                         token_is(&t[i + 2], "a")
                     ? 3
                     : 1;
    if (i + len < n && !(t[i + len].flags & TF_GAP))
        return 0; /* more in the cell: "5 April" */
    return len == 3 || t[i].kind == TK_NUM || token_is(&t[i], "-") ||
           token_is(&t[i], "\xe2\x80\x93") || token_is(&t[i], "\xe2\x80\x94");
}

/* A row of one line whose cells are set apart by wide gaps ("Kisumu
 * 22          5          0"): for each quantity its place among the
 * cells that hold a count, zeros and dashes counted (not a date: "5
 * April"), into cell[] (CELL_NONE for a number inside a cell of words:
 * "Week 2 (8-14 June)"), and its place among all cells into in_row[].
 * Returns how many cells hold a count, or 0 when the line has no wide gap;
 * *n_all receives how many cells the row has. */
size_t table_row_cells(const struct token *t, size_t n, const struct quantity *q, size_t nq,
                        uint8_t *cell, uint8_t *in_row, size_t *n_all) {
    size_t cells = 0, all = 0, qi = 0;
    int gaps = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (t[i].flags & TF_NL))
            return 0;
        int opens = i == 0 || (t[i].flags & TF_GAP);
        gaps |= i > 0 && opens;
        all += opens;
        if (all > CELL_NONE)
            return 0;
        int counts = 0;
        if (qi < nq && q[qi].t0 == i) {
            cell[qi] = opens ? (uint8_t)cells : CELL_NONE;
            in_row[qi++] = (uint8_t)(all - 1);
            counts = opens;
        }
        cells += opens && (counts || empty_count_cell(t, n, i));
    }
    *n_all = all;
    return gaps && qi == nq ? cells : 0;
}

/* The cells of numbers of a row whose cells are set apart by runs of
 * spaces, tabs or bars ("Siaya          14          14          0"): a
 * cell that opens with a number and holds no word outside brackets, or a
 * dash alone ("-", none).  A "0" or a "1" is a cell though no count.
 * Writes each quantity's cell, counted from 0, into cell[] and returns
 * how many cells of numbers the row has; returns 0 when a quantity stands
 * in no such cell. */
static size_t number_cells(struct vg_str text, const struct sentence_ctx *c, size_t *cell) {
    size_t n_cells = 0, qi = 0;
    for (size_t i = 0; i < c->n;) {
        size_t j = i + 1; /* the cell is tokens [i, j) */
        while (j < c->n && one_cell(text, c->t[j - 1].end, c->t[j].start))
            j++;
        int number = c->t[i].kind == TK_NUM ||
                     (j == i + 1 && i > 0 && token_is(&c->t[i], "-"));
        for (size_t k = i + 1, depth = 0; k < j && number; k++) {
            depth += token_is(&c->t[k], "(");
            depth -= depth && token_is(&c->t[k], ")");
            number = !(c->t[k].kind == TK_WORD && !depth);
        }
        for (; qi < c->nq && c->q[qi].t0 < j; qi++) {
            if (!number)
                return 0;
            cell[qi] = n_cells;
        }
        n_cells += number;
        i = j;
    }
    return n_cells;
}

/* The outcomes of a table row's quantities by the heading each stands
 * under into out[].  Returns 1 when read so, 0 when the row cannot be
 * lined up, -1 when it is no row of this table: a number under no heading
 * (a page's header with its number far to the right), unless the cells
 * are set apart by a fixed run of spaces rather than aligned. */
int table_row_columns(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *out) {
    size_t col[MAX_PER_SENTENCE], m = 0; /* m: the cells of numbers, the label's not */
    int rc = line_up(tb, c, col);
    if (rc == 0)
        return 0;
    for (size_t qi = 0; qi < c->nq; qi++) {
        /* A number right after another in one cell ("0722 555 014", a
         * telephone's) is no count of its own. */
        if (qi > 0 && col[qi] != COL_LABEL && col[qi - 1] != COL_LABEL &&
            one_cell(tb->text, c->t[c->q[qi - 1].t1 - 1].end, c->t[c->q[qi].t0].start))
            col[qi] = COL_LABEL;
        m += col[qi] != COL_LABEL;
    }
    /* A cell may hold a "0" or a "1", no count ("Mbour   13   10   1"):
     * the row's cells of numbers, those included. */
    size_t cell[MAX_PER_SENTENCE];
    size_t n_cells = number_cells(tb->text, c, cell);
    if (n_cells < m || n_cells > tb->n_colx || n_cells + 1 < tb->n_colx)
        n_cells = 0;
    if (rc < 0 && m != tb->n_colx && m + 1 != tb->n_colx && !n_cells)
        return -1;
    /* Cells set apart by a fixed run of spaces, not aligned under their
     * headings ("Nakuru          45          12          30" under
     * "Town          Detained          Charged          Released"): two
     * numbers under one heading, or one under none, take the last
     * headings in order (the first may head the rows' labels: "Town"),
     * each by its cell when a cell holds no count. */
    int clash = 0;
    size_t prev = COL_NONE;
    for (size_t qi = 0; qi < c->nq; qi++) {
        out[qi] = col[qi] < tb->n_colx ? tb->colx[col[qi]].what : VG_WHAT_NONE;
        if (col[qi] == COL_LABEL)
            continue;
        clash |= col[qi] == COL_NONE || (prev != COL_NONE && col[qi] <= prev);
        prev = col[qi];
    }
    if (c->q_cell && c->n_row_cells == tb->n_colx) {
        /* A cell for every heading ("3 June   Nakuru   34   6" under
         * "Date   Location   No. of arrests   No. injured"): the cells in
         * order, wherever they stand. */
        for (size_t qi = 0; qi < c->nq; qi++)
            out[qi] = c->q_cell[qi] == CELL_NONE ? VG_WHAT_NONE
                                                 : tb->colx[c->q_in_row[qi]].what;
    } else if (c->q_cell && c->n_cells <= tb->n_colx && c->n_cells + 1 >= tb->n_colx) {
        /* A cell for every heading but the labels', zeros and dashes
         * among them ("Kibra          0          14          3"). */
        for (size_t qi = 0; qi < c->nq; qi++)
            if (col[qi] != COL_LABEL && c->q_cell[qi] != CELL_NONE)
                out[qi] = tb->colx[tb->n_colx - c->n_cells + c->q_cell[qi]].what;
    } else if (clash && n_cells > m) {
        for (size_t qi = 0; qi < c->nq; qi++)
            if (col[qi] != COL_LABEL)
                out[qi] = tb->colx[tb->n_colx - n_cells + cell[qi]].what;
    } else if (clash && m <= tb->n_colx && m + 1 >= tb->n_colx) {
        for (size_t qi = 0, k = tb->n_colx - m; qi < c->nq; qi++)
            if (col[qi] != COL_LABEL)
                out[qi] = tb->colx[k++].what;
    }
    return 1;
}

/* A row of a list whose columns a sentence names, one number per column
 * ("Figures below are held / freed / charged, by town:"), that gives
 * fewer counts than columns: the outcome of each count by its cell into
 * out[] when a cell holds a "0" or a "1" ("Siaya   14   14   0").
 * Returns 1 when read so, -1 when the row is none of the list. */
int table_exact_row(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *out) {
    size_t cell[MAX_PER_SENTENCE];
    if (number_cells(tb->text, c, cell) != tb->n_cols)
        return -1;
    for (size_t qi = 0; qi < c->nq; qi++)
        out[qi] = tb->cols[cell[qi]];
    return 1;
}

/* Does the heading line s stand right under the line of column headings
 * read last, no blank line between ("Number of    Number" over
 * "arrested     charged")? */
static int stacked_heading(const struct table_reader *tb, const struct sentence *s) {
    if (!tb->n_colx || tb->colx_end > s->start)
        return 0;
    size_t newlines = 0;
    for (size_t i = tb->colx_end; i < s->start; i++) {
        char ch = tb->text.ptr[i];
        if (ch == '\n')
            newlines++;
        else if (ch != ' ' && ch != '\t' && ch != '\r')
            return 0;
    }
    return newlines == 1;
}

/* The line before the one starting at `at`, as [*a, *b) without its line
 * break; 0 when `at` is the text's first line. */
static int line_above(struct vg_str text, size_t at, size_t *a, size_t *b) {
    if (at == 0)
        return 0;
    *b = at - 1;
    *a = vg_str_line_start(text, *b);
    return 1;
}

/* Is text[a, b) blank? */
static int blank_span(struct vg_str text, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (text.ptr[i] != ' ' && text.ptr[i] != '\t' && text.ptr[i] != '\r')
            return 0;
    return 1;
}

/* Does text[a, b) hold words set apart by a run of two spaces or a tab, as
 * a line of column headings does? */
static int spaced_line(struct vg_str text, size_t a, size_t b) {
    while (a < b && (text.ptr[a] == ' ' || text.ptr[a] == '\t'))
        a++;
    for (size_t i = a; i + 1 < b; i++)
        if (text.ptr[i] == '\t' || (text.ptr[i] == ' ' && text.ptr[i + 1] == ' '))
            return 1;
    return 0;
}

/* A table whose headings end with sentence s starts: its caption is the
 * line above its headings (one blank line between at most), when that
 * line is a paragraph of its own ("Table 3: Janakpur, daily record, 5-9
 * April").  The caption's place is the rows' (place_note_caption). */
static void note_caption(struct table_reader *tb, const struct sentence *s) {
    struct vg_str text = tb->text;
    size_t a = vg_str_line_start(text, s->start), b = 0, cap_a = 0, cap_b = 0;
    int blanks = 0, stacked = 0;
    while (line_above(text, a, &a, &b)) {
        if (blank_span(text, a, b)) {
            if (++blanks > 1)
                break;
            continue;
        }
        if (!blanks && stacked < 2 && spaced_line(text, a, b)) {
            stacked++; /* the headings' line above: "Number of    Number" */
            continue;
        }
        size_t pa, pb; /* a caption stands alone: a blank line, or nothing, above it */
        if (b - a <= 160 && (!line_above(text, a, &pa, &pb) || blank_span(text, pa, pb))) {
            cap_a = a;
            cap_b = b;
        }
        break;
    }
    place_note_caption(tb->places, text, cap_a, cap_b, s->end);
    tb->cap_when = VG_WHEN_NONE;
    tb->cap_until = s->end;
    struct date_hit hit;
    if (cap_b > cap_a && tb->published != VG_NO_DATE &&
        dates_find(text.ptr + cap_a, cap_b - cap_a, tb->published, tb->lang, &hit, 1))
        tb->cap_when = hit.when;
}

/* Headings spread over two lines: a column whose words on this line name
 * no outcome takes the outcome of the heading above it ("Still held" over
 * "on 13 April"); the columns' outcomes, left to right, become the
 * table's. */
static void merge_headings(struct table_reader *tb, const struct column *above, size_t n_above) {
    for (size_t k = 0; k < tb->n_colx; k++) {
        struct column *col = &tb->colx[k];
        for (size_t j = 0; j < n_above && col->what == VG_WHAT_NONE; j++)
            if (above[j].x0 < col->x1 && col->x0 < above[j].x1)
                col->what = above[j].what;
    }
    tb->n_cols = 0;
    for (size_t k = 0; k < tb->n_colx && tb->n_cols < 4; k++)
        if (tb->colx[k].what != VG_WHAT_NONE)
            tb->cols[tb->n_cols++] = tb->colx[k].what;
}

/* Is the heading a column of the whole ("Total", "All")? */
static int total_heading(struct vg_str text, const struct column *col) {
    struct vg_str w = vg_str_make(text.ptr + col->b0, col->b1 - col->b0);
    return vg_str_eq_nocase(w, VG_STR("total")) || vg_str_eq_nocase(w, VG_STR("totals")) ||
           vg_str_eq_nocase(w, VG_STR("all")) || vg_str_eq_nocase(w, VG_STR("overall"));
}

/* The place or date that heading `col` is, when it is one and nothing
 * else ("Mombasa", "Nakuru County", "12 June", "Mon 10 June", "2023"):
 * into col->where and col->when.  Returns 1 when it is. */
static int place_or_date(const struct table_reader *tb, struct column *col) {
    const char *p = tb->text.ptr + col->b0;
    size_t len = col->b1 - col->b0;
    struct vg_place_hit ph[2];
    struct date_hit dh;
    if (tb->places->g && vg_gazetteer_find(tb->places->g, p, len, ph, 2) == 1 &&
        ph[0].start == 0 && ph[0].place && !ph[0].demonym) {
        size_t rest = ph[0].end; /* "Nakuru County", "Kisumu (town)" */
        while (rest < len && (p[rest] == ' ' || p[rest] == '(' || p[rest] == ')' ||
                              (p[rest] >= 'A' && p[rest] <= 'Z') ||
                              (p[rest] >= 'a' && p[rest] <= 'z')))
            rest++;
        if (rest == len && len - ph[0].end <= 10) {
            col->where = ph[0].place->name;
            return 1;
        }
    }
    int year = 0; /* "2023": a year, up to the report's */
    for (size_t i = 0; len == 4 && i < 4 && p[i] >= '0' && p[i] <= '9'; i++)
        year = year * 10 + (p[i] - '0');
    int pub_year = 0, m, d;
    if (tb->published != VG_NO_DATE)
        vg_date_to_ymd(tb->published, &pub_year, &m, &d);
    if (year >= 1980 && year <= pub_year) {
        col->when.from = vg_date_from_ymd(year, 1, 1);
        col->when.to = vg_date_from_ymd(year, 12, 31);
        return 1;
    }
    /* A heading is a date's place: "Monday" alone is read as "on Monday". */
    char on[64] = "on ";
    if (tb->published == VG_NO_DATE || len > sizeof on - 4)
        return 0;
    memcpy(on + 3, p, len);
    if (dates_find(on, len + 3, tb->published, tb->lang, &dh, 1) == 1 &&
        dh.start <= 3 + 4 && dh.end + 1 >= len + 3) {
        col->when = dh.when;
        return 1;
    }
    return 0;
}

/* The column of the whole in a table whose headings are places or dates:
 * the country its places share, the span of its dates. */
static void total_column(const struct table_reader *tb, struct column *col) {
    const struct vg_place *country = NULL;
    int shared = 1;
    for (size_t k = 0; k < tb->n_colx; k++) {
        const struct column *o = &tb->colx[k];
        if (o == col)
            continue;
        if (vg_when_known(o->when)) {
            if (!vg_when_known(col->when) || o->when.from < col->when.from)
                col->when.from = o->when.from;
            if (!vg_when_known(col->when) || o->when.to > col->when.to)
                col->when.to = o->when.to;
        }
        const struct vg_place *pl = o->where ? vg_gazetteer_lookup(tb->places->g,
                                                                   vg_str_cstr(o->where))
                                             : NULL;
        if (!pl)
            continue;
        const struct vg_place *cy = vg_gazetteer_country(tb->places->g, pl->country);
        if (country && cy != country)
            shared = 0;
        country = cy;
    }
    if (shared && country)
        col->where = country->name;
}

/* Does text[from, to) hold only blanks and at most one blank line? */
static int next_lines(struct vg_str text, size_t from, size_t to) {
    size_t newlines = 0;
    for (size_t i = from; i < to; i++) {
        if (text.ptr[i] == '\n')
            newlines++;
        else if (text.ptr[i] != ' ' && text.ptr[i] != '\t' && text.ptr[i] != '\r')
            return 0;
    }
    return newlines >= 1 && newlines <= 2;
}

/* May the line of sentence s hold two groups of words, as heading_columns
 * reads them: a tab or a bar, or a gap of two spaces or more?  A quick
 * test on the gaps between tokens; a superset of heading_columns's. */
static int may_have_columns(struct vg_str text, const struct sentence_ctx *c,
                            const struct sentence *s) {
    size_t a = vg_str_line_start(text, s->start);
    if (memchr(text.ptr + a, '\t', s->end - a) || memchr(text.ptr + a, '|', s->end - a))
        return 1;
    for (size_t i = a; i < s->start && i + 1 < text.len; i++)
        if (text.ptr[i] == ' ' && text.ptr[i + 1] == ' ')
            return 1; /* the line's text before the sentence */
    size_t prev = s->start;
    for (size_t k = 0; k < c->n; k++) {
        if (c->t[k].start >= prev + 2)
            return 1;
        prev = c->t[k].end;
    }
    return s->end >= prev + 2;
}

/* A table turned on its side: headings that are places or dates ("
 * Nairobi   Mombasa   Kisumu", "Outcome   12 June   13 June", "County
 * 2022   2023"), after a label's heading at most, and maybe a column of
 * the whole; each row's label names its outcome ("Detained   45   30
 * 12"), or the caption right above the headings does ("Arrests by county,
 * 2022-2024").  Reads the headings into tb->colx; returns 1 when the
 * line is such a heading. */
static int cross_heading(struct table_reader *tb, const struct sentence_ctx *c,
                         const struct sentence *s, int line_start) {
    if (!line_start || c->ntr > 0 || c->n > 24)
        return 0;
    if (!may_have_columns(tb->text, c, s))
        return 0; /* one group of words: no headings (heading_columns finds fewer than two) */
    if (heading_word(c, SIZE_MAX))
        return 0;
    struct column saved[8];
    size_t n_saved = tb->n_colx;
    char delim_saved = tb->colx_delim;
    memcpy(saved, tb->colx, sizeof saved);
    size_t n = heading_columns(tb, c, s), named = 0, total = SIZE_MAX;
    int ok = n >= 2;
    for (size_t k = 0; ok && k < n; k++) {
        if (place_or_date(tb, &tb->colx[k]))
            named++;
        else if (k + 1 == n && k > 0 && total_heading(tb->text, &tb->colx[k]))
            total = k;
        else if (k > 0)
            ok = 0; /* a cell of neither: a row of a table, not its headings */
    }
    if (!ok || named < 2) {
        tb->n_colx = n_saved;
        tb->colx_delim = delim_saved;
        memcpy(tb->colx, saved, sizeof saved);
        return 0;
    }
    tb->n_colx = n;
    if (total != SIZE_MAX)
        total_column(tb, &tb->colx[total]);
    tb->cross_what = tb->n_cols == 1 && !n_saved &&
                              next_lines(tb->text, tb->colx_end, vg_str_line_start(tb->text, s->start))
                          ? tb->cols[0]
                          : VG_WHAT_NONE;
    tb->cross = 1;
    tb->n_cols = 0;
    tb->colx_end = s->end;
    note_caption(tb, s);
    return 1;
}

/* A row of a table turned on its side (cross_heading): its label's
 * outcome, else the caption's, for every number, each under its heading
 * (into col[]).  Returns 1 when the row is one. */
int table_cross_row(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *what,
                     size_t *col) {
    if (c->nq == 0 || c->q[0].t0 == 0 || c->q[0].t0 > 8)
        return 0;
    uint8_t w = VG_WHAT_NONE;
    for (size_t k = 0; k < c->ntr && w == VG_WHAT_NONE; k++)
        if (c->tr[k].t1 <= c->q[0].t0)
            w = c->tr[k].e->what;
    for (size_t i = 0; i < c->q[0].t0 && w == VG_WHAT_NONE; i++)
        w = heading_word(c, i);
    if (w == VG_WHAT_NONE)
        w = tb->cross_what;
    if (w == VG_WHAT_NONE || line_up(tb, c, col) != 1)
        return 0;
    for (size_t qi = 0; qi < c->nq; qi++) {
        const struct column *x = col[qi] < tb->n_colx ? &tb->colx[col[qi]] : NULL;
        if (x && !x->where && !vg_when_known(x->when))
            return 0; /* a number under the labels' heading */
        what[qi] = x ? w : VG_WHAT_NONE;
    }
    return 1;
}

/* Tables and lists: a heading line with outcome words and no numbers
 * ("Province  Detained  Injured", "Detentions by city:") gives the outcomes
 * of the lines under it, until prose resumes. */
void table_update(struct table_reader *tb, const struct sentence_ctx *c,
                           const struct sentence *s) {
    size_t a = s->start; /* a heading may be indented with tabs: "\t\tDetained\tCharged" */
    while (a > 0 && tb->text.ptr[a - 1] == '\t')
        a--;
    int line_start = a == 0 || tb->text.ptr[a - 1] == '\n' || tb->text.ptr[a - 1] == ' ';
    int colon = c->n && token_is(&c->t[c->n - 1], ":");
    if (!colon && cross_heading(tb, c, s, line_start))
        return;
    if (colon && c->nq > 0 && c->ntr > 0 && line_start) {
        /* "... recorded at least 59 detentions:" heads a list of its parts. */
        tb->n_cols = 1;
        tb->n_colx = 0;
        tb->cross = 0;
        tb->cols[0] = c->tr[c->ntr - 1].e->what;
        return;
    }
    if (colon && c->nq == 0 && c->ntr == 0 && c->prev_what != VG_WHAT_NONE && list_cue(c)) {
        /* "A total of 1,286 persons were arrested. The breakdown by province
         * is as follows:" heads a list of the parts of the count before. */
        tb->n_cols = 1;
        tb->n_colx = 0;
        tb->cross = 0;
        tb->cols[0] = c->prev_what;
        return;
    }
    if (c->nq == 0 && c->ntr > 0 && labelled_value(c)) {
        /* "- Deaths after admission: 1", "- Dead on arrival: none": a
         * line of label and value, whose value is no count; it heads
         * nothing, and the lines after it carry labels of their own. */
        tb->n_cols = 0;
        tb->n_colx = 0;
        tb->cross = 0;
        return;
    }
    if (c->nq == 0 && (c->ntr > 0 || heading_word(c, SIZE_MAX)) && line_start &&
        (colon || c->n <= 10)) {
        tb->n_cols = 0;
        for (size_t i = 0, k = 0; i < c->n && tb->n_cols < 4; i++) {
            while (k < c->ntr && c->tr[k].t1 <= i)
                k++; /* the first trigger not yet passed */
            uint8_t head = heading_word(c, i);
            if (k < c->ntr && c->tr[k].t0 == i)
                tb->cols[tb->n_cols++] = c->tr[k].e->what;
            else if (head && !(k < c->ntr && c->tr[k].t0 < i))
                tb->cols[tb->n_cols++] = head; /* a heading inside no phrase */
        }
        tb->cols_exact = 0;
        struct column above[8];
        size_t n_above = stacked_heading(tb, s) ? tb->n_colx : 0;
        memcpy(above, tb->colx, n_above * sizeof above[0]);
        tb->n_colx = colon ? 0 : heading_columns(tb, c, s);
        tb->cross = 0;
        tb->colx_end = s->end;
        if (tb->n_colx && n_above)
            merge_headings(tb, above, n_above);
        if (tb->n_colx)
            note_caption(tb, s);
        if (colon && tb->n_cols > 1 && has_word(c, "or"))
            tb->n_cols = 1; /* "Detained or injured:": one list */
        else if (colon && tb->n_cols > 1)
            tb->cols_exact = 1; /* "Detained, charged and released:": rows
                                  * give one number per heading */
        return;
    }
    if (c->n >= 18 && !rule_line(c)) {
        tb->n_cols = 0; /* prose resumes; a rule under the headings does not */
        tb->n_colx = 0;
        tb->cross = 0;
    }
}

/* Where the last cell of a table row starts when it holds words set
 * apart by a run of spaces after a cell of figures ("6 April   17   1
 * Police open fire on crowd at"), else n. */
size_t table_remark_cell(const struct token *t, size_t n) {
    for (size_t i = 1; i < n; i++) {
        const struct token *p = &t[i - 1];
        int cell = p->kind == TK_NUM || token_is(p, "-") || token_is(p, "%");
        if (cell && t[i].kind == TK_WORD && t[i].start - p->end >= 2 && i >= 2 &&
            !(token_is(&t[i], "n") && i + 1 < n && token_is(&t[i + 1], "/")))
            return i; /* but "n/a" is a cell of its own */
    }
    return n;
}

/* What a table row lined up under its headings is (see struct
 * place_state's table_row): 3 when a word of its label, the words before
 * its first number, says it counts the whole table ("Total", "Week
 * total", "All regions"), 2 when the rest of it ("Other districts"),
 * else 1. */
int table_row_kind(const struct sentence_ctx *c) {
    static const char *const whole[] = {"total", "totals", "overall", "all", NULL};
    static const char *const rest[] = {"other", "others", "rest", NULL};
    size_t end = c->nq ? c->q[0].t0 : c->n;
    int kind = 1;
    for (size_t i = 0; i < end; i++) {
        for (const char *const *w = whole; *w; w++)
            if (token_is(&c->t[i], *w))
                return 3;
        for (const char *const *w = rest; *w; w++)
            if (token_is(&c->t[i], *w))
                kind = 2;
    }
    return kind;
}

/* The group a table row's label names ("Students", "Transport workers",
 * "Journalists"), whose numbers count that group; -1 when it names none. */
int table_label_who(const struct sentence_ctx *c) {
    size_t end = c->nq ? c->q[0].t0 : 0, len;
    for (size_t i = 0; i < end; i++) {
        if (c->t[i].kind != TK_WORD)
            break; /* "6 April", "(Kaski)": no group */
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, i, LC_WHO, &len);
        if (e)
            return e->who;
    }
    return -1;
}

/* A line of a list or table: short, starting with a word, a number or a
 * bullet, and with few lower-case words ("Tbilisi ...... 41", "2. Armenia -
 * 611", "Pichincha  61  34"). */
int table_list_line(const struct table_reader *tb, const struct token *t, size_t n) {
    if (!tb->n_cols || n == 0)
        return 0;
    if (n == 1 && t[0].kind == TK_NUM)
        return 0; /* a number alone on its line: a page's number */
    if (t[0].kind == TK_PUNCT && !token_is(&t[0], "-") && !token_is(&t[0], "*") &&
        !token_is(&t[0], "|"))
        return 0;
    size_t lower = 0, words = 0; /* leaders ("........") and bars are no words */
    int aside = 0; /* inside brackets: "Москва — 28 (в том числе трое ...)" */
    if (tb->n_colx)
        n = table_remark_cell(t, n); /* "12   4   Curfew declared at 8 pm": its words are no prose */
    for (size_t i = 0; i < n; i++) {
        if (token_is(&t[i], "(") && i > 0 && t[i - 1].kind == TK_NUM)
            aside = 1; /* a part of the count before: its words are no prose */
        else if (token_is(&t[i], ")"))
            aside = 0;
        lower += t[i].kind == TK_WORD && !(t[i].flags & TF_CAP) && !aside;
        words += t[i].kind != TK_PUNCT && !aside;
    }
    return words <= 10 && n <= 40 && lower <= 3;
}
