/* Persons.  A name is a run of two to four capitalised words the lexicon
 * does not know (titles such as "Dr." or "Superintendent" are dropped), or
 * the surname of someone already named.  It takes the outcome phrase
 * nearest to it in its clause that no figure has taken; its role comes from
 * a role word just before it ("journalist X") or in an apposition after it
 * ("X, a human rights defender").  A crowd is no outcome of a person's.
 *
 * The status is the gravest outcome the report gives the person
 * (GUIDELINES.md): predicates joined to the name's verb ("was arrested on
 * 2 May and charged two days later", "был задержан и арестован на 10
 * суток"), later mentions, and the sentence right after, when it goes on
 * about the one person named by a pronoun ("He has been missing since",
 * "Суд приговорил её к ...").  A release says the person was held: it
 * counts as detained.  A person a sentence names with no outcome ("Иван
 * Петров, 24 года, программист.") is kept pending: the sentence right
 * after gives it one through a pronoun of its gender or its given name
 * alone («Его задержали», «Ивана доставили в больницу»).  Pronouns, their
 * uses and genders are data (category pron in data/lexicon/LANG/words.tsv);
 * of several people the sentence before named, a pronoun's gender picks
 * one (name_case_gender).
 *
 * A name that is the subject of its clause takes the clause's verb, past
 * the appositions and other names between ("X, 22, a student who ..., was
 * detained", "X and lawyer Y were charged"), even when a figure took that
 * verb; a later clause opened by "he", "she", "his", "her" ("; his
 * whereabouts are unknown") is the last name's.  Names after a place
 * preposition ("in", "from"), an outlet noun ("the outlet X") or an
 * official's title ("Judge X"), names an organisation word follows ("X
 * Network") or ending in a word of titles and places ("Daily", "Act",
 * "North") and names in a speaker's phrase ("said coordinator X") are no
 * people here. */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "name_case.h"
#include "person.h"
#include "word_list.h"
#include "vigil/translit.h"
#include "banned.h"

#define NAME_MAX_WORDS 4
#define OUTCOME_REACH 14 /* tokens between a name and its outcome phrase */
#define CHAIN_REACH 20   /* tokens from one joined verb to the next */

static int glued(const struct sentence_ctx *c, size_t i);

/* Is the capitalised word at i, a word of the lexicon that is also a
 * common surname ("Park": a place's word too), beside a name word of no
 * lexicon: "Jin Park", "Park Ji-hoon"?  A capitalised word after it makes
 * it a place's name ("Park Avenue", "Gezi Park Square"). */
static int surname_beside(const struct sentence_ctx *c, size_t i) {
    const struct token *t = c->t;
    int syllable = i > 2 && tok(c, i - 2, "-") && glued(c, i - 2) && glued(c, i - 1) &&
                   (t[i - 3].flags & TF_CAP); /* "Min-jun Park" */
    int plain_before = i > 0 && t[i - 1].kind == TK_WORD &&
                       ((t[i - 1].flags & TF_CAP) || syllable) && !t[i - 1].word &&
                       t[i - 1].fold.len >= 2 && !(t[i - 1].flags & TF_UPPER);
    int plain_after = i + 1 < c->n && t[i + 1].kind == TK_WORD && (t[i + 1].flags & TF_CAP) &&
                      !t[i + 1].word && t[i + 1].fold.len >= 2 && !(t[i + 1].flags & TF_UPPER);
    int cap_after = i + 1 < c->n && t[i + 1].kind == TK_WORD && (t[i + 1].flags & TF_CAP);
    /* one given name before it: not "El Arbolito Park", a park */
    int one_before = syllable || i < 2 || t[i - 2].kind != TK_WORD ||
                     !(((t[i - 2].flags & TF_CAP) && !t[i - 2].word) || tok(c, i - 2, "el") ||
                       tok(c, i - 2, "al"));
    return (plain_before && one_before && !cap_after) || (plain_after && !plain_before);
}

/* Could token i be part of a person's name? */
static int name_word(const struct sentence_ctx *c, size_t i) {
    const struct token *t = &c->t[i];
    if (t->kind == TK_WORD && t->fold.len == 1 && t->fold.ptr[0] == 'u' && i + 1 < c->n &&
        c->t[i + 1].kind == TK_WORD && (c->t[i + 1].flags & TF_CAP) && !c->t[i + 1].word &&
        c->t[i + 1].fold.len >= 2 && (c->t[i + 1].flags & TF_SPACE))
        return 1; /* the Burmese honorific of "U Thura" */
    if (t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_UPPER) &&
        token_is(t, "park"))
        return surname_beside(c, i); /* "Jin Park", "Park Min-jun" */
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || t->word || t->fold.len < 2)
        return 0;
    return !(t->flags & TF_UPPER) || t->fold.len <= 3;
}

/* Is token i one of the folded words of `list` (a static list: see
 * word_list.h)? */
static int tok_in(const struct sentence_ctx *c, size_t i, const char *const *list) {
    return i < c->n && word_list_has_token(list, &c->t[i]);
}

/* Is token i glued to the token before it (no space)? */
static int glued(const struct sentence_ctx *c, size_t i) {
    return i < c->n && !(c->t[i].flags & (TF_SPACE | TF_NL));
}

static int quote_mark(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "\"") || tok(c, k, "\xe2\x80\x9c") || tok(c, k, "\xe2\x80\x9d");
}

/* A nickname in quotes inside a name at token b ("Tomas \"Tito\" Herrera"):
 * one or two name words in quotes with a name word after; or one in
 * brackets ("Mahra (Zina) Alavi"), not in capitals, which are initials
 * ("Jane Wanjiru (ODM)").  Returns the token after the closing mark, or 0. */
static size_t nickname_end(const struct sentence_ctx *c, size_t b) {
    if (tok(c, b, "(") && b + 3 < c->n)
        return name_word(c, b + 1) && !(c->t[b + 1].flags & TF_UPPER) && tok(c, b + 2, ")") &&
                       name_word(c, b + 3)
                   ? b + 3
                   : 0;
    if (!quote_mark(c, b) || !name_word(c, b + 1))
        return 0;
    size_t k = b + 1;
    while (k < c->n && k < b + 3 && name_word(c, k))
        k++;
    return quote_mark(c, k) && name_word(c, k + 1) ? k + 1 : 0;
}

/* The end of the name starting at token a (a name word): name words, joined
 * by hyphens ("Jean-Robert") or with a particle ("al-Saadi", "bin Salman",
 * "de Souza"), over a nickname in quotes; at most NAME_MAX_WORDS words.
 * *words receives how many. */
static size_t name_end(const struct sentence_ctx *c, size_t a, size_t *words) {
    static const char *const particle[] = {"al", "el", "ad", "as", "bin", "ibn", "ben",
                                           "abu", "de", "da", "dos", "van", "von", NULL};
    size_t b = a + 1, w = 1;
    while (b < c->n && w < NAME_MAX_WORDS) {
        if (name_word(c, b)) {
            b++, w++;
        } else if (tok(c, b, "-") && glued(c, b) && glued(c, b + 1) && b + 1 < c->n &&
                   (c->t[b + 1].flags & TF_CAP) && c->t[b + 1].kind == TK_WORD) {
            b += 2; /* "Jean-Robert": the part after the hyphen is no new word */
        } else if (tok(c, b, "-") && glued(c, b) && glued(c, b + 1) && b + 1 < c->n &&
                   c->t[b + 1].kind == TK_WORD && !c->t[b + 1].word && c->t[b + 1].fold.len <= 5 &&
                   (w >= 2 || (b + 2 < c->n && name_word(c, b + 2)))) {
            b += 2; /* "Wong Ka-ming", "Min-jun Park": a given name's syllables, the
                     * second in lower case */
        } else if (nickname_end(c, b)) {
            b = nickname_end(c, b); /* the nickname is no word of the name */
        } else if (tok_in(c, b, particle) &&
                   (!(c->t[b].flags & TF_CAP) || (c->t[b].kind == TK_WORD && name_word(c, b + 1) &&
                                                  !(c->t[b].flags & TF_UPPER)))) {
            /* "de Souza"; inside a name, a capitalised one that is also a
             * common word: the "Van" of "Nguyen Van Hung" */
            if (tok(c, b + 1, "-") && glued(c, b + 1) && glued(c, b + 2) && b + 2 < c->n &&
                (c->t[b + 2].flags & TF_CAP) && c->t[b + 2].kind == TK_WORD)
                b += 3, w++;
            else if (name_word(c, b + 1))
                b += 2, w++;
            else
                break;
        } else {
            break;
        }
    }
    *words = w;
    return b;
}

/* The name at tokens [a, b), text `name`, without a nickname in quotes
 * (GUIDELINES.md: nicknames dropped): "Tomas Herrera".  Returns name when
 * it has none; a copy in arena `ar`, or a NULL slice when out of memory. */
static struct vg_str without_nickname(struct vg_arena *ar, const struct sentence_ctx *c,
                                      struct vg_str text, size_t a, size_t b,
                                      struct vg_str name) {
    for (size_t k = a + 1; k < b; k++) {
        size_t e = nickname_end(c, k);
        if (!e || e >= b)
            continue;
        size_t cut0 = c->t[k].start, cut1 = c->t[e].start;
        size_t before = cut0 - (size_t)(name.ptr - text.ptr);
        size_t after = (size_t)(name.ptr + name.len - (text.ptr + cut1));
        char *out = vg_arena_alloc(ar, before + after + 1);
        if (!out)
            return VG_STR_NULL;
        memcpy(out, name.ptr, before);
        memcpy(out + before, text.ptr + cut1, after);
        out[before + after] = '\0';
        return vg_str_make(out, before + after);
    }
    return name;
}

/* May token k stand in a headline in title case: no word of four bytes
 * or more in small letters?  Counts those words in *longer. */
static int title_word(const struct sentence_ctx *c, size_t k, size_t *longer) {
    const struct token *t = &c->t[k];
    if (t->kind != TK_WORD || t->fold.len < 4)
        return 1;
    ++*longer;
    return (t->flags & TF_CAP) != 0;
}

/* "Ms Achieng", "Mr. Okafor": a personal honorific right before the
 * name at token a, which makes a surname alone a person's. */
static int honorific_before(const struct sentence_ctx *c, size_t a) {
    static const char *const honorific[] = {"mr", "mrs", "ms", "miss", "dr", NULL};
    if (a >= 2 && tok(c, a - 1, ".") && glued(c, a - 1))
        a--;
    return a >= 1 && (c->t[a - 1].flags & TF_CAP) && tok_in(c, a - 1, honorific);
}

/* Is the name at [a, b) followed by the initials of a body in brackets:
 * "Pakistan Tehreek-e-Insaf (PTI)", "the Union for Democracy and Social
 * Progress (UDPS)", the last words read as a name?  Every letter of the
 * initials stands among the first letters of the capitalised words
 * before the name and of the name's own words and their hyphened parts.
 * "Senator Jane Wanjiru (ODM)" names a party no initial of hers makes. */
static int acronym_after(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const small[] = {"for", "of", "and", "the", "de", "des", "du", "pour",
                                        "la", "le", NULL};
    if (b + 2 >= c->n || !tok(c, b, "(") || !tok(c, b + 2, ")") ||
        !(c->t[b + 1].flags & TF_UPPER) || c->t[b + 1].fold.len < 2 ||
        c->t[b + 1].fold.len > 8)
        return 0;
    size_t k = a;
    while (k > 0 && a - k < 8 &&
           ((c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP)) ||
            tok_in(c, k - 1, small)))
        k--;
    char first[32];
    size_t nf = 0;
    for (; k < b && nf < sizeof first; k++) {
        struct vg_str f = c->t[k].fold;
        if (c->t[k].kind != TK_WORD || !(c->t[k].flags & TF_CAP))
            continue;
        for (size_t i = 0; i < f.len && nf < sizeof first; i++)
            if (i == 0 || f.ptr[i - 1] == '-')
                first[nf++] = f.ptr[i];
    }
    struct vg_str ac = c->t[b + 1].fold;
    for (size_t i = 0; i < ac.len; i++)
        if (!memchr(first, ac.ptr[i], nf))
            return 0;
    return 1;
}

/* Words that open a clause of prose, not a person's record, after a
 * run-in heading's colon. */
static const char *const clause_opening[] = {"in", "on", "the", "there", "during", "according",
                                             "as", "at", "since", "from", "throughout",
                                             "authorities", "police", "a", "an", NULL};

static int group_opening(const struct sentence_ctx *c, size_t a);

/* The heads, officers and members of a body, in small letters after its
 * name: "the Youth Wing chairman", "party publicity secretary X". */
static const char *const body_offices[] = {
    "chairman", "chairwoman", "chairperson", "chair", "chief", "leader", "leaders", "head",
    "founder", "president", "secretary", "treasurer", "coordinator", "organiser", "organizer",
    "convener", "convenor", "spokesman", "spokeswoman", "spokesperson", "member", "members",
    "cadre", "cadres", "official", "officials", "governor", "minister", NULL};

/* Do one to three words in small letters ending in an office ("regional
 * chairman", "publicity secretary") and then a capitalised name follow the
 * capitalised words ending at b? */
static int office_then_name(const struct sentence_ctx *c, size_t b) {
    static const char *const joins[] = {"and", "or", "nor", "with", "by", "of", "to", "for",
                                        "from", "as", "than", NULL};
    for (size_t k = b; k < c->n && k < b + 3; k++) {
        if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) || has(c, k, LC_STOP) ||
            tok_in(c, k, joins) || c->trig_at[k])
            return 0; /* not "X and organiser Y": two people */
        if (tok_in(c, k, body_offices) && k + 1 < c->n && c->t[k + 1].kind == TK_WORD &&
            (c->t[k + 1].flags & TF_CAP))
            return 1;
    }
    return 0;
}

/* Nouns of a unit of a force after its name. */
static const char *const force_unit[] = {"unit", "units", "squad", "squads", "brigade",
                                         "battalion", "regiment", "detachment", NULL};

/* Is token k a double quote mark, straight or curly? */
static int double_quote(const struct sentence_ctx *c, size_t k) {
    return tok(c, k, "\"") || tok(c, k, "\xe2\x80\x9c") || tok(c, k, "\xe2\x80\x9d");
}

/* Nouns for one person or a few that a capitalised modifier may stand
 * before: "an African American man", "two Kurdish women". */
static const char *const one_of_people[] = {"man", "woman", "men", "women", "boy", "girl",
                                            "teenager", "teen", NULL};

/* Nouns of a place or a facility in small letters after a name, or after
 * a list of names, that name it or them: "the Bai Shan detention center",
 * "from Lo Dan and Pa Kyin villages". */
static const char *const place_after[] = {"village", "villages", "detention", "camp",
                                          "prison", "jail", "township", "neighbourhood",
                                          "neighborhood", "bazaar", "mosque", NULL};

/* Does a noun of place_after close the name ending before token b, or the
 * list of capitalised names it opens (commas, "and", a name in brackets
 * between)? */
static int place_after_names(const struct sentence_ctx *c, size_t b) {
    size_t k = b;
    while (k < c->n && k < b + 16 &&
           (tok(c, k, ",") || tok(c, k, "and") || tok(c, k, "(") || tok(c, k, ")") ||
            (c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP))))
        k++;
    return k < c->n && !(c->t[k].flags & TF_CAP) && tok_in(c, k, place_after);
}

/* Does "according to" stand before the name at a, past a few words in
 * small letters and an honorific ("according to his daughter X",
 * "according to Ms X")?  The name is a source's, no one who underwent the
 * outcome. */
static int according_to(const struct sentence_ctx *c, size_t a) {
    size_t k = honorific_before(c, a) ? a - 1 : a;
    if (k > 0 && tok(c, k - 1, ".") && honorific_before(c, a))
        k--;
    for (size_t steps = 0; k > 1 && steps < 4; k--, steps++) {
        if (tok(c, k - 1, "to"))
            return tok(c, k - 2, "according");
        if (c->t[k - 1].kind != TK_WORD || (c->t[k - 1].flags & TF_CAP) || c->trig_at[k - 1])
            return 0;
    }
    return 0;
}

/* The token after a gloss in brackets that opens at b ("(Woman, Life,
 * Freedom)"), up to eight tokens inside; b itself when none opens there. */
static size_t gloss_end(const struct sentence_ctx *c, size_t b) {
    if (!tok(c, b, "("))
        return b;
    for (size_t k = b + 1; k < c->n && k <= b + 9; k++)
        if (tok(c, k, ")"))
            return k > b + 1 ? k + 1 : b;
    return b;
}

/* Is the name at [a, b) a place, an outlet, an organisation or an
 * official rather than a person who underwent something? */
/* Do capitalised words and initials ("the U.S. Capitol") stand between a
 * preposition of place with "the" and the name at a? */
static int place_prep_before_caps(const struct sentence_ctx *c, size_t a) {
    static const char *const preps[] = {"in", "at", "near", "outside", "inside", "around",
                                        "into", "from", "towards", "toward", NULL};
    size_t k = a;
    while (k > 0 && a - k < 4 &&
           ((c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP)) ||
            (tok(c, k - 1, ".") && k >= 2 && c->t[k - 2].fold.len == 1)))
        k--;
    return k < a && k >= 2 && tok(c, k - 1, "the") && tok_in(c, k - 2, preps);
}

/* Do the name's further capitalised words after b ("King Jr.") end in
 * "Day", or run into a word for an event ("... Day demonstration")? */
static int named_day_after(const struct sentence_ctx *c, size_t b, const char *const *event) {
    size_t k = b;
    while (k < c->n && k < b + 5 &&
           ((c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP)) ||
            (tok(c, k, ".") && k > 0 && glued(c, k)))) {
        if (tok(c, k, "day") && k > b)
            return 1;
        k++;
    }
    return k > b && k < c->n && c->t[k].kind == TK_WORD && tok_in(c, k, event);
}

static int not_person(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const place_prep[] = {"in", "from", "at", "near", "outside", "around",
                                             "across", "inside", "towards", "toward", "along",
                                             "into", NULL};
    static const char *const outlet[] = {"outlet", "newspaper", "daily", "magazine", "website",
                                         "channel", "broadcaster", "weekly", "paper", "portal",
                                         "site", "agency", "monthly", "station", NULL};
    static const char *const official[] = {"judge", "colonel", "general", "captain",
                                           "sergeant", "inspector", "prosecutor", "lieutenant",
                                           "major", "magistrate", "justice", NULL};
    static const char *const place_of[] = {"neighborhood", "neighbourhood", "district", "town",
                                           "village", "city", "suburb", "parish", "municipality",
                                           "province", "region", "commune", "county", "township",
                                           "barrio", "borough", "settlement", NULL};
    static const char *const camp[] = {"opponents", "supporters", "critics", "followers",
                                       "loyalists", "allies", "government", "administration",
                                       "regime", "resignation", "ouster", "opponent",
                                       "supporter", "critic", "members", "member", "ranks",
                                       NULL};
    static const char *const event[] = {"protest", "protests", "rally", "rallies", "march",
                                        "marches", "demonstration", "demonstrations", "vigil",
                                        "blockade", "blockades", "encampment", "campaign",
                                        "action", "actions", "game", "games", "match",
                                        "matches", "fixture", "fixtures", "derby", NULL};
    static const char *const moved[] = {"taken", "transferred", "moved", "brought", "transported",
                                        "driven", "flown", NULL};
    /* "La Güinera", "Los Olivos": an article opens a place's name, no person's */
    static const char *const first_word[] = {"cyclone", "typhoon", "hurricane", "storm",
                                             "western", "eastern", "northern", "southern",
                                             "operation", "across", "amid", "against",
                                             "despite", "during", "inside", "outside",
                                             "throughout", "avenida", "rue", "calle", "rua",
                                             "jalan", "plaza", "piazza", "la", "las", "los",
                                             NULL};
    static const char *const last_word[] = {"revolution", "uprising",
                                            "daily", "act", "code", "north", "south", "east",
                                            "west", "post", "mirror", "tribune", "herald",
                                            "journal", "express", "telegraph", "review",
                                            "ledger", "gazette", "chronicle", "times",
                                            "monitor", "today", "online", "weekly", "africa",
                                            "asia", "europe", "america", "american", "african",
                                            "asian", "european", "branch", "authority",
                                            "township", "upazila", "tehsil", "division",
                                            "surgery", "sciences", "studies", "way",
                                            "league", "congress", "council", "alliance",
                                            "front", "coalition", "movement", "law", "bill",
                                            "decree", "ordinance", "amendment", "policy",
                                            "reform", "reforms", "plan", "programme", "program",
                                            "treaty", "action", "rebellion", "prize", "award",
                                            "medal", "press", "presse", "television", "unit",
                                            "squad", "brigade", "battalion", "courthouse",
                                            "prevention", "rehabilitation", "solidarity",
                                            "secretary", "rapporteur", "envoy", "ombudsman",
                                            "ambassador", "consul", "fm", "tv", "radio", NULL};
    static const char *const relations[] = {
        "colleague", "colleagues", "wife", "husband", "son", "daughter", "brother", "sister",
        "mother", "father", "lawyer", "lawyers", "deputy", "aide", "aides", "spokesman",
        "spokeswoman", "spokesperson", "supporters", "supporter", "family", "relatives",
        "friend", "friends", "assistant", "associate", "associates", "partner", "driver",
        "bodyguard", "staff", "campaign", "party", "nephew", "niece", "cousin", NULL};
    /* "the party's secretary general X", "secretary-general X": no rank */
    int secretary = a > 1 && tok(c, a - 1, "general") &&
                    (tok(c, a - 2, "secretary") ||
                     (a > 2 && tok(c, a - 2, "-") && tok(c, a - 3, "secretary")));
    size_t len;
    size_t ti = a > 2 && c->t[a - 1].kind == TK_WORD && c->t[a - 1].fold.len == 1 &&
                        (c->t[a - 1].flags & TF_CAP)
                    ? a - 1
                    : a; /* "Magistrate M Mustafizur Rahman": past an initial */
    if (ti < a && tok_in(c, ti - 1, official))
        return 1;
    if (a > 0 && glued(c, a) && c->t[a - 1].kind == TK_NUM)
        return 1; /* "section 144Cr PC": a code's letters after its number */
    if (a >= 2 && tok(c, a - 1, "-") && glued(c, a - 1) && glued(c, a) &&
        c->t[a - 2].kind == TK_WORD)
        return 1; /* "Tehreek-e-Labbaik Pakistan": the tail of a hyphenated
                   * compound, an organisation's name */
    if (a > 0 && (tok_in(c, a - 1, place_prep) || tok_in(c, a - 1, outlet) ||
                  (tok_in(c, a - 1, official) && !secretary) || tok(c, a - 1, "aka") ||
                  tok(c, a - 1, "alias")))
        return 1; /* "X aka Y": Y is X's other name, no one else */
    if (a > 1 && tok(c, a - 1, "as") && tok(c, a - 2, "known"))
        return 1; /* "X, popularly known as Y": the same */
    /* a count right before the name: "18 Chinese Christians" name a group */
    if (according_to(c, a) || count_before(c, a) || place_after_names(c, b))
        return 1; /* a source, a group after its count, a place's name */
    if (a > 3 && tok(c, a - 1, "of") && tok(c, a - 2, ",") && c->t[a - 3].kind == TK_NUM &&
        c->t[a - 3].fold.len <= 2 && tok(c, a - 4, ","))
        return 1; /* "X, 26, of Rock Creek, Y, 24, of ...": a hometown after an age */
    for (size_t k = a + 2; k < b && k < a + 4; k++)
        if (tok(c, k - 1, "-") && tok_in(c, k, official))
            return 1; /* "Sub-Inspector Anisur Rahman", "Lieutenant-Colonel X": a rank */
    if (a > 1 && tok(c, a - 1, "the") && tok_in(c, a - 2, place_prep))
        return 1; /* "near the Presidential Secretariat" */
    if (place_prep_before_caps(c, a))
        return 1; /* "at the U.S. Capitol": the place's capitalised words before */
    if (a > 1 && tok(c, a - 1, "the") && tok_in(c, a - 2, outlet))
        return 1; /* "the monthly The Lake Observer" */
    size_t of = a > 1 && (has(c, a - 1, LC_TITLE) || tok(c, a - 1, "the") || tok(c, a - 1, "an"))
                    ? a - 1
                    : a; /* "of President X", "members of An Garda Siochana" */
    if (of > 1 && tok(c, of - 1, "of") && tok_in(c, of - 2, camp))
        return 1; /* "opponents of President X tried to march": X's camp, not X */
    if (a > 1 && has(c, a - 1, LC_TITLE))
        for (size_t k = a - 1; k-- > 1 && a - 1 - k <= 3 && c->t[k].kind == TK_WORD;)
            if (tok(c, k, "of") && tok_in(c, k - 1, camp))
                return 1; /* "supporters of deposed Islamist president X" */

    if (a > 1 && tok(c, a - 1, "of") && tok_in(c, a - 2, place_of))
        return 1; /* "the Havana neighbourhood of La Loma": a place */
    if (a > 1 && tok(c, a - 1, "of") && has(c, a - 2, LC_WHO) &&
        (a == 2 || !(c->t[a - 2].flags & TF_CAP)))
        return 1; /* "workers of Samsung India Electronics": their employer */
    if (a > 1 && tok(c, a - 1, "of") && tok_in(c, a - 2, body_offices))
        return 1; /* "the chairman of Pakistan Tehreek-e-Insaf": the body he heads */
    if (a > 1 && tok(c, a - 1, "to") && tok_in(c, a - 2, moved))
        return 1; /* "taken to Campo Alegre", "transferred to Evin": a place */
    if (a > 1 && tok(c, a - 1, "the") && tok(c, a - 2, "of"))
        return 1; /* "a paramedic of the Kenya Red Cross": a body, not a person */
    for (size_t m = b; m < c->n && m < b + 3 && c->t[m].kind == TK_WORD &&
                       !(c->t[m].flags & TF_CAP);
         m++)
        if (tok_in(c, m, force_unit))
            return 1; /* "the Grupo Halcon motorcycle unit": a unit of a force */
    if (a > 2 && (tok(c, a - 1, "of") || tok(c, a - 1, "for")) && c->t[a - 2].kind == TK_WORD &&
        (c->t[a - 2].flags & TF_CAP) && c->t[a - 3].kind == TK_WORD)
        return 1; /* "the Faculty of Social Sciences", "University of X" */
    if (tok_in(c, b - 1, last_word) || tok_in(c, a, first_word) ||
        (b < c->n && (c->t[b].flags & TF_CAP) && tok_in(c, b, last_word)))
        return 1; /* "Saffron Revolution", "Cyclone Nargis", "Western Azerbaijan",
                   * "the Job Creation Law" */
    if (tok(c, b, "'s") && b + 1 < c->n && (c->t[b + 1].flags & TF_CAP) &&
        lexicon_is(c->lx, c->t[b + 1].word, LC_ORG))
        return 1; /* "the All Burma Monk's Alliance": a body's name */
    if (tok(c, b, "'s") && tok_in(c, b + 1, relations))
        return 1; /* "X's colleague, Y, was jailed": Y is the one */
    for (size_t k = a; k > 1 && a - k < 4 && c->t[k - 1].kind == TK_WORD &&
                       !(c->t[k - 1].flags & TF_CAP);
         k--)
        if (tok(c, k - 1, "of") && (tok_in(c, k - 2, relations) || tok(c, k - 2, "child") ||
                                    tok(c, k - 2, "children")))
            return 1; /* "the child of videographer X was among those arrested": the child */
    /* a name in single quotes is a nickname or a title: the 'Black Maria' vans */
    if (a > 0 && (tok(c, a - 1, "'") || tok(c, a - 1, "\xe2\x80\x98")) &&
        (tok(c, b, "'") || tok(c, b, "\xe2\x80\x99")))
        return 1;
    if (a == 0 && tok(c, b, ":") && b + 1 < c->n && (c->t[b + 1].flags & TF_CAP) &&
        (tok_in(c, b + 1, clause_opening) || c->qty_at[b + 1]))
        return 1; /* a run-in heading: "Transnational Repression: In October ...",
                   * a dateline before a count: "Kisumu: Four charged over ..." */
    if (b < c->n && !(c->t[b].flags & TF_CAP) && has(c, b, LC_WHO) && a > 0) {
        size_t k = a; /* the start of the capitalised words: "300 Just | Stop Oil" */
        while (k > 1 && c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP))
            k--;
        if (c->qty_at[k - 1] || !(c->t[k - 1].flags & TF_CAP) || k == 1)
            return 1; /* "38 Saba Saba suspects", "represented El Max residents",
                       * "300 Just Stop Oil supporters", "Just Stop Oil
                       * activists arrested" at the start: a modifier */
    }
    size_t ev = gloss_end(c, b);
    if (ev < c->n && !(c->t[ev].flags & TF_CAP) && tok_in(c, ev, event))
        return 1;
    if (named_day_after(c, b, event))
        return 1; /* "a Martin Luther King Jr. Day demonstration": a day named
                   * after the man, or his name the event's */ /* "at a Just Stop Oil protest", "ahead of the Varnel City game":
                   * the group names the event; so does a slogan, its gloss in
                   * brackets between: "the Jin Jiyan Azadi (Woman, Life,
                   * Freedom) protests" */
    if (a > 0 && tok(c, a - 1, "\"") && tok(c, b, "\""))
        return 1; /* a name in quotes is a title: the movement "Free Voice" */
    if (a > 0 && double_quote(c, a - 1) && tok(c, b, ",") && b + 1 < c->n &&
        double_quote(c, b + 1))
        return 1; /* its comma inside the quotes: a report titled “Silent Nation,” */
    if (b < c->n && tok_in(c, b, one_of_people))
        return 1; /* "a 30-year-old Afro Brazilian man": the words say who
                   * he is, no name */
    if (office_then_name(c, b))
        return 1; /* "Youth League regional chairman Boniface Nkuru": the body
                   * whose officer is named after */
    if (a > 0 && (tok(c, a - 1, "by") || (a > 1 && tok(c, a - 1, "the") && tok(c, a - 2, "by"))))
        return 1; /* "was arrested by the Anti-Graft Commission": the agent */
    if (b < c->n && c->t[b].kind == TK_WORD && !(c->t[b].flags & TF_CAP) &&
        (tok_in(c, b, body_offices) || lex_match(c->lx, c->t, c->n, b, LC_ROLE, &len)))
        return 1; /* "the Tehreek-e-Insaf chairman", "Reuters journalist X": a modifier */
    if (b + 1 < c->n && tok(c, b, "of") && (c->t[b + 1].flags & TF_CAP)) {
        size_t k = b + 1; /* "Democratic Voice of Burma reporter": a body's name */
        while (k < c->n && c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP))
            k++;
        if (k < c->n && c->t[k].kind == TK_WORD && !(c->t[k].flags & TF_CAP) &&
            (tok_in(c, k, body_offices) || lex_match(c->lx, c->t, c->n, k, LC_ROLE, &len) ||
             has(c, k, LC_WHO)))
            return 1;
    }
    if (acronym_after(c, a, b))
        return 1; /* "Union for Democracy and Social Progress (UDPS)", "Pakistan
                   * Tehreek-e-Insaf (PTI)": a body and its initials */
    /* "Caspian Civil Liberties Network": an organisation word follows. */
    /* Not in Russian, whose free word order puts "суд" after its object. */
    size_t o = b; /* past capitalised words the lexicon knows: "X Youth Court" */
    while (o + 1 < c->n && o < b + 2 && c->t[o].kind == TK_WORD && (c->t[o].flags & TF_CAP) &&
           !lexicon_is(c->lx, c->t[o].word, LC_ORG))
        o++;
    if (o < c->n && lexicon_is(c->lx, c->t[o].word, LC_ORG) && c->t[o].kind == TK_WORD &&
        (unsigned char)c->t[o].fold.ptr[0] < 0x80)
        return 1;
    if (group_opening(c, a))
        return 0; /* "They are Arshia Takdastan, Javad Rouhi and ...": no headline */
    /* A headline in title case: "UN Urges Release of Thousands Detained".
     * Every longer word of the name's line is capitalised.  The line is
     * read from the name outwards, and the first longer word in small
     * letters ends the search: in prose it is seldom far. */
    size_t longer = 0;
    for (size_t k = a; k < b; k++)
        if (!title_word(c, k, &longer))
            return 0;
    for (size_t k = a; k > 0 && !(c->t[k].flags & TF_NL); k--)
        if (!title_word(c, k - 1, &longer))
            return 0;
    for (size_t k = b; k < c->n && !(c->t[k].flags & TF_NL); k++)
        if (!title_word(c, k, &longer))
            return 0;
    return longer >= 4;
}

/* Does an outcome's event noun and "of" stand right before the office
 * words before the name at a: "the detention of Istanbul Mayor X"?  Then
 * the office holder is the one detained, no official who speaks. */
static int event_of_office(const struct sentence_ctx *c, size_t a) {
    size_t k = a;
    while (k > 0 && a - k < 3 && c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP))
        k--;
    if (k == a || k < 2 || !tok(c, k - 1, "of"))
        return 0;
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t1 == k - 1 && c->tr[i].e->kind == F_EVENT)
            return 1;
    return 0;
}

/* Is the name at a, after an office's title ("mayor", "governor",
 * "minister"), the one the outcome happened to: the title right after
 * the outcome phrase, past a place's possessive ("police detained mayor
 * X", "the detention of Istanbul's mayor X"), or the name the subject of
 * an outcome predicate ("Mayor X was detained")?  Not "police spokesman X
 * said", where the title's holder only speaks. */
static int pred_trigger(const struct sentence_ctx *c, size_t k);

static int office_held(const struct sentence_ctx *c, size_t a, size_t b) {
    if (a == 0 || !has(c, a - 1, LC_TITLE))
        return 0;
    if (has(c, b, LC_AUX) && pred_trigger(c, b) >= 0)
        return 1;
    static const char *const kinds[] = {"opposition", "former", "deputy", "acting", "ousted",
                                        "deposed", "elected", "popular", "city", "district",
                                        "regional", "town", "village", "provincial", "prime",
                                        "vice", NULL};
    size_t k = a - 1;
    for (int n = 0; n < 3 && k >= 1 && tok_in(c, k - 1, kinds); n++)
        k--; /* "opposition mayor X", "former deputy mayor X", "former prime minister X" */
    if (k >= 2 && tok(c, k - 1, "'s") && (c->t[k - 2].flags & TF_CAP))
        k -= 2; /* "Istanbul's mayor" */
    if (k >= 1 && tok(c, k - 1, "the"))
        k--;
    if (k >= 1 && tok(c, k - 1, "of"))
        k--; /* "the arrest of the mayor" */
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t1 == k && (c->tr[i].e->kind == F_VERB || c->tr[i].e->kind == F_EVENT))
            return 1;
    return 0;
}

/* Is the name at a in a speaker's phrase: "said HLAC coordinator X",
 * "said X"?  Only words between the verb and the name. */
static int after_say(const struct sentence_ctx *c, size_t a) {
    static const char *const verb[] = {"said", "says", "say", "told", "added", "stated",
                                       "explained", "noted", "словам", "сообщил", "сообщила",
                                       "заявил", "заявила", "рассказал", "рассказала", NULL};
    /* "..., reports the Daily Courier": a verb of reporting set after a
     * comma or a closing quote is a postposed credit (not "police
     * reported X missing"). */
    static const char *const credit[] = {"reports", "reported", "writes", "wrote", NULL};
    for (size_t k = a, steps = 0; k > 0 && steps < 5; k--, steps++) {
        if (tok_in(c, k - 1, verb) && c->t[k - 1].word)
            return 1; /* but not the surname of "Halima Said and Peter Mushi" */
        if (k >= 2 && tok_in(c, k - 1, credit) &&
            (tok(c, k - 2, ",") || tok(c, k - 2, "\"") || tok(c, k - 2, "\xe2\x80\x9d")))
            return 1;
        if (c->t[k - 1].kind != TK_WORD || tok(c, k - 1, "that"))
            return 0; /* "said that X had been charged": X is what was said */
    }
    return 0;
}

/* A person's status for an outcome phrase: a release says the person was
 * held, and a detention stays the status when a release follows
 * (GUIDELINES.md); a crowd is no status. */
static int person_what(int what) {
    if (what == VG_RELEASED)
        return VG_DETAINED;
    return what == VG_PARTICIPANTS ? VG_WHAT_NONE : what;
}

/* Rank of an outcome for a person: a later, graver outcome wins. */
static int rank(int what) {
    switch (what) {
    case VG_RELEASED: return 1;
    case VG_DETAINED: return 2;
    case VG_INJURED: return 2;
    case VG_CHARGED: return 3;
    case VG_SANCTIONED: return 4;
    case VG_MISSING: return 5;
    case VG_KILLED: return 6;
    default: return 0;
    }
}

static int is_say(const struct sentence_ctx *c, size_t i) {
    return i < c->n && lexicon_is(c->lx, c->t[i].word, LC_SAY);
}

/* Does a word of `protests` end the phrase before "against" at token k,
 * past place phrases ("a protest in a pro-government area in Syria
 * against")?  Up to ten tokens, with no outcome, count, auxiliary or
 * clause break between. */
static int protest_before(const struct sentence_ctx *c, size_t k,
                          const char *const *protests) {
    for (size_t m = k; m > 0 && k - m < 10; m--) {
        if (tok_in(c, m - 1, protests))
            return 1;
        if ((c->t[m - 1].kind != TK_WORD && !tok(c, m - 1, "-")) || c->trig_at[m - 1] ||
            c->qty_at[m - 1] ||
            has(c, m - 1, LC_AUX) || has(c, m - 1, LC_SAY))
            return 0;
    }
    return 0;
}

/* Is the name at a the one a gathering stood against: "a demonstration
 * against longtime President X", "protests against X"?  The crowd's
 * outcome is not X's.  Up to three words (an office, "former") may stand
 * between "against" and the name. */
static int gathering_target(const struct sentence_ctx *c, size_t a) {
    static const char *const gatherings[] = {"protest", "protests", "demonstration",
                                             "demonstrations", "rally", "rallies", "march",
                                             "marches", "campaign", NULL};
    for (size_t k = a, steps = 0; k > 1 && steps < 4; k--, steps++) {
        if (tok(c, k - 1, "against"))
            return tok_in(c, k - 2, gatherings);
        if (c->t[k - 1].kind != TK_WORD || c->trig_at[k - 1] || c->qty_at[k - 1])
            return 0;
    }
    return 0;
}

/* A verb of saying at i, or after one adverb or a perfect's auxiliary
 * there: "X also told Efe", "X later said", "X had said earlier". */
static int say_next(const struct sentence_ctx *c, size_t i) {
    static const char *const adverbs[] = {"also", "later", "earlier", "further", "separately",
                                          "previously", "again", "then", NULL};
    static const char *const perfect[] = {"had", "has", "have", NULL};
    if (i + 1 < c->n && tok_in(c, i, perfect))
        i++;
    return is_say(c, i) || (i + 1 < c->n && tok_in(c, i, adverbs) && is_say(c, i + 1));
}

/* Does "as saying" follow the name ending at b ("cited lawyer X as
 * saying those detained were freed")?  The name is a speaker's, unless
 * the words said are of the speaker ("quoted X as saying she had been
 * held"). */
static int as_saying(const struct sentence_ctx *c, size_t b) {
    static const char *const verbs[] = {"saying", "telling", "stating", "writing", NULL};
    static const char *const self[] = {"she", "he", "i", "her", "his", "my", NULL};
    if (!tok(c, b, "as") || !tok_in(c, b + 1, verbs))
        return 0;
    size_t k = tok(c, b + 2, "that") ? b + 3 : b + 2;
    return !tok_in(c, k, self);
}

/* The closing bracket of a short aside in brackets opening at token k
 * ("(zone 9)", "(CPC)"), or 0. */
static size_t bracket_end(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "("))
        return 0;
    for (size_t m = k + 1; m < c->n && m < k + 6; m++) {
        if (tok(c, m, ")"))
            return m;
        if (c->trig_at[m] || tok(c, m, "("))
            return 0;
    }
    return 0;
}

/* "was quoted as saying", "were quoted as telling" at token k: the passive
 * of a verb of saying. */
static int quoted_saying(const struct sentence_ctx *c, size_t k) {
    return (tok(c, k, "was") || tok(c, k, "were")) && tok(c, k + 1, "quoted") &&
           tok(c, k + 2, "as") && (tok(c, k + 3, "saying") || tok(c, k + 3, "telling"));
}

/* Does an apposition with no outcome of its own follow the name ending
 * at b, then a verb of saying ("X, a member of the party's media cell,
 * told reporters")?  The name is a speaker's. */
static int says_after_aside(const struct sentence_ctx *c, size_t b) {
    if (tok(c, b, "of")) {
        /* "Dr X of the Teaching Hospital said": a body's words, then the verb */
        for (size_t k = b + 1; k < c->n && k < b + 9; k++) {
            if (is_say(c, k))
                return k > b + 1;
            if (c->t[k].kind != TK_WORD || c->trig_at[k] || c->qty_at[k])
                return 0;
        }
        return 0;
    }
    if (!tok(c, b, ","))
        return 0;
    int relative = 0;
    for (size_t k = b + 1; k < c->n && k < b + 24; k++) {
        size_t close = bracket_end(c, k);
        if (close) {
            k = close; /* "deputy commissioner of police (zone 9)": an aside's own aside */
            continue;
        }
        if (c->trig_at[k] || c->qty_at[k] || tok(c, k, ".") || tok(c, k, ";"))
            return 0;
        if (tok(c, k, ","))
            return k > b + 1 && (say_next(c, k + 1) || quoted_saying(c, k + 1));
        if (tok(c, k, "who") || tok(c, k, "which") || tok(c, k, "that"))
            relative = 1; /* "X, a journalist who wrote about ...": the aside's own verb */
        if (k > b + 2 && !relative && is_say(c, k) &&
            (tok(c, b + 1, "a") || tok(c, b + 1, "an") || tok(c, b + 1, "the")))
            return 1; /* "X, an FNDC leader told AFP": the aside's comma left out */
    }
    return 0;
}

/* Does a relative clause of the name's own, opening at the comma at b,
 * give it an outcome right after its auxiliaries: "said X, who was
 * detained on Monday"?  The speaker is then one who underwent it. */
static int own_relative_outcome(const struct sentence_ctx *c, size_t b) {
    if (!tok(c, b, ",") || !tok(c, b + 1, "who"))
        return 0;
    size_t k = b + 2;
    while (k < c->n && k < b + 6 && has(c, k, LC_AUX) && !c->trig_at[k])
        k++;
    if (k >= c->n || !c->trig_at[k])
        return 0;
    const struct trigger *x = &c->tr[c->trig_at[k] - 1];
    return x->t0 == k && x->e->what != VG_PARTICIPANTS &&
           (x->e->kind == F_VERB || x->e->kind == F_STATE || x->e->kind == F_INTRANS);
}

/* The role word nearest the name: before it ("lawyer X", "activist X") or
 * in an apposition after it ("X, a reporter for ..."). */
static int find_role(const struct sentence_ctx *c, size_t a, size_t b) {
    size_t len;
    for (size_t k = a, steps = 0; k > 0 && steps < 5; k--, steps++) {
        const struct lex_entry *e = NULL;
        for (size_t m = k - 1 + 1; m-- > 0 && k - 1 - m < 3;) {
            e = lex_match(c->lx, c->t, c->n, m, LC_ROLE, &len);
            if (e && m + len == k)
                return e->role;
        }
        if (tok(c, k - 1, ".") || tok(c, k - 1, ";"))
            break;
    }
    if (tok(c, b, ",")) {
        for (size_t k = b + 1; k < c->n && k < b + 9; k++) {
            if (tok(c, k, ",") || tok(c, k, "."))
                break;
            const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_ROLE, &len);
            if (e)
                return e->role;
        }
    }
    return VG_ROLE_OTHER;
}

/* Is the name at token a one of a group already counted: "among them X",
 * "including X", "среди них X", "в том числе X"?  Its outcome is then the
 * group's, though a figure took that phrase.  Returns the index of the
 * word that opens the list plus one, or 0. */
/* Does an outcome other than taking part stand in the few words before
 * token v: "Those arrested | included", "The leaders who were detained |
 * include"? */
static int outcome_before(const struct sentence_ctx *c, size_t v) {
    for (size_t m = v; m > 0 && m + 7 > v; m--) {
        if (tok(c, m - 1, ",") || tok(c, m - 1, ";"))
            return 0;
        if (c->trig_at[m - 1] && c->tr[c->trig_at[m - 1] - 1].e->what != VG_PARTICIPANTS)
            return 1;
    }
    return 0;
}

static size_t among(const struct sentence_ctx *c, size_t a) {
    static const char *const include[] = {"include", "included", "includes", NULL};
    /* Back over the list before the name: other names, commas, "and", and
     * a few lower-case words of a role ("and senior party aide X"). */
    size_t lower = 0;
    for (size_t k = a, steps = 0; k > 0 && steps < 40; k--, steps++) {
        if (tok(c, k - 1, ".") || tok(c, k - 1, ";") || c->qty_at[k - 1])
            break;
        if (tok(c, k - 1, "among") || tok(c, k - 1, "including") || tok(c, k - 1, "среди"))
            return k;
        if (tok_in(c, k - 1, include) && outcome_before(c, k - 1))
            return k; /* "those arrested included X, Y and Z" */
        if (k >= 3 && tok(c, k - 1, "числе") && tok(c, k - 2, "том") && tok(c, k - 3, "в"))
            return k - 2;
        if (steps < 6)
            continue; /* near the name anything may stand between, as before */
        const struct token *t = &c->t[k - 1];
        if (c->trig_at[k - 1]) {
            /* The list's opening phrase holds the outcome: "среди
             * задержанных — X и блогер Y", "among those detained were". */
            for (size_t m = k - 1; m > 0 && m + 3 >= k; m--)
                if (tok(c, m - 1, "among") || tok(c, m - 1, "среди"))
                    return m;
            break;
        }
        if (t->kind == TK_NUM)
            break;
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && !tok(c, k - 1, "and") &&
            !tok(c, k - 1, "и") && ++lower > 3)
            break;
        if (t->kind == TK_PUNCT && !tok(c, k - 1, ",") && !tok(c, k - 1, "-"))
            break;
        if (t->kind == TK_WORD && (t->flags & TF_CAP))
            lower = 0;
    }
    return 0;
}

/* Does the name ending before token b own what follows by a bare
 * apostrophe after its final s ("the United Nations' rights office")? */
static int plural_owner(const struct sentence_ctx *c, size_t b) {
    if (b == 0 || b >= c->n || !(tok(c, b, "'") || tok(c, b, "\xe2\x80\x99")) || !glued(c, b))
        return 0;
    const struct vg_str w = c->t[b - 1].fold;
    return w.len > 1 && w.ptr[w.len - 1] == 's' && b + 1 < c->n && c->t[b + 1].kind == TK_WORD &&
           !(c->t[b + 1].flags & TF_CAP) && !quote_mark(c, b + 1);
}

/* Does the name through token k end in "'s" ("Ales Bialiatski's
 * colleague, X"): a possessor, no other person in the way? */
static int possessor(const struct sentence_ctx *c, size_t k) {
    while (k + 1 < c->n && name_word(c, k + 1))
        k++;
    return tok(c, k + 1, "'s");
}

/* Is the name at token a the first object of the verb tr, with only
 * words of its role between ("arrested activist X and two others": X
 * too, though the count took the verb)? */
static int verb_object(const struct sentence_ctx *c, const struct trigger *tr, size_t a) {
    if (tr->e->kind != F_VERB || tr->t1 > a || a > tr->t1 + 3)
        return 0;
    for (size_t k = tr->t1; k < a; k++)
        if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) || c->trig_at[k] ||
            c->qty_at[k] || has(c, k, LC_AUX))
            return 0;
    return 1;
}

/* The outcome verb the name at token a is the first object of ("police
 * later arrested X"), as an index into c->tr, or -1. */
static int object_outcome(const struct sentence_ctx *c, size_t a) {
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].e->what != VG_PARTICIPANTS && verb_object(c, &c->tr[i], a))
            return (int)i;
    return -1;
}

/* The comma closing a fronted clause of its own subject and count, or 0:
 * "As the four men were jailed, X said", "After 12 people were held, X
 * spoke".  The outcome inside it is the count's; a name after the comma
 * is the subject of the main clause.  A clause with no count ("After his
 * arrest, X said") may well be the name's own, and is not one. */
static size_t fronted_clause(const struct sentence_ctx *c) {
    static const char *const opens[] = {"as", "after", "when", "while", "since", "before",
                                        "although", "though", "once", NULL};
    if (c->n < 4 || !tok_in(c, 0, opens))
        return 0;
    int counted = 0;
    for (size_t k = 1; k < c->n && k < 30; k++) {
        counted |= c->qty_at[k] != 0;
        if (tok(c, k, ";") || tok(c, k, ":"))
            return 0;
        if (tok(c, k, ","))
            return counted ? k : 0;
    }
    return 0;
}

/* Is the name at [a, b) the subject of the main clause right after a
 * fronted clause with a count ("As four men were jailed, X spoke"): the
 * name opens the clause and a verb of its own, in small letters, follows
 * it?  Then the fronted clause's outcome is the count's, not the name's;
 * but "As police held two reporters, X and Y, ..." lists the count. */
static int after_fronted(const struct sentence_ctx *c, size_t a, size_t b) {
    size_t f = fronted_clause(c);
    return f && a > f && a <= f + 2 && b < c->n && c->t[b].kind == TK_WORD &&
           !(c->t[b].flags & TF_CAP) && !tok(c, b, "and") && !tok(c, b, "or");
}

/* Does a stance on the outcome follow the name ending before token b ("X
 * concerned over continuing detentions", "X, ..., condemned the killings",
 * "X has demanded the release of")?  The outcome after it is then what X
 * speaks of, not what X underwent. */
static int stance_after(const struct sentence_ctx *c, size_t b) {
    static const char *const stance[] = {
        "concerned", "alarmed", "worried", "condemned", "condemns", "condemn", "denounced",
        "denounces", "deplored", "deplores", "decried", "decries", "demanded", "demands",
        "urged", "urges", "welcomed", "welcomes", "acknowledged", "acknowledges",
        "criticised", "criticized", "criticises", "criticizes", NULL};
    static const char *const adverbs[] = {"also", "strongly", "deeply", "later", "again",
                                          "publicly", "has", "have", "had", "is", "was", ",", NULL};
    size_t k = b;
    while (k < c->n && k < b + 3 && tok_in(c, k, adverbs))
        k++;
    return tok_in(c, k, stance);
}

/* Is the name starting at token a an agent after "by", a ruler after
 * "under" and a title, or the target of "protests against", with at most
 * a few words of its post between ("the protests led by opposition leader
 * X", "sentenced by judge X", "the killings under dictator X", "protests
 * against President X")?  An outcome before it is then what X did, led or
 * drew, not what X underwent. */
static int agent_before(const struct sentence_ctx *c, size_t a) {
    static const char *const protests[] = {"protests", "protest", "demonstrations",
                                           "demonstration", "rallies", "rally", "uprising",
                                           "marches", "march", "campaign", NULL};
    for (size_t k = a; k > 0 && a - k < 5; k--) {
        if (tok(c, k - 1, "by") || (tok(c, k - 1, "under") && k < a))
            return 1; /* "under dictator X", "under President X": the ruler */
        if (tok(c, k - 1, "against") && k >= 2 && protest_before(c, k - 1, protests))
            return 1; /* "mass protests against President X", "a protest in a
                       * border town against President X": X is their target */
        if ((c->t[k - 1].kind != TK_WORD && !tok(c, k - 1, "-")) || c->trig_at[k - 1] ||
            c->qty_at[k - 1] || has(c, k - 1, LC_AUX) || tok(c, k - 1, "as") ||
            tok(c, k - 1, "name"))
            return 0; /* "identified by relatives as X", "by the name X": X is the one */
        if (c->t[k - 1].kind == TK_WORD && !(c->t[k - 1].flags & TF_CAP) &&
            !has(c, k - 1, LC_ROLE) && !has(c, k - 1, LC_TITLE) && !has(c, k - 1, LC_ORG) &&
            !tok(c, k - 1, "the") && !tok_in(c, k - 1, protests) && !tok(c, k - 1, "led") &&
            !tok(c, k - 1, "opposition") && !tok(c, k - 1, "party") && !tok(c, k - 1, "of") &&
            !tok(c, k - 1, "former") && !tok(c, k - 1, "ousted") && !tok(c, k - 1, "deposed") &&
            !tok(c, k - 1, "dictator") && !tok(c, k - 1, "ruler"))
            return 0; /* "Those killed by soldiers included student X": a verb
                       * between, so X is no agent's name */
    }
    return 0;
}

/* Is the outcome noun tr the subject of a verb of its own whose object is
 * the name at a ("this large number of deaths has alerted the UN
 * Secretary General, X")?  An auxiliary and a plain verb stand between;
 * "has been identified as X" names the dead. */
static int noun_acts_on(const struct sentence_ctx *c, const struct trigger *tr, size_t a) {
    static const char *const naming[] = {"been", "being", "identified", "named", "listed",
                                         "confirmed", "included", "includes", "include", NULL};
    if (tr->e->kind != F_EVENT && tr->e->kind != F_PEOPLE && tr->e->kind != F_TOLL)
        return 0;
    for (size_t k = tr->t1; k + 1 < a && k < tr->t1 + 4; k++)
        if (has(c, k, LC_AUX) && c->t[k + 1].kind == TK_WORD &&
            !(c->t[k + 1].flags & TF_CAP) && !c->trig_at[k + 1] && !tok_in(c, k + 1, naming) &&
            !has(c, k + 1, LC_AUX))
            return 1;
    return 0;
}

/* Does the name at [a, b) head a body that acts, in an aside after "led
 * by", "headed by" with only its office between, closed by a comma ("the
 * military, led by Gen. X, arrested ...")?  No outcome of the clause is
 * then X's; but "led by X, who was arrested" is his own clause. */
static int led_by(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const rel[] = {"who", "whom", "whose", NULL};
    if (!tok(c, b, ",") || tok_in(c, b + 1, rel))
        return 0;
    static const char *const led[] = {"led", "headed", "commanded", "chaired", NULL};
    for (size_t k = a; k > 1 && a - k < 6; k--) {
        if (tok(c, k - 1, "by"))
            return tok_in(c, k - 2, led);
        if (tok(c, k - 1, ".") && k >= 2 && (c->t[k - 2].flags & TF_CAP) &&
            c->t[k - 2].fold.len <= 4)
            continue; /* "Gen. X", "Col. X": an abbreviated rank */
        if (c->t[k - 1].kind != TK_WORD || c->trig_at[k - 1] ||
            !((c->t[k - 1].flags & TF_CAP) || has(c, k - 1, LC_TITLE) ||
              has(c, k - 1, LC_ROLE) || has(c, k - 1, LC_ORG)))
            return 0;
    }
    return 0;
}

/* Does the active verb tr, right after a name with no auxiliary, take an
 * object of its own: a determiner and a noun that is no time ("X secured
 * the votes", "X released a statement"), or a share ("X secured 24 per
 * cent")?  The name is then its agent.  A time after it is the outcome's
 * ("Activist X arrested a day after the march"). */
static int active_object(const struct sentence_ctx *c, const struct trigger *tr) {
    static const char *const dets[] = {"the", "a", "an", "his", "her", "their", "its", "our",
                                       NULL};
    static const char *const times[] = {"day", "days", "week", "weeks", "month", "months",
                                        "year", "years", "night", "morning", "evening",
                                        "afternoon", "weekend", "hour", "hours", "moment",
                                        "same", "following", "next", "previous", "last",
                                        "few", "second", "first", NULL};
    static const char *const shares[] = {"per", "percent", "%", NULL};
    size_t k = tr->t1;
    if (tr->e->kind != F_VERB || k + 1 >= c->n)
        return 0;
    if (c->t[k].kind == TK_NUM)
        return tok_in(c, k + 1, shares);
    return tok_in(c, k, dets) && c->t[k + 1].kind == TK_WORD && !tok_in(c, k + 1, times) &&
           !c->trig_at[k + 1];
}

/* Is the name at a, after its office ("Prime Minister", "former
 * minister"), the object of an outcome verb right before the office:
 * "soldiers arrested Prime Minister X"? */
static int outcome_object(const struct sentence_ctx *c, size_t a) {
    static const char *const parts[] = {"former", "prime", "deputy", "vice", "acting",
                                        "chief", NULL};
    size_t k = a;
    while (k > 0 && a - k < 4 &&
           (has(c, k - 1, LC_TITLE) || has(c, k - 1, LC_ORG) || tok_in(c, k - 1, parts)))
        k--;
    if (k == a || k == 0)
        return 0;
    for (size_t i = 0; i < c->ntr; i++)
        if (c->tr[i].t1 == k && c->tr[i].e->kind == F_VERB &&
            c->tr[i].e->what != VG_PARTICIPANTS)
            return 1;
    return 0;
}

/* Do tokens [b, t) hold nothing but commas, "who" and adverbs, so that a
 * verb at t is the active predicate of the name ending at b ("X secured",
 * "X, who reportedly secured")? */
static int own_active(const struct sentence_ctx *c, size_t b, size_t t) {
    static const char *const fillers[] = {",", "who", "reportedly", "also", "later", "then",
                                          "allegedly", NULL};
    for (size_t k = b; k < t; k++)
        if (!tok_in(c, k, fillers))
            return 0;
    return 1;
}

/* Is the outcome phrase tr capitalised inside an organisation's name, after
 * a capitalised word or after "for", "of", "to" or "the" that follow one: "the Center
 * for Monitoring Political Prisoners", "Union for the Freedom of Political
 * Prisoners"?  It names the body, no one's outcome. */
static int in_body_name(const struct sentence_ctx *c, const struct trigger *tr) {
    for (size_t k = tr->t0; k < tr->t1; k++)
        if (c->t[k].kind != TK_WORD || !(c->t[k].flags & TF_CAP))
            return 0;
    static const char *const joins[] = {"for", "of", "to", "the", NULL};
    size_t k = tr->t0;
    for (int n = 0; n < 2 && k >= 2 && tok_in(c, k - 1, joins); n++)
        k--; /* "Fund for Aid to Political Prisoners", "Union for the ..." */
    return k >= 2 && c->t[k - 1].kind == TK_WORD && (c->t[k - 1].flags & TF_CAP) &&
           !c->qty_at[k - 1];
}

/* The words in tokens [lo, hi): a hyphenated compound ("anti-corruption",
 * "well-known") counts as the one word it is, not three tokens. */
static size_t span_words(const struct sentence_ctx *c, size_t lo, size_t hi) {
    size_t n = hi > lo ? hi - lo : 0;
    for (size_t k = lo + 1; k + 1 < hi; k++)
        if (tok(c, k, "-") && glued(c, k) && glued(c, k + 1) && c->t[k - 1].kind == TK_WORD &&
            c->t[k + 1].kind == TK_WORD)
            n -= 2;
    return n;
}

/* The outcome phrase for a name at [a, b), or -1.  `used` marks the
 * phrases a figure took; NULL for a name in a group already counted, which
 * takes the group's phrase across its number and the other names. */
/* Does the name [a, b) stand inside an aside about another noun, which
 * opens with a participle or a relative pronoun after a comma before the
 * name and closes with a comma before token t ("The committee, set up on
 * the orders of President X, has released 50 prisoners")?  What follows
 * the aside is the noun's, not the name's. */
static int in_aside_of_other(const struct sentence_ctx *c, size_t a, size_t b, size_t t) {
    static const char *const irregular[] = {"set", "led", "run", "made", "built", "chosen",
                                            "which", "that", NULL};
    size_t p = a;
    while (p > 0 && a - p < 12 && !tok(c, p - 1, ",") && c->t[p - 1].kind != TK_PUNCT)
        p--;
    if (p < 2 || p + 2 > a || !tok(c, p - 1, ","))
        return 0;
    const struct token *w = &c->t[p];
    int participle = w->kind == TK_WORD && !(w->flags & TF_CAP) &&
                     ((w->fold.len > 3 && memcmp(w->fold.ptr + w->fold.len - 2, "ed", 2) == 0) ||
                      tok_in(c, p, irregular));
    if (!participle || c->trig_at[p])
        return 0;
    for (size_t q = b; q < t; q++)
        if (tok(c, q, ","))
            return 1;
    return 0;
}

/* Verbs whose object is an outcome another undergoes: "X ordered the
 * arrest of", "X demanded the release of". */
static const char *const ordering[] = {"ordered", "orders", "order", "demanded", "demands",
                                       "sought", "seeks", "authorised", "authorized",
                                       "approved", "requested", "urged", "condemned",
                                       "condemns", "denounced", NULL};

static int find_outcome(const struct sentence_ctx *c, size_t a, size_t b, const uint8_t *used) {
    static const char *const published[] = {"figures", "data", "report", "reports",
                                            "statement", "statements", "statistics",
                                            "numbers", "footage", "video", "videos", "list",
                                            "findings", NULL};
    static const char *const topic[] = {"about", "о", "об", NULL};
    int cyrillic = c->t[a].fold.len && (unsigned char)c->t[a].fold.ptr[0] >= 0xd0;
    int best = -1;
    size_t best_dist = OUTCOME_REACH + 1;
    size_t fronted = after_fronted(c, a, b) ? fronted_clause(c) : 0;
    for (size_t i = 0; i < c->ntr; i++) {
        const struct trigger *tr = &c->tr[i];
        if ((used && used[i] && !verb_object(c, tr, a)) || tr->e->what == VG_PARTICIPANTS)
            continue; /* a crowd is no status of a person's */
        if (in_body_name(c, tr))
            continue; /* "head of the Center for Political Prisoners, X" */
        if (fronted && tr->t1 <= fronted && a > fronted)
            continue; /* "As the four men were jailed, X pointed to ...": theirs */
        if (tr->t0 >= b && (tok_in(c, tr->t0 - 1, topic) || stance_after(c, b)))
            continue; /* "lawyer X on the arrests", "X — о задержаниях" */
        if (tr->t1 <= a && agent_before(c, a))
            continue; /* "the protests led by opposition leader X" */
        if (tr->t1 <= a && noun_acts_on(c, tr, a))
            continue; /* "the number of deaths has alerted UN chief X" */
        if (tr->t0 >= b && led_by(c, a, b))
            continue; /* "the military, led by Gen. X, arrested the premier" */
        if (tr->t0 >= b && (tr->e->kind == F_PEOPLE || tr->e->kind == F_EVENT) &&
            agent_before(c, a))
            continue; /* "compiled by President X to examine the cases of detainees" */
        if (tr->t0 >= b && in_aside_of_other(c, a, b, tr->t0))
            continue; /* "The committee, set up on the orders of X, has released 50" */
        if (tr->t0 >= b && own_active(c, b, tr->t0) && active_object(c, tr))
            continue; /* "X, who secured 24 per cent of the votes": X's act */
        if (tr->e->what == VG_RELEASED && tr->t0 > 0 && tok_in(c, tr->t0 - 1, published))
            continue; /* "according to figures released Friday": a thing published */
        if (tr->t0 >= b + 2 && tr->e->kind == F_PEOPLE && tok(c, tr->t0 - 1, "the") &&
            c->t[tr->t0 - 2].kind == TK_WORD && !tok(c, tr->t0 - 2, "among") &&
            !tok(c, tr->t0 - 2, "of") && !has(c, tr->t0 - 2, LC_AUX))
            continue; /* "X's supporters mourned the dead": a verb's object */
        if (tr->t0 >= b + 1 && tr->e->kind == F_EVENT &&
            (tok_in(c, tr->t0 - 1, ordering) ||
             (tr->t0 >= b + 2 && tok(c, tr->t0 - 1, "the") && tok_in(c, tr->t0 - 2, ordering))))
            continue; /* "X ordered the arrest of all those involved": another's */
        size_t lo = tr->t0 >= b ? b : tr->t1, hi = tr->t0 >= b ? tr->t0 : a;
        if (tr->t1 > a && tr->t0 < b)
            continue;
        size_t dist = span_words(c, lo, hi);
        if (tr->t1 + 1 == a && tok(c, tr->t1, "of"))
            dist = 0; /* "the death of X": the phrase's own object */
        if (dist > OUTCOME_REACH)
            continue;
        /* No number or other name between: their outcome is not this one's. */
        int blocked = 0;
        for (size_t k = lo; k < hi && !blocked && used; k++)
            blocked = c->qty_at[k] ||
                      (tok(c, k, ";") && !(k > 0 && (tok(c, k - 1, "are") || tok(c, k - 1, "were")))) ||
                      (name_word(c, k) && k + 1 < hi && name_word(c, k + 1) &&
                       !possessor(c, k + 1));
        if (blocked)
            continue;
        /* Russian puts the verb before its subject as often as after
         * («Умер в больнице раненый при разгоне X»): any phrase of the
         * name's reach may be its status, and the gravest is. */
        int graver = best >= 0 && rank(tr->e->what) > rank(c->tr[best].e->what);
        if ((cyrillic && graver) || (!cyrillic && dist < best_dist) ||
            (dist == best_dist && graver) || (cyrillic && best < 0)) {
            best = (int)i; /* at equal distance the graver: "the death of X in custody" */
            best_dist = dist;
        }
    }
    return best;
}

/* The outcome phrase that opens a predicate at token k: up to four
 * auxiliaries and adverbs ("has since been", "was briefly"), then a phrase
 * within three words ("collapsed and died", "received the heaviest
 * sentences"), or a number right before it ("получила 7 суток"), no
 * punctuation between.  Returns its index or -1. */
static const char *const pred_adverb[] = {
    "also", "briefly", "later", "reportedly", "allegedly", "since", "then", "subsequently",
    "eventually", "himself", "herself", "both", "all", "each", "initially", "first", "again",
    "temporarily", "having", "затем", "позже", "потом", "впоследствии", "также", "тоже", "сразу", NULL};

/* Relative pronouns whose clause is about the name before them: "X, who
 * had been shot dead", "X, которую задержали", "X, которая получила". */
static const char *const relative[] = {"who", "whom", "который", "которая", "которого",
                                       "которую", "которой", "которому", NULL};

static int verb_at(const struct sentence_ctx *c, size_t k);

/* Does an object follow the verb tr: a count or a noun of people ("and
 * released 13 detainees", "and freed the prisoners")?  Then the name
 * before is its agent, not whom it befell. */
static int verb_with_object(const struct sentence_ctx *c, const struct trigger *tr) {
    size_t k = tr->t1;
    if (tr->e->kind != F_VERB || k >= c->n)
        return 0;
    if (c->qty_at[k])
        return 1;
    for (size_t m = k; m < c->n && m < k + 3; m++) {
        if (c->trig_at[m])
            return c->tr[c->trig_at[m] - 1].e->kind == F_PEOPLE;
        if (c->t[m].kind != TK_WORD || (c->t[m].flags & TF_CAP) ||
            (has(c, m, LC_STOP) && !tok(c, m, "the") && !tok(c, m, "all")))
            return 0; /* but "freed the prisoners", "released all detainees" */
    }
    return 0;
}

/* "were transferred to the police headquarters and released on bail":
 * after the auxiliaries ending at j, a verb no lexicon knows, words only,
 * then "and" and an outcome phrase, which is the predicate's.  Returns its
 * index or -1. */
static int and_then_outcome(const struct sentence_ctx *c, size_t j) {
    for (size_t m = j + 1; m < c->n && m <= j + 12; m++) {
        if (tok(c, m, "and")) {
            int o = verb_at(c, m + 1);
            return o >= 0 && verb_with_object(c, &c->tr[o]) ? -1 : o;
        }
        /* "on 6 March", "on June 13": a day beside its month */
        int date_num = c->t[m].kind == TK_NUM &&
                       ((m + 1 < c->n && c->t[m + 1].kind == TK_WORD && (c->t[m + 1].flags & TF_CAP)) ||
                        (c->t[m - 1].kind == TK_WORD && (c->t[m - 1].flags & TF_CAP)));
        int crowd = c->trig_at[m] && c->tr[c->trig_at[m] - 1].e->what == VG_PARTICIPANTS;
        if ((c->t[m].kind != TK_WORD && !date_num) || (c->trig_at[m] && !crowd) ||
            tok(c, m, "not") || has(c, m, LC_NEG))
            return -1; /* but "on 6 March" is read as a crowd's "march" */
    }
    return -1;
}

/* Is the "whose" at k of the name's own lot: "X, whose whereabouts are
 * unknown", "whose fate"?  Other nouns ("whose son") are another's. */
static int own_whose(const struct sentence_ctx *c, size_t k) {
    return tok(c, k + 1, "whereabouts") || tok(c, k + 1, "fate") || tok(c, k + 1, "location");
}

/* The token after a count joined to the name by "and" when its noun
 * phrase runs up to an auxiliary: "X and two monks were arrested" (the
 * count shares X's predicate); else k. */
static size_t past_joined_count(const struct sentence_ctx *c, size_t k) {
    if (!tok(c, k, "and") || k + 1 >= c->n || !c->qty_at[k + 1] || (k > 0 && tok(c, k - 1, ",")))
        return k; /* not ", and 44 persons were": a new clause */
    size_t m = c->q[c->qty_at[k + 1] - 1].t1, stop = m + 4;
    while (m < c->n && m < stop && c->t[m].kind == TK_WORD && !has(c, m, LC_AUX) &&
           !c->trig_at[m])
        m++;
    return m < c->n && has(c, m, LC_AUX) ? m : k;
}

static int pred_trigger(const struct sentence_ctx *c, size_t k) {
    if (tok(c, k, "whose") && !own_whose(c, k))
        return -1; /* "X, whose son was detained": the son's */
    k = past_joined_count(c, k);
    size_t j = k;
    int rel = tok_in(c, j, relative), aux = 0;
    j += rel;
    while (j < c->n && j < k + 5 && (has(c, j, LC_AUX) || tok_in(c, j, pred_adverb)))
        aux |= has(c, j++, LC_AUX);
    if (rel && !aux && c->trig_at[j] && c->tr[c->trig_at[j] - 1].e->kind == F_VERB &&
        !cyrillic_at(c, j))
        return -1; /* "X, who treated wounded protesters, was": X did it */
    if (j > k && tok(c, j, "among")) {
        /* "X, 22, was among 15 people charged with rioting" */
        for (size_t m = j + 1; m < c->n && m <= j + 5; m++) {
            if (c->trig_at[m]) {
                int o = c->trig_at[m] - 1;
                return c->tr[o].e->what == VG_PARTICIPANTS ? -1 : o;
            }
            if (tok(c, m, ",") || tok(c, m, ".") || has(c, m, LC_NEG) ||
                (tok_in(c, m, relative) && !tok(c, m - 1, "those")))
                break; /* but "among those who were arrested" */
        }
    }
    for (size_t m = j; m < c->n && m <= j + 3; m++) {
        if (c->trig_at[m]) {
            int o = c->trig_at[m] - 1;
            if (m > j && (has(c, j, LC_NEG) || tok(c, j, "not")))
                return -1; /* but "has not been heard from" is one phrase */
            if (m > j && c->tr[o].e->kind == F_EVENT &&
                (tok_in(c, m - 1, ordering) || (m >= j + 2 && tok(c, m - 1, "the") &&
                                                tok_in(c, m - 2, ordering))))
                return -1; /* "X ordered the arrest of all those involved": another's */
            if (m >= j + 2 && c->tr[o].e->kind == F_PEOPLE && tok(c, m - 1, "the") &&
                !tok(c, m - 2, "of") && !tok(c, m - 2, "among"))
                return -1; /* "X, mourned the dead": the verb's object */
            if (m == k && c->tr[o].e->kind == F_VERB && c->tr[o].t1 < c->n &&
                c->qty_at[c->tr[o].t1])
                return -1; /* "X treated 30 injured protesters": X did it */
            if (m == j && own_active(c, k, j) && active_object(c, &c->tr[o]))
                return -1; /* "X, who secured 24 per cent of the votes": X did it */
            if ((m > j || j == k) && verb_with_object(c, &c->tr[o]))
                return -1; /* "X has promised reform and released 13 detainees" */
            if (c->tr[o].e->kind == F_STATE && (m > j || j == k))
                return -1; /* "sentenced X to six months in jail", "the death
                              of X in custody": a state needs its verb before
                              it ("was in jail", "remains in custody") */
            return c->tr[o].e->what == VG_PARTICIPANTS ? -1 : o;
        }
        int num = c->t[m].kind == TK_NUM && m + 1 < c->n && c->trig_at[m + 1] &&
                  !(m > j && c->qty_at[m]); /* "X visited 31 detained students": the object's */
        if ((c->t[m].kind != TK_WORD && !num) || tok(c, m, "not") || has(c, m, LC_NEG) ||
            tok(c, m, "according"))
            break; /* "X, according to figures released Friday": no predicate of X's */
        if (m > j && (tok_in(c, m, relative) || tok(c, m, "that") || tok(c, m, "which")))
            break; /* "X, a physician who treated protesters, was": another's clause */
    }
    int negated = 0;
    for (size_t m = k; m <= j && m < c->n; m++)
        negated |= tok(c, m, "not") || has(c, m, LC_NEG);
    if (j > k && j < c->n && c->t[j].kind == TK_WORD && !negated) {
        int o = and_then_outcome(c, j);
        if (o >= 0 && c->tr[o].e->what != VG_PARTICIPANTS)
            return o;
    }
    return -1;
}

/* The outcome phrase that is the verb of a predicate opening at token k,
 * past auxiliaries and adverbs only ("and was later charged", "и
 * арестован"), not negated; or -1. */
static int verb_at(const struct sentence_ctx *c, size_t k) {
    size_t j = k;
    while (j < c->n && j < k + 4 && (has(c, j, LC_AUX) || tok_in(c, j, pred_adverb)))
        j++;
    if (j >= c->n || !c->trig_at[j])
        return -1;
    for (size_t m = k; m < j; m++)
        if (tok(c, m, "not") || has(c, m, LC_NEG))
            return -1;
    int o = c->trig_at[j] - 1;
    return c->tr[o].e->what == VG_PARTICIPANTS ? -1 : o;
}

/* The end of a term of days that starts at token k ("на 15 суток", "to
 * 10 days", "for 15 days", "по 7 суток", "15 суток"), or 0. */
static size_t term_end(const struct sentence_ctx *c, size_t k) {
    static const char *const prep[] = {"на", "к", "по", "to", "for", NULL};
    static const char *const days[] = {"суток", "сутки", "суткам", "дней", "дня", "days",
                                       "day", NULL};
    if (tok_in(c, k, prep))
        k++;
    if (k >= c->n || !(c->t[k].kind == TK_NUM || has(c, k, LC_NUM)))
        return 0;
    while (k < c->n && (c->t[k].kind == TK_NUM || has(c, k, LC_NUM)))
        k++;
    return tok_in(c, k, days) ? k + 1 : 0;
}

static int term_at(const struct sentence_ctx *c, size_t k) {
    return term_end(c, k) != 0;
}

/* Does a term of days end right before token k: «суд на 25 суток
 * арестовал»? */
static int term_before(const struct sentence_ctx *c, size_t k) {
    for (size_t back = 2; back <= 4 && back <= k; back++)
        if (term_end(c, k - back) == k)
            return 1;
    return 0;
}

/* Was the person at [a, b) given a term: "the judge gave X ten days",
 * «суд назначил Смолину трое суток»? */
static int term_given(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const gave[] = {"gave", "handed", "назначил", "назначила",
                                       "назначили", "дал", "дали", NULL};
    return a > 0 && tok_in(c, a - 1, gave) && term_at(c, b);
}

/* The outcome of trigger o, an arrest or detention for a term of days
 * ("суд арестовал на 15 суток", "is in detention for 10 days") read as
 * the sanction it is. */
static int termed_what(const struct sentence_ctx *c, int o) {
    int what = c->tr[o].e->what;
    size_t t1 = c->tr[o].t1;
    if (has(c, t1, LC_PRON))
        t1++; /* «арестовал её на 10 суток», "jailed him for 10 days" */
    if (what == VG_DETAINED && (term_at(c, t1) || term_before(c, c->tr[o].t0)))
        return VG_SANCTIONED;
    return what;
}

/* The gravest outcome of the predicates joined to the one at trigger o,
 * which share its subject: "was arrested on 2 May and charged two days
 * later", "was shot in the neck and died hours later", "detained while
 * filming; fined the next day", "был задержан и арестован на 10 суток",
 * "was released after being charged".  A joint is "and", "и", a comma, a
 * semicolon, "after" or "before" with the next verb right after it; the walk stops at the sentence's end, a reporting verb, a
 * relative clause or another person's name, or CHAIN_REACH tokens past the
 * last verb. */
/* The comma that closes a relative clause set off by commas, opening at
 * token k ("where she was representing clients,"), when "and" follows
 * it; else 0. */
static size_t aside_end(const struct sentence_ctx *c, size_t k) {
    for (size_t m = k + 1; m < c->n && m <= k + 15; m++) {
        if (tok(c, m, ".") || tok(c, m, ";") || tok(c, m, "("))
            return 0;
        if (tok(c, m, ","))
            return tok(c, m + 1, "and") ? m : 0;
    }
    return 0;
}

static int chain_outcome(const struct sentence_ctx *c, int o) {
    static const char *const joint[] = {"and", ",", ";", "и", "after", "before", NULL};
    static const char *const stop[] = {"who", "which", "whose", "whom", "where", "что",
                                       "который", "которая", "которые", "которых", NULL};
    int best = o;
    if (c->tr[o].e->what == VG_PARTICIPANTS)
        return o; /* "X who spoke at the rally, was fined": no status of X's */
    size_t k = c->tr[o].t1, last = k;
    while (k < c->n && k < last + CHAIN_REACH) {
        size_t aside = tok_in(c, k, stop) && k > 0 && tok(c, k - 1, ",") ? aside_end(c, k) : 0;
        if (aside) {
            k = last = aside; /* "arrested at the court, where she was representing
                               * protesters, and has since been charged" */
            continue;
        }
        if (tok(c, k, ".") || is_say(c, k) || tok_in(c, k, stop) ||
            (name_word(c, k) && k + 1 < c->n && name_word(c, k + 1)))
            break;
        int p = tok_in(c, k, joint) ? verb_at(c, k + 1) : -1;
        if (p < 0) {
            k++;
            continue;
        }
        if (rank(termed_what(c, p)) > rank(termed_what(c, best)))
            best = p;
        k = last = c->tr[p].t1;
    }
    return best;
}

/* Is the quote mark at token m one around a title ("the movement \"Free
 * Voice\""): a capitalised word inside it, right after or right before? */
static int quoted_title(const struct sentence_ctx *c, size_t m) {
    return (m + 1 < c->n && (c->t[m + 1].flags & TF_CAP) && !(c->t[m + 1].flags & TF_SPACE)) ||
           (m > 0 && (c->t[m - 1].flags & TF_CAP) && !(c->t[m].flags & TF_SPACE));
}

/* Is the quote mark at token m one of a pair around one to three
 * lower-case words ("involved in \"primaries\" in July"): a word set off,
 * no quoted speech? */
static int scare_quote(const struct sentence_ctx *c, size_t m) {
    size_t a = m, b = m;
    if (m + 1 < c->n && c->t[m + 1].kind == TK_WORD && !(c->t[m + 1].flags & TF_SPACE)) {
        for (b = m + 1; b < c->n && b <= m + 4 && c->t[b].kind == TK_WORD; b++)
            ;
    } else {
        for (a = m; a > 0 && a + 4 >= m && c->t[a - 1].kind == TK_WORD; a--)
            ;
        a = a > 0 ? a - 1 : m;
    }
    if (a == b || !tok(c, a, "\"") || !tok(c, b, "\"") || b - a < 2 || b - a > 4)
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (c->t[k].flags & TF_CAP)
            return 0;
    return 1;
}

/* Is the name word at k inside a quoted title ("Yeni Yol")? */
static int in_quotes(const struct sentence_ctx *c, size_t k) {
    while (k > 0 && name_word(c, k - 1))
        k--;
    return k > 0 && tok(c, k - 1, "\"") && quoted_title(c, k - 1);
}

/* Does the clause after the name at b say the person got or served a
 * term: "X got 10 days", "X spent 15 days in a detention centre", "X,
 * студент, получил 15 суток"? */
static int term_received(const struct sentence_ctx *c, size_t b) {
    static const char *const got[] = {"got", "received", "given", "spent", "served",
                                      "получил", "получила", "получили", "отбыл", "отбыла",
                                      NULL};
    for (size_t k = b; k < c->n && k < b + 10; k++) {
        if (tok(c, k, ".") || tok(c, k, ";") || (name_word(c, k) && name_word(c, k + 1)))
            return 0;
        if (tok_in(c, k, got) && term_at(c, k + 1))
            return 1;
    }
    return 0;
}

/* Is the person at [a, b) "serving a seven-year sentence", "serving a
 * prison term": a sentence already imposed, whatever the words between? */
static int serving_term(const struct sentence_ctx *c, size_t b) {
    for (size_t k = b; k < c->n && k < b + 12; k++) {
        if (tok(c, k, ".") || tok(c, k, ";") || (name_word(c, k) && name_word(c, k + 1)))
            return 0;
        if (!tok(c, k, "serving"))
            continue;
        for (size_t m = k + 1; m < c->n && m <= k + 5; m++) {
            if (tok(c, m, "sentence") || tok(c, m, "term") || tok(c, m, "sentences"))
                return 1;
            if (tok(c, m, ",") || tok(c, m, ".") || c->trig_at[m])
                return 0;
        }
        return 0;
    }
    return 0;
}

/* Does an age ("32-year-old") stand at token j, before a name? */
static int age_before_name(const struct sentence_ctx *c, size_t j) {
    return j + 5 < c->n && c->t[j].kind == TK_NUM && tok(c, j + 1, "-") && tok(c, j + 2, "year") &&
           tok(c, j + 3, "-") && tok(c, j + 4, "old");
}

/* Is token k a dash that sets an aside apart ("the men — X, Y and Z —
 * were killed")?  Dashes fold to "-"; a hyphen is glued to the word
 * before it ("Segal-Wright"). */
static int aside_dash(const struct sentence_ctx *c, size_t k) {
    return (tok(c, k, "-") && !glued(c, k)) || tok(c, k, "--");
}

/* Does the name at a stand in a list of names that a dash opens: only
 * names, commas and "and" back to the dash, or an aside of examples
 * ("Academics — such as physicist X — and poet Y were arrested", "— among
 * them lawyer X —"): lower-case words of a role, no verb, back to it? */
static int in_dash_list(const struct sentence_ctx *c, size_t a) {
    int words = 0; /* lower-case words passed */
    for (size_t k = a; k-- > 0 && a - k <= 30;) {
        if (aside_dash(c, k))
            return 1;
        if (name_word(c, k) || tok(c, k, ",") || tok(c, k, "and"))
            continue;
        if (words < 8 && (c->t[k].kind == TK_WORD || (tok(c, k, "-") && glued(c, k))) &&
            !(c->t[k].flags & TF_CAP) && !c->trig_at[k] && !c->qty_at[k] &&
            !has(c, k, LC_AUX) && !is_say(c, k)) {
            words++; /* "such as pro-Hamas physicist" */
            continue;
        }
        return 0;
    }
    return 0;
}

/* The end of "eight others", "12 other villagers" at token j (a count of
 * people joined to a name: "X and eight others were injured"), or 0. */
static size_t others_end(const struct sentence_ctx *c, size_t j) {
    if (j >= c->n || !c->qty_at[j])
        return 0;
    for (size_t m = j + 1; m < c->n && m <= j + 4; m++) {
        if (tok(c, m, "others"))
            return m + 1;
        if (tok(c, m, "other") && m + 1 < c->n && c->t[m + 1].kind == TK_WORD &&
            !(c->t[m + 1].flags & TF_CAP) && !has(c, m + 1, LC_AUX) && !c->trig_at[m + 1])
            return m + 2;
    }
    return 0;
}

/* The outcome phrase of the clause whose subject is the name at [a, b):
 * its verb, past appositions between commas ("X, 22, a student from Y,
 * was detained"), "of ..." and other names joined by "and" ("X and
 * organiser Y received ..."), or -1. */
static int subject_outcome(const struct sentence_ctx *c, size_t a, size_t b) {
    size_t k = b;
    /* names already joined by a comma: the name at a may stand after one */
    int listed = a >= 2 && tok(c, a - 1, ",") && (c->t[a - 2].flags & TF_CAP);
    for (int seg = 0; seg < 24 && k < c->n; seg++) {
        int o = pred_trigger(c, k);
        if (o >= 0)
            return o;
        if (listed && tok(c, k, ",") && k + 1 < c->n && tok(c, k + 1, "and"))
            k++; /* "X, Y, and Z were charged": the serial comma before the last name */
        if (aside_dash(c, k) && in_dash_list(c, a)) {
            k++; /* "the men — X, Y and Z — were killed": the aside closes */
            continue;
        }
        size_t br = tok(c, k, ",") ? k + 1 : k; /* "X (19) and Y", "X, (19) and Y": an age */
        if (br + 2 < c->n && tok(c, br, "(") && c->t[br + 1].kind == TK_NUM &&
            c->t[br + 1].fold.len <= 2 && tok(c, br + 2, ")")) {
            k = br + 3;
            continue;
        }
        if (tok(c, k, ",") && tok(c, k + 1, "and") && others_end(c, k + 2))
            k++; /* "X, a resident of Y, and eight others were injured" */
        size_t others = tok(c, k, "and") ? others_end(c, k + 1) : 0;
        if (others) {
            k = others; /* "X and eight others were injured": theirs too */
            continue;
        }
        if (tok(c, k, "and")) {
            /* "and the opposition campaign coordinator Y": lower-case words;
             * "and 32-year-old Y": an age before the name */
            size_t j = k + 1;
            if (age_before_name(c, j))
                j += 5;
            while (j < c->n && j < k + 6 && c->t[j].kind == TK_WORD &&
                   !(c->t[j].flags & TF_CAP) && !c->trig_at[j] && !has(c, j, LC_AUX))
                j++;
            if (j >= c->n || !name_word(c, j))
                return -1;
            size_t w;
            k = name_end(c, j, &w);
            continue;
        }
        if ((tok(c, k, "aka") || tok(c, k, "alias")) && k + 1 < c->n && name_word(c, k + 1)) {
            size_t w; /* "U Thura aka Zarganar, who ..., received": the other name */
            k = name_end(c, k + 1, &w);
            continue;
        }
        if (tok(c, k, ",") && k + 1 < c->n && name_word(c, k + 1)) {
            size_t w; /* a list of names: "X, Y and Z were sentenced" */
            k = name_end(c, k + 1, &w);
            listed = 1;
            continue;
        }
        if (tok(c, k, ",") || tok(c, k, ":")) {
            o = pred_trigger(c, k + 1);
            if (o >= 0 && tok(c, k, ",") && c->tr[o].t0 == k + 1) {
                /* "X, detained at the rally, was sentenced on Monday",
                 * «X, задержанный у мэрии, осуждён»: an apposition's
                 * participle, then the clause's own verb, the graver. */
                size_t m = c->tr[o].t1;
                while (m < c->n && m < c->tr[o].t1 + 8 && !tok(c, m, ",") && !tok(c, m, ".") &&
                       !tok(c, m, ";") && !c->trig_at[m])
                    m++;
                int main = tok(c, m, ",") ? pred_trigger(c, m + 1) : -1;
                if (main >= 0 && rank(termed_what(c, main)) > rank(termed_what(c, o)))
                    return main;
            }
            if (o >= 0)
                return o;
            size_t m = k + 1;
            while (m < c->n && m < k + 32 && !tok(c, m, ",") && !tok(c, m, ":") &&
                   !tok(c, m, ".") && !tok(c, m, ";") && !tok(c, m, "(") &&
                   (!tok(c, m, "\"") || quoted_title(c, m) || scare_quote(c, m)))
                m++;
            if (m >= c->n || m >= k + 32 || !(tok(c, m, ",") || tok(c, m, ":")))
                return -1;
            k = m;
            continue;
        }
        if (tok(c, k, "of") || tok(c, k, "from")) {
            /* "X of the news site Y, was" or "X of the outlet Y was" */
            size_t m = k + 1;
            while (m < c->n && m < k + 12 && !tok(c, m, ",") && !tok(c, m, ".") &&
                   !(has(c, m, LC_AUX) && name_word(c, m - 1)))
                m++;
            if (!tok(c, m, ",") && !has(c, m, LC_AUX))
                return -1;
            k = m;
            continue;
        }
        break;
    }
    return -1;
}

/* The uses (PRON_* bits) of the pronoun at token k, its gender in *g
 * ('m', 'f' or 0); 0 when token k is no pronoun (data/lexicon/LANG/words.tsv,
 * category pron). */
static int pronoun_at(const struct sentence_ctx *c, size_t k, char *g) {
    size_t len;
    if (!has(c, k, LC_PRON))
        return 0;
    const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_PRON, &len);
    if (!e)
        return 0;
    if (g)
        *g = (char)e->a;
    return e->kind;
}

/* Is the pronoun at k the object of the verb before it: "арестовал её на
 * 10 суток", "sentenced her to", but not a possessive before its noun
 * ("задержали его брата", "detained her husband"), nor "его нет" (he is
 * not there)?  A word after a pronoun that may be either is a
 * preposition, an adverb of time or a joint, or none follows. */
static int object_use(const struct sentence_ctx *c, size_t k, char *g) {
    static const char *const after[] = {
        "на", "в", "во", "у", "за", "к", "по", "с", "со", "после", "до", "около", "возле", "при",
        "из", "прямо", "сразу", "вчера", "сегодня", "утром", "вечером", "ночью", "днем",
        "снова", "повторно", "еще", "уже", "также", "тоже", "и", "а", "но", "to", "for", "in",
        "at", "on", "after", "with", "and", "but", "over", "without", "again", "twice", NULL};
    int kind = pronoun_at(c, k, g);
    if (!(kind & PRON_OBJ) || tok(c, k + 1, "нет"))
        return 0;
    if (!(kind & PRON_POSS) || k + 1 >= c->n)
        return 1;
    const struct token *t = &c->t[k + 1];
    return t->kind != TK_WORD || tok_in(c, k + 1, after);
}

/* Is there a clause boundary in tokens [from, to): a semicolon, a colon, a
 * comma, a dash, "а", "and", "that"? */
static int clause_between(const struct sentence_ctx *c, size_t from, size_t to) {
    static const char *const joint[] = {";", ":", ",", "-", "—", "а", "and", "that", NULL};
    for (size_t k = from; k < to; k++)
        if (tok_in(c, k, joint))
            return 1;
    return 0;
}

/* The pronoun tied to the outcome phrase o, in *g its gender: an object
 * right after it ("sentenced him to", «арестовал её на»), a pronoun right
 * before it that is not a subject ("his whereabouts", «назначил ей
 * арест»), or a dative two words before it («назначил ей
 * административный арест»).  Returns the pronoun's token index + 1, or
 * 0. */
static size_t tied_pronoun(const struct sentence_ctx *c, int o, char *g) {
    const struct trigger *tr = &c->tr[o];
    int kind;
    if (object_use(c, tr->t1, g))
        return tr->t1 + 1;
    if (tr->t0 > 0 && (kind = pronoun_at(c, tr->t0 - 1, g)) && kind != PRON_SUBJ &&
        !tok(c, tr->t0, "нет"))
        return tr->t0;
    if (tr->t0 > 1 && pronoun_at(c, tr->t0 - 2, g) == PRON_OBJ && c->t[tr->t0 - 1].kind == TK_WORD)
        return tr->t0 - 1;
    return 0;
}

/* A term given to a pronoun from token k on: «суд назначил ему 15
 * суток», "the judge gave her ten days".  Returns 1 and its gender in *g,
 * or 0. */
static int pronoun_term(const struct sentence_ctx *c, size_t k, char *g) {
    static const char *const gave[] = {"gave", "handed", "назначил", "назначила",
                                       "назначили", "дал", "дали", NULL};
    /* The word after the verb is tested first for a pronoun of the
     * lexicon (a bit), as pronoun_at does before anything: most tokens end
     * there, without *g written, as when the word list is read first. */
    for (; k + 2 < c->n; k++)
        if (has(c, k + 1, LC_PRON) && tok_in(c, k, gave) && (pronoun_at(c, k + 1, g) & PRON_OBJ) &&
            term_at(c, k + 2))
            return 1;
    return 0;
}

/* The outcome phrases after the name at b that a later clause of the
 * sentence gives it by a pronoun, with no other name between: a clause
 * opened by "he", "she", "his", "her" ("...; his whereabouts are
 * unknown"), or one whose verb takes the pronoun as its object ("...;
 * вечером суд арестовал её на 10 суток").  The gravest, or -1. */
static int pronoun_outcome(const struct sentence_ctx *c, size_t b) {
    static const char *const opener[] = {";", ",", "and", "that", NULL};
    static const char *const street[] = {"street", "avenue", "square", "road", "boulevard",
                                         "prospekt", "lane", "highway", NULL};
    int best = -1;
    for (size_t k = b; k < c->n; k++) {
        if (name_word(c, k) && !in_quotes(c, k)) {
            size_t e = k;
            while (e < c->n && c->t[e].kind == TK_WORD && (c->t[e].flags & TF_CAP))
                e++;
            if (!tok_in(c, e - 1, street) && !tok_in(c, e, street))
                break; /* another person's name, but "Fuzuli Street" is none */
            k = e - 1;
            continue;
        }
        if (!c->trig_at[k] || c->t[k].kind != TK_WORD)
            continue;
        int o = c->trig_at[k] - 1;
        if (c->tr[o].t0 != k)
            continue;
        int opened = 0;
        for (size_t m = k, s = 0; m > b && s < 3 && !opened; m--, s++)
            opened = pronoun_at(c, m - 1, NULL) && m - 1 > b && tok_in(c, m - 2, opener);
        size_t p = opened ? 0 : tied_pronoun(c, o, NULL);
        if (p && (pronoun_at(c, p - 1, NULL) & (PRON_OBJ | PRON_POSS)) && p - 1 > b &&
            clause_between(c, b, p - 1 < k ? p - 1 : k))
            opened = 1; /* «...; суд арестовал её», "; a court sentenced her to" */
        if (opened && c->tr[o].e->what != VG_PARTICIPANTS &&
            (best < 0 || rank(termed_what(c, o)) > rank(termed_what(c, best))))
            best = o;
    }
    return best;
}

/* Is the word w an English demonym made of a place name and "-er"
 * ("Londoner", "Dubliner", "Berliner"): a resident, told by the place the
 * gazetteer knows whole in the word without its ending? */
static int demonym(const struct person_state *ps, struct vg_str w) {
    struct vg_place_hit h;
    if (!ps->g || w.len < 6 || w.ptr[w.len - 2] != 'e' || w.ptr[w.len - 1] != 'r')
        return 0;
    return vg_gazetteer_find(ps->g, w.ptr, w.len - 2, &h, 1) == 1 && h.start == 0 &&
           h.end == w.len - 2;
}

/* Is the first word of the name at a, of three words or more, no part of
 * it: a demonym ("Londoner Alexander Reid"), a Cyrillic abbreviation in
 * mixed case ("УрФУ Дарья Белова") or a place after a Russian preposition
 * ("из Орала Нурбол Сапаров")? */
static int lead_not_name(const struct person_state *ps, const struct sentence_ctx *c,
                         struct vg_str text, size_t a, size_t words) {
    static const char *const place_prep[] = {"из", "в", "во", "под", "около", NULL};
    static const char *const opening[] = {"following", "despite", "amid", "unlike", "regarding",
                                          "including", "besides", "like", "whereas", NULL};
    if (words >= 2 && tok_in(c, a, opening))
        return 1; /* "Following X's abduction": a preposition opening the sentence */
    struct vg_str w = token_text(text, &c->t[a]);
    if (words >= 3 && demonym(ps, w))
        return 1; /* "Londoner Alexander Reid": where he lives, no part of his name */
    if (words < 3 || !w.len || (unsigned char)w.ptr[0] < 0xd0)
        return 0;
    if (!(c->t[a].flags & TF_UPPER)) {
        size_t i = 0;
        int first = 1;
        while (i < w.len) {
            int32_t cp;
            utf8proc_ssize_t n =
                utf8proc_iterate((const uint8_t *)w.ptr + i, (utf8proc_ssize_t)(w.len - i), &cp);
            if (n <= 0)
                break;
            if (!first && utf8proc_isupper(cp))
                return 1;
            first = 0;
            i += (size_t)n;
        }
    }
    if (ps->g && a > 0 && tok_in(c, a - 1, place_prep)) {
        struct vg_place_hit h;
        if (vg_gazetteer_find(ps->g, w.ptr, w.len, &h, 1) == 1 && h.start == 0 && h.end == w.len)
            return 1;
    }
    return 0;
}

/* The person already named `name` (whose keys are `key`), in *out, or
 * NULL: the same name in any script or case (vg_names_match), or a part of
 * it ("Lisitsyna", "Anna Lisitsyna" for "Anna Ivanovna Lisitsyna").  A lone
 * Cyrillic surname is tried in every case it may be in: "Лисицыной" is
 * Лисицына's.  The people's keys are kept beside them (ps->keys), since a
 * report's names are compared with each other many times.  Returns VG_OK
 * or VG_ENOMEM. */
#define FEW_PERSONS 16 /* people a name is compared with one by one */

/* The first person (in the order they were named) whose keys match `key`
 * with a tier of at least 1 (any) or, with `tier` 3, of exactly 3; or
 * NULL.  Once a report has named more than a few people, only those
 * sharing a word with it are compared (name_index.h), unless too many do;
 * a few are compared each, cheaper than looking the words up. */
static struct vg_person *first_match(const struct person_state *ps,
                                     const struct vg_name_keys *key, int tier) {
    size_t cand[64];
    size_t n = ps->r->n_persons <= FEW_PERSONS
                   ? SIZE_MAX
                   : name_index_candidates(&ps->by_word, key, cand, sizeof cand / sizeof cand[0]);
    size_t count = n == SIZE_MAX ? ps->r->n_persons : n;
    for (size_t k = 0; k < count; k++) {
        size_t i = n == SIZE_MAX ? k : cand[k];
        int t = vg_name_keys_match(&ps->keys[i], key);
        if (tier == 3 ? t == 3 : t != 0)
            return &ps->r->persons[i];
    }
    return NULL;
}

static int find_person(struct person_state *ps, struct vg_str name, size_t words,
                       const struct vg_name_keys *key, struct vg_person **out) {
    struct vg_report *r = ps->r;
    *out = first_match(ps, key, 1);
    if (*out)
        return VG_OK;
    char forms[8][NAME_CASE_MAX];
    size_t nf = 0;
    if (words == 1 && (unsigned char)name.ptr[0] >= 0xd0)
        nf = name_case_surname_forms(name, forms, 8);
    for (size_t f = 1; f < nf && r->n_persons; f++) {
        struct vg_name_keys fk;
        if (vg_name_keys_make(ps->a, vg_str_cstr(forms[f]), &fk))
            return VG_ENOMEM;
        if ((*out = first_match(ps, &fk, 3)) != NULL)
            return VG_OK;
    }
    return VG_OK;
}

/* `name` in the nominative: the name itself, or a copy in the arena when
 * it is a Russian name in another case.  NULL slice when out of memory. */
static struct vg_str nominative(struct vg_arena *a, struct vg_str name) {
    char buf[NAME_CASE_MAX];
    if (!name.len || (unsigned char)name.ptr[0] < 0xd0)
        return name;
    size_t n = name_case_nominative(name, buf, sizeof buf);
    if (!n)
        return name;
    char *p = vg_arena_strndup(a, buf, n);
    return p ? vg_str_make(p, n) : VG_STR_NULL;
}

static int add_person(struct person_state *ps, const struct vg_person *p,
                      const struct vg_name_keys *key) {
    struct vg_report *r = ps->r;
    if (r->n_persons == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 8;
        struct vg_person *v = vg_arena_grow(ps->a, r->persons, r->n_persons, cap, sizeof *v);
        if (!v)
            return VG_ENOMEM;
        r->persons = v;
        struct vg_name_keys *k = vg_arena_grow(ps->a, ps->keys, r->n_persons, cap, sizeof *k);
        if (!k)
            return VG_ENOMEM;
        ps->keys = k;
        ps->cap = cap;
    }
    ps->keys[r->n_persons] = *key;
    r->persons[r->n_persons++] = *p;
    /* Once more than a few people are named, they are indexed (first_match). */
    for (; r->n_persons > FEW_PERSONS && ps->n_indexed < r->n_persons; ps->n_indexed++)
        if (name_index_add(&ps->by_word, ps->a, &ps->keys[ps->n_indexed], ps->n_indexed))
            return VG_ENOMEM;
    return VG_OK;
}

/* The subject pronoun right after a fronted phrase of time or place that
 * opens the sentence and ends in a comma: "On December 12, 2022, he was
 * sentenced", "During his incarceration, he fell ill".  Its index, or 0. */
static size_t fronted_pronoun(const struct sentence_ctx *c) {
    static const char *const opens[] = {"on", "in", "during", "at", "by", "later", "then",
                                        "afterwards", "since", "from", "over", NULL};
    if (c->n < 4 || !tok_in(c, 0, opens))
        return 0;
    for (size_t k = 1; k + 1 < c->n && k < 12; k++) {
        if (c->trig_at[k] || tok(c, k, ";") || tok(c, k, ":"))
            return 0; /* "On Monday, when police detained them, he ...": not a frame */
        if (tok(c, k, ",") && (pronoun_at(c, k + 1, NULL) & PRON_SUBJ))
            return k + 1; /* past a date's own comma: "On May 3, 2022, he" */
    }
    return 0;
}

/* The outcome a sentence gives a person the sentence before named, by a
 * pronoun: "He has been missing since then", "His whereabouts are
 * unknown", "A court sentenced her to ...", "Суд приговорил её к ...",
 * "суд назначил ей арест", "После акции он пропал"; or -1.  A pronoun
 * opening the sentence, or a subject pronoun among its first words, takes
 * the verb right after it and the verbs joined to that; an object or
 * possessive pronoun stands right after or right before its outcome
 * phrase.  The gravest of these ("Его задержали утром, а суд оштрафовал
 * его"); the pronoun's gender in *g. */
static int pronoun_lead(const struct sentence_ctx *c, char *g) {
    int best = -1;
    char bg = 0, pg = 0;
    size_t fp = fronted_pronoun(c);
    if (fp) {
        pronoun_at(c, fp, &pg);
        int o = verb_at(c, fp + 1);
        if (o >= 0) {
            best = chain_outcome(c, o);
            bg = pg;
        }
    }
    for (size_t k = 0; k < c->n && k < 4 && !fp; k++) {
        int kind = pronoun_at(c, k, &pg);
        if (kind && (k == 0 || (kind & PRON_SUBJ))) {
            int o = verb_at(c, k + 1);
            if (o >= 0) {
                best = chain_outcome(c, o);
                bg = pg;
            }
            break;
        }
        if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP && k))
            break; /* "После акции он", not past a comma or a name */
    }
    for (size_t i = 0; i < c->ntr; i++) {
        const struct trigger *tr = &c->tr[i];
        if (tr->e->what == VG_PARTICIPANTS || !tied_pronoun(c, (int)i, &pg))
            continue;
        if (best < 0 || rank(person_what(termed_what(c, (int)i))) >
                            rank(person_what(termed_what(c, best)))) {
            best = (int)i;
            bg = pg;
        }
    }
    *g = bg;
    return best;
}

/* Do only white space and closing quotes stand in text[from, to)? */
static int adjacent(struct vg_str text, size_t from, size_t to) {
    for (size_t i = from; i < to && i < text.len; i++) {
        unsigned char ch = (unsigned char)text.ptr[i];
        if (ch != ' ' && ch != '\n' && ch != '\r' && ch != '\t' && ch != '"')
            return 0;
    }
    return from <= to;
}

/* Does the name ending at b say it is one of a group counted before: "X
 * is among the nine", "X was among them"? */
static int among_after(const struct sentence_ctx *c, size_t b) {
    size_t k = b;
    while (k < c->n && k < b + 3 && has(c, k, LC_AUX))
        k++;
    return k > b && tok(c, k, "among");
}

/* Is the name at a joined by "and", "и" or a comma to the name ending at
 * prev_b, with no outcome phrase between: "detained X, a reporter, and
 * (lawyer) Y", «задержаны X, администратор канала Y и редактор Z»? */
static int joined_object(const struct sentence_ctx *c, size_t prev_b, size_t a) {
    static const char *const joint[] = {"and", "и", ",", NULL};
    /* The name before may carry its age, in a list set apart by
     * semicolons: "include X, 27; Y, 47; and Z, 16". */
    size_t from = prev_b;
    if (tok(c, prev_b, ",") && prev_b + 2 < c->n && c->t[prev_b + 1].kind == TK_NUM &&
        c->t[prev_b + 1].fold.len <= 2 && !c->qty_at[prev_b + 1] && tok(c, prev_b + 2, ";"))
        from = prev_b + 3;
    size_t k = a;
    for (int role = 0; k > from && role < 3 && c->t[k - 1].kind == TK_WORD &&
                       !(c->t[k - 1].flags & TF_CAP) && !tok_in(c, k - 1, joint);
         role++)
        k--; /* a role before the name: "and freelance producer Y" */
    if (k > from + 1 && tok(c, k - 1, ".") && has(c, k - 2, LC_TITLE))
        k--; /* "and Mr. Y" */
    if (k > from && has(c, k - 1, LC_TITLE))
        k--; /* "X, Ms Y and Mr Z": a title before each name */
    if (k < from || (k == from && from == prev_b) ||
        (!tok_in(c, k - 1, joint) && !(from > prev_b && k == from)))
        return 0;
    for (size_t m = from; m < k; m++)
        if (c->trig_at[m] || c->qty_at[m] || tok(c, m, ";") || tok(c, m, "."))
            return 0;
    return 1;
}

/* Does the person's name tell a gender that is not g? */
static int other_gender(const struct vg_person *p, char g) {
    char pg = g ? name_case_gender(p->written) : 0;
    return pg && pg != g;
}

/* The person a pronoun of gender g (or 0) in a sentence starting at
 * `start` stands for: the one person the sentence right before named, or
 * the one of its people of that gender, or the person named with no
 * outcome yet (ps->pending).  Returns 1 + index into r->persons, SIZE_MAX
 * for the pending person, or 0. */
static size_t pronoun_person(const struct person_state *ps, struct vg_str text, size_t start,
                             char g) {
    if (ps->last_end && adjacent(text, ps->last_end, start)) {
        if (ps->last_person && !other_gender(&ps->r->persons[ps->last_person - 1], g))
            return ps->last_person;
        size_t pick = 0;
        for (size_t i = 0; g && i < sizeof ps->prev / sizeof ps->prev[0] && ps->prev[i]; i++) {
            const struct vg_person *p = &ps->r->persons[ps->prev[i] - 1];
            if (name_case_gender(p->written) == g) {
                if (pick)
                    return 0; /* two of that gender: no telling */
                pick = ps->prev[i];
            }
        }
        if (pick)
            return pick;
    }
    if (ps->pending_end && adjacent(text, ps->pending_end, start) &&
        !other_gender(&ps->pending, g))
        return SIZE_MAX;
    return 0;
}

/* The date of the sentence being read (person_when), found on first use. */
struct sentence_day {
    const struct person_when *when; /* how to find it; NULL: it has none */
    int32_t day;                    /* the date, once found */
    int found;                      /* day holds it */
};

static int32_t day_of(struct sentence_day *d) {
    if (!d->found) {
        d->day = d->when ? d->when->find(d->when->ctx) : VG_NO_DATE;
        d->found = 1;
    }
    return d->day;
}

/* Give the person k (as pronoun_person returns) the status `what` of a
 * sentence, when graver than the one it has; the pending person is added.
 * Returns VG_OK or VG_ENOMEM. */
static int give_status(struct person_state *ps, size_t k, int what, struct vg_span sentence,
                       struct sentence_day *when) {
    if (k == SIZE_MAX) {
        ps->pending.status = (enum vg_what)what;
        ps->pending.since = day_of(when);
        if (add_person(ps, &ps->pending, &ps->pending_key))
            return VG_ENOMEM;
        ps->pending_end = 0;
        ps->last_person = ps->r->n_persons;
        memset(ps->prev, 0, sizeof ps->prev);
        ps->prev[0] = ps->last_person;
        ps->last_end = sentence.end;
        return VG_OK;
    }
    struct vg_person *p = &ps->r->persons[k - 1];
    if (rank(what) > rank(p->status)) {
        p->status = (enum vg_what)what;
        p->since = day_of(when);
        p->sentence = sentence;
    }
    ps->last_end = sentence.end;
    return VG_OK;
}

/* A sentence naming no one that gives, by a pronoun, an outcome of the
 * person the sentence right before named (pronoun_person). */
static int pronoun_sentence(struct person_state *ps, const struct sentence_ctx *c,
                            struct vg_str text, struct vg_span sentence,
                            struct sentence_day *when) {
    char g = 0;
    int o = pronoun_lead(c, &g);
    int what = o >= 0 ? person_what(termed_what(c, o)) : VG_WHAT_NONE;
    char tg = 0;
    if (rank(VG_SANCTIONED) > rank(what) && pronoun_term(c, 0, &tg)) {
        what = VG_SANCTIONED; /* «Суд назначил ей 10 суток.» */
        g = tg;
    }
    if (!what)
        return VG_OK;
    size_t k = pronoun_person(ps, text, sentence.start, g);
    return k ? give_status(ps, k, what, sentence, when) : VG_OK;
}

/* The last name of the sentence that took an outcome phrase before it, as
 * the object of its verb: names joined to it by "and" share the phrase. */
struct object {
    int o;    /* the outcome phrase, or -1 */
    size_t b; /* the end of that name */
};

/* The outcome of a counted group the name at a stands in apposition to:
 * "detained two journalists, X and Y", «суды арестовали двоих журналистов
 * издания «Сота» X и Y»: back from the name over a few lower-case words,
 * quotes, an outlet's name in quotes and commas to a noun for people right
 * after a count; the outcome phrase nearest that count.  Or -1. */
static int counted_group(const struct sentence_ctx *c, size_t a) {
    static const char *const preps[] = {"with", "of", "from", "at", "for", NULL};
    size_t k = a;
    int named = 0; /* a capitalised name passed that no "with", "of" ... opens yet */
    for (int steps = 0; k > 0 && steps < 12; steps++) {
        const struct token *t = &c->t[k - 1];
        if (has(c, k - 1, LC_WHO) && !named) {
            size_t w = k - 1;
            for (size_t m = w; m > 0 && m + 3 > w; m--)
                if (c->qty_at[m - 1]) {
                    const struct quantity *q = &c->q[c->qty_at[m - 1] - 1];
                    return q->t1 <= w ? find_outcome(c, q->t0, q->t1, NULL) : -1;
                }
            return -1;
        }
        if (tok(c, k - 1, "by") || tok(c, k - 1, "against") ||
            (c->trig_at[k - 1] && !(t->flags & TF_CAP) &&
             c->tr[c->trig_at[k - 1] - 1].e->what == VG_PARTICIPANTS))
            return -1; /* "12 protesters were killed in protests led by X", "in
                        * protests against X", "the uprising against president
                        * X": no member; but "20 students who
                        * sustained bullet wounds - X, Y" are the group's */
        if (tok_in(c, k - 1, preps))
            named = 0; /* "two journalists with the outlet Mwangaza TV, X and Y" */
        else if (t->kind == TK_WORD && (t->flags & TF_CAP) && !in_quotes(c, k - 1) &&
                 tok(c, k, ",") && !c->trig_at[k - 1])
            named = 1; /* the outlet's name, closed by the comma before the list */
        else if (named && t->kind == TK_WORD && (t->flags & TF_CAP) && !c->trig_at[k - 1])
            ; /* more of that name */
        else if (!named && t->kind == TK_WORD && (t->flags & TF_CAP) && !c->trig_at[k - 1] &&
                 k < c->n && c->t[k].kind == TK_WORD && !(c->t[k].flags & TF_CAP) &&
                 k >= 2 && c->t[k - 2].kind == TK_WORD && !(c->t[k - 2].flags & TF_CAP) &&
                 !has(c, k - 1, LC_UNIT) && !has(c, k - 2, LC_STOP) && !tok(c, k - 2, "on"))
            ; /* "two people aligned with the opposition Podemos party, X and Y": a
               * name inside the group's words */
        else if (!(tok(c, k - 1, ",") || tok(c, k - 1, "\"") || tok(c, k - 1, "-") ||
                   tok(c, k - 1, ":") ||
                   (t->kind == TK_WORD && (!(t->flags & TF_CAP) || in_quotes(c, k - 1)))))
            return -1;
        k--;
    }
    return -1;
}

/* The predicate of a group a list of names ending at b stands in: "Four
 * of the six, among them X of Radio Y and Z of the weekly W, were brought
 * before a judge and charged": the comma that closes the list, then an
 * auxiliary.  Returns the outcome phrase's index or -1. */
static int list_predicate(const struct sentence_ctx *c, size_t b) {
    for (size_t m = b; m < c->n && m < b + 30; m++) {
        if (tok(c, m, ".") || tok(c, m, ";") || c->qty_at[m] || c->trig_at[m])
            return -1;
        if (tok(c, m, ",") && m + 1 < c->n && has(c, m + 1, LC_AUX))
            return pred_trigger(c, m + 1);
    }
    return -1;
}

/* "the death of a 22-year-old Kurdish woman, X": the dead described
 * first, then named in apposition.  Does the name at a follow the event
 * noun tr, "of", an indefinite article, a few plain words of description
 * and a comma? */
static int described_then_named(const struct sentence_ctx *c, const struct trigger *tr,
                                size_t a) {
    size_t k = tr->t1;
    if (tr->e->kind != F_EVENT || a < k + 4 || a > k + 10 || !tok(c, k, "of") ||
        !(tok(c, k + 1, "a") || tok(c, k + 1, "an")) || !tok(c, a - 1, ","))
        return 0;
    for (k += 2; k + 1 < a; k++)
        if (!(c->t[k].kind == TK_WORD || c->t[k].kind == TK_NUM || tok(c, k, "-")) ||
            c->trig_at[k] || tok(c, k, "and") || tok(c, k, "or"))
            return 0;
    return 1;
}

/* A death the name is the object of: "the death of X", "the body of X,
 * who was taken from his home, was returned": X's fate, whatever the
 * clauses after the name say happened before; or the dead the name stands
 * in apposition to: "one dead, X, shot by a soldier".  Returns its index
 * or -1. */
static int death_of(const struct sentence_ctx *c, size_t a) {
    if (a == 0)
        return -1;
    for (size_t i = 0; i < c->ntr; i++) {
        const struct trigger *tr = &c->tr[i];
        if (tr->e->what == VG_KILLED && ((tr->t1 == a && tok(c, a - 1, "of")) ||
                                         (tr->t1 + 1 == a && tok(c, tr->t1, "of"))))
            return (int)i;
        if (tr->e->what == VG_KILLED && tr->e->kind == F_PEOPLE && tr->t1 + 1 == a &&
            tok(c, tr->t1, ","))
            return (int)i; /* "there was one dead, X, shot in the back": X is the dead */
        if (tr->e->what == VG_KILLED && described_then_named(c, tr, a))
            return (int)i;
    }
    return -1;
}

/* "They included rally leaders X, Y and Z", "These include student
 * activists X and Y": one or two plain words of a group's role, then a
 * capitalised name, after the opening's first two words. */
static int plural_role_then_name(const struct sentence_ctx *c) {
    for (size_t k = 2; k < 4 && k + 1 < c->n; k++) {
        const struct trigger *x = c->trig_at[k] ? &c->tr[c->trig_at[k] - 1] : NULL;
        if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) || has(c, k, LC_STOP) ||
            has(c, k, LC_NUM) || (x && x->e->what != VG_PARTICIPANTS))
            return 0; /* but "rally leaders", "protest organisers" */
        if (c->t[k + 1].kind == TK_WORD && (c->t[k + 1].flags & TF_CAP))
            return 1;
    }
    return 0;
}

/* Does the sentence open by naming the members of the group the sentence
 * before counted ("They are X, ... and Y", "These include X", "The
 * victims included: X"), the name at `a` after that opening? */
static int group_opening(const struct sentence_ctx *c, size_t a) {
    static const char *const who[] = {"they", "these", "those", NULL};
    static const char *const be[] = {"are", "were", "include", "included", NULL};
    if (a >= 2 && tok(c, 0, "the") && tok(c, 1, "victims") && tok_in(c, 2, be)) {
        /* "The victims included: X, Y and Z" */
        size_t k = tok(c, 3, ":") ? 4 : 3;
        return k < c->n && c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP);
    }
    /* The list right after, or after a colon ("They were: X from Y, ..."):
     * a name, a title or a role ("They are Mr. X", "They include
     * journalist X"), not "They are there to inform". */
    size_t k = c->n > 3 && tok(c, 2, ":") ? 3 : 2;
    return a >= 2 && tok_in(c, 0, who) && tok_in(c, 1, be) && c->n > k &&
           c->t[k].kind == TK_WORD &&
           ((c->t[k].flags & TF_CAP) || has(c, k, LC_ROLE) || has(c, k, LC_TITLE) ||
            (k == 2 && plural_role_then_name(c)));
}

/* A row of a table of named people whose cells '|' sets apart ("3 | X (19),
 * student | 16 January | Sidi Bouzid | Sentenced to 10 months"): the name
 * in one of its first cells, the person's outcome in a later cell, past
 * the cells of dates and places.  Returns the gravest outcome phrase after
 * the name's cell, or -1 when the sentence is no such row or names another
 * person after this one. */
static int row_outcome(const struct sentence_ctx *c, size_t a, size_t b) {
    size_t bars = 0, bars_before = 0;
    for (size_t k = 0; k < c->n; k++)
        if (tok(c, k, "|")) {
            bars++;
            bars_before += k < a;
        }
    if (bars < 3 || bars_before > 2)
        return -1;
    int best = -1;
    size_t cell = 0; /* cells passed since the name's */
    for (size_t k = b; k < c->n; k++) {
        if (tok(c, k, "|"))
            cell++;
        if (!cell || !c->trig_at[k])
            continue;
        const struct trigger *tr = &c->tr[c->trig_at[k] - 1];
        if (tr->t0 != k || tr->e->what == VG_PARTICIPANTS)
            continue;
        if (best < 0 || rank(tr->e->what) > rank(c->tr[best].e->what))
            best = (int)(c->trig_at[k] - 1);
    }
    return best;
}

/* Is outcome o inside a clause "X, whose son was arrested, ..." that
 * opens at b, after the name?  That clause tells of another person. */
static int in_whose_clause(const struct sentence_ctx *c, size_t b, int o) {
    if (o < 0 || !tok(c, b, ",") || !tok(c, b + 1, "whose") || own_whose(c, b + 1))
        return 0;
    size_t t0 = c->tr[o].t0;
    if (t0 <= b + 1)
        return 0;
    for (size_t m = b + 2; m < t0; m++)
        if (tok(c, m, ",") || tok(c, m, ".") || tok(c, m, ";"))
            return 0;
    return 1;
}

/* Does an offence stand between outcome o and the name at a: "arrested
 * for insulting the Supreme Leader X", "charged with defaming X"?  The
 * name is the offence's object, not the one held. */
static int offence_object(const struct sentence_ctx *c, size_t a, int o) {
    if (o < 0 || c->tr[o].t1 > a)
        return 0;
    for (size_t m = c->tr[o].t1; m + 1 < a && m < c->tr[o].t1 + 4; m++) {
        if (!(tok(c, m, "for") || tok(c, m, "with")))
            continue;
        const struct token *t = &c->t[m + 1];
        return t->kind == TK_WORD && !(t->flags & TF_CAP) && t->fold.len > 5 &&
               memcmp(t->fold.ptr + t->fold.len - 3, "ing", 3) == 0 &&
               !tok(c, m + 1, "questioning"); /* "held for questioning X" */
    }
    return 0;
}

/* The status the sentence gives the name at [a, b), or VG_WHAT_NONE: its
 * group's outcome ("among those detained", "среди задержанных"), else its
 * own clause's verb, else the nearest outcome phrase no figure took, else
 * the verb of an object it is joined to; then the gravest of the phrases
 * joined to that one, of its relative clause and of a clause opened by a
 * pronoun, and a term of days read as a sanction. */
/* Is the custody at trigger o one "on charges": "detained X and Y on the
 * same charges", "arrested X on charges of rioting", "detained X with
 * undisclosed charges", "detained X on 18 May charged with ..."?  The
 * charge is then the person's status.  Looks ahead of the trigger to the
 * end of the clause. */
static int custody_on_charges(const struct sentence_ctx *c, int o) {
    static const char *const stop[] = {".", ";", "who", "which", "whose", "whom", "but", NULL};
    if (o < 0 || c->tr[o].e->what != VG_DETAINED)
        return 0;
    for (size_t k = c->tr[o].t1; k < c->n && k < c->tr[o].t1 + CHAIN_REACH; k++) {
        if (tok_in(c, k, stop) || is_say(c, k))
            return 0;
        if (k > c->tr[o].t1 && (tok(c, k, "charges") || tok(c, k, "charge")))
            for (size_t m = k - 1, steps = 0; m > c->tr[o].t1 && steps < 3; m--, steps++) {
                if (tok(c, m, "no") || tok(c, m, "any") || tok(c, m, "without"))
                    break; /* "held with no charges" */
                if (tok(c, m, "on") || tok(c, m, "with"))
                    return 1;
            }
        if (tok(c, k, "charged") && k + 1 < c->n && tok(c, k + 1, "with") && !tok(c, k - 1, "and") &&
            !tok(c, k - 1, "was") && !tok(c, k - 1, "were"))
            return 1;
    }
    return 0;
}

static int name_status(const struct sentence_ctx *c, size_t a, size_t b,
                       const uint8_t *trig_used, struct object *object) {
    size_t grouped = among(c, a);
    int o = grouped ? -1 : death_of(c, a);
    if (o < 0 && !grouped && !stance_after(c, b) && !led_by(c, a, b) &&
        !in_aside_of_other(c, a, b, c->n))
        o = subject_outcome(c, a, b);
    if (o < 0) {
        o = find_outcome(c, a, b, grouped ? NULL : trig_used);
        if (in_whose_clause(c, b, o) || offence_object(c, a, o))
            o = -1; /* "X, whose son was arrested": the son's; "arrested
                     * for insulting X": X was insulted */
    }
    if (o < 0 && grouped) /* a name far down a list: as near its group's outcome as the list */
        o = find_outcome(c, grouped - 1, grouped, NULL);
    if (o < 0 && grouped)
        o = list_predicate(c, b); /* "Four, among them X of ... and Y of ..., were charged" */
    int fronted = after_fronted(c, a, b);
    if (o < 0 && object->o >= 0 && !fronted && joined_object(c, object->b, a))
        o = object->o; /* "detained X, a reporter, and Y, a producer" */
    if (o < 0 && !fronted)
        o = counted_group(c, a); /* "detained two journalists, X and Y" */
    if (o < 0)
        o = row_outcome(c, a, b); /* "X | 16 January | Gafsa | In pre-trial detention" */
    int group_what = o < 0 && (grouped || among_after(c, b)) && !c->ntr ? c->prev_what
                                                                        : VG_WHAT_NONE;
    if (o >= 0 && c->tr[o].t1 <= a) {
        object->o = o;
        object->b = b;
    }
    if (grouped && tok(c, b, ",") && tok_in(c, b + 1, relative)) {
        /* "Among those detained was X, who was sentenced to ...": the
         * relative clause is X's own, and may say more than the group. */
        int ro = pred_trigger(c, b + 1);
        if (ro >= 0)
            ro = chain_outcome(c, ro); /* "who was taken ... and has since been charged" */
        if (ro >= 0 && (o < 0 || rank(c->tr[ro].e->what) > rank(c->tr[o].e->what)))
            o = ro;
    }
    int po = pronoun_outcome(c, b);
    if (po >= 0 && (o < 0 || rank(termed_what(c, po)) > rank(termed_what(c, o))))
        o = po;
    int what = person_what(group_what); /* "Among them were X and Y." */
    char g = 0;
    if (o >= 0)
        what = person_what(termed_what(c, chain_outcome(c, o)));
    if (what == VG_DETAINED && custody_on_charges(c, o))
        what = VG_CHARGED; /* "detained X and Y on the same charges" */
    if (c->prev_what && group_opening(c, a) && rank(person_what(c->prev_what)) > rank(what))
        what = person_what(c->prev_what); /* "... 3 persons are missing. They are X, ..." */
    if (rank(VG_SANCTIONED) > rank(what) &&
        (term_received(c, b) || term_given(c, a, b) || pronoun_term(c, b, &g) ||
         serving_term(c, b) ||
         (what == VG_DETAINED && o >= 0 && c->tr[o].t1 == a && term_at(c, b))))
        what = VG_SANCTIONED; /* "арестовал Тихонова на десять суток" */
    return what;
}

/* Is token i an initial before a name: one capital letter, a full stop
 * glued to it, then a name or another initial ("Т. Осмонов", "J. Smith")? */
static int initial_at(const struct sentence_ctx *c, size_t i) {
    const struct token *t = &c->t[i];
    if (i + 2 >= c->n || t->kind != TK_WORD || !(t->flags & TF_CAP) ||
        !(t->fold.len == 1 || (t->fold.len == 2 && (unsigned char)t->fold.ptr[0] >= 0xd0)) ||
        !tok(c, i + 1, ".") || !glued(c, i + 1))
        return 0;
    return name_word(c, i + 2) || initial_at(c, i + 2);
}

/* Does the name ending at b say it is one of a group the sentence counts:
 * "X is one of the 23 students detained", «X — одна из 23 задержанных»,
 * "said X, 48, one of those arrested"?  The outcome phrase of that group,
 * though a figure took it, or -1. */
static int one_of(const struct sentence_ctx *c, size_t a, size_t b) {
    static const char *const one[] = {"one", "один", "одна", "одним", "одной", "одного", NULL};
    static const char *const of[] = {"of", "из", NULL};
    size_t k = b;
    if (tok(c, k, ",") && k + 2 < c->n && c->t[k + 1].kind == TK_NUM &&
        c->t[k + 1].fold.len <= 2 && tok(c, k + 2, ","))
        k += 2; /* the age between commas: "X, 48, one of" */
    while (k < c->n && k < b + 5 && (has(c, k, LC_AUX) || tok(c, k, "-") || tok(c, k, "—") ||
                                     tok(c, k, ",")))
        k++;
    if (!tok_in(c, k, one) || !tok_in(c, k + 1, of))
        return -1;
    return find_outcome(c, a, b, NULL);
}

/* Is the name `key` (of `words` words, `name` as written) the pending
 * person's (ps->pending): its given name or surname alone, in any case? */
static int is_pending(struct person_state *ps, struct vg_str name, size_t words,
                      const struct vg_name_keys *key, int *nomem) {
    *nomem = 0;
    if (!ps->pending_end)
        return 0;
    if (vg_name_keys_match(&ps->pending_key, key))
        return 1;
    char forms[8][NAME_CASE_MAX];
    size_t nf = words == 1 && (unsigned char)name.ptr[0] >= 0xd0
                    ? name_case_surname_forms(name, forms, 8)
                    : 0;
    for (size_t f = 1; f < nf; f++) {
        struct vg_name_keys fk;
        if (vg_name_keys_make(ps->a, vg_str_cstr(forms[f]), &fk)) {
            *nomem = 1;
            return 0;
        }
        if (vg_name_keys_match(&ps->pending_key, &fk) == 3)
            return 1;
    }
    return 0;
}

/* A person named by tokens [a, b) of the sentence with no outcome there. */
static struct vg_person plain_person(const struct sentence_ctx *c, struct vg_str name, int role,
                                     const char *where, size_t a, size_t b,
                                     struct vg_span sentence) {
    struct vg_person p;
    memset(&p, 0, sizeof p);
    p.written = name;
    p.role = (enum vg_role)role;
    p.where = where;
    p.mention.start = c->t[a].start;
    p.mention.end = c->t[b - 1].end;
    p.sentence = sentence;
    return p;
}

/* The names of one sentence (see person_scan); `note` for a sentence with
 * no outcome phrase, read for a person to keep pending and for a term
 * given to a pronoun. */
/* Titles of office before a name ("President X's inauguration"). */
static const char *const office[] = {"president", "minister", "premier", "governor", "mayor",
                                     "king", "queen", "chancellor", "senator", "leader",
                                     "chairman", NULL};

/* Does the name ending before token b open a list of names ("said X, Y, Z
 * and libertarian W were held"): a comma and a capitalised word after it,
 * and later "and" before a capitalised word, with no outcome phrase or
 * full stop between?  Its first name is then no speaker's. */
static int opens_name_list(const struct sentence_ctx *c, size_t b) {
    if (!tok(c, b, ",") || b + 1 >= c->n || c->t[b + 1].kind != TK_WORD ||
        !(c->t[b + 1].flags & TF_CAP))
        return 0;
    for (size_t m = b + 2; m < c->n && m < b + 24; m++) {
        if (tok(c, m, ".") || tok(c, m, ";") || c->trig_at[m] || c->qty_at[m])
            return 0;
        if (tok(c, m, "'s") || tok(c, m, "for"))
            return 0; /* "said X, the group's Director for Asia and the Pacific": X's post */
        if (tok(c, m, "and")) {
            size_t j = m + 1;
            if (age_before_name(c, j))
                j += 5; /* "and 32-year-old Y" */
            for (size_t k = j; k < c->n && k < j + 2; k++)
                if (c->t[k].kind == TK_WORD && (c->t[k].flags & TF_CAP))
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* Does an age set apart by commas or brackets follow the name ending at
 * b: "Ali, 23, and Omar, 19, were detained", "Omar (19)"?  A one-word name
 * with its age is a person's. */
static int age_after(const struct sentence_ctx *c, size_t b) {
    if (b + 2 >= c->n || !(tok(c, b, ",") || tok(c, b, "(")))
        return 0;
    const struct token *n = &c->t[b + 1];
    if (n->kind != TK_NUM || n->fold.len > 2 || n->fold.ptr[0] == '0')
        return 0;
    return tok(c, b, "(") ? tok(c, b + 2, ")")
                          : tok(c, b + 2, ",") || tok(c, b + 2, "and") || tok(c, b + 2, ";") ||
                                tok(c, b + 2, ".");
}

/* Is every death the sentence tells a fear ("feared dead"), none
 * confirmed?  A count feared dead is a toll, but a named person feared
 * dead has not been found: missing. */
static int only_feared_dead(const struct sentence_ctx *c) {
    size_t feared = 0;
    for (size_t i = 0; i < c->ntr; i++) {
        const struct trigger *x = &c->tr[i];
        if (x->e->what != VG_KILLED)
            continue;
        if (!tok(c, x->t0, "feared"))
            return 0;
        feared++;
    }
    return feared > 0;
}

/* Does the sentence head a list of names with the outcome of its phrase:
 * "Those sentenced are:", "The following were convicted:"?  It ends with a
 * colon after the phrase and a copula or "include" at most, with no count.
 * Returns the outcome or VG_WHAT_NONE. */
static uint8_t list_heading(const struct sentence_ctx *c) {
    static const char *const link[] = {"are", "were", "is", "include", "included", "includes",
                                       NULL};
    if (c->n < 3 || c->nq || !tok(c, c->n - 1, ":"))
        return VG_WHAT_NONE;
    for (size_t i = c->ntr; i-- > 0;) {
        const struct trigger *tr = &c->tr[i];
        if (tr->e->what == VG_PARTICIPANTS || tr->t1 + 2 < c->n - 1)
            continue;
        size_t k = tr->t1;
        while (k < c->n - 1 && tok_in(c, k, link))
            k++;
        return k == c->n - 1 ? tr->e->what : VG_WHAT_NONE;
    }
    return VG_WHAT_NONE;
}

/* Is the sentence one item of a list of names: a bullet or dash at most,
 * then a name of two words or more, alone or before a comma or a bracket
 * ("- X Y", "X Y, 29", "X Y (student)"), and no outcome phrase? */
static int list_item(const struct sentence_ctx *c) {
    size_t a = 0, words = 0;
    while (a < c->n && a < 2 && c->t[a].kind != TK_WORD && c->t[a].kind != TK_NUM)
        a++;
    if (c->ntr || c->n > 16 || a >= c->n || !(c->t[a].flags & TF_CAP) || !name_word(c, a))
        return 0;
    size_t b = name_end(c, a, &words);
    return words >= 2 && (b == c->n || tok(c, b, ",") || tok(c, b, "("));
}

/* Follow the lists of names under a heading: before a sentence is read,
 * note whether it is an item of the list the heading just before opened. */
static void list_before(struct person_state *ps, const struct sentence_ctx *c,
                        struct vg_str text, struct vg_span sentence) {
    if (ps->list_what && !adjacent(text, ps->list_end, sentence.start))
        ps->list_what = VG_WHAT_NONE;
    ps->item_what = ps->list_what && list_item(c) ? ps->list_what : VG_WHAT_NONE;
}

/* After it: a heading opens a list, an item goes on with it, any other
 * sentence ends it. */
static void list_after(struct person_state *ps, const struct sentence_ctx *c,
                       struct vg_span sentence) {
    uint8_t head = list_heading(c);
    if (head || ps->item_what) {
        ps->list_what = head ? head : ps->item_what;
        ps->list_end = sentence.end;
    } else {
        ps->list_what = VG_WHAT_NONE;
    }
    ps->item_what = VG_WHAT_NONE;
}

static int scan(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                const uint8_t *trig_used, struct vg_span sentence, const char *where,
                struct sentence_day *when, int note) {
    size_t named = 0, one = 0; /* names read here; 1 + index of the person they are */
    size_t seen[sizeof ps->prev / sizeof ps->prev[0]] = {0}, nseen = 0; /* people named */
    struct object object = {-1, 0};
    if (ps->pending_end && !adjacent(text, ps->pending_end, sentence.start))
        ps->pending_end = 0; /* only the sentences right after go on about it */
    struct vg_person cand;          /* a new person with no outcome here */
    int pending_named = 0;
    size_t nplain = 0; /* names with no outcome that passed the tests */
    for (size_t i = 0; i < c->n; i++) {
        if (c->t[i].kind != TK_WORD || !(c->t[i].flags & TF_CAP))
            continue; /* neither an initial nor a name word: both are capitalised words */
        int initial = initial_at(c, i);
        if (initial) {
            while (initial_at(c, i))
                i += 2; /* "Т. Осмонов" is kept under the surname */
        } else if (!name_word(c, i)) {
            continue;
        }
        size_t a = i, words;
        size_t b = name_end(c, a, &words);
        i = b;
        if (lead_not_name(ps, c, text, a, words))
            a++, words--;
        int full = words >= 2 || initial || honorific_before(c, a) || age_after(c, b); /* names a
                                                                  * new person */
        struct vg_str first = token_text(text, &c->t[a]);
        struct vg_str last = token_text(text, &c->t[b - 1]);
        struct vg_str name = vg_str_make(first.ptr, (size_t)(last.ptr + last.len - first.ptr));
        if (memchr(name.ptr, '\n', name.len))
            continue;
        name = without_nickname(ps->a, c, text, a, b, name);
        if (!name.ptr)
            return VG_ENOMEM;
        name = nominative(ps->a, name);
        if (!name.ptr)
            return VG_ENOMEM;
        /* The tests on the sentence's words first; the comparison with the
         * people already found (name keys across scripts) last. */
        int np = full ? not_person(c, a, b) : -1; /* not_person, once asked */
        if (full && !np)
            named++; /* not "the outlet Senego Direct": no one a pronoun may stand for */
        /* A speaker: "X said", "said X", "X told". */
        int predicate = has(c, b, LC_AUX) || (b < c->n && c->trig_at[b]);
        /* "said X, 48, one of those arrested": a speaker in the group counted */
        int counted = a > 0 && tok(c, b, ",") &&
                      (one_of(c, a, b) >= 0 || own_relative_outcome(c, b));
        if (say_next(c, b) ||
            (a > 0 && is_say(c, a - 1) && !predicate && !opens_name_list(c, b) && !counted) ||
            (tok(c, b, ",") && b + 1 < c->n && say_next(c, b + 1)) ||
            (after_say(c, a) && !predicate && !opens_name_list(c, b) && !counted) ||
            says_after_aside(c, b) ||
            as_saying(c, b) ||
            (a >= 2 && tok(c, a - 1, "to") && tok(c, a - 2, "according")))
            continue; /* a speaker, but "said X was among those killed" is X's;
                       * "According to X, an eye witness, ...": X tells */
        if (np < 0)
            np = not_person(c, a, b);
        if (np || gathering_target(c, a))
            continue;
        int role = find_role(c, a, b);
        if (a > 0 && lexicon_is(c->lx, c->t[a - 1].word, LC_ORG) && role == VG_ROLE_OTHER &&
            ((c->t[a - 1].flags & TF_CAP) || !among(c, a)) && !event_of_office(c, a) &&
            !office_held(c, a, b) &&
            !(object.o >= 0 && joined_object(c, object.b, a)) && !outcome_object(c, a) &&
            !((c->t[a - 1].flags & TF_CAP) && !lexicon_is(c->lx, c->t[a - 1].word, LC_ROLE) &&
              !lexicon_is(c->lx, c->t[a - 1].word, LC_TITLE) && has(c, b, LC_AUX) &&
              pred_trigger(c, b) >= 0))
            continue; /* "police spokesman X", but "фотограф нашего издания X",
                       * "16 people, including party chief X, were arrested",
                       * "the rector of Tver University X was injured" and
                       * "killed lawyer X and party official Y" (Y joined to X),
                       * "arrested Prime Minister X" (the verb's object) */
        int owner = (tok(c, b, "'s") || plural_owner(c, b)) && !(b + 1 < c->n && c->trig_at[b + 1]);
        if (owner && a > 0 && tok_in(c, a - 1, office))
            continue; /* "President Daniel Ortega's inauguration": an office holder's */
        int what = owner ? VG_WHAT_NONE /* "Oliver Grant's life": a possessor, whom
                                         * the next sentence may go on about */
                         : name_status(c, a, b, trig_used, &object);
        if (!what && ps->item_what && a <= 2)
            what = person_what(ps->item_what); /* "Those sentenced are: - X Y" */
        if (what == VG_KILLED && only_feared_dead(c))
            what = VG_MISSING; /* "X, last seen at the port, is feared dead" */
        if (!what && c->ntr) {
            int o = one_of(c, a, b); /* «X — одна из 23 задержанных» */
            what = o >= 0 ? person_what(termed_what(c, o)) : VG_WHAT_NONE;
        }
        if (owner && !what && !full) {
            /* "Navalny's allies said ... after his death": the pronouns of
             * the sentence are the known owner's, not a name before */
            struct vg_name_keys okey;
            struct vg_person *oknown = NULL;
            if (vg_name_keys_make(ps->a, name, &okey) ||
                find_person(ps, name, words, &okey, &oknown))
                return VG_ENOMEM;
            if (oknown) {
                named++;
                continue;
            }
        }
        if (!what && !full && !ps->pending_end)
            continue;
        if (!what && !ps->pending_end) {
            /* Kept for the end: one new name with no outcome is pending. */
            if (!nplain++) {
                cand = plain_person(c, name, role, where, a, b, sentence);
            }
            continue;
        }
        struct vg_name_keys key;
        struct vg_person *known;
        int nomem = 0;
        if (vg_name_keys_make(ps->a, name, &key) || find_person(ps, name, words, &key, &known))
            return VG_ENOMEM;
        int pend = !known && is_pending(ps, name, words, &key, &nomem);
        if (nomem)
            return VG_ENOMEM;
        if (pend && !full && what && subject_outcome(c, a, b) < 0 && one_of(c, a, b) < 0 &&
            object_outcome(c, a) < 0)
            what = VG_WHAT_NONE; /* a given name or surname alone takes only its own verb
                                  * ("X was held", "police held X") */
        if (pend) {
            named += !full;
            if (what) {
                /* The person named before with no outcome gets this one. */
                if (give_status(ps, SIZE_MAX, what, sentence, when))
                    return VG_ENOMEM;
                size_t k = ps->r->n_persons;
                one = one && one != k ? SIZE_MAX : k;
                if (nseen < sizeof seen / sizeof seen[0])
                    seen[nseen++] = k;
            } else {
                pending_named = 1; /* "Лилит рассказала ..." */
            }
            continue;
        }
        if (!known && !full)
            continue;
        if (!known && ps->g && vg_gazetteer_lookup(ps->g, name))
            continue; /* a place: "Sidi Hassine" */
        if (!what) {
            if (!nplain++) {
                cand = plain_person(c, name, role, where, a, b, sentence);
            }
            continue;
        }
        if (known) {
            if (rank(what) > rank(known->status)) {
                known->status = (enum vg_what)what;
                known->since = day_of(when);
                known->sentence = sentence;
            }
            size_t k = (size_t)(known - ps->r->persons) + 1;
            named += !full && one != k;
            one = one && one != k ? SIZE_MAX : k;
            if (nseen < sizeof seen / sizeof seen[0])
                seen[nseen++] = k;
            continue;
        }
        struct vg_person p;
        memset(&p, 0, sizeof p);
        p.written = name;
        if (vg_name_romanise_arena(ps->a, name, &p.name))
            return VG_ENOMEM;
        p.role = (enum vg_role)role;
        p.status = (enum vg_what)what;
        p.since = day_of(when);
        p.where = where;
        p.mention.start = c->t[a].start;
        p.mention.end = c->t[b - 1].end;
        p.sentence = sentence;
        if (add_person(ps, &p, &key))
            return VG_ENOMEM;
        one = one ? SIZE_MAX : ps->r->n_persons;
        if (nseen < sizeof seen / sizeof seen[0])
            seen[nseen++] = ps->r->n_persons;
    }
    if (!named) {
        if (note) {
            /* A sentence about the same person goes on: "Она снимала акцию." */
            char g = 0;
            int kind = 0;
            for (size_t k = 0; k < c->n && k < 4 && !kind; k++)
                kind = pronoun_at(c, k, &g) & PRON_SUBJ;
            size_t fp = kind ? 0 : fronted_pronoun(c);
            if (fp) /* "During his incarceration, he fell ill." */
                kind = pronoun_at(c, fp, &g) & PRON_SUBJ;
            size_t k = kind ? pronoun_person(ps, text, sentence.start, g) : 0;
            if (k == SIZE_MAX)
                ps->pending_end = sentence.end;
            else if (k)
                ps->last_end = sentence.end;
        }
        return pronoun_sentence(ps, c, text, sentence, when);
    }
    if (pending_named && !one)
        ps->pending_end = sentence.end;
    else if (nplain == 1 && !one) {
        struct vg_name_keys key;
        struct vg_person *known;
        if (vg_name_keys_make(ps->a, cand.written, &key) ||
            find_person(ps, cand.written, 2, &key, &known))
            return VG_ENOMEM;
        if (!known && !(ps->g && vg_gazetteer_lookup(ps->g, cand.written))) {
            if (vg_name_romanise_arena(ps->a, cand.written, &cand.name))
                return VG_ENOMEM;
            ps->pending = cand;
            ps->pending_key = key;
            ps->pending_end = sentence.end;
        }
    }
    ps->last_person = named == 1 && one != SIZE_MAX ? one : 0;
    ps->last_end = sentence.end;
    memcpy(ps->prev, seen, sizeof seen);
    return VG_OK;
}

int person_scan(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                const uint8_t *trig_used, struct vg_span sentence, const char *where,
                const struct person_when *when) {
    if (!c->ntr && !c->prev_what)
        return VG_OK;
    struct sentence_day day = {when, VG_NO_DATE, 0};
    list_before(ps, c, text, sentence);
    int rc = scan(ps, c, text, trig_used, sentence, where, &day, 0);
    list_after(ps, c, sentence);
    return rc;
}

int person_note(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                struct vg_span sentence, const char *where) {
    struct sentence_ctx cc = *c;
    if (!group_opening(c, 2))
        cc.prev_what = VG_WHAT_NONE; /* "Among them were X and Y" only after a count,
                                      * "They include X and Y" too */
    struct sentence_day day = {NULL, VG_NO_DATE, 0};
    list_before(ps, c, text, sentence);
    int rc = scan(ps, &cc, text, NULL, sentence, where, &day, 1);
    list_after(ps, c, sentence);
    return rc;
}
