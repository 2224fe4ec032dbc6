/* Binding numbers to outcomes.  For each quantity, in order of preference:
 *
 *   1. a predicate after its noun phrase: "40 people were detained",
 *      "12 died", "dozens injured", skipping relative clauses ("who took
 *      part in ...") and partitives ("19 of those arrested had been freed");
 *   2. its own noun when that noun is the outcome: "57 arrests", "400
 *      criminal cases";
 *   3. an outcome before it: "police detained 57", "the deaths of 164",
 *      "the death toll rose to 12", "the number of people arrested reached
 *      300", "criminal proceedings against eight";
 *   4. a weaker reading: a noun such as "detainees" or "patients", or the
 *      outcome of the count it is a part of ("nine of them").
 *
 * Subjects joined by "and" share a predicate ("112 officers and 14 soldiers
 * were injured"); "A and later B" gives both outcomes. */
#include <string.h>

#include "bind.h"
#include "word_list.h"
#include "vigil/extract.h"
#include "banned.h"

#define PREDICATE_REACH 40  /* tokens a subject may stand from its verb */
#define TOLL_REACH 24       /* tokens a running count may stand from its number */
#define TOLL_PHRASE_REACH 8 /* tokens from a toll's noun back over its phrase */
#define TIME_PHRASE_REACH 14 /* tokens of a time or place phrase between two outcomes */
#define ADJUNCT_REACH 10     /* tokens from a verb to the "along with" after its adjuncts */
#define CHARGE_REACH 10      /* tokens from "charges" to the "against" of its count */
#define ANAPHOR "anaphor"   /* rule of a count that names no outcome: "the correct figure is 21" */

static int tok_in(const struct sentence_ctx *c, size_t k, const char *const *words);
static const struct trigger *verb_past_adjunct(const struct sentence_ctx *c, size_t k);
static int charge_against(const struct sentence_ctx *c, size_t t0);
static int plain_past_verb(const struct sentence_ctx *c, size_t k);
static const struct trigger *opening_whole(const struct sentence_ctx *c, const struct quantity *q);

static const struct trigger *trigger_at(const struct sentence_ctx *c, size_t i) {
    return i < c->n && c->trig_at[i] ? &c->tr[c->trig_at[i] - 1] : NULL;
}

/* A true auxiliary ("were", "had", "remain"), not an adverb. */
static int is_be(const struct sentence_ctx *c, size_t i) {
    size_t len;
    const struct lex_entry *e = lex_match(c->lx, c->t, c->n, i, LC_AUX, &len);
    return e && e->kind == 1;
}

/* "facing felony assault charges", "slapped with sedition charges",
 * "hit with terrorism charges": a charge with words between the verb and
 * the noun, which no lexicon phrase can hold.  A charge that is only
 * possible ("facing possible charges", "could face charges") is none yet
 * (GUIDELINES.md: people only intended to be arrested are no figure).
 * Returns the length of the phrase at i, or 0. */
static size_t face_charges(const struct sentence_ctx *c, size_t i) {
    static const char *const maybe[] = {"possible", "potential", "likely", "eventual", NULL};
    static const char *const modals[] = {"could", "may", "might", "would", "will", NULL};
    size_t from = i + 1;
    if ((tok(c, i, "slapped") || tok(c, i, "hit")) && tok(c, i + 1, "with"))
        from = i + 2;
    else if (!(tok(c, i, "face") || tok(c, i, "faces") || tok(c, i, "facing") ||
               tok(c, i, "faced")))
        return 0;
    else if (i > 0 && tok(c, i, "face") && tok_in(c, i - 1, modals))
        return 0;
    for (size_t j = from; j < c->n && j <= from + 4; j++) {
        if (tok_in(c, j, maybe))
            return 0;
        if (tok(c, j, "charges") || tok(c, j, "charge") || tok(c, j, "prosecution"))
            return j + 1 - i;
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, j, LC_OUT, &len);
        if (e)
            return e->what == VG_CHARGED ? j + len - i : 0; /* "face criminal charges" */
        if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || has(c, j, LC_NUM) ||
            lexicon_has(c->lx, c->t[j].word, LC_VAGUE))
            return 0;
    }
    return 0;
}

/* "granted police enquiry bail", "given conditional bail", "granted
 * six months' interim bail to": bail with words between the verb and the
 * noun, which no lexicon phrase can hold (the lexicon has "granted bail").
 * Returns the length of the phrase at i, or 0; *to is set when "to"
 * follows, so that the count comes after it. */
static size_t granted_bail(const struct sentence_ctx *c, size_t i, int *to) {
    static const char *const received[] = {"received", "receives", "receive", "receiving",
                                           NULL};
    int got = tok_in(c, i, received);
    if (!got && !(tok(c, i, "granted") || tok(c, i, "given") || tok(c, i, "grants") ||
                  tok(c, i, "granting") || tok(c, i, "gave")))
        return 0;
    /* A bond is bail as Kenyan and Ugandan courts give it ("granted a
     * personal bond", "18 minors received a personal bond of Sh10,000"). */
    for (size_t j = i + 1; j < c->n && j <= i + 5; j++) {
        int bond = tok(c, j, "bond") || tok(c, j, "bonds");
        if (j == i + 1 && !got && !bond)
            continue; /* "granted bail": the lexicon's */
        if (tok(c, j, "bail") || bond) {
            *to = tok(c, j + 1, "to");
            return j + 1 + (size_t)*to - i;
        }
        if (c->t[j - 1].kind == TK_PUNCT && !tok(c, j - 1, "'"))
            return 0;
        if (has(c, j - 1, LC_STOP) || has(c, j - 1, LC_NEG) || trigger_at(c, j - 1) ||
            tok(c, j - 1, "to") || tok(c, j - 1, "them") || tok(c, j - 1, "the"))
            return 0; /* "granted them bail", "given to the court": no phrase */
    }
    return 0;
}

/* "brought charges of rebellion and looting against", "charges of
 * unlawful assembly were filed against": a charge whose offence stands
 * between the noun and "against", which no lexicon phrase can hold (the
 * lexicon has "charges against").  Returns the length of the phrase at
 * i, up to and including "against", or 0. */
static size_t charges_of_against(const struct sentence_ctx *c, size_t i) {
    if (!(tok(c, i, "charges") || tok(c, i, "charge")) ||
        !(tok(c, i + 1, "of") || tok(c, i + 1, "for") || tok(c, i + 1, "including") ||
          tok(c, i + 1, "under")))
        return 0;
    for (size_t j = i + 2; j < c->n && j <= i + 10; j++) {
        if (tok(c, j, "against"))
            return j > i + 2 ? j + 1 - i : 0;
        if (c->t[j].kind != TK_WORD || c->qty_at[j] || has(c, j, LC_STOP) ||
            has(c, j, LC_SAY))
            return 0; /* "charges of rioting, and police said ..." */
    }
    return 0;
}

/* May token m describe the noun of an outcome phrase after its verb
 * ("suffered serious head injuries", "received lengthy prison terms"):
 * a word, no stop word, number, negation or vague quantity? */
static int describing_word(const struct sentence_ctx *c, size_t m) {
    return c->t[m].kind == TK_WORD && !has(c, m, LC_STOP) && !has(c, m, LC_NUM) &&
           !has(c, m, LC_NEG) && !lexicon_has(c->lx, c->t[m].word, LC_VAGUE);
}

/* A quotation mark, straight or curly, opening or closing. */
static int quote_mark(const struct sentence_ctx *c, size_t m) {
    return tok(c, m, "\"") || tok(c, m, "\xe2\x80\x9c") || tok(c, m, "\xe2\x80\x9d");
}

/* May token m, between the verb at i and the noun at j of an injury
 * phrase, stand there: a describing word, a quotation mark ("sustaining
 * \"minor injuries\"") or the "to", "and" or "or" joining two grades of
 * injury ("slight to moderate injuries")? */
static int injury_grade_word(const struct sentence_ctx *c, size_t i, size_t m, size_t j) {
    if (describing_word(c, m) || quote_mark(c, m))
        return 1;
    return (tok(c, m, "to") || tok(c, m, "and") || tok(c, m, "or")) && m > i + 1 &&
           m + 1 < j && describing_word(c, m - 1) && describing_word(c, m + 1);
}

/* "sustained hand injuries", "suffered severe burns", a headline's
 * "Twelve officers suffer injuries", "the remaining 31 had slight to
 * moderate injuries": injuries with words between the verb and the noun,
 * which no lexicon phrase can hold.  Returns the length of the phrase at
 * i, or 0. */
static size_t suffer_injuries(const struct sentence_ctx *c, size_t i) {
    size_t ol;
    int had = tok(c, i, "had");
    if (!(tok(c, i, "suffered") || tok(c, i, "sustained") || tok(c, i, "received") ||
          tok(c, i, "suffering") || tok(c, i, "sustaining") || tok(c, i, "receiving") ||
          tok(c, i, "suffer") || tok(c, i, "sustain") || had))
        return 0; /* "suffer": a headline's present; "receiving": "18 arrests with
                   * three officers receiving minor injuries" */
    if (had && i > 0 && lex_match(c->lx, c->t, c->n, i - 1, LC_OUT, &ol))
        return 0; /* "four of those killed had bullet wounds": how the dead died */
    for (size_t j = i + 1; j < c->n && j <= i + 5; j++) {
        if (tok(c, j, "injuries") || tok(c, j, "wounds") || tok(c, j, "burns") ||
            tok(c, j, "fractures") || tok(c, j, "injury") || tok(c, j, "bruises") ||
            tok(c, j, "concussions") || tok(c, j, "cuts")) {
            for (size_t m = i + 1; m < j; m++)
                if (!injury_grade_word(c, i, m, j) ||
                    (had && lex_match(c->lx, c->t, c->n, m, LC_OUT, &ol)))
                    return 0; /* "suffered no injuries", "received 12 wounds", "had
                               * died of gunshot wounds" */
            return j + 1 - i;
        }
    }
    return 0;
}

/* "received the maximum term", "were given heavy sentences", "got
 * lengthy prison terms", "received fines", "were handed administrative
 * arrests": a verb of receiving, up to three words that
 * describe the penalty, then its noun.  Returns the phrase's length, 0 when
 * token i starts no such phrase ("received no sentence", "received 12
 * letters"). */
static size_t received_penalty(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"received", "receive", "given", "handed", "got",
                                        "drew", NULL};
    static const char *const nouns[] = {"term", "terms", "sentence", "sentences",
                                        "penalty", "penalties", "fines", NULL};
    /* "were given administrative arrests": custody received is a penalty
     * only when administrative */
    static const char *const custody[] = {"arrests", "arrest", "detentions", "detention", NULL};
    if (!tok_in(c, i, verbs) || tok(c, i + 1, "out") || tok(c, i + 1, "down"))
        return 0; /* "handed out fines", "handed down sentences": the giver's */
    for (size_t j = i + 1; j < c->n && j <= i + 4; j++) {
        if (!tok_in(c, j, nouns) && !(tok_in(c, j, custody) && tok(c, j - 1, "administrative")))
            continue;
        if (tok(c, j + 1, "of") && j + 2 < c->n && c->t[j + 2].kind == TK_WORD &&
            !has(c, j + 2, LC_NUM) && !lexicon_has(c->lx, c->t[j + 2].word, LC_QUAL))
            return 0; /* "the sentence of the court", not a term of "(up to) 15 days" */
        for (size_t m = i + 1; m < j; m++) {
            size_t ul;
            if ((c->t[m].kind == TK_NUM || has(c, m, LC_NUM)) && tok(c, m + 1, "-") &&
                m + 2 < j && lex_match(c->lx, c->t, c->n, m + 2, LC_UNIT, &ul)) {
                m += 1 + ul; /* "a one-year suspended sentence": the term's length */
                continue;
            }
            if (m == i + 1 && !c->qty_at[m] && (tok(c, m, "a") || tok(c, m, "an")))
                continue; /* "received a suspended sentence": the article */
            if (!describing_word(c, m))
                return 0; /* "received no sentence", "were given 12 sentences" */
        }
        return j + 1 - i;
    }
    return 0;
}

/* The group a label names before its outcome ("Officers injured - 8",
 * "Police officers hurt: 6"), else `who`. */
static uint8_t label_group(const struct sentence_ctx *c, const struct trigger *tr, uint8_t who) {
    for (size_t k = tr->t0 > 3 ? tr->t0 - 3 : 0; k < tr->t0; k++) {
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
        if (e && k + len == tr->t0)
            return e->who;
    }
    return who;
}

/* A line that opens with a group and a colon, its counts after it:
 * "Protesters: 14 killed, 310+ injured", "Police: 3 killed" (an infobox's
 * casualties by side).  Returns the group (enum vg_who) or -1. */
static int colon_group(const struct sentence_ctx *c) {
    size_t len;
    const struct lex_entry *e = c->n > 2 ? lex_match(c->lx, c->t, c->n, 0, LC_WHO, &len) : NULL;
    return e && len < c->n && tok(c, len, ":") ? e->who : -1;
}

/* "brought before a judge", "presented before the Provincial Criminal
 * Prosecutor's Office", "placed at the disposal of the prosecutor": people
 * put before a judge or prosecutor are prosecuted (as "appeared before a
 * judge" in the lexicon), with words between that no lexicon phrase can
 * hold.  Returns the length of the phrase at i, up to the judge's or
 * office's noun, or 0. */
static size_t brought_before(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"brought", "presented", "taken", "put", "placed",
                                        "appeared", NULL}; /* "appeared before Kisii
                                                            * law courts" */
    static const char *const heads[] = {"judge", "judges", "magistrate", "magistrates",
                                        "court", "courts", "tribunal", "tribunals",
                                        "prosecutor", "prosecutors", "prosecution", NULL};
    if (!tok_in(c, i, verbs) ||
        (i >= 2 && tok(c, i - 1, "being") && (tok(c, i - 2, "before") || tok(c, i - 2, "after"))))
        return 0; /* "held for days before being brought before the prosecution": a time */
    size_t j = i + 1;
    if (tok(c, j, "before") || (tok(c, i, "appeared") && tok(c, j, "at")))
        j++; /* "appeared at the Harare Magistrates Court" */
    else if (tok(c, j, "at") && tok(c, j + 1, "the") && tok(c, j + 2, "disposal") &&
             tok(c, j + 3, "of"))
        j += 4;
    else
        return 0;
    if (tok(c, j, "a") || tok(c, j, "an") || tok(c, j, "the"))
        j++;
    for (size_t m = j; m < c->n && m <= j + 3; m++) {
        if (tok_in(c, m, heads)) {
            if (tok(c, m + 1, "'s") && (tok(c, m + 2, "office") || tok(c, m + 2, "offices")))
                m += 2; /* "the Prosecutor's Office" */
            return m + 1 - i;
        }
        if (tok(c, m, "ministry") && m > j && tok(c, m - 1, "public"))
            return m + 1 - i; /* "the Public Ministry": the prosecution */
        if (!describing_word(c, m))
            return 0;
    }
    return 0;
}

/* "dealt with by way of a fixed penalty notice", "dealt with by means of
 * a caution", "dealt with by way of community resolutions": a British
 * out-of-court disposal (a fine, a caution), too long for a lexicon
 * phrase.  Returns the length of the phrase at i, up to the disposal's
 * noun, or 0. */
static size_t dealt_with_by(const struct sentence_ctx *c, size_t i) {
    static const char *const disposals[] = {"penalty", "penalties", "caution", "cautions",
                                            "resolution", "resolutions", "fine", "fines",
                                            "notice", "notices", NULL};
    if (!(tok(c, i, "dealt") && tok(c, i + 1, "with") && tok(c, i + 2, "by") &&
          (tok(c, i + 3, "way") || tok(c, i + 3, "means")) && tok(c, i + 4, "of")))
        return 0;
    for (size_t j = i + 5; j < c->n && j <= i + 8; j++) {
        if (tok_in(c, j, disposals)) {
            while (j + 1 < c->n && tok_in(c, j + 1, disposals))
                j++; /* "a fixed penalty notice" */
            return j + 1 - i;
        }
        if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || c->qty_at[j])
            return 0;
    }
    return 0;
}

/* The first token of the sentence past an opening quote mark: 1 in
 * '"Of the 58 wounded, ..."', else 0. */
static size_t opening_token(const struct sentence_ctx *c) {
    return c->n > 1 && (tok(c, 0, "\"") || tok(c, 0, "\xe2\x80\x9c")) ? 1 : 0;
}

/* Is token k one of the words (a static list: see word_list.h)? */
static int tok_in(const struct sentence_ctx *c, size_t k, const char *const *words) {
    return k < c->n && word_list_has_token(words, &c->t[k]);
}

/* May token k stand inside a Russian clause between a verb and the phrase
 * it takes: a Cyrillic word that is no number, outcome or clause break
 * («различной степени тяжести», «на ночь», «Тверского района»)? */
static int ru_filler(const struct sentence_ctx *c, size_t k) {
    const struct token *t = &c->t[k];
    return t->kind == TK_WORD && t->fold.len &&
           ((unsigned char)t->fold.ptr[0] == 0xd0 || (unsigned char)t->fold.ptr[0] == 0xd1) &&
           !c->qty_at[k] && !has(c, k, LC_NUM) && !has(c, k, LC_STOP) && !has(c, k, LC_SAY) &&
           !has(c, k, LC_NEG) && !lex_match(c->lx, c->t, c->n, k, LC_OUT, &(size_t){0});
}

/* «Телесные повреждения различной степени тяжести получили», «наказания
 * уже получили»: a Russian noun of injury or penalty before its verb with
 * words between, which no lexicon phrase can hold.  Returns the length of
 * the phrase at i, or 0; *what is its outcome. */
static size_t ru_noun_got(const struct sentence_ctx *c, size_t i, uint8_t *what) {
    static const char *const injuries[] = {"травмы", "ранения", "повреждения", "увечья",
                                           "ожоги", "переломы", "ушибы", NULL};
    static const char *const penalties[] = {"наказания", "наказание", NULL};
    static const char *const got[] = {"получили", "получил", "получила", "получило", NULL};
    size_t k = i;
    if (tok(c, k, "телесные") || tok(c, k, "тяжелые") || tok(c, k, "тяжёлые") ||
        tok(c, k, "лёгкие") || tok(c, k, "легкие") || tok(c, k, "серьезные") ||
        tok(c, k, "серьёзные") || tok(c, k, "административные"))
        k++;
    if (tok_in(c, k, injuries))
        *what = VG_INJURED;
    else if (tok_in(c, k, penalties))
        *what = VG_SANCTIONED;
    else
        return 0;
    for (size_t j = k + 1; j < c->n && j <= k + 5; j++) {
        if (tok_in(c, j, got))
            return j > k + 1 ? j + 1 - i : 0; /* next to it: the lexicon's */
        if (!ru_filler(c, j))
            return 0;
    }
    return 0;
}

/* Is a place of custody named at token k: «в отделах полиции», «в ИВС»,
 * «в изоляторе», «под стражей»?  Returns its last token + 1, or 0. */
static size_t ru_custody_at(const struct sentence_ctx *c, size_t k) {
    static const char *const places[] = {"изоляторе", "изоляторах", "ивс", "сизо", "овд",
                                         "ровд", "рувд", "спецприемнике", "спецприёмнике",
                                         "спецприемниках", "спецприёмниках", "кпз", "стражей",
                                         "автозаках", "автозаке", NULL};
    static const char *const units[] = {"отделе", "отделах", "отделении", "отделениях",
                                        "участке", "участках", NULL};
    if (!(tok(c, k, "в") || tok(c, k, "во") || tok(c, k, "под")))
        return 0;
    if (tok_in(c, k + 1, places))
        return k + 2;
    if (tok_in(c, k + 1, units) && tok(c, k + 2, "полиции"))
        return k + 3;
    if (tok(c, k + 1, "предварительном") && tok(c, k + 2, "заключении"))
        return k + 3; /* «в предварительном заключении» */
    if (tok(c, k + 1, "специальном") &&
        (tok(c, k + 2, "приемнике") || tok(c, k + 2, "приёмнике")))
        return k + 3; /* «в специальном приёмнике» */
    return 0;
}

/* Is a place of medical care named at token k: «в больнице», «в
 * реанимации», «в стационаре»?  Returns its last token + 1, or 0. */
static size_t ru_care_at(const struct sentence_ctx *c, size_t k) {
    static const char *const places[] = {"больнице", "больницах", "реанимации", "стационаре",
                                         "стационарах", "травматологии", "медучреждениях",
                                         "медучреждении", "госпитале", NULL};
    if (!(tok(c, k, "в") || tok(c, k, "во")))
        return 0;
    return tok_in(c, k + 1, places) ? k + 2 : 0;
}

/* May token k stand between a Russian verb of arrival or leaving and the
 * place it names («в городские больницы», «из УП на улице Байзакова», «с
 * акции»): a filler word that joins no clauses, or a name of the event
 * (an outcome only as a running count)? */
static int ru_place_filler(const struct sentence_ctx *c, size_t k) {
    static const char *const joins[] = {"и", "а", "или", "но", "либо", NULL};
    if (tok_in(c, k, joins))
        return 0;
    if (ru_filler(c, k))
        return 1;
    size_t len;
    const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_OUT, &len);
    return e && e->kind == F_TOLL && len == 1 && cyrillic_at(c, k) && !c->qty_at[k];
}

/* A verb and the place it takes «в», with up to three words between and
 * in either order: «поступили в городские больницы», «в больницы с акции
 * поступили», «затащили в полицейские автобусы».  verbs and places are
 * word lists; the place comes in the case «в» gives it after a verb of
 * motion.  Returns the length of the phrase at i, or 0. */
static size_t ru_verb_into(const struct sentence_ctx *c, size_t i, const char *const *verbs,
                           const char *const *places) {
    /* «в» is tested before the lists: most tokens neither are nor precede it. */
    if ((tok(c, i + 1, "в") || tok(c, i + 1, "во")) && tok_in(c, i, verbs)) {
        for (size_t j = i + 2; j < c->n && j <= i + 5; j++) {
            if (tok_in(c, j, places))
                return j + 1 - i;
            if (!ru_place_filler(c, j))
                return 0;
        }
        return 0;
    }
    if (!(tok(c, i, "в") || tok(c, i, "во")))
        return 0;
    size_t j = i + 1;
    while (j < c->n && j <= i + 3 && !tok_in(c, j, places) && ru_place_filler(c, j))
        j++;
    if (j >= c->n || !tok_in(c, j, places))
        return 0;
    for (size_t m = j + 1; m < c->n && m <= j + 4; m++) {
        if (tok_in(c, m, verbs))
            return m + 1 - i;
        if (!ru_place_filler(c, m))
            return 0;
    }
    return 0;
}

/* «в городские больницы с акции поступили», «обратились в районный
 * травмпункт»: a verb of arrival and a place of care with words between,
 * which no lexicon phrase can hold (the lexicon has «доставлены в
 * больницу»).  Returns the length of the phrase at i, or 0. */
static size_t ru_to_care(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {
        "поступили", "поступил", "поступила", "поступило", "доставлены", "доставлен",
        "доставлена", "доставлено", "доставили", "увезли", "отвезли", "попали",
        "обратились", "обратился", "обратилась", "обратилось", "направлены", NULL};
    static const char *const places[] = {
        "больницу", "больницы", "стационар", "стационары", "травмпункт", "травмпункты",
        "реанимацию", "госпиталь", "госпитали", "медучреждения", "медучреждение",
        "травматологию", "поликлинику", "поликлиники", NULL};
    return ru_verb_into(c, i, verbs, places);
}

/* «скрутили и затащили в автобусы», «в полицейские машины затолкали»:
 * people forced into a police vehicle, with words between, are detained
 * (the lexicon has «затолкали в автозаки»).  Returns the length of the
 * phrase at i, or 0. */
static size_t ru_into_van(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {
        "затащили", "затаскивали", "затолкали", "заталкивали", "запихнули", "запихивали",
        "посадили", "усадили", "погрузили", "грузили", "увели", "уводили", "увезли",
        "тащили", "волокли", "поместили", NULL};
    static const char *const places[] = {
        "автозак", "автозаки", "автобус", "автобусы", "микроавтобус", "микроавтобусы",
        "машину", "машины", "автомобиль", "автомобили", "спецтранспорт", "бусы", "бус", NULL};
    return ru_verb_into(c, i, verbs, places);
}

/* «Из ИВС вышли», «из УП на улице Байзакова вышли», «вышли из
 * спецприёмника»: leaving a place of custody, with words between, is
 * release (the verb alone, «вышли», counts a crowd).  Returns the length
 * of the phrase at i, or 0. */
static size_t ru_from_custody(const struct sentence_ctx *c, size_t i) {
    static const char *const left[] = {"вышли", "вышел", "вышла", "вышло", "выпустили",
                                       "выпущены", "выпущен", "выпущена", NULL};
    static const char *const places[] = {
        "ивс", "изолятора", "изоляторов", "сизо", "спецприемника", "спецприёмника",
        "спецприемников", "спецприёмников", "уп", "овд", "ровд", "рувд", "кпз",
        "отдела", "отделов", "отделения", "отделений", "участка", "автозака", NULL};
    static const char *const units[] = {"отдела", "отделов", "отделения", "отделений",
                                        "участка", NULL};
    if (tok(c, i + 1, "из") && tok_in(c, i, left) && tok_in(c, i + 2, places))
        /* «вышли из отдела полиции», not «вышли из дома» */
        return (tok_in(c, i + 2, units) && !tok(c, i + 3, "полиции")) ? 0 : 3;
    if (!tok(c, i, "из") || !tok_in(c, i + 1, places) ||
        (tok_in(c, i + 1, units) && !tok(c, i + 2, "полиции")))
        return 0;
    for (size_t m = i + 2; m < c->n && m <= i + 6; m++) {
        if (tok_in(c, m, left))
            return m + 1 - i;
        if (!ru_place_filler(c, m))
            return 0;
    }
    return 0;
}

/* «В отделах полиции на ночь остаются 14 человек», «шестеро находились в
 * изоляторе», «в предварительном заключении находятся», «содержались в
 * специальном приёмнике», «ждут суда в СИЗО», «в больницах остаются 7
 * человек»: a Russian verb of staying, waiting or leaving someone in a
 * clause that names a place of custody holds people detained, one that
 * names a hospital holds them injured.  Returns the outcome when token i
 * is such a verb, else VG_WHAT_NONE. */
static int ru_held(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {
        "остаются", "оставались", "остались", "остаётся", "остается", "осталось", "остался",
        "осталась", "находятся", "находились", "находится", "находилось", "находился",
        "находилась", "содержатся", "содержались", "содержится", "содержалось", "ждут",
        "ожидают", "ждали", "ожидали", "провели", "проводят", "ночевали", "оставили",
        "оставила", "оставил", NULL};
    static const char *const waiting[] = {"ждут", "ожидают", "ждали", "ожидали", "провели",
                                          "проводят", "ночевали", NULL};
    if (!tok_in(c, i, verbs))
        return VG_WHAT_NONE;
    int care_ok = !tok_in(c, i, waiting); /* «ждут суда»: custody only */
    /* The place before the verb: «в отделах полиции на ночь остаются». */
    for (size_t k = i, steps = 0; k-- > 0 && steps < 7; steps++) {
        if (ru_custody_at(c, k))
            return VG_DETAINED;
        if (care_ok && ru_care_at(c, k))
            return VG_INJURED;
        if (!ru_filler(c, k))
            break;
    }
    /* or after it: «находились в изоляторе», «ждут суда в СИЗО». */
    for (size_t k = i + 1; k < c->n && k <= i + 6; k++) {
        if (ru_custody_at(c, k))
            return VG_DETAINED;
        if (care_ok && ru_care_at(c, k))
            return VG_INJURED;
        if (!ru_filler(c, k) && !c->qty_at[k] && !has(c, k, LC_WHO))
            break;
        if (c->qty_at[k])
            k = c->q[c->qty_at[k] - 1].t1 - 1;
    }
    return VG_WHAT_NONE;
}

/* Is token k a noun for a place of custody: "prison", "jail", "detention
 * centre", "police station", "police cells"?  Returns its length, or 0. */
static size_t custody_noun(const struct sentence_ctx *c, size_t k) {
    if (tok(c, k, "prison") || tok(c, k, "jail") || tok(c, k, "gaol") ||
        tok(c, k, "penitentiary") || tok(c, k, "prisons") || tok(c, k, "jails"))
        return 1;
    if ((tok(c, k, "detention") || tok(c, k, "remand")) &&
        (tok(c, k + 1, "centre") || tok(c, k + 1, "center") || tok(c, k + 1, "facility") ||
         tok(c, k + 1, "prison") || tok(c, k + 1, "home")))
        return 2;
    if (tok(c, k, "police") &&
        (tok(c, k + 1, "station") || tok(c, k + 1, "stations") || tok(c, k + 1, "cells") ||
         tok(c, k + 1, "department") || tok(c, k + 1, "departments") ||
         tok(c, k + 1, "headquarters") || tok(c, k + 1, "precinct") ||
         tok(c, k + 1, "precincts")))
        return 2;
    return 0;
}

/* "jail", "the county jail", "the Dane County jail": a place of custody
 * at token p, with up to three words before its noun.  Returns the token
 * after it, or p when there is none. */
static size_t past_custody_place(const struct sentence_ctx *c, size_t p) {
    size_t j = p + (tok(c, p, "the") || tok(c, p, "a"));
    for (int w = 0; w < 3 && j < c->n && !custody_noun(c, j) && c->t[j].kind == TK_WORD &&
                    !trigger_at(c, j) && !has(c, j, LC_STOP) && !is_be(c, j);
         w++)
        j++;
    size_t len = j < c->n ? custody_noun(c, j) : 0;
    return len ? j + len : p;
}

/* "detained by Delhi Police on charges of rioting": the token after a
 * passive's agent ("by" and up to four words, no count, outcome or
 * stop) at p, or p when no agent stands there. */
static size_t past_agent(const struct sentence_ctx *c, size_t p) {
    if (!tok(c, p, "by"))
        return p;
    for (size_t j = p + 1; j < c->n && j <= p + 5; j++) {
        if (tok(c, j, "on"))
            return j > p + 1 ? j : p;
        if (c->t[j].kind != TK_WORD || c->qty_at[j] || trigger_at(c, j) || has(c, j, LC_STOP))
            return p;
    }
    return p;
}

/* "filed the case on Tuesday, accusing 59 named and 300 unnamed people
 * of ...": the people a case names, after "accusing" with the count
 * right after it and a case earlier in the sentence.  A crowd "accusing
 * the government" counts no one charged.  Is token i such a word? */
static int case_accusing(const struct sentence_ctx *c, size_t i) {
    static const char *const cases[] = {"case", "cases", "fir", "firs", "complaint",
                                        "chargesheet", NULL};
    if (!(tok(c, i, "accusing") || tok(c, i, "naming")) || i + 1 >= c->n || !c->qty_at[i + 1])
        return 0;
    for (size_t k = 0; k < i; k++)
        if (tok_in(c, k, cases))
            return 1;
    return 0;
}

/* "staged a massive protest", "held violent protests", "mounted a
 * two-day sit-in": a crowd's gathering with words describing it between
 * the verb and the noun, which no lexicon phrase can hold (the lexicon
 * has "staged a protest", "held protests").  Returns the length of the
 * phrase at i, or 0. */
static size_t staged_gathering(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"staged", "held", "mounted", "organised", "organized",
                                        NULL};
    static const char *const gatherings[] = {
        "protest", "protests", "rally", "rallies", "march", "marches", "demonstration",
        "demonstrations", "strike", "strikes", "picket", "pickets", "vigil", "vigils",
        "sit-in", "sit-ins", "walkout", "walkouts", NULL};
    static const char *const links[] = {"after", "before", "during", "at", "in", "on", "for",
                                        "since", "over", "following", "by", "the", "their",
                                        "its", "his", "her", "our", "from", "to", "of", "and",
                                        "or", "until", "without", "with", "as", "amid", NULL};
    if (!tok_in(c, i, verbs))
        return 0;
    size_t j = i + 1 + (tok(c, i + 1, "a") || tok(c, i + 1, "an"));
    for (size_t w = 0; w < 2 && j < c->n; w++, j++) {
        if (tok_in(c, j, gatherings))
            return w > 0 ? j + 1 - i : 0; /* without a word between: the lexicon's */
        if (c->t[j].kind != TK_WORD || (c->t[j].flags & TF_CAP) || c->qty_at[j] ||
            trigger_at(c, j) || has(c, j, LC_STOP) || tok_in(c, j, links))
            return 0; /* "held after the strike": a custody, and its time */
    }
    return j < c->n && tok_in(c, j, gatherings) ? j + 1 - i : 0;
}

/* "walked out of the prison", "walked out of Kamiti jail", "walked out
 * of the Kumasi circuit court": a release with words between the verb and
 * the place of custody or trial (the lexicon has "walked out of prison").
 * A courtroom or a hearing left in protest is no release.  Returns the
 * length of the phrase at i, or 0. */
static size_t walked_out(const struct sentence_ctx *c, size_t i) {
    if (!(tok(c, i, "walked") || tok(c, i, "walk") || tok(c, i, "walks") ||
          tok(c, i, "walking")) ||
        !tok(c, i + 1, "out") || !tok(c, i + 2, "of"))
        return 0;
    size_t end = past_custody_place(c, i + 3);
    if (end > i + 3)
        return end - i;
    size_t j = i + 3 + (tok(c, i + 3, "the") || tok(c, i + 3, "a"));
    for (int w = 0; w < 3 && j < c->n && !tok(c, j, "court") && c->t[j].kind == TK_WORD &&
                    !trigger_at(c, j) && !has(c, j, LC_STOP) && !c->qty_at[j];
         w++)
        j++;
    return tok(c, j, "court") ? j + 1 - i : 0;
}

/* "taken to the Central district police department", "brought to the
 * nearest police station", "sent to Kibera prison", "rushed to the city
 * hospital", "conveyed to the University Hospital", "admitted to the
 * Capital Hospital": a place of custody
 * or care with words between, which no lexicon phrase can hold (the
 * lexicon has "taken to police stations", "taken to hospital").  Returns the length of the phrase at i, or 0;
 * *hospital is set for a place of care. */
static size_t taken_to_place(const struct sentence_ctx *c, size_t i, int *hospital) {
    /* "to" first: it rules out most tokens in one test. */
    if (!tok(c, i + 1, "to") ||
        !(tok(c, i, "taken") || tok(c, i, "brought") || tok(c, i, "sent") ||
          tok(c, i, "transferred") || tok(c, i, "escorted") || tok(c, i, "driven") ||
          tok(c, i, "rushed") || tok(c, i, "conveyed") || tok(c, i, "ferried") ||
          tok(c, i, "airlifted") || tok(c, i, "admitted")))
        return 0;
    size_t j = i + 2, words = 0;
    if (tok(c, j, "the") || tok(c, j, "a"))
        j++;
    for (; j < c->n && words <= 4; j++, words++) {
        size_t len = custody_noun(c, j);
        *hospital = !len && (tok(c, j, "hospital") || tok(c, j, "hospitals") ||
                             tok(c, j, "clinic") || tok(c, j, "clinics") ||
                             tok(c, j, "infirmary"));
        if (*hospital)
            len = 1;
        if (len)
            return j + len - i;
        if (c->t[j].kind != TK_WORD || c->qty_at[j] || has(c, j, LC_STOP) ||
            has(c, j, LC_NUM) || lex_match(c->lx, c->t, c->n, j, LC_OUT, &len))
            return 0;
    }
    return 0;
}

/* "in Kibera prison", "in the Ndola remand prison", "in Mombasa police
 * cells": a named place of custody after be or remain, which no lexicon
 * phrase can hold (the lexicon has "in prison", "in jail").  Returns the
 * length of the phrase at i, or 0. */
static size_t in_named_custody(const struct sentence_ctx *c, size_t i) {
    if (!tok(c, i, "in"))
        return 0;
    size_t j = i + 1, names = 0;
    if (tok(c, j, "the"))
        j++;
    while (j < c->n && names < 4 && c->t[j].kind == TK_WORD && (c->t[j].flags & TF_CAP) &&
           !custody_noun(c, j) && !has(c, j, LC_STOP) && !trigger_at(c, j)) {
        j++;
        names++;
    }
    if (tok(c, j, "'s") || (tok(c, j, "'") && tok(c, j + 1, "s")))
        j += tok(c, j, "'s") ? 1 : 2; /* "in Kibera's prison" */
    /* "in New Bell central prison", "in the district jail": lower-case
     * words of the place's name, after a name or "the". */
    for (size_t w = 0; w < 2 && (names || tok(c, i + 1, "the")) && j < c->n &&
                       c->t[j].kind == TK_WORD && !(c->t[j].flags & TF_CAP) &&
                       !custody_noun(c, j) && !has(c, j, LC_STOP) && !trigger_at(c, j) &&
                       !has(c, j, LC_NUM);
         w++)
        j++;
    size_t len = j > i + 1 + (size_t)tok(c, i + 1, "the") ? custody_noun(c, j) : 0;
    return len ? j + len - i : 0;
}

/* "spent two nights in jail", "spent 48 hours in police custody": time
 * in custody, which no lexicon phrase can hold (the lexicon has "spent the
 * night in jail").  Returns the length of the phrase at i, or 0. */
static size_t spent_in_custody(const struct sentence_ctx *c, size_t i) {
    if (!(tok(c, i, "spent") || tok(c, i, "spend") || tok(c, i, "spending")))
        return 0;
    size_t j = i + 1;
    for (; j < c->n && j <= i + 5 && !tok(c, j, "in") && !tok(c, j, "behind"); j++)
        if (trigger_at(c, j) || tok(c, j, ",") || tok(c, j, ".") || has(c, j, LC_STOP))
            return 0;
    if (j == i + 1 || j >= c->n)
        return 0;
    if (tok(c, j, "behind") && tok(c, j + 1, "bars"))
        return j + 2 - i;
    if (!tok(c, j, "in"))
        return 0;
    j++;
    if (tok(c, j, "police") && tok(c, j + 1, "custody"))
        return j + 2 - i;
    if (tok(c, j, "custody") || tok(c, j, "detention") || tok(c, j, "cells"))
        return j + 1 - i;
    size_t len = custody_noun(c, j);
    return len ? j + len - i : 0;
}

/* Is the charge noun at token i the subject of a passive that ends it:
 * "the charges against nine of them have since been withdrawn"? */
static int charge_dropped_after(const struct sentence_ctx *c, size_t i) {
    static const char *const ended[] = {"dropped", "withdrawn", "quashed", "dismissed",
                                        "terminated", "discontinued", "abandoned", NULL};
    for (size_t k = i + 1; k < c->n && k <= i + 10; k++) {
        if (tok(c, k, ",") || tok(c, k, ";") || tok(c, k, "."))
            return 0;
        if ((tok(c, k, "been") || tok(c, k, "were") || tok(c, k, "was")) && k + 1 < c->n)
            return tok_in(c, k + 1, ended) ||
                   (tok(c, k + 1, "since") && k + 2 < c->n && tok_in(c, k + 2, ended));
    }
    return 0;
}

/* "dropped proceedings against", "terminated the criminal cases against",
 * "withdrew charges against": a charge ended, which counts no one charged.
 * Is the charge phrase at token i, of form e, governed by such a verb? */
static int charge_ended(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const verbs[] = {"dropped", "terminated", "discontinued", "dismissed",
                                        "withdrew", "withdrawn", "quashed", "closed",
                                        "halted", "abandoned", "ended", "drop", "terminate",
                                        "discontinue", "dismiss", "withdraw", "quash", NULL};
    if (e->what != VG_CHARGED || (e->kind != F_EVENT && e->kind != F_CASES) || i == 0)
        return 0;
    size_t k = i - 1;
    if (k > 0 && (tok(c, k, "the") || tok(c, k, "all") || tok(c, k, "its") ||
                  tok(c, k, "their")))
        k--;
    return tok_in(c, k, verbs) || charge_dropped_after(c, i);
}

/* "police charged the crowd with batons", "lathi-charged 200 farmers":
 * a charge of bodies, not of law.  Is the verb "charged" at token i, of
 * form e, such a one?  The hyphened compound says so, and so does "with"
 * and a weapon or a tool of crowd control later in the clause. */
static int physical_charge(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const kinds[] = {"lathi", "baton", "cane", "stick", NULL};
    static const char *const tools[] = {"batons", "baton", "sticks", "truncheons", "lathis",
                                        "clubs", "canes", "whips", "horses", "horseback",
                                        "shields", "tear", "teargas", "water", NULL};
    if (e->what != VG_CHARGED || e->kind != F_VERB)
        return 0;
    if (i >= 2 && tok(c, i - 1, "-") && tok_in(c, i - 2, kinds))
        return 1;
    for (size_t k = i + 1; k < c->n && k <= i + 12; k++) {
        if (tok(c, k, ",") || tok(c, k, ";") || tok(c, k, ".") || tok(c, k, ":"))
            return 0;
        if (!tok(c, k, "with"))
            continue;
        size_t m = k + 1;
        if (tok(c, m, "their") || tok(c, m, "the") || tok(c, m, "long") ||
            tok(c, m, "wooden") || tok(c, m, "bamboo") || tok(c, m, "rubber"))
            m++;
        return tok_in(c, m, tools);
    }
    return 0;
}

/* "opened conduct proceedings against", "disciplinary proceedings
 * against": proceedings of a university or an employer, no criminal
 * charge.  Is the charge phrase at token i, of form e, such a one? */
static int noncriminal_proceedings(const struct sentence_ctx *c, size_t i,
                                   const struct lex_entry *e) {
    static const char *const kinds[] = {"conduct", "disciplinary", "civil", "student",
                                        "internal", "misconduct", NULL};
    return e->what == VG_CHARGED && tok(c, i, "proceedings") && i > 0 &&
           tok_in(c, i - 1, kinds);
}

/* "at the rally", "in the encampment": a place that is a gathering of
 * protest, right at token k.  The people there are its crowd.  Returns
 * the token after the phrase, or 0. */
static size_t at_gathering(const struct sentence_ctx *c, size_t k) {
    static const char *const nouns[] = {"rally", "protest", "demonstration", "march",
                                        "encampment", "camp", "vigil", "picket", "sit-in",
                                        "occupation", NULL};
    if (!tok(c, k, "at") && !tok(c, k, "in"))
        return 0;
    k++;
    if (tok(c, k, "the") || tok(c, k, "a") || tok(c, k, "this") || tok(c, k, "that"))
        k++;
    return tok_in(c, k, nouns) ? k + 1 : 0;
}

/* "held a silent sit-in", "held a candlelight vigil": "held" with a
 * gathering as its object is a crowd, not a detention.  Is the word at
 * i such a "held"? */
static int held_gathering(const struct sentence_ctx *c, size_t i) {
    static const char *const nouns[] = {"sit", "rally", "rallies", "vigil", "vigils",
                                        "protest", "protests", "demonstration",
                                        "demonstrations", "march", "marches", "picket",
                                        "pickets", "gathering", "meeting", "strike",
                                        "sit-in", NULL};
    if (!(tok(c, i, "held") || tok(c, i, "hold") || tok(c, i, "holding")) ||
        !(tok(c, i + 1, "a") || tok(c, i + 1, "an") || tok(c, i + 1, "another")))
        return 0;
    for (size_t k = i + 2; k < c->n && k <= i + 4; k++) {
        if (tok_in(c, k, nouns))
            return 1;
        if (c->t[k].kind != TK_WORD || has(c, k, LC_STOP) || trigger_at(c, k))
            return 0;
    }
    return 0;
}

/* "The correctional facility held about 900 inmates", "the jail, which
 * holds 2,000 prisoners": a prison that holds its inmates tells how many
 * live there, no detention.  Is the "held" at i such a verb, with a noun of
 * a prison up to six words before it? */
static int facility_population(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"held", "holds", "hold", "holding", "houses",
                                        "housed", "housing", NULL};
    static const char *const places[] = {"prison", "jail", "gaol", "facility", "penitentiary",
                                         "prisons", "jails", "facilities", NULL};
    static const char *const inmates[] = {"inmates", "prisoners", NULL};
    if (!tok_in(c, i, verbs) || i + 1 >= c->n || !c->qty_at[i + 1])
        return 0;
    const struct quantity *q = &c->q[c->qty_at[i + 1] - 1];
    if (!tok_in(c, q->t1, inmates))
        return 0;
    for (size_t k = i; k-- > 0 && k + 6 >= i;) {
        if (tok_in(c, k, places))
            return 1;
        if (c->qty_at[k] || trigger_at(c, k) || has(c, k, LC_SAY))
            return 0;
    }
    return 0;
}

/* "held elections", "held a vote", "held talks": "held" whose object is
 * an event that is voted, talked or heard, never custody ("the 41
 * municipalities that held elections"). */
static int held_event(const struct sentence_ctx *c, size_t i) {
    static const char *const nouns[] = {"elections", "election", "polls", "poll", "vote",
                                        "votes", "talks", "referendum", "hearing",
                                        "hearings", "consultations", "primaries",
                                        "by-elections", "session", "sessions", NULL};
    if (!(tok(c, i, "held") || tok(c, i, "hold") || tok(c, i, "holding")))
        return 0;
    for (size_t k = i + 1; k < c->n && k <= i + 4; k++) {
        if (tok_in(c, k, nouns))
            return 1;
        if (c->t[k].kind != TK_WORD || has(c, k, LC_STOP) || trigger_at(c, k) ||
            has(c, k, LC_WHO) || c->qty_at[k])
            return 0;
    }
    return 0;
}

static int plain_word(const struct sentence_ctx *c, size_t p);

/* The outcome verb of a relative clause opened at k ("disappeared", "were
 * detained", "had gone missing", "went missing") in "N of those who ...",
 * or NULL. */
static const struct trigger *relative_outcome(const struct sentence_ctx *c, size_t k) {
    static const char *const aux[] = {"were", "was", "had", "have", "been", "went", "gone",
                                      "got", NULL};
    for (size_t n = 0; n < 4 && k < c->n; n++, k++) {
        const struct trigger *tr = trigger_at(c, k);
        if (tr && tr->t0 == k)
            return tr->e->kind != F_PEOPLE ? tr : NULL; /* "went missing" is one */
        if (!tok_in(c, k, aux))
            return NULL;
    }
    return NULL;
}

/* Nouns for what is left of the dead: "the bodies of 9 men were found". */
static const char *const dead_remains[] = {"bodies", "corpses", "remains", NULL};

/* Is the weak noun tr "bodies" the subject of an organisation's act ("the
 * two bodies held a joint briefing", "the rights bodies said", "both
 * bodies also urged"), so bodies of people, no dead? */
static int bodies_act(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const verbs[] = {"held", "hold", "holds", "called", "urged", "demanded",
                                        "issued", "accused", "asked", "welcomed", "petitioned",
                                        "sued", "appealed", "blamed", "want", "wants", NULL};
    static const char *const adverbs[] = {"also", "jointly", "further", "later", NULL};
    size_t k = tr->t1;
    if (!tok(c, tr->t1 - 1, "bodies"))
        return 0;
    if (k < c->n && tok_in(c, k, adverbs))
        k++;
    return k < c->n && (has(c, k, LC_SAY) || tok_in(c, k, verbs));
}

/* "granted police enquiry bail", "given conditional bail", "offered
 * bail": bail with up to three words between the verb and the noun, which
 * no lexicon phrase can hold.  Returns the length of the phrase at i, or 0. */
static size_t bail_granted(const struct sentence_ctx *c, size_t i) {
    if (!(tok(c, i, "granted") || tok(c, i, "given") || tok(c, i, "offered")))
        return 0;
    for (size_t j = i + 1; j < c->n && j <= i + 4; j++) {
        if (tok(c, j, "bail"))
            return j == i + 1 ? 0 /* "granted bail" is the lexicon's */
                   : tok(c, j + 1, "to") ? j + 2 - i : j + 1 - i; /* "... bail to 22" */
        if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || has(c, j, LC_NUM) ||
            has(c, j, LC_NEG) || c->qty_at[j] || tok(c, j, "to") ||
            lexicon_has(c->lx, c->t[j].word, LC_VAGUE))
            return 0; /* "given no bail", "granted 12 days" */
    }
    return 0;
}

/* "referred six others to trial", "sent 19 detainees before the court":
 * a verb of sending to trial whose object stands between it and the
 * court.  Is the word at i such a verb, its court within eight words and
 * a count between? */
static int sent_for_trial(const struct sentence_ctx *c, size_t i) {
    static const char *const courts[] = {"trial", "court", "courts", "judge", "prosecutor",
                                         "prosecutors", "tribunal", NULL};
    if (!(tok(c, i, "referred") || tok(c, i, "committed") || tok(c, i, "sent")))
        return 0;
    int counted = 0;
    for (size_t j = i + 1; j < c->n && j <= i + 8; j++) {
        if (c->qty_at[j])
            counted = 1;
        else if (counted && (tok(c, j, "to") || tok(c, j, "for") || tok(c, j, "before"))) {
            size_t m = j + 1;
            if (tok(c, m, "the") || tok(c, m, "a"))
                m++;
            if (!tok_in(c, m, courts) && !tok_in(c, ++m, courts))
                return 0;
            return m + 1 >= c->n || !plain_word(c, m + 1); /* not "the court building" */
        } else if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || has(c, j, LC_SAY) ||
                 tok(c, j, "to") || tok(c, j, "for"))
            return 0;
    }
    return 0;
}

/* "sent 40 protesters home", "sent the remaining 12 home": a release
 * whose object stands between the verb and "home".  Is the word at i such
 * a "sent"? */
static int sent_home(const struct sentence_ctx *c, size_t i) {
    if (!tok(c, i, "sent"))
        return 0;
    int counted = 0;
    for (size_t j = i + 1; j < c->n && j <= i + 6; j++) {
        if (c->qty_at[j]) {
            counted = 1;
            j = c->q[c->qty_at[j] - 1].t1 - 1; /* past "about 40" */
        } else if (tok(c, j, "home"))
            return counted;
        else if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || tok(c, j, "to"))
            return 0;
    }
    return 0;
}

/* "brought 25,000 people onto the streets", "put 20,000 on the streets",
 * "brought some 10,000 out": a turnout said of what caused it, with the
 * count for its object. */
static int brought_out(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"brought", "brings", "bring", "bringing", "put",
                                        "puts", "putting", NULL};
    static const char *const onto[] = {"onto", "on", "into", "to", "in", NULL};
    if (!tok_in(c, i, verbs))
        return 0;
    int counted = 0;
    for (size_t j = i + 1; j < c->n && j <= i + 7; j++) {
        if (c->qty_at[j]) {
            counted = 1;
            j = c->q[c->qty_at[j] - 1].t1 - 1; /* past "some 10,000" */
        } else if (counted && tok_in(c, j, onto) && tok(c, j + 1, "the") &&
                 (tok(c, j + 2, "streets") || tok(c, j + 2, "street")))
            return 1;
        else if (counted && tok(c, j, "out") && !tok(c, j + 1, "of"))
            return 1;
        else if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || trigger_at(c, j))
            return 0;
    }
    return 0;
}

/* "found 23 protesters guilty", "condemned 5 men to death": a verdict
 * with the count for its object, a sanction.  Neither verb alone is one
 * ("found dead", "condemned the arrests"). */
static int verdict_on(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"found", "find", "finds", "condemned", "condemns",
                                        "condemn", NULL};
    if (!tok_in(c, i, verbs))
        return 0;
    int guilty = c->t[i].fold.ptr[0] == 'f', counted = 0;
    for (size_t j = i + 1; j < c->n && j <= i + 8; j++) {
        if (c->qty_at[j]) {
            counted = 1;
            j = c->q[c->qty_at[j] - 1].t1 - 1;
        } else if (counted && guilty && tok(c, j, "guilty")) {
            return 1;
        } else if (counted && !guilty && tok(c, j, "to") &&
                   (tok(c, j + 1, "death") || tok(c, j + 1, "prison") || tok(c, j + 1, "jail") ||
                    c->t[j + 1].kind == TK_NUM || has(c, j + 1, LC_NUM))) {
            return 1;
        } else if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || trigger_at(c, j)) {
            return 0;
        }
    }
    return 0;
}

/* "blocked the airport road", "blocking the main highway into the
 * city", "barricaded a bridge": crowds that block a way take part.
 * Returns the phrase's length, or 0. */
static size_t blocked_way(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"blocked", "blocking", "block", "blockaded",
                                        "barricaded", NULL};
    static const char *const ways[] = {"road", "roads", "highway", "highways", "motorway",
                                       "street", "streets", "bridge", "bridges", "traffic",
                                       "junction", "intersection", "roundabout", "railway",
                                       "avenue", "boulevard", "expressway", "crossing", NULL};
    static const char *const reasons[] = {"for", "of", "with", "after", "over", "while", NULL};
    if (!tok_in(c, i, verbs) || (i > 0 && tok_in(c, i - 1, reasons)))
        return 0; /* "detained for blocking the road": the reason */
    size_t j = i + 1;
    if (tok(c, j, "the") || tok(c, j, "a") || tok(c, j, "an") || tok(c, j, "main"))
        j++;
    for (size_t end = j + 4; j < c->n && j < end; j++) {
        if (tok_in(c, j, ways))
            return j + 1 - i;
        if (tok(c, j, "-"))
            continue; /* "the Nairobi-Mombasa highway" */
        if (c->t[j].kind != TK_WORD || has(c, j, LC_STOP) || c->qty_at[j] || trigger_at(c, j))
            return 0;
    }
    return 0;
}

/* "holding 63 people", "continue to hold 19": custody in the present,
 * only with a count for its object, so "protesters holding placards" and
 * "holding a vigil" stay what they are. */
static int holds_count(const struct sentence_ctx *c, size_t i) {
    return (tok(c, i, "holding") || tok(c, i, "hold")) && i + 1 < c->n && c->qty_at[i + 1];
}

/* Is "admitted" at token i an admission of guilt ("admitted to the
 * charge", "admitted that", "admitted responsibility", "admitted charges",
 * "admitted the offence", "admitted criminal damage" in a court report),
 * not a patient's admission ("admitted to the Capital Hospital", "were
 * admitted")? */
static int confession(const struct sentence_ctx *c, size_t i) {
    static const char *const objects[] = {"that", "guilt", "responsibility", "wrongdoing",
                                          "having", "charges", "charge", "offences", "offence",
                                          "criminal", "counts", "count", NULL};
    int care = 0;
    if (!tok(c, i, "admitted"))
        return 0;
    if (tok(c, i + 1, "to"))
        return taken_to_place(c, i, &care) == 0 || !care;
    if (tok(c, i + 1, "the") || tok(c, i + 1, "a") || tok(c, i + 1, "an"))
        i++; /* "admitted the charge", "admitted a count of" */
    return tok_in(c, i + 1, objects);
}

/* Is "March" at token i, after "the", the month that names what follows
 * ("since the March coup", "the March elections")?  A march's own name
 * goes on with a word that links ("the March of Millions", "the March
 * for Justice") or a capital. */
static int the_march_month(const struct sentence_ctx *c, size_t i) {
    static const char *const links[] = {"of", "for", "against", "to", "on", "in", "from",
                                        "through", "and", "was", "is", "were", "had", "has",
                                        "drew", "began", "ended", "went", NULL};
    return i > 0 && tok(c, i - 1, "the") && i + 1 < c->n && c->t[i + 1].kind == TK_WORD &&
           !(c->t[i + 1].flags & TF_CAP) && !tok_in(c, i + 1, links);
}

/* "were booked at the county jail", "booked in jail": "booked" at token
 * i with a place of custody after "at" or "in" is a booking into custody,
 * not the charge "booked for rioting" or "booked under section 144" (nor
 * "booked at the Kotwali police station under section 147", a case filed
 * there). */
static int booked_in_jail(const struct sentence_ctx *c, size_t i) {
    if (!tok(c, i, "booked") || !(tok(c, i + 1, "at") || tok(c, i + 1, "in")))
        return 0;
    size_t end = past_custody_place(c, i + 2);
    return end != i + 2 && !tok(c, end, "under") && !tok(c, end, "for");
}

/* Is "March" at token i the month of a date ("12 March", "March 12",
 * "since March", "in early March", "the March coup")? */
static int month_march(const struct sentence_ctx *c, size_t i) {
    static const char *const before[] = {"since", "in", "until", "till", "by", "from", "early",
                                         "mid", "late", "last", "next", "of", "through", NULL};
    return tok(c, i, "march") && (c->t[i].flags & TF_CAP) &&
           ((i > 0 && c->t[i - 1].kind == TK_NUM) || (i + 1 < c->n && c->t[i + 1].kind == TK_NUM) ||
            (i > 0 && tok_in(c, i - 1, before) && !(c->t[i - 1].flags & TF_CAP)) ||
            the_march_month(c, i));
}

/* The outcome phrases that the rules below read rather than the lexicon
 * (words may stand between their parts: "faced felony assault charges"),
 * as if they were entries of it. */
static const struct lex_entry rule_charges = {.cat = LC_OUT, .kind = F_STATE, .what = VG_CHARGED};
static const struct lex_entry rule_injuries = {.cat = LC_OUT, .kind = F_VERB, .what = VG_INJURED};
static const struct lex_entry rule_held = {.cat = LC_OUT, .kind = F_VERB, .what = VG_DETAINED};
static const struct lex_entry rule_penalties = {
    .cat = LC_OUT, .kind = F_VERB, .what = VG_SANCTIONED};
static const struct lex_entry rule_received = {
    .cat = LC_OUT, .kind = F_INTRANS, .what = VG_SANCTIONED};
static const struct lex_entry rule_custody = {.cat = LC_OUT, .kind = F_STATE, .what = VG_DETAINED};
static const struct lex_entry rule_spent = {.cat = LC_OUT, .kind = F_INTRANS, .what = VG_DETAINED};
static const struct lex_entry rule_freed = {.cat = LC_OUT, .kind = F_VERB, .what = VG_RELEASED};
static const struct lex_entry rule_gathered = {
    .cat = LC_OUT, .kind = F_INTRANS, .what = VG_PARTICIPANTS};
static const struct lex_entry rule_sent = {.cat = LC_OUT, .kind = F_VERB, .what = VG_CHARGED};
static const struct lex_entry rule_bail_to = {.cat = LC_OUT, .kind = F_EVENT, .what = VG_RELEASED};
static const struct lex_entry rule_walked = {.cat = LC_OUT, .kind = F_INTRANS, .what = VG_RELEASED};
static const struct lex_entry rule_accusing = {.cat = LC_OUT, .kind = F_VERB, .what = VG_CHARGED};
static const struct lex_entry rule_charges_against = {
    .cat = LC_OUT, .kind = F_EVENT, .what = VG_CHARGED};
static const struct lex_entry rule_turned_out = {
    .cat = LC_OUT, .kind = F_VERB, .what = VG_PARTICIPANTS};
static const struct lex_entry rule_shot_dead = {.cat = LC_OUT, .kind = F_VERB, .what = VG_KILLED};

/* "the unrest, which involved around 200 people", "a brawl involving 300
 * fans", "a rally outside the Capitol involving thousands of students":
 * "involved" after a noun of disorder or of a gathering, with a count
 * right after it, tells the crowd's size.  Is the word at i such an
 * "involved"?  "a case involving 12 people" has no disorder before it and
 * stays no figure. */
static int person_like(struct vg_str w);
static int unrest_involved(const struct sentence_ctx *c, size_t i) {
    static const char *const unrest[] = {"unrest", "riot", "riots", "rioting", "clash",
                                         "clashes", "protest", "protests", "demonstration",
                                         "demonstrations", "brawl", "brawls", "fight",
                                         "fighting", "melee", "disturbance", "disturbances",
                                         "confrontation", "confrontations", "skirmish",
                                         "skirmishes", "scuffle", "scuffles", "rally",
                                         "rallies", "march", "marches", "vigil", "vigils",
                                         "gathering", "gatherings", "blockade", "blockades",
                                         NULL};
    if (!(tok(c, i, "involved") || tok(c, i, "involving")) || i + 1 >= c->n ||
        !c->qty_at[i + 1])
        return 0;
    size_t after = c->q[c->qty_at[i + 1] - 1].t1; /* "involving 40 tractors": no crowd */
    if (after < c->n && plain_word(c, after) && !tok(c, after, "of") && !has(c, after, LC_WHO) &&
        !person_like(c->t[after].fold))
        return 0;
    for (size_t k = i; k-- > 0 && k + 5 >= i;) {
        if (tok_in(c, k, unrest))
            return 1;
        if (c->qty_at[k] || trigger_at(c, k) || has(c, k, LC_STOP) || tok(c, k, ";") ||
            tok(c, k, "."))
            return 0;
    }
    return 0;
}

/* "video shot from a balcony", "footage shot by residents": filmed, no
 * one hit. */
static int filmed(const struct sentence_ctx *c, size_t i) {
    static const char *const media[] = {"video", "videos", "footage", "film", "films",
                                        "photo", "photos", "photographs", "images", "pictures",
                                        "clip", "clips", "scenes", NULL};
    return i > 0 && tok(c, i, "shot") && tok_in(c, i - 1, media);
}

/* "shot 12 marchers dead", "shoot four of them dead", "beat three men
 * to death": the verb, a count for its object and "dead" or "to death"
 * after it kill, as "shot dead 12" does. */
static int shot_object_dead(const struct sentence_ctx *c, size_t i) {
    static const char *const verbs[] = {"shot", "shoot", "shoots", "shooting", "beat",
                                        "beaten", "stabbed", "hacked", NULL};
    if (!tok_in(c, i, verbs) || i + 2 >= c->n || !c->qty_at[i + 1])
        return 0;
    size_t j = c->q[c->qty_at[i + 1] - 1].t1;
    for (size_t end = j + 4; j < c->n && j < end; j++) {
        if (tok(c, j, "dead") || (tok(c, j, "to") && tok(c, j + 1, "death")))
            return 1;
        if (c->t[j].kind != TK_WORD || c->qty_at[j] || trigger_at(c, j) || has(c, j, LC_STOP) ||
            has(c, j, LC_AUX) || tok(c, j, "and") || tok(c, j, "in") || tok(c, j, "on"))
            return 0;
    }
    return 0;
}

/* A phrase of the rules above starting at token i, whose fold begins with
 * f0: the first that matches, in the order they are tried for each first
 * letter (a rule reads only words of its letters), with its length in
 * *len; NULL when none does.  Inline: it is asked at every token, and
 * for most tokens the switch alone answers. */
static inline __attribute__((always_inline)) const struct lex_entry *
ruled_phrase(const struct sentence_ctx *c, size_t i, char f0, size_t *len) {
    int to = 0;
    *len = 1; /* the one-word rules */
    switch (f0) {
    case 'a':
        if ((*len = brought_before(c, i)) > 0)
            return &rule_sent;
        *len = 1;
        return case_accusing(c, i) ? &rule_accusing : NULL;
    case 'n':
        return case_accusing(c, i) ? &rule_accusing : NULL;
    case 'b':
        if ((*len = brought_before(c, i)) > 0)
            return &rule_sent;
        if ((*len = blocked_way(c, i)) > 0)
            return &rule_gathered;
        *len = 1;
        return brought_out(c, i) ? &rule_turned_out : NULL;
    case 'c':
        if ((*len = charges_of_against(c, i)) > 0)
            return &rule_charges_against;
        *len = 1;
        if (sent_for_trial(c, i))
            return &rule_sent;
        return verdict_on(c, i) ? &rule_penalties : NULL;
    case 'd':
        if ((*len = received_penalty(c, i)) > 0)
            return &rule_received;
        if ((*len = dealt_with_by(c, i)) > 0)
            return &rule_penalties;
        return NULL;
    case 'f':
        if ((*len = face_charges(c, i)) > 0)
            return &rule_charges;
        *len = 1;
        return verdict_on(c, i) ? &rule_penalties : NULL;
    case 'g':
        if ((*len = received_penalty(c, i)) > 0)
            return &rule_received;
        if ((*len = granted_bail(c, i, &to)) > 0)
            return to ? &rule_bail_to : &rule_freed;
        if ((*len = bail_granted(c, i)) > 0)
            return tok(c, i + *len - 1, "to") ? &rule_bail_to : &rule_freed;
        return NULL;
    case 'h':
        if ((*len = face_charges(c, i)) > 0)
            return &rule_charges;
        if ((*len = suffer_injuries(c, i)) > 0)
            return &rule_injuries;
        if ((*len = received_penalty(c, i)) > 0)
            return &rule_received;
        *len = 1;
        return holds_count(c, i) ? &rule_held : NULL;
    case 'i':
        if ((*len = in_named_custody(c, i)) > 0)
            return &rule_custody;
        *len = 1;
        return unrest_involved(c, i) ? &rule_turned_out : NULL;
    case 'o':
        if ((*len = bail_granted(c, i)) > 0)
            return tok(c, i + *len - 1, "to") ? &rule_bail_to : &rule_freed;
        return NULL;
    case 'p':
        if ((*len = brought_before(c, i)) > 0)
            return &rule_sent;
        *len = 1;
        return brought_out(c, i) ? &rule_turned_out : NULL;
    case 'r':
        if ((*len = suffer_injuries(c, i)) > 0)
            return &rule_injuries;
        if ((*len = received_penalty(c, i)) > 0)
            return &rule_received;
        if ((*len = granted_bail(c, i, &to)) > 0)
            return to ? &rule_bail_to : &rule_freed;
        *len = 1;
        return sent_for_trial(c, i) ? &rule_sent : NULL;
    case 's':
        if ((*len = face_charges(c, i)) > 0)
            return &rule_charges;
        if ((*len = suffer_injuries(c, i)) > 0)
            return &rule_injuries;
        if ((*len = spent_in_custody(c, i)) > 0)
            return &rule_spent;
        *len = 1;
        if (sent_home(c, i))
            return &rule_freed;
        return sent_for_trial(c, i) ? &rule_sent : NULL;
    case 't':
        return (*len = brought_before(c, i)) > 0 ? &rule_sent : NULL;
    case 'w':
        return (*len = walked_out(c, i)) > 0 ? &rule_walked : NULL;
    default:
        return NULL;
    }
}

/* "the fate of 16 detainees" (e at token i) counts the missing only when
 * the sentence goes on to say the fate is not known. */
static int fate_decided(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    if (e->kind != F_EVENT || e->what != VG_MISSING || !tok(c, i, "fate"))
        return 0;
    for (size_t k = i + 1; k < c->n; k++)
        if (tok(c, k, "unknown") || tok(c, k, "unclear") ||
            (tok(c, k, "not") && tok(c, k + 1, "known")))
            return 0;
    return 1;
}

/* "an attempt to detain X", "police tried to arrest 20 leaders", "failed
 * to release them": an outcome verb after "to" and a word of trying,
 * wanting or failing happened to no one (GUIDELINES.md: people only
 * intended to be arrested are no figure).  Is the verb at i one? */
static int only_attempted(const struct sentence_ctx *c, size_t i) {
    static const char *const tried[] = {"attempt", "attempts", "attempted", "attempting",
                                        "tried", "try", "tries", "trying", "sought", "seek",
                                        "seeking", "failed", "fail", "bid", "wanted", "want",
                                        "wants", "planned", "planning", "plan", "plans",
                                        "intended", "intend", "intending", "threatened",
                                        "threatening", "threaten", NULL};
    return i >= 2 && tok(c, i - 1, "to") && tok_in(c, i - 2, tried);
}

/* "the court decided to release 37 activists", "its ruling to free 59
 * of them", "ordered the police to release 12": a release a decision
 * made, which the lexicon's event noun "release" cannot read as the verb
 * that takes its count.  A release only wanted, promised or asked for
 * ("vowed to free", "called on them to release") stays none, as
 * only_attempted says of other outcomes.  Is the word at i such a verb? */
static int decided_release(const struct sentence_ctx *c, size_t i) {
    static const char *const decided[] = {"decided", "decides", "ruled", "rules", "voted",
                                          "votes", "ordered", "orders", "order", "decision",
                                          "ruling", NULL};
    if (!(tok(c, i, "release") || tok(c, i, "free")) || i < 2 || !tok(c, i - 1, "to") ||
        i + 1 >= c->n || !(c->qty_at[i + 1] || tok(c, i + 1, "all") || tok(c, i + 1, "the")))
        return 0;
    if (tok_in(c, i - 2, decided))
        return 1;
    return i >= 4 && tok_in(c, i - 4, decided) && tok(c, i - 3, "the") && plain_word(c, i - 2);
}

/* "toll-free", "toll gate", "toll road": a toll that is paid, no count of
 * the dead.  Is the phrase at token i, of form e, such a "toll"? */
static int toll_of_road(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const nouns[] = {"free", "gate", "gates", "road", "roads", "booth",
                                        "booths", "plaza", "plazas", "bridge", "fee", "fees",
                                        "charges", "collection", "operator", "operators", NULL};
    if (e->kind != F_TOLL || !tok(c, i, "toll"))
        return 0;
    size_t k = tok(c, i + 1, "-") ? i + 2 : i + 1;
    return tok_in(c, k, nouns);
}

/* "17,091 possible fatalities", "over 17,000 more potential deaths": deaths
 * or arrests a monitor is still checking, no count of them yet.  Is the
 * outcome noun at token i, of form e, hedged so? */
static int hedged_noun(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const hedges[] = {"possible", "potential", NULL};
    if (e->kind != F_EVENT && e->kind != F_PEOPLE)
        return 0;
    return i > 0 && tok_in(c, i - 1, hedges);
}

/* "the 22-million-strong island nation", "a 3,000-strong police force":
 * the size of a standing body, no crowd.  Is the "-strong" at token i, of
 * form e, followed by such a body's noun, its adjectives between? */
static int strong_body(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const bodies[] = {
        "nation", "country", "population", "army", "force", "forces", "community",
        "diaspora", "workforce", "staff", "parliament", "assembly", "legislature",
        "council", "senate", "chamber", "cabinet", "membership", "electorate",
        "contingent", "battalion", "brigade", "squad", "city", "state", "nations", "navy",
        "militia", "union", "federation", "island", "region", NULL};
    if (e->what != VG_PARTICIPANTS || !tok(c, i, "-") || !tok(c, i + 1, "strong"))
        return 0;
    static const char *const ends[] = {"of", "in", "at", "on", "from", "outside", "near",
                                       "across", "to", "and", "or", "that", "which", NULL};
    for (size_t k = i + 2; k < c->n && k < i + 6; k++) {
        size_t len;
        if (tok_in(c, k, bodies))
            return 1;
        if (c->t[k].kind != TK_WORD || c->qty_at[k] || tok_in(c, k, ends) ||
            lex_match(c->lx, c->t, c->n, k, LC_OUT, &len))
            return 0; /* "a 3,000-strong rally outside parliament", "a 1,000-strong
                       * group in the city": a crowd */
    }
    return 0;
}

/* "52 people were hacked or burnt to death", "hacked, burned to death":
 * a participle whose "to death" is shared with the next verb after "or",
 * "and" or a comma.  Returns the length of the whole phrase at i and the
 * outcome of the second verb's phrase in *out, or 0. */
static size_t shared_to_death(const struct sentence_ctx *c, size_t i,
                              const struct lex_entry **out /* OUT */) {
    static const char *const irregular[] = {"beaten", "burnt", "shot", "slain", NULL};
    static const char *const joins[] = {"or", "and", ",", NULL};
    if (i + 4 >= c->n || c->t[i].kind != TK_WORD || (c->t[i].flags & TF_CAP))
        return 0;
    const struct vg_str w = c->t[i].fold; /* the cheap tests first: every word is asked */
    if (!(w.len > 4 && memcmp(w.ptr + w.len - 2, "ed", 2) == 0) && !tok_in(c, i, irregular))
        return 0;
    if (!tok_in(c, i + 1, joins))
        return 0;
    size_t len;
    const struct lex_entry *e = lex_match(c->lx, c->t, c->n, i + 2, LC_OUT, &len);
    if (!e || e->what != VG_KILLED || len < 3 || !tok(c, i + 2 + len - 2, "to") ||
        !tok(c, i + 2 + len - 1, "death"))
        return 0;
    *out = e;
    return len + 2;
}

/* Does a link phrase of two words or more start at token i ("shot up to")
 * after a running count found earlier ("the death toll ... shot up to 45")?
 * Its first word is then a verb of rising, not an outcome; "police shot up
 * to 12 protesters" has no count before it and keeps its shooting. */
static int starts_link(const struct sentence_ctx *c, size_t i) {
    size_t len = 0;
    if (!lex_match(c->lx, c->t, c->n, i, LC_LINK, &len) || len < 2)
        return 0;
    for (size_t k = 0; k < c->ntr; k++)
        if (c->tr[k].e->kind == F_TOLL)
            return 1;
    return 0;
}

/* Is "charged with" at token i a duty given, no charge laid: "100
 * officers charged with the eviction", "a unit charged with guarding
 * the square"?  The word after "with" (and an article) names a task. */
static int charged_with_duty(const struct sentence_ctx *c, size_t i, const struct lex_entry *e) {
    static const char *const tasks[] = {"eviction", "evictions", "task", "tasks", "duty",
                                        "duties", "responsibility", "mission", "security",
                                        "protection", "protecting", "guarding", "overseeing",
                                        "enforcing", "implementing", "investigating",
                                        "supervising", "policing", "monitoring", "demolition",
                                        "demolitions", NULL};
    if (e->what != VG_CHARGED || !tok(c, i, "charged") || !tok(c, i + 1, "with"))
        return 0;
    size_t k = i + 2;
    if (tok(c, k, "the") || tok(c, k, "a") || tok(c, k, "an") || tok(c, k, "their"))
        k++;
    return tok_in(c, k, tasks);
}

void bind_find_triggers(struct sentence_ctx *c, struct trigger *buf, size_t cap) {
    c->tr = buf;
    c->ntr = 0;
    for (size_t i = 0; i < c->n; i++)
        c->trig_at[i] = 0;
    for (size_t i = 0; i < c->n && c->ntr < cap;) {
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, i, LC_OUT, &len);
        uint8_t got = VG_WHAT_NONE;
        int ru = cyrillic_at(c, i);
        size_t rl = ru ? ru_noun_got(c, i, &got) : 0;
        if (rl > 0 && (!e || rl > len)) {
            /* «ранения различной тяжести получили», not «ранения» alone */
            e = got == VG_INJURED ? &rule_injuries : &rule_penalties;
            len = rl;
        }
        /* The phrases of ru_verb_into start at «в» or right before it. */
        int into = ru && (tok(c, i, "в") || tok(c, i, "во") || tok(c, i + 1, "в") ||
                          tok(c, i + 1, "во"));
        size_t cl = into ? ru_to_care(c, i) : 0;
        if (cl > 0 && (!e || cl > len)) {
            e = &rule_injuries; /* «поступили в городские больницы», not «поступили» */
            len = cl;
        }
        cl = into ? ru_into_van(c, i) : 0;
        if (cl > 0 && (!e || cl > len)) {
            e = &rule_held; /* «затащили в полицейские автобусы» */
            len = cl;
        }
        cl = ru ? ru_from_custody(c, i) : 0;
        if (cl > 0 && (!e || cl > len)) {
            e = &rule_freed; /* «вышли из ИВС», not the crowd's «вышли» */
            len = cl;
        }
        const struct lex_entry *de = NULL;
        size_t dl = shared_to_death(c, i, &de);
        if (dl > 0 && (!e || dl > len)) {
            e = de; /* "hacked or burnt to death", not "hacked" or "burnt" alone */
            len = dl;
        }
        char f0 = c->t[i].fold.len ? c->t[i].fold.ptr[0] : 0;
        size_t gl = f0 == 'h' || f0 == 's' || f0 == 'm' || f0 == 'o' ? staged_gathering(c, i) : 0;
        if (gl > 0 && (!e || gl > len)) {
            e = &rule_gathered; /* "held violent protests", not "held" alone */
            len = gl;
        }
        if (!e) /* the rules' phrases, tried by their first letter */
            e = ruled_phrase(c, i, f0, &len);
        if ((!e || (e->kind == F_EVENT && e->what == VG_RELEASED && len == 1)) &&
            decided_release(c, i)) {
            e = &rule_freed; /* "decided to release 37 activists" */
            len = 1;
        }
        int care = 0;
        if (!e && tok(c, i + 1, "to") && (len = taken_to_place(c, i, &care)) > 0)
            e = care ? &rule_injuries : &rule_held;
        int kept = !e && ru ? ru_held(c, i) : VG_WHAT_NONE;
        if (kept != VG_WHAT_NONE) {
            e = kept == VG_INJURED ? &rule_injuries : &rule_held;
            len = 1;
        }
        if ((!e || (e->what == VG_INJURED && len == 1)) && shot_object_dead(c, i)) {
            e = &rule_shot_dead; /* "beat two farmers to death" */
            len = 1;
        }
        if (!e || (len == 1 && filmed(c, i))) {
            i++;
            continue;
        }
        if (charge_ended(c, i, e) || noncriminal_proceedings(c, i, e) ||
            physical_charge(c, i, e)) {
            i += len; /* not "proceedings against" alone either */
            continue;
        }
        if (toll_of_road(c, i, e)) {
            i += len; /* "toll-free lines: 999, 112", "the Lekki toll gate" */
            continue;
        }
        if (hedged_noun(c, i, e) || strong_body(c, i, e)) {
            i += len; /* "17,091 possible fatalities", "a 3,000-strong police force" */
            continue;
        }
        if (fate_decided(c, i, e)) {
            i += len; /* "the fate of 200 protesters will be decided in court" */
            continue;
        }
        if (len == 1 && starts_link(c, i)) {
            i++; /* "the death toll shot up to 45": a rise, no shooting */
            continue;
        }
        if (len == 1 && month_march(c, i)) {
            i++; /* "12 March - 45 detained": the month, no crowd */
            continue;
        }
        if (charged_with_duty(c, i, e)) {
            i += len; /* "officers charged with the eviction": a duty, no charge */
            continue;
        }
        if (len == 1 && confession(c, i)) {
            i++; /* "admitted to the charge": no patient */
            continue;
        }
        if ((e->kind == F_VERB || e->kind == F_EVENT) && only_attempted(c, i)) {
            i += len; /* "an attempt to detain X", "tried to arrest 20": intended only */
            continue;
        }
        if (e->what == VG_DETAINED && len == 1 && held_gathering(c, i))
            e = &rule_gathered;
        if (len == 1 && booked_in_jail(c, i))
            e = &rule_held;
        if (e->what == VG_DETAINED && len == 1 && facility_population(c, i)) {
            i++; /* "the facility held about 900 inmates": its population */
            continue;
        }
        if (e->what == VG_DETAINED && len == 1 && held_event(c, i)) {
            i++; /* "held elections": no custody */
            continue;
        }
        c->tr[c->ntr].t0 = i;
        c->tr[c->ntr].t1 = i + len;
        c->tr[c->ntr].e = e;
        c->ntr++;
        c->trig_at[i] = (uint16_t)c->ntr;
        i += len;
    }
}

/* A word with no role in the grammar: an adjective or a noun we do not know. */
static int plain_word(const struct sentence_ctx *c, size_t p) {
    static const char *const closed[] = {"and", "or", "of", "who", "that", "which", "in", "at",
                                         "on", "for", "with", "by", "from", "to", "as", "after",
                                         "before", "during", "since", "than", "into",
                                         "until", "till", "through", "throughout", "within",
                                         "amid", "across", "near", "around", "via",
                                         /* Russian prepositions: «46 интервью с задержанными» */
                                         "с", "со", "в", "во", "на", "о", "об", "у", "к", "ко",
                                         "по", "для", "из", "от", "до", "за", "при", "без", NULL};
    if (p >= c->n)
        return 0; /* past the sentence, as tok() and has() read it */
    const struct token *t = &c->t[p];
    if (t->kind != TK_WORD || (t->flags & TF_CAP) || has(c, p, LC_AUX) || has(c, p, LC_STOP) ||
        has(c, p, LC_SAY) || has(c, p, LC_NEG) || trigger_at(c, p) || has(c, p, LC_NUM) ||
        lexicon_has(c->lx, t->word, LC_VAGUE) || lexicon_has(c->lx, t->word, LC_QUAL))
        return 0;
    return !word_list_has_token(closed, t);
}

/* A closed-class word ("in", "after") that a title-case headline capitalises. */
static int plain_closed(const struct sentence_ctx *c, size_t p) {
    static const char *const closed[] = {"in", "at", "on", "after", "as", "across", "during",
                                         "for", "from", "near", "outside", "over", "since",
                                         "amid", "and", "to", "by", "with", NULL};
    for (const char *const *w = closed; *w; w++)
        if (tok(c, p, *w))
            return 1;
    return 0;
}

/* Does an unknown plural noun name people ("comuneros" no, "marchers" yes)? */
static int person_like(struct vg_str w) {
    static const char *const endings[] = {"ers", "ors", "ists", "ians", "ans", "ants", "ents",
                                          "ees", "men", "ives", "ics", "ites", "ards", NULL};
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (w.len > n + 1 && memcmp(w.ptr + w.len - n, *e, n) == 0)
            return 1;
    }
    return 0;
}

/* Is token p the first part of a hyphenated word ("anti-war", "left-wing")? */
static int joined_by_hyphen(const struct sentence_ctx *c, size_t p) {
    return p + 2 < c->n && tok(c, p + 1, "-") && !(c->t[p + 1].flags & TF_SPACE) &&
           c->t[p + 2].kind == TK_WORD && !(c->t[p + 2].flags & TF_SPACE);
}

/* The last token of a name of up to five capitalised words that starts
 * with the word at p: "Saba Saba", "Black Lives Matter", "Stand Up To
 * Racism" (a title's small words are capitalised too), "Tehreek-e-Insaf"
 * (its pieces joined by hyphens), "National League for Democracy". */
static size_t name_end(const struct sentence_ctx *c, size_t p) {
    size_t last = p;
    for (size_t k = p + 1, words = 1; k + 1 < c->n && words < 5; k++) {
        if (joined_by_hyphen(c, k - 1)) {
            last = ++k;
            continue;
        }
        if ((tok(c, k, "for") || tok(c, k, "of")) && k + 2 < c->n &&
            c->t[k + 1].kind == TK_WORD && (c->t[k + 1].flags & TF_CAP))
            k++; /* "National League for Democracy", "Party of Regions" */
        const struct trigger *tr = trigger_at(c, k);
        if (c->t[k].kind != TK_WORD || !(c->t[k].flags & TF_CAP) ||
            (tr && tr->e->kind != F_WEAK)) /* but "Black Lives Matter" */
            break;
        last = k;
        words++;
    }
    return last;
}

/* Does the capitalised word at p modify a noun of people after it, in
 * prose ("Kremlin critics", "Navalny supporters", "Saba Saba suspects"),
 * not a title-case header ("2 Ecuador Protests")?  The noun is lower case
 * and names people.  Returns the number of tokens before the noun (the
 * capitalised words and any "and" between them), or 0. */
static size_t modifies_noun(const struct sentence_ctx *c, size_t p) {
    size_t len, p0 = p;
    int joined = 0;
    while (joined < 4 && p + 3 < c->n &&
           (tok(c, p + 1, "and") || tok(c, p + 1, "or") || tok(c, p + 1, ",")) &&
           c->t[p + 2].kind == TK_WORD && (c->t[p + 2].flags & TF_CAP) &&
           !(c->t[p + 2].flags & TF_UPPER) && !trigger_at(c, p + 2) && !has(c, p + 2, LC_FUNC))
        p += 2, joined++; /* "16 Kenyan and Ugandan journalists", "29 Kurdish, Baluch
                           * and Arab activists" */
    if (joined && tok(c, p - 1, ","))
        return 0; /* "5 Kenyans, Ugandans": no adjectives before one noun */
    if (joined && p + 2 < c->n && c->t[p + 1].kind == TK_WORD && !(c->t[p + 1].flags & TF_CAP) &&
        plain_word(c, p + 1) && !lex_match(c->lx, c->t, c->n, p + 1, LC_WHO, &len) &&
        lex_match(c->lx, c->t, c->n, p + 2, LC_WHO, &len))
        p++; /* "Baluch and Arab civil activists" */
    else if (!joined) {
        size_t e = name_end(c, p); /* "38 Saba Saba suspects", "300 Black Lives Matter
                                    * marchers", "65 National League for Democracy members" */
        for (size_t k = p + 1; k <= e + 1 && k < c->n; k++)
            if ((c->t[k].flags & TF_CAP) && lex_match(c->lx, c->t, c->n, k, LC_WHO, &len) &&
                (k + len > e || plain_closed(c, k + len) || has(c, k + len, LC_AUX)))
                return k - p0; /* a title-case headline's noun: "Killed 12 Lekki Protesters",
                                * "Hundreds of Student Protesters Have Been Arrested" */
        p = e;
        if (tok(c, p + 1, "'s"))
            p++; /* "thousands of Bobi Wine's supporters" */
    }
    if (p + 1 >= c->n || c->t[p + 1].kind != TK_WORD || (c->t[p + 1].flags & TF_CAP))
        return 0;
    const struct trigger *x = trigger_at(c, p + 1);
    if (x && x->e->kind == F_PEOPLE)
        return p + 1 - p0; /* "131 Venezuelan political prisoners": a noun of the outcome */
    if (!joined && plain_word(c, p + 1) && p + 2 < c->n && !(c->t[p + 2].flags & TF_CAP) &&
        ((x = trigger_at(c, p + 2)) != NULL ? x->e->kind == F_PEOPLE
                                            : lex_match(c->lx, c->t, c->n, p + 2, LC_WHO,
                                                        &len) != NULL))
        return p + 2 - p0; /* "40 Ugandan opposition supporters" */
    return lex_match(c->lx, c->t, c->n, p + 1, LC_WHO, &len) != NULL ||
                   (plain_word(c, p + 1) && person_like(c->t[p + 1].fold))
               ? p + 1 - p0
               : 0;
}

/* A part marker of kind `want` (PART_PRE or PART_POST) at token i: "из
 * них"; returns its length in tokens, or 0. */
static size_t part_at(const struct sentence_ctx *c, size_t i, int want) {
    if (i >= c->n || !lexicon_has(c->lx, c->t[i].word, LC_PART))
        return 0;
    uint32_t w = c->t[i].word;
    for (uint32_t k = 0; k < c->lx->count[w]; k++) {
        const struct lex_entry *e = &c->lx->entries[c->lx->by_word[c->lx->first[w] + k]];
        if (e->cat != LC_PART || !(e->kind & want) || i + e->n_words > c->n)
            continue;
        size_t j = 1;
        while (j < e->n_words && c->t[i + j].word == e->words[j])
            j++;
        if (j == e->n_words)
            return j;
    }
    return 0;
}

/* A part marker of kind `want` ending just before token end. */
static int part_before(const struct sentence_ctx *c, size_t end, int want) {
    for (size_t len = 1; len <= LEX_MAX_WORDS && len <= end; len++)
        if (part_at(c, end - len, want) == len)
            return 1;
    return 0;
}

/* Is token k a Russian unit of a term: сутки, дни, недели, месяцы, годы? */
static int ru_term_unit(const struct sentence_ctx *c, size_t k) {
    static const char *const units[] = {"суток", "сутки", "дней", "дня", "день", "недель",
                                        "недели", "неделю", "месяцев", "месяца", "месяц",
                                        "лет", "года", "год", NULL};
    for (const char *const *u = units; *u; u++)
        if (tok(c, k, *u))
            return 1;
    return 0;
}

/* Does a Russian term start at token k: prepositions, qualifiers and
 * numbers, then a unit of time («по 7 суток», «от 3 до 10 суток», «на 15
 * суток», «20 часов обязательных работ»)?  With days_only, only a term in
 * days, an administrative arrest's («на 15 суток», not «на два месяца» of
 * pre-trial custody). */
static int ru_term_from(const struct sentence_ctx *c, size_t k, int days_only) {
    int num = 0;
    for (size_t m = k; m < c->n && m <= k + 7;) {
        if (num && (tok(c, m, "суток") || tok(c, m, "сутки") || tok(c, m, "дней") ||
                    tok(c, m, "дня") || tok(c, m, "день")))
            return 1;
        if (num && !days_only && (ru_term_unit(c, m) ||
                    ((tok(c, m, "часов") || tok(c, m, "часа")) &&
                     (tok(c, m + 1, "обязательных") || tok(c, m + 1, "общественных")))))
            return 1; /* «по 10 суток», «20 часов обязательных работ» */
        if (c->qty_at[m]) {
            m = c->q[c->qty_at[m] - 1].t1;
            num = 1;
        } else if (c->t[m].kind == TK_NUM || has(c, m, LC_NUM)) {
            m++;
            num = 1;
        } else if (tok(c, m, "по") || tok(c, m, "от") || tok(c, m, "до") ||
                   tok(c, m, "сроком") || tok(c, m, "на") || tok(c, m, "ещё") ||
                   tok(c, m, "еще") || tok(c, m, "-") || tok(c, m, "\xe2\x80\x93") ||
                   has(c, m, LC_QUAL)) {
            m++;
        } else {
            break;
        }
    }
    return 0;
}

/* Is a court the subject or agent of the Russian verb x: «суд», «суды»,
 * «судья» among the three words before it, «судом» right after it? */
static int court_by(const struct sentence_ctx *c, const struct trigger *x) {
    for (size_t k = x->t0, steps = 0; k-- > 0 && steps < 3; steps++) {
        if (tok(c, k, "суд") || tok(c, k, "суды") || tok(c, k, "судья") || tok(c, k, "судьи") ||
            tok(c, k, "судом") || tok(c, k, "судами"))
            return 1;
        if (c->qty_at[k] || c->t[k].kind == TK_PUNCT)
            break;
    }
    return tok(c, x->t1, "судом") || tok(c, x->t1, "судами");
}

/* Is token k a Russian agent in the nominative that may stand between a
 * fronted object count and its verb: «троих из них суд оштрафовал»,
 * «пятерых полиция задержала», «двоих силовики увезли»? */
static int ru_agent(const struct sentence_ctx *c, size_t k) {
    static const char *const agents[] = {"суд",      "суды",    "судья",   "полиция",
                                         "милиция",  "силовики", "омон",   "росгвардия",
                                         "следствие", "следователи", NULL};
    if (k >= c->n || !cyrillic_at(c, k))
        return 0;
    for (const char *const *a = agents; *a; a++)
        if (tok(c, k, *a))
            return 1;
    return 0;
}

/* Does custody before trial follow the verb x, up to a few words past the
 * count's noun phrase that ends at `end`: «на два месяца», «на время
 * следствия», «под стражу»? */
static int ru_pretrial_after(const struct sentence_ctx *c, const struct trigger *x, size_t end) {
    static const char month[] = "месяц";
    for (size_t k = x->t1; k < c->n && k < end + 6; k++) {
        const struct vg_str w = c->t[k].fold;
        if ((w.len >= sizeof month - 1 && memcmp(w.ptr, month, sizeof month - 1) == 0) ||
            tok(c, k, "следствия") || tok(c, k, "расследования") || tok(c, k, "стражу") ||
            tok(c, k, "суда") || tok(c, k, "приговора"))
            return 1; /* «до суда», «до приговора» too */
        if (k > end && tok(c, k, "."))
            break;
    }
    return 0;
}

/* Do the words at k say a trial is still to come: "facing prosecution",
 * "facing charges", "facing trial", "awaiting trial"? */
static int awaiting_trial(const struct sentence_ctx *c, size_t k) {
    static const char *const ahead[] = {"prosecution", "charges", "trial", NULL};
    return k + 1 < c->n && (tok(c, k, "facing") || tok(c, k, "awaiting")) &&
           tok_in(c, k + 1, ahead);
}

/* Is "jailed" at x custody so far, no sentence: "jailed since July 31",
 * "jailed without trial", "jailed pending trial", "jailed, facing
 * prosecution", "jailed for nearly 11 weeks" (a sentence's term is exact, a stay so far is not)? */
static int jailed_so_far(const struct sentence_ctx *c, const struct trigger *x) {
    static const char *const so_far[] = {"nearly", "almost", "more", "over", "about", NULL};
    size_t k = x->t1;
    if (x->t1 != x->t0 + 1 || !tok(c, x->t0, "jailed") || k >= c->n)
        return 0;
    if (tok(c, k, "since") || tok(c, k, "pending") ||
        (tok(c, k, "without") && (tok(c, k + 1, "trial") || tok(c, k + 1, "charge"))))
        return 1;
    if (awaiting_trial(c, tok(c, k, ",") ? k + 1 : k))
        return 1; /* "jailed, facing prosecution": no trial yet (case 678) */
    return tok(c, k, "for") && tok_in(c, k + 1, so_far);
}

/* The outcome of an active verb x before a count whose noun phrase ends at
 * `end`: a Russian arrest with a term after its object, or between the
 * verb and the count, is a court's sanction («суды арестовали 140 человек
 * на сроки до 15 суток», «арестовал 5 активистов на 10 суток», «арестовал
 * на 10 суток троих»), any other verb its own outcome. */
static uint8_t ru_arrest_term(const struct sentence_ctx *c, const struct trigger *x, size_t end) {
    static const char arrest[] = "арестова";
    const struct vg_str w = c->t[x->t0].fold;
    size_t n = sizeof arrest - 1;
    if (jailed_so_far(c, x))
        return VG_DETAINED;
    if (x->e->what != VG_DETAINED ||
        ((w.len < n || memcmp(w.ptr, arrest, n) != 0) && !tok(c, x->t1 - 1, "спецприемник")))
        return x->e->what; /* an arrest, or a stay in the jail of arrests */
    if ((tok(c, x->t1, "на") || tok(c, x->t1, "сроком")) && ru_term_from(c, x->t1, 1))
        return VG_SANCTIONED;
    if (court_by(c, x) && !ru_pretrial_after(c, x, end))
        return VG_SANCTIONED; /* a court's arrest, no custody before trial */
    if (tok(c, end, "на") && (tok(c, end + 1, "срок") || tok(c, end + 1, "сроки")))
        end += 2; /* «на сроки до 15 суток», «на разные сроки» */
    else if (!tok(c, end, "на") && !tok(c, end, "сроком"))
        return x->e->what;
    if (ru_term_from(c, end, 1) || (tok(c, end - 1, "сроки") && !ru_term_from(c, end, 0)))
        return VG_SANCTIONED;
    return x->e->what;
}

/* "booked the remaining 12 into the county jail": "booked" alone is a
 * charge ("booked for rioting"), but with "into" after its object it is
 * the booking of people into custody, as "booked into" before a place. */
static int booked_into(const struct sentence_ctx *c, const struct trigger *x, size_t end) {
    return x->t1 == x->t0 + 1 && tok(c, x->t0, "booked") && tok(c, end, "into");
}

/* Does "whether" open the clause of the outcome at token t: "decide
 * whether to file charges against", "asked whether to release"?  An
 * outcome still undecided states no figure. */
static int undecided(const struct sentence_ctx *c, size_t t) {
    for (size_t k = t; k-- > 0 && t - k <= 4;) {
        if (tok(c, k, "whether"))
            return 1;
        if (tok(c, k, ",") || tok(c, k, ";") || c->qty_at[k] || has(c, k, LC_STOP))
            return 0;
    }
    return 0;
}

/* Is the event noun at token t (its phrase [t, ...)) asked for, not done:
 * "called for the release of 47 people", "demanded the arrest of five
 * officers", "urge the prosecution of"?  A demand states no figure of it. */
static int demanded(const struct sentence_ctx *c, size_t t) {
    static const char *const verbs[] = {"demand", "demands", "demanded", "demanding", "urge",
                                        "urges", "urged", "urging", "seek", "seeks", "sought",
                                        "seeking", "requested", "request", "requests", NULL};
    static const char *const calls[] = {"call", "calls", "called", "calling", "appeal",
                                        "appeals", "appealed", "appealing", "press", "pressed",
                                        "pressing", "campaign", "campaigned", "campaigning",
                                        "push", "pushed", "pushing", "ask", "asks", "asked",
                                        "asking", NULL};
    size_t k = t;
    /* "asked for two-year prison terms for the twelve": past the term's length */
    if (k > 1 && tok(c, k - 2, "-") && (tok(c, k - 1, "year") || tok(c, k - 1, "month")))
        k = k >= 3 && (c->t[k - 3].kind == TK_NUM || has(c, k - 3, LC_NUM)) ? k - 3 : k - 2;
    if (k > 0 && (tok(c, k - 1, "the") || tok(c, k - 1, "immediate") || tok(c, k - 1, "swift")))
        k--;
    if (k > 0 && (tok(c, k - 1, "the") || tok(c, k - 1, "an")))
        k--;
    if (k > 0 && tok_in(c, k - 1, verbs))
        return 1;
    return k > 1 && tok(c, k - 1, "for") && tok_in(c, k - 2, calls);
}

/* "prohibited any public gathering of five people or more", "a ban on
 * any gathering of 50": a crowd's noun a rule forbids or caps names no
 * crowd that met.  Is the gathering trigger tr so governed? */
static int forbidden_gathering(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const adjs[] = {"public", "mass", "large", "political", "outdoor",
                                       "indoor", "street", "social", NULL};
    static const char *const rules[] = {"prohibited", "prohibits", "prohibit", "prohibiting",
                                        "banned", "bans", "banning", "barred", "bars",
                                        "barring", "forbade", "forbids", "forbidding",
                                        "outlawed", "outlaws", "outlawing", NULL};
    static const char *const caps[] = {"ban", "bans", "prohibition", "limit", "limits",
                                       "cap", "restrictions", "restriction", NULL};
    if (tr->e->what != VG_PARTICIPANTS || tr->e->kind != F_TOLL)
        return 0;
    size_t k = tr->t0;
    while (k > 0 && tok_in(c, k - 1, adjs))
        k--;
    if (k > 0 && (tok(c, k - 1, "any") || tok(c, k - 1, "no") || tok(c, k - 1, "every")))
        return 1;
    if (k > 0 && (tok(c, k - 1, "a") || tok(c, k - 1, "the")))
        k--;
    if (k > 0 && tok_in(c, k - 1, rules))
        return 1;
    return k > 1 && tok(c, k - 1, "on") && tok_in(c, k - 2, caps);
}

/* «получили от 3 до 10 суток ареста», «дали по 10 суток», «назначено по
 * 15 суток»: a Russian verb of receiving or giving at token k followed by a
 * term, the sentence of the count before it (sanctioned).  Returns the
 * outcome, or VG_WHAT_NONE. */
static int ru_term_sentence(const struct sentence_ctx *c, size_t k) {
    static const char *const verbs[] = {"получили", "получил", "получила", "получило",
                                        "получат", "получают", "получает", "дали", "дал",
                                        "дала", "назначили", "назначил", "назначила",
                                        "назначено", "назначены", "назначен", "назначена",
                                        "присудили", "присуждено", NULL};
    if (!tok_in(c, k, verbs)) /* one filter test for most tokens, English ones all */
        return VG_WHAT_NONE;
    return ru_term_from(c, k + 1, 0) ? VG_SANCTIONED : VG_WHAT_NONE;
}

/* Does an unknown Russian noun after a count name people: the genitive of
 * a noun of agent («болельщиков», «дальнобойщика», «строителей»,
 * «экологов» no)?  Adjectives never end so, so the noun is read at once. */
static int ru_person_like(struct vg_str w) {
    static const char *const endings[] = {
        "щиков", "щика", "чиков", "чика", "ников", "телей", "теля", "истов", "иста",
        "антов", "ентов", "овцев", "овца", "евцев", "евца", "анцев", "анца", "енцев",
        "енца", NULL};
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (w.len > n + 4 && memcmp(w.ptr + w.len - n, *e, n) == 0)
            return 1;
    }
    return 0;
}

/* What follows a quantity: its noun phrase. */
struct head {
    size_t end;                /* first token after the noun phrase */
    int has_noun;              /* a noun was found */
    int who;                   /* group from the noun, or -1 */
    const struct trigger *out; /* the noun is an outcome word ("detainees", "arrests") */
    int partitive;             /* "N of them", "N of those arrested" */
    const struct trigger *part_tr; /* the outcome of "N of those arrested", or NULL */
    int pronoun;               /* the partitive is "of them", "of those", ... */
    int reject;                /* the noun is no people ("days", "cities") */
};

/* Does «все» (any case) stand before token k in the sentence? */
static int all_before(const struct sentence_ctx *c, size_t k) {
    for (size_t m = 0; m < k; m++)
        if (tok(c, m, "все") || tok(c, m, "всех") || tok(c, m, "всем") || tok(c, m, "всеми"))
            return 1;
    return 0;
}

static int term_sentence(const struct sentence_ctx *c, size_t k);

/* Is token k an English preposition of place or time that no noun phrase
 * of a count runs through ("400 across the country", "12 outside the
 * court")? */
static int place_prep(const struct sentence_ctx *c, size_t k) {
    static const char *const preps[] = {"across", "outside", "inside", "near", "throughout",
                                        "around", "during", "since", "nationwide", NULL};
    return tok_in(c, k, preps);
}

/* Is token k the present tense of a crowd's verb that is also a noun or a
 * month ("Some 15,000 people march in Quito", "Thousands rally"), and not
 * a date ("20 people March 5")? */
static int present_march(const struct sentence_ctx *c, size_t k) {
    return k < c->n &&
           (tok(c, k, "march") || tok(c, k, "rally") || tok(c, k, "protest")) &&
           !(k + 1 < c->n && c->t[k + 1].kind == TK_NUM) && !(c->t[k].flags & TF_CAP);
}

/* Is the quantity one Russian collective numeral («двое», «трое»,
 * «четверо», «двоих», «пятерых»), which counts people with no noun? */
static int ru_collective(const struct sentence_ctx *c, const struct quantity *q) {
    static const char *const endings[] = {"ое", "еро", "оих", "ерых", NULL};
    if (q->t1 != q->t0 + 1 || !cyrillic_at(c, q->t0))
        return 0;
    const struct vg_str w = c->t[q->t0].fold;
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (w.len > n && memcmp(w.ptr + w.len - n, *e, n) == 0)
            return 1;
    }
    return 0;
}

static int agent_clause(const struct sentence_ctx *c, size_t k);
/* "named" in "a case against 59 named and 300 unnamed people": an
 * adjective whose noun is left out, shared with the next count.  Is the
 * word at p one? */
static int elided_people(const struct sentence_ctx *c, size_t p) {
    static const char *const adjs[] = {"named", "unnamed", "unidentified", "identified",
                                       "unknown", NULL};
    return tok_in(c, p, adjs) && (tok(c, p + 1, "and") || tok(c, p + 1, "or")) &&
           p + 2 < c->n && c->qty_at[p + 2];
}

/* "Seventeen Australian and two New Zealand police were injured": a
 * capitalised adjective whose noun is left out, shared with the next count
 * after "and"/"or".  Returns the who of the noun found within four words
 * after that count ("police"), people when none is, -1 when the word at p
 * is no such adjective. */
static int elided_proper(const struct sentence_ctx *c, size_t p) {
    if (!(tok(c, p + 1, "and") || tok(c, p + 1, "or")) || p + 2 >= c->n || !c->qty_at[p + 2])
        return -1;
    const struct quantity *next = &c->q[c->qty_at[p + 2] - 1];
    for (size_t k = next->t1; k < c->n && k < next->t1 + 4; k++) {
        size_t len;
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
        if (w)
            return w->who;
        if (c->t[k].kind != TK_WORD || trigger_at(c, k) || has(c, k, LC_AUX))
            break;
    }
    return VG_WHO_PEOPLE;
}

/* Is token p a participle of report before a noun of the events or the
 * people ("12 reported killings", "40 confirmed deaths", "9 documented
 * arrests", "12 reported detainees"): an adjective of the noun, not the
 * verb of a claim? */
static int reported_noun(const struct sentence_ctx *c, size_t p) {
    static const char *const participles[] = {"reported", "confirmed", "documented",
                                              "recorded", "registered", "verified", NULL};
    const struct vg_str w = c->t[p].fold;
    int said = has(c, p, LC_SAY) && !(c->t[p].flags & TF_CAP) && w.len > 4 &&
               memcmp(w.ptr + w.len - 2, "ed", 2) == 0;
    const struct trigger *tr = p + 1 < c->n ? trigger_at(c, p + 1) : NULL;
    return (tok_in(c, p, participles) || said) && tr && tr->t0 == p + 1 &&
           (tr->e->kind == F_EVENT || tr->e->kind == F_PEOPLE);
}

/* Adverbs that may follow a bare count: no noun of it. */
static const char *const adverbs_after_count[] = {
    "yesterday", "overnight", "today", "tonight", "earlier", "later", "alone", "too", "again",
    "afterwards", "meanwhile", "nationwide", "countrywide", "apiece", "each", "so",
    "elsewhere", NULL};

/* "protesting" in "19 protesting party supporters detained", "12
 * striking workers": a crowd's -ing word before the noun of the count is
 * its adjective, not its predicate.  Is tr one, a noun of people within
 * the next three words? */
static int crowd_adjective(const struct sentence_ctx *c, const struct trigger *tr) {
    const struct vg_str w = c->t[tr->t0].fold;
    if (tr->e->what != VG_PARTICIPANTS || tr->e->kind != F_INTRANS || tr->t1 != tr->t0 + 1 ||
        w.len < 5 || memcmp(w.ptr + w.len - 3, "ing", 3) != 0)
        return 0;
    for (size_t k = tr->t1; k < c->n && k < tr->t1 + 3; k++) {
        size_t len;
        if (lex_match(c->lx, c->t, c->n, k, LC_WHO, &len))
            return 1;
        if (c->t[k].kind != TK_WORD || trigger_at(c, k) || has(c, k, LC_STOP) ||
            has(c, k, LC_FUNC))
            return 0;
    }
    return 0;
}

/* A people named in "-ese", the same in the plural ("330 Sinhalese",
 * "45 Sudanese"): a noun of people, no page header. */
static int demonym_ese(struct vg_str w) {
    return w.len > 5 && memcmp(w.ptr + w.len - 3, "ese", 3) == 0;
}

/* A plural of a people the lexicon does not list: "Kazakhs", "Tatars". */
static int people_plural(const struct sentence_ctx *c, size_t k) {
    const struct token *t = &c->t[k];
    return k < c->n && t->kind == TK_WORD && !t->word && (t->flags & TF_CAP) &&
           !(t->flags & TF_UPPER) && t->fold.len > 3 && t->fold.ptr[t->fold.len - 1] == 's';
}

/* Is token k a part of a hyphenated adjective before a noun ("anti",
 * "-", "coup" of "anti-coup protesters", "pro-democracy")? */
static int hyphen_part(const struct sentence_ctx *c, size_t k) {
    if (k + 1 >= c->n)
        return 0;
    if (tok(c, k, "-"))
        return k > 0 && c->t[k - 1].kind == TK_WORD && c->t[k + 1].kind == TK_WORD;
    return plain_word(c, k) && (tok(c, k + 1, "-") || (k > 0 && tok(c, k - 1, "-") &&
                                                       c->t[k + 1].kind == TK_WORD));
}

/* A people named by an "-ese" word, which is noun and adjective alike:
 * "thousands of Sudanese took to the streets", "40 Nepalese were
 * held".  A noun only when a predicate, not a noun, follows it ("200
 * Chinese students" leaves the noun to "students"). */
static int people_ese(const struct sentence_ctx *c, size_t k) {
    if (k >= c->n)
        return 0;
    const struct token *t = &c->t[k];
    if (t->kind != TK_WORD || t->word || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) ||
        !demonym_ese(t->fold))
        return 0;
    return k + 1 >= c->n || trigger_at(c, k + 1) || has(c, k + 1, LC_AUX) ||
           c->t[k + 1].kind == TK_PUNCT;
}

/* Is the count at token t0 the population of a place, after its
 * possessive: "the region's 12 million people", "the country's 40
 * million citizens"?  A body's possessive ("the party's 30 members")
 * or another noun ("the country's 40 best-known activists") stays a
 * count.  p is the token after the count. */
static int place_population(const struct sentence_ctx *c, size_t t0, size_t p) {
    static const char *const dwellers[] = {"people", "residents", "inhabitants", "citizens",
                                           "souls", "dwellers", NULL};
    static const char *const places[] = {
        "region", "country", "city", "capital", "nation", "state", "province", "town",
        "island", "world", "continent", "district", "county", "territory", "metropolis",
        "area", NULL};
    size_t k = t0;
    if (k >= 1 && tok(c, k - 1, "'s"))
        k -= 1;
    else if (k >= 2 && tok(c, k - 1, "s") && (tok(c, k - 2, "'") || tok(c, k - 2, "\xe2\x80\x99")))
        k -= 2;
    else
        return 0;
    return k >= 1 && tok_in(c, k - 1, places) && p < c->n && tok_in(c, p, dwellers);
}

/* "3 in 10 detainees", "one in four of those held": a ratio, its two
 * numbers no counts.  Is q either number of one: a smaller number, "in",
 * then a larger one that counts no things ("5 in 12 towns" is five in
 * the towns)? */
static int ratio_pair(const struct sentence_ctx *c, const struct quantity *a,
                      const struct quantity *b) {
    size_t len;
    return a->t1 + 1 == b->t0 && tok(c, a->t1, "in") && !a->vague && !b->vague &&
           a->low != VG_OPEN && b->low != VG_OPEN && a->low < b->low &&
           !lex_match(c->lx, c->t, c->n, b->t1, LC_UNIT, &len);
}

static int ratio_in(const struct sentence_ctx *c, const struct quantity *q) {
    if (tok(c, q->t1, "in") && q->t1 + 1 < c->n && c->qty_at[q->t1 + 1] &&
        ratio_pair(c, q, &c->q[c->qty_at[q->t1 + 1] - 1]))
        return 1;
    if (q->t0 < 2 || !tok(c, q->t0 - 1, "in"))
        return 0;
    if (tok(c, q->t0 - 2, "one") && !c->qty_at[q->t0 - 2] && !q->vague)
        return 1; /* "one in four": "one" alone is no count */
    for (size_t k = q->t0 - 1; k > 0 && k + 6 > q->t0; k--)
        if (c->qty_at[k - 1])
            return ratio_pair(c, &c->q[c->qty_at[k - 1] - 1], q);
    return 0;
}

/* The length of a day named relative to another at token e, an adjunct
 * of time with no preposition: "the day before (yesterday)", "the night
 * before", "the previous day", "a day earlier", "last night"; 0 when none. */
static size_t relative_day(const struct sentence_ctx *c, size_t e) {
    static const char *const spans[] = {"day", "night", "week", "evening", NULL};
    if (e + 1 >= c->n)
        return 0;
    if (tok(c, e, "last") && tok_in(c, e + 1, spans))
        return 2;
    if (tok(c, e, "the") && tok(c, e + 1, "previous") && e + 2 < c->n &&
        tok_in(c, e + 2, spans))
        return 3;
    if (!(tok(c, e, "the") || tok(c, e, "a")) || !tok_in(c, e + 1, spans) || e + 2 >= c->n)
        return 0;
    if (tok(c, e + 2, "earlier"))
        return 3;
    if (!tok(c, e + 2, "before"))
        return 0;
    return e + 3 < c->n && tok(c, e + 3, "yesterday") ? 4 : 3;
}

/* How many tokens from the "and" or "or" at p to the last describer of
 * coordinated adjectives before the count's noun ("35 foreign and local
 * activists", "12 foreign and Egyptian reporters", "212 land and
 * environmental defenders"), or 0.  t1 is the token after the count. */
static size_t coordinated_describer(const struct sentence_ctx *c, size_t t1, size_t p) {
    size_t len;
    if (!(tok(c, p, "and") || tok(c, p, "or")) || p <= t1 || p + 2 >= c->n)
        return 0;
    if (!(plain_word(c, p - 1) || has(c, p - 1, LC_FUNC) || (c->t[p - 1].flags & TF_CAP)))
        return 0;
    if (!(plain_word(c, p + 1) || has(c, p + 1, LC_FUNC) ||
          ((c->t[p + 1].flags & TF_CAP) && !trigger_at(c, p + 1))))
        return 0;
    size_t skip = (c->t[p + 1].flags & TF_CAP) ? 2 : 1;
    if (lex_match(c->lx, c->t, c->n, p + 2, LC_WHO, &len))
        return skip;
    /* An unknown noun of people after them: "defenders", "herders". */
    return plain_word(c, p + 2) && person_like(c->t[p + 2].fold) ? skip : 0;
}

static void read_head(const struct sentence_ctx *c, const struct quantity *q, struct head *h) {
    memset(h, 0, sizeof *h);
    h->who = -1;
    size_t p = q->t1, len;
    if (p < c->n && (c->t[p].flags & (TF_GAP | TF_NL)) == TF_GAP && c->q_cell) {
        h->end = p; /* "9          n/a": the next cell of a table's row */
        return;
    }
    if (relative_day(c, p)) {
        h->end = p; /* "and 19 the day before": a time, no noun of the count */
        return;
    }
    if (q->t0 > 0 && p < c->n &&
        ((tok(c, q->t0 - 1, "\"") && tok(c, p, "\"")) ||
         (tok(c, q->t0 - 1, "\xe2\x80\x9c") && tok(c, p, "\xe2\x80\x9d"))))
        p++; /* "more than 80" injured: the count quoted, its predicate after */
    if ((q->t0 > 0 && tok(c, q->t0 - 1, "every")) ||
        (tok(c, p, "out") && tok(c, p + 1, "of") && tok(c, p + 2, "every")) ||
        (tok(c, p, "in") && tok(c, p + 1, "every")) || ratio_in(c, q)) {
        h->reject = 1; /* a ratio: "three out of every four", "one in every five" */
        h->end = p;
        return;
    }
    if (place_population(c, q->t0, p)) {
        h->reject = 1; /* "the region's 12 million people": who live there */
        h->end = p + 1;
        return;
    }
    if (tok(c, p, "out") && tok(c, p + 1, "of"))
        p++; /* "nine out of the 17 people": a part, as "nine of the 17" */
    else if ((tok(c, p, "people") || tok(c, p, "persons") || tok(c, p, "individuals")) &&
             tok(c, p + 1, "of") &&
             (tok(c, p + 2, "the") || tok(c, p + 2, "those") || tok(c, p + 2, "them")) &&
             (c->qty_at[p + 3] || trigger_at(c, p + 2) || trigger_at(c, p + 3)))
        p++; /* "four people of the nine who were held": a part, as "four of the nine" */
    if (q->vague && p > q->t0 + 1 && tok(c, p - 1, "of") &&
        (tok(c, p, "them") || tok(c, p, "those") || tok(c, p, "these") || tok(c, p, "whom") ||
         tok(c, p, "us")))
        p--; /* "dozens of those arrested": the vague word's "of" is the part's */
    size_t pl = part_at(c, p, PART_POST);
    if (pl) {
        /* "20 из них отпущены", "шестеро из задержанных". */
        h->partitive = 1;
        p += pl;
    } else if (tok(c, p, "of")) {
        if (tok(c, p + 1, "them") || tok(c, p + 1, "those") || tok(c, p + 1, "these") ||
            tok(c, p + 1, "whom") || tok(c, p + 1, "which") || tok(c, p + 1, "us")) {
            h->partitive = 1;
            h->pronoun = 1;
            p += 2;
            /* "19 of those arrested": the participle describes, it does not bind. */
            const struct trigger *tr = trigger_at(c, p);
            if (!tr && tok(c, p - 1, "those") && tok(c, p, "who"))
                tr = relative_outcome(c, p + 1); /* "12 of those who disappeared" */
            if (tr && (tok(c, p - 1, "those") || tok(c, p - 1, "these"))) {
                h->part_tr = tr;
                p = tr->t1;
                if (tok(c, p - 1, "into") || tok(c, p - 1, "in") || tok(c, p - 1, "to"))
                    p = past_custody_place(c, p); /* "10 of those booked into jail" */
            } else if ((tok(c, p - 1, "them") || tok(c, p - 1, "us")) &&
                       !lex_match(c->lx, c->t, c->n, p, LC_WHO, &len)) {
                h->end = p; /* "let 20 of them go": no noun after the pronoun */
                return;
            }
        } else if (tok(c, p + 1, "their") && tok(c, p + 2, "number")) {
            h->partitive = 1; /* "nine of their number": "nine of them" */
            h->pronoun = 1;
            h->end = p + 3;
            return;
        } else if (tok(c, p + 1, "the") || tok(c, p + 1, "all")) {
            /* "14 of the injured", "nine of the dead": the part takes the
             * outcome of the people it is taken from unless a predicate
             * of its own follows. */
            const struct trigger *tr = trigger_at(c, p + 1);
            if (!tr || tr->t0 != p + 1)
                tr = trigger_at(c, p + 2);
            p += 2;
            h->partitive = 1;
            if (tr && tr->e->kind == F_PEOPLE && tr->t0 <= p && tr->t1 > p) {
                h->part_tr = tr;
                p = tr->t1;
                if (p + 1 < c->n && plain_word(c, p) && !(c->t[p].flags & TF_CAP) &&
                    !people_plural(c, p) && !lex_match(c->lx, c->t, c->n, p, LC_WHO, &len)) {
                    h->end = p; /* "three of the injured underwent surgery": a verb
                                 * the lexicon does not know, no noun */
                    return;
                }
            }
        } else if (tok(c, p + 1, "its") || tok(c, p + 1, "their") || tok(c, p + 1, "our") ||
                   tok(c, p + 1, "his") || tok(c, p + 1, "her")) {
            p += 2; /* "18 of its members": the noun of a group, no count before */
        }
    }
    int adj = 0; /* modifiers read before the noun */
    for (int k = 0; k < 8 && p < c->n; k++) {
        const struct trigger *tr = trigger_at(c, p);
        if (tr && crowd_adjective(c, tr)) {
            p = tr->t1; /* "19 protesting party supporters detained" */
            adj++;
            size_t wl;
            while (p + 1 < c->n && (c->t[p].flags & TF_CAP) &&
                   !lex_match(c->lx, c->t, c->n, p, LC_WHO, &wl)) {
                p++; /* "19 protesting PTI supporters": the party's name */
                adj++;
            }
            continue;
        }
        if (tr && (tr->e->kind == F_VERB || tr->e->kind == F_INTRANS || tr->e->kind == F_STATE)) {
            size_t m = tr->t1;
            while (tr->t1 == tr->t0 + 1 && m < tr->t1 + 4 && hyphen_part(c, m))
                m++; /* "thousands of jailed anti-coup protesters" */
            const struct lex_entry *w = tr->t1 == tr->t0 + 1 && tr->e->kind != F_INTRANS
                                            ? lex_match(c->lx, c->t, c->n, m, LC_WHO, &len)
                                            : NULL;
            if (w)
                h->who = w->who; /* "650 arrested marchers": the participle describes them */
            break; /* the predicate starts: "57 arrested", "a 1,200-strong" */
        }
        if (ru_term_sentence(c, p) || term_sentence(c, p))
            break; /* «пятеро получили по 7 суток», "three received four-year terms" */
        if (ru_agent(c, p) && p + 1 < c->n && trigger_at(c, p + 1) &&
            trigger_at(c, p + 1)->e->kind == F_VERB)
            break; /* «троих суд оштрафовал»: the verb's subject, no noun of the count */
        if (tr && (tr->e->kind == F_PEOPLE || tr->e->kind == F_EVENT || tr->e->kind == F_CASES ||
                   tr->e->kind == F_WEAK)) {
            const struct lex_entry *w = lex_match(c->lx, c->t, c->n, p, LC_WHO, &len);
            h->who = w ? w->who : tr->e->who;
            h->out = tr;
            h->has_noun = 1;
            h->end = tr->t1;
            if (tok(c, tr->t1 - 1, "wounds") && q->t0 > 0 && tok(c, q->t0 - 1, "with"))
                h->reject = 1; /* "a body with 10 bullet wounds": the wounds of one */
            if (w && p + len > tr->t1 && cyrillic_at(c, p))
                h->end = p + len; /* «участникам акции»: the whole noun phrase */
            return;
        }
        if (has(c, p, LC_PRE) && has(c, p, LC_UNIT) && p + 2 < c->n &&
            c->t[p + 1].kind == TK_NUM && c->t[p + 1].fold.len <= 2 && !c->qty_at[p + 1] &&
            c->t[q->t0].kind == TK_NUM && q->low > 31) {
            p += 2; /* "128 July 11 protesters": a date naming the people, no unit */
            adj++;
            continue;
        }
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, p, LC_WHO, &len);
        int first = (k == 0 && p == q->t1) ||
                    (k == 1 && p == q->t1 + 1 && has(c, q->t1, LC_FUNC) &&
                     (c->t[q->t1].flags & TF_CAP)); /* "215 More Party Workers Arrested" */
        if (!w && first && c->t[p].kind == TK_WORD && (c->t[p].flags & TF_CAP) &&
            !has(c, p, LC_FUNC) && !plain_closed(c, p) && !trigger_at(c, p)) {
            size_t ml = modifies_noun(c, p);
            if (!ml && p + 1 < c->n && people_plural(c, p + 1))
                ml = 1; /* "six Crimean Tatars" */
            if (!ml && tok(c, p + 1, "'s") && people_plural(c, p + 2))
                ml = 2; /* "five Jehovah's Witnesses": a name's possessive in the group's */
            if (ml) { /* "140 Kremlin critics", "200 ADC supporters", "12 Lagos students" */
                p += ml;
                adj++;
                continue;
            }
            if (people_ese(c, p)) {
                h->who = VG_WHO_PEOPLE; /* "thousands of Sudanese took to the streets" */
                h->has_noun = 1;
                h->end = p + 1;
                return;
            }
            int shared = elided_proper(c, p);
            if (shared >= 0) {
                h->who = (uint8_t)shared; /* "Seventeen Australian and two New Zealand police" */
                h->has_noun = 1;
                h->end = p + 1;
                return;
            }
            if (!(c->t[p].flags & TF_UPPER) && c->t[p].fold.ptr[c->t[p].fold.len - 1] != 's' &&
                !demonym_ese(c->t[p].fold)) {
                h->reject = 1; /* "2 Ecuador: ..." a page header */
                h->end = p;
                return;
            }
        }
        if (w) {
            size_t ul;
            const struct lex_entry *u = lex_match(c->lx, c->t, c->n, p + len, LC_UNIT, &ul);
            if (u && u->kind != 1 && !present_march(c, p + len)) {
                /* a unit of time after it is when: "20 people Sunday" */
                h->reject = 1; /* "27 police vehicles" */
                h->end = p + len + ul;
                return;
            }
            h->who = w->who;
            h->has_noun = 1;
            h->end = p + len;
            size_t l2;
            const struct lex_entry *w2 =
                w->who == VG_WHO_OTHER ? lex_match(c->lx, c->t, c->n, p + len, LC_WHO, &l2) : NULL;
            if (w2 && (w2->who == VG_WHO_PROTESTERS || w2->who == VG_WHO_ACTIVISTS ||
                       w2->who == VG_WHO_JOURNALISTS)) {
                h->who = w2->who; /* "thousands of women protesters": the last noun heads */
                h->end = p + len + l2;
            }
            return;
        }
        if (lex_match(c->lx, c->t, c->n, p, LC_UNIT, &len) &&
            !(p == q->t1 && tok(c, p, "march") && present_march(c, p) &&
              (q->vague || q->low > 31))) {
            h->reject = 1; /* "5 days", "on 5 march"; not "Thousands march" */
            h->end = p + len;
            return;
        }
        const struct token *t = &c->t[p];
        if (has(c, p, LC_FUNC) || (tok(c, p, "-") && !(t->flags & TF_SPACE))) {
            p++;
            continue;
        }
        if (adj < 3 && p >= 2 && t->kind == TK_WORD && (t->flags & TF_CAP) &&
            !(t->flags & TF_SPACE) && joined_by_hyphen(c, p - 2) && p + 1 < c->n &&
            c->t[p + 1].kind == TK_WORD && !trigger_at(c, p + 1)) {
            p++; /* "150 pro-Palestinian demonstrators": a name after a hyphen describes */
            adj++;
            continue;
        }
        if (t->kind == TK_WORD && !t->word && (t->flags & TF_CAP) && t->fold.len > 3 &&
            (t->fold.ptr[t->fold.len - 1] == 's' || demonym_ese(t->fold)) &&
            !(t->flags & TF_UPPER)) {
            h->who = VG_WHO_PEOPLE; /* "Kazakhs", "Kenyans", "330 Sinhalese" */
            h->has_noun = 1;
            h->end = p + 1;
            return;
        }
        if (plain_word(c, p) && t->fold.len > 4 &&
            memcmp(t->fold.ptr + t->fold.len - 2, "ly", 2) == 0 &&
            (trigger_at(c, p + 1) || has(c, p + 1, LC_AUX)))
            break; /* an adverb before the predicate: "310 actually took part" */
        if (adj < 3 && coordinated_describer(c, q->t1, p)) {
            /* Coordinated adjectives: "35 foreign and local activists". */
            p += coordinated_describer(c, q->t1, p);
            adj++;
            continue;
        }
        if (adj < 3 && p + 3 < c->n && plain_word(c, p + 1) &&
            ((tok(c, p, "\"") && tok(c, p + 2, "\"")) ||
             (tok(c, p, "\xe2\x80\x9c") && tok(c, p + 2, "\xe2\x80\x9d")))) {
            p += 3; /* 'several "sporadic" blockades': a word in quotes describes */
            adj++;
            continue;
        }
        if (reported_noun(c, p)) {
            p++; /* "12 reported killings", "40 confirmed deaths" */
            adj++;
            continue;
        }
        if (place_prep(c, p))
            break; /* "400 across the country": the noun phrase has ended */
        if (tok(c, p, "they") && agent_clause(c, p))
            break; /* "the 41 they picked up": the count's own clause, no noun */
        if (plain_word(c, p) && cyrillic_at(c, p) && ru_person_like(t->fold)) {
            h->who = VG_WHO_OTHER; /* «14 болельщиков местного клуба» */
            h->has_noun = 1;
            h->end = p + 1;
            return;
        }
        if (elided_people(c, p)) {
            h->who = VG_WHO_PEOPLE; /* "59 named and 300 unnamed people" */
            h->has_noun = 1;
            h->end = p + 1;
            return;
        }
        if (tok_in(c, p, adverbs_after_count))
            break; /* "detained 230 overnight": no noun, the count's adverb */
        if (tok(c, p, "including") || tok(c, p, "excluding"))
            break; /* "rose to 27 including three children": its parts, no noun */
        if (p == q->t1 && plain_past_verb(c, p) && opening_whole(c, q))
            break; /* "Of those killed, four came from ...": a verb, no noun */
        if (plain_word(c, p)) {
            /* An unknown word: an adjective if a word follows, else a noun. */
            if (p + 1 < c->n && adj < 3 && (plain_word(c, p + 1) || joined_by_hyphen(c, p) ||
                                          coordinated_describer(c, q->t1, p + 1) ||
                                          people_plural(c, p + 1) || /* "ethnic Uzbeks" */
                                          lex_match(c->lx, c->t, c->n, p + 1, LC_WHO, &len) ||
                                          lex_match(c->lx, c->t, c->n, p + 1, LC_UNIT, &len) ||
                                          (trigger_at(c, p + 1) &&
                                           trigger_at(c, p + 1)->e->kind != F_VERB &&
                                           trigger_at(c, p + 1)->e->kind != F_INTRANS &&
                                           trigger_at(c, p + 1)->e->kind != F_STATE))) {
                p++;
                adj++;
                continue;
            }
            if (!person_like(t->fold) && ru_collective(c, q))
                break; /* «судьба пятерых неизвестна»: a predicate, not a noun */
            if (q->t0 >= 2 && tok(c, q->t0 - 2, "of") &&
                (tok(c, q->t0 - 1, "whom") || tok(c, q->t0 - 1, "which") ||
                 tok(c, q->t0 - 1, "them")))
                break; /* "of whom 39 belong to ...": a verb, not a noun */
            if (!person_like(t->fold)) {
                h->reject = 1;
                h->end = p + 1;
                return;
            }
            h->who = VG_WHO_OTHER;
            h->has_noun = 1;
            h->end = p + 1;
            return;
        }
        break;
    }
    h->end = p;
}

/* A word between an auxiliary and its participle that leaves the passive
 * whole: an adverb ("were quickly released", "were yesterday arraigned",
 * as East African papers write) or a verb of report or order ("were
 * ordered released", "were reported killed", "were found dead"). */
static int see_through(const struct sentence_ctx *c, size_t k) {
    static const char *const verbs[] = {"ordered", "reported", "confirmed", "believed",
                                        "feared", "found", "pronounced", "declared",
                                        "presumed", "thought", "known", "later", "yet", "still",
                                        "yesterday", "today",
                                        "left", /* "were left injured" */ NULL};
    const struct token *t = &c->t[k];
    if (t->kind != TK_WORD || (t->flags & TF_CAP))
        return 0;
    for (const char *const *w = verbs; *w; w++)
        if (token_is(t, *w))
            return 1;
    return plain_word(c, k) && t->fold.len > 4 &&
           memcmp(t->fold.ptr + t->fold.len - 2, "ly", 2) == 0;
}

/* Is token k the "be" of an outcome still to come: "are expected to be
 * arraigned", "are due to be charged", "may be released", "will be
 * charged", "at risk of being executed"?  Such a count is
 * a plan or a guess, not yet a figure (GUIDELINES.md: people who were only
 * to be arrested are no figure), so it counts like a negation.  So is a
 * demand: "the 15 men held on Tuesday must be released", "should be
 * freed" (a rights group's call, no release). */
static int prospective(const struct sentence_ctx *c, size_t k) {
    static const char *const plans[] = {"expected", "due", "set", "likely", "scheduled",
                                        "going", "unlikely", NULL};
    static const char *const modals[] = {"may", "might", "could", "will", "would", "shall",
                                         "must", "should", NULL};
    static const char *const risks[] = {"risk", "risks", "risking", "danger", "fear", NULL};
    if (tok(c, k, "being") && k >= 1)
        /* "are at risk of being executed", "risk being arrested": a threat */
        return tok_in(c, k - 1, risks) || (k >= 2 && tok(c, k - 1, "of") && tok_in(c, k - 2, risks));
    if (!tok(c, k, "be") || k == 0)
        return 0;
    size_t m = k;
    while (m > 1 && has(c, m - 1, LC_AUX) && !is_be(c, m - 1))
        m--; /* "could potentially be charged", "may also be freed" */
    if (tok_in(c, m - 1, modals))
        return 1;
    return k >= 2 && tok(c, k - 1, "to") && tok_in(c, k - 2, plans);
}

static int ing_form(const struct sentence_ctx *c, size_t k);
/* Is the crowd verb at token k still to come: a modal before it ("hope a
 * million people will take to the streets", "2,000 could gather"), or
 * "to" after a verb of plans or wishes a few words back ("expects 4,000
 * people to turn out", "are expected to take part")?  A turnout hoped
 * for is no crowd (GUIDELINES.md: only intended); nor is one kept from
 * meeting, its verb a gerund after "from" ("blocked 300 women from
 * gathering", "barred 40 students from taking part"). */
static int crowd_to_come(const struct sentence_ctx *c, size_t k) {
    if (k > 0 && tok(c, k - 1, "from") && ing_form(c, k))
        return 1;
    static const char *const modals[] = {"will", "would", "shall", "may", "might", "could",
                                         "can", NULL};
    static const char *const plans[] = {"expected", "expects", "expect", "hope", "hopes",
                                        "hoped", "hoping", "want", "wants", "wanted",
                                        "urged", "called", "calling", "likely", "plan",
                                        "plans", "planned", "planning", "due", "set",
                                        "going", "aim", "aims", NULL};
    while (k > 0 && has(c, k - 1, LC_AUX) && !is_be(c, k - 1))
        k--; /* "will also take part" */
    if (k == 0)
        return 0;
    if (tok_in(c, k - 1, modals))
        return 1;
    if (!tok(c, k - 1, "to"))
        return 0;
    for (size_t j = k - 1, steps = 0; j > 0 && steps < 8; j--, steps++) {
        if (tok_in(c, j - 1, plans))
            return 1;
        if (tok(c, j - 1, ",") || tok(c, j - 1, ";") || has(c, j - 1, LC_SAY))
            return 0;
    }
    return 0;
}

/* Walk back over adverbs and auxiliaries before token k; returns 1 when a
 * true auxiliary stands there ("were", "had been", "remain"), -1 when a
 * negation or an outcome still to come does ("were not charged", "will be
 * charged"), 0 when there is none or the auxiliary follows a pronoun of
 * its own clause ("whether they will be charged"). */
static int aux_before(const struct sentence_ctx *c, size_t k, size_t floor) {
    static const char *const subjects[] = {"they", "he", "she", "it", "we", "i", "you", NULL};
    int found = 0;
    while (k > floor) {
        k--;
        if (prospective(c, k) && k >= 2 && tok_in(c, k - 2, subjects))
            return 0; /* "27 people held there still wait to learn whether they
                       * will be charged": the clause of a subject of its own */
        if (tok(c, k, "not") || tok(c, k, "never") || tok(c, k, "n't") || prospective(c, k))
            return -1;
        size_t nl;
        const struct lex_entry *ne = lex_match(c->lx, c->t, c->n, k, LC_NEG, &nl);
        if (ne && ne->kind == 1 && nl == 1)
            return -1; /* "не были задержаны" */
        if (tok(c, k, "\"") || tok(c, k, "\xe2\x80\x9c") || tok(c, k, "'"))
            continue; /* had been "secured": the word in quotes */
        if (tok(c, k, "and") && k >= floor + 3 && is_be(c, k - 2) && plain_word(c, k - 1) &&
            c->t[k - 1].fold.len > 4 &&
            memcmp(c->t[k - 1].fold.ptr + c->t[k - 1].fold.len - 2, "ed", 2) == 0) {
            k--; /* "were summoned and charged": the first participle's "be" */
            continue;
        }
        if (!has(c, k, LC_AUX) && !see_through(c, k))
            break;
        if (is_be(c, k))
            found = 1;
    }
    return found;
}

/* Negation just before a quantity: "no", "none of the", "not a single". */
/* Does token k lie inside an outcome phrase («связи нет», «не вышли на
 * связь»)? */
static int in_trigger(const struct sentence_ctx *c, size_t k) {
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t0 <= k && k < c->tr[i].t1)
            return 1;
    return 0;
}

static int negated_before(const struct sentence_ctx *c, size_t t0) {
    for (size_t k = t0, steps = 0; k > 0 && steps < 3; k--, steps++) {
        if (has(c, k - 1, LC_NEG) && !tok(c, k - 1, "no") && !in_trigger(c, k - 1) &&
            !(tok(c, k, "include") || tok(c, k, "includes") || tok(c, k, "included")))
            return 1; /* but «связи нет с двумя»: the outcome's own word; and "does
                       * not include 300 nationals who were detained" states them */
        if (tok(c, k - 1, ",") || tok(c, k - 1, "."))
            return 0;
    }
    return 0;
}

enum strength { S_NONE = 0, S_WEAK, S_REDUCED, S_ACTIVE, S_HEAD, S_STRONG };

struct choice {
    enum strength s;           /* how sure */
    const struct trigger *tr;  /* the outcome phrase, or NULL */
    uint8_t what;              /* the outcome */
    const char *rule;          /* rule id */
    const struct trigger *earlier; /* an earlier stage a relative clause
                                    * gave ("who had been held ... were
                                    * freed"), or NULL */
    uint8_t group;             /* 1 + the who a running count names before
                                * its outcome ("the number of protesters
                                * detained"), or 0 */
};

/* Is the trigger tr at k a release denied in so many words: "four
 * students have still not been released", "nine have not yet been
 * freed"?  Those counted are still held: detained.  Only "not" between a
 * perfect's auxiliary and the participle reads so; "will be released" or
 * "were not released until Friday" (a time after it) do not. */
static int not_released(const struct sentence_ctx *c, const struct trigger *tr, size_t k) {
    if (tr->e->what != VG_RELEASED || tr->e->kind != F_VERB || k < 3)
        return 0;
    if (!tok(c, k - 1, "been"))
        return 0;
    size_t j = k - 2;
    if (tok(c, j, "yet") && j > 0)
        j--;
    if (!tok(c, j, "not") || j == 0)
        return 0;
    j--;
    if (tok(c, j, "still") && j > 0)
        j--;
    if (!tok(c, j, "have") && !tok(c, j, "has"))
        return 0;
    return !(tr->t1 < c->n && tok(c, tr->t1, "until"));
}

static void offer(struct choice *best, enum strength s, const struct trigger *tr, uint8_t what,
                  const char *rule) {
    if (s > best->s) {
        best->s = s;
        best->tr = tr;
        best->what = what;
        best->rule = rule;
    }
}

/* Tokens that may join coordinated subjects ("112 officers and 14
 * soldiers"), or set a breakdown off between dashes ("four people - three
 * men and a woman - were charged"). */
static int coordination_only(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a >= b)
        return 1;
    for (size_t k = a; k < b; k++)
        if (!tok(c, k, "and") && !tok(c, k, ",") && !tok(c, k, "or") && !tok(c, k, "among") &&
            !tok(c, k, "them") && !tok(c, k, "including") && !tok(c, k, "(") &&
            !tok(c, k, "whom") && !tok(c, k, "which") && !tok(c, k, "of") &&
            !tok(c, k, "\xe2\x80\x93") && !tok(c, k, "\xe2\x80\x94") &&
            !(tok(c, k, "-") && (c->t[k].flags & TF_SPACE)))
            return 0;
    return 1;
}

/* Do tokens [a, b) hold the first subject's "of" phrase and the "and"
 * before the next: "400 supporters | of the ruling party and | 600
 * opposition supporters took part"?  A few plain words, no clause. */
static int of_phrase_then_and(const struct sentence_ctx *c, size_t a, size_t b) {
    if (b < a + 3 || b > a + 8 || !tok(c, a, "of") || !tok(c, b - 1, "and"))
        return 0;
    for (size_t k = a + 1; k + 1 < b; k++)
        if (c->t[k].kind != TK_WORD || trigger_at(c, k) || has(c, k, LC_STOP) ||
            has(c, k, LC_SAY) || has(c, k, LC_AUX) || is_be(c, k) || has(c, k, LC_REL) ||
            tok(c, k, "who") || tok(c, k, "that") || tok(c, k, "which") || tok(c, k, "whom") ||
            tok(c, k, "and") || tok(c, k, "them") || tok(c, k, "those"))
            return 0;
    return 1;
}

/* Do tokens [a, b) hold the first subject's place and the comma or "and"
 * before the next: "60 teachers | in Shiraz, | 10 teachers in Qazvin and
 * three in Rasht were arrested"?  A preposition of place, a capitalised
 * name, then only commas and conjunctions. */
static int place_then_and(const struct sentence_ctx *c, size_t a, size_t b) {
    if (b < a + 3 || !(tok(c, a, "in") || tok(c, a, "from")))
        return 0;
    size_t p = a + 1;
    if (p < b && tok(c, p, "the"))
        p++;
    if (p >= b || c->t[p].kind != TK_WORD || !(c->t[p].flags & TF_CAP) || trigger_at(c, p))
        return 0;
    size_t end = name_end(c, p) + 1;
    if (end >= b)
        return 0;
    for (size_t k = end; k < b; k++) /* not an aside: "45 people in Mandalay, including
                                      * several teachers taking part" */
        if (!tok(c, k, ",") && !tok(c, k, "and") && !tok(c, k, "or"))
            return 0;
    return 1;
}

/* A prison or arrest term at token k: "10 days", "five-day", "15 years". */
static int term_at(const struct sentence_ctx *c, size_t k) {
    static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
                                        "year", "years", NULL};
    size_t len;
    /* "terms of 5 years", "prison sentences of up to 15 years" */
    if (k + 2 < c->n && (tok(c, k, "prison") || tok(c, k, "jail")))
        k++;
    if (k + 2 < c->n && (tok(c, k, "terms") || tok(c, k, "sentences") || tok(c, k, "term")) &&
        tok(c, k + 1, "of"))
        k += 2;
    if (lex_match(c->lx, c->t, c->n, k, LC_QUAL, &len))
        k += len; /* "up to 15 years" */
    if (k >= c->n || !(c->t[k].kind == TK_NUM || has(c, k, LC_NUM) || tok(c, k, "a")))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 4; m++) /* "three and a half years" */
        for (const char *const *u = units; *u; u++)
            if (tok(c, m, *u))
                return 1;
    return 0;
}

/* "got 10 days", "were given 15 days": a sentence of a term (sanctioned);
 * "face up to 15 years": a term a charge carries (charged).  Returns the
 * outcome, or VG_WHAT_NONE. */
static int term_sentence(const struct sentence_ctx *c, size_t k) {
    if (tok(c, k, "could") || tok(c, k, "may") || tok(c, k, "now"))
        k++;
    if (tok(c, k, "face") || tok(c, k, "faces") || tok(c, k, "facing"))
        return term_at(c, k + 1) ? VG_CHARGED : VG_WHAT_NONE;
    if (!(tok(c, k, "got") || tok(c, k, "received") || tok(c, k, "given") ||
          tok(c, k, "handed") || tok(c, k, "receive") || tok(c, k, "get")))
        return VG_WHAT_NONE;
    return term_at(c, k + 1) ? VG_SANCTIONED : VG_WHAT_NONE;
}

/* Stage of an outcome in one case: arrested, then charged, sentenced or
 * released; 0 for outcomes that are no stage of a case. */
static int stage_of(uint8_t what) {
    static const int stage[VG_WHAT_COUNT] = {0, 1, 3, 2, 4, 0, 0, 0, 0};
    return what < VG_WHAT_COUNT ? stage[what] : 0;
}

static int time_unit(const struct sentence_ctx *c, size_t k);

/* Does a count of time start at token k ("for two months", "after 16
 * hours in custody")?  Returns the token after its unit, or 0.  Such a
 * span stands in a clause as any adverb of time does. */
static size_t duration_at(const struct sentence_ctx *c, size_t k) {
    if (k >= c->n || !c->qty_at[k])
        return 0;
    const struct quantity *q = &c->q[c->qty_at[k] - 1];
    return q->t0 == k && q->t1 < c->n && time_unit(c, q->t1) ? q->t1 + 1 : 0;
}

/* The verb of a relative clause opening at token k, past "who" or "that"
 * and up to four auxiliaries ("who had been", "that were later"): the
 * token after them, or k itself when no such clause opens there. */
static size_t relative_verb(const struct sentence_ctx *c, size_t k) {
    if (!(tok(c, k, "who") || tok(c, k, "that")))
        return k;
    size_t m = k + 1;
    while (m < c->n && m < k + 5 && has(c, m, LC_AUX) && !trigger_at(c, m))
        m++;
    return m > k + 1 ? m : k;
}

/* Where the participle of a passive relative clause opening at token k
 * stands ("[who had been] detained", "[that were] arrested"), else k
 * itself: "freed 512 people who had been detained" names their earlier
 * stage as "freed 512 people detained" does. */
static size_t relative_passive(const struct sentence_ctx *c, size_t k) {
    size_t m = relative_verb(c, k);
    return m > k && m < c->n && is_be(c, m - 1) ? m : k;
}

/* The token after a short aside of plain words set off by commas at k
 * (", mostly women,"), or k itself when none stands there. */
static size_t past_short_aside(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, ","))
        return k;
    for (size_t m = k + 1; m < c->n && m <= k + 4; m++) {
        if (tok(c, m, ","))
            return m > k + 1 ? m : k;
        if (c->t[m].kind != TK_WORD || trigger_at(c, m) || c->qty_at[m] ||
            tok(c, m, "who") || tok(c, m, "that") || tok(c, m, "which") || has(c, m, LC_SAY))
            return k;
    }
    return k;
}

/* The custody a relative clause right after a count's noun at k gives
 * ("[, who were] arrested", "[who remain] in detention", "[, mostly
 * women, who were] arrested"), else NULL. */
static const struct trigger *relative_custody(const struct sentence_ctx *c, size_t k) {
    k = past_short_aside(c, k);
    if (tok(c, k, ","))
        k++;
    size_t m = relative_verb(c, k);
    const struct trigger *x = m > k ? trigger_at(c, m) : NULL;
    return x && x->t0 == m && x->e->what == VG_DETAINED &&
                   (x->e->kind == F_VERB || x->e->kind == F_STATE)
               ? x
               : NULL;
}

/* A later stage of the case told of an active verb's object right after
 * its noun at k: "detained 15 men charged with rioting", "arrested 12
 * people who were later sentenced".  An accusation or a suspicion is no
 * charge here ("arrested 12 people accused of looting": the police's
 * reason).  Returns the trigger, or NULL. */
static const struct trigger *later_participle(const struct sentence_ctx *c, size_t k,
                                              uint8_t what) {
    if (tok(c, k, "who") || tok(c, k, "that")) {
        size_t m = relative_verb(c, k);
        if (m == k)
            return NULL;
        k = m;
    }
    const struct trigger *x = trigger_at(c, k);
    if (!x || x->t0 != k || x->e->kind != F_VERB || tok(c, k, "accused") ||
        tok(c, k, "suspected"))
        return NULL;
    return stage_of(what) && stage_of(x->e->what) > stage_of(what) ? x : NULL;
}

/* Does another count stand in tokens [a, b): a part's noun phrase holding
 * its whole ("20 of the 45 people")? */
static int count_between(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b && k < c->n; k++)
        if (c->qty_at[k])
            return 1;
    return 0;
}

/* Does a new subject "one of them" start at k ("and one of them", "but one
 * of those")?  What follows is said of the one, not of the count before:
 * "the lawyers found the four and one of them was tortured". */
static int one_of_them(const struct sentence_ctx *c, size_t k) {
    static const char *const joins[] = {"and", "but", ",", NULL};
    static const char *const them[] = {"them", "those", "these", NULL};
    return k + 3 < c->n && tok_in(c, k, joins) && tok(c, k + 1, "one") && tok(c, k + 2, "of") &&
           tok_in(c, k + 3, them);
}

/* Does a subordinating word at k open a clause with a subject of its own,
 * a noun of people or a pronoun ("when protesters may be released",
 * "whether they would be freed")? */
static int subordinate_subject(const struct sentence_ctx *c, size_t k) {
    static const char *const subs[] = {"when", "whether", "if", "until", NULL};
    static const char *const pronouns[] = {"they", "he", "she", "we", "police", NULL};
    size_t len;
    if (!tok_in(c, k, subs) || k + 1 >= c->n)
        return 0;
    size_t m = k + 1;
    if (tok(c, m, "the") || tok(c, m, "those") || tok(c, m, "these"))
        m++;
    return m < c->n && (tok_in(c, m, pronouns) || lex_match(c->lx, c->t, c->n, m, LC_WHO, &len));
}

/* Does "and" open a new subject in tokens [a, b): a count, "one" or a
 * determiner after it ("31 officers injured and one student died")? */
static int new_subject(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const dets[] = {"one", "a", "an", "another", "the", NULL};
    for (size_t k = a; k + 1 < b && k + 1 < c->n; k++)
        if (tok(c, k, "and") && (c->qty_at[k + 1] || tok_in(c, k + 1, dets)))
            return 1;
    return 0;
}

/* The main predicate after a relative clause whose own passive outcome is
 * `rel`: "54 protesters who had been held since Saturday were freed".  A
 * later stage of the same case after an auxiliary of its own wins, and the
 * relative clause's outcome is kept beside it.  Returns 1 when found. */
static int speaking_subject(const struct sentence_ctx *c, size_t end);

/* Does a word of saying at k stand after an article, an adjective of
 * its noun ("for an alleged plot", "the reported attack")? */
static int attributive(const struct sentence_ctx *c, size_t k) {
    return k > 0 && (tok(c, k - 1, "a") || tok(c, k - 1, "an") || tok(c, k - 1, "the"));
}

/* Does the intransitive verb at k end the relative clause that opened
 * before a, as the main verb of the people counted: no subordinating word
 * in [a, k) ("when", "after") and no noun of people or name just before
 * it ("wounded when a protester died")? */
static int main_verb_after(const struct sentence_ctx *c, size_t a, size_t k) {
    static const char *const subordinating[] = {"when", "as", "after", "while", "where",
                                                "because", "before", "until", "if", NULL};
    size_t len;
    for (size_t m = a; m < k; m++)
        if (tok_in(c, m, subordinating))
            return 0;
    return k > a && !(c->t[k - 1].flags & TF_CAP) &&
           !lex_match(c->lx, c->t, c->n, k - 1, LC_WHO, &len);
}

static int after_relative(const struct sentence_ctx *c, const struct trigger *rel, size_t limit,
                          struct choice *best) {
    for (size_t k = rel->t1; k < limit; k++) {
        size_t span = duration_at(c, k);
        if (span) { /* "who had been held for two months were freed" */
            k = span - 1;
            continue;
        }
        if (c->qty_at[k] || has(c, k, LC_STOP) || tok(c, k, ";") || tok(c, k, "who") ||
            tok(c, k, "that") || tok(c, k, "which") ||
            (has(c, k, LC_SAY) && !attributive(c, k)))
            return 0;
        const struct trigger *tr = trigger_at(c, k);
        /* "six people, who were injured in earlier clashes, died": hurt,
         * then dead; the death is their outcome */
        int hurt = tr && tr->e->kind == F_INTRANS && rel->e->what == VG_INJURED &&
                   tr->e->what == VG_KILLED;
        int died = hurt || (tr && tr->e->kind == F_INTRANS && rel->e->what == VG_DETAINED &&
                            (tr->e->what == VG_KILLED || tr->e->what == VG_MISSING));
        /* "17 students, who had been held since August, walked out of
         * jail": a comma closes the clause, and the main verb needs no
         * auxiliary. */
        int closed = tr && tr->e->kind == F_INTRANS && tok(c, k - 1, ",");
        if (!tr || (tr->e->kind != F_VERB && tr->e->kind != F_STATE && !died && !closed))
            continue; /* "at the rally": a noun in the clause */
        int aux = closed ? 1 : aux_before(c, k, rel->t1);
        if (aux == 0 && tr->e->kind == F_STATE)
            continue; /* "at the rally" */
        if (aux == 0 && hurt && main_verb_after(c, rel->t1, k))
            aux = 1; /* "eight others who were wounded on Friday died" */
        if (aux <= 0 || tok(c, k - 1, "and"))
            return 0;
        if (hurt) {
            offer(best, S_STRONG, tr, VG_KILLED, "after_relative");
            return 1;
        }
        size_t j = k;
        while (!closed && j > rel->t1 && !is_be(c, j - 1))
            j--;
        /* Taken away, then missing or dead: "8 students who were taken
         * away are still missing". */
        int fate = rel->e->what == VG_DETAINED &&
                   (tr->e->what == VG_MISSING || tr->e->what == VG_KILLED);
        if (rel->e->what == VG_PARTICIPANTS && tr->e->what != VG_PARTICIPANTS &&
            j > rel->t1 && !tok(c, j - 2, "and")) {
            /* "12 students who were at the rally were arrested": the
             * clause says where they were, the main verb what befell them */
            offer(best, S_STRONG, tr, tr->e->what, "after_relative");
            return 1;
        }
        if (j == rel->t1 || tok(c, j - 2, "and") ||
            (!fate && (stage_of(rel->e->what) == 0 ||
                       stage_of(tr->e->what) <= stage_of(rel->e->what))))
            return 0;
        offer(best, S_STRONG, tr, tr->e->what, "after_relative");
        best->earlier = rel;
        return 1;
    }
    return 0;
}

/* Are tokens [a, b) a headline's aside with no count and no commas,
 * "including children" or "including two minors": "10 including
 * children feared dead"?  The count's verb follows it. */
static int bare_including(const struct sentence_ctx *c, size_t a, size_t b) {
    if (!tok(c, a, "including") || b < a + 2 || b > a + 4)
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (c->t[k].kind != TK_WORD || trigger_at(c, k) || has(c, k, LC_AUX) ||
            has(c, k, LC_STOP))
            return 0;
    return 1;
}

/* Are tokens a..b-1 auxiliaries and adverbs only, up to six ("have so far
 * been", "had already been")? */
static int aux_run(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a >= b || b - a > 6)
        return 0;
    for (size_t k = a; k < b; k++)
        if (!has(c, k, LC_AUX) && !tok(c, k, "so") && !tok(c, k, "far"))
            return 0;
    return 1;
}

/* Are tokens a..b-1 (at least one) adverbs a predicate may follow, with no
 * true auxiliary: "160 now face charges", "12 also died"? */
static int adverbs_only(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a >= b || b - a > 2)
        return 0;
    for (size_t k = a; k < b; k++)
        if (!has(c, k, LC_AUX) || is_be(c, k))
            return 0;
    return 1;
}

/* Are tokens a..b-1 (one to three) Russian adverbial words a verb may
 * follow its subject after: «всё это время», «до сих пор», «по-прежнему»
 * (the tokenizer splits a hyphenated word in three: its hyphen is taken
 * when a word joined to it without spaces stands on either side)? */
static int ru_adverbs(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a >= b || b - a > 3 || !cyrillic_at(c, b))
        return 0;
    for (size_t k = a; k < b; k++) {
        if (k > a && k + 1 < b && joined_by_hyphen(c, k - 1))
            continue;
        if (!ru_filler(c, k) || (c->t[k].flags & TF_CAP) || has(c, k, LC_WHO) ||
            has(c, k, LC_REL))
            return 0;
    }
    return 1;
}

/* Is token k an English present participle ("taking", "marching",
 * "serving")?  Right after its noun it is a reduced relative clause ("200
 * people taking part in the march were detained"), which a predicate of
 * its own after it outranks. */
static int ing_form(const struct sentence_ctx *c, size_t k) {
    const struct token *t = &c->t[k];
    return t->kind == TK_WORD && t->fold.len > 4 &&
           memcmp(t->fold.ptr + t->fold.len - 3, "ing", 3) == 0;
}

/* Does an outcome phrase that is a predicate (no noun: "the rally", "9
 * March") start at token m? */
static int verb_trigger_at(const struct sentence_ctx *c, size_t m) {
    const struct trigger *x = trigger_at(c, m);
    return x && (x->e->kind == F_VERB || x->e->kind == F_INTRANS || x->e->kind == F_STATE);
}

/* Is token k a dash that opens or closes an aside: a spaced hyphen, an
 * em dash, or the second hyphen of "--"? */
static int aside_dash(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "-") && ((c->t[k].flags & (TF_SPACE | TF_EMDASH)) ||
                              (k > 0 && tok(c, k - 1, "-") && (c->t[k - 1].flags & TF_SPACE)));
}

/* May token m stand in a list of parts: a word of no predicate, a number,
 * a comma or "and" ("two priests, seven nurses and several pensioners")? */
static int part_list_token(const struct sentence_ctx *c, size_t m) {
    if (tok(c, m, ",") || c->t[m].kind == TK_NUM)
        return 1;
    return c->t[m].kind == TK_WORD && !trigger_at(c, m) && !has(c, m, LC_AUX) &&
           !has(c, m, LC_SAY) && !is_be(c, m);
}

/* Is the count at token k the part in a comma-set aside of the subject
 * before it, "M of whom (were) X" or "M of them X", with the subject's
 * predicate after it: "Nine people, five of whom were students, remain in
 * custody"?  Returns the aside's closing comma, or 0. */
static size_t partitive_aside(const struct sentence_ctx *c, size_t k) {
    if (k < 2 || !tok(c, k - 1, ",") || c->t[k - 2].kind != TK_WORD || !c->qty_at[k])
        return 0;
    size_t m = c->q[c->qty_at[k] - 1].t1;
    if (!tok(c, m, "of") || !(tok(c, m + 1, "whom") || tok(c, m + 1, "them")))
        return 0;
    m += 2;
    if (m < c->n && is_be(c, m))
        m++;
    size_t words = 0;
    for (; m < c->n && words < 6 && c->t[m].kind == TK_WORD && !trigger_at(c, m) &&
           !has(c, m, LC_AUX) && !has(c, m, LC_SAY) && !is_be(c, m);
         m++)
        words++;
    if (!words || !tok(c, m, ",") || m + 1 >= c->n || c->qty_at[m + 1] || tok(c, m + 1, "and"))
        return 0;
    return m;
}

/* Does the part in an aside have an outcome of its own at token m, after
 * adverbs only: "including three (currently) in custody", "among them two
 * still in hospital"?  The aside still closes before the whole's predicate
 * ("37 people, including three in custody, face trial").  Returns the token
 * after that outcome phrase, or 0. */
static size_t aside_own_state(const struct sentence_ctx *c, size_t m) {
    size_t k = m;
    while (k < c->n && k < m + 2 && has(c, k, LC_AUX) && !is_be(c, k))
        k++;
    const struct trigger *x = trigger_at(c, k);
    if (!x || x->t0 != k || x->e->kind != F_STATE)
        return 0;
    return x->t1;
}

/* Is the count at token k set off as a part of the subject before it,
 * between commas or dashes: ", including three minors,", ", among them
 * two journalists,", "-- including a priest, eight nuns and several
 * veterans --"?  Returns the last token of the aside's closing comma or
 * dash, or 0. */
static size_t including_aside(const struct sentence_ctx *c, size_t k) {
    size_t part = partitive_aside(c, k);
    if (part)
        return part;
    size_t open = 0;
    for (size_t m = k; m > 1 && m + 16 > k && !open; m--) {
        if (tok(c, m - 1, "including"))
            open = m - 2;
        else if (m >= 3 && tok(c, m - 1, "them") && tok(c, m - 2, "among"))
            open = m - 3;
        else if (!part_list_token(c, m - 1))
            return 0; /* ", including the district commander and two inspectors," */
    }
    int dash = open && aside_dash(c, open);
    if (!open || !(dash || tok(c, open, ",")))
        return 0;
    size_t first = 0; /* the first comma after the count, which may close the aside
                         * rather than part a list: ", including 11 students, and 5
                         * were released" */
    for (size_t m = c->q[c->qty_at[k] - 1].t1; m < c->n && m < k + 24; m++) {
        if (dash && aside_dash(c, m))
            return m + 1 < c->n && tok(c, m + 1, "-") && !(c->t[m + 1].flags & TF_SPACE) ? m + 1
                                                                                        : m;
        if (!dash && tok(c, m, ",")) {
            if (!(m + 1 < c->n && (c->qty_at[m + 1] || tok(c, m + 1, "and"))))
                return m;
            first = first ? first : m; /* the comma before the list's next part */
        }
        size_t own = !dash && !first ? aside_own_state(c, m) : 0;
        if (own && own < c->n && tok(c, own, ",")) {
            m = own - 1; /* ", including three in custody," */
            continue;
        }
        if (!part_list_token(c, m) && !tok(c, m, "and"))
            return first;
    }
    return first;
}

/* The same aside seen from its opening comma or dash at token m: the
 * end of the closing one, or 0. */
static size_t aside_at_comma(const struct sentence_ctx *c, size_t m) {
    for (size_t k = m + 2; k <= m + 8 && k < c->n; k++)
        if (c->qty_at[k])
            return including_aside(c, k);
    return 0;
}

/* "with" before the event noun tr: "with injuries"; for wounds, also
 * with a word or two describing them ("with head wounds", "with severe
 * burn injuries"). */
static int with_event(const struct sentence_ctx *c, const struct trigger *tr) {
    size_t k = tr->t0;
    if (k >= 1 && tok(c, k - 1, "with"))
        return 1;
    if (tr->e->what != VG_INJURED)
        return 0;
    for (size_t back = 2; back <= 3 && back <= k; back++) {
        if (!plain_word(c, k - back + 1))
            return 0;
        if (tok(c, k - back, "with"))
            return 1;
    }
    return 0;
}

/* "at the rally", "at the protest": where a participle's count was taken,
 * no predicate of its own. */
static int at_the_crowd(const struct sentence_ctx *c, size_t m) {
    const struct trigger *x = trigger_at(c, m);
    return x && x->e->kind == F_STATE && x->e->what == VG_PARTICIPANTS && tok(c, m, "at");
}

/* Does "earlier" at k open a time of its own ("earlier Wednesday",
 * "earlier this week", "earlier on Monday"), no retelling of a count
 * given before? */
static int dated_earlier(const struct sentence_ctx *c, size_t k) {
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "today", "this", "on", NULL};
    return tok_in(c, k + 1, days);
}

/* "Six people held in Osh cannot be located", "two men detained on
 * Sunday died in custody", "17 people charged with taking part in a
 * rally were granted bail", "eight men, arrested on Friday, had been
 * beaten": a participle right after the count (best,
 * offered as "reduced") and, with only a place, a time or what the
 * charge is between, the
 * count's own predicate tr at k (the qi-th quantity's), a fate after
 * custody or a later stage of the case after an auxiliary.  Returns the
 * participle's trigger, to be kept beside tr, or NULL. */
static const struct trigger *participle_then(const struct sentence_ctx *c, size_t qi,
                                             const struct choice *best,
                                             const struct trigger *tr, size_t k) {
    if (best->s != S_REDUCED || !best->tr || !best->rule || !rule_is(best->rule, "reduced") ||
        best->tr->e->kind != F_VERB)
        return NULL;
    /* A fate after custody, or a later stage of the same case ("19
     * students arrested on Monday were released": both, as GUIDELINES.md
     * says of "A and subsequently B").  A participle qualified by
     * "earlier" or "previously" ("35 reporters detained earlier had been
     * freed") retells a count given before. */
    uint8_t a = best->tr->e->what, b = tr->e->what;
    int fate = a == VG_DETAINED && (b == VG_MISSING || b == VG_KILLED || b == VG_INJURED);
    int later = stage_of(a) && stage_of(b) > stage_of(a);
    if (!fate && !later)
        return NULL;
    if (!fate) {
        if (tr->e->kind == F_INTRANS)
            return NULL; /* "40 people arrested on Monday appeared in court" */
        for (size_t m = c->q[qi].t1; m < best->tr->t0; m++)
            if (c->qty_at[m] || (tok(c, m, "of") && !(tok(c, m + 1, "them") && (tok(c, m - 1, "all") || tok(c, m - 1, "both")))))
                return NULL; /* "40 of the 52 people detained ... had been
                              * released", "nine of the detained": the whole's */
    }
    if (fate && best->tr->t0 >= 2 && tok(c, best->tr->t0 - 2, "of") &&
        (tok(c, best->tr->t0 - 1, "the") || tok(c, best->tr->t0 - 1, "those")))
        return NULL; /* "two of the arrested persons were sent to hospital": the
                      * whole's participle, no stage of the count's own */
    /* A participle set off by commas ("12 students, arrested at the
     * sit-in, were released") may close with its second comma. */
    size_t t0 = best->tr->t0;
    int set_off = t0 > 0 && (tok(c, t0 - 1, ",") || (tok(c, t0 - 1, "all") && tok(c, t0 - 2, ",")) ||
                             (t0 >= 4 && tok(c, t0 - 1, "them") && tok(c, t0 - 2, "of") &&
                              tok(c, t0 - 4, ",")));
    for (size_t m = best->tr->t1; m < k; m++) {
        if (set_off && tok(c, m, ",")) {
            set_off = 0;
            continue;
        }
        size_t close = tok(c, m, ",") || aside_dash(c, m) ? aside_at_comma(c, m) : 0;
        if (close) { /* "12 others arrested on Wednesday, including three minors, were bailed" */
            m = close;
            continue;
        }
        if (tok(c, m, "and") && m + 2 == k && is_be(c, m + 1) && !fate)
            continue; /* "six defendants received suspended sentences and were
                       * released": two predicates of one subject */
        if (tok(c, m, ",") || tok(c, m, ";") || tok(c, m, "(") ||
            (verb_trigger_at(c, m) && !(tok(c, m - 1, "with") && ing_form(c, m)) &&
             !at_the_crowd(c, m)) ||
            c->qty_at[m] || has(c, m, LC_SAY) || tok(c, m, "who") || tok(c, m, "and") ||
            tok(c, m, "or") || tok(c, m, "but") ||
            (!fate && ((tok(c, m, "earlier") && !dated_earlier(c, m)) ||
                       tok(c, m, "previously") || tok(c, m, "before") ||
                       tok(c, m, "already"))))
            return NULL;
    }
    return best->tr;
}

/* Does a comma at token k open a set-off that says the whole count was
 * affected ("17 minors, all of them detained at the station, were handed
 * to their parents", ", all detained", ", both of them held")?  Returns
 * the token after "all" or "all of them", or 0. */
static size_t set_off_whole(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, ",") || !(tok(c, k + 1, "all") || tok(c, k + 1, "both")))
        return 0;
    if (tok(c, k + 2, "of") && tok(c, k + 3, "them"))
        return k + 4;
    return k + 2;
}

/* The end of a second noun of the people joined by "and" at k ("31
 * officers and guards injured"): the participle after it is the whole
 * phrase's, as after one noun.  0 if none. */
static size_t and_second_noun(const struct sentence_ctx *c, size_t k) {
    size_t len;
    if (!tok(c, k, "and") || !lex_match(c->lx, c->t, c->n, k + 1, LC_WHO, &len))
        return 0;
    return k + 1 + len;
}

/* Does a passive in the singular ("was held", "is being held", "has
 * been taken") at verb v follow the qi-th count of two or more, which a
 * noun of one ("a total of", "a group of") does not head?  Then the verb's
 * subject is another noun: "an ambulance carrying two patients was held". */
static int singular_subject(const struct sentence_ctx *c, size_t qi, size_t v) {
    const struct quantity *q = &c->q[qi];
    if (q->low != VG_OPEN && q->low < 2)
        return 0;
    if (q->t0 >= 1 && (tok(c, q->t0 - 1, "of") || tok(c, q->t0 - 1, "a")))
        return 0;
    for (size_t m = q->t0; m < q->core; m++)
        if (tok(c, m, "of") || tok(c, m, "a"))
            return 0; /* "a total of 50", "a group of 12" read as one phrase */
    size_t k = v;
    while (k > q->t1 && (tok(c, k - 1, "been") || tok(c, k - 1, "being")))
        k--;
    return k > q->t1 && (tok(c, k - 1, "was") || tok(c, k - 1, "is") || tok(c, k - 1, "has"));
}

/* Is token k a "who" in the singular after a name and a comma ("...,
 * among them the leader Ruben Choque, who is held in San Pedro"), a
 * clause of the named person's and not of a count before him? */
static int name_relative(const struct sentence_ctx *c, size_t k) {
    return k >= 2 && tok(c, k, "who") && tok(c, k - 1, ",") && c->t[k - 2].kind == TK_WORD &&
           (c->t[k - 2].flags & TF_CAP) &&
           (tok(c, k + 1, "is") || tok(c, k + 1, "was") || tok(c, k + 1, "has"));
}

/* Is the trigger a verb of attending whose object is no protest ("50
 * journalists attended the press conference", "attended the hearing")? */
static int not_a_protest(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const events[] = {"press", "news", "hearing", "hearings", "trial",
                                         "court", "session", "meeting", "briefing",
                                         "conference", "lecture", "class", "classes",
                                         "service", "mass", "ceremony", NULL};
    size_t k = tr->t1;
    if (tr->e->what != VG_PARTICIPANTS || !(tok(c, tr->t0, "attended") || tok(c, tr->t0, "attend")))
        return 0;
    if (tok(c, k, "the") || tok(c, k, "a") || tok(c, k, "an") || tok(c, k, "his") ||
        tok(c, k, "her") || tok(c, k, "their"))
        k++;
    return tok_in(c, k, events) || (k + 1 < c->n && tok_in(c, k + 1, events));
}

/* Does a relative clause with no "that" open at token k: an agent of
 * custody (or "they") and its past verb right after a count's noun ("60
 * students police arrested on Monday", "the 45 people security forces
 * detained", "the 20 people they had detained")? */
static int agent_clause(const struct sentence_ctx *c, size_t k) {
    static const char *const agents[] = {"police", "officers", "authorities", "troops",
                                         "soldiers", "forces", "agents", "guards", "they",
                                         NULL};
    size_t v = k;
    if (tok(c, v, "security") || tok(c, v, "riot") || tok(c, v, "the"))
        v++;
    if (!tok_in(c, v, agents) && !(v == k && tok(c, v, "they")))
        return 0;
    /* "the 45 people they had detained", "police have since arrested" */
    size_t m = v + 1;
    while (m < c->n && m < v + 4 && (has(c, m, LC_AUX) || tok(c, m, "since")) && !trigger_at(c, m))
        m++;
    const struct trigger *tr = trigger_at(c, m);
    return tr && tr->t0 == m && tr->e->kind == F_VERB && !ing_form(c, m);
}

/* Is the trigger a verb whose count stands after it, between it and the
 * rest of its phrase ("had referred six others to trial", "sent 40 home",
 * "holding 63 people")?  It is active, so a count before it is never its
 * subject, even after "had". */
static int object_verb(const struct sentence_ctx *c, const struct trigger *tr) {
    return tr->t1 == tr->t0 + 1 &&
           (sent_for_trial(c, tr->t0) || sent_home(c, tr->t0) || holds_count(c, tr->t0) ||
            brought_out(c, tr->t0) || verdict_on(c, tr->t0));
}

/* Is token k a noun of time ("days", "week")? */
static int time_unit(const struct sentence_ctx *c, size_t k) {
    size_t len;
    const struct lex_entry *u = lex_match(c->lx, c->t, c->n, k, LC_UNIT, &len);
    return u && u->kind == 1;
}

/* Words that open an object, words of time after them, and words that
 * open no object (prepositions, conjunctions, adverbs of time). */
static const char *const obj_dets[] = {"the", "a", "an", "their", "his", "her", "its",
                                       "our", "these", "those", "several", "some",
                                       "many", NULL};
static const char *const obj_times[] = {"previous", "following", "next", "same", "other",
                                        "past", "last", "first", "night", "morning",
                                        "evening", "afternoon", "weekend", NULL};
/* Nouns of one that hold a count of people as an object: "detained a
 * group of 50", "booked a mob of around 1,000". */
static const char *const group_nouns[] = {"group", "batch", "mob", "gang", "band", NULL};
static const char *const obj_preps[] = {
    "in", "on", "at", "during", "after", "before", "for", "over", "from", "since",
    "by", "near", "outside", "inside", "across", "under", "with", "without", "into",
    "amid", "following", "throughout", "within", "around", "between", "as", "to",
    "while", "when", "and", "or", "but", "yesterday", "today", "earlier", "later",
    "overnight", "last", "this", "that", "so", NULL};

/* Does a direct object start at token k: a determiner or a possessive
 * ("arrested the organisers", "locked up their stalls"), a noun of people
 * ("arrested protesters"), a count of people ("detained 12"), or a noun
 * of things after at most two words ("locked up academic buildings")?  A
 * time after a determiner is none: "five activists detained the day
 * before". */
static int object_at(const struct sentence_ctx *c, size_t k) {
    if (k >= c->n || (c->t[k].flags & TF_CAP))
        return 0;
    if (c->qty_at[k]) {
        const struct quantity *q = &c->q[c->qty_at[k] - 1];
        size_t len;
        return q->t0 == k && !lex_match(c->lx, c->t, c->n, q->t1, LC_UNIT, &len);
    }
    if (has(c, k, LC_WHO)) {
        size_t len;
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
        return !(w && k + len < c->n && has(c, k + len, LC_SAY)); /* "detained police
                                                                   * said": a speaker */
    }
    if (tok_in(c, k, obj_dets))
        return k + 1 < c->n && !time_unit(c, k + 1) && !tok_in(c, k + 1, obj_times) &&
               !c->qty_at[k + 1];
    for (size_t m = k; m < c->n && m < k + 3; m++) {
        size_t len;
        const struct lex_entry *u = lex_match(c->lx, c->t, c->n, m, LC_UNIT, &len);
        if (u)
            return u->kind == 0;
        if (c->t[m].kind != TK_WORD || (c->t[m].flags & TF_CAP) || tok_in(c, m, obj_preps) ||
            trigger_at(c, m) || has(c, m, LC_STOP) || has(c, m, LC_AUX))
            return 0;
    }
    return 0;
}

/* After an active verb's object that starts at k, "and" and a verb of a
 * crowd with no subject of its own: "locked up the halls and marched to
 * the offices", "and began demonstrations".  Returns its trigger or NULL. */
static const struct trigger *and_then_crowd(const struct sentence_ctx *c, size_t k) {
    for (size_t m = k; m < c->n && m < k + 6; m++) {
        if (c->t[m].kind != TK_WORD || c->qty_at[m] || has(c, m, LC_STOP))
            return NULL;
        if (tok(c, m, "and")) {
            const struct trigger *tr = trigger_at(c, m + 1);
            return tr && tr->t0 == m + 1 && tr->e->kind == F_INTRANS &&
                           tr->e->what == VG_PARTICIPANTS
                       ? tr
                       : NULL;
        }
        if (trigger_at(c, m))
            return NULL;
    }
    return NULL;
}

/* Is the verb trigger, right after the noun of a count, active with an
 * object of its own: "About 50 officers arrested protesters", "300
 * students locked up academic buildings"?  Then the count is its agent,
 * no patient.  Not a passive or a phrase ending in a preposition ("were
 * attended at", "hit by"), and not a participle before a noun ("the
 * arrested persons"): the word before it is the count's noun. */
static int active_with_object(const struct sentence_ctx *c, const struct trigger *tr) {
    size_t k = tr->t0;
    if (k == 0 || cyrillic_at(c, k) || has(c, k, LC_AUX) || tok(c, k, "were") ||
        tok(c, k, "was") || tok_in(c, tr->t1 - 1, obj_preps) || tok_in(c, k - 1, obj_dets) ||
        tok(c, k - 1, "of") || c->t[k - 1].kind != TK_WORD)
        return 0;
    return object_at(c, tr->t1);
}

/* Does a subordinating word between a and b open a clause with a subject
 * of its own ("detained 6 women after marchers blocked the road")? */
static int subordinate_between(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const subs[] = {"after", "when", "as", "because", "while", "before",
                                       "since", "until", "where", NULL};
    for (size_t k = a; k < b; k++)
        if (tok_in(c, k, subs))
            return 1;
    return 0;
}

static size_t phrase_to_predicate(const struct sentence_ctx *c, size_t k, int dates);

/* "of the provinces of San Roman, El Collao and Chucuito", "of the
 * three districts": a phrase of "of" after the noun of a count, longer
 * than the three words a predicate may follow the noun by, right before
 * an outcome phrase ("Thousands of citizens of the provinces of ...
 * mobilised towards").  Words, names joined by commas and "and", and
 * counts of no people only.  Returns its length, or 0. */
static size_t of_phrase(const struct sentence_ctx *c, size_t k) {
    return phrase_to_predicate(c, k, 0);
}

/* The phrase of of_phrase after token k; with `dates`, numbers that count
 * no one (the days of "the July 11 and 12 demonstrations") may stand in
 * it, and counts may not. */
static size_t phrase_to_predicate(const struct sentence_ctx *c, size_t k, int dates) {
    size_t j = k + 1;
    while (j < c->n && j < k + 12 && !trigger_at(c, j)) {
        if (c->t[j].kind == TK_WORD &&
            (has(c, j, LC_STOP) || has(c, j, LC_SAY) || has(c, j, LC_AUX) || has(c, j, LC_REL) ||
             has(c, j, LC_WHO) || is_be(c, j) || tok(c, j, "who") || tok(c, j, "that") ||
             tok(c, j, "which") || tok(c, j, "whom") || tok(c, j, "whose")))
            return 0;
        if (c->t[j].kind == TK_PUNCT && !tok(c, j, "'s") &&
            !(tok(c, j, ",") && (c->t[j + 1 < c->n ? j + 1 : j].flags & TF_CAP)))
            return 0;
        if (c->t[j].kind == TK_NUM && !c->qty_at[j] == !dates)
            return 0;
        j++;
    }
    return j > k + 1 && j < c->n && trigger_at(c, j) ? j - k : 0;
}

/* "from New Bell", "from Kibera", "among them", "among those": a
 * modifier right after the noun of a count, before a predicate with no
 * auxiliary ("16 men from New Bell behind bars").  Returns its length,
 * or 0. */
static size_t noun_modifier(const struct sentence_ctx *c, size_t k) {
    if (tok(c, k, "among") &&
        (tok(c, k + 1, "them") ||
         ((tok(c, k + 1, "those") || tok(c, k + 1, "these")) && !trigger_at(c, k + 2))))
        return 2; /* not "among those arrested" */
    if (tok(c, k, "of"))
        return of_phrase(c, k);
    if ((tok(c, k, "in") || tok(c, k, "at")) && !trigger_at(c, k)) {
        /* "33 participants in the July 11 and 12 demonstrations in Cuba
         * received their final sentences", "20 people in the southern city
         * of Kano died": a phrase of place or event right before the
         * predicate, words only, as after "of" */
        size_t l = phrase_to_predicate(c, k, 1);
        const struct trigger *pr = l ? trigger_at(c, k + l) : NULL;
        if (pr && (pr->e->kind == F_INTRANS || pr->e->kind == F_VERB))
            return l;
    }
    size_t j = k + 1;
    if (tok(c, k, "in") && tok(c, k + 1, "the") && plain_word(c, k + 2) && tok(c, k + 3, "of"))
        j = k + 4; /* "hundreds of people in the republic of Dagestan protested" */
    else if (!tok(c, k, "from"))
        return 0;
    else if (tok(c, j, "across") || tok(c, j, "around") ||
             (tok(c, j, "all") && tok(c, j + 1, "over")))
        j += tok(c, j, "all") ? 2 : 1; /* "thousands of teachers from across ..." */
    if (j > k + 1 && tok(c, j, "the")) {
        /* "from across the state assembled": a phrase of words right before
         * the predicate */
        size_t m = j + 1;
        while (m < j + 3 && plain_word(c, m) && !trigger_at(c, m))
            m++;
        const struct trigger *pr = m > j + 1 ? trigger_at(c, m) : NULL;
        return pr && pr->t0 == m && (pr->e->kind == F_INTRANS || pr->e->kind == F_VERB)
                   ? m - k
                   : 0;
    }
    size_t open = j;
    while (j < c->n && j < open + 3 && c->t[j].kind == TK_WORD && (c->t[j].flags & TF_CAP) &&
           !has(c, j, LC_STOP) && !trigger_at(c, j) && !c->qty_at[j])
        j++;
    return j > open ? j - k : 0;
}

/* Does the sentence open with the whole the count qi stands in ("Of the
 * 83 men who were taken that night, ..."), and does token k start the
 * subject of its part ("most", "many", "some", "all")?  The predicate
 * after is the part's, not the whole's. */
static int fronted_whole(const struct sentence_ctx *c, size_t qi, size_t k) {
    static const char *const parts[] = {"most", "many", "some", "all", "none", "few",
                                        "half", "several", "nearly", "almost", "only",
                                        "one", NULL};
    size_t o = opening_token(c);
    return c->q[qi].t0 == 2 + o && tok(c, o, "of") && tok(c, o + 1, "the") &&
           (tok_in(c, k, parts) || c->qty_at[k]); /* also inside a quote: '"Of the ...' */
}

/* Is there a comma, a semicolon or a bracket in tokens [a, b)? */
static int punct_between(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (tok(c, k, ",") || tok(c, k, ";") || tok(c, k, "(") || tok(c, k, ")"))
            return 1;
    return 0;
}

/* The part's own predicate after the relative clause of the whole it is
 * taken from: in "four of the 13 people who were wounded on Friday have
 * died" the clause (`rel`, "wounded") is the 13's and "have died" the
 * four's.  A finite outcome with no comma, count or new clause between;
 * NULL when the clause runs to the end. */
static const struct trigger *part_after_whole(const struct sentence_ctx *c,
                                              const struct trigger *rel, size_t limit) {
    for (size_t k = rel->t1; k < limit; k++) {
        if (c->qty_at[k] || has(c, k, LC_STOP) || tok(c, k, ",") || tok(c, k, ";") ||
            tok(c, k, "who") || tok(c, k, "that") || tok(c, k, "which") || has(c, k, LC_SAY) ||
            tok(c, k, "and") || tok(c, k, "or"))
            return NULL;
        const struct trigger *tr = trigger_at(c, k);
        if (!tr || tr->t0 != k)
            continue;
        if (tr->e->kind == F_INTRANS && !ing_form(c, k))
            return tr; /* "have died", "went missing" */
        if ((tr->e->kind == F_VERB || tr->e->kind == F_STATE) && k > rel->t1 && is_be(c, k - 1))
            return tr; /* "... who were detained on Monday were released" */
    }
    return NULL;
}

/* Is there a "not", "never" or "n't" in tokens [a, b)? */
static int not_between(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (tok(c, k, "not") || tok(c, k, "never") || tok(c, k, "n't"))
            return 1;
    return 0;
}

/* "lists 43 people as missing", "recorded 12 as dead", "50 people were
 * listed as missing": a verb of record right before the qi-th count or
 * right before "as" at token k, then the outcome.  Returns the outcome's
 * trigger, or NULL. */
static const struct trigger *recorded_as(const struct sentence_ctx *c, size_t qi, size_t k) {
    static const char *const record[] = {"lists", "listed", "list", "registered", "registers",
                                         "recorded", "records", "counted", "counts",
                                         "documented", "documents", "confirmed", "reported", "described", NULL};
    size_t t0 = c->q[qi].t0;
    if (!tok(c, k, "as") || !((t0 > 0 && tok_in(c, t0 - 1, record)) ||
                              (k >= 2 && tok_in(c, k - 1, record) && is_be(c, k - 2))))
        return NULL;
    const struct trigger *tr = trigger_at(c, k + 1);
    if (!tr || tr->t0 != k + 1 || tr->e->what == VG_PARTICIPANTS || tr->e->kind == F_EVENT)
        return NULL;
    return tr;
}

/* "were left with serious injuries", "were admitted with gunshot
 * injuries": one word between "with" and the noun of the outcome at k,
 * a few words after the count's noun ending at `after_noun`. */
static int with_modified_event(const struct sentence_ctx *c, size_t after_noun, size_t k) {
    return k >= 2 && k <= after_noun + 4 && tok(c, k - 2, "with") &&
           c->t[k - 1].kind == TK_WORD && !c->trig_at[k - 1] && !has(c, k - 1, LC_STOP);
}

/* Does a verb of saying at k open reported speech with a subject of its
 * own ("who said police had detained 14", "who said that soldiers
 * fired")?  Not when the relative's verb follows ("who police said were
 * held") or "they" takes up the counted ("who said they were beaten"). */
static int reported_clause(const struct sentence_ctx *c, size_t k) {
    if (!has(c, k, LC_SAY) || k + 1 >= c->n)
        return 0;
    size_t m = tok(c, k + 1, "that") ? k + 2 : k + 1;
    return m < c->n && c->t[m].kind == TK_WORD && !has(c, m, LC_AUX) && !trigger_at(c, m) &&
           !tok(c, m, "they") && !tok(c, m, "we") && !has(c, m, LC_SAY);
}

/* May the participle tr stand as a headline's predicate, its auxiliary
 * dropped: nothing after it, or a preposition ("Released on Bond",
 * "freed after two days"), not an object ("released a statement")? */
static int headline_verb(const struct sentence_ctx *c, const struct trigger *held,
                         const struct trigger *tr) {
    static const char *const preps[] = {"on", "after", "from", "in", "without", "with",
                                        "by", "following", "at", "for", "under", "pending",
                                        "as", NULL};
    static const char *const pronouns[] = {"they", "he", "she", "it", "we", "whether", "if",
                                           "later", "then", "still", NULL};
    for (size_t m = held->t1; m < tr->t0; m++)
        if (has(c, m, LC_AUX) || has(c, m, LC_NEG) || tok_in(c, m, pronouns))
            return 0; /* "arrested at the rally later appeared in court": a sentence's
                       * own verb, its subject the count's; no headline */
    size_t k = tr->t1;
    if (k >= c->n || (c->t[k].kind == TK_PUNCT && !tok(c, k, ",")))
        return k >= c->n || tok(c, k, ".") || tok(c, k, ":") || tok(c, k, ";");
    return tok_in(c, k, preps);
}

/* Are the tokens [a, b) plain words of a describing phrase: no number,
 * outcome, stop word, auxiliary or verb of saying among them? */
static int plain_words(const struct sentence_ctx *c, size_t a, size_t b) {
    for (size_t m = a; m < b; m++)
        if (c->t[m].kind != TK_WORD || c->qty_at[m] || trigger_at(c, m) || has(c, m, LC_STOP) ||
            has(c, m, LC_AUX) || has(c, m, LC_SAY))
            return 0;
    return 1;
}

/* "Several hundred workers from the textile factory marched", "students
 * from the medical college at Hilltown walked out": a phrase of where the
 * people come from, [a, k), between their noun and their verb, its words
 * plain (no verb, count or comma between). */
static int origin_phrase(const struct sentence_ctx *c, size_t a, size_t k) {
    static const char *const preps[] = {"from", "of", "at", NULL};
    return k <= a + 6 && k >= a + 2 && tok_in(c, a, preps) && plain_words(c, a + 1, k);
}

/* Does a participle's agent phrase fill [a, k) between a crowd and its
 * verb: "thousands of supporters led by his wife converged on the
 * capital", "hundreds of farmers headed by their mayor marched"?  The
 * phrase describes the crowd; the verb after it is still the crowd's.
 * Its agent is a short noun phrase with no count, outcome or clause
 * word. */
static int agent_phrase(const struct sentence_ctx *c, size_t a, size_t k) {
    static const char *const led[] = {"led", "headed", "accompanied", "joined", NULL};
    return k <= a + 6 && k >= a + 3 && tok_in(c, a, led) && tok(c, a + 1, "by") &&
           plain_words(c, a + 2, k);
}

/* Does one person the count takes in stand right before the relative
 * clause at k, after a comma somewhere in [a, k): "12 people, including a
 * woman", "14 people from the water, including one teenager"? */
static int single_included(const struct sentence_ctx *c, size_t a, size_t k) {
    for (size_t n = 1; n <= 2; n++) {
        if (k < a + n + 3)
            return 0;
        size_t d = k - n - 1; /* the determiner */
        if (!(tok(c, d, "a") || tok(c, d, "an") || tok(c, d, "one")) ||
            !tok(c, d - 1, "including") || !tok(c, d - 2, ","))
            continue;
        for (size_t m = d + 1; m < k; m++)
            if (c->t[m].kind != TK_WORD || c->qty_at[m] || trigger_at(c, m))
                return 0;
        return 1;
    }
    return 0;
}

/* The closing dash of a breakdown set off between dashes that opens at
 * token k, "- a soldier and three members of the alliance (AMP) -", with
 * no predicate inside and a count among its words; 0 if none. */
static size_t dash_aside_end(const struct sentence_ctx *c, size_t k, size_t limit) {
    if (!aside_dash(c, k) && !tok(c, k, "\xe2\x80\x93") && !tok(c, k, "\xe2\x80\x94"))
        return 0;
    int count = 0;
    for (size_t m = k + 1; m < limit && m < k + 24; m++) {
        if (aside_dash(c, m) || tok(c, m, "\xe2\x80\x93") || tok(c, m, "\xe2\x80\x94"))
            return count && m > k + 2 ? m : 0;
        count |= c->qty_at[m] != 0;
        if (!part_list_token(c, m) && !tok(c, m, "(") && !tok(c, m, ")") && !tok(c, m, "'") &&
            !tok(c, m, "\xe2\x80\x99"))
            return 0; /* but a possessive: "the farmers' union" */
    }
    return 0;
}

/* ", nurses and health workers marched": the rest of a list of nouns
 * after the noun of a count ("Hundreds of doctors, nurses and health
 * workers marched"), opening at the comma at token k: plain words, commas
 * and one closing "and" or "or", right before the predicate.  Returns the
 * token after the list's last word, or 0. */
static size_t noun_list_rest(const struct sentence_ctx *c, size_t k, size_t limit) {
    int closed = 0;
    size_t m = k, words = 0;
    while (m < limit && m < k + 14) {
        if (tok(c, m, ",") && !closed) {
            m++;
            if (tok(c, m, "and") || tok(c, m, "or")) {
                closed = 1;
                m++;
            }
        } else if ((tok(c, m, "and") || tok(c, m, "or")) && !closed && m > k) {
            closed = 1;
            m++;
        } else {
            return 0;
        }
        words = 0;
        while (m < limit && words < 3 && plain_word(c, m) && !(c->t[m].flags & TF_CAP)) {
            m++;
            words++;
        }
        if (!words)
            return 0;
        if (closed)
            return trigger_at(c, m) ? m : 0;
    }
    return 0;
}

/* The comma that closes a relative clause set off by commas, from a
 * number at k inside it: the first comma before `limit`, with no
 * semicolon or clause-stopping word on the way and a word after it; 0
 * if none. */
static size_t aside_clause_close(const struct sentence_ctx *c, size_t k, size_t limit) {
    for (size_t m = k + 1; m < limit && m + 1 < c->n; m++) {
        if (tok(c, m, ";") || has(c, m, LC_STOP))
            return 0;
        if (tok(c, m, ","))
            return c->t[m + 1].kind == TK_WORD ? m : 0;
    }
    return 0;
}

/* The predicate after the noun phrase that ends at `p`. */
static void right_predicate(const struct sentence_ctx *c, size_t qi, size_t p, size_t reach,
                            int may_share, int inner, struct choice *best) {
    int relative = 0, saw_aux = 0, past_whole = 0, part_named = 0;
    int aside_rel = 0; /* the relative clause opened after a comma: ", which" */
    size_t limit = p + reach < c->n ? p + reach : c->n;
    size_t after_noun = p;
    size_t reduced_end = 0; /* the end of a participle after the noun ("wounded") */
    for (size_t k = p; k < limit; k++) {
        size_t span = relative ? duration_at(c, k) : 0;
        if (span && (size_t)(c->qty_at[k] - 1) != qi) {
            k = span - 1; /* "who had been detained for two months": a time */
            continue;
        }
        if (c->qty_at[k] && (size_t)(c->qty_at[k] - 1) != qi) {
            /* Another number: shared predicate only for coordinated subjects. */
            size_t qj = c->qty_at[k] - 1;
            if (place_population(c, c->q[qj].t0, c->q[qj].t1)) {
                k = c->q[qj].t1; /* "..., a hub for the region's 12 million
                                  * people, were arrested": no subject */
                continue;
            }
            size_t rel_close = aside_rel ? aside_clause_close(c, k, limit) : 0;
            if (rel_close) {
                k = rel_close; /* "1,000 farmers from the villages, which the three
                                * mines would displace, had assembled": the
                                * clause's count is its own, the predicate after
                                * the closing comma the subject's */
                continue;
            }
            size_t am = k >= 1 && tok(c, k - 1, "the") ? k - 1 : k;
            if (!relative && saw_aux && am >= 1 && tok(c, am - 1, "among") &&
                !tok(c, c->q[qi].t1, ",") && /* not an age: "X, 22, was among 15 people" */
                !(c->q[qi].t0 > 0 && (tok(c, c->q[qi].t0 - 1, "the") ||
                                      tok(c, c->q[qi].t0 - 1, "these")))) {
                /* nor a count named before: "The 14 were among 37 people arrested" */
                /* "Nine policemen were among the 365 injured", "four
                 * journalists were among 60 people detained": the whole's
                 * outcome */
                struct head wh;
                read_head(c, &c->q[qj], &wh);
                const struct trigger *wt = wh.out ? wh.out : trigger_at(c, wh.end);
                if (wt && (wt->e->kind == F_PEOPLE || wt->e->kind == F_VERB) &&
                    (wt == wh.out || wt->t0 == wh.end)) {
                    offer(best, S_STRONG, wt, wt->e->what, "among");
                    return;
                }
            }
            size_t close = including_aside(c, k);
            if (close) { /* "12 others, including three minors, were bailed" */
                if (reduced_end && close + 1 < c->n && tok(c, close, ",") &&
                    (tok(c, close + 1, "who") || tok(c, close + 1, "whom")))
                    return; /* "37 arrested, including seven monks, who were later
                             * released": the relative is the part's, the whole
                             * has its participle */
                k = close;
                after_noun = close + 1; /* "..., including 19 officers, died" */
                continue;
            }
            if (!may_share || best->s ||
                !(coordination_only(c, after_noun, k) || of_phrase_then_and(c, after_noun, k) ||
                  place_then_and(c, after_noun, k)))
                return;
            size_t own_close = including_aside(c, c->q[qi].t0);
            if (own_close && own_close < k)
                return; /* "58 were detained, including 15 students, and 9 were
                         * released": a new clause after the part's aside */
            if (k > 0 && tok(c, k - 1, ",") && fronted_whole(c, qi, k))
                return; /* "Of the 74 defendants, 43 were jailed": the part's */
            struct head h;
            read_head(c, &c->q[qj], &h);
            if (h.partitive && h.pronoun)
                return; /* "31 people, 22 of whom remain in custody": a part's own */
            limit = limit + (h.end - k) < c->n ? limit + (h.end - k) : c->n; /* "three of
                                    * the 12 people wounded ... have died": reach past the whole */
            part_named |= k >= 1 && (tok(c, k - 1, "including") || tok(c, k - 1, "among") ||
                                     (k >= 2 && tok(c, k - 1, "them") && tok(c, k - 2, "among")));
            k = h.end - 1;
            after_noun = h.end;
            past_whole = 1;
            continue;
        }
        size_t dash_close = k == after_noun && !relative ? dash_aside_end(c, k, limit) : 0;
        if (dash_close) {
            after_noun = dash_close + 1; /* "four people - a soldier and three
                                          * students - have died": the whole's
                                          * verb after its breakdown */
            k = dash_close;
            continue;
        }
        if (has(c, k, LC_STOP) || (tok(c, k, "and") && tok(c, k + 1, "that")))
            return;
        if (!relative && k >= after_noun && one_of_them(c, k))
            return; /* "located the four and one of them was tortured": the
                     * one's predicate */
        if (!relative && k > after_noun && subordinate_subject(c, k))
            return; /* "the arrest of 191 people in Lima and asked police when
                     * protesters may be released": another clause's subject */
        if (!relative && tok(c, k, ",") && k + 1 < c->n && fronted_whole(c, qi, k + 1))
            return; /* "Of the five wounded taken to the clinic, one is dead": the
                     * rest is the part's */
        if (k == after_noun && c->q[qi].t0 > 0 &&
            ((tok(c, k, "\"") && tok(c, c->q[qi].t0 - 1, "\"")) ||
             (tok(c, k, "\xe2\x80\x9d") && tok(c, c->q[qi].t0 - 1, "\xe2\x80\x9c")))) {
            after_noun = k + 1; /* 'the "41 people" detained on Tuesday': the
                                 * count and its noun quoted, the predicate after */
            continue;
        }
        if (k == after_noun && tok(c, k, "]")) {
            after_noun = k + 1; /* "[that the three students] died": an editor's
                                 * insertion in a quote closes before the verb */
            continue;
        }
        if (k == after_noun && (tok(c, k, ",") || tok(c, k, "("))) {
            /* An aside: "150 supporters, many wearing scarves, gathered". */
            const char *close = tok(c, k, ",") ? "," : ")";
            size_t m = k + 1;
            while (m < limit && m < k + 16 && !tok(c, m, close) && !c->qty_at[m] && !trigger_at(c, m))
                m++;
            if (m < limit && tok(c, m, close) && m > k + 1) {
                after_noun = m + 1;
                k = m;
                continue;
            }
            size_t list_end = !relative && tok(c, k, ",") ? noun_list_rest(c, k, limit) : 0;
            if (list_end) {
                after_noun = list_end; /* "doctors, nurses and health workers marched" */
                k = list_end - 1;
                continue;
            }
        }
        const struct trigger *as = !relative && tok(c, k, "as") &&
                                           (k == after_noun || aux_run(c, after_noun, k - 1))
                                       ? recorded_as(c, qi, k)
                                       : NULL;
        if (as) {
            offer(best, S_STRONG, as, as->e->what, "recorded_as");
            return;
        }
        if (k > after_noun && tok(c, k - 1, "\"") && has(c, k, LC_SAY))
            return; /* '"We were 31," said a student who was held': the quote
                     * ends, the speaker's clause is his own */
        const struct trigger *pt = k == after_noun && !relative && tok(c, k, "among") &&
                                           (tok(c, k + 1, "those") || tok(c, k + 1, "these"))
                                       ? trigger_at(c, k + 2)
                                       : NULL;
        if (pt && pt->t0 == k + 2 && (pt->e->kind == F_VERB || pt->e->kind == F_STATE)) {
            /* "Four minors among those arrested were handed over": the part
             * takes the outcome of the whole unless a predicate of its own
             * follows, as "22 of those arrested were under 18". */
            offer(best, S_WEAK, pt, pt->e->what, "among_part");
            after_noun = pt->t1;
            k = pt->t1 - 1;
            continue;
        }
        size_t ml = k == after_noun && !relative ? noun_modifier(c, k) : 0;
        if (ml) { /* "16 men from New Bell behind bars", "three minors among them face" */
            after_noun = k + ml;
            k += ml - 1;
            continue;
        }
        if (!relative && is_be(c, k))
            saw_aux = 1;
        if (relative && tok(c, k, ",") && k + 1 < c->n && fronted_whole(c, qi, k + 1))
            return; /* "Of the 83 who were taken, most were freed": the part's */
        if (relative && reported_clause(c, k) && tok(c, after_noun, ",")) {
            /* "Dozens of residents, who said police had detained 14
             * youths, blocked ...": the speech has its own subject and
             * outcome; the count's predicate comes after the clause */
            size_t m = k + 1;
            while (m < limit && !tok(c, m, ",") && !tok(c, m, ";"))
                m++;
            if (m >= limit || !tok(c, m, ","))
                return;
            relative = 0;
            after_noun = m + 1;
            k = m;
            continue;
        }
        if (name_relative(c, k))
            return; /* "..., among them Ruben Choque, who is held in ...": his */
        if (!relative && (tok(c, k, "whom") || tok(c, k, "which")) && k >= 2 &&
            (tok(c, k - 1, "of") || tok(c, k - 1, "among")) &&
            (tok(c, k - 2, ",") || (k >= 3 && c->t[k - 2].kind == TK_WORD && tok(c, k - 3, ",") &&
                                    !tok(c, k - 2, "all") && !tok(c, k - 2, "each")))) {
            /* "122 people, of whom 46 were detained", "300 people, most of
             * whom were later freed, were held": a part's clause, skipped;
             * "all of whom had been in custody" is the whole's */
            size_t m = k + 1;
            while (m < limit && !tok(c, m, ",") && !tok(c, m, ";"))
                m++;
            if (m >= limit || !tok(c, m, ",") || c->qty_at[m + 1])
                return; /* "920 arrests, of whom 104 were freed, 610 held ...": parts */
            after_noun = m + 1;
            k = m;
            continue;
        }
        if (tok(c, k, "who") || tok(c, k, "that") || tok(c, k, "which") || tok(c, k, "whose") ||
            tok(c, k, "whom") || has(c, k, LC_REL) || (k == after_noun && agent_clause(c, k))) {
            if (!relative && ((part_named && k == after_noun) ||
                              (k > after_noun + 1 && single_included(c, after_noun, k)))) {
                /* "23 people, including 14 students who had been detained",
                 * "12 people, including a woman who died": the part's or
                 * the one included person's clause, not the whole's; a
                 * predicate after it is the whole's again ("..., who had
                 * been detained, were freed", "..., including a boy who was
                 * later freed, were detained") */
                size_t m = k + 1;
                while (m < limit && !tok(c, m, ",") && !tok(c, m, ";") && !c->qty_at[m])
                    m++;
                if (m >= limit || !tok(c, m, ","))
                    return;
                after_noun = m + 1;
                k = m;
                continue;
            }
            if (!relative && k > after_noun + 1 &&
                (tok(c, k, "who") || tok(c, k, "that") || tok(c, k, "which")) &&
                (tok(c, k + 1, "was") || tok(c, k + 1, "is") || tok(c, k + 1, "has")) &&
                c->q[qi].low >= 2)
                return; /* "Several residents cornered one of the gunmen who was
                         * beaten to death": a singular clause, another noun's */
            if (!relative && k > after_noun + 1 && subordinate_between(c, after_noun, k))
                return; /* "48 fans after reports that flares had been let off":
                         * another noun's clause */
            if (!relative && k >= 1 && tok(c, k - 1, ",") && (tok(c, k, "which") || tok(c, k, "who")))
                aside_rel = 1;
            relative = 1;
            continue;
        }
        int term = !relative && (k <= after_noun + 3 || aux_run(c, after_noun, k))
                       ? term_sentence(c, k)
                       : VG_WHAT_NONE;
        if (!term && !relative && k <= after_noun + 1)
            term = ru_term_sentence(c, k);
        if (term) {
            offer(best, S_STRONG, NULL, (uint8_t)term, "term");
            return;
        }
        const struct trigger *tr = trigger_at(c, k);
        if (!tr || not_a_protest(c, tr) || object_verb(c, tr))
            continue;
        int form = tr->e->kind;
        if (saw_aux && !relative && k >= 1 &&
            ((tok(c, k - 1, "among") && form == F_PEOPLE) ||
             (k >= 2 && tok(c, k - 2, "among") &&
              (tok(c, k - 1, "those") || tok(c, k - 1, "the"))))) {
            /* "18 minors were among those arrested", "among the dead". */
            offer(best, S_STRONG, tr, tr->e->what, "among");
            return;
        }
        const struct trigger *own = relative && past_whole && !inner
                                        ? part_after_whole(c, tr, c->n < tr->t1 + 10 ? c->n : tr->t1 + 10)
                                        : NULL;
        if (own) {
            offer(best, S_STRONG, own, own->e->what, "part_after_whole");
            return;
        }
        int aux = aux_before(c, k, p > 0 ? p - 1 : 0);
        if (aux < 0 && best->s == S_REDUCED && best->rule && rule_is(best->rule, "reduced"))
            return; /* "12 students arrested last week were not charged", "15
                     * men detained on Tuesday must be released": the
                     * participle's outcome stands, the predicate's does not */
        if (aux < 0 && not_released(c, tr, k)) {
            offer(best, S_STRONG, tr, VG_DETAINED, "not_released");
            return;
        }
        if (aux < 0) {
            best->s = S_STRONG; /* "were not charged": negated, nothing binds */
            best->what = VG_WHAT_NONE;
            return;
        }
        const struct trigger *held = participle_then(c, qi, best, tr, k);
        if (aux > 0 && form == F_VERB && !relative && singular_subject(c, qi, tr->t0))
            return; /* "an ambulance carrying two patients was held": the ambulance */
        if (aux > 0 && form == F_INTRANS && relative && !inner) {
            /* "11 students, who had attended a protest, were arrested": the
             * clause's own verb, weak like one with no auxiliary, so the
             * main predicate after it wins */
            offer(best, S_WEAK, tr, tr->e->what, "relative");
            continue;
        }
        if (aux > 0 && form == F_STATE && relative && !inner &&
            tr->e->what == VG_PARTICIPANTS && speaking_subject(c, tr->t1)) {
            /* "Two protesters who were at the demonstration, and X, said":
             * witnesses who speak, no crowd */
            best->s = S_STRONG;
            best->what = VG_WHAT_NONE;
            return;
        }
        if (aux > 0 && (form == F_VERB || form == F_STATE || form == F_INTRANS)) {
            if (relative && !inner && (form == F_VERB || form == F_STATE) &&
                after_relative(c, tr, limit, best))
                return;
            const struct trigger *rel = best->rule && rule_is(best->rule, "relative") &&
                                                stage_of(best->what) == 1
                                            ? best->tr
                                            : NULL;
            offer(best, S_STRONG, tr, ru_arrest_term(c, tr, tr->t1),
                  form == F_STATE ? "state" : "passive");
            best->earlier = held;
            if (!held && rel && stage_of(best->what) > 1)
                best->earlier = rel; /* "the 12 activists police detained were released" */
            return;
        }
        if (!held && form == F_INTRANS && !relative && aux == 0 && received_penalty(c, k) &&
            best->s == S_REDUCED && best->tr && best->tr->e->kind == F_VERB &&
            stage_of(best->tr->e->what) && stage_of(best->tr->e->what) < stage_of(VG_SANCTIONED))
            held = best->tr;
        if (held && form == F_INTRANS && !relative && aux == 0 && received_penalty(c, k)) {
            /* "12 defendants tried in absentia each received seven years" */
            offer(best, S_STRONG, tr, tr->e->what, "received");
            best->earlier = held;
            return;
        }
        if (held && form == F_VERB && !relative && aux == 0 && headline_verb(c, held, tr)) {
            /* "185 Protesters Arrested on Tuesday Released on Bond": a
             * headline's participle of custody, then its predicate with
             * no auxiliary, a later stage of the same case */
            offer(best, S_STRONG, tr, tr->e->what, "headline");
            best->earlier = held;
            return;
        }
        if (held && form == F_INTRANS && !relative) {
            /* "five people detained on 9 March had not been located" */
            offer(best, S_STRONG, tr, tr->e->what, "intransitive");
            best->earlier = held;
            return;
        }
        if (k == after_noun || (k == after_noun + 1 && tok(c, after_noun, ",")) ||
            (form == F_VERB && tok(c, after_noun, ",") && adverbs_only(c, after_noun + 1, k)) ||
            (form == F_VERB && set_off_whole(c, after_noun) == k) || adverbs_only(c, after_noun, k) ||
            (form == F_VERB && and_second_noun(c, after_noun) == k && !active_with_object(c, tr)) ||
            (form == F_VERB && bare_including(c, after_noun, k)) ||
            (k == after_noun + 1 && cyrillic_at(c, k) &&
             (ru_agent(c, after_noun) || tok(c, after_noun, "судом"))) ||
            (!relative && (form == F_VERB || form == F_STATE) &&
             ru_adverbs(c, after_noun, k))) {
            /* «двоим задержанным суд назначил штрафы»: the court between
             * the dative count and its verb; «шестеро из них всё это
             * время находились»: adverbs between */
            if (form == F_INTRANS && !relative && ing_form(c, k))
                offer(best, S_REDUCED, tr, tr->e->what, "participle"); /* a later predicate wins */
            else if (form == F_INTRANS && inner && !relative)
                return; /* "three of the 12 people have died": the part's verb */
            else if (form == F_INTRANS)
                offer(best, relative ? S_WEAK : S_STRONG, tr, tr->e->what, "intransitive");
            else if ((form == F_VERB || form == F_STATE) && k == after_noun &&
                     c->q[qi].t0 > 0 &&
                     (tok(c, c->q[qi].t0 - 1, "in") || tok(c, c->q[qi].t0 - 1, "at") ||
                      tok(c, c->q[qi].t0 - 1, "across") || tok(c, c->q[qi].t0 - 1, "into")))
                continue; /* "held in three jails": a noun of places, no count */
            else if (form == F_VERB && !relative && k == after_noun && k > c->q[qi].t1 &&
                     active_with_object(c, tr)) {
                /* "About 50 officers arrested protesters": the agents; but
                 * "300 students locked up the halls and marched": a crowd */
                const struct trigger *crowd = and_then_crowd(c, tr->t1);
                if (crowd)
                    offer(best, S_STRONG, crowd, crowd->e->what, "intransitive");
                return;
            }
            else if (form == F_VERB || form == F_STATE) {
                offer(best, S_REDUCED, tr, ru_arrest_term(c, tr, tr->t1), "reduced");
                reduced_end = tr->t1;
            } else if (form == F_EVENT && with_event(c, tr))
                offer(best, S_REDUCED, tr, tr->e->what, "with");
            else if (form == F_PEOPLE && tok(c, k, "dead"))
                offer(best, S_REDUCED, tr, tr->e->what, "result"); /* "left 14 people dead" */
            continue;
        }
        if (saw_aux && !relative && form == F_VERB && k > 0 &&
            (tok(c, k - 1, "and") || tok(c, k - 1, ",")) && !not_between(c, after_noun, k))
            offer(best, S_REDUCED, tr, tr->e->what, "passive_and");
        else if (form == F_INTRANS && !relative && !inner && reduced_end &&
                 (tr->e->what == VG_KILLED || tr->e->what == VG_MISSING) && !ing_form(c, k) &&
                 k <= reduced_end + 6 && !subordinate_between(c, reduced_end, k) &&
                 !punct_between(c, reduced_end, k) && !new_subject(c, reduced_end, k))
            /* "six of the 15 people wounded on Friday later died": the
             * participle describes, the verb after it is the predicate;
             * not when another count is its subject ("31 officers injured
             * and one student died") */
            offer(best, S_STRONG, tr, tr->e->what, "intransitive");
        else if (form == F_INTRANS && !relative &&
                 (k <= after_noun + 3 || origin_phrase(c, after_noun, k) ||
                  agent_phrase(c, after_noun, k)) &&
                 !subordinate_between(c, after_noun, k))
            offer(best, S_REDUCED, tr, tr->e->what, "intransitive");
        else if (form == F_EVENT && ((tok(c, k - 1, "with") && k <= after_noun + 3) ||
                                     with_modified_event(c, after_noun, k) ||
                                     (tok(c, after_noun, "with") && with_event(c, tr))))
            offer(best, S_REDUCED, tr, tr->e->what, "with");
        else if (relative && form == F_VERB && k >= 1 && !has(c, k - 1, LC_AUX) &&
                 !is_be(c, k - 1) && c->qty_at[tr->t1] && object_at(c, tr->t1))
            return; /* "400 villagers, who attacked the officers and wounded 14 of
                     * them": the clause's verb takes a count of its own, its
                     * subject the agent */
        else if (relative && (form == F_INTRANS || form == F_VERB) &&
                 !(tr->e->what == VG_PARTICIPANTS && charge_against(c, c->q[qi].t0))) {
            /* not "dropped charges against 80 people who marched": the
             * accused, no crowd */
            if (best->s == S_WEAK && best->what == VG_PARTICIPANTS && best->rule &&
                rule_is(best->rule, "relative") && tr->e->what != VG_PARTICIPANTS &&
                form == F_INTRANS)
                best->s = S_NONE; /* "Dozens of people who took to the streets found
                                   * themselves behind bars": the crowd's verb is the
                                   * clause's, the later outcome the count's own */
            offer(best, S_WEAK, tr, tr->e->what, "relative");
        }
        if (inner && best->s)
            return;
    }
}

/* The trigger ending exactly at token `end`, if any. */
static const struct trigger *trigger_ending(const struct sentence_ctx *c, size_t end) {
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t1 == end)
            return &c->tr[i];
    return NULL;
}

/* Does a link phrase end just before token `core`, taking in a qualifier:
 * "went up to 640"? */
static size_t link_into(const struct sentence_ctx *c, const struct quantity *q) {
    for (size_t back = 4; back >= 1; back--) {
        size_t len;
        if (back > q->core)
            continue;
        if (back == 1 && (q->core - 1 < q->t0 || !has(c, q->core - 1, LC_QUAL)))
            continue; /* one word: only a qualifier that links ("topped 500") */
        if (lex_match(c->lx, c->t, c->n, q->core - back, LC_LINK, &len) && len == back)
            return back;
    }
    return 0;
}

size_t bind_estimated_by_at(const struct sentence_ctx *c, size_t t0) {
    if (t0 < 4 || !tok(c, t0 - 1, "at"))
        return SIZE_MAX;
    for (size_t k = t0 - 2; k > 0 && t0 - k < 9; k--) {
        if (c->qty_at[k] || tok(c, k, ",") || c->trig_at[k])
            return SIZE_MAX;
        if (tok(c, k, "by") && k + 1 < t0 - 1)
            return tok(c, k - 1, "estimated") || tok(c, k - 1, "put") ? k - 1 : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The first token of the link phrase that joins a count to the quantity:
 * "rose to", "has reached", "topped"; SIZE_MAX if none. */
static size_t link_start(const struct sentence_ctx *c, const struct quantity *q) {
    size_t back = link_into(c, q);
    if (back)
        return q->core - back;
    static const char *const adverbs[] = {"therefore", "thus", "actually", "accordingly",
                                          "still", NULL};
    size_t t0 = q->t0;
    if (t0 > 1 && tok_in(c, t0 - 1, adverbs))
        t0--; /* "the number arrested is therefore 20" */
    else if (t0 > 2 && tok(c, t0 - 2, "in") && tok(c, t0 - 1, "fact"))
        t0 -= 2; /* "the number of arrests was in fact 150" */
    size_t by = bind_estimated_by_at(c, t0);
    if (by != SIZE_MAX)
        return by;
    for (size_t b = 4; b >= 1; b--) {
        size_t len;
        if (b <= t0 && lex_match(c->lx, c->t, c->n, t0 - b, LC_LINK, &len) && len == b)
            return t0 - b;
    }
    return SIZE_MAX;
}

/* Are the tokens [a, say) one or two words right before the verb of
 * saying at `say`: the rest of a speaker's name that a gathering word
 * opens ("protest group says", "Rally Monitoring Centre said")? */
static int names_speaker(const struct sentence_ctx *c, size_t a, size_t say) {
    if (a >= say || say - a > 2)
        return 0;
    for (size_t k = a; k < say; k++)
        if (c->t[k].kind != TK_WORD || has(c, k, LC_SAY))
            return 0;
    return 1;
}

/* Is the trigger x, a participle after "those" or "the", the subject of
 * the link at ls: right before it, before an auxiliary ("had reached"),
 * or before a short phrase with no verb, count or comma of its own ("those
 * killed in the shelling numbered")? */
static int participle_subject(const struct sentence_ctx *c, const struct trigger *x, size_t ls) {
    static const char *const preps[] = {"in", "during", "on", "at", "since", "after", "near",
                                        "across", "by", "over", "from", "outside", "inside",
                                        "around", "throughout", NULL};
    if (x->t0 < 1 || x->t1 > ls || ls - x->t1 > 8)
        return 0;
    size_t e = ls;
    if (e > x->t1 && has(c, e - 1, LC_AUX))
        e--;
    for (size_t k = x->t1; k < e; k++)
        if (c->qty_at[k] || trigger_at(c, k) || tok(c, k, ",") || has(c, k, LC_AUX) ||
            has(c, k, LC_SAY) || (k == x->t1 && !tok_in(c, k, preps)))
            return 0;
    return 1;
}

/* Is token k a noun for protesters that is the subject of the link at ls:
 * right before it, or before a relative clause with its speaker ("marchers,
 * who organisers said numbered")? */
static int crowd_subject(const struct sentence_ctx *c, size_t k, size_t ls) {
    size_t len;
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
    if (!w || w->who != VG_WHO_PROTESTERS)
        return 0;
    size_t m = k + len;
    if (m == ls)
        return 1;
    if (m < ls && tok(c, m, ","))
        m++;
    if (m == ls)
        return 1; /* "The marchers, numbering about 2,000, ..." */
    if (m >= ls || !(tok(c, m, "who") || tok(c, m, "which")))
        return 0;
    for (m++; m < ls; m++)
        if (c->qty_at[m] || tok(c, m, ",") || c->trig_at[m])
            return 0;
    return 1;
}

/* The group of a running count named between "number of" and its
 * participle at k: students in "the number of students arrested"; -1 when
 * none is named there. */
static int number_of_who(const struct sentence_ctx *c, size_t k) {
    for (size_t m = k >= 4 ? k - 4 : 0; m < k; m++) {
        size_t len;
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, m, LC_WHO, &len);
        if (w && m + len == k && m >= 2 && tok(c, m - 1, "of") && tok(c, m - 2, "number"))
            return w->who;
    }
    return -1;
}

/* The group a running count's words name right after them: "the toll of
 * arrested journalists", "the death toll of protesters"; -1 when none
 * does.  A crowd's count is left to its own noun. */
static int toll_group(const struct sentence_ctx *c, const struct trigger *tr) {
    if (tr->e->kind != F_TOLL || tr->e->what == VG_PARTICIPANTS)
        return -1;
    size_t k = tr->t1, len;
    if (tok(c, k, "of"))
        k++;
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
    return w ? w->who : -1;
}

/* Is token k a gathering's noun in one word that names the kind of a
 * gathering after it ("protest" in "the protest rallies")? */
static int gathering_modifier(const struct sentence_ctx *c, size_t k) {
    const struct trigger *x = trigger_at(c, k);
    const struct trigger *y = trigger_at(c, k + 1);
    return x && y && x->t0 == k && x->t1 == k + 1 && y->t0 == k + 1 &&
           x->e->kind == F_TOLL && x->e->what == VG_PARTICIPANTS &&
           y->e->kind == F_TOLL && y->e->what == VG_PARTICIPANTS;
}

/* The start of the gathering word at k's noun phrase: past up to four
 * tokens of modifiers ("anti-coup", "mass") and a determiner. */
static size_t gathering_phrase_start(const struct sentence_ctx *c, size_t k) {
    size_t p = k;
    while (p > 0 && k - p < 4 && (!trigger_at(c, p - 1) || gathering_modifier(c, p - 1)) &&
           !c->qty_at[p - 1] &&
           ((tok(c, p - 1, "-") && !(c->t[p - 1].flags & TF_SPACE)) ||
            (c->t[p - 1].kind == TK_WORD && !(c->t[p - 1].flags & TF_CAP) &&
             (!has(c, p - 1, LC_FUNC) || tok(c, p, "-") || (p >= 2 && tok(c, p - 2, "-"))) &&
             !has(c, p - 1, LC_STOP) &&
             !has(c, p - 1, LC_AUX) &&
             !tok(c, p - 1, "the") && !tok(c, p - 1, "a") && !tok(c, p - 1, "this") &&
             !tok(c, p - 1, "during") && !tok(c, p - 1, "at") && !tok(c, p - 1, "in") &&
             !tok(c, p - 1, "from") && !tok(c, p - 1, "of"))))
        p--;
    if (p > 0 && (tok(c, p - 1, "the") || tok(c, p - 1, "a") || tok(c, p - 1, "this")))
        p--;
    return p;
}

/* Is the gathering word at k the object of a preposition ("during the
 * protest", "at the rally") inside a "number of" phrase that starts after
 * lo ("the number of people detained during the protest has reached 41")? */
static int gathering_of_count(const struct sentence_ctx *c, size_t lo, size_t k) {
    static const char *const preps[] = {"during", "at", "in", "after", "following",
                                        "throughout", "from", NULL};
    size_t p = gathering_phrase_start(c, k);
    if (p == 0 || !tok_in(c, p - 1, preps))
        return 0;
    for (size_t m = p - 1; m-- > lo;) {
        if (c->qty_at[m] || tok(c, m, ";"))
            return 0;
        if (tok(c, m, "number") && tok(c, m + 1, "of"))
            return 1;
    }
    return 0;
}

/* Does a running count of another outcome head the noun phrase that ends
 * at token `end`, a few words and prepositions back with no verb, clause
 * break or number between: "the death toll due to fatal crackdowns on the
 * protest movement ... had reached 753", where the protest is what the
 * dead were killed in, not the count's crowd?  A preposition follows the
 * toll's noun and precedes the gathering, so "the death toll rose as the
 * crowd grew to 3,000" keeps its crowd. */
static int toll_heads_phrase(const struct sentence_ctx *c, size_t end) {
    static const char *const after_toll[] = {"from", "due", "in", "during", "of", "over",
                                             "following", "after", "since", NULL};
    static const char *const before_gathering[] = {"on", "against", "of", "in", "at",
                                                   "during", "from", "over", "into", NULL};
    if (end == 0 || !tok_in(c, end - 1, before_gathering))
        return 0;
    for (size_t j = end, steps = 0; j > 0 && steps < TOLL_PHRASE_REACH; j--, steps++) {
        const struct trigger *t = trigger_ending(c, j);
        if (t && t->e->kind == F_TOLL)
            return t->e->what != VG_PARTICIPANTS && tok_in(c, j, after_toll);
        if (t)
            return 0;
        size_t m = j - 1;
        if (tok_in(c, m, before_gathering) || (tok(c, m, "to") && m > 0 && tok(c, m - 1, "due")))
            continue; /* "of", "due to": prepositions, no link of a count ("rose to") */
        if (c->qty_at[m] || tok(c, m, ",") || tok(c, m, ";") || tok(c, m, ":") ||
            has(c, m, LC_STOP) || has(c, m, LC_AUX) || has(c, m, LC_LINK) || has(c, m, LC_SAY))
            return 0;
    }
    return 0;
}

/* The start of the capitalised words, up to three, right before token p
 * when a preposition precedes them: "from Iraq protest violence", "in the
 * Saba Saba protests" name a place or an event, no count of their own.
 * Returns p when no preposition precedes. */
static size_t proper_modifiers_start(const struct sentence_ctx *c, size_t p) {
    static const char *const preps[] = {"during", "at", "in", "from", "of", NULL};
    size_t q = p;
    while (q > 0 && p - q < 3 && c->t[q - 1].kind == TK_WORD && (c->t[q - 1].flags & TF_CAP) &&
           !trigger_at(c, q - 1) && !c->qty_at[q - 1])
        q--;
    if (q == p || q == 0)
        return p;
    if (tok(c, q - 1, "the") && q >= 2)
        return tok_in(c, q - 2, preps) ? q - 1 : p;
    return tok_in(c, q - 1, preps) ? q : p;
}

/* Is the gathering word at k the object of a preposition right after
 * another running count's noun: "the death toll in the demonstration",
 * "Death Toll From Protests"? */
static int gathering_of_toll(const struct sentence_ctx *c, size_t k) {
    static const char *const preps[] = {"during", "at", "in", "from", "of", NULL};
    size_t p = proper_modifiers_start(c, gathering_phrase_start(c, k));
    if (p < 2)
        return 0;
    const struct trigger *t = trigger_ending(c, p - 1);
    if (tok_in(c, p - 1, preps) && t && t->e->kind == F_TOLL)
        return t->e->what != VG_PARTICIPANTS;
    return toll_heads_phrase(c, p);
}

/* A noun for a count that does not say of what: "figure", "total", "put
 * the numbers at 3,000". */
/* «МВД называет цифру 96», «приводит цифру в 96 человек»: the Russian
 * word for a figure, right before the count it names. */
static int ru_figure(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "цифру") || tok(c, k, "цифра") || tok(c, k, "цифре") ||
           tok(c, k, "цифрой") || tok(c, k, "цифрах");
}

static int count_noun(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "figure") || tok(c, k, "figures") || tok(c, k, "total") ||
           tok(c, k, "tally") || tok(c, k, "count") || tok(c, k, "numbers") || ru_figure(c, k);
}

/* A count of crowd members that an outcome's participle qualifies: "the
 * number of protesters detained", "the number of demonstrators freed"
 * count the people of that outcome, not a crowd.  Returns the
 * participle's trigger after the crowd's x, else NULL. */
static const struct trigger *crowd_then_outcome(const struct sentence_ctx *c,
                                                const struct trigger *x) {
    if (!x || x->e->what != VG_PARTICIPANTS || x->e->kind != F_TOLL)
        return NULL;
    const struct trigger *y = trigger_at(c, x->t1);
    if (!y || y->e->what == VG_PARTICIPANTS || (y->e->kind != F_VERB && y->e->kind != F_STATE))
        return NULL;
    return y;
}

/* Offer the outcome of a running count's trigger x, or of the participle
 * after a crowd's ("the number of protesters detained": detained, of
 * protesters). */
static void offer_count_trigger(const struct sentence_ctx *c, const struct trigger *x,
                                struct choice *best, const char *rule) {
    if (forbidden_gathering(c, x))
        return; /* "prohibited any public gathering of five people or more" */
    const struct trigger *y = crowd_then_outcome(c, x);
    if (y) {
        offer(best, S_ACTIVE, y, y->e->what, rule);
        best->group = 1 + VG_WHO_PROTESTERS;
        return;
    }
    offer(best, S_ACTIVE, x, x->e->what, rule);
}

/* The outcome of a running total's words [from, to): the first trigger
 * among them ("the number held"), else the sentence's first figure's. */
static void offer_count_outcome(const struct sentence_ctx *c, size_t from, size_t to,
                                struct choice *best) {
    for (size_t m = from; m < to; m++) {
        const struct trigger *x = trigger_at(c, m);
        if (x) {
            offer_count_trigger(c, x, best, "brings_to");
            return;
        }
    }
    offer(best, S_ACTIVE, NULL, VG_WHAT_NONE, ANAPHOR);
}

/* The outcome noun that ends right before the verb at token a, as the
 * subject of a running total ("the latest arrests bring the total to"),
 * or NULL. */
static const struct trigger *event_subject(const struct sentence_ctx *c, size_t a) {
    for (size_t m = a; m-- > 0 && m + 3 >= a;) {
        const struct trigger *x = trigger_at(c, m);
        if (x && x->t0 == m)
            return x->t1 == a && x->e->kind == F_EVENT ? x : NULL;
    }
    return NULL;
}

/* "brings to 61 the number of people convicted": the outcome named after
 * the number.  Returns 1 and fills best when the quantity stands there. */
static int brings_to(const struct sentence_ctx *c, const struct quantity *q, struct choice *best) {
    /* "revised the number down to 41", "lowered its count to 12" */
    static const char *const revising[] = {
        "revised", "revising", "revises", "revise", "lowered", "lowering", "lowers",
        "corrected", "correcting", "corrects", "updated", "updating", "updates", "adjusted",
        "adjusting", "raised", "increased", "increasing", "reduced", "reducing", NULL};
    size_t t0 = q->t0;
    if (t0 >= 4 && tok(c, t0 - 1, "to")) {
        /* "bringing the number held in the town to 81", "bringing the
         * total to 140": the count between the verb and "to" names the
         * outcome, or the sentence's first figure does. */
        size_t lo = t0 > 14 ? t0 - 14 : 0;
        for (size_t a = t0 - 2; a-- > lo;) {
            if (c->qty_at[a] || tok(c, a, ";") || tok(c, a, ",") || tok(c, a, "."))
                break;
            int revise = tok_in(c, a, revising);
            if (!(tok(c, a, "bringing") || tok(c, a, "brings") || tok(c, a, "brought") ||
                  tok(c, a, "bring") || tok(c, a, "taking") || tok(c, a, "takes") ||
                  tok(c, a, "raising") || revise)) /* "the latest arrests bring the total to" */
                continue;
            size_t k = a + 1;
            if (tok(c, k, "the") || tok(c, k, "its") || tok(c, k, "their") || tok(c, k, "our"))
                k++; /* "bringing its total for the year to 126" */
            if (!(tok(c, k, "number") || tok(c, k, "total") || count_noun(c, k) ||
                  trigger_at(c, k) || (revise && tok(c, k, "toll"))))
                break;
            int named = 0;
            for (size_t m = k; m + 1 < t0 && !named; m++)
                named = trigger_at(c, m) != NULL;
            if (revise && !named && tok(c, k + 1, "of"))
                break; /* "cut the number of checkpoints to 5": no people's count */
            const struct trigger *subj = named ? NULL : event_subject(c, a);
            if (subj) {
                offer(best, S_ACTIVE, subj, subj->e->what, "brings_to");
                return 1; /* "the latest arrests bring the total to 200" */
            }
            offer_count_outcome(c, k, t0 - 1, best);
            return 1;
        }
    }
    if (t0 < 2 || !tok(c, t0 - 1, "to") ||
        !(tok(c, t0 - 2, "brings") || tok(c, t0 - 2, "bringing") || tok(c, t0 - 2, "brought") ||
          tok(c, t0 - 2, "bring") || tok(c, t0 - 2, "raises") || tok(c, t0 - 2, "raising") ||
          tok(c, t0 - 2, "raised") || tok(c, t0 - 2, "takes") || tok(c, t0 - 2, "taking")))
        return 0;
    size_t k = q->t1;
    if (tok(c, k, "the"))
        k++;
    if (!(tok(c, k, "number") || count_noun(c, k) || trigger_at(c, k)))
        return 0;
    size_t end = k;
    while (end < c->n && end < k + 14 && !tok(c, end, ";") && !tok(c, end, ".") &&
           !c->qty_at[end])
        end++;
    offer_count_outcome(c, k, end, best);
    return 1;
}

/* "giving a total of 1,195", "for a total of 300", "on top of an earlier
 * figure of 532", "up from a previous tally of 40": a running total in a
 * phrase set off after a clause with a figure of its own.  The total
 * names no outcome and no people, so it counts those of the sentence's
 * first figure.  Returns 1 and fills best when the quantity is one. */
static int total_of(const struct sentence_ctx *c, const struct quantity *q,
                    const struct head *h, struct choice *best) {
    static const char *const opens[] = {"giving", "gives", "making", "makes", "for", "with",
                                        "of", "from", "bringing", "taking", NULL};
    static const char *const adjs[] = {"earlier", "previous", "prior", "overall", "official",
                                       "running", "cumulative", "combined", "grand", "new",
                                       "initial", "total", NULL};
    size_t k = q->t0;
    if (h->has_noun || h->out || (q->t1 < c->n && trigger_at(c, q->t1)))
        return 0; /* "a total of 40 people", "a total of 40 detained": its own */
    if (tok(c, k, "a") && tok(c, k + 1, "total") && tok(c, k + 2, "of"))
        k++; /* "a total of" read as the quantity's own qualifier */
    else if (k >= 3 && tok(c, k - 1, "of") && count_noun(c, k - 2))
        k -= 2;
    else
        return 0;
    size_t a = k;
    while (a > 0 && a + 4 > k && tok_in(c, a - 1, adjs))
        a--;
    if (a > 0 && (tok(c, a - 1, "a") || tok(c, a - 1, "an") || tok(c, a - 1, "the")))
        a--;
    if (a < 2 || !tok_in(c, a - 1, opens))
        return 0;
    for (size_t m = 0; m + 1 < a; m++)
        if (c->qty_at[m]) {
            offer(best, S_ACTIVE, NULL, VG_WHAT_NONE, ANAPHOR);
            return 1;
        }
    return 0;
}

/* The verb that opens a list of parts: "they included 39 students". */
static const char *const include[] = {"include", "included", "includes", NULL};

/* The verb "include" before a count at t0: right before it, or before a
 * named or described part listed first ("included a 12-year-old boy and
 * eight women").  Returns the verb's token, or t0 when there is none. */
static size_t include_before(const struct sentence_ctx *c, size_t t0) {
    if (tok_in(c, t0 - 1, include))
        return t0 - 1;
    if (!tok(c, t0 - 1, "and") && !tok(c, t0 - 1, ","))
        return t0;
    for (size_t k = t0 - 1; k-- > 0 && k + 10 > t0;) {
        if (tok_in(c, k, include))
            return k + 1 < t0 - 1 ? k : t0;
        if (c->qty_at[k] || trigger_at(c, k) || has(c, k, LC_AUX) || has(c, k, LC_SAY) ||
            tok(c, k, ";") || tok(c, k, "."))
            return t0;
    }
    return t0;
}

/* Does a definite whole with a count of its own end right before token k:
 * "the 200 | detained included ...", "the 200 people | arrested include"?
 * Its parts follow "include"; the count is read on its own. */
static int counted_whole_before(const struct sentence_ctx *c, size_t k) {
    size_t len;
    if (k >= 2 && has(c, k - 1, LC_WHO) && lex_match(c->lx, c->t, c->n, k - 1, LC_WHO, &len) &&
        len == 1)
        k--;
    if (k < 2 || !c->qty_at[k - 1])
        return 0;
    const struct quantity *q = &c->q[c->qty_at[k - 1] - 1];
    return q->t1 == k && q->t0 > 0 &&
           (tok(c, q->t0 - 1, "the") || tok(c, q->t0 - 1, "those") || tok(c, q->t0 - 1, "these"));
}

/* The outcome that ends at token v, or before a short phrase of place or
 * time right before v: "those detained | on Friday | included", "the
 * people arrested | in the capital | include". */
static const struct trigger *outcome_before(const struct sentence_ctx *c, size_t v) {
    static const char *const preps[] = {"in", "on", "at", "during", "near", "outside",
                                        "across", "since", "over", "after", NULL};
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "yesterday", "today", "overnight",
                                       NULL};
    const struct trigger *y = trigger_ending(c, v);
    if (!y && v >= 2 && tok_in(c, v - 1, days))
        y = trigger_ending(c, v - 1); /* "Those released Thursday included" */
    for (size_t p = v; !y && p-- > 0 && p + 5 > v;) {
        if (trigger_at(c, p) || tok(c, p, ",") || tok(c, p, ";") || has(c, p, LC_STOP) ||
            has(c, p, LC_SAY) || has(c, p, LC_AUX))
            return NULL;
        if (tok_in(c, p, preps) && p + 1 < v)
            return trigger_ending(c, p);
    }
    return y;
}

/* "Among those hospitalised are 31 officers", "among the dead were 12
 * students": the outcome before a be-verb before the quantity. */
static void among_before(const struct sentence_ctx *c, size_t t0, struct choice *best) {
    if (t0 < 3)
        return;
    size_t v = include_before(c, t0); /* the verb "include", or t0 */
    int incl = v < t0;
    if (!incl && !is_be(c, t0 - 1))
        return;
    const struct trigger *y = incl ? outcome_before(c, v) : trigger_ending(c, t0 - 1);
    const struct trigger *first = y && incl && y->t0 > 2 && tok(c, y->t0 - 1, "and")
                                      ? trigger_ending(c, y->t0 - 1)
                                      : NULL;
    if (first && first->e->kind == F_VERB && y->e->kind == F_VERB && first->t0 > 0 &&
        tok(c, first->t0 - 1, "those") && stage_of(first->e->what) && stage_of(y->e->what) &&
        stage_of(first->e->what) < stage_of(y->e->what)) {
        /* "Those detained and released included 75 women": both stages */
        offer(best, S_ACTIVE, y, y->e->what, "among");
        best->earlier = first;
        return;
    }
    if (y && incl &&
        ((y->t0 > 0 && (tok(c, y->t0 - 1, "those") || tok(c, y->t0 - 1, "the"))) ||
         (y->t0 > 1 && has(c, y->t0 - 1, LC_WHO) && tok(c, y->t0 - 2, "the")) ||
         (tok(c, y->t0, "the") && y->e->kind == F_PEOPLE) || counted_whole_before(c, y->t0))) {
        /* "Those detained included 14 journalists", "the dead include",
         * "the people arrested include". */
        offer(best, S_ACTIVE, y, y->e->what, "among");
        return;
    }
    const struct trigger *z = incl && v >= 2 && has(c, v - 1, LC_WHO)
                                  ? trigger_ending(c, v - 1)
                                  : NULL;
    if (z && z->e->kind == F_VERB && z->t0 > 0 && tok(c, z->t0 - 1, "the")) {
        /* "The arrested persons included 44 workers". */
        offer(best, S_ACTIVE, z, z->e->what, "among");
        return;
    }
    size_t lo = t0 > 10 ? t0 - 10 : 0;
    for (size_t a = t0 - 1; a-- > lo;) {
        if (c->qty_at[a] || tok(c, a, ";") || tok(c, a, ","))
            return;
        if (!tok(c, a, "among"))
            continue;
        for (size_t m = a + 1; m + 1 < t0; m++) {
            const struct trigger *x = trigger_at(c, m);
            if (x && x->t1 < t0) {
                offer(best, S_ACTIVE, x, x->e->what, "among");
                return;
            }
        }
        return;
    }
}

/* «Среди задержанных — 12 журналистов», «В числе пострадавших также трое
 * детей»: a Russian count after the people it is among, with at most a
 * dash and words of being between. */
static void ru_among(const struct sentence_ctx *c, size_t t0, struct choice *best) {
    size_t e = t0;
    while (e > 0 && t0 - e < 3 &&
           (tok(c, e - 1, "-") || tok(c, e - 1, "также") || tok(c, e - 1, "есть") ||
            tok(c, e - 1, "были") || tok(c, e - 1, "было") || tok(c, e - 1, "и")))
        e--;
    const struct trigger *x = trigger_ending(c, e);
    if (!x && e == 2 && tok(c, 1, "них") && tok(c, 0, "среди") && c->prev_what != VG_WHAT_NONE)
        offer(best, S_WEAK, NULL, c->prev_what, "among_prev"); /* «Среди них — двое …» */
    if (!x || x->e->kind != F_PEOPLE || !cyrillic_at(c, x->t0))
        return;
    if ((x->t0 >= 1 && tok(c, x->t0 - 1, "среди")) ||
        (x->t0 >= 2 && tok(c, x->t0 - 1, "числе") && tok(c, x->t0 - 2, "в")))
        offer(best, S_ACTIVE, x, x->e->what, "among");
}

/* «протестующих около двух тысяч», «задержанных уже свыше 300»: a Russian
 * noun of people in the genitive right before a bare count says how many
 * there are ("of protesters, about two thousand"). */
static void ru_count_of(const struct sentence_ctx *c, const struct quantity *q,
                        const struct head *h, struct choice *best) {
    size_t t0 = q->t0;
    if (h->has_noun || h->partitive || t0 == 0)
        return;
    if (t0 >= 2 && (tok(c, t0 - 1, "уже") || tok(c, t0 - 1, "ещё") || tok(c, t0 - 1, "еще")))
        t0--;
    const struct trigger *x = trigger_ending(c, t0);
    if (!x || x->e->kind != F_PEOPLE || !cyrillic_at(c, x->t0))
        return;
    if (x->t0 > 0 && (tok(c, x->t0 - 1, "из") || tok(c, x->t0 - 1, "среди") ||
                      tok(c, x->t0 - 1, "числе")))
        return; /* a whole or a group the count is taken from */
    offer(best, S_REDUCED, x, x->e->what, "count_of");
}

/* Is the state at token k ("in prison", "in jail") the place of a
 * penalty, "to life in prison", "to 15 years in jail": "to" and at most
 * three words of a term before it? */
static int penalty_place(const struct sentence_ctx *c, size_t k) {
    for (size_t j = k; j-- > 0 && k - j <= 4;) {
        if (tok(c, j, "to"))
            return j + 1 < k;
        if (c->t[j].kind == TK_PUNCT && !tok(c, j, "-"))
            return 0;
    }
    return 0;
}

#define AND_OTHERS_REACH 20

/* "arrested the journalist and 4 others": an object joined to the object
 * of a verb before it; the verb's complement may stand before the object
 * ("sentenced to life in prison the head of the group, Name, and 46
 * others"), so the verb may be as far as AND_OTHERS_REACH tokens back. */
static void and_others(const struct sentence_ctx *c, const struct quantity *q,
                       struct choice *best) {
    size_t t0 = q->t0;
    if (t0 < 3 || !tok(c, t0 - 1, "and") || !(tok(c, q->t1, "others") || tok(c, q->t1, "other")))
        return;
    size_t lo = t0 > AND_OTHERS_REACH ? t0 - AND_OTHERS_REACH : 0;
    for (size_t k = t0 - 1; k-- > lo;) {
        if (c->qty_at[k] || tok(c, k, ";") || tok(c, k, ".") || has(c, k, LC_STOP) ||
            has(c, k, LC_SAY))
            return;
        const struct trigger *x = trigger_ending(c, k + 1);
        if (x && x->e->kind == F_STATE && penalty_place(c, x->t0)) {
            k = x->t0; /* "to life in prison": the verb's complement */
            continue;
        }
        if (x) {
            /* An active verb with an object of its own before "and". */
            if (x->e->kind == F_VERB && k + 2 < t0 && !aux_before(c, x->t0, 0))
                offer(best, S_ACTIVE, x, x->e->what, "and_others");
            return;
        }
    }
}

/* Can token b stand before a present-tense verb: no determiner, number,
 * "to" or "not" ("the release", "to free", "not charges")? */
static int verb_may_follow(const struct sentence_ctx *c, size_t b) {
    return !(tok(c, b, "the") || tok(c, b, "a") || tok(c, b, "an") || tok(c, b, "of") ||
             tok(c, b, "their") || tok(c, b, "his") || tok(c, b, "her") || tok(c, b, "its") ||
             tok(c, b, "our") || tok(c, b, "no") || tok(c, b, "any") || tok(c, b, "these") ||
             tok(c, b, "those") || tok(c, b, "total") || tok(c, b, ":") || tok(c, b, "to") ||
             tok(c, b, "not") || has(c, b, LC_NUM) || c->t[b].kind == TK_NUM);
}

/* A noun of outcome that is also a verb, used as one: a headline's
 * present tense, "Police release 85 detainees", "Court fines 64": one
 * word, no determiner before it, the number right after it. */
static int verb_noun(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const verbs[] = {"release", "releases", "arrest", "arrests", "fines",
                                        "sentences", NULL};
    if (tr->e->kind != F_EVENT || tr->t1 != tr->t0 + 1 || tr->t0 == 0)
        return 0;
    if (!verb_may_follow(c, tr->t0 - 1))
        return 0;
    for (const char *const *w = verbs; *w; w++)
        if (tok(c, tr->t0, *w))
            return 1;
    return 0;
}

/* A present tense no lexicon phrase may hold, because the word is more
 * often a noun or an adjective: a timeline's or headline's "A judge
 * charges four protest leaders", "Prosecutors free 58 detainees".  Token
 * v is the word just before the count, which must name people.  Returns
 * the outcome, or VG_WHAT_NONE. */
static int present_verb(const struct sentence_ctx *c, size_t v, const struct head *h) {
    if (v == 0 || (h->who < 0 && !h->out) || h->reject || !verb_may_follow(c, v - 1) ||
        !(c->t[v - 1].kind == TK_WORD || tok(c, v - 1, ")")))
        return VG_WHAT_NONE;
    if (tok(c, v, "charges"))
        return VG_CHARGED;
    if (tok(c, v, "free"))
        return VG_RELEASED;
    return VG_WHAT_NONE;
}

/* Where a Russian verb's object count follows a place, time, term or sum
 * phrase («задержала в Алматы 9 человек», «задержали вчера у здания
 * акимата 7 активистов», «назначил арест сроком на 10 суток 19
 * участникам»): the token the phrases start at, just after an active verb,
 * or, when there is none, t0 less the adverbs before it.  Only words and
 * the numbers of a term or sum stand in the phrase, so no other count or
 * outcome is skipped. */

/* Is token k the agent of a Russian passive, in the instrumental: «задержаны
 * полицией», «арестованы судом», «сотрудниками полиции»? */
static int ru_agent_instr(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "судом") || tok(c, k, "судами") || tok(c, k, "полицией") ||
           tok(c, k, "силовиками") || tok(c, k, "сотрудниками") || tok(c, k, "омоном");
}

static size_t ru_adjunct_start(const struct sentence_ctx *c, size_t t0) {
    size_t k = t0;
    while (k > 0 && has(c, k - 1, LC_AUX) && cyrillic_at(c, k - 1))
        k--;
    int unit = 0; /* a unit word stands in the phrase: a term or a sum */
    for (size_t words = 0, p = k; p > 0 && words < 8; p--, words++) {
        size_t w = p - 1, len;
        unit |= lex_match(c->lx, c->t, c->n, w, LC_UNIT, &len) != NULL;
        /* A term or a sum is no object: «сроком от 5 до 12 суток», «на 20
         * тысяч тенге» are passed over. */
        if (unit && (c->t[w].kind == TK_NUM || has(c, w, LC_NUM)))
            continue; /* «от 5 до 12 суток»: its numbers too */
        if (!cyrillic_at(c, w) || c->qty_at[w] || trigger_at(c, w) || has(c, w, LC_STOP) ||
            has(c, w, LC_SAY))
            break;
        if (tok(c, w, "в") || tok(c, w, "во") || tok(c, w, "на") || tok(c, w, "у") ||
            tok(c, w, "возле") || tok(c, w, "под") || tok(c, w, "при") || tok(c, w, "с") ||
            tok(c, w, "со") || tok(c, w, "без") || tok(c, w, "из") ||
            tok(c, w, "по") || tok(c, w, "за") || tok(c, w, "после") ||
            /* «по политическим мотивам», «за неделю», «после суда» */
            tok(c, w, "сроком") || ru_agent_instr(c, w) ||
            (unit && (tok(c, w, "от") || tok(c, w, "по") || tok(c, w, "до")))) {
            size_t v = w;
            while (v > 0 && has(c, v - 1, LC_AUX) && cyrillic_at(c, v - 1))
                v--;
            const struct trigger *x = trigger_ending(c, v);
            if (x && x->e->kind == F_VERB)
                return v; /* the verb stands right before this phrase */
        }
    }
    return k;
}

/* «пришли, по подсчётам организаторов, около 7 тысяч человек»,
 * «задержаны, как сообщает ОВД-Инфо, 40 человек»: an attribution set off by
 * commas between a Russian verb and its count.  Returns the token of the
 * aside's opening comma, or t0 when no aside ends just before t0. */
static size_t ru_aside_start(const struct sentence_ctx *c, size_t t0) {
    size_t len;
    if (t0 < 4 || !tok(c, t0 - 1, ","))
        return t0;
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < 9; steps++) {
        if (tok(c, k, ","))
            return cyrillic_at(c, k + 1) && (lex_match(c->lx, c->t, c->n, k + 1, LC_SAY, &len) ||
                           (tok(c, k + 1, "как") && has(c, k + 2, LC_SAY)))
                       ? k
                       : t0;
        if (c->qty_at[k] || trigger_at(c, k) || has(c, k, LC_STOP) || tok(c, k, "."))
            return t0;
    }
    return t0;
}

/* "into custody", "into preventive custody", "into police custody": the
 * end of "took 27 members into preventive custody", which a lexicon
 * phrase cannot hold with the count inside.  Is there one at token k? */
static int into_custody(const struct sentence_ctx *c, size_t k) {
    static const char *const kinds[] = {"preventive", "preventative", "protective", "police",
                                        "judicial", "military", NULL};
    if (!tok(c, k, "into"))
        return 0;
    k++;
    if (tok_in(c, k, kinds))
        k++;
    return tok(c, k, "custody") || tok(c, k, "detention");
}

/* Does "away" close a taking at token k ("took 45 people away"), not
 * to a hospital ("took 12 wounded away to hospital")? */
static int taken_away(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "away") && !(tok(c, k + 1, "to") && (tok(c, k + 2, "hospital") ||
                                                          tok(c, k + 2, "hospitals")));
}

/* Does "to hospital", "to the hospital", "to a local hospital", "to
 * hospitals" start at token k: the end of "took 12 people to hospital",
 * which a lexicon phrase cannot hold with the count inside? */
static int to_hospital(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "to"))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 3; m++) {
        if (tok(c, m, "hospital") || tok(c, m, "hospitals") || tok(c, m, "infirmary"))
            return 1;
        if (c->t[m].kind != TK_WORD || c->qty_at[m] || trigger_at(c, m) || has(c, m, LC_STOP))
            return 0;
    }
    return 0;
}

/* Does "into" and a police vehicle start at token k ("into vans", "into
 * waiting police buses", "into a truck")? */
static int into_vehicle(const struct sentence_ctx *c, size_t k) {
    static const char *const vehicles[] = {"van", "vans", "bus", "buses", "truck", "trucks",
                                           "lorry", "lorries", "vehicle", "vehicles", "car",
                                           "cars", "wagon", "wagons", NULL};
    if (!tok(c, k, "into"))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 4; m++) {
        if (tok_in(c, m, vehicles))
            return 1;
        if (c->t[m].kind != TK_WORD || trigger_at(c, m) || c->qty_at[m])
            return 0;
    }
    return 0;
}

/* "on remand", "on a three-day remand", "on seven days' remand": the
 * end of "placed 12 others on remand", which a lexicon phrase cannot hold
 * with the count inside.  Is there one at token k? */
static int on_remand(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "on"))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 6; m++) {
        if (tok(c, m, "remand"))
            return 1;
        if (tok(c, m, ",") || tok(c, m, ".") || tok(c, m, "and") || trigger_at(c, m) ||
            has(c, m, LC_STOP))
            return 0;
    }
    return 0;
}

/* Is the noun at token k the object of a verb of estimating ("put the
 * largest gathering", "estimated the march")?  Up to three words (an
 * article, adjectives) may stand between. */
static int put_before(const struct sentence_ctx *c, size_t k) {
    static const char *const verbs[] = {"put", "puts", "putting", "estimated", "estimates",
                                        "estimate", "placed", "places", NULL};
    for (size_t m = k, steps = 0; m-- > 0 && steps < 4; steps++) {
        if (tok_in(c, m, verbs))
            return 1;
        if (c->t[m].kind != TK_WORD || c->qty_at[m] || trigger_at(c, m))
            return 0;
    }
    return 0;
}

/* Does "to" and a place of custody start at token k ("to judicial
 * custody", "to seven days' police custody", "to jail")? */
static int sent_to_custody(const struct sentence_ctx *c, size_t k) {
    static const char *const places[] = {"custody", "detention", "jail", NULL};
    if (tok(c, k, "back"))
        k++; /* "sent 65 supporters back to jail" */
    if (!tok(c, k, "to"))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 5; m++) {
        const struct trigger *x = trigger_at(c, m);
        if (tok_in(c, m, places) || (x && x->e->what == VG_DETAINED))
            return 1; /* "to jail", "to judicial custody" */
        if (tok(c, m, ",") || tok(c, m, ".") || tok(c, m, "and") || x)
            return 0;
    }
    return 0;
}

/* The token after an aside set off by commas after an object, ",
 * including former lawmaker A. K.," or ", among them two women,"; `end`
 * itself when there is none. */
static size_t past_aside(const struct sentence_ctx *c, size_t end) {
    if (!tok(c, end, ",") ||
        !(tok(c, end + 1, "including") || (tok(c, end + 1, "among") && tok(c, end + 2, "them"))))
        return end;
    for (size_t m = end + 2; m < c->n && m < end + 12; m++) {
        if (tok(c, m, ","))
            return m + 1;
        if (trigger_at(c, m) || has(c, m, LC_AUX) || (c->t[m].kind == TK_PUNCT && !tok(c, m, ".")))
            return end;
    }
    return end;
}

/* Outcomes before the quantity: active verbs, "the deaths of", tolls. */
/* A verb whose outcome closes only after its object: "let 60 detainees
 * go" (released), "sent 12 of them to judicial custody" (detained),
 * "granted 14 activists bail" (released), "gave 21 people
 * terms of administrative detention", "handed 30 protesters fines"
 * (sanctioned), "took 27 members into preventive custody" (detained).
 * t0 is the count's first token, end the first token after its noun
 * phrase.  Returns the outcome, or VG_WHAT_NONE. */
static int split_verb(const struct sentence_ctx *c, size_t t0, size_t end) {
    if (t0 >= 3 && (tok(c, t0 - 1, "further") || tok(c, t0 - 1, "other")) &&
        tok(c, t0 - 2, "a"))
        t0 -= 2; /* "took a further five to hospital" */
    else if (t0 >= 2 && has(c, t0 - 1, LC_FUNC))
        t0--; /* "let another 20 go" */
    if (t0 == 0 || end >= c->n)
        return VG_WHAT_NONE;
    size_t v = t0 - 1;
    if (tok(c, v, "and")) {
        /* "sent opposition leader X and 65 supporters back to jail": the
         * verb before a name joined to the count */
        size_t m = v, caps = 0;
        while (m > 0 && v - m < 7 && c->t[m - 1].kind == TK_WORD && !trigger_at(c, m - 1) &&
               !has(c, m - 1, LC_AUX) && !has(c, m - 1, LC_SAY)) {
            caps += (c->t[m - 1].flags & TF_CAP) != 0;
            m--;
            if (tok(c, m, "sent") || tok(c, m, "send") || tok(c, m, "sends") ||
                tok(c, m, "sending"))
                break;
        }
        if (caps && m < v)
            v = m;
    }
    if (tok(c, v, "let") || tok(c, v, "lets") || tok(c, v, "letting"))
        return tok(c, end, "go") || (tok(c, end, "walk") && tok(c, end + 1, "free"))
                   ? VG_RELEASED
                   : VG_WHAT_NONE;
    if (tok(c, v, "sent") || tok(c, v, "send") || tok(c, v, "sends") || tok(c, v, "sending"))
        return sent_to_custody(c, end) ? VG_DETAINED
               : to_hospital(c, end)   ? VG_INJURED /* "sent 55 prisoners to the hospital" */
                                       : VG_WHAT_NONE;
    int take = tok(c, v, "took") || tok(c, v, "take") || tok(c, v, "takes") ||
               tok(c, v, "taken") || tok(c, v, "taking");
    if (to_hospital(c, end) &&
        (take || tok(c, v, "rushed") || tok(c, v, "ferried") || tok(c, v, "conveyed") ||
         tok(c, v, "airlifted") || tok(c, v, "transported") || tok(c, v, "transporting")))
        return VG_INJURED; /* "took a further five to hospital" */
    if (take)
        return into_custody(c, end) || taken_away(c, end) ? VG_DETAINED : VG_WHAT_NONE;
    if (tok(c, v, "bundled") || tok(c, v, "bundling") || tok(c, v, "herded") ||
        tok(c, v, "frog-marched") || tok(c, v, "marched") || tok(c, v, "pushed") ||
        tok(c, v, "shoved") || tok(c, v, "threw") || tok(c, v, "hustled") ||
        tok(c, v, "loaded") || tok(c, v, "forced") || tok(c, v, "dragged"))
        return into_vehicle(c, end) ? VG_DETAINED : VG_WHAT_NONE;
    if (tok(c, v, "placed") || tok(c, v, "place") || tok(c, v, "places") ||
        tok(c, v, "placing") || tok(c, v, "put") || tok(c, v, "puts") || tok(c, v, "putting"))
        return on_remand(c, end) ? VG_DETAINED : VG_WHAT_NONE;
    int grant = tok(c, v, "granted") || tok(c, v, "grant") || tok(c, v, "grants") ||
                tok(c, v, "granting");
    int give = tok(c, v, "gave") || tok(c, v, "give") || tok(c, v, "gives") ||
               tok(c, v, "given") || tok(c, v, "giving") || tok(c, v, "handed") ||
               tok(c, v, "hand") || tok(c, v, "hands") || tok(c, v, "handing");
    if (!grant && !give)
        return VG_WHAT_NONE;
    size_t k = end;
    if (tok(c, k, "conditional") || tok(c, k, "pretrial"))
        k++;
    if (tok(c, k, "bail"))
        return VG_RELEASED;
    if (!give)
        return VG_WHAT_NONE;
    if (term_at(c, k))
        return VG_SANCTIONED; /* "gave 21 people 10 days" */
    while (k < c->n && k < end + 3 &&
           (tok(c, k, "administrative") || tok(c, k, "prison") || tok(c, k, "jail") ||
            tok(c, k, "suspended") || tok(c, k, "heavy") || tok(c, k, "hefty") ||
            tok(c, k, "short") || tok(c, k, "long") || tok(c, k, "lengthy")))
        k++;
    if (tok(c, k, "fines") || tok(c, k, "fine") || tok(c, k, "sentences") ||
        tok(c, k, "sentence") || tok(c, k, "arrests") || tok(c, k, "terms") ||
        tok(c, k, "term"))
        return VG_SANCTIONED;
    return VG_WHAT_NONE;
}

static size_t date_adjunct_start(const struct sentence_ctx *c, size_t end);

/* The start of "in" and a capitalised name of up to three words ending
 * just before token `end` ("in Belarus", "in Nizhny Novgorod"), or `end`. */
static size_t place_adjunct_start(const struct sentence_ctx *c, size_t end) {
    size_t k = end;
    while (k > 0 && end - k < 3 && c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP) &&
           !c->qty_at[k - 1] && !trigger_at(c, k - 1))
        k--;
    return k < end && k > 0 && tok(c, k - 1, "in") ? k - 1 : end;
}

/* "death sentences being issued against five protesters", "sentences
 * handed down to 12", "the sentences delivered today in Belarus against
 * four": the start of the participle of passing (with its auxiliaries,
 * and a day or a place after it) that stands between an event noun and
 * the preposition at `end`, or `end` when there is none. */
static size_t passed_start(const struct sentence_ctx *c, size_t end) {
    static const char *const passing[] = {"issued", "handed", "passed", "imposed",
                                          "pronounced", "meted", "delivered", NULL};
    size_t k = date_adjunct_start(c, place_adjunct_start(c, end));
    k = place_adjunct_start(c, k);
    if (k > 0 && (tok(c, k - 1, "down") || tok(c, k - 1, "out")))
        k--;
    if (k == 0 || !tok_in(c, k - 1, passing))
        return end;
    k--;
    while (k > 0 && end - k < 5 && is_be(c, k - 1))
        k--;
    return k;
}

/* "the release on 8 January of 150 detainees", "the arrests last week
 * of 40": the start of a short adjunct of time ("on", "in", "last",
 * "this" and then numbers or capitalised words) ending just before token
 * `end`, or `end` when there is none. */
static size_t date_adjunct_start(const struct sentence_ctx *c, size_t end) {
    static const char *const days[] = {"today", "yesterday", "overnight", "tonight", NULL};
    if (end > 1 && tok_in(c, end - 1, days))
        return end - 1; /* "detained today around a dozen demonstrators" */
    size_t k = end;
    int nums = 0;
    while (k > 0 && end - k < 3 + 4 * (nums > 0) && !c->qty_at[k - 1] &&
           (c->t[k - 1].kind == TK_NUM || (c->t[k - 1].flags & TF_CAP) ||
            tok(c, k - 1, "week") || tok(c, k - 1, "month") || tok(c, k - 1, "year") ||
            (k < end && k > 1 && c->t[k].kind == TK_NUM &&
             (c->t[k - 2].kind == TK_NUM || (c->t[k - 2].flags & TF_CAP)) &&
             (tok(c, k - 1, "-") || tok(c, k - 1, ","))))) {
        nums += c->t[k - 1].kind == TK_NUM;
        k--; /* "on March 3-5", "in January 21-31, 2019": a span of days */
    }
    if (k == end || k == 0 || tok(c, k, ",") || tok(c, k, "-"))
        return end;
    if (tok(c, k - 1, "on") || tok(c, k - 1, "in") || tok(c, k - 1, "last") ||
        tok(c, k - 1, "this"))
        return k - 1;
    return end;
}

/* "the imprisonment for political reasons in inhumane conditions of 3,200
 * people": the start of a run of up to eight lower-case words, opened by a
 * preposition of manner or cause, that stands between an event noun and the
 * "of" at `end`; or `end` when there is none. */
static size_t manner_adjunct_start(const struct sentence_ctx *c, size_t end) {
    static const char *const opens[] = {"for", "in", "under", "without", NULL};
    static const char *const articles[] = {"the", "a", "an", "this", "that", "these", "those",
                                           NULL};
    size_t open = end;
    for (size_t k = end; k > 0 && end - k < 8; k--) {
        const struct token *t = &c->t[k - 1];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || c->qty_at[k - 1] || c->trig_at[k - 1] ||
            has(c, k - 1, LC_STOP) || tok(c, k - 1, "of") || tok_in(c, k - 1, articles))
            break; /* "the arrests in the city of 40": the place's "of" */
        if (tok_in(c, k - 1, opens))
            open = k - 1;
    }
    return open;
}

/* Does a Russian penalty start at token k: «штраф», «штрафы»,
 * «обязательные работы», «административный арест», «условные сроки»,
 * «наказание», «сутки ареста»? */
static int ru_penalty_at(const struct sentence_ctx *c, size_t k) {
    static const char *const heads[] = {"штраф", "штрафы", "штрафа", "наказание", "наказания",
                                        "арест", "аресты", "сроки", "срок", NULL};
    static const char *const adjs[] = {"обязательные", "исправительные", "административный",
                                       "административные", "условные", "условный", "реальные",
                                       "реальный", "крупные", "денежные", "денежный", NULL};
    for (size_t m = k; m < c->n && m < k + 2; m++) {
        for (const char *const *w = heads; *w; w++)
            if (tok(c, m, *w))
                return 1;
        if (m == k && tok(c, m, "обязательные") && tok(c, m + 1, "работы"))
            return 1;
        int adj = 0;
        for (const char *const *w = adjs; *w && !adj; w++)
            adj = tok(c, m, *w);
        if (!adj)
            return 0;
    }
    return 0;
}

/* Does token k end as a Russian dative plural: «четверым», «двоим»,
 * «участникам», «задержанным»? */
static int ru_dative_word(const struct sentence_ctx *c, size_t k) {
    static const char *const endings[] = {"ым", "им", "ам", "ям", NULL};
    if (k >= c->n || !cyrillic_at(c, k))
        return 0;
    const struct vg_str w = c->t[k].fold;
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (w.len > n && memcmp(w.ptr + w.len - n, *e, n) == 0)
            return 1;
    }
    return 0;
}

/* «суд назначил 9 участникам акции обязательные работы», «дали троим
 * штрафы»: a verb of giving right before a count in the dative, a penalty
 * right after its noun phrase: sanctioned.  Or the verb right after the
 * noun phrase and the penalty after it: «ещё четверым назначил обязательные
 * работы». */
static void ru_dative_penalty(const struct sentence_ctx *c, const struct quantity *q,
                              const struct head *h, struct choice *best) {
    static const char *const verbs[] = {"назначил", "назначила", "назначили", "назначено",
                                        "дали", "дал", "дала", "присудил", "присудили",
                                        "выписали", "выписал", NULL};
    if (h->end + 1 < c->n && ru_dative_word(c, h->end > q->t1 ? h->end - 1 : q->t1 - 1) &&
        ru_penalty_at(c, h->end + 1)) {
        /* «ещё четверым назначил обязательные работы»: the verb after */
        for (const char *const *w = verbs; *w; w++)
            if (tok(c, h->end, *w)) {
                offer(best, S_ACTIVE, NULL, VG_SANCTIONED, "dative_penalty");
                return;
            }
    }
    if (q->t0 > 0 && h->end < c->n && tok_in(c, q->t0 - 1, verbs) && ru_penalty_at(c, h->end))
        offer(best, S_ACTIVE, NULL, VG_SANCTIONED, "dative_penalty");
}

/* The active verb whose object ends at token `end` ("arrested the
 * activists", "rounded up their supporters"), or NULL. */
static const struct trigger *object_of(const struct sentence_ctx *c, size_t end) {
    static const char *const determiners[] = {"the", "their", "its", "his", "her", NULL};
    size_t k = end;
    while (k > 0 && end - k < 3 && !tok_in(c, k - 1, determiners) && plain_word(c, k - 1))
        k--;
    if (k == end || k < 2 || !tok_in(c, k - 1, determiners))
        return NULL;
    const struct trigger *tr = trigger_ending(c, k - 1);
    return tr && tr->e->kind == F_VERB && !ing_form(c, tr->t0) ? tr : NULL;
}

/* "Those arrested, about 200, were taken ...", "the detainees, some 40,
 * ...", "Those released, 52 in all, ...", "Those freed, numbering 150,
 * ...": the outcome of a noun of people
 * a count set off by commas right after it counts, or NULL. */
static const struct trigger *apposed_to(const struct sentence_ctx *c, const struct quantity *q,
                                        const struct head *h) {
    size_t e = h->end, b = q->t0;
    if (b >= 1 && (tok(c, b - 1, "numbering") || tok(c, b - 1, "totalling") ||
                   tok(c, b - 1, "totaling")))
        b--; /* "Those freed, numbering around 150, ..." */
    else if (b >= 2 && (tok(c, b - 1, "number") || tok(c, b - 1, "numbered")) &&
             tok(c, b - 2, "who"))
        b -= 2; /* "the detainees, who number about 60, ..." */
    if (b < 2 || !tok(c, b - 1, ",") || h->has_noun)
        return NULL;
    if (tok(c, e, "in") && (tok(c, e + 1, "all") || tok(c, e + 1, "total")))
        e += 2; /* "Those released, 52 in all, ..." */
    else if (tok(c, e, "altogether"))
        e++;
    else if (tok(c, e, "of") && tok(c, e + 1, "them"))
        e += 2;
    if (e >= c->n || !(tok(c, e, ",") || tok(c, e, ".")))
        return NULL;
    const struct trigger *tr = trigger_ending(c, b - 1);
    if (tr && (tr->e->kind == F_PEOPLE || (tr->t0 > 0 && tok(c, tr->t0 - 1, "those"))))
        return tr;
    return object_of(c, b - 1);
}

/* Offers the outcome of the noun a count is set off after (a predicate of
 * its own after it wins). */
static void apposition(const struct sentence_ctx *c, const struct quantity *q,
                       const struct head *h, struct choice *best) {
    const struct trigger *tr = apposed_to(c, q, h);
    if (tr)
        offer(best, S_REDUCED, tr, tr->e->what, "apposition");
}

/* «одна из 23 студентов, задержанных в тот вечер»: a group one person is
 * taken from, then a Russian participle in the genitive plural right after
 * the comma that closes its noun phrase, which says what befell them. */
static void ru_participle_after(const struct sentence_ctx *c, const struct quantity *q,
                                const struct head *h, struct choice *best) {
    static const char *const endings[] = {"ых", "их", NULL};
    size_t k = h->end + 1;
    if (!h->has_noun || k >= c->n || !tok(c, h->end, ",") || !cyrillic_at(c, k) || q->t0 < 2 ||
        !tok(c, q->t0 - 1, "из") ||
        !(tok(c, q->t0 - 2, "одна") || tok(c, q->t0 - 2, "один") || tok(c, q->t0 - 2, "одним") ||
          tok(c, q->t0 - 2, "одной") || tok(c, q->t0 - 2, "одного")))
        return;
    const struct trigger *tr = trigger_at(c, k);
    if (!tr || tr->t0 != k || (tr->e->kind != F_PEOPLE && tr->e->kind != F_VERB))
        return;
    const struct vg_str w = c->t[k].fold;
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (w.len > n && memcmp(w.ptr + w.len - n, *e, n) == 0) {
            offer(best, S_REDUCED, tr, tr->e->what, "participle_after");
            return;
        }
    }
}

/* "gave the number of deaths in Mombasa as 9", "listed the death toll
 * as 12": an "as" just before t0 that a verb of stating a count opens,
 * with no other count between.  The toll or "number of" after the verb is
 * left for the caller to find. */
static int given_as(const struct sentence_ctx *c, size_t t0) {
    static const char *const verbs[] = {"gave", "give", "gives", "given", "listed", "lists",
                                        "recorded", "records", "estimated", "estimates",
                                        "revised", "corrected", NULL};
    if (t0 < 4 || !tok(c, t0 - 1, "as"))
        return 0;
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < 10; steps++) {
        if (c->qty_at[k] || tok(c, k, ";") || tok(c, k, ",") || has(c, k, LC_STOP))
            return 0;
        if (tok_in(c, k, verbs))
            return tok(c, k + 1, "the") || tok(c, k + 1, "its") || tok(c, k + 1, "their") ||
                   (k + 2 == t0 && k > 0 && !has(c, k - 1, LC_AUX)); /* "the toll,
                                                                       * first given as 5," */
    }
    return 0;
}

/* Does an absolute phrase "with the NOUN ..." lead up to the quantity at
 * t0 with no verb of its own ("with the death toll at least 87", "with
 * the total number killed over the past week at least 264")? */
static int absolute_with(const struct sentence_ctx *c, size_t t0) {
    for (size_t k = t0; k-- > 0 && t0 - k <= TOLL_REACH;) {
        if (c->qty_at[k] || tok(c, k, ",") || tok(c, k, ";") || has(c, k, LC_AUX) ||
            has(c, k, LC_SAY))
            return 0;
        const struct trigger *x = trigger_at(c, k);
        if (x && x->t1 == t0 && (x->e->kind == F_VERB || x->e->kind == F_INTRANS))
            return 0; /* "killing at least 87": the verb's object */
        if (tok(c, k, "with"))
            return tok(c, k + 1, "the") || tok(c, k + 1, "a");
    }
    return 0;
}

/* "saying the correct number was 64", "the actual figure is 16": the
 * count a correction gives, of the outcome counted before it, with the
 * link "was" or "is" at ls. */
static int right_count_is(const struct sentence_ctx *c, size_t ls) {
    static const char *const right[] = {"correct", "actual", "real", "true", "accurate",
                                        "right", "corrected", "revised", NULL};
    static const char *const counts[] = {"number", "figure", "count", "total", "tally",
                                         "toll", NULL};
    return ls >= 2 && (tok(c, ls, "was") || tok(c, ls, "is")) && tok_in(c, ls - 1, counts) &&
           tok_in(c, ls - 2, right);
}

/* Do the tokens [k, ls) open a relative clause whose verb is the link at
 * ls, so the noun before k is the count's subject: "The detentions, which
 * numbered 73 by Sunday, ...", "arrests, which have now topped 500"? */
static int relative_link(const struct sentence_ctx *c, size_t k, size_t ls) {
    static const char *const between[] = {"now", "already", "had", "have", "has",
                                          "reportedly", NULL};
    if (tok(c, k, ","))
        k++;
    if (k >= ls || !(tok(c, k, "which") || tok(c, k, "that")))
        return 0;
    for (k++; k < ls; k++)
        if (!tok_in(c, k, between))
            return 0;
    return 1;
}

/* The group an event noun is of: protesters in "deaths of protesters",
 * police in "injuries among police"; `who` when it names none. */
static uint8_t event_group(const struct sentence_ctx *c, const struct trigger *tr, uint8_t who) {
    size_t k = tr->t1, len;
    if (!tok(c, k, "of") && !tok(c, k, "among"))
        return who;
    k += 1 + tok(c, k + 1, "the");
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
    return w ? w->who : who;
}

/* Do tokens [k, ls) only narrow the events of a noun down to a link:
 * "Deaths of protesters reached 40", "Arrests in the capital have topped
 * 1,000", "Detentions nationwide exceeded 2,500"?  A short phrase of
 * words that opens with a preposition or an adverb of extent, with no
 * outcome, count or verb of saying in it, then auxiliaries. */
static int narrowing_link(const struct sentence_ctx *c, size_t k, size_t ls) {
    static const char *const opens[] = {"of", "in", "across", "among", "during", "since",
                                        "by", "nationwide", "countrywide", "overall", NULL};
    static const char *const between[] = {"now", "already", "had", "have", "has", "so",
                                          "far", NULL};
    if (k >= ls || !tok_in(c, k, opens) || tok(c, ls, "of") || tok(c, ls, "at") ||
        tok(c, ls, "to"))
        return 0; /* "arrests in a city of 40,000": the size of a place */
    size_t end = ls;
    while (end > k + 1 && tok_in(c, end - 1, between))
        end--;
    if (end - k > 5)
        return 0;
    for (size_t m = k; m < end; m++)
        if ((c->t[m].kind != TK_WORD && !tok(c, m, "-")) || c->qty_at[m] || trigger_at(c, m) ||
            has(c, m, LC_SAY))
            return 0;
    return 1;
}

/* "The death toll, first given as 5, now stands at 8": the quantity at k
 * stands in an aside set off by commas that closes just before the link
 * at ls.  Returns the aside's opening comma, or SIZE_MAX. */
static size_t aside_before_link(const struct sentence_ctx *c, size_t k, size_t ls) {
    if (ls == SIZE_MAX || ls < 2 || ls <= k)
        return SIZE_MAX;
    size_t close = tok(c, ls - 1, ",") ? ls - 1 : tok(c, ls - 2, ",") ? ls - 2 : SIZE_MAX;
    if (close == SIZE_MAX || close <= k)
        return SIZE_MAX;
    for (size_t m = k + 1; m < close; m++)
        if (c->qty_at[m] || tok(c, m, ","))
            return SIZE_MAX;
    for (size_t m = k; m-- > 0 && m + 6 > k;) {
        if (tok(c, m, ","))
            return m;
        if (c->qty_at[m] || tok(c, m, ";"))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "imposed fines of between 50,000 and 200,000 on 198 of them", "handed
 * prison terms of two to five years to 11 men": a penalty, its amount or
 * length after "of", and the count it fell on after "on" or "to".  Offers
 * sanctioned when the quantity is that count. */
static void penalty_of(const struct sentence_ctx *c, const struct quantity *q,
                       struct choice *best) {
    static const char *const nouns[] = {"fines", "fine", "terms", "term", "sentences",
                                        "sentence", "penalties", "penalty", NULL};
    size_t t0 = q->t0;
    if (t0 < 4 || !(tok(c, t0 - 1, "on") || tok(c, t0 - 1, "to")))
        return;
    int amount = 0; /* a number between "of" and "on" */
    for (size_t k = t0 - 1; k-- > 0 && t0 - k <= 12;) {
        if (tok(c, k, "of")) {
            if (amount && k > 0 && tok_in(c, k - 1, nouns))
                offer(best, S_ACTIVE, NULL, VG_SANCTIONED, "penalty_of");
            return;
        }
        if (c->t[k].kind == TK_NUM || has(c, k, LC_NUM))
            amount = 1;
        if (tok(c, k, ";") || tok(c, k, ".") || tok(c, k, ":") || has(c, k, LC_STOP) ||
            has(c, k, LC_SAY) || trigger_at(c, k) || has(c, k, LC_WHO))
            return;
    }
}

/* A list item whose label is a term: "- seven years: 15 defendants",
 * "Two years in prison: 7", "18 months (suspended): 4".  The label is a
 * number and a unit of time at the start of the line, with only words of
 * a penalty beside it; the count after its colon was given that term. */
static void term_label(const struct sentence_ctx *c, const struct quantity *q,
                       struct choice *best) {
    static const char *const extra[] = {"prison", "jail", "imprisonment", "in", "of",
                                        "suspended", "each", "'", "s", "(", ")", NULL};
    size_t t0 = q->t0, a = 0, len;
    if (t0 < 3 || !tok(c, t0 - 1, ":"))
        return;
    if (tok(c, 0, "-") || tok(c, 0, "*") || tok(c, 0, "•"))
        a = 1;
    int term = 0;
    for (size_t k = a; k < t0 - 1; k++) {
        if ((c->t[k].kind == TK_NUM || has(c, k, LC_NUM)) && k + 1 < t0 - 1) {
            const struct lex_entry *u = lex_match(c->lx, c->t, c->n, k + 1, LC_UNIT, &len);
            if (u && u->kind == 1) { /* a unit of time */
                term = 1;
                k += len;
                continue;
            }
        }
        if (!tok_in(c, k, extra))
            return;
    }
    if (term)
        offer(best, S_ACTIVE, NULL, VG_SANCTIONED, "term_label");
}

/* The start of the capitalised words (one to three) ending right before
 * token k, or k when there are none. */
static size_t cap_words_before(const struct sentence_ctx *c, size_t k) {
    size_t a = k;
    while (a > 0 && k - a < 3 && c->t[a - 1].kind == TK_WORD && (c->t[a - 1].flags & TF_CAP) &&
           !trigger_at(c, a - 1))
        a--;
    return a;
}

/* Is token k a word for gatherings, "rallies", "protests", "vigils"? */
static int gathering_word(const struct sentence_ctx *c, size_t k) {
    static const char *const gatherings[] = {"rallies", "rally", "protests", "protest",
                                             "demonstrations", "demonstration", "marches",
                                             "march", "pickets", "gatherings", "vigils", NULL};
    return tok_in(c, k, gatherings);
}

/* Is the verb x said of gatherings: "protests were held", "rallies were
 * staged"? */
static int verb_of_gatherings(const struct sentence_ctx *c, const struct trigger *x) {
    return x->e->kind == F_VERB && x->t0 >= 2 && is_be(c, x->t0 - 1) &&
           gathering_word(c, x->t0 - 2);
}

/* Is the token before k a bare number closed by the bracket at k, "Narok
 * (1),"?  One is no figure, but such an item still links the tally's
 * later items to its label. */
/* How many words before a tally's colon the label's outcome word may
 * stand: "Deaths by county:", "The deceased are from various regions:". */
#define LABEL_REACH 6

static int lone_bracket_count(const struct sentence_ctx *c, size_t k) {
    return k >= 2 && k < c->n && tok(c, k, ")") && c->t[k - 1].kind == TK_NUM &&
           tok(c, k - 2, "(");
}

/* A list of places with a count each after a label: "Detained: Nakuru
 * 12, Eldoret 8, Kisumu 5", "Arrests by town - Nakuru (12), Eldoret (8)",
 * or after "in" when each count is in brackets: "Deaths were recorded in
 * Nakuru (3), Kisumu (5) and Eldoret (2)".  The label's outcome is every
 * item's. */
static void place_items(const struct sentence_ctx *c, const struct quantity *q,
                        struct choice *best) {
    size_t k = q->t0;
    int bracketed = k > 0 && tok(c, k - 1, "(") && tok(c, q->t1, ")");
    if (k > 0 && tok(c, k - 1, "("))
        k--;
    size_t a = cap_words_before(c, k);
    if (a == k || a == 0)
        return;
    /* Back over the earlier items to the label's colon or dash. */
    size_t m = a;
    int in = 0; /* the items follow "in" */
    while (m > 0) {
        size_t p = m - 1;
        if (tok(c, p, ":") || tok(c, p, "-"))
            break;
        if (bracketed && tok(c, p, "in")) {
            in = 1;
            break;
        }
        if (!(tok(c, p, ",") || tok(c, p, "and") || tok(c, p, ";")))
            return;
        p = p > 0 && tok(c, p - 1, ")") ? p - 1 : p;
        if (p == 0 || (!c->qty_at[p - 1] && !(p >= 2 && c->qty_at[p - 2]) &&
                       !lone_bracket_count(c, p)))
            return;
        size_t qs = c->qty_at[p - 1] || lone_bracket_count(c, p) ? p - 1 : p - 2;
        size_t b = qs > 0 && tok(c, qs - 1, "(") ? qs - 1 : qs;
        size_t w = cap_words_before(c, b);
        if (w == b || w == 0)
            return; /* an item is a place and its count */
        m = w;
    }
    if (m == 0)
        return;
    for (size_t j = m - 1; j-- > 0 && m - 1 - j <= LABEL_REACH;) {
        const struct trigger *x = trigger_at(c, j);
        if (x && ((in && x->e->what == VG_PARTICIPANTS) || verb_of_gatherings(c, x)))
            return; /* "Rallies drew crowds in Nakuru (3)", "Protests were held in
                     * Nakuru (3)": three rallies, no one held */
        if (x) {
            offer(best, S_REDUCED, x, x->e->what, "label");
            return;
        }
        if (c->qty_at[j] || c->t[j].kind != TK_WORD)
            return;
    }
}

/* Do the three tokens before token k give a term: "for six months",
 * "for 9 months", "for 30 days"? */
static int term_before(const struct sentence_ctx *c, size_t k) {
    return k >= 3 && tok(c, k - 3, "for") &&
           (c->t[k - 2].kind == TK_NUM || has(c, k - 2, LC_NUM)) && has(c, k - 1, LC_UNIT);
}

/* The start of the object of an active verb that ends right before token
 * k, when one stands there: a pronoun ("arrested him alongside two
 * journalists") or a name of up to four capitalised words, "the" before
 * it ("detained the MP along with 12 aides"); k itself when none does. */
static size_t object_start(const struct sentence_ctx *c, size_t k) {
    static const char *const pronouns[] = {"him", "her", "them", "me", "us", NULL};
    if (k >= 1 && tok_in(c, k - 1, pronouns))
        return k - 1;
    size_t j = k;
    while (j > 0 && k - j < 4 && c->t[j - 1].kind == TK_WORD && (c->t[j - 1].flags & TF_CAP) &&
           !trigger_at(c, j - 1) && !c->qty_at[j - 1])
        j--;
    if (j == k)
        return k;
    if (j > 0 && tok(c, j - 1, "the"))
        j--;
    return j;
}

/* The verb whose object, a noun phrase of words, "of", "the" and a
 * bracketed acronym, ends at token `end`: "arrested the interim leader of
 * the opposition Citizens Coalition for Change (CCC)".  Returns the verb's
 * trigger, or NULL when a clause's edge, a count or a verb of another kind
 * comes first. */
static const struct trigger *verb_over_object(const struct sentence_ctx *c, size_t end) {
    for (size_t k = end; k > 0 && end - k < 14; k--) {
        const struct trigger *tr = trigger_ending(c, k);
        if (tr && k < end)
            return tr->e->kind == F_VERB && tr->e->what == VG_DETAINED ? tr : NULL;
        const struct token *t = &c->t[k - 1];
        if ((t->kind != TK_WORD && !tok(c, k - 1, "(") && !tok(c, k - 1, ")") &&
             !tok(c, k - 1, "'") && !tok(c, k - 1, "'s") && !tok(c, k - 1, "\xe2\x80\x99")) ||
            c->qty_at[k - 1] || has(c, k - 1, LC_AUX) || has(c, k - 1, LC_SAY) ||
            tok(c, k - 1, "and") || tok(c, k - 1, "who") || tok(c, k - 1, "which") ||
            tok(c, k - 1, "that"))
            return NULL;
    }
    return NULL;
}

/* "detained opposition leader X, along with": the verb whose object,
 * a name with words of its role before it, ends at token `end` (a comma
 * may close it).  Returns the verb's trigger, or NULL. */
static const struct trigger *verb_of_named_object(const struct sentence_ctx *c, size_t end) {
    if (end > 0 && tok(c, end - 1, ","))
        end--;
    size_t k = object_start(c, end);
    if (k == end)
        return NULL;
    for (size_t m = 0; m < 3 && k > 0 && !trigger_ending(c, k); m++, k--)
        if (c->t[k - 1].kind != TK_WORD || (c->t[k - 1].flags & TF_CAP) || c->qty_at[k - 1] ||
            has(c, k - 1, LC_AUX))
            return NULL; /* only words of the role: "opposition leader" */
    const struct trigger *tr = trigger_ending(c, k);
    return tr && tr->e->kind == F_VERB ? tr : NULL;
}

/* Is "dead 6" or "missing 2" (an adjective of the people, then the count)
 * an item of a tally: one word after the start, a colon, comma, dash or
 * semicolon, and the count closing the item? */
static int tally_item(const struct sentence_ctx *c, const struct trigger *tr,
                      const struct quantity *q) {
    if (tr->t1 != q->t0 || tr->t1 != tr->t0 + 1)
        return 0;
    if (tr->t0 > 0 && !tok(c, tr->t0 - 1, ",") && !tok(c, tr->t0 - 1, ":") &&
        !tok(c, tr->t0 - 1, ";") && !tok(c, tr->t0 - 1, "-") && !tok(c, tr->t0 - 1, "\xe2\x80\x93") &&
        !tok(c, tr->t0 - 1, "\xe2\x80\x94") &&
        !tok(c, tr->t0 - 1, "and"))
        return 0;
    return q->t1 >= c->n || tok(c, q->t1, ",") || tok(c, q->t1, ";") || tok(c, q->t1, ".") ||
           tok(c, q->t1, "and") || (c->t[q->t1].flags & TF_NL);
}

/* "searching for the bodies of dozens of migrants feared missing": the
 * people's own participle fears them missing; bodies sought are no
 * deaths, so the noun before them gives way.  Bodies of people "missing
 * since Friday" that were found stay deaths. */
static int bodies_of_missing(const struct sentence_ctx *c, const struct trigger *tr, size_t end) {
    const struct trigger *x = trigger_at(c, end);
    return tr->e->what == VG_KILLED && x && x->e->what == VG_MISSING && tok(c, x->t0, "feared");
}

/* Does the count's noun phrase end in an outcome participle of its own
 * ("41 protesters injured")?  Then a phrase before a dash is a headline's
 * subject, no label: "Crackdown on a protest - 41 protesters injured". */
static int outcome_after_noun(const struct sentence_ctx *c, const struct head *h) {
    if (!h->has_noun || h->end >= c->n)
        return 0;
    const struct trigger *x = trigger_at(c, h->end);
    return x && (x->e->kind == F_VERB || x->e->kind == F_STATE);
}

/* Do sentences and their term stand before "for" and the count at t0
 * ("prison sentences of 6 to 30 years for 128 protesters", "terms of up
 * to five years for 12"), not asked for ("sought sentences of ...")? */
static int sentences_for(const struct sentence_ctx *c, size_t t0) {
    static const char *const units[] = {"years", "year", "months", "month", NULL};
    static const char *const heads[] = {"sentences", "sentence", "terms", "term", NULL};
    if (t0 < 5 || !tok(c, t0 - 1, "for") || !tok_in(c, t0 - 2, units))
        return 0;
    for (size_t k = t0 - 2; k-- > 0 && t0 - 2 - k <= 7;) {
        if (tok(c, k, "of") && k > 0 && tok_in(c, k - 1, heads))
            return !demanded(c, k - 1) && !(k >= 2 && demanded(c, k - 2));
        if (!(c->t[k].kind == TK_NUM || has(c, k, LC_NUM) || has(c, k, LC_QUAL) ||
              tok(c, k, "to") || tok(c, k, "-") || tok(c, k, "and") || tok(c, k, "between") ||
              tok(c, k, "from") || tok(c, k, "up")))
            return 0;
    }
    return 0;
}

static int bare(const struct sentence_ctx *c, const struct head *h);

/* The group of a noun for people right before the participle x ("students
 * held"), or dflt. */
static uint8_t subject_noun_who(const struct sentence_ctx *c, const struct trigger *x,
                                uint8_t dflt) {
    size_t wl;
    for (size_t m = x->t0; m-- > 0 && m + 3 >= x->t0;) {
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, m, LC_WHO, &wl);
        if (w && m + wl == x->t0)
            return w->who;
    }
    return dflt;
}

/* The outcome of a count stated as the predicate of "were": "persons
 * arrested were 213", "those detained were 52", "were 12 men and 5
 * women".  The subject, a noun for people or "those" with its participle,
 * opens a clause (the sentence's start, a comma, "while", "and"), and the
 * count, with a noun for people or none, ends it or a list's item. */
static const struct trigger *copula_count_subject(const struct sentence_ctx *c,
                                                  const struct quantity *q,
                                                  const struct head *h) {
    size_t t0 = q->t0, wl;
    if (t0 < 3 || !(tok(c, t0 - 1, "were") || tok(c, t0 - 1, "was")) ||
        (h->has_noun && h->who < 0) ||
        (h->end < c->n && c->t[h->end].kind != TK_PUNCT && !tok(c, h->end, "and")))
        return NULL;
    const struct trigger *x = trigger_at(c, t0 - 2);
    if (!x || x->e->kind != F_VERB || x->t1 != t0 - 1 || x->t0 == 0)
        return NULL;
    size_t k = x->t0 - 1; /* the subject's last word */
    size_t s = SIZE_MAX;
    if (tok(c, k, "those"))
        s = k;
    for (size_t m = k + 1; s == SIZE_MAX && m-- > 0 && m + 3 > k;)
        if (lex_match(c->lx, c->t, c->n, m, LC_WHO, &wl) && m + wl == x->t0)
            s = m;
    if (s == SIZE_MAX)
        return NULL;
    if (s > 0 && (tok(c, s - 1, "the") || tok(c, s - 1, "all")))
        s--;
    return s == 0 || tok(c, s - 1, ",") || tok(c, s - 1, "while") || tok(c, s - 1, "and") ||
                   tok(c, s - 1, "whereas") || tok(c, s - 1, ":")
               ? x
               : NULL;
}

/* "detained participants, as well as at least two journalists", "beat
 * and arrested students and 12 reporters": a count joined by "and" or "as
 * well as" to a bare plural the active verb takes just before it shares
 * the verb.  Returns that verb, or NULL. */
static const struct trigger *object_joined(const struct sentence_ctx *c, size_t t0, size_t end) {
    if (end < c->n && (is_be(c, end) || has(c, end, LC_AUX) || trigger_at(c, end)))
        return NULL; /* "detained students and 12 officers were hurt": its own verb */
    size_t k = t0;
    if (k >= 4 && tok(c, k - 1, "as") && tok(c, k - 2, "well") && tok(c, k - 3, "as"))
        k -= 3;
    else if (k >= 3 && tok(c, k - 1, "and"))
        k--;
    else
        return NULL;
    if (tok(c, k - 1, ","))
        k--;
    size_t words = 0, last = k - 1;
    while (k > 0 && words < 2 && c->t[k - 1].kind == TK_WORD && !(c->t[k - 1].flags & TF_CAP) &&
           !c->qty_at[k - 1] && !has(c, k - 1, LC_STOP) && !has(c, k - 1, LC_FUNC) &&
           !has(c, k - 1, LC_AUX) && !is_be(c, k - 1) &&
           (!trigger_at(c, k - 1) || trigger_at(c, k - 1)->e->kind == F_PEOPLE))
        k--, words++;
    const struct trigger *noun = words ? trigger_at(c, last) : NULL;
    if (!words || !(has(c, last, LC_WHO) || (noun && noun->e->kind == F_PEOPLE)))
        return NULL; /* the plural before names people: "participants", "students" */
    if (k > 1 && tok(c, k - 1, "the"))
        k--; /* "detained the marchers and ..." */
    const struct trigger *x = trigger_ending(c, k);
    if (!x || x->e->kind != F_VERB || aux_before(c, x->t0, 0) != 0)
        return NULL; /* "were detained and 12 ...": a passive's own subject after */
    return x;
}

static void left_outcome(const struct sentence_ctx *c, const struct quantity *q,
                         const struct head *h, struct choice *best) {
    size_t t0 = q->t0;
    if (t0 == 0)
        return;
    const struct trigger *cs = copula_count_subject(c, q, h);
    if (cs) {
        offer(best, S_ACTIVE, cs, cs->e->what, "copula_subject");
        return;
    }
    while (t0 > 1 && (tok(c, t0 - 1, "\"") || tok(c, t0 - 1, "'")))
        t0--; /* detained "no more than 10 people" */
    size_t ta = ru_aside_start(c, t0); /* t0, or the comma before an aside */
    const struct trigger *tr = trigger_ending(c, ta);
    if (ta < t0 && tr && tr->e->kind != F_VERB)
        tr = NULL;
    if (!tr && t0 >= 2) {
        /* "detained another 40", "released all 35", "proceedings against
         * the remaining 59", "held its four members" */
        size_t k = t0;
        while (k > 1 && t0 - k < 3 &&
               (has(c, k - 1, LC_FUNC) || tok(c, k - 1, "all") || tok(c, k - 1, "remaining") ||
                tok(c, k - 1, "its") || tok(c, k - 1, "their") ||
                tok(c, k - 1, "last") || tok(c, k - 1, "first")))
            k--;
        if (k < t0)
            tr = trigger_ending(c, k);
    }
    if (!tr && h->end > q->t1 && (h->who >= 0 || h->partitive)) {
        /* "released on Wednesday 31 of those held", "granted bail on
         * Monday to 85 people": a date between the verb and its object. */
        size_t to = tok(c, t0 - 1, "to") ? t0 - 1 : t0;
        const struct trigger *x = trigger_ending(c, date_adjunct_start(c, to));
        if (x && x->e->kind == F_VERB && x->t1 < to && to == t0)
            tr = x;
        else if (x && x->e->kind == F_VERB && x->t1 < to && tok(c, x->t1 - 1, "bail"))
            offer(best, S_ACTIVE, x, x->e->what, "nominal"); /* the people may take a
                                                              * participle of their own */
    }
    if (!tr && t0 >= 4 && (tok(c, t0 - 1, "against") || tok(c, t0 - 1, "for")) &&
        term_before(c, t0 - 1)) {
        /* "ordered preventive detention for six months against 11 of
         * them": the term of custody between the verb and its object. */
        const struct trigger *x = trigger_ending(c, t0 - 4);
        if (!x && tok(c, t0 - 4, "for"))
            x = trigger_ending(c, t0 - 3); /* "ordered pre-trial detention for" */
        if (x && x->e->kind == F_VERB)
            tr = x;
    }
    if (!tr && t0 >= 4 && tok(c, t0 - 1, "of") && tok_in(c, t0 - 2, group_nouns) &&
        (tok(c, t0 - 3, "a") || tok(c, t0 - 3, "another") || tok(c, t0 - 3, "one")))
        tr = trigger_ending(c, t0 - 3); /* "detained a group of 50", "booked a mob of
                                         * around 1,000" */
    if (!tr && h->has_noun && h->who >= 0 && !h->out && !h->reject)
        tr = object_joined(c, t0, h->end); /* "detained participants, as well as at least two
                                    * journalists" */
    if (!tr && (h->who >= 0 || h->out) && !h->reject) { /* a count of people only */
        size_t k = ru_adjunct_start(c, ta);
        const struct trigger *x = k < ta ? trigger_ending(c, k) : NULL;
        if (x && x->e->kind == F_VERB)
            offer(best, S_ACTIVE, x, ru_arrest_term(c, x, h->end), "active_adjunct");
    }
    if (tr && (c->t[t0].flags & (TF_GAP | TF_NL)) == TF_GAP && count_before(c, tr->t0))
        tr = NULL; /* "Nairobi   45 detained   3 killed": the verb is the cell's before */
    if (tr && undecided(c, tr->t0)) {
        best->s = S_STRONG; /* "not decided whether to file charges against
                             * the 12": no outcome, nothing binds */
        best->what = VG_WHAT_NONE;
        return;
    }
    if (tr && tr->e->kind == F_VERB)
        offer(best, S_ACTIVE, tr, booked_into(c, tr, h->end) ? VG_DETAINED
                                  : ru_arrest_term(c, tr, h->end), "active");
    else if (tr && verb_noun(c, tr))
        offer(best, S_ACTIVE, tr, tr->e->what, "verb_noun");
    else if (tr && (tr->e->kind == F_PEOPLE || tr->e->kind == F_STATE) && tally_item(c, tr, q))
        offer(best, S_ACTIVE, tr, tr->e->what, "item"); /* "arrested 15, wounded 9, dead 6" */
    else if (!tr && present_verb(c, t0 - 1, h) != VG_WHAT_NONE)
        offer(best, S_ACTIVE, NULL, (uint8_t)present_verb(c, t0 - 1, h), "present_verb");
    else if (!tr && sentences_for(c, t0))
        offer(best, S_ACTIVE, NULL, VG_SANCTIONED, "nominal"); /* "prison sentences of 6 to
                                                                * 30 years for 128 ..." */
    else if (tr && (tr->e->kind == F_EVENT || tr->e->kind == F_CASES || tr->e->kind == F_TOLL) &&
             tr->t1 > tr->t0 && !demanded(c, tr->t0) && !bodies_of_missing(c, tr, h->end) &&
             !forbidden_gathering(c, tr) &&
             (tok(c, tr->t1 - 1, "of") || tok(c, tr->t1 - 1, "against") ||
              tok(c, tr->t1 - 1, "on") || tok(c, tr->t1 - 1, "to") || tok(c, tr->t1 - 1, "by") ||
              tok(c, tr->t1 - 1, "into") || tok(c, tr->t1 - 1, "for") ||
              tok(c, tr->t1 - 1, "with") || /* "reduced sentences for 40", "plea deals with 20" */
              has(c, tr->t1 - 1, LC_PREP)))
        offer(best, S_ACTIVE, tr, tr->e->what, "nominal");
    /* "detained along with 32 others", "arrested together with 12", "were
     * injured, as well as two officers" (a count with no predicate of its
     * own: not "three were killed, as well as 20 injured"). */
    size_t with_at = t0 >= 3 && tok(c, t0 - 1, "with") &&
                             (tok(c, t0 - 2, "along") || tok(c, t0 - 2, "together"))
                         ? t0 - 2
                     : t0 >= 4 && tok(c, t0 - 1, "as") && tok(c, t0 - 2, "well") &&
                             tok(c, t0 - 3, "as") && bare(c, h)
                         ? t0 - 3
                         : 0;
    if (with_at) {
        tr = trigger_ending(c, object_start(c, with_at));
        if (!tr)
            tr = verb_of_named_object(c, with_at); /* "detained opposition leader X, along with 14" */
        if (!tr)
            tr = verb_past_adjunct(c, with_at);
        if (tr && tr->e->kind == F_VERB)
            offer(best, S_ACTIVE, tr, tr->e->what, "along_with");
    } else if (t0 >= 2 && (tok(c, t0 - 1, "with") || tok(c, t0 - 1, "alongside"))) {
        /* "detained with 5 of her friends", "arrested alongside 7
         * classmates": people, not the means ("charged with 3 counts") */
        tr = trigger_ending(c, object_start(c, t0 - 1));
        if (!tr && h->who >= 0)
            tr = verb_over_object(c, t0 - 1); /* "arrested the leader of the party (CCC)
                                               * with nearly 80 people" */
        if (tr && tr->e->kind == F_VERB &&
            (h->who >= 0 || (tok(c, q->t1, "of") && (tok(c, q->t1 + 1, "her") ||
                                                     tok(c, q->t1 + 1, "his") ||
                                                     tok(c, q->t1 + 1, "their")))))
            offer(best, S_ACTIVE, tr, tr->e->what, "along_with");
    }
    size_t lp;
    if (has(c, t0 - 1, LC_PREP) ||
        (t0 >= 2 && lex_match(c->lx, c->t, c->n, t0 - 2, LC_PREP, &lp) && lp == 2)) {
        /* "сообщалось о 5 погибших", "дела против семерых", «преследование
         * в отношении 17 человек». */
        size_t k = has(c, t0 - 1, LC_PREP) ? t0 - 1 : t0 - 2;
        while (k > 0 && has(c, k - 1, LC_PREP))
            k--;
        tr = trigger_ending(c, k);
        if (tr && (tr->e->kind == F_EVENT || tr->e->kind == F_TOLL || tr->e->kind == F_CASES ||
                   tr->e->kind == F_VERB) && !forbidden_gathering(c, tr))
            offer(best, S_ACTIVE, tr, tr->e->what, "nominal");
    }
    if (tok(c, t0 - 1, "of") || tok(c, t0 - 1, "against") || tok(c, t0 - 1, "to") ||
        tok(c, t0 - 1, "on")) {
        tr = trigger_ending(c, t0 - 1);
        if (!tr && tok(c, t0 - 1, "of"))
            tr = trigger_ending(c, date_adjunct_start(c, t0 - 1)); /* "the release on 8 January of 150" */
        if (!tr && tok(c, t0 - 1, "of")) {
            size_t k = manner_adjunct_start(c, t0 - 1);
            const struct trigger *x = k < t0 - 1 ? trigger_ending(c, k) : NULL;
            if (x && x->e->kind == F_EVENT)
                tr = x; /* "the imprisonment for political reasons of 3,200" */
        }
        if (!tr && !tok(c, t0 - 1, "of")) {
            size_t k = passed_start(c, t0 - 1);
            const struct trigger *x = k < t0 - 1 ? trigger_ending(c, k) : NULL;
            if (x && x->e->kind == F_EVENT)
                tr = x; /* "death sentences being issued against five" */
        }
        if (tr && (tr->e->kind == F_EVENT || tr->e->kind == F_TOLL ||
                   (tr->e->kind == F_CASES && !tok(c, t0 - 1, "of"))) && !demanded(c, tr->t0) &&
            !forbidden_gathering(c, tr))
            offer(best, S_ACTIVE, tr, tr->e->what, "nominal");
        else if (tr && tr->e->kind == F_VERB && tok(c, t0 - 1, "to") == 0 &&
                 tok(c, t0 - 1, "of") == 0)
            offer(best, S_ACTIVE, tr, tr->e->what, "nominal");
    }
    if (h->who >= 0 || h->out || (h->partitive && h->pronoun) ||
        (!h->has_noun && to_hospital(c, h->end))) { /* "sent eight of them to", "took a
                                                     * further five to hospital" */
        int w = split_verb(c, q->t0, past_aside(c, h->end));
        if (w != VG_WHAT_NONE)
            offer(best, S_ACTIVE, NULL, (uint8_t)w, "split_verb");
    }
    penalty_of(c, q, best);
    term_label(c, q, best);
    among_before(c, t0, best);
    apposition(c, q, h, best);
    ru_participle_after(c, q, h, best);
    ru_dative_penalty(c, q, h, best);
    ru_among(c, t0, best);
    ru_count_of(c, q, h, best);
    and_others(c, q, best);
    place_items(c, q, best);
    /* A label: "Total detentions recorded by the Monitor: 487", «в
     * Жанаозене — уже 23» (an adverb of time between). */
    size_t tl = t0;
    if (tl >= 2 && (tok(c, tl - 1, "уже") || tok(c, tl - 1, "ещё") || tok(c, tl - 1, "еще")))
        tl--;
    if (tl >= 3 && tok(c, tl - 1, "-") && tok(c, tl - 2, "-") && (c->t[tl - 2].flags & TF_SPACE) &&
        c->t[tl - 3].kind == TK_WORD)
        tl--; /* "19 killed since Friday -- 12 in the square": a dash typed as "--" */
    if ((tok(c, tl - 1, ":") || (tok(c, tl - 1, "-") && tl >= 2 && c->t[tl - 2].kind == TK_WORD)) &&
        !(tok(c, tl - 1, "-") && outcome_after_noun(c, h))) {
        int own_outcome = q->t1 < c->n && trigger_at(c, q->t1);
        for (size_t k = tl - 1; k-- > 0;) {
            if (tok(c, k, ")")) { /* "- fined (5,000 to 20,000 roubles):": an aside */
                size_t o = k;
                while (o > 0 && tl - o < 24 && !tok(c, o, "("))
                    o--;
                if (!tok(c, o, "("))
                    break;
                k = o;
                continue;
            }
            if (c->qty_at[k] && !(k >= 1 && (tok(c, k - 1, "-") || tok(c, k - 1, ":"))))
                break; /* but an earlier item of the same list is passed over */
            const struct trigger *x = trigger_at(c, k);
            int heads = 0; /* the noun of a count before: "30 задержанных: в Оше — 21" */
            size_t hq = 0;
            for (size_t m = 0; x && m < c->nq && !heads; m++)
                if ((heads = c->q[m].t1 == k))
                    hq = m;
            if (heads && (own_outcome || k + 2 == tl || /* "5 dead - 31 injured" */
                          !(c->q[hq].t0 >= 2 && c->q[hq].t0 < tl &&
                            (tok(c, c->q[hq].t0 - 1, ":") || tok(c, c->q[hq].t0 - 1, "-")) &&
                            (c->t[c->q[hq].t0 - 2].flags & TF_CAP))))
                break; /* but "Nakuru: 12 detained; Eldoret: 8": an item before, its
                        * outcome, unless this count has its own ("Casualties: 3 dead -
                        * 12 injured") */
            if (x && own_outcome && tok(c, tl - 1, "-"))
                break; /* "40 detained after a rally in the capital - 3 injured":
                        * the count after the dash has its own outcome */
            if (x) {
                const struct trigger *whole = trigger_ending(c, k + 1);
                if (whole && whole->t0 < x->t0)
                    x = whole; /* "died of their wounds:", not "wounds" */
                offer(best, S_REDUCED, x, x->e->what, "label");
                break;
            }
        }
    }
    /* A running count: "the death toll rose to 12", "the crowd at 8,000",
     * "the number of people detained reached 300". */
    size_t ls = link_start(c, q);
    if (ls == SIZE_MAX && has(c, t0 - 1, LC_LINK))
        ls = t0 - 1;
    if (ls != SIZE_MAX && ls > 0 && tok(c, ls, "of") && tok(c, ls - 1, "one"))
        return; /* "one of 44": a person taken from a group, no running count */
    if (ls != SIZE_MAX && right_count_is(c, ls)) {
        offer(best, S_ACTIVE, NULL, VG_WHAT_NONE, ANAPHOR); /* the count corrected */
        return;
    }
    if (ls == SIZE_MAX && given_as(c, t0))
        ls = t0 - 1;
    if (ls == SIZE_MAX && q->change)
        ls = t0 - 1; /* "the death toll rose from 9 (to 14)": the toll before */
    const struct trigger *toll = ls == SIZE_MAX ? trigger_ending(c, t0) : NULL;
    if (toll && toll->e->kind == F_TOLL && (tok(c, t0, "in") || tok(c, t0, "into")))
        ls = t0 - 1; /* "a crowd in the thousands": the quantity's own "in" links */
    if (ls == SIZE_MAX && tok(c, t0, "at") && t0 >= 2 && absolute_with(c, t0))
        ls = t0 - 1; /* "with the death toll at least 87": "at least" also links */
    int said_only = ls == SIZE_MAX; /* only a verb of saying before the count */
    if (ls == SIZE_MAX && !has(c, t0 - 1, LC_SAY) && !ru_figure(c, t0 - 1) &&
        !(t0 >= 2 && tok(c, t0 - 1, "в") && ru_figure(c, t0 - 2)))
        return;
    size_t lo = t0 > TOLL_REACH ? t0 - TOLL_REACH : 0;
    int verb_after = 0; /* an outcome verb stands between k and the count */
    for (size_t k = t0; k-- > lo;) {
        if (c->qty_at[k] && c->q[c->qty_at[k] - 1].change && ls == t0 - 1) {
            ls = k - 1; /* "rose from 9 to 14": the 14 is the toll's after the change */
            continue;
        }
        size_t aside = c->qty_at[k] ? aside_before_link(c, k, ls) : SIZE_MAX;
        if (aside != SIZE_MAX) {
            k = aside; /* past "first given as 5," */
            continue;
        }
        if (c->qty_at[k] || tok(c, k, ";"))
            break;
        const struct trigger *x = trigger_at(c, k);
        if (x && (x->e->kind == F_VERB || x->e->kind == F_INTRANS))
            verb_after = 1;
        if (x && x->e->kind == F_TOLL && verb_after && k >= 2 &&
            at_gathering(c, k - 1 - (tok(c, k - 1, "the") || tok(c, k - 1, "a"))) == x->t1)
            continue; /* "the number of people at the march who needed
                       * treatment": the march is the place, not the count */
        if (x && x->e->kind == F_TOLL && x->e->what == VG_PARTICIPANTS &&
            (gathering_of_count(c, t0 > 2 * TOLL_REACH ? t0 - 2 * TOLL_REACH : 0, k) ||
             gathering_of_toll(c, k)))
            continue; /* "the number of people detained during the protest
                       * actions has reached 41", "the death toll in the
                       * demonstration rose to 12": the protest is when */
        if (x && x->e->kind == F_TOLL && said_only && names_speaker(c, x->t1, t0 - 1))
            return; /* "Protest group says 16 members released": the gathering
                     * word names the group that speaks, no count's toll */
        if (x && x->e->kind == F_TOLL) {
            offer_count_trigger(c, x, best, "toll");
            return;
        }
        if (x && x->t0 == k && x->e->what == VG_PARTICIPANTS && ls != SIZE_MAX &&
            tok(c, ls, "at") && put_before(c, k)) {
            /* "Police put the largest gathering, in X on Tuesday, at 400". */
            offer(best, S_ACTIVE, x, x->e->what, "toll");
            return;
        }
        if (x && ls != SIZE_MAX && x->e->kind == F_VERB && participle_subject(c, x, ls) &&
            (tok(c, x->t0 - 1, "those") || tok(c, x->t0 - 1, "the"))) {
            /* "Those killed numbered at least 19", "those arrested had
             * reached 40": a participle after "those" is the group. */
            offer(best, S_ACTIVE, x, x->e->what, "toll_event");
            return;
        }
        if (x && ls != SIZE_MAX && (x->e->kind == F_EVENT || x->e->kind == F_PEOPLE) &&
            (x->t1 == ls || (x->t1 + 1 == ls && has(c, x->t1, LC_AUX)) ||
             relative_link(c, x->t1, ls) || narrowing_link(c, x->t1, ls))) {
            if (demanded(c, x->t0))
                return; /* "called for the release of 47 people" */
            /* "Detentions topped 500", "arrests have reached 300". */
            offer(best, S_ACTIVE, x, x->e->what, "toll_event");
            return;
        }
        size_t wl;
        const struct trigger *adj = x == NULL && k > 0 ? trigger_ending(c, k) : NULL;
        if (ls != SIZE_MAX && (tok(c, ls, "numbered") || tok(c, ls, "numbering")) && adj &&
            adj->e->kind == F_VERB && lex_match(c->lx, c->t, c->n, k, LC_WHO, &wl) &&
            k + wl == ls) {
            /* "Detained students numbered about 40": the participle before
             * the noun names the outcome. */
            offer(best, S_ACTIVE, adj, adj->e->what, "numbered");
            return;
        }
        if (ls != SIZE_MAX &&
            (tok(c, ls, "numbered") || tok(c, ls, "numbering") || tok(c, ls, "estimated")) &&
            (x == NULL || x->e->what == VG_PARTICIPANTS) && crowd_subject(c, k, ls)) {
            /* "the marchers numbered 2,000", "protesters, who police said
             * numbered about 3,500", "demonstrators estimated in tens of
             * thousands". */
            offer(best, S_ACTIVE, NULL, VG_PARTICIPANTS, "numbered");
            return;
        }
        if (tok(c, k, "number") && tok(c, k + 1, "of")) {
            int crowd = 0; /* people at a gathering, unless an outcome follows */
            for (size_t m = k + 2; m < t0; m++) {
                x = trigger_at(c, m);
                size_t nl;
                if (x && tok(c, x->t0, "attended") && x->t1 == x->t0 + 1 && m > k + 2 &&
                    lex_match(c->lx, c->t, c->n, k + 2, LC_WHO, &nl) && k + 2 + nl == m) {
                    /* "the number of people attended in hospitals": the
                     * passive participle, people given care, not a crowd
                     * ("the number of people who attended"). */
                    offer(best, S_ACTIVE, x, VG_INJURED, "number_of");
                    return;
                }
                if (x) {
                    offer(best, S_ACTIVE, x, x->e->what,
                          x->e->kind != F_TOLL ? "number_of" : "toll");
                    return;
                }
                size_t len;
                const struct lex_entry *w = lex_match(c->lx, c->t, c->n, m, LC_WHO, &len);
                const struct trigger *after = w ? trigger_at(c, m + len) : NULL;
                if (w && w->who == VG_WHO_PROTESTERS && after && after->t0 == m + len &&
                    (after->e->kind == F_VERB || after->e->kind == F_INTRANS) &&
                    after->e->what != VG_PARTICIPANTS) {
                    /* "the number of protesters killed during the march" */
                    offer(best, S_ACTIVE, after, after->e->what, "number_of");
                    return;
                }
                if (w && w->who == VG_WHO_PROTESTERS) {
                    /* "put the number of marchers at 1,400". */
                    offer(best, S_ACTIVE, NULL, VG_PARTICIPANTS, "number_of");
                    return;
                }
                size_t g = w && !crowd ? at_gathering(c, m + len) : 0;
                if (g) {
                    crowd = 1; /* "the number of people at the encampment" */
                    m = g - 1; /* its noun ("march") is no outcome of the count */
                }
            }
            if (crowd)
                offer(best, S_ACTIVE, NULL, VG_PARTICIPANTS, "number_at");
            else
                offer(best, S_ACTIVE, NULL, VG_WHAT_NONE, ANAPHOR);
            return;
        }
        if (tok(c, k, "number") && k + 1 < t0 && (x = trigger_at(c, k + 1)) != NULL &&
            x->t0 == k + 1 && (x->e->kind == F_VERB || x->e->kind == F_STATE)) {
            /* "the number killed rose to 23", "put the number detained at
             * 400", "the number in custody stands at 212": a participle or
             * a state right after "number". */
            offer(best, S_ACTIVE, x, x->e->what, "number_of");
            return;
        }
        if ((count_noun(c, k) && (k + 1 < t0 || ru_figure(c, k) || ls == t0) &&
             !tok(c, k + 1, "of")) || /* "the tally topped 160": the link in the count */
            (tok(c, k, "number") && tok(c, k + 1, "at") && k + 2 == t0)) {
            /* "the correct figure is 21", "bringing the total to 410",
             * "the ministry put the number at 318"; but "the count stands
             * at 7 dead" names its outcome after the count. */
            if (q->t1 < c->n && trigger_at(c, q->t1))
                return;
            const struct trigger *whole = trigger_ending(c, k + 1);
            const struct trigger *label = k > 0 ? trigger_ending(c, k) : NULL;
            if (whole && whole->e->kind == F_TOLL && whole->t0 < k)
                offer(best, S_ACTIVE, whole, whole->e->what, "toll"); /* "the death count" */
            else if (label && (label->e->kind == F_EVENT || label->e->kind == F_PEOPLE) &&
                     !demanded(c, label->t0))
                /* "the official arrest tally topped 160", "the detainee
                 * count rose to 90": the outcome's noun labels the count. */
                offer(best, S_ACTIVE, label, label->e->what, "toll_event");
            else
                offer(best, S_ACTIVE, NULL, VG_WHAT_NONE, ANAPHOR);
            return;
        }
    }
    (void)h;
}

/* The people of the whole a part is taken from, "two of the 17 students",
 * "nine out of the 40 protesters"; -1 when no count of people follows. */
static int whole_who(const struct sentence_ctx *c, const struct quantity *q) {
    size_t k = q->t1;
    if (tok(c, k, "out"))
        k++;
    if (!tok(c, k, "of"))
        return -1;
    k++;
    if (tok(c, k, "the") || tok(c, k, "these") || tok(c, k, "those"))
        k++;
    if (k >= c->n || !c->qty_at[k])
        return -1;
    struct head wh;
    read_head(c, &c->q[c->qty_at[k] - 1], &wh);
    return wh.who;
}

/* The people of the whole a sentence opens with, when the count is a part
 * named after its comma: "Of the 40 reporters detained, 12 were charged",
 * "Out of the 46 journalists held, 16 face trial": reporters, journalists.
 * Returns -1 when no such whole with its noun opens the sentence. */
static int fronted_whole_who(const struct sentence_ctx *c, const struct quantity *q) {
    size_t o = opening_token(c);
    if (tok(c, o, "out"))
        o++;
    if (!tok(c, o, "of") || !tok(c, o + 1, "the") || o + 2 >= c->n || !c->qty_at[o + 2])
        return -1;
    const struct quantity *w = &c->q[c->qty_at[o + 2] - 1];
    if (w == q || q->t0 <= w->t1 || !tok(c, q->t0 - 1, ","))
        return -1;
    struct head wh;
    read_head(c, w, &wh);
    return wh.has_noun ? wh.who : -1;
}

/* Is the quantity the whole in "40 of the 52 people detained ..." or "half
 * of the 400 detainees"?  The predicate after it belongs to the part, so
 * only its own participle or noun binds it. */
static int inner_count(const struct sentence_ctx *c, const struct quantity *q) {
    static const char *const shares[] = {"half", "third", "thirds", "quarter", "quarters",
                                         "most", "majority", "minority", "many", "some",
                                         "rest", "remainder", "bulk", "part", "share",
                                         "proportion", "fraction", NULL};
    size_t k = q->t0;
    if (k >= 1 && (tok(c, k - 1, "the") || tok(c, k - 1, "these") || tok(c, k - 1, "those")))
        k--;
    if (k < 2 || !tok(c, k - 1, "of"))
        return 0;
    k -= 2; /* the word before "of" */
    if (k >= 1 && tok(c, k, "out"))
        k--; /* "nine out of the 17" */
    if (k >= 1 && (tok(c, k, "people") || tok(c, k, "persons") || tok(c, k, "individuals")))
        k--; /* "four people of the nine" */
    if (c->t[k].kind == TK_NUM || has(c, k, LC_NUM) || has(c, k, LC_VAGUE))
        return 1;
    for (const char *const *w = shares; *w; w++)
        if (tok(c, k, *w))
            return 1;
    return 0;
}

/* "Most of the 17 protesters died": a whole named by a noun of the crowd,
 * the part's own outcome after it.  The noun names the group the part is
 * taken from, no count of a turnout. */
static int crowd_of_part(const struct sentence_ctx *c, const struct quantity *q,
                         const struct head *h) {
    if (!inner_count(c, q))
        return 0;
    size_t k = h->end;
    while (k < c->n && k < h->end + 4 && has(c, k, LC_AUX) && !trigger_at(c, k))
        k++;
    const struct trigger *tr = trigger_at(c, k);
    return tr && tr->e->what != VG_PARTICIPANTS && tr->e->what != VG_WHAT_NONE;
}

/* Is the count a part of a group named before: "several of these
 * protesters", "dozens of the marchers"?  The vague word keeps its own
 * "of" ("dozens of"), so its "the" is looked at here. */
static int part_of_known(const struct sentence_ctx *c, const struct quantity *q,
                         const struct head *h) {
    if (h->partitive)
        return 1;
    return q->vague && q->t1 > q->t0 + 1 && tok(c, q->t1 - 1, "of") && tok(c, q->t1, "the");
}

/* Does "out of the crowd" or "from the march" follow the noun at k:
 * "dragging several demonstrators out of the crowd", a few taken from a
 * gathering, no count of the gathering itself? */
static int out_of_crowd(const struct sentence_ctx *c, size_t k) {
    static const char *const crowds[] = {"crowd", "crowds", "march", "rally", "protest",
                                         "demonstration", "procession", "gathering", NULL};
    if (tok(c, k, "out") && tok(c, k + 1, "of"))
        k += 2;
    else if (tok(c, k, "from"))
        k++;
    else
        return 0;
    if (tok(c, k, "the") || tok(c, k, "a"))
        k++;
    return tok_in(c, k, crowds);
}

/* Are outcomes a and b, joined by "and" over one count, two fates the
 * same people met: hurt, then held ("Scores have been injured and
 * arrested")?  GUIDELINES.md: "A and subsequently B" gives both.  Not
 * "arrested and beaten", ill-treatment in custody that the guidelines
 * count as no injury, nor the dead and the wounded of one attack
 * ("killed and wounded 30": one count of casualties, case 121). */
static int both_fates(uint8_t a, uint8_t b) {
    return a == VG_INJURED && b == VG_DETAINED;
}

/* Is token k a word that joins one stage of a case to the next: "and",
 * "but", "before being", "after being", "after they were" (the latter
 * an earlier stage, its subject the same people: "103 people are facing
 * charges after they were arrested")? */
static int stage_link(const struct sentence_ctx *c, size_t k) {
    if (tok(c, k, "and") || tok(c, k, "but"))
        return 1;
    if (!(tok(c, k, "before") || tok(c, k, "after")))
        return 0;
    if (tok(c, k + 1, "they"))
        k++; /* "after they were", "before they had been" */
    return tok(c, k + 1, "being") || (tok(c, k + 1, "having") && tok(c, k + 2, "been")) ||
           (tok(c, k, "they") && (tok(c, k + 1, "were") || tok(c, k + 1, "had")));
}

/* Does the "and" at token m join two nouns of a phrase ("unlawful
 * assembly and disturbance of public peace") rather than a predicate
 * ("and released", "and were later freed", "and their fate is unknown")? */
static int nouns_joined(const struct sentence_ctx *c, size_t m) {
    static const char *const opens[] = {"then", "later", "subsequently", "each", "all", "both",
                                        "their", "his", "her", "they", "were", "was", NULL};
    size_t j = m + 1;
    if (!tok(c, m, "and") || j >= c->n || c->t[j].kind != TK_WORD || (c->t[j].flags & TF_CAP))
        return 0;
    if (tok_in(c, j, opens) || has(c, j, LC_AUX) || see_through(c, j) || trigger_at(c, j) ||
        has(c, j, LC_STOP) || c->qty_at[j])
        return 0;
    return j + 1 >= c->n || !trigger_at(c, j + 1); /* "and quietly released" */
}

/* A phrase of time, place or charge after an outcome, before "and then
 * B": "held for two hours and then released", "detained on Sunday and
 * charged on Monday", "charged with unlawful assembly and released on
 * bail", "accused of looting and released", "arrested on suspicion of damage
 * and later released", "detained
 * in Bo while covering the count, and released", "detained by security
 * forces before being released".  Returns the token after
 * it that joins the next stage (stage_link), or k itself when there is
 * none. */
static size_t past_time_phrase(const struct sentence_ctx *c, size_t k) {
    static const char *const opens[] = {"for", "on", "in", "at", "during", "over", "overnight",
                                        "yesterday", "after", "until", "with", "under",
                                        "near", "outside", "earlier", "last", "this", "before",
                                        "by", "of", NULL};
    int open = tok(c, k, "while") && ing_form(c, k + 1);
    for (const char *const *w = opens; *w; w++)
        open |= tok(c, k, *w);
    if (!open || stage_link(c, k) || c->qty_at[k])
        return k; /* "detained over 40 people and charged 12": a count, not a time */
    /* "arraigned before the Upper Area Court on a three-count charge of
     * unlawful assembly and disturbance of public peace, and granted
     * bail": a court and a charge run longer than a time.  A time may
     * name its occasion: "arrested during the anti-war demonstrations at
     * the summit last year and charged". */
    size_t reach = k + (tok(c, k, "before") ? 20 : TIME_PHRASE_REACH);
    int during = tok(c, k, "while"); /* in "while taking part in a rally" */
    for (size_t m = k + 1; m < c->n && m <= reach; m++) {
        if (stage_link(c, m) && nouns_joined(c, m))
            continue; /* "of unlawful assembly and disturbance of ..." */
        if (stage_link(c, m) || (tok(c, m, ",") && (tok(c, m + 1, "and") || tok(c, m + 1, "but"))))
            return m; /* "detained on Sunday, and released" */
        if (tok(c, m, "while") && ing_form(c, m + 1)) {
            reach = m + 10; /* "held in Bo while covering the count, and freed" */
            during = 1;
            continue;
        }
        if ((trigger_at(c, m) && !during) || tok(c, m, ",") || tok(c, m, ";") || tok(c, m, ".") ||
            tok(c, m, ":") || tok(c, m, "(") || has(c, m, LC_STOP) || has(c, m, LC_SAY) ||
            has(c, m, LC_NEG) || tok(c, m, "who") || tok(c, m, "which") ||
            tok(c, m, "that") || tok(c, m, "while") || tok(c, m, "whereas") ||
            tok(c, m, "or"))
            return k;
    }
    return k;
}

/* Does a court or magistrate remand at k, right after a bare "remanded":
 * "remanded by a Kampala magistrate's court", with no bail in the clause? */
static int remanded_by_court(const struct sentence_ctx *c, size_t k) {
    static const char *const bench[] = {"court", "courts", "magistrate", "magistrates",
                                        "magistrate's", "judge", NULL};
    if (!tok(c, k, "by"))
        return 0;
    int seen = 0;
    for (size_t m = k + 1; m < c->n && m <= k + 8; m++) {
        const struct trigger *x = trigger_at(c, m);
        if (tok(c, m, "bail") || tok(c, m, "bond") || (x && x->e->what == VG_RELEASED))
            return 0; /* "remanded by the court on bail" */
        if (tok(c, m, ",") || tok(c, m, ";") || tok(c, m, ".") || x)
            break;
        seen |= tok_in(c, m, bench);
    }
    return seen;
}

/* Is the trigger custody that follows a charge: "remanded in custody",
 * "remanded to judicial custody", "held in custody"?  Such custody comes
 * after the charge, so "charged and remanded in custody" counts both
 * (GUIDELINES.md: pre-trial custody is detained). */
static int remand(const struct sentence_ctx *c, const struct trigger *t2) {
    if (t2->e->what == VG_DETAINED && tok(c, t2->t0, "remanded") && t2->t1 == t2->t0 + 1 &&
        (tok(c, t2->t1, "to") || tok(c, t2->t1, "in")) &&
        past_custody_place(c, t2->t1 + 1) > t2->t1 + 1)
        return 1; /* "remanded to Luzira prison" */
    if (t2->e->what == VG_DETAINED && tok(c, t2->t0, "remanded") && t2->t1 == t2->t0 + 1 &&
        (tok(c, t2->t1, "until") || tok(c, t2->t1, "till")))
        return 1; /* "remanded until 24 November": held to the next hearing */
    if (t2->e->what == VG_DETAINED && tok(c, t2->t0, "remanded") && t2->t1 == t2->t0 + 1 &&
        remanded_by_court(c, t2->t1))
        return 1; /* "charged and remanded by a magistrate's court" */
    if (t2->e->what != VG_DETAINED || t2->t1 < t2->t0 + 2 || !tok(c, t2->t1 - 1, "custody"))
        return 0; /* "remanded to appear before the court" may be on bail */
    return tok(c, t2->t0, "remanded") || tok(c, t2->t0, "held");
}

/* "held on tentative charges of battery", "arrested on felony charges":
 * custody on charges already brought, which GUIDELINES.md counts as both
 * outcomes.  k is the token after the outcome; up to three modifiers may
 * stand before "charges", but no count, comma or other outcome. */
static int on_charges(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "on"))
        return 0;
    for (size_t m = k + 1; m < c->n && m <= k + 4; m++) {
        if (tok(c, m, "charges") || tok(c, m, "charge"))
            return 1;
        if (c->t[m].kind != TK_WORD || c->qty_at[m] || trigger_at(c, m) || has(c, m, LC_STOP) ||
            has(c, m, LC_NEG) || tok(c, m, "suspicion"))
            return 0;
    }
    return 0;
}

/* "their whereabouts remain unknown", "their fate is still unknown" at
 * token k: the people just counted went missing.  Returns the trigger,
 * or NULL. */
static const struct trigger *their_fate(const struct sentence_ctx *c, size_t k) {
    const struct trigger *x = tok(c, k, "their") ? trigger_at(c, k + 1) : NULL;
    return x && x->e->kind == F_INTRANS && x->e->what == VG_MISSING ? x : NULL;
}

/* "A and later B", "A but later B", "A before being B", "B after being
 * A": a second outcome right after the first, a later stage of the same
 * case (or, after "after being", an earlier one). */
/* "charged with unlawful assembly at the Buganda Road court and
 * remanded": the charge's words after the verb at k ("with ...", "at" or
 * "before" a court), then "and" opening a remand.  Returns the index of
 * that "and", or k when the charge's words end otherwise. */
static size_t past_charge_words(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "with"))
        return k;
    for (size_t m = k + 1; m < c->n && m <= k + 16; m++) {
        if (c->qty_at[m] || tok(c, m, ",") || tok(c, m, ";") || tok(c, m, ".") ||
            has(c, m, LC_STOP) || has(c, m, LC_NEG) || has(c, m, LC_SAY))
            return k;
        if (!tok(c, m, "and"))
            continue;
        size_t v = m + 1;
        while (v < c->n && has(c, v, LC_AUX) && !trigger_at(c, v))
            v++;
        const struct trigger *x = trigger_at(c, v);
        if (x && x->t0 == v && remand(c, x))
            return m;
    }
    return k;
}

/* "were shot in the chest and later died", "were hit in the head and
 * neck with tear gas canisters and died of their injuries": a wound whose
 * bearers died after it, in the same clause and with no new subject.  The
 * death is their fate, so the count is of the dead: an injured count beside
 * it would count the same people as living.  Returns the death's trigger,
 * else NULL. */
static const struct trigger *later_death(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const adverbs[] = {"later", "subsequently", "then", "eventually",
                                          "soon", "afterwards", "both", "all", NULL};
    if (tr->e->what != VG_INJURED || tr->e->kind != F_VERB)
        return NULL;
    for (size_t k = tr->t1; k < c->n && k < tr->t1 + 16; k++) {
        if (c->qty_at[k] || tok(c, k, ",") || tok(c, k, ";") || tok(c, k, ".") ||
            has(c, k, LC_SAY) || has(c, k, LC_NEG))
            return NULL;
        if (!tok(c, k, "and"))
            continue;
        size_t m = k + 1;
        while (m < c->n && m < k + 4 && (tok_in(c, m, adverbs) || has(c, m, LC_AUX)) &&
               !trigger_at(c, m))
            m++;
        const struct trigger *x = trigger_at(c, m);
        if (x && x->t0 == m && x->e->what == VG_KILLED &&
            (x->e->kind == F_INTRANS || tok(c, m, "died")))
            return x;
    }
    return NULL;
}

/* Does the active verb of trigger x take a count of its own as object,
 * a few words on ("released the remaining 20", "freed 12 of them")? */
static int object_count(const struct sentence_ctx *c, const struct trigger *x) {
    if (x->e->kind != F_VERB)
        return 0;
    for (size_t k = x->t1; k < c->n && k < x->t1 + 3; k++) {
        if (c->qty_at[k])
            return 1;
        if (c->t[k].kind != TK_WORD || trigger_at(c, k))
            return 0;
    }
    return 0;
}

static const struct trigger *second_outcome(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const steps[] = {"questioned", "interrogated", "searched",
                                        "fingerprinted", "photographed", "processed",
                                        "identified", "warned", "cautioned", "registered",
                                        "profiled", "screened", NULL};
    size_t k = tr->t1;
    for (int n = 0; n < 2 && k < c->n && !is_be(c, k) &&
                    (has(c, k, LC_AUX) || (see_through(c, k) && !tok_in(c, k, steps)));
         n++)
        k++; /* "detained briefly and released" */
    if (k == tr->t1 && tr->t1 > tr->t0 + 1 && tok(c, k - 1, "of"))
        k--; /* "accused of looting and released": the charge runs on from "of" */
    k = past_time_phrase(c, k);
    if (tr->e->what == VG_CHARGED)
        k = past_charge_words(c, k);
    int earlier = 0;
    if ((tok(c, k, "before") || tok(c, k, "after")) && stage_link(c, k)) {
        earlier = tok(c, k, "after");
        k++; /* "being", "having been": auxiliaries, passed below */
        if (tok(c, k, "they"))
            k++; /* "after they were arrested": the same people */
    } else if (tok(c, k, "and") || tok(c, k, ",") || tok(c, k, "but")) {
        k++; /* "arrested and charged", "in jail, facing charges" */
        if (tok(c, k - 1, ",") && (tok(c, k, "but") || tok(c, k, "and")))
            k++; /* "detained, but later freed", "held on Sunday, and released" */
    } else {
        return NULL;
    }
    if (tok(c, k, "then") || tok(c, k, "were") || tok(c, k, "was"))
        k++;
    while (k < c->n && (has(c, k, LC_AUX) || see_through(c, k) || tok(c, k, "each")) &&
           !trigger_at(c, k))
        k++; /* "and yesterday charged", "and were formally charged", "and were each
              * granted bail"; not "being held" */
    if (tok_in(c, k, steps) && (tok(c, k + 1, "and") || tok(c, k + 1, ","))) {
        k += 2; /* "held, questioned and released" */
        while (k < c->n && has(c, k, LC_AUX))
            k++;
    }
    const struct trigger *t2 = trigger_at(c, k);
    const struct trigger *gone = their_fate(c, k);
    if (gone && tr->e->what != VG_MISSING)
        return gone; /* "arrested and their whereabouts remain unknown" */
    if (!t2 || (t2->e->kind != F_VERB && t2->e->kind != F_STATE))
        return NULL;
    if (object_count(c, t2))
        return NULL; /* "kept 19 in custody and released the remaining 20": others */
    if (tok(c, tr->t1, ",") && (tok(c, t2->t1, "or") || tok(c, t2->t1, ",")))
        return NULL; /* "arrested, charged or sentenced": one count */
    /* "dozens injured and detained", "were arrested and wounded": hurt
     * and held, both true of the same people (GUIDELINES.md gives both
     * outcomes of "A and subsequently B"), */
    static const char *const hurt[] = {"injured", "wounded", "hurt", "sustained", "suffered",
                                       NULL}; /* "sustained gunshot wounds and were held" */
    if ((tr->e->what == VG_INJURED && tok_in(c, tr->t0, hurt) && t2->e->what == VG_DETAINED) ||
        (tr->e->what == VG_DETAINED && t2->e->what == VG_INJURED && tok_in(c, t2->t0, hurt)))
        return t2; /* not "detained and beaten": a beating is no count of injured */
    /* Only a later stage of the same case: arrested, then charged,
     * sentenced or released. */
    /* "jailed, facing prosecution": custody before trial, then the charge */
    int a = stage_of(jailed_so_far(c, tr) ? VG_DETAINED : tr->e->what);
    int b = stage_of(t2->e->what);
    if (earlier)
        return a && b && b < a ? t2 : NULL;
    if (tr->e->what == VG_CHARGED && remand(c, t2))
        return t2; /* "charged and remanded in custody": custody before trial */
    if (tok(c, k - 1, "and") && both_fates(tr->e->what, t2->e->what))
        return t2; /* "were injured and arrested" */
    return a && b && b > a ? t2 : NULL;
}

/* "arrested 27 people, all of whom were released by evening", "40 were
 * detained, both of them later freed": a clause of the whole count,
 * right after the outcome phrase or the count's noun ending at `end`,
 * naming a later stage of the same case or a fate after custody. */
static const struct trigger *whole_relative_then(const struct sentence_ctx *c, size_t end,
                                                 const struct trigger *tr) {
    static const char *const adverbs[] = {"later", "since", "subsequently", "eventually",
                                          "then", "all", "afterwards", NULL};
    size_t k = end;
    while (k < c->n && k < end + 6 && !tok(c, k, ",")) {
        if (trigger_at(c, k) || c->qty_at[k] || has(c, k, LC_STOP) || tok(c, k, "and"))
            return NULL; /* "detained 27 people in Kisumu, all of whom ...": words only */
        k++;
    }
    if (!tok(c, k, ",") || !(tok(c, k + 1, "all") || tok(c, k + 1, "both")) ||
        !tok(c, k + 2, "of") || !(tok(c, k + 3, "whom") || tok(c, k + 3, "them")))
        return NULL;
    k += 4;
    while (k < c->n && (has(c, k, LC_AUX) || tok_in(c, k, adverbs)) && !trigger_at(c, k))
        k++;
    const struct trigger *t2 = trigger_at(c, k);
    if (!t2 || t2->t0 != k || (t2->e->kind != F_VERB && t2->e->kind != F_STATE))
        return NULL;
    uint8_t a = tr->e->what, b = t2->e->what;
    int fate = a == VG_DETAINED && (b == VG_MISSING || b == VG_KILLED || b == VG_INJURED);
    return fate || (stage_of(a) && stage_of(b) > stage_of(a)) ? t2 : NULL;
}

/* "Police detained 26 people in Gulu and later released them", "arrested
 * 33 protesters but released them hours later", "held 15 people before
 * releasing them": a second active verb whose object "them" is the count
 * the first verb took.  tr is that first verb, end the first token after
 * the count's noun phrase.  Returns the second verb when it is a later
 * stage of the same case (after "after", an earlier one), else NULL. */
static const struct trigger *object_again_what(const struct sentence_ctx *c, size_t end,
                                               uint8_t what, int hops) {
    size_t k = SIZE_MAX;
    size_t reach = hops ? 8 : 14; /* after a hop, a place of transfer between */
    for (size_t m = end; m < c->n && m <= end + reach; m++) {
        const struct trigger *same = trigger_at(c, m);
        if (same && same->e->what == what && same->e->kind != F_VERB) {
            m = same->t1 - 1; /* "took 25 medics into custody and ...": the
                               * first verb's own phrase */
            continue;
        }
        if (tok(c, m, "and") || tok(c, m, "but") || tok(c, m, "before") || tok(c, m, "after")) {
            k = m;
            break;
        }
        if (tok(c, m, ",") && (tok(c, m + 1, "and") || tok(c, m + 1, "but"))) {
            k = m + 1; /* "arrested 49 people in the capital, and charged them" */
            break;
        }
        if (trigger_at(c, m) || c->qty_at[m] || tok(c, m, ",") || tok(c, m, ";") ||
            tok(c, m, ".") || tok(c, m, ":") || has(c, m, LC_STOP) || has(c, m, LC_SAY) ||
            has(c, m, LC_NEG) || tok(c, m, "who") || tok(c, m, "which") || tok(c, m, "that"))
            return NULL;
    }
    if (k == SIZE_MAX)
        return NULL;
    int ing = tok(c, k, "before") || tok(c, k, "after"), earlier = tok(c, k, "after");
    k++;
    while (k < c->n && has(c, k, LC_AUX) && !is_be(c, k))
        k++; /* "later", "then", "subsequently" */
    const struct trigger *t2 = trigger_at(c, k);
    if (!t2 && hops > 0 && !earlier && k + 1 < c->n && plain_word(c, k) && !has(c, k, LC_SAY) &&
        tok(c, k + 1, "them"))
        return object_again_what(c, k + 2, what, hops - 1); /* "and transferred them
                                                            * to the station before
                                                            * releasing them" */
    if (!t2 || t2->e->kind != F_VERB || (ing && !ing_form(c, t2->t1 - 1)))
        return NULL;
    size_t o = t2->t1;
    if (tok(c, o, "all") && tok(c, o + 1, "of"))
        o += 2; /* "released all of them" */
    if (!tok(c, o, "them"))
        return NULL;
    int a = stage_of(what), b = stage_of(t2->e->what);
    if (earlier)
        return a && b && b < a ? t2 : NULL;
    if (what == VG_CHARGED && !ing && tok(c, t2->t0, "remanded") &&
        (tok(c, o + 1, "until") || tok(c, o + 1, "till") ||
         ((tok(c, o + 1, "in") || tok(c, o + 1, "to")) &&
          (tok(c, o + 2, "custody") || past_custody_place(c, o + 2) > o + 2))))
        return t2; /* "charged 19 activists and remanded them in custody" */
    return a && b && b > a ? t2 : NULL;
}

static const struct trigger *object_again(const struct sentence_ctx *c, size_t end,
                                          const struct trigger *tr) {
    return object_again_what(c, end, tr->e->what, 1);
}

/* «доставлены 6 граждан, которые после беседы отпущены», «задержали 12
 * человек, которых позже отпустили»: a Russian relative clause right after
 * the count's noun phrase (end) whose verb is a later stage of the same
 * case as tr.  Returns that verb, or NULL.  A negation, a count, a stop
 * word or an attribution in the clause ends the search. */
static const struct trigger *ru_relative_then(const struct sentence_ctx *c, size_t end,
                                              const struct trigger *tr) {
    if (end + 2 >= c->n || !tok(c, end, ",") || !cyrillic_at(c, end + 1) ||
        !(tok(c, end + 1, "которые") || tok(c, end + 1, "которых") || tok(c, end + 1, "кого")))
        return NULL;
    for (size_t k = end + 2; k < c->n && k < end + 14; k++) {
        if (c->qty_at[k] || has(c, k, LC_STOP) || has(c, k, LC_NEG) || has(c, k, LC_SAY) ||
            tok(c, k, ";") || tok(c, k, ".") || has(c, k, LC_REL))
            return NULL;
        const struct trigger *t2 = trigger_at(c, k);
        if (!t2)
            continue;
        if (t2->e->kind != F_VERB)
            return NULL;
        int a = stage_of(tr->e->what), b = stage_of(t2->e->what);
        return a && b && b > a ? t2 : NULL;
    }
    return NULL;
}

/* «задержанных было трое, их отпустили к родителям», «задержали 40
 * человек, но позже всех их отпустили»: «их» (or «всех») later in the
 * sentence, right before an active verb of a later stage of the case
 * `what` the count has.  No other count, trigger, stop word, negation or
 * attribution stands between the count's noun phrase (end) and «их».
 * Returns that verb, or NULL. */
static const struct trigger *ru_them_again(const struct sentence_ctx *c, size_t end,
                                           uint8_t what) {
    for (size_t k = end; k < c->n && k < end + 10; k++) {
        if (tok(c, k, "но") || tok(c, k, "а") || tok(c, k, "и"))
            continue; /* «…, но позже их отпустили» */
        if (c->qty_at[k] || trigger_at(c, k) || has(c, k, LC_STOP) || has(c, k, LC_NEG) ||
            has(c, k, LC_SAY) || has(c, k, LC_REL) || tok(c, k, ";") || tok(c, k, ".") ||
            tok(c, k, ":") || !(cyrillic_at(c, k) || c->t[k].kind != TK_WORD))
            return NULL;
        if (!(tok(c, k, "их") || (tok(c, k, "всех") && tok(c, k + 1, "их"))))
            continue;
        size_t m = tok(c, k, "всех") ? k + 2 : k + 1;
        while (m < c->n && m < k + 4 && has(c, m, LC_AUX) && cyrillic_at(c, m))
            m++; /* «их затем отпустили» */
        const struct trigger *t2 = trigger_at(c, m);
        if (!t2 || t2->e->kind != F_VERB || aux_before(c, m, k) > 0)
            return NULL;
        int a = stage_of(what), b = stage_of(t2->e->what);
        return a && b && b > a ? t2 : NULL;
    }
    return NULL;
}

/* Is the word before i the "have" of an active perfect ("police have
 * arrested and charged"), not the "been" of a passive? */
static int perfect_before(const struct sentence_ctx *c, size_t i) {
    static const char *const have[] = {"have", "has", "had", NULL};
    return i > 0 && tok_in(c, i - 1, have);
}

/* "Police arrested and charged 14 people", "detained and later released
 * 40": an active verb of an earlier stage of the same case, joined by
 * "and" or a comma, before the verb tr that takes the count.  Returns it,
 * or NULL. */
static const struct trigger *verb_before(const struct sentence_ctx *c, const struct trigger *tr) {
    size_t k = tr->t0;
    while (k > 0 && has(c, k - 1, LC_AUX) && !is_be(c, k - 1))
        k--; /* "later", "then", "subsequently" */
    if (k < 2 || !(tok(c, k - 1, "and") || tok(c, k - 1, ",")))
        return NULL;
    const struct trigger *t1 = trigger_ending(c, k - 1);
    if (!t1 || t1->e->kind != F_VERB ||
        (!perfect_before(c, t1->t0) && aux_before(c, t1->t0, 0) != 0))
        return NULL; /* "were arrested and charged": a passive before */
    int a = stage_of(t1->e->what), b = stage_of(tr->e->what);
    if (tok(c, k - 1, "and") && both_fates(t1->e->what, tr->e->what))
        return t1; /* "injured and detained 12 people" */
    return a && b && a < b ? t1 : NULL;
}

/* "the detention and subsequent release of seven journalists": an event
 * noun of an earlier stage joined by "and" before the event noun tr that
 * takes the count, with at most an adjective of sequence between.  The
 * count underwent both (GUIDELINES.md: "A and subsequently B").  Returns
 * that earlier noun, or NULL. */
static const struct trigger *event_before(const struct sentence_ctx *c,
                                          const struct trigger *tr) {
    static const char *const seq[] = {"subsequent", "later", "eventual", "ensuing", "then",
                                      NULL};
    size_t k = tr->t0;
    if (k > 0 && tok_in(c, k - 1, seq))
        k--;
    if (k < 2 || !tok(c, k - 1, "and"))
        return NULL;
    const struct trigger *t1 = trigger_ending(c, k - 1);
    if (!t1 || t1->e->kind != F_EVENT || tr->e->kind != F_EVENT)
        return NULL;
    int a = stage_of(t1->e->what), b = stage_of(tr->e->what);
    return a && b && a < b ? t1 : NULL;
}

/* "dozens of injuries and arrests", "40 arrests and injuries": a second
 * noun of events joined by "and" right after the event noun tr that takes
 * the count shares the count when the two are fates that do not sum to
 * one toll: hurt and held, or two stages of a case.  "deaths and injuries"
 * stay one count of casualties, as "killed and wounded 30" does (case
 * 121); a noun that heads a clause of its own ("and injuries were
 * reported") takes no count.  Returns the second noun, or NULL. */
static const struct trigger *event_after(const struct sentence_ctx *c,
                                         const struct trigger *tr) {
    size_t k = tr->t1;
    if (tr->e->kind != F_EVENT || k + 1 >= c->n || !tok(c, k, "and"))
        return NULL;
    const struct trigger *t2 = trigger_at(c, k + 1);
    if (!t2 || t2->t0 != k + 1 || t2->e->kind != F_EVENT || t2->e->what == tr->e->what)
        return NULL;
    if (t2->t1 < c->n && (has(c, t2->t1, LC_AUX) || trigger_at(c, t2->t1)))
        return NULL;
    uint8_t a = tr->e->what, b = t2->e->what;
    if ((a == VG_INJURED && b == VG_DETAINED) || (a == VG_DETAINED && b == VG_INJURED))
        return t2;
    return stage_of(a) && stage_of(b) && stage_of(a) < stage_of(b) ? t2 : NULL;
}

/* Are the quantities between the a-th and the b-th all counts of things
 * with a noun that names no people ("across 30 university campuses", "in
 * 35 cities")? */
static int things_between(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a + 1 >= b)
        return 0;
    for (size_t m = a + 1; m < b; m++) {
        struct head mh;
        read_head(c, &c->q[m], &mh);
        if (!mh.reject && !(mh.has_noun && mh.who < 0 && !mh.out))
            return 0;
    }
    return 1;
}

/* ", with more than 2,100 in Moscow": after a comma, "with" and a bare
 * count (or one of people) set in a named place give the part of the count
 * before it that the place holds.  "clashed with 300 police in Kazan" has
 * no comma; a count with an outcome of its own is no part. */
static int with_place_item(const struct sentence_ctx *c, const struct quantity *q,
                           const struct head *h) {
    size_t t0 = q->t0, e = h->end;
    if (t0 < 2 || !tok(c, t0 - 1, "with") || !tok(c, t0 - 2, ",") || h->out || h->reject ||
        (h->has_noun && h->who != VG_WHO_PEOPLE && h->who != VG_WHO_PROTESTERS) ||
        e + 1 >= c->n || !(tok(c, e, "in") || tok(c, e, "at")))
        return 0;
    size_t k = tok(c, e + 1, "the") ? e + 2 : e + 1;
    return k < c->n && c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP);
}

/* Does the quantity stand where a part of the count before it is named:
 * "among them 7 minors", "including 3 children", "nine of them"? */
static int part_of_previous(const struct sentence_ctx *c, const struct quantity *q,
                            const struct head *h) {
    size_t t0 = q->t0;
    if (h->partitive)
        return 1;
    size_t p = t0 >= 1 && tok(c, t0 - 1, "the") ? t0 - 1 : t0; /* "including the 3 journalists" */
    if (p >= 1 && tok(c, p - 1, ".") && p >= 2 && tok(c, p - 2, "incl"))
        p--; /* "incl. 2 journalists", as posts abbreviate it */
    if (p >= 1 && (tok(c, p - 1, "including") || tok(c, p - 1, "incl")))
        return 1;
    if (t0 >= 2 && tok(c, t0 - 1, "them") && tok(c, t0 - 2, "among"))
        return 1;
    if (t0 >= 3 && tok(c, t0 - 1, "them") && tok(c, t0 - 2, "of") &&
        (tok(c, t0 - 3, ",") || tok(c, t0 - 3, ";")))
        return 1; /* "detained 312, of them 41 minors", as translations put it */
    if (t0 >= 1 && tok(c, t0 - 1, "with") && tok(c, h->end, "among") &&
        (tok(c, h->end + 1, "them") || tok(c, h->end + 1, "those")))
        return 1; /* "detained 40 people, with six children among them" */
    if (part_before(c, t0, PART_PRE))
        return 1; /* "из них 11 несовершеннолетних", "в том числе двое" */
    if (with_place_item(c, q, h))
        return 1; /* "detained across 63 cities, with more than 2,100 in Moscow" */
    if (t0 >= 2 && tok(c, t0 - 1, "whom") && (tok(c, t0 - 2, "of") || tok(c, t0 - 2, "among")))
        return 1;
    if (t0 >= 2 && tok(c, t0 - 1, "which") && tok(c, t0 - 2, "of"))
        return 1; /* "7000 prisoners were freed, of which 300 were political prisoners" */
    return 0;
}

/* Does a participle of description start at token e, "identified as",
 * "described as", "listed as members of": who the people are, no predicate
 * of theirs?  Not when an outcome follows "as" ("listed as missing"). */
static int described_as(const struct sentence_ctx *c, size_t e) {
    if (e + 2 >= c->n || !tok(c, e + 1, "as") || !plain_word(c, e) || trigger_at(c, e) ||
        trigger_at(c, e + 2) || has(c, e, LC_SAY))
        return 0;
    const struct vg_str w = c->t[e].fold;
    if (w.len <= 4 || memcmp(w.ptr + w.len - 2, "ed", 2) != 0)
        return 0;
    static const char *const ends[] = {"after", "before", "during", "in", "on", "at", "near",
                                       "outside", "since", NULL};
    for (size_t k = e + 2; k < c->n && k < e + 10; k++) {
        if (c->t[k].kind == TK_PUNCT || (k > e + 2 && tok_in(c, k, ends)))
            return 1; /* "... as stone throwers after the march" */
        if (is_be(c, k) || has(c, k, LC_AUX) || trigger_at(c, k) || c->qty_at[k])
            return 0; /* "11 people identified as organisers were questioned" */
    }
    return 0;
}

static int dash_at(const struct sentence_ctx *c, size_t k);

/* Does a present participle of description start at token e and close
 * the item, "supporting Varnel", "backing the home side": whom the people
 * follow, no predicate of theirs?  It runs up to the item's end (a comma,
 * dash, "and", a bracket or the sentence's end) without an outcome, a
 * count, a verb of saying or an auxiliary ("and two carrying flags were
 * held" has a predicate of its own). */
static int describing_participle(const struct sentence_ctx *c, const struct head *h, size_t e) {
    if (!h->has_noun || e + 1 >= c->n || !plain_word(c, e) || trigger_at(c, e) ||
        has(c, e, LC_SAY))
        return 0;
    const struct vg_str w = c->t[e].fold;
    if (w.len <= 5 || memcmp(w.ptr + w.len - 3, "ing", 3) != 0)
        return 0;
    for (size_t k = e + 1; k < c->n && k < e + 6; k++) {
        if (k > e + 1 && (tok(c, k, ",") || tok(c, k, "and") || tok(c, k, ")") ||
                          tok(c, k, ".") || dash_at(c, k)))
            return 1;
        if (c->t[k].kind == TK_PUNCT || is_be(c, k) || has(c, k, LC_AUX) ||
            trigger_at(c, k) || c->qty_at[k] || has(c, k, LC_SAY))
            return 0;
    }
    return 0;
}

/* Does nothing of its own follow the noun phrase but a place or a time:
 * "and 96 in Ankara", not "and two had their cards deleted"? */
static int bare(const struct sentence_ctx *c, const struct head *h) {
    static const char *const after[] = {"in", "on", "at", "from", "with", "across", "near",
                                        "outside", "during", "after", "before", "by", "for",
                                        "since", "inside", "around", "yesterday", "today",
                                        "overnight", "respectively", "and", "or",
                                        "over", "throughout", "within", "until", "under",
                                        "each", "apiece", "в", "во", "на", "из", "у", "под", NULL};
    size_t e = h->end;
    if (e >= c->n || c->t[e].kind == TK_PUNCT)
        return 1;
    for (const char *const *w = after; *w; w++)
        if (tok(c, e, *w))
            return 1;
    if (described_as(c, e))
        return 1; /* "and 11 individuals identified as anarchists" */
    if (e + 2 < c->n && ((tok(c, e, "due") && tok(c, e + 1, "to")) ||
                         (tok(c, e, "owing") && tok(c, e + 1, "to")) ||
                         (tok(c, e, "because") && tok(c, e + 1, "of"))) &&
        !tok(c, e + 2, "be") && !tok(c, e + 2, "appear") && !tok(c, e + 2, "stand"))
        return 1; /* "11 people due to traffic accidents": the cause; not "due to
                   * be sentenced", a predicate of its own */
    if (describing_participle(c, h, e))
        return 1; /* "and two locals supporting the home side" */
    if (relative_day(c, e))
        return 1; /* "and 19 the day before" */
    if (tok(c, e, "aged") && e + 1 < c->n && c->t[e + 1].kind == TK_NUM)
        return 1; /* "and 9 children under 18 years old": their age */
    if (tok(c, e, "aged") && e + 2 < c->n && c->t[e + 2].kind == TK_NUM &&
        (tok(c, e + 1, "between") || tok(c, e + 1, "from") || tok(c, e + 1, "under") ||
         tok(c, e + 1, "over")))
        return 1; /* "and 71 women aged between 12 and 54" */
    if (tok(c, e, "between") && tok(c, e + 1, "the") &&
        (tok(c, e + 2, "ages") || tok(c, e + 2, "age")))
        return 1; /* "and four women between the ages of 17 and 56" */
    /* "accusing 59 men and 30 women of attacking police", "... of
     * vandalism.": the offence, not a whole the count is taken from */
    if (tok(c, e, "of") && e + 1 < c->n && c->t[e + 1].kind == TK_WORD &&
        !(c->t[e + 1].flags & TF_CAP) && !has(c, e + 1, LC_FUNC) &&
        ((c->t[e + 1].fold.len > 4 &&
          memcmp(c->t[e + 1].fold.ptr + c->t[e + 1].fold.len - 3, "ing", 3) == 0) ||
         e + 2 >= c->n || c->t[e + 2].kind == TK_PUNCT))
        return 1;
    /* "two members of the brigade, seven officers of the Intervention Unit
     * and": the body people belong to, up to the list's next comma. */
    if (tok(c, e, "of") && h->who >= 0 && !h->out) {
        size_t k = e + 1;
        if (tok(c, k, "the"))
            k++;
        for (size_t end = k + 5; k < c->n && k < end; k++) {
            if (tok(c, k, ",") || tok(c, k, "and") || tok(c, k, ".") || tok(c, k, ";"))
                return k > e + 1 && !tok(c, k - 1, "the") && !tok(c, k - 1, "a") &&
                       !tok(c, k - 1, "an");
            /* The body's words may be a noun phrase's own ("of the
             * opposition", "of the armed forces"). */
            if (c->t[k].kind != TK_WORD || c->qty_at[k] || trigger_at(c, k) ||
                has(c, k, LC_STOP) || has(c, k, LC_SAY) || has(c, k, LC_AUX))
                return 0;
        }
    }
    return 0;
}

/* A dash or colon that opens a breakdown: "140 people – 90 in Nairobi". */
static int dash_at(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "\xe2\x80\x93") || tok(c, k, "\xe2\x80\x94") || tok(c, k, ":") ||
           (tok(c, k, "-") && (c->t[k].flags & TF_SPACE));
}

/* Is the quantity inside a parenthesis opened after the count before it:
 * "77 arrests (Paris 41, Lyon 20)"? */
static int in_tally(const struct sentence_ctx *c, const struct quantity *q,
                    const struct binding *out, size_t n_out) {
    size_t t0 = q->t0;
    if (t0 < 2 || !(tok(c, t0 - 1, "(") || tok(c, t0 - 1, ",") || tok(c, t0 - 1, ":") ||
                    ((c->t[t0 - 1].flags & TF_CAP) && c->t[t0 - 1].kind == TK_WORD)))
        return 0;
    size_t open = SIZE_MAX;
    for (size_t k = t0; k-- > 0;) {
        if (tok(c, k, ")") || trigger_at(c, k))
            return 0;
        if (tok(c, k, "(")) {
            open = k;
            break;
        }
    }
    for (size_t i = 0; open != SIZE_MAX && i < n_out; i++) {
        size_t end = c->q[out[i].q].t1;
        if (end <= open && open <= end + 2)
            return 1; /* opened just after a count's noun: its breakdown */
    }
    return 0;
}

/* "77 protesters were arrested under the new law (50 men and 27 women).":
 * a count of people opening a bracket that closes the sentence, after the
 * clause of an earlier count, breaks that count down by group.  Is the
 * quantity the first item of such a bracket? */
static int closing_breakdown(const struct sentence_ctx *c, const struct quantity *q,
                             const struct head *h, const struct binding *last) {
    size_t open = q->t0 - 1;
    if (q->t0 < 2 || !tok(c, open, "(") || h->who < 0 || !h->has_noun || h->reject ||
        h->out || c->q[last->q].t1 > open)
        return 0;
    size_t k = q->t0;
    while (k < c->n && !tok(c, k, ")")) {
        if (trigger_at(c, k) || tok(c, k, "("))
            return 0;
        k++;
    }
    return k < c->n && (k + 1 == c->n || tok(c, k + 1, ".") || tok(c, k + 1, ";"));
}

/* «больше всего задержаний — в Минске (29) и Гомеле (8)», "arrests in
 * Paris (41) and Lyon (20)": a bare count in brackets right after a
 * capitalised name, in a list that an outcome opens.  Walking back over
 * names, «в», «и», commas, dashes and the earlier bracketed items, the
 * first outcome word met names the outcome (a count with a noun met
 * first gives that count's outcome, from `out`).  Returns the outcome, or
 * VG_WHAT_NONE. */
static int paren_tally(const struct sentence_ctx *c, const struct quantity *q,
                       const struct head *h, const struct binding *out, size_t n_out) {
    size_t t0 = q->t0;
    if (t0 < 3 || h->has_noun || !tok(c, t0 - 1, "(") || q->t1 >= c->n || !tok(c, q->t1, ")") ||
        c->t[t0 - 2].kind != TK_WORD || !(c->t[t0 - 2].flags & TF_CAP))
        return VG_WHAT_NONE;
    int depth = 0; /* inside an earlier bracketed item */
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < 24; steps++) {
        if (tok(c, k, ")")) {
            depth++;
            continue;
        }
        if (tok(c, k, "(")) {
            if (depth-- == 0)
                return VG_WHAT_NONE;
            continue;
        }
        if (depth > 0) {
            if (!c->qty_at[k] && c->t[k].kind != TK_NUM)
                return VG_WHAT_NONE; /* a bracket of words, no tally */
            continue;
        }
        for (size_t i = 0; i < n_out; i++) {
            struct head hb;
            read_head(c, &c->q[out[i].q], &hb);
            if (hb.end == k + 1)
                return out[i].what; /* «задержаны 42 человека: в Минске (29) …» */
        }
        const struct trigger *x = trigger_at(c, k);
        if (!x)
            x = trigger_ending(c, k + 1);
        if (x && verb_of_gatherings(c, x))
            return VG_WHAT_NONE; /* "Protests were held in Nakuru (3)": no one held */
        if (x && x->e->kind != F_STATE)
            return x->e->what;
        if (c->qty_at[k])
            return VG_WHAT_NONE;
        if (dash_at(c, k) || tok(c, k, ",") || tok(c, k, "в") || tok(c, k, "во") ||
            tok(c, k, "и") || tok(c, k, "in") || tok(c, k, "and") ||
            (c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP)))
            continue;
        return VG_WHAT_NONE;
    }
    return VG_WHAT_NONE;
}

/* "Rallies were held in Tomsk (300 people), Omsk (120 people) and Kazan
 * (90)": a count of people in brackets right after a capitalised name, in
 * a list of places that a word of gatherings opens.  Walking back over
 * the names, "in", "and", commas, the earlier bracketed items and "were
 * held" / "took place", a word of gatherings must come first.  Each item
 * is a crowd of its own place (GUIDELINES.md: a tally per city). */
static int rally_brackets(const struct sentence_ctx *c, const struct quantity *q,
                          const struct head *h) {
    static const char *const passing[] = {"in", "at", "and", ",", "were", "was", "held",
                                          "took", "place", "staged", NULL};
    size_t t0 = q->t0;
    if (t0 < 3 || h->reject || h->out || h->end >= c->n || !tok(c, h->end, ")") ||
        !tok(c, t0 - 1, "(") || c->t[t0 - 2].kind != TK_WORD || !(c->t[t0 - 2].flags & TF_CAP) ||
        (h->has_noun && h->who != VG_WHO_PEOPLE && h->who != VG_WHO_PROTESTERS))
        return 0;
    int depth = 0; /* inside an earlier bracketed item */
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < 32; steps++) {
        if (tok(c, k, ")")) {
            depth++;
            continue;
        }
        if (tok(c, k, "(")) {
            if (depth-- == 0)
                return 0;
            continue;
        }
        if (depth > 0)
            continue;
        if (gathering_word(c, k))
            return 1;
        if (c->qty_at[k] || !(tok_in(c, k, passing) ||
                              (c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP))))
            return 0;
    }
    return 0;
}

/* Is the trigger at k a gathering's own verb, "who had gathered" or "who
 * marched", which a relative clause about the people counted may hold? */
static int gathering_verb(const struct sentence_ctx *c, size_t k) {
    const struct trigger *x = trigger_at(c, k);
    return x && x->e->what == VG_PARTICIPANTS && x->e->kind == F_INTRANS;
}

/* "Police detained 33 students; they were released that evening", "...,
 * and all of them were later charged", "detained 27 workers who had
 * gathered at the gate; all were freed", "arrested six activists and
 * returned them to Kenya, where they were charged": "they" (or "all of
 * them", "all") opening the next clause, a passive of a later stage of the
 * case `what` the count has.  Only the clause's opening, or the people's
 * own relative clause up to a semicolon, stands between the count's noun
 * phrase (end) and the pronoun.  Returns that verb, or NULL. */
static const struct trigger *they_again(const struct sentence_ctx *c, size_t end, uint8_t what) {
    size_t k = end, reach = 10, relative = 0;
    while (k < c->n && k < end + reach && !tok(c, k, ";") &&
           (relative || !tok(c, k, ","))) {
        if ((tok(c, k, "who") || tok(c, k, "which")) && k == end && !relative) {
            relative = 1; /* the people's own clause: to the semicolon */
            reach = 24;
        } else if (c->qty_at[k] || (trigger_at(c, k) && !(relative && gathering_verb(c, k))) ||
                   has(c, k, LC_STOP) || has(c, k, LC_NEG) || has(c, k, LC_SAY) ||
                   tok(c, k, ".") || tok(c, k, "who") || tok(c, k, "which")) {
            return NULL;
        }
        k++; /* "on Tuesday", "in Kisumu" */
    }
    if (k >= c->n || !(tok(c, k, ";") || tok(c, k, ",")))
        return NULL;
    k++;
    if (k < c->n && tok(c, k, "and"))
        k++;
    if (k < c->n && (tok(c, k, "where") || tok(c, k, "when")) && tok(c, k + 1, "they"))
        k++; /* "returned them to Kenya, where they were charged" */
    if (k + 2 < c->n && tok(c, k, "all") && tok(c, k + 1, "of") && tok(c, k + 2, "them"))
        k += 3;
    else if (k < c->n && tok(c, k, "they"))
        k++;
    else if (k + 1 < c->n && tok(c, k, "all") && is_be(c, k + 1))
        k++; /* "; all were released" */
    else
        return NULL;
    if (k < c->n && tok(c, k, "all"))
        k++; /* "they were all released" */
    size_t v = k;
    while (v < c->n && v < k + 4 && has(c, v, LC_AUX) && !trigger_at(c, v))
        v++;
    const struct trigger *t2 = trigger_at(c, v);
    if (!t2 || t2->e->kind != F_VERB || aux_before(c, v, k) <= 0)
        return NULL; /* a passive: "they were released", not "they released" */
    int a = stage_of(what), b = stage_of(t2->e->what);
    return a && b && b > a ? t2 : NULL;
}

/* «..., а организаторы — три тысячи»: one to three words naming a rival
 * counter, [a, t0 - 1), then a dash just before the count at t0. */
static int ru_rival(const struct sentence_ctx *c, size_t a, size_t t0) {
    if (t0 < a + 2 || t0 > a + 4 || !dash_at(c, t0 - 1))
        return 0;
    for (size_t k = a; k + 1 < t0; k++)
        if (!cyrillic_at(c, k) || trigger_at(c, k) || c->qty_at[k] || has(c, k, LC_STOP))
            return 0;
    return 1;
}

/* Is the quantity a second object or subject after "and": "23 people in
 * Belgrade and 7 in Novi Sad", "47 ... and 12 with malicious damage"? */
/* Is token k a noun of the protest itself ("since the protests began"),
 * which may stand between two counts of one outcome? */
static int event_noun(const struct sentence_ctx *c, size_t k) {
    const struct trigger *tr = trigger_at(c, k);
    return tr && tr->e->kind == F_TOLL && tr->e->what == VG_PARTICIPANTS;
}

/* Does a participle of its own, no outcome, describe the count's noun:
 * "42 identified offenders", "12 wanted men"? */
static int own_participle(const struct sentence_ctx *c, const struct quantity *q,
                          const struct head *h) {
    if (!h->has_noun || h->end != q->t1 + 2)
        return 0; /* not "two received community orders": a verb and its object */
    const struct vg_str w = c->t[q->t1].fold;
    return plain_word(c, q->t1) && !trigger_at(c, q->t1) && w.len > 4 &&
           memcmp(w.ptr + w.len - 2, "ed", 2) == 0;
}

static int coordinated_after(const struct sentence_ctx *c, const struct quantity *q,
                             const struct head *h, const struct binding *prev) {
    /* «6 журналистов и 3 правозащитника»: a second object; «и 10 в
     * Астане»: a second item of places. */
    size_t j = q->t0 < c->n && tok(c, q->t0, "from") ? q->t0 + 1 : q->t0; /* the qualifier read
                                                                          * as a range's start */
    while (j > 1 && (tok(c, j - 1, "only") || tok(c, j - 1, "just")))
        j--;
    /* "close to 900 arrests, but only 31 on Sunday"; "19 remained in
     * custody, down from 74 on Saturday": the same outcome, another count */
    size_t link_at = SIZE_MAX;
    if (j < q->t0 && j >= 2 && tok(c, j - 1, "but") && tok(c, j - 2, ","))
        link_at = j - 1;
    else if (j >= 3 && tok(c, j - 1, "from") && (tok(c, j - 2, "down") || tok(c, j - 2, "up")) &&
             tok(c, j - 3, ","))
        link_at = j - 2;
    if (link_at != SIZE_MAX && bare(c, h)) {
        /* The first count's outcome may be read twice ("presented with
         * gunshot wounds": the phrase and its last word): a trigger of
         * that outcome is no other predicate. */
        const struct trigger *pt = trigger_at(c, prev->trig);
        for (size_t k = c->q[prev->q].t1; k < link_at; k++)
            if (pt && k >= pt->t0 && k < pt->t1)
                continue; /* "admitted with": the outcome, not a speaker's "admitted" */
            else if ((trigger_at(c, k) && k != prev->trig && !event_noun(c, k) &&
                 trigger_at(c, k)->e->what != prev->what) ||
                tok(c, k, ";") || has(c, k, LC_STOP) || has(c, k, LC_SAY))
                return 0;
        return 1;
    }
    int ru_and = tok(c, q->t0 - 1, "и") &&
                 (h->has_noun || (h->end + 1 < c->n && (tok(c, h->end, "в") || tok(c, h->end, "во")) &&
                                  (c->t[h->end + 1].flags & TF_CAP)));
    size_t at = q->t0; /* "and perhaps more than 400": past a hedge */
    if (at > 1 && (tok(c, at - 1, "perhaps") || tok(c, at - 1, "possibly") ||
                   tok(c, at - 1, "maybe") || tok(c, at - 1, "probably")))
        at--;
    /* "Those arrested include two journalists; 14 students; and a
     * lawyer": the items of a list of people may stand between semicolons. */
    int list = prev->rule && rule_is(prev->rule, "among");
    /* "at least eight people were killed; three in Mlolongo, two in
     * Kitengela": a breakdown by place may open after a semicolon too */
    int places = at > 0 && tok(c, at - 1, ";") && h->end + 1 < c->n &&
                 (tok(c, h->end, "in") || tok(c, h->end, "at")) &&
                 c->t[h->end + 1].kind == TK_WORD && (c->t[h->end + 1].flags & TF_CAP);
    if (at == 0 || !(tok(c, at - 1, "and") || tok(c, at - 1, ",") || dash_at(c, at - 1) || ru_and ||
                     ((list || places) && tok(c, at - 1, ";"))))
        return 0;
    if (!bare(c, h))
        return 0;
    /* The first count's own outcome may stand between: "6 had been
     * detained in Gyumri and 20 in Yerevan". */
    const struct trigger *own = trigger_at(c, prev->trig);
    for (size_t k = c->q[prev->q].t1; k + 1 < q->t0; k++) {
        size_t sl;
        const struct trigger *x = trigger_at(c, k);
        if (own && x && x != own && x->t0 == own->t1 && x->e->kind == F_STATE &&
            own->e->kind == F_INTRANS)
            continue; /* "died in police custody, two in Gauteng": where they died */
        if (tok(c, k, "а") && tok(c, k - 1, ",") &&
            lex_match(c->lx, c->t, c->n, k + 1, LC_SAY, &sl))
            continue; /* another source's count: «…, а по словам очевидцев — 40» */
        if (tok(c, k, "а") && tok(c, k - 1, ",") && ru_rival(c, k + 1, q->t0))
            continue; /* «…, а организаторы — три тысячи» */
        if (list && tok(c, k, ";"))
            continue;
        if ((trigger_at(c, k) && k != prev->trig && !event_noun(c, k)) || tok(c, k, ";") || has(c, k, LC_STOP) ||
            has(c, k, LC_SAY))
            return 0;
    }
    int past = 0;
    for (size_t k = c->q[prev->q].t1; k + 1 < q->t0; k++) {
        if (h->has_noun && (tok(c, k, "who") || tok(c, k, "whom")))
            return 0; /* "14 students who had been detained, three parents": the
                       * clause is the students' own, the parents another item */
        past |= trigger_at(c, k) != NULL;
    }
    return past ? 2 : 1;
}

/* The separator before a name of one to six capitalised words (and "of")
 * ending at token e: a comma, "and" or ", and"; SIZE_MAX if none.  Sets
 * *words to the name's length. */
static size_t name_before(const struct sentence_ctx *c, size_t e, size_t *words) {
    size_t k = e;
    *words = 0;
    while (k > 0 && *words < 6 && c->t[k - 1].kind == TK_WORD && !c->qty_at[k - 1] &&
           !trigger_at(c, k - 1) &&
           (((c->t[k - 1].flags & TF_CAP) && !has(c, k - 1, LC_FUNC)) ||
            (tok(c, k - 1, "of") && *words && k >= 2 && (c->t[k - 2].flags & TF_CAP)))) {
        k--;
        (*words)++;
    }
    if (*words && k >= 3 && tok(c, k - 1, "the"))
        k--; /* "Mexico 18 and the Philippines 43" */
    if (!*words || k < 2)
        return SIZE_MAX;
    size_t sep = k - 1;
    if (tok(c, sep, "and") && sep > 0 && tok(c, sep - 1, ","))
        sep--;
    return tok(c, sep, ",") || tok(c, sep, "and") ? sep : SIZE_MAX;
}

/* The token after the count of a binding and the noun of events or
 * people right after it: "24" of "had 24 killings, Mexico 18" ends after
 * "killings", so the next item may follow it. */
static size_t count_noun_end(const struct sentence_ctx *c, const struct binding *b) {
    size_t e = c->q[b->q].t1;
    const struct trigger *tr = trigger_at(c, e);
    if (tr && tr->t0 == e && (tr->e->kind == F_EVENT || tr->e->kind == F_PEOPLE))
        return tr->t1;
    return e;
}

/* A tally of names with their counts, the verb given once: "Civil
 * Hospital is treating 100, Trauma Centre 59, Everest 102 and Bir Hospital
 * six", "Brazil had 24 killings, Mexico 18".  Is the quantity a bare count
 * right after a name, which a comma, "and" or ", and" joins to the count
 * before it? */
static int name_count_item(const struct sentence_ctx *c, const struct quantity *q,
                           const struct head *h, const struct binding *prev) {
    size_t t0 = q->t0, words = 0, skipped;
    if (h->has_noun || !bare(c, h) || !(q->t1 >= c->n || tok(c, q->t1, ",") ||
                                        tok(c, q->t1, ".") || tok(c, q->t1, "and") ||
                                        tok(c, q->t1, ";")))
        return 0;
    size_t sep = name_before(c, t0, &words);
    /* "Gandaki Medical College one, Birat Medical College four": an item
     * of one person, no figure of its own, stands between */
    while (sep != SIZE_MAX && sep >= 2 && (tok(c, sep - 1, "one") || tok(c, sep - 1, "1")) &&
           c->q[prev->q].t1 != sep)
        sep = name_before(c, sep - 1, &skipped);
    return words && sep != SIZE_MAX && (c->q[prev->q].t1 == sep || count_noun_end(c, prev) == sep);
}

/* A tally of places with their counts in brackets after the first count,
 * as commissions list the dead by county: "the highest number of deaths
 * at 21, Nakuru (3), Laikipia (2) and Kisumu (3)".  Is the quantity a bare
 * number alone in brackets right after a name, which a comma or "and"
 * joins to the count before it or to that count's own bracket? */
static int bracket_count_item(const struct sentence_ctx *c, const struct quantity *q,
                              const struct binding *prev) {
    size_t t0 = q->t0, t1 = q->t1, words = 0;
    if (t0 < 3 || t1 >= c->n || !tok(c, t0 - 1, "(") || !tok(c, t1, ")"))
        return 0;
    if (t1 + 1 < c->n && !(tok(c, t1 + 1, ",") || tok(c, t1 + 1, ".") || tok(c, t1 + 1, "and") ||
                           tok(c, t1 + 1, ";")))
        return 0;
    size_t sep = name_before(c, t0 - 1, &words);
    if (!words || sep == SIZE_MAX)
        return 0;
    size_t pe = c->q[prev->q].t1;
    return pe == sep || (pe + 1 == sep && tok(c, pe, ")"));
}

/* A list of sentences with the verb given once: "sentenced 53 people to
 * life imprisonment, three to 15 years and 37 to five years".  Is the
 * quantity, joined by a comma or "and" to what went before, followed by
 * "to" and a penalty, after a count sanctioned "to" a penalty of its own
 * earlier in the sentence? */
static int penalty_item(const struct sentence_ctx *c, const struct quantity *q,
                        const struct head *h, const struct binding *last) {
    static const char *const penalties[] = {"life", "death", "prison", "jail", "years",
                                            "months", "weeks", "days", NULL};
    size_t t0 = q->t0, e = h->has_noun ? h->end : q->t1;
    if (last->what != VG_SANCTIONED || t0 < 3 || !tok(c, e, "to") ||
        !(tok(c, t0 - 1, ",") || tok(c, t0 - 1, "and")))
        return 0;
    int penalty = 0;
    for (size_t m = e + 1; !penalty && m < c->n && m <= e + 3; m++)
        penalty = tok_in(c, m, penalties);
    if (!penalty)
        return 0;
    int to_before = 0; /* the first count's own "to" a penalty */
    for (size_t m = c->q[last->q].t1; m < t0; m++) {
        if (has(c, m, LC_STOP) || has(c, m, LC_SAY) || tok(c, m, ";"))
            return 0;
        for (size_t k = m + 1; tok(c, m, "to") && k < t0 && k <= m + 3; k++)
            to_before |= tok_in(c, k, penalties);
    }
    return to_before;
}

/* A tally whose verb is left out after the first item: "in Tehran
 * province, at least 48 citizens were arrested; in Kurdistan, 31; and in
 * Khuzestan, 19".  Is the quantity a bare number right after "in" or
 * "at", a capitalised place and a comma, the item opening after a
 * semicolon, a comma or "and", with a count bound earlier in the
 * sentence? */
static int gapped_item(const struct sentence_ctx *c, const struct quantity *q,
                       const struct head *h, const struct binding *last) {
    size_t t0 = q->t0;
    if (h->has_noun || !bare(c, h) || t0 < 4 || !tok(c, t0 - 1, ","))
        return 0;
    size_t k = t0 - 1, caps = 0;
    while (k > 0 && k + 8 > t0 &&
           (((c->t[k - 1].flags & TF_CAP) && c->t[k - 1].kind == TK_WORD) ||
            (tok(c, k - 1, "and") && caps > 0) || tok(c, k - 1, "province"))) {
        caps += (c->t[k - 1].flags & TF_CAP) != 0;
        k--;
    }
    if (!caps || k < 2 || !(tok(c, k - 1, "in") || tok(c, k - 1, "at")))
        return 0;
    size_t sep = k - 2;
    if (tok(c, sep, "and") && sep > 0)
        sep--;
    if (!(tok(c, sep, ";") || tok(c, sep, ",")) || c->q[last->q].t1 > sep)
        return 0;
    for (size_t m = c->q[last->q].t1; m < sep; m++)
        if (has(c, m, LC_STOP) || has(c, m, LC_SAY))
            return 0;
    return 1;
}

/* A second count whose verb is gapped: "22 people killed in Deraa, another
 * 15 elsewhere", "over 600 were held, and at least 210 without charge".  A
 * bare number after ", another" or ", and", followed by nothing but
 * "elsewhere" or a short adjunct up to the clause's end, is a count of the
 * same outcome as the count before it in the sentence. */
static int elliptic_item(const struct sentence_ctx *c, const struct quantity *q,
                         const struct head *h, const struct binding *last) {
    static const char *const preps[] = {"in", "at", "on", "across", "outside", "without",
                                        "from", "near", "around", NULL};
    size_t k = q->t0;
    int another = tok(c, k, "another");
    if (h->has_noun || k < 3)
        return 0;
    if (!another && tok(c, k - 1, "another")) {
        another = 1; /* the qualifier read apart from the number */
        k--;
    }
    int and_ = tok(c, k - 1, "and");
    if (and_)
        k--;
    if (!tok(c, k - 1, ",") || !(another || and_) || c->q[last->q].t1 > k - 1)
        return 0;
    for (size_t m = c->q[last->q].t1; m + 1 < k; m++)
        if (has(c, m, LC_STOP) || has(c, m, LC_SAY))
            return 0;
    size_t e = h->end;
    if (e < c->n && tok(c, e, "elsewhere")) {
        e++;
    } else if (relative_day(c, e)) {
        e += relative_day(c, e); /* "another 27 ..., and 19 the day before" */
    } else if (e < c->n && tok_in(c, e, preps)) {
        size_t lim = e + 5;
        for (e++; e < c->n && e < lim && c->t[e].kind != TK_PUNCT; e++)
            if (trigger_at(c, e) || has(c, e, LC_AUX))
                return 0;
    }
    return e >= c->n || c->t[e].kind == TK_PUNCT;
}

/* "documented 249 detentions, while it said another 133 had been
 * recorded by lawyers": "another" and a bare count, the subject of a
 * passive verb of record, add to the count before it in the sentence and
 * share its outcome.  The verb only says who counted, so a verb of saying
 * between the two counts does not part them. */
static int another_recorded(const struct sentence_ctx *c, const struct quantity *q,
                            const struct head *h, const struct binding *last) {
    static const char *const records[] = {"documented", "recorded", "registered", "counted",
                                          "logged", "verified", "confirmed", NULL};
    size_t k = q->t0;
    if (h->has_noun || !(tok(c, k, "another") || (k > 0 && tok(c, k - 1, "another"))) ||
        c->q[last->q].t1 > k)
        return 0;
    size_t m = h->end;
    while (m < c->n && m < h->end + 3 && has(c, m, LC_AUX))
        m++;
    return m > h->end && m < c->n && tok_in(c, m, records);
}

/* Does the full stop at token m close a sentence's part, not an initial
 * of an abbreviation ("the U.S. envoy", "a U.N. report")? */
static int stop_dot(const struct sentence_ctx *c, size_t m) {
    if (!tok(c, m, "."))
        return 0;
    return !(m > 0 && !(c->t[m].flags & TF_SPACE) && c->t[m - 1].kind == TK_WORD &&
             c->t[m - 1].fold.len == 1 && (c->t[m - 1].flags & TF_CAP));
}

/* A second estimate of the count before: "police put the crowd at 4,000,
 * while organisers claimed 25,000", "organisers said it was 80,000". */
static int second_estimate(const struct sentence_ctx *c, const struct quantity *q,
                           const struct head *h, const struct binding *last) {
    size_t t0 = q->t0;
    if (t0 < 2 || !bare(c, h))
        return 0;
    size_t k = t0 - 1;
    size_t sl;
    int speak_of = k >= 1 && tok(c, k, "of") &&
                   lex_match(c->lx, c->t, c->n, k - 1, LC_SAY, &sl) && sl == 2;
    if (!speak_of && !has(c, k, LC_SAY)) { /* "while police speak of 320" passes */
        /* "said it was", "put it at", "gave the figure as"; "said the
         * number could be as high as 1,000": a modal before "be" makes a
         * guess at the same count, no outcome still to come. */
        static const char *const modals[] = {"could", "may", "might", NULL};
        int modal_be = k >= 2 && tok(c, k, "be") && tok_in(c, k - 1, modals);
        if (!(tok(c, k, "was") || tok(c, k, "is") || tok(c, k, "at") || tok(c, k, "as") ||
              modal_be))
            return 0;
        k -= modal_be ? 2 : 1;
        if (k > 0 && (tok(c, k, "figure") || tok(c, k, "number") || tok(c, k, "total")) &&
            tok(c, k - 1, "the"))
            k--;
        if (!(tok(c, k, "it") || tok(c, k, "the")) || k == 0 || !has(c, k - 1, LC_SAY))
            return 0;
    }
    for (size_t m = c->q[last->q].t1; m < t0; m++)
        if ((trigger_at(c, m) && m != last->trig) || stop_dot(c, m))
            return 0;
    return 1;
}

/* A rival count set against the count before: "16 people had died, far
 * fewer than the 41 counted by medics", "24 were killed, well above the
 * official tally of 8", "compared with 300 given by police".  The count
 * is bare, after "than", "with" or "to" and a "the", or after a noun of
 * a count and "of"; a comparison opens it. */
static int compared_count(const struct sentence_ctx *c, const struct quantity *q,
                          const struct head *h, const struct binding *last) {
    static const char *const comparatives[] = {"fewer", "more", "higher", "lower", "less",
                                               "greater", "larger", "smaller", NULL};
    static const char *const descriptions[] = {"official", "police", "government", "earlier",
                                               "previous", "initial", "own", NULL};
    size_t k = q->t0, e = h->end;
    if (k < 3 || !(bare(c, h) || (e < c->n && (has(c, e, LC_SAY) || tok(c, e, "that")))))
        return 0; /* "the 41 counted by medics", "the 41 that medics counted" */
    if (tok(c, k - 1, "of") && count_noun(c, k - 2)) { /* "the official tally of 8" */
        k -= 2;
        size_t words = 0; /* "the health ministry's count of 7" */
        while (k > 0 && words < 4 &&
               (tok_in(c, k - 1, descriptions) || tok(c, k - 1, "'s") || tok(c, k - 1, "'") ||
                (c->t[k - 1].kind == TK_WORD && (has(c, k - 1, LC_ORG) || has(c, k, LC_ORG)))))
            k--, words++;
    }
    if (k >= 1 && tok(c, k - 1, "the"))
        k--;
    if (k < 2)
        return 0;
    size_t open;
    if (tok(c, k - 1, "than") && tok_in(c, k - 2, comparatives))
        open = k - 2;
    else if ((tok(c, k - 1, "with") || tok(c, k - 1, "to")) && tok(c, k - 2, "compared"))
        open = k - 2;
    else if (tok(c, k - 1, "above") || tok(c, k - 1, "below"))
        open = k - 1; /* "well above the official tally of 8" */
    else
        return 0;
    while (open > 0 && (tok(c, open - 1, "far") || tok(c, open - 1, "much") ||
                        tok(c, open - 1, "well") || tok(c, open - 1, "as")))
        open--;
    for (size_t m = c->q[last->q].t1; m < open; m++)
        if ((trigger_at(c, m) && m != last->trig) || tok(c, m, ";") || has(c, m, LC_STOP))
            return 0;
    return 1;
}

/* A row whose label names the outcome and whose count stands after a
 * wide gap: "Charged in court          87", "Still missing          5".
 * Returns the label's last outcome phrase, or NULL. */
static const struct trigger *row_label(const struct sentence_ctx *c, const struct quantity *q) {
    size_t t0 = q->t0;
    if (t0 == 0 || (c->t[t0].flags & (TF_GAP | TF_NL)) != TF_GAP)
        return NULL;
    const struct trigger *found = NULL;
    for (size_t k = 0; k < t0; k++) {
        if (c->qty_at[k] || (k > 0 && (c->t[k].flags & (TF_GAP | TF_NL))) || tok(c, k, ":"))
            return NULL; /* one cell of words before the count, no other; no
                          * page's header ("KENYA: PROTEST REPORT      14") */
        const struct trigger *x = trigger_at(c, k);
        if (x && x->t0 == k && !(x->e->kind == F_EVENT && x->e->what == VG_PARTICIPANTS))
            found = x; /* not "protest", the event */
    }
    return found;
}

/* "Among the 38 detained were 9 women", "Among those killed was 1
 * journalist": the sentence, or a clause after "that", opens with the
 * whole and its outcome, then a verb of being and the part.  Returns the
 * whole's outcome word, or NULL. */
static const struct trigger *fronted_among(const struct sentence_ctx *c, const struct quantity *q) {
    size_t t0 = q->t0, s0 = 0; /* the "among" that opens the clause */
    while (s0 + 4 <= t0 && !(tok(c, s0, "among") && (s0 == 0 || tok(c, s0 - 1, "that"))))
        s0++; /* "said that among the 1,915 arrested are 96 juveniles" */
    if (s0 + 4 > t0 || !is_be(c, t0 - 1))
        return NULL;
    const struct trigger *found = NULL;
    for (size_t k = s0 + 1; k + 1 < t0; k++) {
        if (tok(c, k, ",") || tok(c, k, ";") || is_be(c, k) || has(c, k, LC_STOP))
            return NULL;
        const struct trigger *x = trigger_at(c, k);
        if (x && x->t0 == k && (x->e->kind == F_VERB || x->e->kind == F_STATE ||
                                x->e->kind == F_PEOPLE || x->e->kind == F_INTRANS))
            found = x;
    }
    return found;
}

/* Does the quantity give the earlier level of the count before it: "have
 * now treated 35 people, up from 19 this morning", "(down from 40)"?  A
 * count superseded is still a figure (GUIDELINES.md), of the same outcome. */
static int earlier_level(const struct sentence_ctx *c, const struct quantity *q,
                         const struct binding *last) {
    size_t t0 = q->t0 + (size_t)tok(c, q->t0, "from"); /* "from" is the change's own */
    if (t0 < 3 || !tok(c, t0 - 1, "from") || !(tok(c, t0 - 2, "up") || tok(c, t0 - 2, "down")))
        return 0;
    if (!(tok(c, t0 - 3, ",") || tok(c, t0 - 3, "(") || tok(c, t0 - 3, "—") ||
          tok(c, t0 - 3, "-")))
        return 0;
    size_t ul;
    if (lex_match(c->lx, c->t, c->n, q->t1, LC_UNIT, &ul))
        return 0; /* "up from 40 percent", "down from 30 days" */
    for (size_t m = c->q[last->q].t1; m < t0 - 3; m++)
        if ((trigger_at(c, m) && m != last->trig) || has(c, m, LC_STOP))
            return 0;
    return 1;
}

/* Does a list's item end at token k: a comma, "and", a full stop? */
static int bare_item_end(const struct sentence_ctx *c, size_t k) {
    return k >= c->n || tok(c, k, ",") || tok(c, k, "and") || tok(c, k, ".") || tok(c, k, ";");
}

/* Is the quantity an item "in Place N" of a list whose first item had
 * its verb: "In Nakuru 12 were detained, in Eldoret 8 and in Kisumu 5"?
 * Between the count before and the item stand only that count's own
 * outcome, auxiliaries, earlier items and their separators. */
static int place_first_item(const struct sentence_ctx *c, const struct quantity *q,
                            const struct binding *prev) {
    size_t a = cap_words_before(c, q->t0);
    if (a == q->t0 || a < 2 || !tok(c, a - 1, "in") || a - 1 <= c->q[prev->q].t1 ||
        !bare_item_end(c, q->t1))
        return 0;
    const struct trigger *own = trigger_at(c, prev->trig);
    int sep = 0;
    for (size_t k = c->q[prev->q].t1; k < a - 1; k++) {
        const struct trigger *x = trigger_at(c, k);
        if (x && x != own)
            return 0;
        if (x || has(c, k, LC_AUX) || c->qty_at[k] || tok(c, k, "in") ||
            (c->t[k].kind == TK_NUM) || (c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP)))
            continue;
        if (tok(c, k, ",") || tok(c, k, "and") || tok(c, k, "-")) {
            sep = 1;
            continue;
        }
        return 0;
    }
    return sep;
}

/* Is the quantity the next item of a Russian dash tally: "задержаны 200
 * человек: в Алматы — 120, в Астане — 45"?  Each item is a place (a
 * capitalised Cyrillic word), a dash and the number, after a comma or
 * colon, with no outcome of its own between it and the count before. */
static int dash_item(const struct sentence_ctx *c, const struct quantity *q, size_t prev_end) {
    size_t dash = q->t0 - 1;
    if (q->t0 < 2 || prev_end >= dash || dash - prev_end > 8 || !tok(c, dash, "-"))
        return 0;
    int sep = 0, place = 0;
    for (size_t k = prev_end; k < dash; k++) {
        const struct token *t = &c->t[k];
        /* An outcome noun may head the count before: "30 задержанных: ...". */
        if ((trigger_at(c, k) && k != prev_end) || c->qty_at[k] || tok(c, k, ";") ||
            has(c, k, LC_STOP) || has(c, k, LC_SAY))
            return 0;
        sep |= tok(c, k, ",") || tok(c, k, ":");
        place |= t->kind == TK_WORD && (t->flags & TF_CAP) && t->fold.len &&
                 ((unsigned char)t->fold.ptr[0] == 0xd0 || (unsigned char)t->fold.ptr[0] == 0xd1);
    }
    return sep && place;
}

/* Is the quantity an item of a list after a colon that breaks down the
 * count before it, each item its number, a dash and what befell them:
 * «наказания получили 23 человека: 15 — арест на 10 суток, 8 — штрафы»? */
static int colon_item(const struct sentence_ctx *c, const struct quantity *q,
                      const struct binding *last) {
    size_t t0 = q->t0;
    if (t0 < 2 || !(tok(c, t0 - 1, ",") || tok(c, t0 - 1, ":")) || q->t1 >= c->n ||
        !dash_at(c, q->t1) || tok(c, q->t1, ":"))
        return 0;
    for (size_t k = t0 - 1; k-- > 0;) {
        if (tok(c, k, ";") || has(c, k, LC_STOP) || has(c, k, LC_SAY))
            return 0;
        if (!tok(c, k, ":"))
            continue;
        /* The colon right after a count's noun, that count bound. */
        for (size_t i = 0; i <= last->q; i++)
            if (c->q[i].t1 <= k && k <= c->q[i].t1 + 3)
                return 1;
        return 0;
    }
    return 0;
}

/* Is the quantity an item of a breakdown set out in the sentence after
 * its cue and colon, the outcome in the sentence before: "1,942 persons
 * were arrested.  The breakdown per province is as follows: Gauteng, 611;
 * KwaZulu-Natal, 447; ..."?  The sentence names no outcome of its own;
 * each item is a label, maybe a comma or dash, and the number last. */
static int follows_item(const struct sentence_ctx *c, const struct quantity *q) {
    if (c->ntr || c->prev_what == VG_WHAT_NONE || q->t0 < 2)
        return 0;
    if (q->t1 < c->n && !tok(c, q->t1, ";") && !tok(c, q->t1, ".") && !tok(c, q->t1, ","))
        return 0;
    size_t k = q->t0 - 1;
    if (tok(c, k, ",") || tok(c, k, "-") || tok(c, k, ":"))
        k--;
    if (c->t[k].kind != TK_WORD || c->qty_at[k])
        return 0; /* "Gauteng, 611": a label right before the count */
    int cue = 0;
    for (size_t i = 0; i < k; i++) {
        cue |= tok(c, i, "follows") || tok(c, i, "following") || tok(c, i, "breakdown");
        if (tok(c, i, ":"))
            return cue;
    }
    return 0;
}

/* Does a copula and a noun phrase follow token k ("are minors", "were
 * women"), rather than a predicate of its own ("were interviewed")? */
static int copula_noun(const struct sentence_ctx *c, size_t k) {
    if (!is_be(c, k))
        return 0;
    if ((tok(c, k, "had") || tok(c, k, "have") || tok(c, k, "has")) && !tok(c, k + 1, "been"))
        return 0; /* "two of them had sent messages": a verb of their own, no copula */
    k++;
    while (k < c->n && has(c, k, LC_AUX))
        k++;
    if (k >= c->n || trigger_at(c, k) || c->t[k].kind != TK_WORD)
        return 0;
    const struct vg_str w = c->t[k].fold;
    return !(w.len > 2 && memcmp(w.ptr + w.len - 2, "ed", 2) == 0);
}

/* "Among the dead, nine were political prisoners": a copula and a noun of
 * people with another outcome of its own after the part at token k; the
 * noun says who the part of the whole's outcome (whole) were. */
static int copula_people(const struct sentence_ctx *c, size_t k, const struct trigger *whole) {
    if (!is_be(c, k))
        return 0;
    const struct trigger *x = trigger_at(c, k + 1);
    return x && x->t0 == k + 1 && x->e->kind == F_PEOPLE && x->e->what != whole->e->what;
}

/* Does a verb in the past that names no outcome follow the part at token
 * k: "Of those killed, four came from the coast", "four carried student
 * cards"?  The part is still of the whole's outcome. */
static int plain_past_verb(const struct sentence_ctx *c, size_t k) {
    static const char *const irregular[] = {"came", "had", "held", "wore", "left", "fled",
                                            "went", "bore", "lived", "belonged", NULL};
    if (k >= c->n || c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) || trigger_at(c, k) ||
        is_be(c, k) || has(c, k, LC_SAY) || has(c, k, LC_STOP) || trigger_at(c, k + 1))
        return 0;
    const struct vg_str w = c->t[k].fold;
    return tok_in(c, k, irregular) || (w.len > 3 && memcmp(w.ptr + w.len - 2, "ed", 2) == 0);
}

/* The group a copula after token k names ("were civilians" gives
 * civilians, "are minors" and "were students" other, as GUIDELINES.md
 * files minors and students), or -1. */
static int copula_who(const struct sentence_ctx *c, size_t k) {
    if (!is_be(c, k))
        return -1;
    for (k++; k < c->n && has(c, k, LC_AUX); k++)
        ;
    size_t len;
    const struct lex_entry *w = lex_match(c->lx, c->t, c->n, k, LC_WHO, &len);
    return w ? w->who : -1;
}

/* "The government has not said how many detainees are held, but rights
 * groups put the number at 20,000": the outcome of the question ("how
 * many ...") the sentence asks before the count at t0, or NULL. */
static const struct trigger *asked_outcome(const struct sentence_ctx *c, size_t t0) {
    for (size_t k = 0; k + 2 < t0; k++) {
        if (!tok(c, k, "how") || !tok(c, k + 1, "many"))
            continue;
        for (size_t m = k + 2; m < t0 && m < k + 10; m++) {
            const struct trigger *x = trigger_at(c, m);
            if (x)
                return x;
            if (has(c, m, LC_STOP) || tok(c, m, ","))
                break;
        }
    }
    return NULL;
}

/* The group an apposition after token k names: ", all of them students",
 * ", all university students"; or -1. */
static int all_of_them(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, ",") || !tok(c, k + 1, "all"))
        return -1;
    k += 2;
    if (tok(c, k, "of") && (tok(c, k + 1, "them") || tok(c, k + 1, "whom")))
        k += 2;
    for (size_t m = k; m < c->n && m <= k + 1; m++) {
        size_t len;
        const struct lex_entry *w = lex_match(c->lx, c->t, c->n, m, LC_WHO, &len);
        if (w)
            return w->who; /* "all of them university students" */
        if (c->t[m].kind != TK_WORD || trigger_at(c, m) || is_be(c, m) || has(c, m, LC_AUX))
            return -1;
    }
    return -1;
}

/* "killed by gunshots", "wounded in the clashes", "detained on Sunday": an
 * outcome phrase and a short phrase of its means, place or time ending
 * before token k.
 * Returns the outcome's trigger, or NULL. */
static const struct trigger *outcome_then_means(const struct sentence_ctx *c, size_t k) {
    static const char *const preps[] = {"by", "from", "with", "in", "during", "on", "at",
                                        "since", "after", "outside", "near", "across", NULL};
    for (size_t m = k; m > 1 && k - m < 4; m--) {
        if (c->t[m - 1].kind != TK_WORD || c->qty_at[m - 1])
            return NULL;
        if (tok_in(c, m - 1, preps))
            return trigger_ending(c, m - 1);
    }
    return NULL;
}

/* The token of the whole's count in a sentence that opens "Of the" at
 * token o: "Of the 124, ...", or after a word of totals, "Of the total
 * 2,410 detained, ...". */
static size_t opening_count_at(const struct sentence_ctx *c, size_t o) {
    static const char *const totals[] = {"total", "overall", NULL};
    if (tok_in(c, o + 2, totals) && c->qty_at[3 + o])
        return 3 + o;
    return 2 + o;
}

/* "Of those, 12 ...", "Of them, 30 ...": a part of a count the sentence
 * before gave. */
static int part_opening(const struct sentence_ctx *c, const struct quantity *q) {
    size_t t0 = q->t0;
    /* "Of the 124, police say 31 are minors": an attribution between. */
    if (t0 >= 3 && has(c, t0 - 1, LC_SAY)) {
        size_t m = t0 - 1;
        while (m > 0 && t0 - m < 5 && !tok(c, m - 1, ",") && c->t[m - 1].kind == TK_WORD)
            m--;
        if (m > 0 && tok(c, m - 1, ","))
            t0 = m;
    }
    if (t0 < 3 || !tok(c, t0 - 1, ","))
        return 0;
    size_t k = t0 - 1;
    const struct trigger *x = trigger_ending(c, k);
    if (!x)
        x = outcome_then_means(c, k);
    if (x)
        k = x->t0; /* "Of those arrested, 18 ...", "Of the 15 killed by gunshots, 6 ..." */
    size_t o = opening_token(c); /* '"Of the 58 wounded, 41 ...' */
    if (k == 2 + o && (tok(c, o, "of") || tok(c, o, "among")) &&
        (tok(c, o + 1, "them") || tok(c, o + 1, "those") || tok(c, o + 1, "these")))
        return 1; /* "Among them, 12 ...", "Among those arrested, 12 ..." */
    /* "Of the 124, 31 are minors": the whole, a count of the figure before. */
    size_t w = opening_count_at(c, o);
    if (k < w + 1 || !tok(c, o, "of") || !tok(c, o + 1, "the") || !c->qty_at[w])
        return 0;
    size_t end = c->q[c->qty_at[w] - 1].t1;
    size_t len;
    if (x && end < k && lex_match(c->lx, c->t, c->n, end, LC_WHO, &len))
        end += len; /* "Of the 37 people killed, ..." */
    return end == k;
}

/* Does the sentence open on the count of the sentence before as a group
 * the count is among: "Among them were 36 minors", "Among those are 12
 * women", "They included 39 students", "These include 4 journalists",
 * "officials said the list included 127 adults"? */
static int among_previous(const struct sentence_ctx *c, const struct quantity *q) {
    static const char *const groups[] = {"them", "those", "these", NULL};
    size_t t0 = q->t0;
    if (t0 < 2)
        return 0;
    if (tok(c, 0, "among") && tok_in(c, 1, groups)) {
        if (t0 == 2 || (t0 == 3 && is_be(c, 2)))
            return 1;
        if (!is_be(c, 2) || t0 > 48 || !(tok(c, t0 - 1, ",") || tok(c, t0 - 1, "and")))
            return 0;
        for (size_t k = 3; k < t0; k++) /* "Among them are village elders, 21 deputies" */
            if (c->qty_at[k] || !part_list_token(c, k))
                return 0;
        return 1;
    }
    static const char *const dets[] = {"this", "that", "the", NULL};
    static const char *const counts[] = {"number", "figure", "total", "toll", "tally", "count",
                                         "list",   NULL};
    if (tok_in(c, t0 - 1, include) && tok_in(c, t0 - 2, counts)) {
        /* "This number includes 100 adolescents", "X stated that the total
         * included 21 minors", "noted that the figure includes 12 women" */
        size_t k = t0 - 2;
        if (k > 0 && tok_in(c, k - 1, dets))
            k--;
        return k == 0 || tok(c, k - 1, "that") || has(c, k - 1, LC_SAY);
    }
    return t0 == 2 && (tok(c, 0, "they") || tok(c, 0, "these") || tok(c, 0, "those")) &&
           tok_in(c, 1, include);
}

/* The outcome phrase of the whole a sentence opens with before a part
 * ("Of those arrested, 18 were students", "Among the arrestees, 12 were
 * aged under 18"), or NULL. */
static const struct trigger *opening_whole(const struct sentence_ctx *c, const struct quantity *q) {
    size_t t0 = q->t0;
    if (t0 < 4 || !tok(c, t0 - 1, ",") || !(tok(c, 0, "of") || tok(c, 0, "among")))
        return NULL;
    const struct trigger *x = trigger_ending(c, t0 - 1);
    if (x && x->t0 == 1 && tok(c, 1, "the") && x->e->kind == F_PEOPLE)
        return x; /* "Of the injured, 20 were ...": the lexicon's noun holds "the" */
    if (!x || x->t0 != 2 || !(tok(c, 1, "those") || tok(c, 1, "the")))
        return NULL;
    if (tok(c, 1, "those") ? x->e->kind != F_VERB : x->e->kind != F_PEOPLE)
        return NULL; /* "those arrested", "the detainees" */
    return x;
}

/* Does a number stand in the sentence before token k? */
static int number_before(const struct sentence_ctx *c, size_t k) {
    for (size_t m = 0; m < k; m++)
        if (c->t[m].kind == TK_NUM)
            return 1;
    return 0;
}

/* Does a copula and an age follow token k: "were aged under 18"? */
static int copula_aged(const struct sentence_ctx *c, size_t k) {
    if (!is_be(c, k))
        return 0;
    return tok(c, k + 1, "aged") || (tok(c, k + 1, "under") && c->t[k + 2].kind == TK_NUM);
}

/* Does a passive that names no outcome follow the part at token k, with
 * its agent: "Of the 58 wounded, 41 were caused by rubber bullets", "were
 * possibly inflicted by police"?  The part is still of the whole's
 * outcome, told by its cause. */
static int passive_by(const struct sentence_ctx *c, size_t k) {
    if (!is_be(c, k) || tok(c, k, "had") || tok(c, k, "have") || tok(c, k, "has"))
        return 0;
    for (k++; k < c->n && (has(c, k, LC_AUX) || (c->t[k].kind == TK_WORD && c->t[k].fold.len > 4 &&
                                                  memcmp(c->t[k].fold.ptr + c->t[k].fold.len - 2,
                                                         "ly", 2) == 0));
         k++)
        ; /* "were possibly" */
    if (k + 1 >= c->n || c->t[k].kind != TK_WORD || trigger_at(c, k) || !tok(c, k + 1, "by"))
        return 0;
    const struct vg_str w = c->t[k].fold;
    return w.len > 3 && memcmp(w.ptr + w.len - 2, "ed", 2) == 0;
}

/* Is the count a part of the whole the sentence opens with ("Of the 37
 * killed, 29 were ..."), whose figure is `last`, or the next part after
 * one ("... and 8 were police officers"), `prev` being the part before?
 * Returns 2 when the part before was read by its own "of" ("Twenty of the
 * injured were protesters and 15 were police"): then only a copula and a
 * noun go on with it. */
static int part_of_whole(const struct sentence_ctx *c, const struct quantity *q,
                         const struct binding *last, const struct binding *prev) {
    size_t o = opening_token(c);
    size_t w = opening_count_at(c, o);
    if (part_opening(c, q) && c->qty_at[w] && last->q == (size_t)(c->qty_at[w] - 1))
        return 1;
    if (prev != last || !(tok(c, q->t0 - 1, "and") || tok(c, q->t0 - 1, ",")))
        return 0;
    if (rule_is(prev->rule, "part_whole") || rule_is(prev->rule, "part_before"))
        return 1;
    return rule_is(prev->rule, "part_of") ? 2 : 0;
}

/* Is there an outcome phrase from token k to the end of its clause? */
static int outcome_ahead(const struct sentence_ctx *c, size_t k) {
    for (; k < c->n && c->t[k].kind != TK_PUNCT; k++)
        if (trigger_at(c, k))
            return 1;
    return 0;
}

/* Does the clause after a noun phrase of protesters ending before token
 * `end` carry a predicate of its own that says nothing of a crowd: an
 * auxiliary or modal before a participle or verb ("Twelve protesters were
 * acquitted", "the 40 protesters inside the building would be removed")?
 * A bare copula before a place ("200 protesters were outside parliament")
 * still states a crowd. */
static int other_predicate(const struct sentence_ctx *c, size_t end) {
    static const char *const modals[] = {"would", "will", "could", "can", "may", "might",
                                         "must", "should", "shall", "did", "do", "does", NULL};
    static const char *const staying[] = {"staying", "remaining", "camped", "camping", NULL};
    for (size_t k = end; k < c->n && k < end + PREDICATE_REACH; k++) {
        if (c->qty_at[k] || has(c, k, LC_STOP) || tok(c, k, ";") || tok(c, k, ",") ||
            tok(c, k, ":") || tok(c, k, "who") || tok(c, k, "that") || tok(c, k, "which") ||
            has(c, k, LC_SAY) || trigger_at(c, k))
            return 0;
        for (const char *const *m = modals; *m; m++)
            if (tok(c, k, *m))
                return 1;
        if (!is_be(c, k))
            continue;
        size_t j = k + 1;
        while (j < c->n && has(c, j, LC_AUX))
            j++;
        if (j >= c->n || trigger_at(c, j) || plain_closed(c, j) || tok(c, j, "there") ||
            tok(c, j, "inside") || tok(c, j, "among") || tok(c, j, "still"))
            return 0;
        if (tok_in(c, j, staying))
            return outcome_ahead(c, j + 1); /* "200 protesters are staying on the
                                              * avenue": still a crowd; not "staying
                                              * in hospital" */
        return c->t[j].kind == TK_WORD;
    }
    return 0;
}

/* "Two protesters who were at the demonstration, and a member of the
 * commission, said ...": the count is a subject that only speaks
 * (GUIDELINES.md: people who only spoke are no figure).  Is a verb of
 * saying its predicate, past a relative clause or a second subject, with
 * no other count and no outcome between? */
static int speaking_subject(const struct sentence_ctx *c, size_t end) {
    if (end >= c->n || !(tok(c, end, "who") || tok(c, end, ",") || tok(c, end, "and") ||
                         has(c, end, LC_SAY)))
        return 0;
    for (size_t k = end; k < c->n && k < end + 30; k++) {
        if (has(c, k, LC_SAY))
            return k > end || !tok(c, k, "according");
        const struct trigger *x = trigger_at(c, k);
        if (c->qty_at[k] || tok(c, k, ";") || tok(c, k, ".") || tok(c, k, "\"") ||
            (x && x->e->what != VG_PARTICIPANTS))
            return 0;
    }
    return 0;
}

/* Is the count at t0 the object of "against" in a clause of charges
 * ("Charges were dropped against 17 protesters", "Charges brought by the
 * U.S. government against 200 people"), no crowd? */
static int charge_against(const struct sentence_ctx *c, size_t t0) {
    static const char *const nouns[] = {"charges", "charge", "cases", "case", "proceedings",
                                        "indictments", "indictment", NULL};
    if (t0 == 0 || !tok(c, t0 - 1, "against"))
        return 0;
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < CHARGE_REACH; steps++) {
        if (tok(c, k, ",") || has(c, k, LC_STOP))
            return 0;
        if (tok_in(c, k, nouns))
            return 1;
    }
    return 0;
}

/* The outcome verb a few words before token k, past a time or place
 * phrase and its comma: "were held after observing the rally and
 * remanded before trial, together with several dozens of his supporters",
 * "was detained in the capital on Monday, along with 14 others".  No
 * number, clause break or speaker may stand between.  Returns the verb's
 * trigger, or NULL. */
static const struct trigger *verb_past_adjunct(const struct sentence_ctx *c, size_t k) {
    for (size_t m = k, steps = 0; m > 0 && steps < ADJUNCT_REACH; m--, steps++) {
        const struct trigger *tr = trigger_ending(c, m);
        if (tr && tr->e->what == VG_PARTICIPANTS && tr->e->kind != F_VERB &&
            tr->e->kind != F_INTRANS)
            continue; /* "after the rally": the occasion, no outcome */
        if (tr)
            return tr->e->kind == F_VERB ? tr : NULL;
        if (c->qty_at[m - 1] || tok(c, m - 1, ";") || tok(c, m - 1, ":") ||
            has(c, m - 1, LC_STOP) || has(c, m - 1, LC_SAY) || tok(c, m - 1, "who") ||
            tok(c, m - 1, "which") || tok(c, m - 1, "that"))
            return NULL;
    }
    return NULL;
}

/* Does the word at token k begin with one of the folded stems? */
static int stem_at(const struct sentence_ctx *c, size_t k, const char *const *stems) {
    const struct vg_str w = c->t[k].fold;
    for (; *stems; stems++) {
        size_t n = strlen(*stems);
        if (w.len >= n && memcmp(w.ptr, *stems, n) == 0)
            return 1;
    }
    return 0;
}

/* «На площади сейчас около тысячи человек», «у здания мэрии находились
 * порядка 400 человек»: does a Russian phrase of a place where people
 * stand («на площади», «у здания», «возле мэрии») open the clause of the
 * count at t0?  With no outcome in the sentence, such a count is the
 * crowd. */
static int ru_at_site(const struct sentence_ctx *c, size_t t0) {
    static const char *const sites[] = {"площад", "месте", "улиц", "проспект", "набережн",
                                        "митинг", "акци", "шестви", "пикет", "сквер",
                                        "здани", "мэри", "администраци", "парламент", NULL};
    for (size_t k = t0, steps = 0; k-- > 0 && steps < 8; steps++) {
        if (c->qty_at[k] || tok(c, k, ",") || tok(c, k, ":") || tok(c, k, ";"))
            return 0;
        if ((tok(c, k, "на") || tok(c, k, "у") || tok(c, k, "возле") || tok(c, k, "перед")) &&
            k + 1 < t0 && cyrillic_at(c, k) && stem_at(c, k + 1, sites))
            return 1;
    }
    return 0;
}

/* «По нашим подсчётам, сейчас здесь около 300 человек», «в воскресенье
 * было больше 50 тысяч»: a count with no verb after «здесь», «тут» or a
 * «было» (the latter bare: «в городе было 120 тысяч жителей» is no crowd),
 * in a sentence with no outcome but a crowd's while a rally is spoken of
 * (c->rally).  The count is of people or bare and large (100 or more), and
 * closes its clause.  Such a count is the rally's crowd. */
static int ru_crowd_here(const struct sentence_ctx *c, const struct quantity *q,
                         const struct head *h) {
    static const char *const here[] = {"здесь", "тут", "было", "были", NULL};
    static const char *const pass[] = {"сейчас", "уже", "ещё", "еще", "теперь", "всего", NULL};
    if (!c->rally || q->t0 == 0 || !cyrillic_at(c, q->t0 - 1))
        return 0;
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].e->what != VG_PARTICIPANTS)
            return 0; /* «акция» may stand in it, no other outcome */
    int64_t v = q->low != VG_OPEN ? q->low : q->high;
    if (h->has_noun ? !(h->who == VG_WHO_PEOPLE || h->who == VG_WHO_PROTESTERS) : v < 100)
        return 0;
    if (h->end < c->n && !tok(c, h->end, ".") && !tok(c, h->end, ",") && !tok(c, h->end, "!") &&
        !dash_at(c, h->end))
        return 0;
    int found = 0;
    for (size_t k = q->t0, steps = 0; k-- > 0 && steps < 3; steps++) {
        if (tok_in(c, k, here))
            found = h->has_noun ? tok(c, k, "здесь") || tok(c, k, "тут") || found : 1;
        else if (!tok_in(c, k, pass))
            break;
    }
    return found;
}

/* «Телефоны как минимум 12 из них не отвечают», «телефоны 5 задержанных
 * выключены»: the phones of a count of people right before it, silent
 * right after its noun phrase.  Those people are missing. */
static int ru_phones_silent(const struct sentence_ctx *c, const struct quantity *q,
                            const struct head *h) {
    static const char *const silent[] = {"выключены", "выключен", "недоступны", "недоступен",
                                         NULL};
    static const char *const answer[] = {"отвечают", "отвечали", "отвечает", NULL};
    if (q->t0 == 0 || !(tok(c, q->t0 - 1, "телефоны") || tok(c, q->t0 - 1, "телефон")) ||
        h->end >= c->n)
        return 0;
    size_t k = h->end;
    if (tok(c, k, "до") && tok(c, k + 1, "сих") && tok(c, k + 2, "пор"))
        k += 3;
    if (tok(c, k, "по-прежнему") || tok(c, k, "всё") || tok(c, k, "все") || tok(c, k, "уже"))
        k++;
    return (tok(c, k, "не") && tok_in(c, k + 1, answer)) || tok_in(c, k, silent);
}

/* «31 человека отпустили после составления административных протоколов»,
 * «отпущены после оформления протоколов»: a release after reports were
 * drawn up on the people released, which GUIDELINES counts as charged.
 * Looks for «после составления|оформления [adjective] протокол…» right
 * after token k (the release verb or the count's noun phrase). */
static int ru_after_protocols(const struct sentence_ctx *c, size_t k) {
    if (k + 2 >= c->n || !tok(c, k, "после") ||
        !(tok(c, k + 1, "составления") || tok(c, k + 1, "оформления")))
        return 0;
    size_t m = k + 2;
    if (tok(c, m, "административных") || tok(c, m, "административного") ||
        tok(c, m, "административные"))
        m++;
    return tok(c, m, "протоколов") || tok(c, m, "протокола") ||
           tok(c, m, "административных");
}

/* Is the Russian trigger x a verb of taking people somewhere whose place,
 * within a few words of it, is a hospital: «в больницы Жанаозена
 * доставлены четверо», «доставлены в городскую больницу»?  Taken to a
 * hospital is injured, not detained. */
static int ru_to_hospital(const struct sentence_ctx *c, const struct trigger *x) {
    static const char *const verbs[] = {"достав", "увез", "отвез", "привез", NULL};
    static const char *const places[] = {"больниц", "медучрежд", "реанимац", "травмпункт",
                                         "стационар", "госпитал", NULL};
    if (!cyrillic_at(c, x->t0) || !stem_at(c, x->t0, verbs))
        return 0;
    size_t from = x->t0 > 4 ? x->t0 - 4 : 0, to = x->t1 + 4 < c->n ? x->t1 + 4 : c->n;
    for (size_t k = from; k < to; k++) {
        if (k < x->t0 && (c->qty_at[k] || tok(c, k, ",")))
            from = k + 1; /* not past a clause or a count before the verb */
        else if (k >= x->t1 && (c->qty_at[k] || tok(c, k, ",")))
            break;
        else if (k >= from && stem_at(c, k, places))
            return 1;
    }
    return 0;
}

/* Is quantity qi the day of a date ("on 12 May"), no count that could
 * break a coordination with the count before it? */
static int day_of_month(const struct sentence_ctx *c, size_t qi) {
    static const char *const months[] = {"january", "february", "march", "april", "may",
                                         "june", "july", "august", "september", "october",
                                         "november", "december", "jan", "feb", "mar", "apr",
                                         "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                         "dec", NULL};
    const struct quantity *q = &c->q[qi];
    return q->t1 == q->t0 + 1 && c->t[q->t0].kind == TK_NUM && q->low == q->high &&
           q->low >= 1 && q->low <= 31 && tok_in(c, q->t1, months);
}

/* A part set off inside its whole ("12 others arrested on Wednesday,
 * including three minors, were bailed") shares each stage of the whole's
 * case: the outcomes bound to quantity `whole` not yet bound to the part,
 * whose binding is out[own].  Returns the new count of bindings. */
static size_t share_stages(struct binding *out, size_t n_out, size_t max, size_t whole,
                           size_t own) {
    size_t end = n_out;
    for (size_t i = 0; i < own && n_out < max; i++) {
        if (out[i].q != whole)
            continue;
        int have = 0;
        for (size_t j = own; j < end; j++)
            have |= out[j].what == out[i].what;
        if (have)
            continue;
        out[n_out] = out[own];
        out[n_out].what = out[i].what;
        out[n_out].rule = "part_stage";
        out[n_out].trig = out[i].trig;
        n_out++;
    }
    return n_out;
}

/* "Criminal proceedings had been instituted in 57 cases", "opened
 * criminal investigations in 12 cases": a count of cases (a noun that
 * names no people) after "in", with criminal proceedings before it in the
 * clause.  People charged or arrested "in 64 cases" count the criminal
 * cases brought against them too ("120 people have been prosecuted in 64
 * cases", "31 were arrested in 22 cases filed with nine police stations").
 * Returns that outcome phrase, or NULL. */
static const struct trigger *cases_in(const struct sentence_ctx *c, const struct quantity *q,
                                      const struct head *h) {
    if (!h->reject || h->end < q->t1 + 1 || h->end > q->t1 + 2 ||
        !(tok(c, h->end - 1, "cases") || tok(c, h->end - 1, "case")) ||
        (h->end == q->t1 + 2 && !plain_word(c, q->t1)) || q->t0 < 2 || !tok(c, q->t0 - 1, "in"))
        return NULL; /* "in 57 cases", "in 33 violence cases" */
    int people = 0; /* passed the count of people the cases hold */
    for (size_t k = q->t0 - 1; k-- > 0 && q->t0 - k <= (people ? 22u : 10u);) {
        const struct trigger *x = trigger_at(c, k);
        if (x && x->e->what == VG_CHARGED && (x->e->kind == F_CASES || people))
            return x; /* "Charges under the Act: at least 171 people in 89 cases" */
        if (x && x->e->kind == F_VERB && x->t1 == q->t0 - 1 &&
            (x->e->what == VG_CHARGED || x->e->what == VG_DETAINED))
            return x;
        if (c->qty_at[k] && !people && !x && k + 1 < q->t0 - 1 && q->t0 - 1 - k <= 4 &&
            has(c, q->t0 - 2, LC_WHO)) {
            people = 1; /* "at least 171 people in" */
            continue;
        }
        if (people && !x && (tok(c, k, ":") || c->t[k].kind == TK_NUM || c->qty_at[k]))
            continue; /* the label before them, "Section 112" in it */
        if (x || c->qty_at[k] || tok(c, k, ";") || tok(c, k, ",") || has(c, k, LC_STOP))
            return NULL;
    }
    return NULL;
}

/* Does the count stand after "among (the)", the whole a count before it
 * is part of: "eight policemen were among the 347 injured"? */
static int whole_after_among(const struct sentence_ctx *c, const struct quantity *q) {
    size_t a = q->t0 >= 1 && tok(c, q->t0 - 1, "the") ? q->t0 - 1 : q->t0;
    return a >= 1 && tok(c, a - 1, "among");
}

int bind_right_count(const struct sentence_ctx *c, size_t t0) {
    return t0 > 0 && right_count_is(c, t0 - 1);
}

/* Is the count at t0 the object of a verdict that clears people: "a jury
 * cleared six protesters of all charges", "the court acquitted 12
 * demonstrators"?  Those people are no crowd, and no outcome of the
 * GUIDELINES.md list befell them. */
static int cleared_by_verdict(const struct sentence_ctx *c, size_t t0) {
    static const char *const verdicts[] = {"acquitted", "acquits", "acquit", "cleared",
                                           "clears", "clear", "exonerated", "exonerates",
                                           "absolved", NULL};
    size_t k = t0;
    if (k > 0 && (tok(c, k - 1, "the") || tok(c, k - 1, "all")))
        k--;
    return k > 0 && tok_in(c, k - 1, verdicts);
}

/* Is the count at t0 the one something was given or spoken to ("gave
 * warnings to 486 protesters", "handed leaflets to 30 protesters")?  A
 * receiver, no crowd; a count reached ("rose to 500") is brings_to's. */
static int given_to(const struct sentence_ctx *c, size_t t0) {
    return t0 >= 2 && tok(c, t0 - 1, "to") && c->t[t0 - 2].kind == TK_WORD &&
           !has(c, t0 - 2, LC_STOP) && !has(c, t0 - 2, LC_AUX);
}

/* Does the count at t0 stand in the phrase that names a figure's source
 * ("According to the party and several lawyers, over 300 students were
 * held")?  With a comma closing its noun phrase (the caller's test), the
 * sources are counted, no figure; "according to some estimates around
 * 100 people were held" and "according to the ombudsman there are 13
 * injured" count after the source. */
static int in_attribution(const struct sentence_ctx *c, size_t t0) {
    for (size_t k = t0, steps = 0; k >= 2 && steps < 8; k--, steps++) {
        if (tok(c, k - 1, ",") || tok(c, k - 1, ";") || c->t[k - 1].kind == TK_PUNCT ||
            has(c, k - 1, LC_AUX) || c->qty_at[k - 1])
            return 0;
        if (tok(c, k - 1, "to") && tok(c, k - 2, "according"))
            return 1;
    }
    return 0;
}

/* Does the count at t0 give how much a figure changed: "higher by seven
 * dead", "the toll rose by 12", "up by seven dead and 1,062 wounded" (a
 * count coordinated after such a change is one too)?  GUIDELINES.md:
 * changes are no figure. */
static int change_by(const struct sentence_ctx *c, size_t t0) {
    static const char *const changes[] = {"higher", "lower", "up", "down", "rose", "risen",
                                          "increased", "fell", "fallen", "dropped", "grew",
                                          "grown", "climbed", "jumped", "more", "fewer", NULL};
    if (t0 >= 2 && tok(c, t0 - 1, "by"))
        return tok_in(c, t0 - 2, changes);
    if (t0 < 2 || !(tok(c, t0 - 1, "and") || tok(c, t0 - 1, ",")))
        return 0;
    for (size_t k = t0 - 1, steps = 0; k-- > 0 && steps < 3; steps++) {
        if (c->qty_at[k])
            return k >= 2 && tok(c, k - 1, "by") && tok_in(c, k - 2, changes);
        if (c->t[k].kind != TK_WORD)
            return 0;
    }
    return 0;
}

/* Does the count q give a difference between two groups: "48 more officers
 * were hurt than protesters", "12 fewer arrests than last year", "the toll
 * is 10 fewer than that of the commission"?  The count is followed at once
 * by "more" or "fewer" and a "than" comes later in its clause, or at once
 * when no count follows it ("7 more than 30" leaves "more than 30" to the
 * next count).  GUIDELINES.md: changes and differences are no figure; "12
 * more people were detained on Friday" (no "than") stays a count. */
static int difference_count(const struct sentence_ctx *c, const struct quantity *q) {
    static const char *const comparatives[] = {"more", "fewer", "less", NULL};
    if (q->t1 >= c->n || !tok_in(c, q->t1, comparatives) || c->qty_at[q->t1])
        return 0;
    for (size_t k = q->t1 + 1; k < c->n && k < q->t1 + 12; k++) {
        if (tok(c, k, ",") || tok(c, k, ";") || tok(c, k, ".") || c->qty_at[k])
            return 0;
        if (tok(c, k, "than"))
            return k > q->t1 + 1 || (k + 1 < c->n && !c->qty_at[k + 1]);
    }
    return 0;
}

/* An item of a list or an elliptic count takes the outcome of the figure
 * `from` before it, and its group when it names none of its own. */
static void take_outcome_of(struct choice *best, struct head *h, const struct binding *from,
                            const char *rule) {
    offer(best, S_WEAK, NULL, from->what, rule);
    if (h->who < 0)
        h->who = from->who;
}

size_t bind_sentence(const struct sentence_ctx *c, struct binding *out, size_t max) {
    size_t n_out = 0, list_used = 0;
    for (size_t qi = 0; qi < c->nq && n_out < max; qi++) {
        const struct quantity *q = &c->q[qi];
        struct head h;
        read_head(c, q, &h);
        const struct binding *last = n_out > 0 ? &out[n_out - 1] : NULL;
        struct choice best = {S_NONE, NULL, VG_WHAT_NONE, NULL, NULL, 0};
        int brought = brings_to(c, q, &best) || total_of(c, q, &h, &best);
        const struct trigger *ct = cases_in(c, q, &h);
        if (ct) {
            offer(&best, S_HEAD, ct, VG_CHARGED, "cases_in");
            h.reject = 0;
        }
        if (!brought && last && q->t0 >= 2 && tok(c, q->t0 - 1, "not") &&
            tok(c, q->t0 - 2, ",")) {
            /* A correction: "77 people were arrested, not 770". */
            offer(&best, S_WEAK, NULL, last->what, "not");
            brought = 1;
        }
        if (!brought && last && earlier_level(c, q, last)) {
            /* "up from 19 when we last spoke to them": the count before's */
            offer(&best, S_REDUCED, NULL, last->what, "earlier_level");
            if (h.who < 0)
                h.who = last->who;
            brought = 1;
        }
        if (!brought && (h.reject || negated_before(c, q->t0) || change_by(c, q->t0) ||
                        difference_count(c, q) ||
                        (in_attribution(c, q->t0) && tok(c, h.end, ","))))
            continue;
        if (q->t0 >= 1 && (tok(c, q->t0 - 1, "of") || (q->t0 == 2 && tok(c, 1, "the"))) &&
            !h.out && h.end < c->n && tok(c, h.end, ",") &&
            (q->t0 == 1 || (q->t0 == 2 && tok(c, 1, "the") && tok(c, 0, "of"))) &&
            tok(c, 0, "of"))
            continue; /* "Of the 78, 34 were granted bail": the whole, counted before */
        if (q->t0 >= 2 && tok(c, q->t0 - 1, "against") &&
            (tok(c, q->t0 - 2, "charges") || tok(c, q->t0 - 2, "proceedings")) &&
            charge_dropped_after(c, q->t0 - 2))
            continue; /* "the charges against nine of them were dropped": no count */
        if (q->t0 >= 2 && tok(c, q->t0 - 2, "all") &&
            (tok(c, q->t0 - 1, "but") || tok(c, q->t0 - 1, "except") || tok(c, q->t0 - 1, "save")))
            continue; /* "all but 6 of the detainees were freed": not a count of the freed */
        if (q->t0 >= 2 && tok(c, q->t0 - 1, "исключением") && tok(c, q->t0 - 2, "за"))
            continue; /* «все, за исключением четверых, отпущены»: the same */
        if (q->t0 >= 2 && tok(c, q->t0 - 1, "кроме") && tok(c, q->t0 - 2, ",") &&
            all_before(c, q->t0 - 2))
            continue; /* «всех задержанных, кроме пятерых, отпустили» */
        size_t pq = qi; /* the quantity before, passing over days of dates */
        while (pq > 0 && day_of_month(c, pq - 1))
            pq--;
        const struct binding *prev =
            n_out > 0 && out[n_out - 1].q + 1 == pq ? &out[n_out - 1] : NULL;
        int part = prev && part_of_previous(c, q, &h) && !is_be(c, h.end);
        if (!prev && n_out > 0 && things_between(c, out[n_out - 1].q, qi) &&
            part_of_previous(c, q, &h) && !h.partitive && !is_be(c, h.end)) {
            prev = &out[n_out - 1]; /* "900 arrests across 30 campuses, including
                                     * 400 since Monday": the campuses count no one */
            part = 1;
        }
        if (h.out && (h.out->e->kind == F_EVENT || h.out->e->kind == F_CASES))
            offer(&best, S_HEAD, h.out, h.out->e->what, "noun");
        /* «Из 250 задержанных отпустили 180», "Of 250 detainees, 180 were
         * freed": the whole a part is taken from is counted by its noun. */
        int whole = q->t0 > 0 && (tok(c, q->t0 - 1, "из") || tok(c, q->t0 - 1, "of")) &&
                    (q->t0 == 1 || tok(c, q->t0 - 2, ",") || tok(c, q->t0 - 2, ":")) &&
                    h.out && h.out->e->kind == F_PEOPLE;
        if (whole)
            offer(&best, S_HEAD, h.out, h.out->e->what, "whole");
        const struct trigger *wt =
            q->t0 >= 2 && tok(c, q->t0 - 2, "из") && (q->t0 == 2 || tok(c, q->t0 - 3, ","))
                ? trigger_at(c, q->t0 - 1)
                : NULL;
        if (wt && wt->e->kind == F_PEOPLE && wt->t1 == q->t0) {
            whole = 1; /* «Из задержанных 250 человек отпустили 180» */
            offer(&best, S_HEAD, wt, wt->e->what, "whole");
        }
        if (best.s < S_HEAD && !brought)
            left_outcome(c, q, &h, &best);
        if (best.s < S_ACTIVE && ru_phones_silent(c, q, &h))
            offer(&best, S_ACTIVE, NULL, VG_MISSING, "phones_silent");
        int object = best.s == S_ACTIVE && best.rule &&
                     (rule_is(best.rule, "active") || rule_is(best.rule, "split_verb"));
        if (!object && !brought && !whole) {
            struct choice right = {S_NONE, NULL, VG_WHAT_NONE, NULL, NULL, 0};
            int in = inner_count(c, q);
            size_t adv = 0; /* "one of 44 people still in custody" */
            while (in && h.end + adv < c->n && adv < 2 && has(c, h.end + adv, LC_AUX) &&
                   !is_be(c, h.end + adv) && !tok(c, h.end + adv, "have") &&
                   !tok(c, h.end + adv, "has") && !tok(c, h.end + adv, "had"))
                adv++; /* "still", not the part's "have died" */
            if (in && (tok(c, h.end, "who") || tok(c, h.end, "whom") || tok(c, h.end, "that") ||
                       agent_clause(c, h.end)))
                adv = 5; /* "most of the 130 protesters who were arrested", "20 of the
                          * 45 people police held": its own relative */
            size_t part_reach = tok(c, h.end, ",") ? 10 : 4; /* "12 of them, all students, were" */
            /* A count with an outcome noun of its own shares no later
             * subject's predicate: "besides 14 deaths, 52 people were hurt". */
            int own_noun = h.out && (h.out->e->kind == F_PEOPLE || h.out->e->kind == F_EVENT);
            right_predicate(c, qi, h.end, in ? 1 + adv : part ? part_reach : PREDICATE_REACH,
                            !own_noun, in, &right);
            if (right.s == S_STRONG && right.what == VG_WHAT_NONE)
                continue; /* negated */
            if (right.rule && rule_is(right.rule, "after_relative") && right.earlier &&
                count_between(c, q->t1, right.earlier->t0))
                right.earlier = NULL; /* "20 of the 45 people who were held were
                                       * freed": the 45 were held, the 20 freed */
            int anaphor = best.rule && strcmp(best.rule, ANAPHOR) == 0 &&
                          best.what == VG_WHAT_NONE;
            const struct trigger *rel = relative_custody(c, h.end);
            if (rel && right.tr == rel && best.tr && !best.earlier && h.has_noun &&
                best.rule && (rule_is(best.rule, "active") ||
                              rule_is(best.rule, "nominal")) && stage_of(best.what) > 1)
                best.earlier = rel; /* "granted bail to 35 traders, who were arrested
                                     * during the march": both stages */
            else if (right.s > best.s || (right.s == S_STRONG && best.s <= S_HEAD) ||
                (anaphor && right.s >= S_REDUCED && right.tr))
                best = right; /* "the figure they give is 63 people arrested": its own */
            else if (right.s == S_REDUCED && best.s <= S_ACTIVE && right.tr &&
                     (cyrillic_at(c, right.tr->t0) || right.tr->t0 == h.end) && q->t0 > 0 &&
                     tok(c, q->t0 - 1, ":") &&
                     (rule_is(best.rule, "label") || rule_is(best.rule, "toll_event")))
                best = right; /* a heading before a colon, the count's own predicate
                               * after it: «материалы на задержанных: 14 человек
                               * оштрафованы», "Protest cases: 1,932 in jails" */
        }
        if (best.s < S_REDUCED && (h.has_noun || q->vague || (q->t0 == 0 && q->low > 31)) &&
            present_march(c, h.end) &&
            (h.who == VG_WHO_PEOPLE || h.who == VG_WHO_PROTESTERS || h.who == VG_WHO_OTHER ||
             h.who < 0))
            offer(&best, S_REDUCED, NULL, VG_PARTICIPANTS, "present"); /* "15,000 people march" */
        if (h.out && h.out->e->kind == F_PEOPLE)
            offer(&best, S_REDUCED, h.out, h.out->e->what, "noun");
        if (best.tr && !best.earlier && h.has_noun && best.rule &&
            (rule_is(best.rule, "active") || rule_is(best.rule, "nominal")) &&
            stage_of(best.what) > 1) {
            /* "granted bail to 85 people detained during the march": the
             * participle after the people gives their earlier stage; but
             * "freed 35 people held at the stadium" only says where. */
            const struct trigger *x = trigger_at(c, relative_passive(c, h.end));
            if (!x)
                x = relative_custody(c, h.end); /* "freed 40 protesters, who had been
                                                 * arrested on Monday" */
            if (x && x->e->kind == F_VERB && (x->e->what == VG_DETAINED || jailed_so_far(c, x)) &&
                !tok(c, x->t0, "held") && !tok(c, x->t0, "kept"))
                best.earlier = x; /* "released on bail three activists jailed since July 31" */
            else if (x && x->t0 > h.end && x->e->kind == F_VERB && stage_of(x->e->what) > 1 &&
                     stage_of(x->e->what) < stage_of(best.what))
                best.earlier = x; /* "pardoned 30 people who were convicted of ...":
                                   * sentenced, then freed */
        }
        if (best.tr && !best.earlier && best.rule && stage_of(best.what) > 1 &&
            (rule_is(best.rule, "active") || rule_is(best.rule, "nominal"))) {
            /* "pardoned 30 jailed protesters", "released thousands of jailed
             * activists": a participle of a sentence or a charge before the
             * people gives their earlier stage, as one after them does;
             * "released 26 detained reporters" only names them */
            const struct trigger *x = trigger_at(c, h.end);
            size_t wl, m = x ? x->t1 : 0;
            while (x && m < x->t1 + 4 && hyphen_part(c, m))
                m++; /* "jailed anti-coup protesters" */
            if (x && x->t0 == h.end && x->e->kind == F_VERB && x->t1 == x->t0 + 1 &&
                stage_of(x->e->what) > 1 && stage_of(x->e->what) < stage_of(best.what) &&
                lex_match(c->lx, c->t, c->n, m, LC_WHO, &wl))
                best.earlier = x;
        }
        if (best.tr && !best.earlier && stage_of(best.what) > 1) {
            /* "Those detained, 48 in total, were released": both; but "the
             * detainees, some 45, were released" only names them */
            const struct trigger *x = apposed_to(c, q, &h);
            if (x && x != best.tr && x->e->kind == F_VERB && stage_of(x->e->what) == 1)
                best.earlier = x;
        }
        if (best.s < S_REDUCED && prev && !part && part_of_previous(c, q, &h))
            part = 1; /* "six of whom are in a serious condition" */
        if (part && prev->what == VG_KILLED && best.what == VG_INJURED && best.tr &&
            (tok(c, h.end, "who") || tok(c, h.end, "that")) && best.tr->t0 > h.end) {
            /* "31 people died, including five who were wounded earlier":
             * the clause tells how the part of the dead was hurt before */
            best.s = S_REDUCED;
            best.tr = NULL;
            best.what = VG_KILLED;
            best.earlier = NULL;
            best.rule = "part";
        }
        if (part && best.s < S_REDUCED) {
            /* A part of the count before it. */
            best.s = S_REDUCED;
            best.tr = NULL;
            best.what = prev->what;
            best.rule = "part";
            if (h.who < 0)
                h.who = copula_who(c, h.end); /* "of whom 750 were students" */
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && c->q_col && c->q_col[qi] != VG_WHAT_NONE)
            offer(&best, S_WEAK, NULL, c->q_col[qi], "table"); /* the column a number stands
                                                                 * under beats a list's reading */
        int coord = !best.s && prev ? coordinated_after(c, q, &h, prev) : 0;
        if (coord == 2 && tok(c, q->t0 - 1, ",") && own_participle(c, q, &h))
            coord = 0; /* "14 detained in Tbilisi, 42 identified offenders" */
        if (coord) {
            offer(&best, S_WEAK, NULL, prev->what, coord == 2 ? "coordinated_past" : "coordinated");
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && last && penalty_item(c, q, &h, last))
            take_outcome_of(&best, &h, last, "penalty_list");
        if (!best.s && last && gapped_item(c, q, &h, last))
            offer(&best, S_WEAK, NULL, last->what, "gapped");
        if (!best.s && last && elliptic_item(c, q, &h, last))
            take_outcome_of(&best, &h, last, "elliptic");
        if (!best.s && last && another_recorded(c, q, &h, last))
            take_outcome_of(&best, &h, last, "another_recorded");
        if (!best.s && prev && !h.has_noun && bracket_count_item(c, q, prev)) {
            offer(&best, S_WEAK, NULL, prev->what, "bracket_list");
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && prev && name_count_item(c, q, &h, prev)) {
            offer(&best, S_WEAK, NULL, prev->what, "name_list");
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && prev && dash_item(c, q, c->q[prev->q].t1)) {
            offer(&best, S_WEAK, NULL, prev->what, "dash_list");
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && prev && place_first_item(c, q, prev)) {
            offer(&best, S_WEAK, NULL, prev->what, "dash_list");
            if (h.who < 0)
                h.who = prev->who;
        }
        if (!best.s && last && colon_item(c, q, last)) {
            offer(&best, S_WEAK, NULL, last->what, "colon_list");
            if (h.who < 0)
                h.who = last->who;
        }
        if (!best.s && follows_item(c, q))
            offer(&best, S_WEAK, NULL, c->prev_what, "follows_list");
        if (!best.s && last && closing_breakdown(c, q, &h, last))
            offer(&best, S_WEAK, NULL, last->what, "tally");
        if (!best.s && last && in_tally(c, q, out, n_out)) {
            offer(&best, S_WEAK, NULL, last->what, "tally");
            if (h.who < 0)
                h.who = last->who;
        }
        if (!best.s) {
            int w = paren_tally(c, q, &h, out, n_out);
            if (w != VG_WHAT_NONE)
                offer(&best, S_WEAK, NULL, (uint8_t)w, "paren_tally");
        }
        if (!best.s && rally_brackets(c, q, &h))
            offer(&best, S_WEAK, NULL, VG_PARTICIPANTS, "paren_tally");
        if (!best.s && last && second_estimate(c, q, &h, last))
            offer(&best, S_WEAK, NULL, last->what, "estimate");
        if (!best.s) {
            const struct trigger *label = row_label(c, q);
            if (label)
                offer(&best, S_WEAK, label, label->e->what, "row_label");
        }
        if (!best.s) {
            const struct trigger *among_whole = fronted_among(c, q);
            if (among_whole)
                offer(&best, S_WEAK, among_whole, among_whole->e->what, "among_fronted");
        }
        if (!best.s && last && compared_count(c, q, &h, last))
            offer(&best, S_WEAK, NULL, last->what, "compared");
        if (best.s < S_REDUCED && !prev && h.part_tr)
            offer(&best, S_WEAK, h.part_tr, h.part_tr->e->what, "part_of"); /* "4 of those killed" */
        const struct trigger *whole_tr = !best.s && !last ? opening_whole(c, q) : NULL;
        if (whole_tr && (copula_noun(c, h.end) || copula_aged(c, h.end) ||
                         plain_past_verb(c, h.end) || copula_people(c, h.end, whole_tr))) {
            offer(&best, S_WEAK, whole_tr, whole_tr->e->what, "part_before");
            if (h.who < 0)
                h.who = copula_aged(c, h.end) ? VG_WHO_OTHER : copula_who(c, h.end);
        }
        if (!best.s && !last && c->prev_what &&
            ((h.partitive && h.pronoun) || part_opening(c, q)) &&
            !(tok(c, q->t1, "of") && tok(c, q->t1 + 1, "which") && number_before(c, q->t0)) &&
            (copula_noun(c, h.end) || copula_aged(c, h.end))) {
            /* not "200 shops were damaged, 40 of which were stations": the
             * whole of "which" is this sentence's count of things */
            offer(&best, S_WEAK, NULL, c->prev_what, "part_before"); /* "Of those, 12 ..." */
            if (h.who < 0) /* "Of these, 29 are civilians", "12 were aged under 18" */
                h.who = copula_aged(c, h.end) ? VG_WHO_OTHER : copula_who(c, h.end);
        }
        if (!best.s && !last && c->prev_what && among_previous(c, q))
            offer(&best, S_WEAK, NULL, c->prev_what, "among_prev"); /* "Among them were 36 minors" */
        int pw = !best.s && last ? part_of_whole(c, q, last, prev) : 0;
        if ((pw == 1 &&
             (copula_noun(c, h.end) || plain_past_verb(c, h.end) || passive_by(c, h.end) ||
              (rule_is(prev->rule, "part_before") && bare(c, &h) && tok(c, h.end, "from")))) ||
            (pw == 2 && copula_noun(c, h.end))) {
            offer(&best, S_WEAK, NULL, last->what, "part_whole");
            if (h.who < 0)
                h.who = copula_who(c, h.end); /* "were civilians", "are minors" */
        }
        if (best.rule && best.what == VG_WHAT_NONE && strcmp(best.rule, ANAPHOR) == 0) {
            const struct trigger *asked = asked_outcome(c, q->t0);
            if (asked) {
                best.tr = asked; /* "not said how many are held, but groups put the
                                  * number at 300" */
                best.what = asked->e->what;
            } else {
                best.what = n_out ? out[0].what : c->prev_what; /* the sentence's first
                                                                 * figure */
            }
        }
        if (h.out && h.out->e->kind == F_WEAK && !bodies_act(c, h.out))
            offer(&best, S_WEAK, h.out, h.out->e->what, "weak_noun");
        if (h.out && h.out->e->kind == F_WEAK && h.out->e->what == VG_KILLED &&
            best.what == VG_INJURED && best.rule && rule_is(best.rule, "with")) {
            best.what = VG_KILLED; /* "four bodies, all with gunshot wounds": the dead's */
            best.tr = h.out;
            best.rule = "weak_noun";
        }
        if (best.what == VG_RELEASED && q->t0 >= 2 && tok(c, q->t0 - 1, "of") &&
            tok_in(c, q->t0 - 2, dead_remains))
            best.what = VG_KILLED; /* "the bodies of 9 men had been found" */
        if (h.out && h.out->e->kind == F_WEAK && h.out->e->what == VG_KILLED &&
            best.what == VG_RELEASED) {
            best.what = VG_KILLED; /* "12 bodies have been found", "9 bodies were
                                    * handed over": the dead, never freed */
            best.tr = h.out;
            best.rule = "weak_noun";
        }
        if (!best.s && c->ntr == 0 && h.has_noun &&
            (h.who == VG_WHO_PEOPLE || h.who == VG_WHO_PROTESTERS) && ru_at_site(c, q->t0))
            offer(&best, S_WEAK, NULL, VG_PARTICIPANTS, "at_site");
        if (!best.s && ru_crowd_here(c, q, &h))
            offer(&best, S_WEAK, NULL, VG_PARTICIPANTS, "crowd_here");
        /* A bare "N protesters" states a crowd, unless a predicate of its
         * own follows or it is a group known before, the object of a verb
         * ("Police surrounded the 40 protesters") or a part of one named
         * before ("soldiers beat several of these protesters"). */
        if (!best.s && h.who == VG_WHO_PROTESTERS && !other_predicate(c, h.end) &&
            !crowd_of_part(c, q, &h) && !part_of_known(c, q, &h) && !out_of_crowd(c, h.end) &&
            !charge_against(c, q->t0) && !(q->t0 == 0 && speaking_subject(c, h.end)) &&
            !given_to(c, q->t0) && !cleared_by_verdict(c, q->t0) &&
            !(q->t0 >= 2 && tok(c, q->t0 - 1, "the") && !has(c, q->t0 - 2, LC_STOP) &&
              c->t[q->t0 - 2].kind == TK_WORD && !plain_closed(c, q->t0 - 2) &&
              !tok(c, q->t0 - 2, "of")))
            offer(&best, S_WEAK, NULL, VG_PARTICIPANTS, "crowd");
        if (!best.s && c->q_col) {
            /* A row of a table whose headings line up with its numbers. */
            if (c->q_col[qi] != VG_WHAT_NONE)
                offer(&best, S_WEAK, NULL, c->q_col[qi], "table");
        } else if (!best.s && c->n_cols == 1 && !list_used) {
            /* A list line under "Detentions by city:". */
            offer(&best, S_WEAK, NULL, c->cols[0], "list");
            list_used = 1;
        } else if (!best.s && c->n_cols > 1 && c->q_cell) {
            /* A row of cells set apart by gaps, zeros and dashes among them. */
            if (c->q_cell[qi] != CELL_NONE && c->q_cell[qi] + c->n_cols >= c->n_cells)
                offer(&best, S_WEAK, NULL, c->cols[c->q_cell[qi] + c->n_cols - c->n_cells],
                      "table");
        } else if (!best.s && c->n_cols > 1 && qi + c->n_cols >= c->nq) {
            /* A table row under "Province  Detained  Injured". */
            offer(&best, S_WEAK, NULL, c->cols[qi + c->n_cols - c->nq], "table");
        }
        if (!best.s || best.what == VG_WHAT_NONE)
            continue;
        if (best.what == VG_PARTICIPANTS && best.tr && crowd_to_come(c, best.tr->t0))
            continue; /* "hope 50,000 people will take to the streets" */
        if (best.what == VG_DETAINED && best.tr && ru_to_hospital(c, best.tr))
            best.what = VG_INJURED;
        if (h.who < 0 && h.partitive && best.tr && best.tr->t0 > q->t1 &&
            (tok(c, q->t1, "of") || (tok(c, q->t1, "out") && tok(c, q->t1 + 1, "of"))))
            h.who = copula_who(c, best.tr->t1); /* "three of the five injured are
                                                 * policemen": the part's own group */
        if (h.who < 0 && h.partitive)
            h.who = whole_who(c, q); /* "two of the 17 students": students */
        if (h.who < 0 && !h.has_noun)
            h.who = fronted_whole_who(c, q); /* "Of the 40 reporters held, 12 ..." */
        uint8_t who = h.who >= 0 ? (uint8_t)h.who : VG_WHO_PEOPLE;
        if (h.who < 0 && !best.tr && best.what == VG_PARTICIPANTS &&
            (rule_is(best.rule, "numbered") || rule_is(best.rule, "number_of")))
            who = VG_WHO_PROTESTERS; /* the count of marchers named before it */
        if (best.tr && best.tr->e->kind == F_CASES && (!h.has_noun || h.out == best.tr))
            who = VG_WHO_CASES;
        if (best.rule && rule_is(best.rule, "cases_in"))
            who = VG_WHO_CASES; /* "prosecuted in 64 cases": the cases */
        if (h.who < 0 && best.group)
            who = (uint8_t)(best.group - 1); /* "the number of protesters detained" */
        if (h.who < 0 && !best.group && best.tr && best.rule &&
            rule_is(best.rule, "number_of") && number_of_who(c, best.tr->t0) >= 0)
            who = (uint8_t)number_of_who(c, best.tr->t0); /* "the number of students
                                                          * arrested" */
        if (h.who < 0 && best.tr && best.rule && rule_is(best.rule, "copula_subject"))
            who = subject_noun_who(c, best.tr, who); /* "students held were 40" */
        if (h.who < 0 && best.tr && best.rule && rule_is(best.rule, "count_of"))
            who = best.tr->e->who; /* «протестующих около двух тысяч»: protesters */
        if (h.who < 0 && best.tr && best.rule && rule_is(best.rule, "label"))
            who = label_group(c, best.tr, who); /* "Officers injured - 8" */
        if (h.who < 0 && best.tr && best.rule && rule_is(best.rule, "toll_event"))
            who = event_group(c, best.tr, who); /* "Deaths of protesters reached 40" */
        int toll_who = h.who < 0 && best.tr ? toll_group(c, best.tr) : -1;
        if (toll_who >= 0)
            who = (uint8_t)toll_who; /* "the toll of arrested journalists" */
        if (h.who < 0 && !h.has_noun && n_out > 0 && best.rule &&
            rule_is(best.rule, "reduced") && !inner_count(c, q) && !whole_after_among(c, q))
            who = out[n_out - 1].who; /* "4 protesters were shot dead and 11 wounded";
                                       * not the whole of the part before it */
        if (h.who < 0 && !h.has_noun && n_out > 0 && out[n_out - 1].what == best.what &&
            (tok(c, q->t0, "another") || (q->t0 >= 1 && tok(c, q->t0 - 1, "another"))))
            who = out[n_out - 1].who; /* "75 police officers were injured, another 27 were
                                       * injured the day before": more of the same group */
        if (h.who < 0 && !h.has_noun && n_out > 0 && q->t0 >= 1 && tok(c, q->t0 - 1, "and") &&
            best.tr && best.tr->t0 > q->t1 && has(c, q->t1, LC_AUX)) {
            size_t subject = n_out; /* the last figure's, past parts set off in it */
            while (subject > 0 && including_aside(c, c->q[out[subject - 1].q].t0))
                subject--;
            if (subject > 0 && out[subject - 1].who != VG_WHO_PEOPLE)
                who = out[subject - 1].who; /* "58 students were taken to hospital and 14
                                             * were arrested": the students again */
        }
        if (h.who < 0 && !h.has_noun && prev && q->t0 >= 1 && tok(c, q->t0 - 1, "including") &&
            tok(c, q->t1, "who"))
            who = prev->who; /* "23 officers were wounded, including five who were
                              * stabbed": five officers */
        if (h.who < 0 && !h.has_noun && best.rule && strcmp(best.rule, ANAPHOR) == 0 &&
            (n_out || c->prev_what != VG_WHAT_NONE))
            who = n_out ? out[0].who : c->prev_who; /* "the correct figure was 29": of
                                                      * the officers counted before */
        int side = h.who < 0 && !h.has_noun && !h.partitive && q->t0 > 1 ? colon_group(c) : -1;
        if (side >= 0 && !(side == VG_WHO_POLICE && stage_of(best.what) > 0))
            who = (uint8_t)side; /* "Police: 3 killed, 90+ injured"; but
                                            * "Police: 17 held after ...": the
                                            * police's claim, the held not theirs */
        if (h.who < 0 && !h.has_noun && h.partitive && h.pronoun &&
            partitive_aside(c, q->t0) && copula_who(c, h.end) >= 0)
            who = (uint8_t)copula_who(c, h.end); /* "Nine people, five of whom were
                                                  * students, remain in custody" */
        else if (h.who < 0 && !h.has_noun && h.partitive && h.pronoun && !h.part_tr &&
            (last || c->prev_what != VG_WHAT_NONE))
            who = last ? last->who : c->prev_who; /* "arrested 48 activists; 29 of them
                                                   * were charged": the activists */
        int all_who = h.who < 0 && !h.has_noun ? all_of_them(c, best.tr ? best.tr->t1 : h.end) : -1;
        if (all_who >= 0)
            who = (uint8_t)all_who; /* "19 detained, all of them students" */
        const struct trigger *died = best.tr && best.what == VG_INJURED ? later_death(c, best.tr)
                                                                         : NULL;
        if (died) {
            best.tr = died; /* "were shot and later died of their wounds" */
            best.what = VG_KILLED;
            best.rule = "later_died";
        }
        size_t own = n_out; /* this quantity's first binding */
        out[n_out].q = qi;
        out[n_out].what = best.what;
        out[n_out].who = who;
        out[n_out].rule = best.rule;
        out[n_out].trig = best.tr ? best.tr->t0 : q->t0;
        n_out++;
        const struct trigger *t2 = best.tr ? second_outcome(c, best.tr) : NULL;
        if (!t2 && best.tr && best.rule && rule_is(best.rule, "active"))
            t2 = object_again(c, h.end, best.tr);
        if (!t2 && !best.tr && best.rule && rule_is(best.rule, "split_verb"))
            t2 = object_again_what(c, h.end, best.what, 1); /* "took 25 medics into
                                                            * custody before releasing
                                                            * them" */
        if (!t2 && best.tr && best.rule && rule_is(best.rule, "active"))
            t2 = later_participle(c, h.end, best.what);
        if (!t2 && best.tr)
            t2 = whole_relative_then(c, best.tr->t1 > h.end ? best.tr->t1 : h.end, best.tr);
        if (!t2 && best.tr && best.what != VG_MISSING && tok(c, h.end, "and"))
            t2 = their_fate(c, h.end + 1); /* "arrested 12 students and their fate is
                                            * unknown" */
        if (!t2 && best.tr && best.tr->e->kind == F_VERB)
            t2 = ru_relative_then(c, h.end, best.tr);
        if (!t2 && cyrillic_at(c, q->t0 > 0 ? q->t0 - 1 : q->t0))
            t2 = ru_them_again(c, h.end, best.what);
        if (!t2 && best.tr && !cyrillic_at(c, q->t0))
            t2 = they_again(c, h.end, best.what);
        if (!t2 && best.earlier)
            t2 = best.earlier; /* "who had been held ... were freed": both */
        if (!t2 && best.tr && best.rule && strcmp(best.rule, "noun") == 0)
            t2 = event_after(c, best.tr); /* "dozens of injuries and arrests" */
        for (int stages = 0; t2 && n_out < max && stages < 3; stages++) {
            out[n_out] = out[n_out - 1];
            out[n_out].what = jailed_so_far(c, t2) ? VG_DETAINED : t2->e->what;
            out[n_out].rule = "and_then";
            out[n_out].trig = t2->t0;
            n_out++;
            /* "arrested, charged and released on bail": a third stage */
            const struct trigger *t3 = t2 != best.earlier ? second_outcome(c, t2) : NULL;
            t2 = t3 && stage_of(t3->e->what) > stage_of(t2->e->what) ? t3 : NULL;
        }
        /* "detained on charges of arson and released on bail": custody on
         * charges, whatever stage follows it */
        if (best.what == VG_DETAINED && best.tr && best.tr->e->kind == F_VERB && n_out < max &&
            out[own].what == VG_DETAINED &&
            (on_charges(c, best.tr->t1) ||
             on_charges(c, past_custody_place(c, best.tr->t1)) ||
             on_charges(c, past_agent(c, best.tr->t1)) ||
             (rule_is(best.rule, "active") && on_charges(c, h.end)))) {
            out[n_out] = out[own];
            out[n_out].what = VG_CHARGED;
            out[n_out].rule = "on_charges";
            n_out++;
        }
        if (best.what == VG_RELEASED && n_out < max &&
            ((best.tr && ru_after_protocols(c, best.tr->t1)) || ru_after_protocols(c, h.end))) {
            out[n_out] = out[n_out - 1];
            out[n_out].what = VG_CHARGED;
            out[n_out].rule = "after_protocols";
            n_out++;
        }
        /* "arrested, charged and released 9 people": earlier stages before
         * the verb that takes the count. */
        const struct trigger *t0 = best.tr && best.rule && rule_is(best.rule, "active")
                                       ? verb_before(c, best.tr)
                                   : best.tr && best.rule && rule_is(best.rule, "nominal")
                                       ? event_before(c, best.tr)
                                       : NULL;
        for (int stages = 0; t0 && n_out < max && stages < 3; stages++) {
            out[n_out] = out[n_out - 1];
            out[n_out].what = t0->e->what;
            out[n_out].rule = "and_before";
            out[n_out].trig = t0->t0;
            n_out++;
            t0 = verb_before(c, t0);
        }
        if (prev && including_aside(c, q->t0))
            n_out = share_stages(out, n_out, max, prev->q, own);
    }
    return n_out;
}
