/* Reports as JSON objects in the format of GUIDELINES.md, plus the evidence
 * vigil adds: byte offsets of each figure's sentence and quantity phrase and
 * the ids of the rules that read it. */
#ifndef VIGIL_REPORT_JSON_H
#define VIGIL_REPORT_JSON_H

#include <jansson.h>

#include "vigil/buf.h"
#include "vigil/extract.h"

/* Append the report to b as one line of compact JSON (no newline): the
 * bytes json_dumpb(vg_report_to_json(r, evidence), JSON_COMPACT) would give,
 * written directly.  Returns 0, or -1 when b's cap was reached or memory ran
 * out (b then holds a partial line the caller should discard). */
int vg_report_write_json(struct vg_buf *b, const struct vg_report *r, int evidence);

/* A new JSON object for the report (the caller owns the reference): the
 * line vg_report_write_json writes, parsed by jansson.  NULL when out of
 * memory.  With `evidence`, figures and persons carry
 * "sentence": [start, end], "span": [start, end], "rule" and "what_rule". */
json_t *vg_report_to_json(const struct vg_report *r, int evidence);

#endif
