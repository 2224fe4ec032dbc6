/* Membership of a folded word in a fixed word list (a NULL-terminated
 * static array of non-empty words), the test the grammar makes at every
 * token against lists of a few dozen verbs, nouns or particles.  A filter
 * of 256 bits per list, keyed by the word's first two bytes and length,
 * rules out most tokens without reading the list: the first byte alone
 * tells no Cyrillic words apart (all start 0xD0 or 0xD1). */
#ifndef VIGIL_EXTRACT_WORD_LIST_H
#define VIGIL_EXTRACT_WORD_LIST_H

#include "vigil/str.h"

/* 1 when `fold` equals one of the words of `list` (NULL-terminated, no
 * word empty, a static array: its address names it in a per-thread cache
 * of filters, so a list built on the stack must not be passed), else 0.
 * An empty fold is in no list. */
int word_list_has(const char *const *list, struct vg_str fold);

#endif
