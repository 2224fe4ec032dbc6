/* Lexicons: the words and phrases of one language that the extractor knows,
 * loaded from data/lexicon/LANG/ (files ending .tsv) (embedded in the binary).  Each line
 * is "PHRASE<TAB>CATEGORY<TAB>ARGS...": a phrase of one or more words and
 * what it means to the grammar.  Rules are code; words are data. */
#ifndef VIGIL_EXTRACT_LEXICON_H
#define VIGIL_EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/err.h"
#include "vigil/extract.h"
#include "vigil/str.h"

/* Categories of lexicon entries. */
enum lex_cat {
    LC_NONE = 0,
    LC_NUM,      /* number word: "thirty" 30; args: value [mult] */
    LC_SCALE,    /* scale after a number: "million" 1000000, "k" 1000 */
    LC_QUAL,     /* qualifier before a number: "at least" min */
    LC_POST,     /* qualifier after a number: "or more" min */
    LC_VAGUE,    /* vague quantity: "hundreds" 200 999 vague.hundreds [approx] */
    LC_OUT,      /* outcome word: "detained" detained v */
    LC_WHO,      /* a noun for people: "protesters" protesters */
    LC_UNIT,     /* a noun that is not people: "days" time */
    LC_PRE,      /* a word before a number that makes it no count: "article" */
    LC_AUX,      /* auxiliary: "were", "had been" */
    LC_SAY,      /* attribution: "said", "according to" [pre|post] */
    LC_RETRACT,  /* retraction cue: "disavowed" */
    LC_NEG,      /* negation: "no", "none of the" */
    LC_ROLE,     /* a person's role: "journalist" journalist */
    LC_LINK,     /* joins a toll to its number: "rose to", "stands at" */
    LC_STOP,     /* clause boundary: "but", "while" */
    LC_FUNC,     /* function word a noun phrase may hold: "the", "other" */
    LC_ORG,      /* head of an organisation name or role: "ministry", "spokesman" */
    LC_TITLE,    /* a title before a name: "mr", "dr", "superintendent" */
    LC_RANGE,    /* joins a range's ends: "to" any, "and" between ("between 4 and 6") */
    LC_PART,     /* a part of the count before: "из них" pre|post|both */
    LC_REL,      /* relative pronoun opening a clause: "которые" */
    LC_PREP,     /* preposition after an event noun taking its count: "против" */
    LC_GROUP,    /* opens a list of people a count before took in: "among", "среди" */
    LC_PRON,     /* a personal pronoun for a named person: "her" object|poss f */
    LC_CAT_COUNT
};

/* Qualifier kinds (LC_QUAL, LC_POST). */
enum lex_qual {
    Q_APPROX = 1, /* about N: N..N approximate */
    Q_MIN,        /* at least N: N..open */
    Q_MAX,        /* up to N: open..N */
    Q_BETWEEN,    /* between A and B */
    Q_EXACT,      /* "exactly", "a total of": no change */
    Q_MIN_APPROX, /* "perhaps more than": N..open */
};

/* Kinds of range connectors (LC_RANGE) and part markers (LC_PART). */
enum { RANGE_ANY = 1, RANGE_BETWEEN = 2 };
enum { PART_PRE = 1, PART_POST = 2, PART_BOTH = 3 };

/* Uses of a pronoun (LC_PRON, bits of the kind field; its gender is the
 * field `a`: 'm', 'f' or 0). */
enum {
    PRON_SUBJ = 1, /* subject of its clause: "he", "она" */
    PRON_OBJ = 2,  /* object of a verb: "him", "её", "ему" */
    PRON_POSS = 4, /* possessive: "his", "её" (a noun follows) */
};

/* Outcome word forms (LC_OUT). */
enum lex_form {
    F_VERB = 1,  /* participle or past tense: "detained", "arrested" */
    F_INTRANS,   /* only with a subject: "died", "marched", "took part" */
    F_EVENT,     /* noun for the events: "arrests", "deaths" */
    F_PEOPLE,    /* noun for the people: "detainees", "the dead" */
    F_TOLL,      /* a running count: "death toll" */
    F_STATE,     /* a state after be/remain: "in custody", "missing" */
    F_CASES,     /* criminal cases: counts of cases, who = cases */
    F_WEAK,      /* "patients", "bodies": an outcome only if nothing else binds */
};

#define LEX_MAX_WORDS 6

struct lex_entry {
    uint32_t words[LEX_MAX_WORDS]; /* word ids of the phrase */
    uint8_t n_words;               /* words in the phrase */
    uint8_t cat;                   /* enum lex_cat */
    uint8_t kind;                  /* qualifier kind, outcome form, unit kind, ... */
    uint8_t what;                  /* enum vg_what for LC_OUT */
    uint8_t who;                   /* enum vg_who for LC_WHO, LC_OUT (people nouns) */
    uint8_t role;                  /* enum vg_role for LC_ROLE */
    uint8_t approx;                /* vague words that are approximate */
    uint8_t mult;                  /* number words that multiply: "hundred" */
    int64_t a, b;                  /* numbers: value; vague: low, high */
    const char *rule;              /* rule id for vague words: "vague.hundreds" */
};

/* A slot of the word hash: the word's hash beside its id, so that a probe
 * reads the word only when the hashes agree. */
struct lex_slot {
    uint32_t hash; /* hash of the folded word */
    uint32_t id;   /* its word id, 0 = empty slot */
};

/* by_word_next of a one-word entry: no word id is this large. */
#define LEX_ONE_WORD UINT32_MAX

/* Per word id: which single-word categories it has (bit 1 << cat), so the
 * grammar can ask "is this an aux?" without a phrase match. */
struct lexicon {
    struct lex_entry *entries;     /* all entries */
    size_t n_entries;
    uint32_t *first;               /* per word id: index of its first entry in by_word */
    uint32_t *count;               /* per word id: entries that start with it */
    uint32_t *by_word;             /* entry indexes grouped by first word, then by
                                      category, then by second word (one-word entries
                                      last), longest first within one */
    uint32_t *by_word_next;        /* per by_word slot: its entry's second word id, or
                                      LEX_ONE_WORD for an entry of one word, so a search
                                      finds the phrases whose second word is the text's
                                      without reading other entries */
    uint32_t *group_base;          /* per word id: index in `groups` of its first category */
    uint32_t *groups;              /* per word id, from group_base: the by_word slot where
                                      each category it starts (in order) begins, then
                                      the slot after its last entry; the category `cat`
                                      of word w is at group_base[w] + the number of its
                                      categories below cat */
    uint32_t *cats;                /* per word id: bitmask of categories of entries starting with it */
    uint32_t *single;              /* per word id: bitmask of categories of one-word entries */
    uint32_t *second;              /* per word id: bitmask of categories of entries whose
                                      second word it is (0 for id 0), so a phrase search
                                      whose text's second word is in no phrase of the
                                      category ends at once */
    uint8_t *anchor;               /* per word id: 1 when a sentence without it holds no
                                      phrase of the LEX_ANCHORS categories (see lexicon_index) */
    uint32_t ascii_word[128];      /* the word id of each one-byte word ("a", "-", "%") */
    int digit_words;               /* some word holds a digit (else numbers need no lookup) */
    int anchors_plain;             /* every anchor word is lower-case letters (ASCII or
                                      Cyrillic) with no apostrophe, hyphen or space */
    char **words;                  /* per word id: the folded word (id 0 unused), in
                                      word_bytes */
    struct vg_arena word_bytes;    /* the words' bytes, NUL-terminated */
    uint32_t *lens;                /* per word id: its length in bytes */
    size_t n_words;                /* word ids in use, plus one */
    struct lex_slot *table;        /* open-addressing hash of the words */
    size_t table_mask;             /* table size - 1 */
    const char *lang;              /* "en", "ru" */
};

/* The categories a sentence needs one of to give a figure or a person's
 * outcome: a number word, a vague quantity or an outcome phrase. */
#define LEX_ANCHORS ((1u << LC_NUM) | (1u << LC_VAGUE) | (1u << LC_OUT) | (1u << LC_GROUP))

/* Load the lexicon of a language from the embedded files under
 * data/lexicon/<lang>/.  Errors name the file and line at fault. */
int lexicon_load(const char *lang, struct lexicon **out, struct vg_err *err);

/* Load from text (for tests and the fuzzer); `name` is for messages. */
int lexicon_load_text(const char *lang, const char *name, struct vg_str text,
                      struct lexicon *lx, struct vg_err *err);

/* Build the lookup tables once every file is read (lexicon_load does it). */
int lexicon_index(struct lexicon *lx, struct vg_err *err);

struct lexicon *lexicon_new(const char *lang);
void lexicon_free(struct lexicon *lx);

/* The id of a folded word, or 0 when the lexicon does not know it. */
uint32_t lexicon_word(const struct lexicon *lx, const char *p, size_t len);

/* The hash of the word table, FNV-1a over the bytes of the folded word:
 * h = LEXICON_HASH_INIT, then h = lexicon_hash_step(h, byte) for each
 * byte.  Public so that the tokenizer can hash a word as it scans it. */
#define LEXICON_HASH_INIT 2166136261u
static inline uint32_t lexicon_hash_step(uint32_t h, unsigned char c) {
    return (h ^ c) * 16777619u;
}

/* lexicon_word for a word whose hash the caller has taken already. */
uint32_t lexicon_word_hashed(const struct lexicon *lx, const char *p, size_t len, uint32_t hash);

static inline int lexicon_has(const struct lexicon *lx, uint32_t word, enum lex_cat cat) {
    return word && (lx->cats[word] & (1u << cat));
}

/* Is the word, on its own, an entry of this category? */
static inline int lexicon_is(const struct lexicon *lx, uint32_t word, enum lex_cat cat) {
    return word && (lx->single[word] & (1u << cat));
}

#endif
