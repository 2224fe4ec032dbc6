/* Reports as JSON objects in the format of GUIDELINES.md, plus the evidence
 * vigil adds: byte offsets of each figure's sentence and quantity phrase and
 * the ids of the rules that read it. */
#ifndef VIGIL_REPORT_JSON_H
#define VIGIL_REPORT_JSON_H

#include <jansson.h>

#include "vigil/extract.h"

/* A new JSON object for the report (the caller owns the reference), or
 * NULL when out of memory.  With `evidence`, figures and persons carry
 * "sentence": [start, end], "span": [start, end], "rule" and "what_rule". */
json_t *vg_report_to_json(const struct vg_report *r, int evidence);

#endif
