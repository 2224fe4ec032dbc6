/* Attribution and retraction.  The speaker of "X said" is the noun phrase
 * before the verb, walked back over names, organisation words and
 * appositives; "according to X" takes the phrase after.  A spokesperson's
 * description wins over a bare name, since the organisation is the source. */
#include <string.h>

#include "source.h"
#include "banned.h"

static int is_article(const struct sentence_ctx *c, size_t i) {
    return tok(c, i, "the") || tok(c, i, "a") || tok(c, i, "an");
}

/* Can token k belong to a speaker's noun phrase? */
static int np_word(const struct sentence_ctx *c, size_t k) {
    const struct token *t = &c->t[k];
    if (t->kind == TK_NUM)
        return 0;
    if (t->kind == TK_PUNCT)
        return tok(c, k, "-") || tok(c, k, ".") || tok(c, k, "&");
    if (c->trig_at[k] || has(c, k, LC_SAY) || tok(c, k, "that") || tok(c, k, "who") ||
        tok(c, k, "which") || has(c, k, LC_STOP))
        return 0;
    return 1;
}

static int is_pronoun(const struct sentence_ctx *c, size_t a, size_t b) {
    return b == a + 1 && (tok(c, a, "he") || tok(c, a, "she") || tok(c, a, "they") ||
                          tok(c, a, "it") || tok(c, a, "we") || tok(c, a, "i"));
}

/* Noun phrase ending just before token `end`: [a, end). */
static size_t np_start(const struct sentence_ctx *c, size_t end, size_t floor) {
    size_t a = end;
    int words = 0;
    while (a > floor && words < 9 && np_word(c, a - 1)) {
        const struct token *t = &c->t[a - 1];
        /* A lower-case word other than an organisation word, "of", "for",
         * "at", "and" or an article ends a phrase of capitalised words. */
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && !has(c, a - 1, LC_ORG) &&
            !has(c, a - 1, LC_WHO) && !tok(c, a - 1, "of") && !tok(c, a - 1, "for") &&
            !tok(c, a - 1, "at") && !tok(c, a - 1, "and") && !is_article(c, a - 1) &&
            !tok(c, a - 1, "'s") && !tok(c, a - 1, "in") && words > 0 &&
            !(a - 1 > floor && is_article(c, a - 2)) &&
            !(tok(c, a - 1, "on") && a - 1 > floor && has(c, a - 2, LC_ORG) &&
              (c->t[a - 2].flags & TF_CAP)))
            break; /* "Commission on Human Rights" stays whole */
        a--;
        words++;
    }
    while (a < end && (tok(c, a, "of") || tok(c, a, "and") || tok(c, a, "for") || tok(c, a, "in") ||
                       tok(c, a, "on")))
        a++;
    return a;
}

static struct vg_str span_text(const struct sentence_ctx *c, struct vg_str text, size_t a,
                               size_t b) {
    while (a < b && is_article(c, a))
        a++;
    if (a >= b)
        return VG_STR_NULL;
    return vg_str_make(text.ptr + c->t[a].start, c->t[b - 1].end - c->t[a].start);
}

/* Is [a, b) only capitalised words (a person's name)? */
static int only_names(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if ((!(c->t[k].flags & TF_CAP) && !(k > a && tok(c, k, "."))) || has(c, k, LC_ORG))
            return 0; /* a full stop may follow a title or an initial: "Dr. R. A." */
    return b > a;
}

/* Is token k an adverb of time between a speaker and the verb ("police
 * today said", "the ministry earlier said")? */
static int when_adverb(const struct sentence_ctx *c, size_t k) {
    static const char *const words[] = {"today", "yesterday", "tonight", "earlier", "later",
                                        "previously", "initially", "separately", "now", NULL};
    for (const char *const *w = words; *w; w++)
        if (tok(c, k, *w))
            return 1;
    return 0;
}

/* Is token k a weekday ("police on Sunday said")? */
static int weekday(const struct sentence_ctx *c, size_t k) {
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", NULL};
    for (const char *const *w = days; *w; w++)
        if (tok(c, k, *w))
            return 1;
    return 0;
}

/* Is token k a form of "be" that makes the verb after it passive
 * ("were announced", "was reported")? */
static int passive_be(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "were") || tok(c, k, "was") || tok(c, k, "is") || tok(c, k, "are") ||
           tok(c, k, "be") || tok(c, k, "been") || tok(c, k, "being");
}

/* Does the apposition [a, b) say what kind of body the name before it is
 * ("a rights group that tracks arrests", "an independent monitor"), rather
 * than whose spokesperson it is ("a spokesman for the ministry")?  Its
 * head noun, before any preposition or relative clause, is an organisation. */
static int names_a_kind(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const kinds[] = {
        "group", "organisation", "organization", "ngo", "centre", "center", "network",
        "watchdog", "charity", "coalition", "union", "movement", "project", "association",
        "committee", "foundation", "monitor", "outlet", "agency", "initiative", "alliance",
        "party", "website", "newspaper", "channel", "service", "body", "collective", NULL};
    if (a >= b || !(tok(c, a, "a") || tok(c, a, "an")))
        return 0;
    for (size_t k = a + 1; k < b && k < a + 7; k++) {
        if (tok(c, k, "of") || tok(c, k, "for") || tok(c, k, "at") || tok(c, k, "that") ||
            tok(c, k, "which") || tok(c, k, "with") || tok(c, k, "from") || tok(c, k, "in"))
            return 0;
        for (const char *const *w = kinds; *w; w++)
            if (tok(c, k, *w))
                return 1;
    }
    return 0;
}

/* The speaker of "X, Y, said" where token `comma` is the comma before the
 * verb: X, unless X is only a person's name, then Y ("Dr. R. A., the
 * medical superintendent at X, said").  Empty when the shape is not there. */
static struct vg_str appositive_speaker(const struct sentence_ctx *c, struct vg_str text,
                                        size_t comma, struct vg_span *aside) {
    size_t open = comma;
    while (open > 0 && comma - open < 16 && !tok(c, open - 1, ",") && !c->qty_at[open - 1] &&
           !has(c, open - 1, LC_SAY))
        open--;
    if (open == 0 || !tok(c, open - 1, ",") || open == comma)
        return VG_STR_NULL;
    size_t x = np_start(c, open - 1, 0);
    if (x == open - 1)
        return VG_STR_NULL;
    if (only_names(c, x, open - 1) && !tok(c, open, "which") && !tok(c, open, "who") &&
        !names_a_kind(c, open, comma)) {
        size_t y = np_start(c, comma, open);
        if (y < comma)
            return span_text(c, text, y, comma);
    }
    /* The apposition describes the speaker: its places are the speaker's
     * ("a group that tracks arrests in Russia"), not the events'. */
    aside->start = c->t[open].start;
    aside->end = c->t[comma - 1].end;
    return span_text(c, text, x, open - 1);
}

struct vg_str source_of_sentence(const struct sentence_ctx *c, struct vg_str text, int *pronoun,
                                 struct vg_span *aside) {
    *pronoun = 0;
    aside->start = aside->end = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_SAY, &len);
        if (!e)
            continue;
        if (e->kind == 1) { /* "according to X" */
            size_t a = k + len, b = a;
            while (b < c->n && !tok(c, b, ",") && !tok(c, b, ".") && !tok(c, b, "(") &&
                   !c->qty_at[b] && !c->trig_at[b] && b < a + 10)
                b++;
            /* "according to figures compiled by X": the compiler. */
            for (size_t m = a; m < b; m++)
                if ((tok(c, m, "by") || tok(c, m, "from")) && m + 1 < b)
                    a = m + 1;
            struct vg_str s = span_text(c, text, a, b);
            if (s.len)
                return s;
            continue;
        }
        /* "were reported killed", "was estimated at": a passive names no
         * speaker before it. */
        if (k > 0 && (tok(c, k - 1, "were") || tok(c, k - 1, "was") || tok(c, k - 1, "been") ||
                      tok(c, k - 1, "are") || tok(c, k - 1, "is") || tok(c, k - 1, "being")))
            continue;
        /* "X said": X before the verb; skip "on Tuesday", "also", "later". */
        size_t end = k;
        for (;;) {
            while (end > 0 && (has(c, end - 1, LC_AUX) || when_adverb(c, end - 1))) {
                if (passive_be(c, end - 1))
                    break;
                end--;
            }
            if (end < 2 || !weekday(c, end - 1) || !tok(c, end - 2, "on"))
                break;
            end -= 2; /* "police on Sunday said": the day is no speaker */
        }
        if (end == 0 || passive_be(c, end - 1))
            continue; /* "the results were announced": no speaker */
        /* "X, a local rights group, said" and "X, which ..., says": the
         * speaker is X, or the description when X is a person's name. */
        if (tok(c, end - 1, ",")) {
            struct vg_str s = appositive_speaker(c, text, end - 1, aside);
            if (s.len)
                return s;
            continue;
        }
        if (tok(c, end - 1, "'s") || c->t[end - 1].kind == TK_NUM)
            continue;
        size_t a = np_start(c, end, 0);
        if (a == end)
            continue;
        if (is_pronoun(c, a, end)) {
            *pronoun = 1;
            return VG_STR_NULL;
        }
        /* "A police spokesman, Superintendent J. K., said": prefer the
         * description before the name. */
        if (only_names(c, a, end) && a >= 2 && tok(c, a - 1, ",")) {
            size_t a2 = np_start(c, a - 1, 0);
            if (a2 < a - 1) {
                struct vg_str s = span_text(c, text, a2, end);
                if (s.len)
                    return s;
            }
        }
        /* "Dr. R. A., the medical superintendent at X, said". */
        if (tok(c, end - 1, ",") == 0 && a >= 2 && tok(c, a - 1, ",")) {
            size_t a2 = np_start(c, a - 1, 0);
            if (a2 < a - 1 && only_names(c, a2, a - 1)) {
                struct vg_str s = span_text(c, text, a, end);
                if (s.len)
                    return s;
            }
        }
        struct vg_str s = span_text(c, text, a, end);
        if (s.len)
            return s;
    }
    return VG_STR_NULL;
}

int source_retracted(const struct sentence_ctx *c, size_t qi) {
    int cue = 0;
    for (size_t k = 0, len; k < c->n && !cue; k++)
        cue = lex_match(c->lx, c->t, c->n, k, LC_RETRACT, &len) != NULL;
    if (!cue)
        return 0;
    size_t t0 = c->q[qi].t0;
    /* "revised ... to 25", "now 25": the new value stands. */
    if (t0 > 0 && (tok(c, t0 - 1, "to") || tok(c, t0 - 1, "now")))
        return 0;
    return 1;
}
