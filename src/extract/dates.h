/* Date expressions in report text, resolved against the publication date.
 * "on 27 February", "on Tuesday", "last month", "in June", "over the past
 * week", "since January 2", "between 13 and 20 August 2015", "27 февраля",
 * "во вторник", "на прошлой неделе".  Internal to the extractor. */
#ifndef VIGIL_EXTRACT_DATES_H
#define VIGIL_EXTRACT_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/date.h"

enum date_kind {
    DATE_DAY = 1,   /* one day: "on 27 February", "on Tuesday", "yesterday" */
    DATE_RANGE,     /* explicit span: "between 13 and 20 August", "overnight" */
    DATE_MONTH,     /* a whole month: "in June", "last month" */
    DATE_YEAR,      /* a whole year: "in 2019", "last year" */
    DATE_SINCE,     /* from a day to publication: "since January 2", "over the past week" */
};

struct date_hit {
    size_t start;        /* byte offset of the expression in the text passed */
    size_t end;          /* one past its last byte */
    struct vg_when when; /* the days it denotes; unresolved relative dates are not returned */
    enum date_kind kind; /* what sort of expression it is */
};

/* Find the date expressions in s[0..len) (a sentence, usually), resolving
 * relative ones against `published` (VG_NO_DATE: relative ones are skipped;
 * a day and month without a year take the year of publication, or the year
 * before when that would put them after publication).  `lang` is "en" or
 * "ru" (anything else, NULL included, reads both).  Writes at most `max`
 * hits in order of position into the caller's `out`; returns how many.
 * Hits do not overlap; expressions that cannot be resolved are skipped. */
size_t dates_find(const char *s, size_t len, int32_t published, const char *lang,
                  struct date_hit *out, size_t max);

/* dates_find that stops reading after the first hit for which done(hit,
 * ctx) returns non-zero (that hit is kept): the hits it returns are the
 * first ones dates_find returns, and the text after them is not read. */
size_t dates_find_until(const char *s, size_t len, int32_t published, const char *lang,
                        struct date_hit *out, size_t max,
                        int (*done)(const struct date_hit *, void *), void *ctx);

struct token;

/* dates_find for a sentence the grammar's tokenizer has read: toks[0..n_toks)
 * are its tokens (token.h) of s[0..len), which starts at offset `base` of
 * the text their offsets count in.  The date finder takes most words from
 * them instead of reading the bytes again; the hits are dates_find's. */
size_t dates_find_tokens(const char *s, size_t len, const struct token *toks, size_t n_toks,
                         size_t base, int32_t published, const char *lang,
                         struct date_hit *out, size_t max);

/* Look for the publication date in the first lines of a report: a dateline
 * ("KISUMU, Kenya, March 4 (Reuters) -" takes its year from `year_hint` when
 * given), "Published 12 January 2022", "Last updated ... 17 April 2024",
 * "12.01.2022".  Returns the day or VG_NO_DATE. */
int32_t dates_dateline(const char *text, size_t len, int year_hint);

/* Check the module's word table (sorted, lengths right) for the unit tests.
 * Returns 0 when it is sound, -1 otherwise. */
int dates_selftest(void);

#endif
