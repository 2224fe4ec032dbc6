/* The quantity grammar: numbers people write for counts — digits with any
 * grouping, decimals with scale words, number words, vague words, with
 * qualifiers and ranges — read into intervals by GUIDELINES.md's rules, and
 * numbers that are no counts (years, clock times, ordinals, article
 * numbers, money, durations) rejected. */
#ifndef VIGIL_EXTRACT_QUANTITY_H
#define VIGIL_EXTRACT_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "token.h"

struct quantity {
    size_t t0;          /* first token of the phrase, qualifiers included */
    size_t t1;          /* one past its last token */
    size_t core;        /* first token of the number itself */
    int64_t low;        /* lower bound, or VG_OPEN */
    int64_t high;       /* upper bound, or VG_OPEN */
    bool approx;        /* approximate or vague */
    uint8_t qual;       /* enum lex_qual that applied, 0 if none */
    bool vague;         /* a vague word ("hundreds") */
    bool words;         /* spelled out ("thirty-two") */
    bool change;        /* the start of a change: "rose from 9 (to 14)" */
    const char *core_rule; /* "digits", "words", "vague.hundreds", ... */
};

/* The phrase search of lex_match, for a token whose word starts some entry
 * of the category. */
const struct lex_entry *lex_match_phrase(const struct lexicon *lx, const struct token *t,
                                         size_t n, size_t i, enum lex_cat cat, size_t *len);

/* Could a phrase of one of the categories `cats` (a bitmask) start at
 * token i: a one-word entry of its word, or its word starting some
 * entry while the next token's word is the second word of some entry?
 * Two or three table reads. */
static inline int lex_may_start(const struct lexicon *lx, const struct token *t, size_t n,
                                size_t i, uint32_t cats) {
    if (!(t[i].cats & cats)) /* lx->cats[word], read when tokenizing */
        return 0;
    uint32_t w = t[i].word;
    uint32_t next = i + 1 < n ? t[i + 1].word : 0;
    return (lx->single[w] & cats) || (lx->second[next] & cats);
}

/* Longest lexicon entry of category `cat` whose phrase starts at token i;
 * *len gets its length in tokens.  NULL when none does.  Inline: the
 * grammar asks this at most tokens, and the answer is mostly "no word of
 * that category starts here", or "no phrase of it goes on with the next
 * word", a few table reads. */
static inline const struct lex_entry *lex_match(const struct lexicon *lx, const struct token *t,
                                                size_t n, size_t i, enum lex_cat cat,
                                                size_t *len) {
    if (i >= n || !lex_may_start(lx, t, n, i, 1u << cat))
        return NULL;
    return lex_match_phrase(lx, t, n, i, cat, len);
}

/* The rest of quantity_at, out of line: token i may start a quantity. */
int quantity_read(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
                  struct quantity *q);

/* Read a quantity at token i if one starts there.  Returns 1 and fills q,
 * or 0 (q then holds nothing of use).  Numbers that are not counts of anything (a year, a time, an
 * ordinal) return 0 too.  Only a number, a phrase of a qualifier, a number
 * or a vague word, the "a" of "a hundred" before a number word, or the
 * bracket of a count written "(14)" can start a quantity: the test is
 * inline, since the caller asks at every token and most answer no at once. */
static inline __attribute__((always_inline)) int
quantity_at(const struct lexicon *lx, const struct token *t, size_t n, size_t i,
            struct quantity *q) {
    const uint32_t starts = (1u << LC_QUAL) | (1u << LC_VAGUE) | (1u << LC_NUM);
    if (i >= n)
        return 0;
    if (t[i].kind != TK_NUM && !lex_may_start(lx, t, n, i, starts) &&
        !((token_is(&t[i], "a") || token_is(&t[i], "one")) && i + 1 < n &&
          lexicon_has(lx, t[i + 1].word, LC_NUM)) &&
        !(token_is(&t[i], "(") && i + 1 < n && t[i + 1].kind == TK_NUM))
        return 0;
    return quantity_read(lx, t, n, i, q);
}

/* Parse a digit token ("1,200", "1.200", "1.5", "10") into *value; sets
 * *decimal when it has a fractional part (then *value is scaled by 1000).
 * Returns 0, or -1 when it is no number (too long, odd grouping). */
int quantity_parse_digits(struct vg_str s, int64_t *value, int *decimal);

/* The rule id of a quantity: "digits", "at_least+digits", "vague.hundreds",
 * "between+digits.range"; `buf` holds it when it has to be composed. */
const char *quantity_rule(const struct quantity *q, char *buf, size_t cap);

#endif
