/* Scoring extraction against gold annotations, exactly as
 * ../shared/corpus/GUIDELINES.md ("Scoring") says.  Documents are JSON
 * objects in the guidelines' format (doc, lang, published, figures[],
 * persons[]); predictions are the same format (vigil extract's jsonl).
 *
 * Figures match on (what, low, high); within one key the pairs whose
 * attributes and quotes agree most are taken first.  Attributes are scored
 * on matched pairs whose gold value is not null.  Persons match on a
 * transliteration-tolerant key of the name (see vg_eval_name_key).  The
 * rules and their reasons are written out in src/eval/eval.c and
 * src/eval/names.c. */
#ifndef VIGIL_EVAL_H
#define VIGIL_EVAL_H

#include <stdio.h>

#include <jansson.h>

#include "vigil/buf.h"
#include "vigil/err.h"
#include "vigil/extract.h"
#include "vigil/gazetteer.h"
#include "vigil/str.h"

/* Agreement on one attribute over matched figure pairs whose gold value is
 * not null. */
struct vg_eval_agree {
    size_t agreed; /* pairs that agree */
    size_t scored; /* pairs scored (gold not null) */
};

/* Figure counts for one outcome. */
struct vg_eval_count {
    size_t tp; /* matched */
    size_t fp; /* predicted, not matched */
    size_t fn; /* gold, not matched */
};

struct vg_eval_scores {
    size_t docs;                 /* documents scored */
    size_t tp, fp, fn;           /* figures: matched, extra, missed */
    double precision, recall, f1;/* figures, over all documents together */
    struct vg_eval_agree who, where, when, source, status; /* on matched figures */
    size_t person_tp, person_fp, person_fn; /* persons matched by name */
    double person_precision, person_recall, person_f1;
    struct vg_eval_agree person_status;     /* on matched persons */
    struct vg_eval_count by_what[VG_WHAT_COUNT]; /* figures per outcome, indexed by
                                                    enum vg_what; [0] stays zero */
};

struct vg_eval;

/* A new scorer, or NULL when out of memory.  `g` (may be NULL) lets `where`
 * accept alternative names of the same place; it must outlive the scorer.
 * Free with vg_eval_free. */
struct vg_eval *vg_eval_new(const struct vg_gazetteer *g);
void vg_eval_free(struct vg_eval *ev);

/* Check that a document follows the format: an object whose "figures" (and
 * "persons") are arrays of objects with the fields of GUIDELINES.md in
 * their vocabularies ("what" known, "low"/"high" whole numbers >= 0 or
 * null, not both null, low <= high, "when" a date or range, strings or null
 * elsewhere).  A gold document must have "figures"; a prediction may leave
 * either array out.  Returns VG_OK, or VG_EINPUT with the field named in
 * err->msg ("figures[3].low: ..."); err->file is left empty for the caller
 * to fill in. */
int vg_eval_check(const json_t *doc, int is_gold, struct vg_err *err);

/* Score one document.  The scorer keeps references to the objects it needs
 * for listing errors; the caller keeps its own.  Returns VG_OK, VG_ENOMEM,
 * or VG_EINPUT with the field named in err ("gold figures[3].low: ...")
 * when either object does not follow the format; then nothing is counted. */
int vg_eval_add(struct vg_eval *ev, const json_t *gold, const json_t *pred, struct vg_err *err);

/* Totals over the documents added so far.  A rate whose denominator is 0 is
 * 0, except that with no gold and no prediction at all P, R and F1 are 1
 * (nothing to find, nothing wrongly found). */
void vg_eval_get_scores(const struct vg_eval *ev, struct vg_eval_scores *out);

/* Print the scores; with `list_errors`, also every missed and extra figure
 * and person, and every attribute disagreement, per document, with a quote
 * prefix. */
void vg_eval_write(const struct vg_eval *ev, FILE *out, int list_errors);

/* The scores as a new JSON object (the caller owns the reference), or NULL
 * when out of memory: {"docs", "figures": {tp, fp, fn, precision, recall,
 * f1}, "attributes": {who: {agreed, scored, rate}, ...}, "persons": {...,
 * "status": {...}}, "by_what": {detained: {...}, ...}}, plus "documents"
 * with the per-document errors when `list_errors`. */
json_t *vg_eval_to_json(const struct vg_eval *ev, int list_errors);

/* Precision, recall and F1 of counts, with the zero conventions above. */
void vg_eval_prf(size_t tp, size_t fp, size_t fn, double *precision, double *recall, double *f1);

/* vg_name_key and vg_names_match of vigil/translit.h, under the names
 * eval has always given them: the key of a person's name, tolerant of
 * script and romanisation, and the tier at which two names match. */
int vg_eval_name_key(struct vg_str name, struct vg_buf *out);
int vg_eval_names_match(struct vg_str a, struct vg_str b);

/* 1 when two sources agree: leaving out the articles a, an, the and a
 * possessive 's, and ignoring case and punctuation, all words of one
 * appear in the other ("Interior Ministry" and "Kazakhstan's Interior
 * Ministry").  A source with no words agrees with nothing. */
int vg_eval_source_agrees(struct vg_str a, struct vg_str b);

#endif
