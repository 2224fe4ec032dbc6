/* libFuzzer target for the extractor: arbitrary bytes go through
 * vg_extract and vg_report_to_json exactly as `vigil extract` would send a
 * report, with a fresh capped arena per input.  Besides crashes, leaks and
 * undefined behaviour (the build adds ASan and UBSan), it checks what every
 * report must satisfy whatever the text: every span lies inside the input,
 * every enum is in range, an interval never runs backwards, and every figure
 * and person serialises with all its fields.  Build with `make fuzz-build`,
 * run briefly with fuzz/run-short.sh, at length with `make fuzz`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/extract.h"
#include "vigil/report_json.h"

/* Far above what a 64 KB input should need, far below what would let a
 * runaway allocation loop hide: past it vg_extract must return VG_ETOOBIG. */
#define FUZZ_ARENA_CAP ((size_t)64 << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct vg_extractor *extractor; /* shared by all inputs, like the CLI */

static void fail(const char *what) {
    fprintf(stderr, "fuzz_extract: invariant broken: %s\n", what);
    abort();
}

static void check_span(struct vg_span s, size_t len, const char *what) {
    if (s.start > s.end || s.end > len)
        fail(what);
}

/* Every key vg_report_to_json promises for a figure and a person with
 * evidence on: a missing key means a value failed to build (bad UTF-8 in a
 * quote, say) and was silently dropped. */
static void check_keys(json_t *o, const char *const *keys, const char *what) {
    if (!json_is_object(o))
        fail(what);
    for (size_t i = 0; keys[i]; i++)
        if (!json_object_get(o, keys[i])) {
            fprintf(stderr, "fuzz_extract: %s lacks \"%s\"\n", what, keys[i]);
            abort();
        }
}

static void check_report(const struct vg_report *r, size_t len) {
    static const char *const report_keys[] = {"doc",     "lang",    "published",
                                              "figures", "persons", NULL};
    static const char *const figure_keys[] = {"what",     "low",  "high",   "approx",    "who",
                                              "where",    "when", "source", "status",    "quote",
                                              "sentence", "span", "rule",   "what_rule", NULL};
    static const char *const person_keys[] = {"name",  "role",    "status",   "since",
                                              "where", "mention", "sentence", NULL};
    for (size_t i = 0; i < r->n_figures; i++) {
        const struct vg_figure *f = &r->figures[i];
        if (f->what <= VG_WHAT_NONE || f->what >= VG_WHAT_COUNT)
            fail("figure.what out of range");
        if ((unsigned)f->who >= VG_WHO_COUNT)
            fail("figure.who out of range");
        if (f->status != VG_REPORTED && f->status != VG_RETRACTED)
            fail("figure.status out of range");
        if (f->low != VG_OPEN && f->high != VG_OPEN && f->low > f->high)
            fail("figure interval runs backwards (low > high)");
        if (f->low == VG_OPEN && f->high == VG_OPEN)
            fail("figure interval open on both sides");
        check_span(f->sentence, len, "figure.sentence outside the input");
        check_span(f->quantity, len, "figure.quantity outside the input");
        if (vg_when_known(f->when) && f->when.to < f->when.from)
            fail("figure.when runs backwards");
        if (f->source.len && !f->source.ptr)
            fail("figure.source has a length but no text");
    }
    for (size_t i = 0; i < r->n_persons; i++) {
        const struct vg_person *p = &r->persons[i];
        if ((unsigned)p->role >= VG_ROLE_COUNT)
            fail("person.role out of range");
        if ((unsigned)p->status >= VG_WHAT_COUNT)
            fail("person.status out of range");
        if (p->name.len && !p->name.ptr)
            fail("person.name has a length but no text");
        check_span(p->mention, len, "person.mention outside the input");
        check_span(p->sentence, len, "person.sentence outside the input");
    }
    for (size_t i = 0; i < r->n_diags; i++)
        if (r->diags[i].offset > len || !r->diags[i].msg)
            fail("diagnostic outside the input or without a message");

    json_t *j = vg_report_to_json(r, 1);
    if (!j)
        fail("vg_report_to_json returned NULL without an allocation failure");
    check_keys(j, report_keys, "report");
    json_t *figs = json_object_get(j, "figures");
    json_t *pers = json_object_get(j, "persons");
    if (json_array_size(figs) != r->n_figures || json_array_size(pers) != r->n_persons)
        fail("JSON arrays do not match the report's counts");
    for (size_t i = 0; i < r->n_figures; i++)
        check_keys(json_array_get(figs, i), figure_keys, "figure");
    for (size_t i = 0; i < r->n_persons; i++)
        check_keys(json_array_get(pers, i), person_keys, "person");
    char *s = json_dumps(j, JSON_COMPACT);
    if (!s)
        fail("json_dumps failed");
    free(s);
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!extractor) {
        struct vg_err err;
        vg_err_clear(&err);
        if (vg_extractor_new(&extractor, &err) != VG_OK) {
            fprintf(stderr, "fuzz_extract: cannot load the extractor: %s\n", err.msg);
            abort();
        }
    }
    /* The options vary with the input's length so all three language paths
     * and both publication-date paths (given, looked for) get exercised
     * without spending input bytes on them. */
    static const char *const langs[] = {NULL, "en", "ru"};
    struct vg_extract_opts opts = {
        "fuzz.txt",
        langs[size % 3],
        (size / 3) % 2 ? vg_date_from_ymd(2024, 3, 15) : VG_NO_DATE,
    };
    /* A private copy so reading one byte past the end is caught by ASan and
     * nothing can rely on a NUL after the text. */
    char *copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    if (size)
        memcpy(copy, data, size);

    struct vg_arena a;
    vg_arena_init(&a, FUZZ_ARENA_CAP);
    struct vg_report *r = NULL;
    int rc = vg_extract(extractor, &a, vg_str_make(copy, size), &opts, &r);
    if (rc == VG_OK) {
        if (!r)
            fail("vg_extract returned VG_OK without a report");
        if (r->text.ptr != copy || r->text.len != size)
            fail("report.text is not the input");
        check_report(r, size);
    } else if (rc != VG_ETOOBIG && rc != VG_ENOMEM) {
        fprintf(stderr, "fuzz_extract: vg_extract returned %d (%s)\n", rc, vg_rc_str(rc));
        abort();
    }
    vg_arena_release(&a);
    free(copy);
    return 0;
}
