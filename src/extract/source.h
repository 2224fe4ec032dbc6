/* Attribution: whose claim a figure is ("the Interior Ministry said",
 * "according to Amnesty International", "a police spokesman, Superintendent
 * X, said") and whether its own source withdrew it. */
#ifndef VIGIL_EXTRACT_SOURCE_H
#define VIGIL_EXTRACT_SOURCE_H

#include <stddef.h>

#include "bind.h"
#include "vigil/str.h"

/* The attribution of the sentence as a span of the report text (trimmed of
 * articles), or a NULL slice when the sentence states it on its own.  Sets
 * *pronoun when the speaker is only "he", "she", "they" or "it", and *aside
 * to the bytes of an apposition that describes the speaker ("X, a group
 * that monitors arrests in Russia, said"), else to an empty span. */
struct vg_str source_of_sentence(const struct sentence_ctx *c, struct vg_str text, int *pronoun,
                                 struct vg_span *aside);

/* The ministry a minister's portfolio word names ("Interior" gives
 * "Interior Ministry", "internal" "Ministry of Internal Affairs"), as a
 * static string, or NULL. */
const char *source_ministry_word(struct vg_str word);

/* The English name of a source read from a Russian sentence that starts at
 * byte `sent_start` of text ("police" for «ГУ МВД по городу»), as a static
 * string; `src` itself when no name is known.  GUIDELINES.md names sources
 * in English. */
struct vg_str source_english_ru(struct vg_str text, size_t sent_start, struct vg_str src);

/* One attribution of a sentence, English or Russian, with its place: a
 * sentence may give each figure its own source ("Organisers said 15,000
 * marched, while police put the number at 4,000"; «по данным полиции —
 * 800, по данным организаторов — свыше 3000»). */
struct src_attr {
    size_t at;          /* token it stands at: the verb, "according to", «по данным», the colon */
    struct vg_str name; /* English name, else the text's own; empty (len 0) for the
                         * report's own statement («по нашим данным»); NULL for an
                         * English pronoun speaker ("he said") */
};

/* The source of a figure whose quantity starts at token t0, given the
 * attributions that may govern it: the nearest before it, else the nearest
 * after it; a NULL slice when that is the report's own statement or there
 * is none. */
struct vg_str source_pick(const struct src_attr *attrs, size_t n, size_t t0);

/* What more an English attribution says than where it stands. */
struct en_attr {
    struct src_attr a;  /* place and name */
    size_t from, to;    /* tokens [from, to): speaker and cue together */
    int after;          /* the speaker follows the cue: "according to X" */
    int pronoun;        /* the speaker is only "he", "she", "they" */
    int speaker;        /* the speaker looks like one ("police", "organisers", a
                         * capitalised name), not a stray phrase before a verb of
                         * saying ("a counting error") */
};

/* The attributions of an English sentence, in order, at most `cap` of them
 * written to out: every "X said", "X put the number at" and "according to
 * X" that names a speaker.  Names point into text.  Returns how many.  The
 * first one's name is what source_of_sentence returns (a NULL slice when
 * there is none), and *first_aside (when not NULL) is set as
 * source_of_sentence sets *aside: one reading of the sentence gives both. */
size_t source_en_attributions(const struct sentence_ctx *c, struct vg_str text,
                              struct en_attr *out, size_t cap, struct vg_span *first_aside);

/* A headline's credit after its last colon or dash, for a line of its
 * own with no full stop: "Junta has killed 1,500 since coup: AAPP",
 * "40 killed in Sudan protests - rights group".  The credit is one to
 * six words that name a speaker, with no number or outcome among them.
 * VG_STR_NULL when there is none. */
struct vg_str source_headline_credit(const struct sentence_ctx *c, struct vg_str text);

/* The owner of the English quantity at tokens [t0, t1): a count noun's
 * just before it ("the official tally of 8": officials; "the police
 * figure of 9"; "the health ministry's count of 30"), or an agent just
 * after it when a verb of estimating comes first ("put at 40,000 by
 * organisers").  VG_STR_NULL when there is none. */
struct vg_str source_count_owner(const struct sentence_ctx *c, struct vg_str text, size_t t0,
                                 size_t t1);

/* The source of the English figure whose quantity starts at token t0.
 * When at least two of the sentence's attributions name speakers, each
 * figure takes its own clause's (clauses end at "while", "whereas", "but",
 * ";" and ", and"), else an attribution of the rest of the sentence, as
 * source_pick chooses; a pronoun speaker is `inherited` (the source of the
 * sentence before).  Otherwise the sentence's source, `fallback`. */
struct vg_str source_en_pick(const struct sentence_ctx *c, const struct en_attr *attrs,
                             size_t n, size_t t0, struct vg_str fallback,
                             struct vg_str inherited);

/* The source of the Russian figure whose quantity is c->q[qi], among the
 * sentence's attributions: the one before it, else the one after it,
 * unless that one goes on to a count of its own («около пяти тысяч, по
 * оценке полиции — не более двух тысяч»: the first count is the report's). */
struct vg_str source_ru_pick(const struct sentence_ctx *c, const struct src_attr *attrs,
                             size_t n, size_t qi);

/* The attributions of a Russian sentence that starts at byte `sent_start`
 * of text, in order, at most `cap` of them written to out: «по данным X»,
 * «X сообщил», «..., сообщили в X», «..., заявил X», «X: «...»»; an
 * impersonal verb with no speaker («сообщалось») is one with an empty
 * name.  Names point into text or are static.  Returns how many. */
size_t source_ru_attributions(const struct sentence_ctx *c, struct vg_str text,
                              size_t sent_start, struct src_attr *out, size_t cap);

/* The token where the sentence's first retraction cue ("withdrew",
 * "disavowed", "in error") starts, or c->n when it has none. */
size_t source_retract_cue(const struct sentence_ctx *c);

/* Is the quantity `qi` withdrawn by its source in this sentence ("later
 * disavowed", "was a mistake")?  A new value after "to" is not.  `cue` is
 * source_retract_cue(c), worked out once for all the sentence's figures. */
int source_retracted(const struct sentence_ctx *c, size_t cue, size_t qi);

/* Is the source only a vague attribution ("media reports", "various
 * estimates", "unconfirmed reports")?  GUIDELINES.md: such a figure is the
 * document's own statement. */
int source_is_vague(struct vg_str source);

/* "the group", "the rights group", "the organisation": a speaker named
 * only by the kind of body it is, lower-case words ending in a word for an
 * organisation.  1 or 0. */
int source_generic_body(struct vg_str source);

/* Does the source name a body outright: capitalised words ending in a word
 * for one ("Human Rights Watch", "Amnesty International", "OVD-Info
 * monitoring group")?  A generic body after it refers to it. */
int source_named_body(struct vg_str source);

/* The subject of a sentence that acts on its own figure ("The ministry
 * retracted its statement that 9 ..."), the source of the figure it
 * withdraws; VG_STR_NULL when there is none. */
struct vg_str source_retractor(const struct sentence_ctx *c, struct vg_str text);

/* Does the sentence open by withdrawing the figure of the sentence before
 * it: "That figure was incorrect.", "That was wrong: ...", "The figure,
 * which we took from social media, was wrong"?  1 or 0. */
int source_withdraws_previous(const struct sentence_ctx *c);

/* The speaker a sentence credits the claim quoted in the sentence before
 * with, when it is only that credit after a dash: '"300 arrested" - post
 * by X' split after the quotation ("- post by X, leader of the Y",
 * "- headline in the daily Z", "- Y statement").  A NULL slice when it is
 * none. */
struct vg_str source_credit(const struct sentence_ctx *c, struct vg_str text);

/* Do sources a and b name one speaker: every word of the one with fewer
 * words is a word of the other, case aside ("the ministry" and "a
 * ministry spokeswoman")?  Two empty sources are one; an empty and a named
 * one are not. */
int source_same(struct vg_str a, struct vg_str b);

/* An acronym a report defines in brackets after a name ("the Belgrade
 * Centre for Civic Defence (BCCD)"), so a figure the text credits to
 * "the BCCD" later is credited to the name. */
struct acronym {
    struct vg_str abbr; /* "BCCD", a slice of the text */
    struct vg_str name; /* "Belgrade Centre for Civic Defence", a slice of the text */
    struct vg_str both; /* "Belgrade Centre for Civic Defence (BCCD)": the source
                         * either stands for, naming the body both ways */
};

/* The acronyms text defines, in order, at most `cap` of them written to
 * out; an acronym defined twice keeps its first name.  Returns how many. */
size_t source_acronyms(struct vg_str text, struct acronym *out, size_t cap);

/* The name and acronym together when `src` is one of the n acronyms or
 * their names, else src. */
struct vg_str source_expand(struct vg_str src, const struct acronym *acr, size_t n);

#endif
