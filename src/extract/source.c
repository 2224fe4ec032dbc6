/* Attribution and retraction.  The speaker of "X said" is the noun phrase
 * before the verb, walked back over names, organisation words and
 * appositives; "according to X" takes the phrase after.  A spokesperson's
 * description wins over a bare name, since the organisation is the source.
 * A sentence that names two speakers gives each figure the attribution of
 * its own clause ("Organisers said 15,000 marched, while police put the
 * number at 4,000"), as Russian sentences do (source_ru.c); a retraction
 * then withdraws only its own source's figures. */
#include <string.h>
#include <strings.h>

#include "source.h"
#include "word_list.h"
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
    static const char *const pron[] = {"he", "she", "they", "it", "we", "i", "we've", "we're",
                                       "they've", "they're", "i've", "i'm", "we'd", "they'd",
                                       "он", "она", "они", "оно", "мы", "я", NULL};
    if (b != a + 1)
        return 0;
    for (const char *const *p = pron; *p; p++)
        if (tok(c, a, *p))
            return 1;
    return 0;
}

/* Is token k the month of a date whose day stands before it ("On 12 May
 * the minister told Parliament"), so no word of the speaker's name? */
static int month_of_date(const struct sentence_ctx *c, size_t k) {
    return k > 0 && c->t[k - 1].kind == TK_NUM && word_list_has_token(word_list_months, &c->t[k]);
}

static int weekday(const struct sentence_ctx *c, size_t k);

/* "medics at two hospitals", "officials from three ministries": people or
 * officials (token k) and the count of the places they work at.  Is that
 * the shape at token k? */
static int staff_of_places(const struct sentence_ctx *c, size_t k) {
    const struct token *n = &c->t[k + 2];
    return (has(c, k, LC_ORG) || has(c, k, LC_WHO)) && (tok(c, k + 1, "at") || tok(c, k + 1, "from")) &&
           (n->kind == TK_NUM || has(c, k + 2, LC_NUM)) && c->t[k + 3].kind == TK_WORD &&
           !(c->t[k + 3].flags & TF_CAP) && !has(c, k + 3, LC_WHO);
}

static int only_names(const struct sentence_ctx *c, size_t a, size_t b);
static int tok_in_list(const struct sentence_ctx *c, size_t k, const char *const *words);

/* Is [a, end) a place the speaker comes from, after "from" or "in" and a
 * noun in small letters: "an officer from the eastern city of X", "an
 * official from the town of Y", "a police officer in Z"?  The speaker is
 * the noun before the preposition, not the place.  Returns the token of
 * the preposition, or 0. */
static size_t from_place(const struct sentence_ctx *c, size_t a, size_t end) {
    static const char *const kinds[] = {"city", "town", "village", "province", "region",
                                        "district", "county", NULL};
    size_t f = a; /* back over "the northern town of" to "from" */
    while (f > 0 && a - f < 6 && !tok(c, f - 1, "from") && !tok(c, f - 1, "in") &&
           c->t[f - 1].kind == TK_WORD && !(c->t[f - 1].flags & TF_CAP))
        f--;
    if (f < 2 || !(tok(c, f - 1, "from") || tok(c, f - 1, "in")) ||
        c->t[f - 2].kind != TK_WORD || ((c->t[f - 2].flags & TF_CAP) && f - 2 > 0))
        return 0; /* but "Residents from the town of X said" */
    if (tok(c, f - 1, "in") && f == a && only_names(c, a, end))
        return f - 1; /* "a police officer in X told AFP" */
    for (size_t k = f; k + 1 < end; k++)
        if (tok_in_list(c, k, kinds) && tok(c, k + 1, "of"))
            return f - 1;
    return 0;
}

/* Is token k a spokesperson's or an official's title ("spokesman",
 * "director", "head", "general secretary")? */
static int title_word(const struct sentence_ctx *c, size_t k) {
    static const char *const titles[] = {"secretary", "chairman", "chairwoman", "chair",
                                         "coordinator", "researcher", NULL};
    size_t len;
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_ORG, &len);
    return (w && w->kind == 1 && len == 1) || tok_in_list(c, k, titles);
}

/* Is token k a modifier between a possessive and the title that ends the
 * phrase at `end` ("LLAN's legal director", "the union's general
 * secretary")? */
static int title_modifier(const struct sentence_ctx *c, size_t k, size_t end) {
    if (end < k + 2 || !title_word(c, end - 1))
        return 0;
    for (size_t m = k; m > 0 && k - m < 2; m--) {
        if (tok(c, m - 1, "'s"))
            return 1;
        if (c->t[m - 1].kind != TK_WORD || c->trig_at[m - 1])
            return 0;
    }
    return 0;
}

/* Is token k a gerund naming what a body does, right before its word for
 * the body: "the OVD-Info monitoring group", "a fact-finding mission"?
 * Not "groups monitoring the trials", where the gerund follows. */
static int ing_before_org(const struct sentence_ctx *c, size_t k, size_t end) {
    const struct vg_str w = c->t[k].fold;
    return k + 1 < end && has(c, k + 1, LC_ORG) && w.len > 5 &&
           memcmp(w.ptr + w.len - 3, "ing", 3) == 0;
}

/* Is token k a place whose staff speak as the place: "hospitals in the
 * city said", "the morgue in X reported"?  Its phrase runs on through
 * the place after it. */
static int speaking_place(const struct sentence_ctx *c, size_t k) {
    static const char *const places[] = {"hospitals", "hospital", "clinics", "clinic",
                                         "morgue", "morgues", NULL};
    return tok_in_list(c, k, places);
}

/* Noun phrase ending just before token `end`: [a, end). */
static size_t np_start(const struct sentence_ctx *c, size_t end, size_t floor) {
    size_t a = end;
    int words = 0;
    while (a > floor && words < 9 && np_word(c, a - 1) && !month_of_date(c, a - 1) &&
           !(weekday(c, a - 1) && a >= 2 && tok(c, a - 2, "on"))) {
        /* "On Sunday a ministry spokeswoman said": the day is no name's */
        const struct token *t = &c->t[a - 1];
        if (tok(c, a - 1, "-") && (t->flags & TF_SPACE) && words > 0)
            break; /* "KABUL — The United Nations Mission said": a dateline */
        /* A lower-case word other than an organisation word, "of", "for",
         * "at", "and" or an article ends a phrase of capitalised words. */
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && a < end && tok(c, a, "-") &&
            !(c->t[a].flags & TF_SPACE) && words > 0) {
            a--; /* "al-Mohammadawi", "el-Sayed": a particle of the name */
            words++;
            continue;
        }
        if (a >= floor + 4 && staff_of_places(c, a - 4)) {
            a -= 4; /* "Medics at two hospitals in Baghdad said" */
            words += 4;
            continue;
        }
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && !has(c, a - 1, LC_ORG) &&
            !has(c, a - 1, LC_WHO) && !tok(c, a - 1, "of") && !tok(c, a - 1, "for") &&
            !tok(c, a - 1, "at") && !tok(c, a - 1, "and") && !is_article(c, a - 1) &&
            !tok(c, a - 1, "'s") && !tok(c, a - 1, "in") && words > 0 &&
            !(a - 1 > floor && is_article(c, a - 2)) &&
            !(tok(c, a - 1, "on") && a - 1 > floor && has(c, a - 2, LC_ORG) &&
              (c->t[a - 2].flags & TF_CAP)) &&
            !title_modifier(c, a - 1, end) && !ing_before_org(c, a - 1, end) &&
            !speaking_place(c, a - 1))
            break; /* "Commission on Human Rights" stays whole */
        a--;
        words++;
    }
    while (a < end && (tok(c, a, "of") || tok(c, a, "and") || tok(c, a, "for") || tok(c, a, "in") ||
                       tok(c, a, "on") || c->t[a].kind == TK_PUNCT)) /* "UPDATE 2 — Police" */
        a++;
    return a;
}

/* A minister's portfolio word and the ministry it names. */
static const char *const depts[][2] = {
    {"interior", "Interior Ministry"}, {"health", "Health Ministry"},
    {"foreign", "Foreign Ministry"},   {"defence", "Defence Ministry"},
    {"defense", "Defense Ministry"},   {"justice", "Justice Ministry"},
    {"information", "Information Ministry"}, {"education", "Education Ministry"},
    {"security", "Security Ministry"}, {"internal", "Ministry of Internal Affairs"},
    {"home", "Home Ministry"}};

const char *source_ministry_word(struct vg_str word) {
    for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++)
        if (strlen(depts[d][0]) == word.len && strncasecmp(depts[d][0], word.ptr, word.len) == 0)
            return depts[d][1];
    return NULL;
}

/* The ministry a minister of [a, b) speaks for ("Health Minister Amal
 * Haddad", "the foreign minister", "Deputy Minister of Internal Affairs
 * X"), as a static name; NULL when there is none.  The portfolio may
 * stand just before the span: "Turkey's interior minister said" reads
 * its speaker as "minister" alone, the possessive ending the phrase.  GUIDELINES.md: an official speaking for a ministry is that
 * ministry. */
static const char *ministry_of(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        if (!tok(c, k, "minister"))
            continue;
        /* "the Minister for the Interior", "Minister of Health" */
        size_t after = k + 1;
        if (after < b && (tok(c, after, "for") || tok(c, after, "of")))
            after += 1 + (after + 1 < b && tok(c, after + 1, "the"));
        else
            after = b;
        for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++)
            if ((k > 0 && tok(c, k - 1, depts[d][0])) || (after < b && tok(c, after, depts[d][0])))
                return depts[d][1];
    }
    return NULL;
}

/* "LLAN's spokesman", "the union's general secretary", "Human Rights
 * Watch's Asia director": an official speaking for a body is the body
 * (GUIDELINES.md, Status and source).  Returns where the body's name in
 * [a, b) ends, at its "'s", or b when [a, b) is no such title.  The owner
 * must be a name or a body ("the family's lawyer" speaks for no body). */
static size_t official_of(const struct sentence_ctx *c, size_t a, size_t b) {
    if (b < a + 3 || !title_word(c, b - 1))
        return b;
    size_t p = b - 1;
    while (p > a && b - p <= 4 && !tok(c, p - 1, "'s") && c->t[p - 1].kind == TK_WORD &&
           !c->trig_at[p - 1])
        p--;
    if (p <= a + 1 || !tok(c, p - 1, "'s"))
        return b;
    for (size_t k = p; k + 1 < b; k++)
        if (has(c, k, LC_ORG))
            return b; /* "Kenya's police chief": the police's, not the country's */
    size_t o = p - 2; /* the owner's last word */
    return (c->t[o].flags & TF_CAP) || has(c, o, LC_ORG) ? p - 1 : b;
}

static struct vg_str span_text(const struct sentence_ctx *c, struct vg_str text, size_t a,
                               size_t b) {
    while (a < b && is_article(c, a))
        a++;
    if (a >= b)
        return VG_STR_NULL;
    const char *ministry = ministry_of(c, a, b);
    if (ministry)
        return vg_str_cstr(ministry);
    b = official_of(c, a, b);
    return vg_str_make(text.ptr + c->t[a].start, c->t[b - 1].end - c->t[a].start);
}

/* Is [a, b) only capitalised words (a person's name)? */
static int only_names(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if ((!(c->t[k].flags & TF_CAP) && !(k > a && tok(c, k, "."))) || has(c, k, LC_ORG))
            return 0; /* a full stop may follow a title or an initial: "Dr. R. A." */
    return b > a;
}

/* Is token k a capitalised word right after another, the end of a name
 * ("Myanmar Now said", "USA Today reported") rather than an adverb?  Not
 * in a title-case headline ("Police Now Say 40 Were Held"), whose next
 * word is capitalised too. */
static int name_tail(const struct sentence_ctx *c, size_t k) {
    return k > 0 && k + 1 < c->n && (c->t[k].flags & TF_CAP) && c->t[k - 1].kind == TK_WORD &&
           (c->t[k - 1].flags & TF_CAP) && c->t[k + 1].kind == TK_WORD &&
           !(c->t[k + 1].flags & TF_CAP);
}

/* Is token k an adverb of time between a speaker and the verb ("police
 * today said", "the ministry earlier said")? */
static int when_adverb(const struct sentence_ctx *c, size_t k) {
    static const char *const words[] = {"today", "yesterday", "tonight", "earlier", "later",
                                        "previously", "initially", "separately", "now", "further",
                                        "again", "first", "originally", "subsequently",
                                        "since", NULL};
    return k < c->n && !name_tail(c, k) && word_list_has_token(words, &c->t[k]);
}

/* Is [a, b) a time or "there", no description of a speaker: a weekday,
 * "today", a part of the day ("remained there Saturday afternoon, X
 * said", "13 remained there, X said")? */
static int time_of_day(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const parts[] = {"morning", "afternoon", "evening", "night",
                                        "midnight", "noon", "there", "here", NULL};
    for (size_t k = a; k < b; k++)
        if (!weekday(c, k) && !when_adverb(c, k) && !word_list_has_token(parts, &c->t[k]))
            return 0;
    return b > a;
}

/* Adverbs of contrast that stand between a quotation and its inverted
 * verb ('"...," nevertheless said the spokesman'). */
static const char *const contrast_adverbs[] = {"nevertheless", "however", "though", "also",
                                               "then", "meanwhile", "nonetheless", NULL};

/* Does a quotation close right before token k ('"...," said', '"..."
 * said')? */
static int after_quotation(const struct sentence_ctx *c, size_t k) {
    return (k >= 1 && tok(c, k - 1, "\"")) ||
           (k >= 2 && tok(c, k - 1, ",") && tok(c, k - 2, "\""));
}

/* Is token k a weekday ("police on Sunday said")? */
static int weekday(const struct sentence_ctx *c, size_t k) {
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", NULL};
    return k < c->n && word_list_has_token(days, &c->t[k]);
}

/* Is token k a one-word noun of a crowd ("demonstrators", "marchers")? */
static int crowd_noun(const struct sentence_ctx *c, size_t k) {
    size_t len;
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
    return w && len == 1 && w->who == VG_WHO_PROTESTERS;
}

/* Is token k a form of "be" that makes the verb after it passive
 * ("were announced", "was reported")? */
static int passive_be(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "were") || tok(c, k, "was") || tok(c, k, "is") || tok(c, k, "are") ||
           tok(c, k, "be") || tok(c, k, "been") || tok(c, k, "being");
}

/* Nouns for kinds of bodies: "a rights group", "an independent monitor". */
static const char *const kinds[] = {
    "group", "organisation", "organization", "ngo", "centre", "center", "network",
    "watchdog", "charity", "coalition", "union", "movement", "project", "association",
    "committee", "foundation", "monitor", "outlet", "agency", "initiative", "alliance",
    "party", "website", "newspaper", "channel", "service", "body", "collective",
    "station", "broadcaster", "paper", "daily", "magazine", "portal", NULL};

/* Does the apposition [a, b) say what kind of body the name before it is
 * ("a rights group that tracks arrests", "an independent monitor", "the
 * television station affiliated with People Daily"), rather
 * than whose spokesperson it is ("a spokesman for the ministry")?  Its
 * head noun, before any preposition or relative clause, is an organisation. */
static int names_a_kind(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a >= b || !(tok(c, a, "a") || tok(c, a, "an") || tok(c, a, "the")))
        return 0;
    for (size_t k = a + 1; k < b && k < a + 7; k++) {
        if (tok(c, k, "of") || tok(c, k, "for") || tok(c, k, "at") || tok(c, k, "that") ||
            tok(c, k, "which") || tok(c, k, "with") || tok(c, k, "from") || tok(c, k, "in") ||
            tok(c, k, "'s"))
            return 0; /* "the Lake Aid Network's director": the body's official */
        for (const char *const *w = kinds; *w; w++)
            if (tok(c, k, *w) && !tok(c, k + 1, "'s"))
                return 1;
    }
    return 0;
}

/* Is [a, b) only a kind of body in lower case ("A rights group", "The
 * civil society organisation"), its last word a kind?  Not a person of
 * one ("The director of the monitoring group, X, said"): X speaks for it. */
static int only_a_kind(const struct sentence_ctx *c, size_t a, size_t b) {
    if (b < a + 2 || !is_article(c, a) || !word_list_has_token(kinds, &c->t[b - 1]))
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) || tok(c, k, "of") ||
            tok(c, k, "for") || has(c, k, LC_ROLE))
            return 0;
    return 1;
}

/* Is [a, b), past a leading "the", a capitalised name ("the Lake Region
 * Human Rights Forum", "Plataforma Decide")? */
static int proper_name(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a < b && tok(c, a, "the"))
        a++;
    if (a >= b || !(c->t[a].flags & TF_CAP))
        return 0;
    for (size_t k = a; k < b; k++)
        if (!(c->t[k].flags & TF_CAP) && !tok(c, k, "of") && !tok(c, k, "for") &&
            !tok(c, k, "and") && !tok(c, k, "de") && !tok(c, k, "-"))
            return 0;
    return 1;
}

/* Where a name ends that an acronym in brackets follows at `end` ("the
 * Belgrade Centre for Civic Defence (BCCD)", or with its kind after, "the
 * Iran Human Rights (IHR) NGO"): before the brackets; else `end`. */
static size_t before_acronym(const struct sentence_ctx *c, size_t end) {
    static const char *const bodies[] = {"ngo", "group", "organisation", "organization",
                                         "watchdog", NULL};
    if (end >= 5 && tok_in_list(c, end - 1, bodies) && tok(c, end - 2, ")") &&
        tok(c, end - 4, "(") && c->t[end - 3].kind == TK_WORD &&
        (c->t[end - 3].flags & TF_UPPER))
        return end - 4; /* "Iran Human Rights (IHR) NGO said": the name, not its kind */
    if (end >= 4 && tok(c, end - 1, ")") && tok(c, end - 3, "(") &&
        c->t[end - 2].kind == TK_WORD && (c->t[end - 2].flags & TF_UPPER))
        return end - 3;
    return end;
}

/* The speaker of "X, Y, said" where token `comma` is the comma before the
 * verb: X, unless X is only a person's name, then Y ("Dr. R. A., the
 * medical superintendent at X, said").  Empty when the shape is not there.
 * Sets [*from, *to) to the tokens of the speaker named, *from to the
 * first token of X. */
static struct vg_str appositive_speaker(const struct sentence_ctx *c, struct vg_str text,
                                        size_t comma, struct vg_span *aside, size_t *from,
                                        size_t *to) {
    size_t open = comma;
    while (open > 0 && comma - open < 16 && !tok(c, open - 1, ",") && !c->qty_at[open - 1] &&
           !has(c, open - 1, LC_SAY))
        open--;
    if (open == 0 || !tok(c, open - 1, ",") || open == comma)
        return VG_STR_NULL;
    size_t x_end = before_acronym(c, open - 1); /* "X (ABC), whose lawyers ..., said" */
    size_t x = np_start(c, x_end, 0);
    if (x == x_end)
        return VG_STR_NULL;
    *from = x;
    if (only_a_kind(c, x, x_end) && proper_name(c, open, comma)) {
        *to = comma; /* "A rights group, the Lake Region Human Rights Forum, said" */
        return span_text(c, text, tok(c, open, "the") ? open + 1 : open, comma);
    }
    if (only_names(c, x, x_end) && !tok(c, open, "which") && !tok(c, open, "who") &&
        !names_a_kind(c, open, comma)) {
        size_t y = np_start(c, comma, open);
        if (y < comma) {
            *to = comma;
            return span_text(c, text, y, comma);
        }
    }
    /* The apposition describes the speaker: its places are the speaker's
     * ("a group that tracks arrests in Russia"), not the events'. */
    aside->start = c->t[open].start;
    aside->end = c->t[comma - 1].end;
    *to = x_end;
    return span_text(c, text, x, x_end);
}

/* Is [a, b) a speaker a count can be credited to: a capitalised name
 * ("OVD-Info", "Amnesty International"), a body or a spokesperson (an
 * organisation word: "police", "the ministry"), or a kind of people who
 * give counts ("organisers", "medics")?  "A counting error" is none. */
static int speaker_like(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const people[] = {
        "organisers", "organizers", "activists", "witnesses", "eyewitnesses", "medics",
        "paramedics", "doctors", "nurses", "lawyers", "lawyer", "volunteers", "monitors",
        "observers", "journalists", "reporters", "residents", "relatives", "families",
        "protesters", "students", "opposition", "staff", "campaigners", "defenders",
        "sources", "source", "unions", "groups", "officers", "organiser", "organizer",
        "rescuers", "morgue", "hospitals", "clinics", "prosecutors", "judges", NULL};
    for (size_t k = a; k < b; k++) {
        if (has(c, k, LC_ORG) || ((c->t[k].flags & TF_CAP) && !is_article(c, k)))
            return 1;
        if (word_list_has_token(people, &c->t[k]))
            return 1;
    }
    return 0;
}

/* "The Metropolitan Police issued a lengthy defence as it confirmed":
 * "it" after "as", "when" or "while" speaks for the body whose
 * capitalised name opens the sentence, ending in a word for a body.
 * Returns the end of that name, or 0. */
static size_t own_clause_subject(const struct sentence_ctx *c, size_t it) {
    static const char *const subs[] = {"as", "when", "while", NULL};
    static const char *const bodies[] = {"police", "ministry", "office", "force", "service",
                                         "department", "prosecutor", "committee", NULL};
    if (!tok(c, it, "it") || it < 4 || !word_list_has_token(subs, &c->t[it - 1]))
        return 0;
    size_t k = tok(c, 0, "the"), e = k;
    while (e < it && c->t[e].kind == TK_WORD && (c->t[e].flags & TF_CAP))
        e++;
    if (e == k || e >= it - 2 || c->t[e].kind != TK_WORD || (c->t[e].flags & TF_CAP) ||
        !word_list_has_token(bodies, &c->t[e - 1]))
        return 0;
    for (size_t m = e; m < it - 1; m++)
        if (c->t[m].kind == TK_PUNCT || has(c, m, LC_SAY) || c->qty_at[m])
            return 0; /* one clause: "X issued a defence as it" */
    return e;
}

/* Fill the attribution *out with the speaker [a, b) and its text; returns
 * whether it names one. */
static int named(const struct sentence_ctx *c, struct vg_str text, struct en_attr *out, size_t a,
                 size_t b) {
    out->a.name = span_text(c, text, a, b);
    out->speaker = out->a.name.len && speaker_like(c, a, b);
    return out->a.name.len > 0;
}

/* Are tokens [from, end) in lower case, and token `prep_at` one of
 * `preps`: a phrase that is a preposition's object? */
static int lower_object(const struct sentence_ctx *c, size_t from, size_t end, size_t prep_at,
                        const char *const *preps) {
    for (size_t m = from; m < end; m++)
        if (c->t[m].flags & TF_CAP)
            return 0;
    return c->t[prep_at].kind == TK_WORD && word_list_has_token(preps, &c->t[prep_at]);
}

/* Is the noun phrase [a, end) before a reporting verb the object of a
 * preposition, with "a" or "an" ("under an amnesty announced on Friday",
 * "after a decree published"): the verb then describes the thing and
 * names no speaker. */
static int participle_of_object(const struct sentence_ctx *c, size_t a, size_t end) {
    static const char *const prep[] = {"under", "in", "by", "after", "with", "of", "from",
                                       "for", "during", "following", "despite", NULL};
    size_t p = a;
    if (p > 0 && !(tok(c, p, "a") || tok(c, p, "an")) &&
        (tok(c, p - 1, "a") || tok(c, p - 1, "an")))
        p--;
    if (!(tok(c, p, "a") || tok(c, p, "an")) || p == 0)
        return 0;
    return lower_object(c, p + 1, end, p - 1, prep);
}

/* Is the phrase [a, end) before a reporting verb the object of a
 * preposition of time, in lower case ("released since midnight said")? */
static int time_object(const struct sentence_ctx *c, size_t a, size_t end) {
    static const char *const prep[] = {"since", "until", "till", "after", "before", NULL};
    return a > 0 && lower_object(c, a, end, a - 1, prep);
}

/* Does an attribution phrase ("said", "according to") start with token k?
 * Most words start none, and this tells at once. */
static int may_say(const struct sentence_ctx *c, size_t k) {
    return (c->t[k].cats & (1u << LC_SAY)) != 0; /* lx->cats[word], read when tokenizing */
}

/* Is token k inside an outcome phrase of the sentence, past its first word? */
static int inside_trigger(const struct sentence_ctx *c, size_t k) {
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t0 < k && k < c->tr[i].t1)
            return 1;
    return 0;
}

/* Is token k one of `words`? */
static int tok_in_list(const struct sentence_ctx *c, size_t k, const char *const *words) {
    return k < c->n && word_list_has_token(words, &c->t[k]);
}

/* Is the cue at k a plural noun ("reports", "claims", "estimates") rather
 * than a verb: its would-be speaker [a, k) is a preposition's object or
 * the preposition itself ("notes with concern reports of", "concerned
 * about reports that")? */
static int noun_of_report(const struct sentence_ctx *c, size_t k, size_t a) {
    static const char *const nouns[] = {"reports", "claims", "estimates", NULL};
    static const char *const preps[] = {"with", "of", "about", "amid", "despite", "following",
                                        "after", "over", NULL};
    /* "the army denied reports that 50 were killed": the object of a denial */
    static const char *const denials[] = {"denied", "denies", "deny", "dismissed", "dismisses",
                                          "rejected", "rejects", "refuted", "refutes",
                                          "disputed", "disputes", NULL};
    int noun = 0, prep = tok(c, a, "by"); /* "by some estimates" */
    for (const char *const *w = nouns; *w; w++)
        noun |= tok(c, k, *w);
    for (const char *const *w = preps; *w; w++)
        prep |= (a > 0 && tok(c, a - 1, *w)) || (a + 1 == k && tok(c, a, *w));
    return noun && (prep || (k > 0 && tok_in_list(c, k - 1, denials)));
}

/* "a police source there said", "a commander I spoke to said": an adverb
 * of place or a clause of the reporter's own between the speaker and the
 * verb.  Returns where the speaker's noun phrase ends, before them. */
static size_t past_contact_clause(const struct sentence_ctx *c, size_t end) {
    static const char *const contact[] = {"spoke", "talked", "interviewed", "reached",
                                          "contacted", NULL};
    static const char *const pron[] = {"i", "we", "they", "he", "she", NULL};
    if (end >= 2 && (tok(c, end - 1, "there") || tok(c, end - 1, "here")))
        return end - 1;
    size_t v = end;
    if (v >= 1 && (tok(c, v - 1, "to") || tok(c, v - 1, "with")))
        v--;
    if (v >= 3 && tok_in_list(c, v - 1, contact) && tok_in_list(c, v - 2, pron))
        return v - 2;
    return end;
}

static int speaker_after(const struct sentence_ctx *c, struct vg_str text, size_t a,
                         struct en_attr *out);

/* Does the clause end at token b: the sentence's end, a comma, a full
 * stop, a bracket, or a place or time after the speaker ("said police in
 * Nairobi on Monday")?  No verb of its own follows. */
static int clause_over(const struct sentence_ctx *c, size_t b) {
    return b >= c->n || tok(c, b, ".") || tok(c, b, ",") || tok(c, b, ";") || tok(c, b, "(") ||
           tok(c, b, "on") || tok(c, b, "in") || tok(c, b, "at") || tok(c, b, "\"");
}

/* Is the verb at token k a base form ("give", "say", "put"), not a past
 * or a third person ("gave", "said", "reported", "says")? */
static int base_form(const struct sentence_ctx *c, size_t k) {
    static const char *const pasts[] = {"said", "told", "gave", "given", "wrote", "spoke", NULL};
    struct vg_str w = c->t[k].fold;
    if (tok_in_list(c, k, pasts) || w.len < 2)
        return 0;
    return !(w.ptr[w.len - 1] == 's' || (w.ptr[w.len - 2] == 'e' && w.ptr[w.len - 1] == 'd'));
}

/* Is the verb at k "claim" in its sense of taking lives: "have claimed
 * 26 lives", "claimed the lives of 12 people"?  Not "organisers claimed
 * 5,000 marched". */
static int claimed_lives(const struct sentence_ctx *c, size_t k) {
    if (!(tok(c, k, "claimed") || tok(c, k, "claims") || tok(c, k, "claim")))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 6; m++) {
        if (tok(c, m, "lives") || tok(c, m, "life"))
            return 1;
        if (c->t[m].kind == TK_PUNCT || has(c, m, LC_SAY) || tok(c, m, "that"))
            return 0;
    }
    return 0;
}

/* Is the noun phrase starting at token a the object of a preposition
 * ("Speaking at a news conference in Geneva, Maria Lopez said", "in the
 * area of human rights, Ortega said"), or a phrase that opens with one
 * ("were booked at the county jail, Kennedy said": the phrase read back
 * from the comma keeps its "at"): an opening phrase or the place of the
 * events, no description of the speaker named after it? */
static int prep_object(const struct sentence_ctx *c, size_t a) {
    static const char *const preps[] = {"in", "at", "to", "on", "from", "with", "before",
                                        "after", "during", "of", NULL};
    if (tok_in_list(c, a, preps))
        return 1;
    if (a > 0 && is_article(c, a - 1))
        a--;
    return a > 0 && tok_in_list(c, a - 1, preps);
}

/* Verbs by which findings speak: "data compiled by X showed". */
static const char *const shows[] = {"show", "shows", "showed", "shown", NULL};

/* "Data compiled by X showed", "figures released by X show": the agent
 * of the findings before the verb at k is the source.  Findings with no
 * agent ("figures show", "video footage shows") name none. */
static int agent_of_findings(const struct sentence_ctx *c, struct vg_str text, size_t k,
                             struct en_attr *out) {
    for (size_t m = k; m-- > 0 && m + 12 > k;) {
        if (c->qty_at[m] || c->trig_at[m] || c->t[m].kind == TK_PUNCT || has(c, m, LC_SAY))
            return 0;
        if (tok(c, m, "by") && m + 1 < k) {
            out->from = m + 1;
            return named(c, text, out, m + 1, k);
        }
    }
    return 0;
}

/* "according to a press release from X": "release" is a document here,
 * no outcome. */
static int press_release(const struct sentence_ctx *c, size_t k) {
    return k > 0 && (tok(c, k, "release") || tok(c, k, "releases")) &&
           (tok(c, k - 1, "press") || tok(c, k - 1, "news") || tok(c, k - 1, "media"));
}

/* "the Assistance Association for Political Prisoners": an outcome word
 * written with a capital inside a body's name, after its first word. */
static int capitalised_in_name(const struct sentence_ctx *c, size_t a, size_t b) {
    return b > a && (c->t[b].flags & TF_CAP) && c->t[b].kind == TK_WORD &&
           ((c->t[b - 1].flags & TF_CAP) || tok(c, b - 1, "for") || tok(c, b - 1, "of") ||
            tok(c, b - 1, "the"));
}

/* "Groups monitoring the situation have reported": the phrase before the
 * verb is the object of a present participle, and the speaker is the
 * noun phrase the participle follows.  Returns where the speaker starts
 * and moves *end to the participle, or returns `a` when there is none. */
static size_t before_participle(const struct sentence_ctx *c, size_t a, size_t *end) {
    static const char *const preps[] = {"during", "according", "following", "including",
                                        "regarding", "concerning", "notwithstanding",
                                        "excluding", NULL};
    if (a < 2)
        return a;
    const struct token *p = &c->t[a - 1];
    size_t n = p->fold.len;
    if (p->kind != TK_WORD || (p->flags & TF_CAP) || n < 6 ||
        memcmp(p->fold.ptr + n - 3, "ing", 3) != 0 || tok_in_list(c, a - 1, preps))
        return a;
    if (c->t[a - 2].kind != TK_WORD || is_article(c, a - 2) || has(c, a - 2, LC_STOP) ||
        c->trig_at[a - 2])
        return a;
    if (*end == a + 1 && (has(c, a, LC_ORG) || tok_in_list(c, a, kinds)))
        return a; /* "a local monitoring group", "the ruling party": one noun */
    size_t a2 = np_start(c, a - 1, 0);
    if (a2 >= a - 1)
        return a;
    *end = a - 1;
    return a2;
}

/* Is the noun phrase [a, end) a counted group: a quantity in it or right
 * before it ("20 people", "dozens of residents")? */
static int counted_noun(const struct sentence_ctx *c, size_t a, size_t end) {
    for (size_t i = 0; i < c->nq; i++)
        if (c->q[i].t1 + 2 >= a && c->q[i].t1 <= end)
            return 1; /* the quantity ends in the phrase or at most "of" before it */
    return 0;
}

/* Does token k close a clause or an aside as a comma would: a dash (a
 * hyphen with a space before it, not "Jean-Paul"), a semicolon or a
 * closing bracket ("according to a rights group — were taken ...")? */
static int aside_mark(const struct sentence_ctx *c, size_t k) {
    int spaced_hyphen = tok(c, k, "-") && k > 0 && c->t[k - 1].end < c->t[k].start;
    return tok(c, k, "\xe2\x80\x94") || tok(c, k, "\xe2\x80\x93") || spaced_hyphen ||
           tok(c, k, ";") || tok(c, k, ")");
}

/* The attribution whose cue starts at token k: "according to X" (X after
 * it) or "X said" (X before the verb).  Returns 1 and fills *out when
 * there is one (a pronoun speaker counts, with a NULL name); 0 when the
 * cue names no speaker.  *len is the cue's length in tokens.  Writes the
 * bytes of an apposition that describes the speaker to *aside. */
static int speaker_after(const struct sentence_ctx *c, struct vg_str text, size_t a,
                         struct en_attr *out);

/* Does a body's long name go on at token b ("the Statistics and Documents
 * Center of the Hengaw Organization for Human Rights"): a capitalised word
 * after a capitalised one, or "of", "for", "the" between two? */
static int in_long_name(const struct sentence_ctx *c, size_t b) {
    if (b == 0 || b + 1 >= c->n)
        return 0;
    int cap = c->t[b].kind == TK_WORD && (c->t[b].flags & TF_CAP);
    int prev_cap = c->t[b - 1].kind == TK_WORD && (c->t[b - 1].flags & TF_CAP);
    int link = tok(c, b, "of") || tok(c, b, "for");
    int prev_link = tok(c, b - 1, "of") || tok(c, b - 1, "for") || tok(c, b - 1, "the");
    if (cap)
        return prev_cap || prev_link;
    if (link)
        return prev_cap;
    return tok(c, b, "the") && (tok(c, b - 1, "of") || tok(c, b - 1, "for"));
}

/* Is the verb of attribution at token k negated ("has not said", "did
 * not say", "never disclosed", "hasn't confirmed")? */
static int negated_cue(const struct sentence_ctx *c, size_t k) {
    if (k == 0)
        return 0;
    const struct token *t = &c->t[k - 1];
    return tok(c, k - 1, "not") || tok(c, k - 1, "never") ||
           (t->fold.len > 3 && memcmp(t->fold.ptr + t->fold.len - 3, "n't", 3) == 0);
}

/* "quoted X as saying", "cited X as saying" at k: the medium that
 * quotes only passes on X's words, X is the speaker.  Returns the token
 * of "as", or 0. */
static size_t quoted_as_saying(const struct sentence_ctx *c, size_t k) {
    static const char *const says[] = {"saying", "telling", "stating", NULL};
    if (!tok(c, k, "quoted") && !tok(c, k, "cited"))
        return 0;
    for (size_t m = k + 2; m + 1 < c->n && m < k + 24; m++) {
        if (tok(c, m, ".") || tok(c, m, ";") || c->qty_at[m])
            return 0;
        if (tok(c, m, "as") && tok_in_list(c, m + 1, says))
            return m;
    }
    return 0;
}

/* "The marchers, estimated by police at 4,000": the agent of an
 * estimate, "by" at token `by`, names its count after "at" a few words on
 * (bind_estimated_by_at, read from that count). */
static int estimate_by_at(const struct sentence_ctx *c, size_t by) {
    for (size_t m = by + 2; m + 1 < c->n && m < by + 8; m++)
        if (tok(c, m, "at") && c->qty_at[m + 1])
            return by > 0 && bind_estimated_by_at(c, m + 1) == by - 1;
    return 0;
}

static int attribution_at(const struct sentence_ctx *c, struct vg_str text, size_t k,
                          size_t *len, struct en_attr *out, struct vg_span *aside) {
    const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_SAY, len);
    if (!e || inside_trigger(c, k))
        return 0; /* "offence reports against 214": a word of an outcome */
    if (e->kind != 1 && k > 0 && tok(c, k - 1, "to") && base_form(c, k))
        return 0; /* "police declined to give numbers": an infinitive, no claim;
                   * but "a commander I spoke to said" */
    static const char *const per_unit[] = {"cent", "province", "region", "district", "county",
                                           "city", "state", "day", "week", "month", "year",
                                           "hour", "capita", "head", "person", NULL};
    if (tok(c, k, "per") && ((k > 0 && c->t[k - 1].kind == TK_NUM) ||
                             (k + 1 < c->n && tok_in_list(c, k + 1, per_unit))))
        return 0; /* "13 per cent", "40 per day", "the breakdown per province": a rate
                   * or a division, no speaker */
    if (claimed_lives(c, k))
        return 0; /* "the unrest has claimed 31 lives": a toll, no claim */
    if (negated_cue(c, k))
        return 0; /* "the government has not said how many are held": no claim */
    *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = k, .to = k + *len};
    /* "the 41 counted by medics", "figures reported by the ministry": a
     * participle and its agent after a count or its noun. */
    static const char *const agent_end[] = {"at", "in", "on", "during", "since", "over",
                                            "and", "or", "while", "but", "as", "was", "were",
                                            "is", "are", "show", "shows", "showed", NULL};
    static const char *const bare_findings[] = {"information", "data", "figures", "estimates",
                                                "statistics", "reports", NULL};
    size_t wl;
    int by_agent = e->kind != 1 && k > 0 && k + *len + 1 < c->n && tok(c, k + *len, "by") &&
                   (c->qty_at[k - 1] || c->t[k - 1].kind == TK_NUM ||
                    (lex_match(c->lx, c->t, c->n, k - 1, LC_WHO, &wl) && wl == 1 && k >= 2 &&
                     (c->qty_at[k - 2] || c->t[k - 2].kind == TK_NUM)) ||
                    estimate_by_at(c, k + *len));
    if (e->kind == 1 || by_agent) { /* "according to X" */
        size_t a = k + *len + (size_t)by_agent, b;
        while (a < c->n && tok(c, a, "\""))
            a++; /* 'citing "credible sources,"': the words inside the marks */
        b = a;
        while (b < c->n && !tok(c, b, ",") && !tok(c, b, ".") && !tok(c, b, "(") &&
               !tok(c, b, "\"") && !aside_mark(c, b) &&
               !c->qty_at[b] &&
               (!c->trig_at[b] || press_release(c, b) || capitalised_in_name(c, a, b) ||
                tok(c, b + 1, "by") || (weekday(c, b + 1) && tok(c, b + 2, "by"))) &&
               /* "information gathered by X", "figures released Friday by X" */
               (b < a + 10 || (b < a + 16 && in_long_name(c, b))) &&
               !(by_agent && b > a && tok_in_list(c, b, agent_end)))
            b++;
        /* "according to figures compiled by X": the compiler. */
        for (size_t m = a; m < b; m++)
            if ((tok(c, m, "by") || tok(c, m, "from")) && m + 1 < b)
                a = m + 1;
        if (b == a + 1 && tok_in_list(c, a, bare_findings))
            return 0; /* "according to information": no one's */
        if (only_names(c, a, b) && tok(c, b, ",") && speaker_after(c, text, a, out))
            return 1; /* "according to R. S., a spokeswoman for the X Hospital": the
                       * body she speaks for */
        out->to = b;
        out->after = 1;
        return named(c, text, out, a, b);
    }
    if (tok_in_list(c, k, shows))
        return agent_of_findings(c, text, k, out);
    size_t as_at = quoted_as_saying(c, k);
    if (as_at) { /* "RIA quoted X, an official of the Y, as saying": X speaks */
        size_t comma = k + 1;
        while (comma < as_at && !tok(c, comma, ","))
            comma++;
        if (comma < as_at)
            return speaker_after(c, text, k + 1, out);
        *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = k,
                                .to = as_at, .after = 1};
        return named(c, text, out, k + 1, as_at);
    }
    /* '"...," said the party', "..., said Ruth Mwangi", "..., reported the
     * Ombudsman's Office": the speaker after the verb, when a comma or a closing quotation mark ends the claim,
     * an adverb aside ('"...," nevertheless said the spokesman'). */
    size_t before = k > 1 && (when_adverb(c, k - 1) || tok_in_list(c, k - 1, contrast_adverbs))
                        ? k - 1 : k;
    if (before > 0 && (tok(c, k, "said") || tok(c, k, "says") || tok(c, k, "added") ||
                       tok(c, k, "wrote") || tok(c, k, "writes") || tok(c, k, "reported") ||
                       tok(c, k, "reports")) &&
        (tok(c, before - 1, ",") || tok(c, before - 1, "\"")) &&
        ((c->nq && c->q[0].t0 < k) || after_quotation(c, before)) &&
        speaker_after(c, text, k + 1, out) && clause_over(c, out->to))
        return 1; /* not "Viasna, a rights centre, said police detained 41" */
    *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = k, .to = k + *len};
    /* "were reported killed", "was estimated at": a passive names no
     * speaker before it. */
    if (k > 0 && (tok(c, k - 1, "were") || tok(c, k - 1, "was") || tok(c, k - 1, "been") ||
                  tok(c, k - 1, "are") || tok(c, k - 1, "is") || tok(c, k - 1, "being")))
        return 0;
    /* "those admitted", "those reported missing": a participle after
     * "those" describes people, it quotes no one. */
    if (k > 0 && tok(c, k - 1, "those"))
        return 0;
    /* "demonstrators estimated at 20,000": the participle of a count's
     * estimate, no one who estimates */
    if (tok(c, k, "estimated") && k > 0 && crowd_noun(c, k - 1) &&
        ((tok(c, k + 1, "at") && !tok(c, k + 2, "least") && !tok(c, k + 2, "most")) ||
         tok(c, k + 1, "in")))
        return 0;
    /* "X said": X before the verb; skip "on Tuesday", "also", "later". */
    size_t end = k;
    for (;;) {
        while (end > 0 && (has(c, end - 1, LC_AUX) || when_adverb(c, end - 1)) &&
               !name_tail(c, end - 1)) {
            if (passive_be(c, end - 1))
                break;
            end--;
        }
        if (end >= 4 && tok(c, end - 1, ",") && tok_in_list(c, end - 2, contrast_adverbs) &&
            tok(c, end - 3, ",")) {
            end -= 3; /* "X speaking earlier today, however, said" */
            continue;
        }
        if (end >= 2 && tok(c, end - 1, "speaking")) {
            end--; /* "X speaking earlier today said": X, not the time */
            continue;
        }
        static const char *const day_det[] = {"on", "last", "next", "this", "every", "each",
                                              "that", "by", "until", "since", "of", NULL};
        if (end >= 2 && weekday(c, end - 1) && c->t[end - 2].kind == TK_WORD &&
            !tok_in_list(c, end - 2, day_det) && !has(c, end - 2, LC_STOP)) {
            end--; /* "The Ombudsman Office Saturday reported": the day is no speaker */
            continue;
        }
        static const char *const spans[] = {"week", "weekend", "month", NULL};
        if (end >= 3 && tok_in_list(c, end - 1, spans) &&
            (tok(c, end - 2, "this") || tok(c, end - 2, "last"))) {
            end -= 2; /* "the group this week announced": the time is no speaker */
            continue;
        }
        if (end < 2 || !weekday(c, end - 1) ||
            !(tok(c, end - 2, "on") || tok(c, end - 2, "last") || tok(c, end - 2, "this")))
            break;
        end -= 2; /* "police on Sunday said", "police last Saturday said": the day is
                   * no speaker */
    }
    if (end == 0 || passive_be(c, end - 1))
        return 0; /* "the results were announced": no speaker */
    end = before_acronym(c, past_contact_clause(c, end));
    int relative = end >= 2 && (tok(c, end - 1, "who") || tok(c, end - 1, "which"));
    if (relative) {
        end--; /* "disputed by organisers, who said": the noun the clause is about */
        if (tok(c, end - 1, ","))
            end--;
    }
    if (end == 0)
        return 0;
    /* "X, a local rights group, said" and "X, which ..., says": the
     * speaker is X, or the description when X is a person's name. */
    if (tok(c, end - 1, ",")) {
        size_t x0 = 0, x1 = 0;
        out->a.name = appositive_speaker(c, text, end - 1, aside, &x0, &x1);
        out->from = x0;
        out->speaker = out->a.name.len && speaker_like(c, x0, x1);
        return out->a.name.len > 0;
    }
    if (tok(c, end - 1, "'s") || c->t[end - 1].kind == TK_NUM)
        return 0;
    if (tok(c, end - 1, "and") || tok(c, end - 1, "but"))
        return 0; /* "deleted the post on 19 February and wrote": a second verb */
    size_t a = np_start(c, end, 0);
    if (a == end)
        return 0;
    if (relative && counted_noun(c, a, end))
        return 0; /* "20 people who said they had been beaten": the counted, no speaker */
    a = before_participle(c, a, &end);
    if (participle_of_object(c, a, end) || time_object(c, a, end))
        return 0; /* "freed under an amnesty announced on Friday" */
    if (noun_of_report(c, k, a))
        return 0; /* "notes with concern reports of violence": a noun */
    out->from = a;
    if (is_pronoun(c, a, end)) {
        size_t s1 = own_clause_subject(c, a);
        if (s1) /* "The Metropolitan Police issued a defence as it confirmed" */
            return named(c, text, out, tok(c, 0, "the"), s1);
        out->pronoun = 1;
        return 1;
    }
    /* "A police spokesman, Superintendent J. K., said": prefer the
     * description before the name. */
    if (only_names(c, a, end) && a >= 2 && tok(c, a - 1, ",")) {
        size_t a2 = np_start(c, a - 1, 0);
        if (a2 < a - 1 && !prep_object(c, a2) && !(a2 > 0 && c->qty_at[a2 - 1]) &&
            !time_of_day(c, a2, a - 1)) {
            /* but "detained 66 people, Reuters reported": the count's noun */
            out->from = a2;
            size_t body = official_of(c, a2, a - 1); /* "LLAN's director, M. O., said" */
            if (named(c, text, out, a2, body < a - 1 ? body : end))
                return 1;
        }
    }
    /* "Dr. R. A., the medical superintendent at X, said". */
    if (tok(c, end - 1, ",") == 0 && a >= 2 && tok(c, a - 1, ",")) {
        size_t a2 = np_start(c, a - 1, 0);
        if (a2 < a - 1 && only_names(c, a2, a - 1)) {
            out->from = a2;
            if (named(c, text, out, a, end))
                return 1;
        }
    }
    size_t from = from_place(c, a, end);
    if (from) {
        size_t a2 = np_start(c, from, 0);
        if (a2 < from) {
            out->from = a2; /* "a police officer from the city of X told AFP" */
            return named(c, text, out, a2, from);
        }
    }
    out->from = a;
    return named(c, text, out, a, end);
}

/* "25 held (police figure)", "(official figures)": a speaker in brackets
 * after a count, the bracket opening at token k.  Returns 1 and fills
 * *out (with *len the tokens up to the closing bracket) when the shape is
 * there. */
static int bracket_figure(const struct sentence_ctx *c, struct vg_str text, size_t k,
                          size_t *len, struct en_attr *out) {
    static const char *const nouns[] = {"figure", "figures", "count", "estimate", "data", NULL};
    if (c->nq == 0 || c->q[0].t0 >= k || c->t[k].kind != TK_PUNCT || !tok(c, k, "("))
        return 0; /* a count before it */
    for (size_t m = k + 2; m < c->n && m <= k + 4; m++) {
        if (!tok_in_list(c, m, nouns))
            continue;
        if (!tok(c, m + 1, ")"))
            return 0;
        for (size_t w = k + 1; w < m; w++)
            if (c->t[w].kind != TK_WORD)
                return 0;
        *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = k, .to = m + 2};
        *len = m + 2 - k;
        if (!named(c, text, out, k + 1, m))
            return 0;
        out->speaker = 1;
        return 1;
    }
    return 0;
}

/* The end of a speaker's noun phrase that starts at token a, read
 * forwards: words (a full stop only inside initials or titles: "Dr. R.
 * Mwangi"), up to a comma, a full stop or eight words. */
static size_t np_end_after(const struct sentence_ctx *c, size_t a) {
    size_t b = a;
    while (b < c->n && b < a + 8 && np_word(c, b) && !c->qty_at[b] &&
           !(tok(c, b, ".") && !(b + 1 < c->n && (c->t[b + 1].flags & TF_CAP))) &&
           !tok(c, b, "on") && !tok(c, b, "in") && !tok(c, b, "at"))
        b++;
    return b;
}

/* A speaker after its verb, at tokens [a, ...): "said the party", "said
 * Ruth Mwangi, a lawyer", "post by X, leader of the Freedom Bloc": the
 * name, or its apposition when that names a body or an office ("leader of
 * the opposition Freedom Bloc", "a police spokesman").  Fills *out; returns
 * whether it names one. */
static int speaker_after(const struct sentence_ctx *c, struct vg_str text, size_t a,
                         struct en_attr *out) {
    if (a >= c->n || tok(c, a, "that") || is_pronoun(c, a, a + 1))
        return 0;
    if (weekday(c, a))
        return 0; /* "X, a police commander, said Saturday": the day, no speaker */
    size_t b = np_end_after(c, a);
    if (b == a)
        return 0;
    out->after = 1;
    out->to = b;
    if (only_names(c, a, b) && tok(c, b, ",")) {
        size_t d1 = np_end_after(c, b + 1);
        for (size_t m = b + 1; m < d1; m++)
            if (has(c, m, LC_ORG)) {
                out->to = d1;
                if (named(c, text, out, b + 1, d1))
                    return 1;
                break;
            }
    }
    return named(c, text, out, a, b);
}

/* The credit of a quoted claim, read from token a after its dash: "post
 * by X", "headline in the daily Y", "Freedom Bloc statement".  Fills
 * *out (its tokens up to out->to); returns whether it names a speaker. */
static int credit_after_dash(const struct sentence_ctx *c, struct vg_str text, size_t a,
                             struct en_attr *out) {
    static const char *const media[] = {"post", "posts", "tweet", "statement", "headline",
                                        "message", "video", "article", "claim", "caption",
                                        "speech", "interview", NULL};
    static const char *const by[] = {"by", "in", "from", "on", "of", NULL};
    if (tok_in_list(c, a, media) && tok_in_list(c, a + 1, by))
        return speaker_after(c, text, a + 2, out) && (out->speaker = 1);
    size_t b = np_end_after(c, a);
    if (b < a + 2 || !tok_in_list(c, b - 1, media) || !named(c, text, out, a, b - 1))
        return 0; /* "Freedom Bloc statement": the body before the noun */
    out->to = b;
    out->speaker = 1;
    return 1;
}

/* A credit line after a quoted claim in its sentence: '"..." - post by
 * X'.  The dash at token k follows a closing quotation mark and a count.
 * Fills *out (with *len its tokens) when the shape is there. */
static int credit_line(const struct sentence_ctx *c, struct vg_str text, size_t k, size_t *len,
                       struct en_attr *out) {
    if (!tok(c, k, "-") || k < 2 || !tok(c, k - 1, "\"") || c->nq == 0 || c->q[0].t0 >= k)
        return 0;
    *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = k + 1};
    if (!credit_after_dash(c, text, k + 1, out))
        return 0;
    *len = out->to - k;
    return 1;
}

/* A headline's credit before a colon: "Interior Ministry: Over 400
 * protesters detained", "Police: 20 arrested at rally".  The colon at
 * token k closes a short opening phrase of words, one of them an
 * organisation's word or a speaker's ("ministry", "police", "group",
 * "organisers"), and a count follows it; "Kenya: 20 arrested" or
 * "UPDATE: 20 arrested" credit no one.  The count comes right after the
 * colon, as a headline has it.  Fills *out (with *len 1). */
static int colon_credit(const struct sentence_ctx *c, struct vg_str text, size_t k, size_t *len,
                        struct en_attr *out) {
    enum { MAX_WORDS = 5 };
    if (!tok(c, k, ":") || k == 0 || k > MAX_WORDS || c->nq == 0 || c->q[0].t0 <= k ||
        c->q[0].t0 > k + 3 || is_article(c, 0))
        return 0; /* "The MINISTER OF POLICE: Hon Chair, ...": a transcript's speaker */
    int org = 0;
    for (size_t w = 0; w < k; w++) {
        if (c->t[w].kind != TK_WORD && !tok(c, w, "'s"))
            return 0;
        if (c->trig_at && c->trig_at[w])
            return 0; /* "Detained: 40": a heading of a count */
        org |= has(c, w, LC_ORG);
    }
    if (!org && !speaker_like(c, k - 1, k))
        return 0;
    if (!org && (c->t[k - 1].flags & TF_CAP) && !has(c, k - 1, LC_WHO))
        return 0; /* a capitalised name alone may be a place's */
    *out = (struct en_attr){.a = {.at = k, .name = VG_STR_NULL}, .from = 0, .to = k + 1};
    if (!named(c, text, out, 0, k))
        return 0;
    out->speaker = 1;
    *len = 1;
    return 1;
}

struct vg_str source_credit(const struct sentence_ctx *c, struct vg_str text) {
    struct en_attr out = {0};
    if (c->n < 3 || !tok(c, 0, "-") || !credit_after_dash(c, text, 1, &out))
        return VG_STR_NULL;
    return out.a.name;
}

struct vg_str source_of_sentence(const struct sentence_ctx *c, struct vg_str text, int *pronoun,
                                 struct vg_span *aside) {
    *pronoun = 0;
    aside->start = aside->end = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t len;
        struct en_attr at;
        if (c->t[k].kind == TK_PUNCT && c->nq &&
            (bracket_figure(c, text, k, &len, &at) || credit_line(c, text, k, &len, &at) ||
             colon_credit(c, text, k, &len, &at)))
            return at.a.name;
        if (!may_say(c, k))
            continue;
        if (attribution_at(c, text, k, &len, &at, aside)) {
            *pronoun = at.pronoun;
            return at.a.name;
        }
    }
    return VG_STR_NULL;
}

size_t source_en_attributions(const struct sentence_ctx *c, struct vg_str text,
                              struct en_attr *out, size_t cap, struct vg_span *first_aside) {
    size_t n = 0;
    struct vg_span aside = {0, 0};
    for (size_t k = 0; k < c->n && n < cap; k++) {
        size_t len;
        if (c->t[k].kind == TK_PUNCT && c->nq &&
            (bracket_figure(c, text, k, &len, &out[n]) || credit_line(c, text, k, &len, &out[n]) ||
             colon_credit(c, text, k, &len, &out[n]))) {
            if (n == 0 && first_aside)
                *first_aside = aside;
            n++;
            k += len - 1;
            continue;
        }
        if (!may_say(c, k) || !attribution_at(c, text, k, &len, &out[n], &aside))
            continue;
        if (n == 0 && first_aside)
            *first_aside = aside; /* as source_of_sentence leaves it */
        /* "X said its monitors had recorded 18 deaths", "X said that
         * volunteers counted 300": the speaker's own people, or a claim X
         * relays, stay X's. */
        size_t f = out[n].from;
        if ((f > 0 && (tok(c, f - 1, "its") || tok(c, f - 1, "their") || tok(c, f - 1, "our") ||
                       tok(c, f - 1, "his") || tok(c, f - 1, "her"))) ||
            (n > 0 && out[n].a.at > f && !out[n - 1].after &&
             (f == out[n - 1].to || (f == out[n - 1].to + 1 && tok(c, f - 1, "that")))))
            out[n].speaker = out[n].pronoun = 0;
        n++;
        k += len - 1;
    }
    if (n == 0 && first_aside)
        *first_aside = aside;
    return n;
}

struct vg_str source_pick(const struct src_attr *attrs, size_t n, size_t t0) {
    const struct src_attr *before = NULL, *after = NULL;
    for (size_t i = 0; i < n; i++) {
        if (attrs[i].at < t0)
            before = &attrs[i];
        else if (!after)
            after = &attrs[i];
    }
    const struct src_attr *r = before ? before : after;
    return r && r->name.len ? r->name : VG_STR_NULL;
}

/* Does token k end a clause that may have a source of its own ("...,
 * while police put the number at 4,000")? */
static int clause_edge(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "while") || tok(c, k, "whereas") || tok(c, k, "but") ||
           tok(c, k, ";") || (tok(c, k, "and") && k > 0 && tok(c, k - 1, ","));
}

/* The clause [*c0, *c1) that holds token t. */
static void clause_of(const struct sentence_ctx *c, size_t t, size_t *c0, size_t *c1) {
    *c0 = t;
    *c1 = t;
    while (*c0 > 0 && !clause_edge(c, *c0 - 1))
        (*c0)--;
    while (*c1 < c->n && !clause_edge(c, *c1))
        (*c1)++;
}

/* Does the attribution close its clause ("..., police said."), so that it
 * may speak for the clauses before it too, rather than introduce a count
 * of its own ("while police said 120")? */
static int closes_clause(const struct sentence_ctx *c, const struct en_attr *a) {
    size_t c0, c1;
    clause_of(c, a->a.at, &c0, &c1);
    for (size_t k = a->to; k < c1; k++)
        if (c->qty_at[k])
            return 0;
    return 1;
}

/* Does the clause [c0, c1) give the report's own count: "our count is
 * 61", "by our tally 70"? */
static int own_count(const struct sentence_ctx *c, size_t c0, size_t c1) {
    static const char *const counts[] = {"count", "tally", "figure", "figures", "records",
                                         "monitors", "data", "estimate", NULL};
    for (size_t k = c0; k + 1 < c1; k++)
        if (tok(c, k, "our") && tok_in_list(c, k + 1, counts))
            return 1;
    return 0;
}

/* "Turnout was put at 40,000 by organisers and 12,000 by police": the
 * agent right after the count at [t0, t1), when a verb of estimating
 * stands before it in the sentence.  VG_STR_NULL when there is none. */
static struct vg_str agent_after(const struct sentence_ctx *c, struct vg_str text, size_t t0,
                                 size_t t1) {
    static const char *const estimating[] = {"put", "estimated", "given", "counted", "placed",
                                             "reported", "gave", "estimates", NULL};
    size_t a = t1 + 1;
    if (!tok(c, t1, "by"))
        return VG_STR_NULL;
    if (is_article(c, a))
        a++;
    size_t b = a;
    while (b < c->n && b < a + 5 && c->t[b].kind == TK_WORD && !tok(c, b, "and") &&
           !tok(c, b, "or") && !tok(c, b, "while") && !tok(c, b, "but") && !c->qty_at[b] &&
           !has(c, b, LC_SAY) && !has(c, b, LC_STOP))
        b++;
    if (b == a || weekday(c, a) || month_of_date(c, a) || !speaker_like(c, a, b) ||
        c->trig_at[a])
        return VG_STR_NULL; /* "by Monday", "by the end of the week" */
    for (size_t k = 0; k < t0; k++)
        if (tok_in_list(c, k, estimating))
            return span_text(c, text, a, b);
    return VG_STR_NULL;
}

/* "The authorities' official death toll has remained at 41", "by the
 * government's own count, more than 200": a count owned by a body a few
 * plain words before the number at t0.  Returns the token of the "'s" (or
 * "'") after the owner's last word, or 0 when there is none. */
static size_t owned_count_before(const struct sentence_ctx *c, size_t t0) {
    static const char *const counts[] = {"toll", "tally", "count", "figure", "figures", NULL};
    static const char *const adjs[] = {"official", "own", "death", "latest", "updated", "new",
                                       "final", NULL};
    size_t m = t0;
    if (m > 0 && tok(c, m - 1, ","))
        m--; /* "by the government's own count, 200" */
    for (size_t k = m; k > 1 && m - k < 6; k--) {
        const struct token *t = &c->t[k - 1];
        if (tok_in_list(c, k - 1, counts)) {
            size_t p = k - 1;
            while (p > 1 && k - 1 - p < 3 && tok_in_list(c, p - 1, adjs))
                p--;
            return tok(c, p - 1, "'s") || tok(c, p - 1, "'") ? p - 1 : 0;
        }
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || c->qty_at[k - 1] ||
            has(c, k - 1, LC_SAY) || has(c, k - 1, LC_STOP) || c->trig_at[k - 1])
            return 0;
    }
    return 0;
}

/* Is the byte range [a, b) of text a line of its own: only white space
 * between it and the line breaks (or the text's ends) around it? */
static int own_line(struct vg_str text, size_t a, size_t b) {
    while (a > 0 && (text.ptr[a - 1] == ' ' || text.ptr[a - 1] == '\t'))
        a--;
    while (b < text.len && (text.ptr[b] == ' ' || text.ptr[b] == '\t' || text.ptr[b] == '\r'))
        b++;
    return (a == 0 || text.ptr[a - 1] == '\n') && (b == text.len || text.ptr[b] == '\n');
}

struct vg_str source_headline_credit(const struct sentence_ctx *c, struct vg_str text) {
    if (c->n < 4 || !c->nq || tok(c, c->n - 1, ".") || tok(c, c->n - 1, "?") ||
        tok(c, c->n - 1, "!") || !own_line(text, c->t[0].start, c->t[c->n - 1].end))
        return VG_STR_NULL;
    size_t mark = c->n;
    for (size_t k = c->n - 1; k > 0 && c->n - k <= 7; k--)
        if (tok(c, k, ":") || aside_mark(c, k)) {
            mark = k;
            break;
        }
    if (mark == c->n || mark + 1 >= c->n || tok(c, mark, ")") || tok(c, mark, ";"))
        return VG_STR_NULL;
    /* "...: Watchdog Report", "...: UN Says": the credit's verb or noun */
    static const char *const tail[] = {"report", "reports", "says", "say", "finds", "find",
                                       "claims", "warns", "confirms", "alleges", NULL};
    size_t a = mark + 1, b = c->n;
    if (is_article(c, a))
        a++;
    if (b > a + 1 && tok_in_list(c, b - 1, tail))
        b--;
    for (size_t k = a; k < b; k++)
        if ((c->t[k].kind != TK_WORD && !tok(c, k, "'s") && !tok(c, k, "&")) || c->qty_at[k] ||
            c->trig_at[k] || has(c, k, LC_SAY) || has(c, k, LC_STOP))
            return VG_STR_NULL;
    if (a >= b || !speaker_like(c, a, b))
        return VG_STR_NULL;
    return span_text(c, text, a, b);
}

/* The owner after "by the count of": "a local monitor", up to the end of
 * its clause and at most six words. */
static struct vg_str count_of_owner(const struct sentence_ctx *c, struct vg_str text, size_t a) {
    if (is_article(c, a))
        a++;
    size_t b = a;
    while (b < c->n && b < a + 6 && c->t[b].kind == TK_WORD && !c->qty_at[b] &&
           !tok(c, b, "while") && !tok(c, b, "and") && !tok(c, b, "but") && !has(c, b, LC_SAY))
        b++;
    if (b == a || !speaker_like(c, a, b))
        return VG_STR_NULL;
    return span_text(c, text, a, b);
}

/* "3,000 joined the march, by the organisers' count", "by police
 * estimates": a body's count named after the number at t1, in its
 * sentence and before any other number.  VG_STR_NULL when there is none,
 * or when the owner is no one in particular ("by some estimates", "by
 * most counts"). */
static struct vg_str owner_count_after(const struct sentence_ctx *c, struct vg_str text,
                                       size_t t1) {
    static const char *const counts[] = {"count", "counts", "tally", "tallies", "estimate",
                                         "estimates", "reckoning", "figures", "calculations",
                                         "calculation", NULL};
    static const char *const adjs[] = {"own", "official", "latest", "initial", "conservative",
                                       "preliminary", NULL};
    static const char *const vague[] = {"some", "most", "many", "other", "several", "various",
                                        "all", "one", "their", "its", "his", "her", "our",
                                        "unofficial", NULL};
    for (size_t k = t1; k + 2 < c->n && k < t1 + 14; k++) {
        if (c->qty_at[k] || tok(c, k, ".") || tok(c, k, ";"))
            return VG_STR_NULL;
        if (!tok(c, k, "by"))
            continue;
        size_t a = k + 1;
        if (is_article(c, a))
            a++;
        if (tok_in_list(c, a, counts) && tok(c, a + 1, "of"))
            return count_of_owner(c, text, a + 2); /* "by the count of a local monitor" */
        if (tok(c, a, "official") && tok_in_list(c, a + 1, counts))
            return vg_str_cstr("officials"); /* "by official figures" */
        size_t b = a;
        while (b < c->n && b < a + 4 && c->t[b].kind == TK_WORD && !tok_in_list(c, b, counts) &&
               !tok_in_list(c, b, adjs) && !tok(c, b, "'s"))
            b++;
        size_t m = b;
        if (m < c->n && (tok(c, m, "'s") || tok(c, m, "'")))
            m++;
        while (m < c->n && tok_in_list(c, m, adjs))
            m++;
        if (b == a || !tok_in_list(c, m, counts))
            continue; /* "arrested by officers in Lagos, by official figures" */
        if (tok_in_list(c, a, vague) || !speaker_like(c, a, b))
            return VG_STR_NULL;
        return span_text(c, text, a, b);
    }
    return VG_STR_NULL;
}

struct vg_str source_count_owner(const struct sentence_ctx *c, struct vg_str text, size_t t0,
                                 size_t t1) {
    static const char *const counts[] = {"toll", "tally", "count", "figure", "figures",
                                         "estimate", "number", "total", NULL};
    struct vg_str agent = agent_after(c, text, t0, t1);
    if (agent.len)
        return agent;
    agent = owner_count_after(c, text, t1);
    if (agent.len)
        return agent;
    static const char *const claims[] = {"claim", "claims", "report", "statement",
                                         "assertion", "allegation", NULL};
    /* "the opposition's claim that 300 people had been arrested" */
    int of_count = t0 >= 4 && tok(c, t0 - 1, "of") && tok_in_list(c, t0 - 2, counts);
    int that_claim = t0 >= 4 && tok(c, t0 - 1, "that") && tok_in_list(c, t0 - 2, claims) &&
                     (tok(c, t0 - 3, "'s") || tok(c, t0 - 3, "'"));
    size_t owned = of_count || that_claim ? 0 : owned_count_before(c, t0);
    if (!of_count && !that_claim && !owned)
        return VG_STR_NULL;
    size_t k = owned ? owned : t0 - 3; /* the owner's last word, or "official" */
    if (tok(c, k, "official"))
        return vg_str_cstr("officials"); /* "the official tally of 8" */
    if (tok(c, k, "'s") || tok(c, k, "'"))
        k--; /* "the government's figure of 9" */
    size_t a = k + 1;
    while (a > 0 && k + 1 - a < 4 && c->t[a - 1].kind == TK_WORD && !is_article(c, a - 1) &&
           (has(c, a - 1, LC_ORG) || has(c, a, LC_ORG) || (c->t[a - 1].flags & TF_CAP) ||
            speaker_like(c, a - 1, a)))
        a--; /* "the police figure of 9", "the health ministry's count of 30",
              * "the opposition's claim that 300" */
    int named_owner = owned && a <= k && (c->t[a].flags & TF_CAP); /* "Amnesty's tally" */
    if (a > k || ((a == 0 || !(is_article(c, a - 1) || tok(c, a - 1, "its") ||
                               tok(c, a - 1, "their"))) && !named_owner))
        return VG_STR_NULL; /* "the death toll of 12", "a total of 40" */
    return span_text(c, text, a, k + 1);
}

/* Is the attribution, after the count at t0, the verb of an "after",
 * "before" or "when" clause of events ("21 were killed after the top court
 * confirmed the result, the minister said"): a body that acted, which
 * makes no claim about the count? */
static int event_clause(const struct sentence_ctx *c, const struct en_attr *a, size_t t0) {
    static const char *const conj[] = {"after", "before", "when", NULL};
    if (a->after || a->from <= t0 || a->from == 0)
        return 0;
    for (size_t k = a->from; k < a->a.at; k++)
        if (tok(c, k, ","))
            return 0; /* "after Saturday, a rights group said": an apposition */
    /* "after the court", "after Mozambique's top court": the conjunction
     * a few words of the speaker's phrase before it */
    for (size_t k = a->from; k > t0 && a->from - k < 4; k--) {
        if (tok_in_list(c, k - 1, conj))
            return 1;
        if (c->t[k - 1].kind != TK_WORD && !tok(c, k - 1, "'s"))
            return 0;
    }
    return 0;
}

struct vg_str source_en_pick(const struct sentence_ctx *c, const struct en_attr *attrs,
                             size_t n, size_t t0, struct vg_str fallback,
                             struct vg_str inherited) {
    struct src_attr all[16], mine[16];
    size_t n_all = 0, n_mine = 0, speakers = 0;
    int skipped = 0; /* an event clause's body was left out */
    size_t c0, c1;
    clause_of(c, t0, &c0, &c1);
    /* "the 41 counted by medics": the count's own agent, right after it. */
    for (size_t i = 0; i < n; i++)
        if (attrs[i].after && attrs[i].speaker && attrs[i].a.at > t0 && attrs[i].a.at <= t0 + 3 &&
            !tok(c, attrs[i].a.at, "according") && attrs[i].a.name.len)
            return attrs[i].a.name;
    int own = own_count(c, c0, c1);
    for (size_t i = 0; i < n && own; i++)
        if (attrs[i].a.at >= c0 && attrs[i].a.at < c1)
            own = 0; /* "police say our count is wrong" */
    if (own && c0 > 0)
        return VG_STR_NULL; /* "Police say 55; our count is 61" */
    for (size_t i = 0; i < n && n_all < 16; i++) {
        if (event_clause(c, &attrs[i], t0)) {
            skipped = 1;
            continue;
        }
        if (!attrs[i].speaker && !attrs[i].pronoun)
            continue;
        struct src_attr a = attrs[i].a;
        /* "he", "they": the speaker before, in this sentence or the last */
        if (attrs[i].pronoun)
            a.name = n_all ? all[n_all - 1].name : inherited;
        if (!attrs[i].pronoun || !n_all)
            speakers++;
        /* One that introduces a later clause's count speaks for no
         * clause before it: "At least 25 were hurt, but police said 9". */
        if (a.at >= c0 && a.at < c1)
            mine[n_mine++] = a;
        if (a.at < t0 || closes_clause(c, &attrs[i]))
            all[n_all++] = a;
        else if (attrs[i].pronoun)
            all[n_all++] = (struct src_attr){.at = a.at, .name = VG_STR_NULL};
    }
    if (speakers < 2 && !skipped)
        return fallback; /* the sentence's one speaker */
    if (speakers < 2)
        return n_all ? source_pick(all, n_all, t0) : VG_STR_NULL;
    return n_mine ? source_pick(mine, n_mine, t0) : source_pick(all, n_all, t0);
}

/* "revised the death toll to one", "lowered its count to 41": a verb of
 * revision at token k. */
static int revise_at(const struct sentence_ctx *c, size_t k) {
    static const char *const verbs[] = {"revised", "revises", "revise", "revising",
                                        "lowered", "lowers", "downgraded", "scaled", NULL};
    return c->t[k].kind == TK_WORD && word_list_has_token(verbs, &c->t[k]);
}

/* The new value of a revision at cue: the quantity or number word after
 * the first "to" that follows it in the clause ("to 41", "to one", which
 * counts no group), or -1; *qi_out is its quantity, or SIZE_MAX. */
static int64_t revised_to(const struct sentence_ctx *c, size_t cue, size_t *qi_out) {
    *qi_out = SIZE_MAX;
    for (size_t k = cue + 1; k + 1 < c->n && k <= cue + 16; k++) {
        if (tok(c, k, ";") || tok(c, k, "."))
            return -1;
        if (!tok(c, k, "to"))
            continue;
        if (c->qty_at[k + 1]) {
            size_t i = c->qty_at[k + 1] - 1u;
            if (c->q[i].high == VG_OPEN)
                return -1;
            *qi_out = i;
            return c->q[i].high;
        }
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k + 1, LC_NUM, &len);
        return e && !e->mult ? e->a : -1;
    }
    return -1;
}

/* A revision down: a revise verb whose new value is below some other
 * count of the sentence ("revised the toll to one, after announcing
 * three"), the higher count withdrawn.  A revision up supersedes the old
 * count, which stays reported (GUIDELINES.md). */
static size_t revise_cue(const struct sentence_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        size_t nq;
        int64_t nv = revise_at(c, k) ? revised_to(c, k, &nq) : -1;
        if (nv < 0)
            continue;
        for (size_t i = 0; i < c->nq; i++)
            if (i != nq && c->q[i].low > nv)
                return k;
    }
    return c->n;
}

/* Is the retraction word at k a "withdraw" whose object is a thing that
 * is no figure: "the charges against nine have been withdrawn", "demand
 * that the new fees be withdrawn", "withdrew its troops"?  Forces count
 * only after the verb: "Police are withdrawing their estimate" takes back
 * a figure. */
static int withdraws_thing(const struct sentence_ctx *c, size_t k) {
    static const char *const things[] = {
        "charge", "charges", "case", "cases", "complaint", "complaints", "lawsuit", "suit",
        "appeal", "appeals", "bill", "law", "decree", "order", "fee", "fees", "schedule",
        "tax", "subsidy", "subsidies", "plan", "proposal", "reform", "accreditation",
        "licence", "license", "permit", "permission", "candidacy", "support", "ambassador",
        "offer", NULL};
    static const char *const forces[] = {"troops", "forces", "police", "officers",
                                         "soldiers", "units", NULL};
    if (c->t[k].fold.len < 6 || memcmp(c->t[k].fold.ptr, "withdr", 6) != 0)
        return 0;
    size_t a = k > 8 ? k - 8 : 0, b = k + 4 < c->n ? k + 4 : c->n;
    for (size_t m = a; m < b; m++)
        if (m != k && (tok_in_list(c, m, things) || (m > k && tok_in_list(c, m, forces))))
            return 1;
    return 0;
}

size_t source_retract_cue(const struct sentence_ctx *c) {
    for (size_t k = 0, len; k < c->n; k++)
        if (lex_match(c->lx, c->t, c->n, k, LC_RETRACT, &len) && !withdraws_thing(c, k))
            return k;
    return revise_cue(c);
}

/* The speaker-like noun phrase that opens the sentence and ends just
 * before the verb at k, past adverbs and auxiliaries ("officials have
 * since withdrawn"); VG_STR_NULL when there is none. */
static struct vg_str subject_before(const struct sentence_ctx *c, struct vg_str text, size_t k,
                                    const char *const *adverbs) {
    size_t end = k;
    while (end > 0 && (tok_in_list(c, end - 1, adverbs) || tok(c, end - 1, "are") ||
                       tok(c, end - 1, "is")))
        end--;
    size_t a = np_start(c, end, 0);
    if (a >= end || a > 0 || !speaker_like(c, a, end))
        return VG_STR_NULL; /* the subject opens the sentence */
    return span_text(c, text, a, end);
}

/* "The Health Ministry withdrew its earlier figure of 318", "The agency
 * denied its own earlier report that 30 ...": the subject of a verb whose
 * object is its own ("its", "their") figure is the source of a figure
 * the sentence withdraws.  VG_STR_NULL when there is no such subject. */
struct vg_str source_retractor(const struct sentence_ctx *c, struct vg_str text) {
    static const char *const adverbs[] = {"later", "since", "subsequently", "also", "then",
                                          "has", "have", "had", "quickly", "swiftly", NULL};
    static const char *const epithets[] = {"own", "earlier", "previous", "initial",
                                           "original", "first", NULL};
    static const char *const counts[] = {"figure", "figures", "count", "toll", "tally",
                                         "report", "statement", "claim", "estimate",
                                         "number", "total", "announcement", NULL};
    for (size_t k = 2; k + 1 < c->n; k++) {
        if (!tok(c, k, "its") && !tok(c, k, "their"))
            continue;
        size_t m = k + 1;
        while (m < c->n && m < k + 4 && tok_in_list(c, m, epithets))
            m++;
        if (m == c->n || !tok_in_list(c, m, counts))
            continue;
        return subject_before(c, text, k - 1, adverbs);
    }
    /* "The army disavows the figure", "City officials rescinded a
     * statement saying ...": the subject of the retraction verb itself,
     * when a determiner opens its object. */
    static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her", NULL};
    size_t k = source_retract_cue(c), len;
    if (k == c->n || !lex_match(c->lx, c->t, c->n, k, LC_RETRACT, &len) ||
        !tok_in_list(c, k + len, dets) || k == 0)
        return VG_STR_NULL;
    return subject_before(c, text, k, adverbs);
}

int source_is_vague(struct vg_str source) {
    static const char *const heads[] = {"reports", "estimates", "accounts", NULL};
    static const char *const mods[] = {"various", "some", "several", "many", "other",
                                       "unconfirmed", "media", "press", "news", "initial",
                                       "early", "earlier", "different", "conflicting",
                                       "varying", "independent", "unofficial", NULL};
    static const char *const nouns[] = {"media", NULL};
    char buf[24];
    size_t i = 0, words = 0;
    while (i < source.len) {
        size_t j = i;
        while (j < source.len && source.ptr[j] != ' ')
            j++;
        if (j - i >= sizeof buf)
            return 0;
        for (size_t k = i; k < j; k++)
            buf[k - i] = (char)(source.ptr[k] >= 'A' && source.ptr[k] <= 'Z' ? source.ptr[k] + 32
                                                                              : source.ptr[k]);
        struct vg_str w = vg_str_make(buf, j - i);
        int last = j >= source.len;
        /* "Various estimates put ...": a lone determiner read as the
         * speaker of "estimates" */
        int lone = last && words == 0 && word_list_has(mods, w) && !word_list_has(nouns, w);
        if (!lone && !(last ? word_list_has(heads, w) && words > 0 : word_list_has(mods, w)))
            return 0;
        words++;
        i = j + 1;
    }
    return words > 0;
}

/* Words that name a body of people that speaks for itself. */
static const char *const body_heads[] = {"group", "groups", "organisation", "organization",
                                         "ngo", "watchdog", "monitor", "watch",
                                         "international", "rights", "centre", "center",
                                         "committee", "network", "observatory", "coalition",
                                         "federation", "association", "institute", NULL};

/* The last word of the source, folded to lower case into buf; 0 if it
 * does not fit. */
static size_t last_word(struct vg_str source, char *buf, size_t cap, size_t *start) {
    size_t j = source.len, i = j;
    while (i > 0 && source.ptr[i - 1] != ' ')
        i--;
    if (j == i || j - i >= cap)
        return 0;
    for (size_t k = i; k < j; k++)
        buf[k - i] = (char)(source.ptr[k] >= 'A' && source.ptr[k] <= 'Z' ? source.ptr[k] + 32
                                                                          : source.ptr[k]);
    *start = i;
    return j - i;
}

int source_generic_body(struct vg_str source) {
    static const char *const generic[] = {"group", "organisation", "organization", "ngo",
                                          "watchdog", NULL};
    char buf[24];
    size_t start, n = last_word(source, buf, sizeof buf, &start);
    if (!n || !word_list_has(generic, vg_str_make(buf, n)))
        return 0;
    for (size_t k = 0; k < source.len; k++)
        if (source.ptr[k] >= 'A' && source.ptr[k] <= 'Z' && !(k == start && n == 3))
            return 0; /* "the Viasna group" names it; "NGO" is the word itself */
    return 1;
}

int source_named_body(struct vg_str source) {
    char buf[24];
    size_t start, n = last_word(source, buf, sizeof buf, &start);
    if (!n || !word_list_has(body_heads, vg_str_make(buf, n)))
        return 0;
    for (size_t k = 0; k < start; k++)
        if (source.ptr[k] >= 'A' && source.ptr[k] <= 'Z')
            return 1;
    return 0;
}

int source_retracted(const struct sentence_ctx *c, size_t cue, size_t qi) {
    if (cue == c->n)
        return 0;
    if (revise_at(c, cue)) {
        size_t nq;
        int64_t nv = revised_to(c, cue, &nq);
        return qi != nq && c->q[qi].low > nv;
    }
    size_t t0 = c->q[qi].t0;
    /* "revised ... to 25", "now 25": the new value stands. */
    if (t0 > 0 && (tok(c, t0 - 1, "to") || tok(c, t0 - 1, "now")))
        return 0;
    return 1;
}

/* Words that call a figure wrong after "was", besides the lexicon's
 * retraction words ("incorrect", "erroneous", "a mistake"). */
static int wrong_word(const struct sentence_ctx *c, size_t k) {
    static const char *const words[] = {"wrong", "false", "mistaken", "untrue", NULL};
    size_t len;
    if (word_list_has_token(words, &c->t[k]) || lex_match(c->lx, c->t, c->n, k, LC_RETRACT, &len))
        return 1;
    return tok(c, k, "not") && (tok(c, k + 1, "correct") || tok(c, k + 1, "accurate") ||
                                tok(c, k + 1, "true"));
}

int source_withdraws_previous(const struct sentence_ctx *c) {
    static const char *const nouns[] = {"figure", "number", "count", "toll", "total",
                                        "report", "entry", "information", "claim", NULL};
    size_t k = 0;
    if (tok(c, k, "but") || tok(c, k, "however"))
        k += 1 + tok(c, k + 1, ",");
    if (tok(c, k, "that") || tok(c, k, "this") || tok(c, k, "the")) {
        k++;
        if (k < c->n && word_list_has_token(nouns, &c->t[k]))
            k++;
        else if (tok(c, k - 1, "the"))
            return 0; /* "The university says": no anaphor */
    } else if (tok(c, k, "it")) {
        k++;
    } else {
        return 0;
    }
    if (tok(c, k, ",")) { /* "That figure, which we took from a post, was wrong" */
        size_t j = k + 1;
        while (j < c->n && j < k + 24 && !tok(c, j, ",") && !c->qty_at[j])
            j++;
        if (!tok(c, j, ","))
            return 0;
        k = j + 1;
    }
    if (!(tok(c, k, "was") || tok(c, k, "is")))
        return 0;
    return k + 1 < c->n && wrong_word(c, k + 1);
}

/* ---- acronyms ------------------------------------------------------- */

static int upper_ascii(char ch) { return ch >= 'A' && ch <= 'Z'; }

/* Is text[a, b) one of the small words a name of capitalised words may
 * hold ("Centre for Human Rights and Rehabilitation")? */
static int name_joiner(struct vg_str text, size_t a, size_t b) {
    static const char *const joiners[] = {"of", "for", "and", "the", "on", "in", "de", NULL};
    for (const char *const *w = joiners; *w; w++)
        if (strlen(*w) == b - a && memcmp(text.ptr + a, *w, b - a) == 0)
            return 1;
    return 0;
}

/* The name of capitalised words (and joiners inside it) that ends just
 * before byte `end`, as [*a, end'): NULL slice when there is none of two
 * words or more, or its first letter is not the acronym's. */
static struct vg_str name_before(struct vg_str text, size_t end, char initial) {
    size_t e = end, start = SIZE_MAX, name_end = 0;
    int words = 0;
    while (e > 0 && text.ptr[e - 1] == ' ')
        e--;
    for (int n = 0; n < 10 && e > 0; n++) {
        size_t b = e;
        while (b > 0 && ((text.ptr[b - 1] | 32) >= 'a' && (text.ptr[b - 1] | 32) <= 'z'))
            b--;
        if (b == e || (e - b == 3 && memcmp(text.ptr + b, "The", 3) == 0))
            break; /* "The Belgrade Centre ...": the article is no part of the name */
        if (upper_ascii(text.ptr[b])) {
            start = b;
            if (!name_end)
                name_end = e;
            words++;
        } else if (!words || !name_joiner(text, b, e)) {
            break;
        }
        if (b == 0 || text.ptr[b - 1] != ' ')
            break;
        e = b - 1;
    }
    if (words < 2 || start == SIZE_MAX || text.ptr[start] != initial)
        return VG_STR_NULL;
    return vg_str_make(text.ptr + start, name_end - start);
}

size_t source_acronyms(struct vg_str text, struct acronym *out, size_t cap) {
    size_t n = 0;
    for (size_t i = 1; i + 3 < text.len && n < cap; i++) {
        const char *open = memchr(text.ptr + i, '(', text.len - 3 - i);
        if (!open)
            break;
        i = (size_t)(open - text.ptr);
        if (text.ptr[i - 1] != ' ')
            continue;
        size_t j = i + 1;
        while (j < text.len && j - i <= 10 && upper_ascii(text.ptr[j]))
            j++;
        if (j >= text.len || text.ptr[j] != ')' || j - i - 1 < 2)
            continue;
        struct vg_str abbr = vg_str_make(text.ptr + i + 1, j - i - 1);
        struct vg_str name = name_before(text, i - 1, abbr.ptr[0]);
        int known = 0;
        for (size_t k = 0; k < n && !known; k++)
            known = vg_str_eq(out[k].abbr, abbr);
        if (name.len && !known) /* "Belgrade Centre for Civic Defence (BCCD)": both */
            out[n++] = (struct acronym){abbr, name,
                                        vg_str_make(name.ptr, (size_t)(text.ptr + j + 1 - name.ptr))};
    }
    return n;
}

struct vg_str source_expand(struct vg_str src, const struct acronym *acr, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (vg_str_eq(src, acr[k].abbr) || vg_str_eq(src, acr[k].name))
            return acr[k].both;
    return src;
}

/* ---- comparing sources ---------------------------------------------- */

/* The next word of s from *i (letters and digits), as [*a, *b); 0 at the end. */
static int next_word(struct vg_str s, size_t *i, size_t *a, size_t *b) {
    while (*i < s.len && !((s.ptr[*i] | 32) >= 'a' && (s.ptr[*i] | 32) <= 'z') &&
           !(s.ptr[*i] >= '0' && s.ptr[*i] <= '9') && (unsigned char)s.ptr[*i] < 0x80)
        (*i)++;
    *a = *i;
    while (*i < s.len && (((s.ptr[*i] | 32) >= 'a' && (s.ptr[*i] | 32) <= 'z') ||
                          (s.ptr[*i] >= '0' && s.ptr[*i] <= '9') ||
                          (unsigned char)s.ptr[*i] >= 0x80))
        (*i)++;
    *b = *i;
    return *b > *a;
}

/* Is every word of `few` a word of `many`, articles aside? */
static int words_within(struct vg_str few, struct vg_str many) {
    size_t i = 0, a, b;
    while (next_word(few, &i, &a, &b)) {
        size_t n = b - a;
        if ((n == 3 && strncasecmp(few.ptr + a, "the", 3) == 0) ||
            (n == 1 && (few.ptr[a] | 32) == 'a') || (n == 2 && strncasecmp(few.ptr + a, "an", 2) == 0))
            continue;
        int found = 0;
        size_t j = 0, c, d;
        while (!found && next_word(many, &j, &c, &d))
            found = d - c == n && strncasecmp(few.ptr + a, many.ptr + c, n) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

int source_same(struct vg_str a, struct vg_str b) {
    if (!a.len || !b.len)
        return a.len == b.len;
    return words_within(a, b) || words_within(b, a);
}
