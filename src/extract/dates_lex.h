/* The lexer of the date finder (dates.c): tokens, the word table's
 * classes and keys, and the sliding window of tokens the matchers read.
 * Internal to src/extract. */
#ifndef VIGIL_EXTRACT_DATES_LEX_H
#define VIGIL_EXTRACT_DATES_LEX_H

#include <stdbool.h>
#include <stddef.h>

struct token;

enum lex_flag {
    F_EN = 1,   /* an English word */
    F_RU = 2,   /* a Russian word */
    F_CAP = 4,  /* a month only when capitalised ("May", "March") */
    F_ABBR = 8, /* an abbreviated month: takes a '.', needs a number beside it */
};

enum lex_class {
    C_MONTH = 1, /* val: 1..12 */
    C_WDAY,      /* val: 0 = Monday .. 6 = Sunday */
    C_KEY,       /* val: enum key */
    C_NUMW,      /* a number word; val: its value */
    C_VERB,      /* a verb after which a bare weekday is a time ("said Monday") */
    C_NOUN,      /* a noun a year can modify ("2019 elections"): "in 2019" is then no time */
    C_CUE,       /* a word that marks a publication date ("Published", «Опубликовано») */
    C_CUEUPD,    /* a word that marks an update date ("updated") */
};

enum key {
    K_ON = 1, K_SINCE, K_BETWEEN, K_AND, K_FROM, K_TO, K_IN, K_OF, K_THE, K_LAST, K_THIS,
    K_PAST, K_OVER, K_DURING, K_EARLIER, K_WEEK, K_MONTH, K_YEAR, K_DAY, K_HOURS,
    K_YESTERDAY, K_TODAY, K_TONIGHT, K_NIGHT, K_OVERNIGHT, K_PART, K_BY, K_EARLY, K_LATE,
    K_MID, K_AGO, K_WEEKEND, K_ORD, K_AT, K_START, K_BEFORE, K_V, K_S, K_DO, K_NA, K_ZA,
    K_G, K_SUTKI, K_NAKANUNE, K_DBY, K_NOCHYU, K_GO, K_TECH, K_DEN,
};

enum tok_type { T_WORD = 1, T_NUM, T_PUNCT };

enum word_flag {
    W_ED = 1,     /* English word ending in "ed" ("killed Monday") */
    W_RUPAST = 2, /* Russian word ending like a past-tense verb (-л, -ли, -лся ...) */
    W_LOWER = 4,  /* begins with a lower-case letter */
};

struct date_tok {
    size_t start;        /* byte offset of the token */
    size_t end;          /* one past its last byte */
    int val;             /* T_NUM: value (capped at 100000); T_PUNCT: ASCII, '-' for dashes, 0 */
    unsigned char type;  /* enum tok_type */
    unsigned char space; /* white space (or the start of text) before it */
    unsigned char cap;   /* T_WORD: first letter upper case */
    unsigned char ndig;  /* T_NUM: number of digits (capped at 255) */
    unsigned char cls;   /* T_WORD: lexicon class, 0 when not in the lexicon */
    unsigned char kv;    /* lexicon value (month, weekday, key, number) */
    unsigned char flags; /* lexicon flags */
    unsigned char wflags; /* enum word_flag */
};

/* A window of the next WIN tokens of the text.  The longest pattern
 * ("between 28 February 2015 and 3 March 2015", «в ночь с 4 на 5 января
 * 2022 года») needs about a dozen. */
#define WIN 20

struct date_win {
    const char *s;     /* the text */
    size_t len;        /* its length */
    size_t pos;        /* where the lexer goes on */
    bool lexed_all;    /* the lexer has reached the end of the text */
    unsigned langs;    /* F_EN | F_RU: the lexicon entries in use */
    struct date_tok *t;     /* the window: WIN tokens (fewer at the end) in buf */
    size_t n;          /* tokens in it */
    size_t ahead;      /* tokens read from t[0] on (n, and more read in advance) */
    const struct date_tok *prev; /* the token before t[0], or NULL */
    const struct token *gt; /* the grammar's tokens of the text (token.h), or NULL */
    size_t n_gt;       /* how many */
    size_t gi;         /* the first of them the lexer has not passed */
    size_t base;       /* where s starts in the text the tokens' offsets count in */
    struct date_tok buf[4 * WIN]; /* tokens read, in batches (win_refill); the
                                     window slides along it and moves back to
                                     its start once per 2 * WIN tokens or so */
};

/* Start a window on s[0..len), with the words of `langs` (F_EN | F_RU).
 * The window points into s, which must outlive it. */
void dates_win_init(struct date_win *w, const char *s, size_t len, unsigned langs);

/* dates_win_init for text whose tokens the grammar's tokenizer has made:
 * toks[0..n_toks) are the tokens of s[0..len), which starts at offset
 * `base` of the text their offsets count in.  Where a token is a word that
 * lex_next would read the same (most words), the window takes it from
 * there instead of lexing its bytes again; the tokens it yields are the
 * ones dates_win_init would.  toks must outlive the window. */
void dates_win_init_tokens(struct date_win *w, const char *s, size_t len, unsigned langs,
                           const struct token *toks, size_t n_toks, size_t base);

/* Read the next batch of tokens (dates_lex.c), for dates_win_fill. */
void dates_win_refill(struct date_win *w);

/* Keep at least WIN tokens read ahead of t[0] (all that remain, near the
 * end) and set the window's size: most steps only count. */
static inline void dates_win_fill(struct date_win *w) {
    if (w->ahead < WIN && !w->lexed_all)
        dates_win_refill(w);
    w->n = w->ahead < WIN ? w->ahead : WIN;
}

/* Drop the first k tokens (at least one, at most all) and read on.
 * Inline: the date finder steps a token at a time, and a call cost more
 * than the step. */
static inline void dates_win_advance(struct date_win *w, size_t k) {
    if (k > w->n)
        k = w->n;
    if (k == 0)
        return;
    w->prev = &w->t[k - 1];
    w->t += k;
    w->ahead -= k;
    dates_win_fill(w);
}

#endif
