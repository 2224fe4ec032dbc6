/* The sentence splitter.  Survives hard-wrapped PDF text (a line break
 * inside a sentence is not an end), abbreviations (Mr., U.N., Sept., No.),
 * quotations, headlines and list lines without a full stop, and table rows. */
#ifndef VIGIL_EXTRACT_SENTENCE_H
#define VIGIL_EXTRACT_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/str.h"

/* Longest sentence the splitter returns; longer runs are cut at a space. */
#define SENTENCE_MAX_BYTES 8192

struct sentence {
    uint32_t start; /* first byte (not white space) */
    uint32_t end;   /* one past the last byte (not white space) */
    uint32_t para;  /* paragraph number, from 0 */
};

struct sentence_list {
    struct sentence *v; /* in order */
    size_t n;           /* how many */
    size_t cap;         /* allocated */
};

/* Split the text into sentences.  `lang` chooses the abbreviation list.
 * Returns VG_OK or VG_ENOMEM. */
int split_sentences(struct vg_str text, const char *lang, struct sentence_list *out);

void sentence_list_release(struct sentence_list *l);

/* Check the splitter's abbreviation set (every listed word is found) for
 * the unit tests.  Returns 0 when it is sound, -1 otherwise. */
int sentence_selftest(void);

#endif
