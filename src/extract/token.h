/* The tokenizer: one sentence of UTF-8 text into words, numbers and
 * punctuation, each with its byte offsets in the report and its folded
 * (lower-case) form looked up in the lexicon.  Typographic variants fold to
 * one form: curly quotes to ' and ", en dashes and minus signs to -, so
 * lexicon phrases need write each word only once. */
#ifndef VIGIL_EXTRACT_TOKEN_H
#define VIGIL_EXTRACT_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "vigil/arena.h"
#include "vigil/str.h"

enum token_kind {
    TK_WORD = 1, /* letters (any script), with inner apostrophes */
    TK_NUM,      /* ASCII digits with inner , or . followed by digits: "1,200", "1.5" */
    TK_PUNCT,    /* one punctuation character */
};

enum token_flag {
    TF_SPACE = 1 << 0,   /* white space precedes the token */
    TF_NL = 1 << 1,      /* a line break precedes the token */
    TF_CAP = 1 << 2,     /* first letter is upper case */
    TF_UPPER = 1 << 3,   /* every letter is upper case (and more than one) */
    TF_JOINED = 1 << 4,  /* a word joined across a hyphenated line break */
    TF_EMDASH = 1 << 5,  /* punctuation that was an em dash */
    TF_PLAIN = 1 << 6,   /* a word of ASCII and Russian letters (А-я, Ё ё) only:
                            its fold is as long as its text (the date finder
                            takes such words as they are) */
    TF_GAP = 1 << 7,     /* a tab or two spaces or more precede the token:
                            a table's cells may part there */
};

struct token {
    uint64_t head;      /* fold_head(fold): token_is compares a word of up to
                           seven bytes with one test of it */
    uint32_t start;     /* byte offset in the report of the first byte */
    uint32_t end;       /* byte offset one past the last byte */
    struct vg_str fold; /* lower-case form, in the text or the scratch arena */
    uint32_t word;      /* lexicon word id of fold, 0 if unknown */
    uint32_t hash;      /* TK_WORD: lexicon_hash of fold (0 for "'s") */
    uint8_t kind;       /* enum token_kind */
    uint8_t flags;      /* enum token_flag */
    uint16_t key;       /* word_key(head) (word_list.h): the bit of the token's
                           word in a word list's filter, worked out once here
                           rather than at each of the grammar's tests */
    uint32_t cats;      /* the lexicon's cats[word], 0 for word 0: the
                           categories of the entries the word starts, read
                           here once rather than at each lex_match */
};

struct token_list {
    struct token *v; /* tokens, in order */
    size_t n;        /* how many */
    size_t cap;      /* allocated */
};

/* Tokenize text[start, end) of the report.  Folded forms that differ from
 * the text go in `scratch`.  `bad_utf8` (may be NULL) receives the offset of
 * the first invalid byte, or SIZE_MAX.  Returns VG_OK or VG_ENOMEM. */
int tokenize(const struct lexicon *lx, struct vg_str text, size_t start, size_t end,
             struct vg_arena *scratch, struct token_list *out, size_t *bad_utf8);

void token_list_release(struct token_list *l);

/* The token's text in the report. */
static inline struct vg_str token_text(struct vg_str text, const struct token *t) {
    return vg_str_make(text.ptr + t->start, t->end - t->start);
}

/* Is the folded form `fold` the NUL-terminated `folded`?  The rest of
 * token_is for a word not known when compiling, out of line: it runs only
 * when the first two bytes match.  Pure (it reads memory and writes none),
 * so a caller's loads of a token survive a call of it. */
int token_fold_is(struct vg_str fold, const char *folded) __attribute__((pure));

/* A folded form's first seven bytes (zeros past its end) in the low bytes,
 * its length (255 for longer) in the top byte: two forms of at most seven
 * bytes are equal exactly when their heads are, and longer ones only if
 * their heads are.  Built by shifts, so the same on any byte order. */
static inline __attribute__((always_inline)) uint64_t fold_head(const char *p, size_t len) {
    uint64_t h = (uint64_t)(len < 255 ? len : 255) << 56;
    for (size_t i = 0; i < len && i < 7; i++)
        h |= (uint64_t)(unsigned char)p[i] << (8 * i);
    return h;
}

/* Is the token's folded form `folded`?  A string literal, the usual
 * argument, has its head worked out when compiling (its length is then a
 * constant): most words of the grammar are seven bytes or fewer and are
 * told by one compare with the token's head, longer ones by the head and
 * a compare of their rest.  Any other string is compared first by its
 * first two bytes, where most comparisons fail (the second byte is the
 * one that tells Cyrillic letters apart).  Only those tests are inline,
 * so a run of tests of one token against several words ("taken",
 * "brought", "sent", ...) compiles to compares of a loaded value with
 * constants, with no call. */
static inline __attribute__((always_inline)) int token_is(const struct token *t,
                                                          const char *folded) {
    if (__builtin_constant_p(__builtin_strlen(folded)) && __builtin_strlen(folded) < 255) {
        size_t n = __builtin_strlen(folded);
        if (t->head != fold_head(folded, n))
            return 0;
        return n <= 7 || memcmp(t->fold.ptr + 7, folded + 7, n - 7) == 0;
    }
    struct vg_str f = t->fold;
    if (f.len == 0 || folded[0] == '\0')
        return f.len == 0 && folded[0] == '\0';
    if (f.ptr[0] != folded[0])
        return 0;
    if (f.len == 1)
        return folded[1] == '\0';
    return f.ptr[1] == folded[1] && token_fold_is(f, folded);
}

#endif
