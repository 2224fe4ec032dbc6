/* Tables and lists in a report.  A heading line that names outcomes and
 * gives no numbers ("Province   Detained   Injured", "Detentions by city:")
 * gives the outcomes of the lines under it, until prose resumes; a table
 * may be turned on its side, its headings places or dates ("Outcome
 * 12 June   13 June") and each row's label its outcome ("Detained  45  30").
 *
 * The reader keeps what the headings read last said, sentence by sentence:
 * table_update reads each sentence as a possible heading (or the end of a
 * table), and the table_*row functions read a sentence as a row of the
 * table being read. */
#ifndef VIGIL_EXTRACT_TABLE_H
#define VIGIL_EXTRACT_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "bind.h"
#include "place.h"
#include "sentence.h"
#include "token.h"
#include "vigil/extract.h"

/* A table's column heading: where it stands on its line, in characters
 * from the line's start, and the outcome it names (VG_WHAT_NONE for a
 * column of labels or of something else). */
struct column {
    size_t x0, x1;
    size_t b0, b1;           /* its bytes in the text */
    uint8_t what;
    const char *where;       /* the place it names, in a table whose columns are
                                places ("Nairobi   Mombasa"), else NULL */
    struct vg_when when;     /* the date it names ("12 June   13 June"), else none */
};

struct table_reader {
    struct vg_str text;          /* the report (borrowed) */
    struct place_state *places;  /* the report's places (borrowed): a caption's
                                    place is its rows' */
    int32_t published;           /* the report's day, or VG_NO_DATE */
    const char *lang;            /* its language */
    uint8_t cols[4];             /* outcomes of the table or list being read */
    size_t n_cols;               /* 0 when reading prose */
    int cols_exact;              /* a row must give one number per column */
    struct column colx[8];       /* the headings' places on their line, when they */
    size_t n_colx;               /* stand apart by runs of spaces; else 0 */
    size_t colx_end;             /* where the line of those headings ends */
    char colx_delim;             /* '|' or '\t' when the cells are set apart by it
                                    ("| Nakuru | 45 |"): a column's x0 is then the
                                    index of its cell; 0 for runs of spaces */
    int cross;                   /* the headings name places or dates, and each row's
                                    label its outcome ("Detained   45   30   12") */
    uint8_t cross_what;          /* the outcome of a caption right above such
                                    headings ("Arrests by county"), for rows whose
                                    label names none; VG_WHAT_NONE */
    struct vg_when cap_when;     /* the date of the table's caption ("Table 1: Arrests,
                                    1-14 March"), for its rows that give none */
    size_t cap_until;            /* where the table's headings end */
};

/* Start reading the tables of a report, before its first sentence. */
void table_begin(struct table_reader *tb, struct vg_str text, struct place_state *places,
                 int32_t published, const char *lang);

/* Read sentence s as a table's or list's heading, or as prose that ends
 * the one being read; call it for every sentence after reading its rows. */
void table_update(struct table_reader *tb, const struct sentence_ctx *c,
                  const struct sentence *s);

/* Is the line of tokens t[0, n) a line of the list or table being read:
 * short, with few lower-case words? */
int table_list_line(const struct table_reader *tb, const struct token *t, size_t n);

/* Where a row's last cell of remarks starts ("6 April   17   1   Police
 * open fire"), else n. */
size_t table_remark_cell(const struct token *t, size_t n);

/* The cells of a row of one line set apart by wide gaps: each quantity's
 * place among the cells that hold a count into cell[] (CELL_NONE for a
 * number inside a cell of words) and among all cells into in_row[].
 * Returns how many cells hold a count (0: no gaps); *n_all receives how
 * many cells the row has. */
size_t table_row_cells(const struct token *t, size_t n, const struct quantity *q, size_t nq,
                       uint8_t *cell, uint8_t *in_row, size_t *n_all);

/* The outcome of each quantity of a row by the heading it stands under,
 * into out[].  Returns 1 when read so, 0 when the row cannot be lined up,
 * -1 when it is no row of this table. */
int table_row_columns(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *out);

/* A row of a list whose heading names its columns ("Detained, charged and
 * released:"): each count's outcome by its cell into out[].  Returns 1
 * when read so, -1 when the row is none of the list. */
int table_exact_row(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *out);

/* A row of a table on its side: each number's outcome into what[] and the
 * heading it stands under (an index into tb->colx) into col[].  Returns 1
 * when the row is one. */
int table_cross_row(const struct table_reader *tb, const struct sentence_ctx *c, uint8_t *what,
                    size_t *col);

/* What a row's label says it counts: 3 the whole table ("Total"), 2 the
 * rest of it ("Other districts"), else 1. */
int table_row_kind(const struct sentence_ctx *c);

/* The group a row's label names ("Students"), or -1. */
int table_label_who(const struct sentence_ctx *c);

#endif
