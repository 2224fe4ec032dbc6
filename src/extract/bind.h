/* Binding quantities to outcomes within one sentence: which number counts
 * whom, and what happened to them.  "At least three people were killed and
 * dozens injured" binds three to killed and dozens to injured. */
#ifndef VIGIL_EXTRACT_BIND_H
#define VIGIL_EXTRACT_BIND_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "quantity.h"
#include "token.h"

/* An outcome phrase found in the sentence. */
struct trigger {
    size_t t0, t1;              /* token range */
    const struct lex_entry *e;  /* the lexicon entry (what, form) */
};

/* Is the rule name s (no NULL) the literal `lit`?  Its first letter
 * first, without a call: the figure loop asks this of every binding. */
static inline int rule_is(const char *s, const char *lit) {
    return s[0] == lit[0] && strcmp(s, lit) == 0;
}

#define MAX_PER_SENTENCE 64 /* quantities, triggers, figures per sentence */
#define CELL_NONE 0xFF /* sentence_ctx.q_cell: a number inside a cell of words */

/* Everything known about one sentence while binding. */
struct sentence_ctx {
    const struct lexicon *lx;
    const struct token *t;  /* tokens of the sentence */
    size_t n;
    struct quantity *q;     /* quantities, in order */
    size_t nq;
    struct trigger *tr;     /* outcome phrases, in order */
    size_t ntr;
    uint16_t *trig_at;      /* per token: 1 + index of the trigger starting there, 0 if none */
    uint16_t *qty_at;       /* per token: 1 + index of the quantity starting there, 0 if none */
    const uint8_t *cols;    /* outcomes of the columns of a table or list being read, or NULL */
    size_t n_cols;          /* how many columns */
    const uint8_t *q_cell;  /* per quantity, its place among the row's cells that hold a
                             * count ("0" and "-" too), when the cells are set apart by
                             * wide gaps, or CELL_NONE when it opens no cell (a number
                             * of a label: "Week 2"); NULL when the row has no gaps */
    size_t n_cells;         /* how many cells hold a count */
    const uint8_t *q_in_row; /* per quantity, its place among all the row's cells */
    size_t n_row_cells;     /* how many cells the row has, words' too */
    const uint8_t *q_col;   /* per quantity, the outcome of the table column it stands
                             * under (VG_WHAT_NONE: a column of no outcome), or NULL
                             * when the columns are not aligned by position */
    uint8_t prev_what;      /* outcome of the last figure of the sentence before, in the
                             * same paragraph (enum vg_what), VG_WHAT_NONE if none: what
                             * "the correct figure is 21" or "of those, 12 ..." refer to */
    uint8_t prev_who;       /* the group of that figure (enum vg_who): who "12 of them"
                             * are when the sentence counts no group before them */
    int rally;              /* a rally is spoken of in this sentence, the one before it
                             * or the paragraph before, or the figure before was a crowd:
                             * a bare «здесь около 300 человек» is then its crowd */
};

/* One figure of the sentence. */
struct binding {
    size_t q;           /* index of its quantity */
    uint8_t what;       /* enum vg_what */
    uint8_t who;        /* enum vg_who */
    const char *rule;   /* how the outcome was found: "passive", "active", ... */
    size_t trig;        /* first token of the outcome phrase (or the quantity) */
};

/* Is token i of the sentence the folded word s?  Always inline (see
 * token_is): the callers test one token against many words. */
static inline __attribute__((always_inline)) int tok(const struct sentence_ctx *c, size_t i, const char *s) {
    return i < c->n && token_is(&c->t[i], s);
}

/* Is token i, on its own, a lexicon entry of category `cat`? */
static inline int has(const struct sentence_ctx *c, size_t i, enum lex_cat cat) {
    return i < c->n && lexicon_is(c->lx, c->t[i].word, cat);
}

/* Is token k a word in Cyrillic letters (the Russian rules read no
 * other)? */
static inline int cyrillic_at(const struct sentence_ctx *c, size_t k) {
    const struct token *t = &c->t[k];
    return t->kind == TK_WORD && t->fold.len >= 2 &&
           ((unsigned char)t->fold.ptr[0] == 0xd0 || (unsigned char)t->fold.ptr[0] == 0xd1);
}

/* Does a count of the sentence end right before token k ("45 detained",
 * "18 Chinese Christians")? */
static inline int count_before(const struct sentence_ctx *c, size_t k) {
    for (size_t i = 0; i < c->nq; i++)
        if (c->q[i].t1 == k)
            return 1;
    return 0;
}

/* Find the outcome phrases of the sentence (fills c->tr, c->trig_at). */
void bind_find_triggers(struct sentence_ctx *c, struct trigger *buf, size_t cap);

/* Bind each quantity to its outcome(s).  Writes at most `max` bindings;
 * returns how many. */
size_t bind_sentence(const struct sentence_ctx *c, struct binding *out, size_t max);

/* Is the count at token t0 the right value a correction gives: "the
 * correct number was 64", "the actual figure is 16"?  It stands, though
 * the sentence withdraws another count. */
int bind_right_count(const struct sentence_ctx *c, size_t t0);

/* "estimated by the city council at 6,000", "put by police at 900": the
 * token of the participle of an estimate whose agent stands between it and
 * the "at" before the count at t0; SIZE_MAX if none. */
size_t bind_estimated_by_at(const struct sentence_ctx *c, size_t t0);

#endif
