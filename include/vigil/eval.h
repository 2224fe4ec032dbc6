/* Scoring extraction against gold annotations, exactly as
 * ../shared/corpus/GUIDELINES.md ("Scoring") says.  Documents are JSON
 * objects in the guidelines' format (doc, lang, published, figures[],
 * persons[]); predictions are the same format (vigil extract's jsonl). */
#ifndef VIGIL_EVAL_H
#define VIGIL_EVAL_H

#include <stdio.h>

#include <jansson.h>

#include "vigil/err.h"
#include "vigil/gazetteer.h"

/* Agreement on one attribute over matched figure pairs whose gold value is
 * not null. */
struct vg_eval_agree {
    size_t agreed; /* pairs that agree */
    size_t scored; /* pairs scored (gold not null) */
};

struct vg_eval_scores {
    size_t docs;                 /* documents scored */
    size_t tp, fp, fn;           /* figures: matched, extra, missed */
    double precision, recall, f1;/* figures, over all documents together */
    struct vg_eval_agree who, where, when, source, status; /* on matched figures */
    size_t person_tp, person_fp, person_fn; /* persons matched by name */
    double person_precision, person_recall, person_f1;
    struct vg_eval_agree person_status;     /* on matched persons */
};

struct vg_eval;

/* A new scorer.  `g` (may be NULL) lets `where` accept alternative names of
 * the same place; it must outlive the scorer. */
struct vg_eval *vg_eval_new(const struct vg_gazetteer *g);
void vg_eval_free(struct vg_eval *ev);

/* Score one document.  Returns VG_OK, or VG_EINPUT with the field named in
 * err when either object does not follow the format. */
int vg_eval_add(struct vg_eval *ev, const json_t *gold, const json_t *pred, struct vg_err *err);

/* Totals over the documents added so far. */
void vg_eval_get_scores(const struct vg_eval *ev, struct vg_eval_scores *out);

/* Print the scores; with `list_errors`, also every missed and extra figure
 * and person, per document, with its quote. */
void vg_eval_write(const struct vg_eval *ev, FILE *out, int list_errors);

#endif
