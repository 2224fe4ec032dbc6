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

/* The English name of a source read from a Russian sentence that starts at
 * byte `sent_start` of text ("police" for «ГУ МВД по городу»), as a static
 * string; `src` itself when no name is known.  GUIDELINES.md names sources
 * in English. */
struct vg_str source_english_ru(struct vg_str text, size_t sent_start, struct vg_str src);

/* Is the quantity `qi` withdrawn by its source in this sentence ("later
 * disavowed", "was a mistake")?  A new value after "to" is not. */
int source_retracted(const struct sentence_ctx *c, size_t qi);

#endif
