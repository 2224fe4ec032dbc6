/* Torture: fail each allocation in turn (curl's torture mode, SQLite's
 * OOM tests).  For a few short reports, the pipeline vigil extract runs --
 * vg_extractor_new, vg_extract into a capped arena, vg_report_write_json --
 * is run once to count its allocations, then again with vg_fail_alloc_after
 * = 1, 2, 3, ... until a run passes with no failure injected.  Every run
 * with a failure must come back with an error code (VG_ENOMEM, VG_ETOOBIG,
 * or -1 from vg_report_write_json), or
 * else with exactly the output of the clean run: never a crash, never a
 * report silently missing something, and never a leak (the ASan build's leak
 * checker runs at exit).
 *
 * As a normal unit test the walk is sampled (the first 48 allocations, then
 * about 48 more spread evenly up to the last) so it stays quick; with
 * VIGIL_TORTURE=1 (make torture) it visits every allocation. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/date.h"
#include "vigil/extract.h"
#include "vigil/report_json.h"

#define TORTURE_ARENA_CAP ((size_t)64 << 20)
#define QUICK_HEAD        48 /* allocations always visited one by one */
#define QUICK_SPREAD      48 /* further sample points in quick mode */

/* Short reports of our own covering the main paths: figures in several
 * forms, Russian, PDF line breaks, bad bytes, and none at all. */
static const char *const texts[] = {
    "LONDON, May 2 - Police detained at least 48 people on Saturday, a rights group said. "
    "Hundreds marched; about 1,200 took part and nine were injured.\n",
    "Between 30 and 40 activists were fined, and up to 15 were placed under administrative\n"
    "arrest. Journalist Anna Verhoeven was detained on Friday.\n",
    "\xd0\x92 \xd0\xa2\xd0\xbe\xd0\xbc\xd1\x81\xd0\xba\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5"
    "\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b \xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb5"
    "\xd0\xb5 120 \xd1\x87\xd0\xb5\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xba.\n",
    "Security forces detained \xff\xfe about 60 people.\r\nFive were \xc3( released the next "
    "morning.\r\n",
    "Authorities did not detain anyone.",
};

static int quick; /* 1 unless VIGIL_TORTURE is set */

static int setup(void **state) {
    (void)state;
    const char *t = getenv("VIGIL_TORTURE");
    quick = !(t && *t && strcmp(t, "0") != 0);
    return 0;
}

/* Arm the allocator to fail the nth allocation from now (0: never).  After
 * the run, injected() tells whether the failure was reached. */
static void arm(long nth) { vg_fail_alloc_after = nth; }
static int injected(void) { return vg_fail_alloc_after == 0; }

/* Allocations the next call makes: arm with a count that is never reached,
 * then see how far it went down. */
#define COUNT_START (LONG_MAX / 2)
static long counted(void) {
    long n = COUNT_START - vg_fail_alloc_after;
    vg_fail_alloc_after = 0;
    return n;
}

/* The sample of 1..total to visit. */
static long next_step(long n, long total) {
    if (!quick || n < QUICK_HEAD)
        return n + 1;
    long stride = (total - QUICK_HEAD) / QUICK_SPREAD;
    if (stride < 1)
        stride = 1;
    if (n < total && n + stride > total)
        return total; /* always visit the very last one */
    return n + stride;
}

/* Extract one text, serialise it, and hand back the JSON text (caller
 * frees) in *json.  Returns VG_OK or the error the pipeline gave. */
static int pipeline(const struct vg_extractor *x, const char *text, char **json) {
    struct vg_arena a;
    struct vg_report *r = NULL;
    struct vg_extract_opts opts = {"torture.txt", NULL, vg_date_from_ymd(2024, 5, 4)};
    *json = NULL;
    vg_arena_init(&a, TORTURE_ARENA_CAP);
    int rc = vg_extract(x, &a, vg_str_cstr(text), &opts, &r);
    if (rc == VG_OK) {
        assert_non_null(r);
        struct vg_buf b;
        vg_buf_init(&b, 0);
        if (vg_report_write_json(&b, r, 1) != 0) {
            rc = VG_ENOMEM;
            vg_buf_release(&b);
        } else {
            *json = vg_buf_detach(&b);
            assert_non_null(*json);
        }
    } else {
        if (rc != VG_ENOMEM && rc != VG_ETOOBIG)
            fail_msg("vg_extract returned %d (%s), not VG_ENOMEM or VG_ETOOBIG", rc, vg_rc_str(rc));
    }
    vg_arena_release(&a);
    return rc;
}

static void extractor_new_fails_cleanly(void **state) {
    (void)state;
    struct vg_extractor *x = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    arm(COUNT_START);
    assert_int_equal(vg_extractor_new(&x, &err), VG_OK);
    long total = counted();
    vg_extractor_free(x);
    assert_true(total >= 1);
    long visited = 0;
    for (long n = 1;; n = next_step(n, total)) {
        x = NULL;
        vg_err_clear(&err);
        arm(n);
        int rc = vg_extractor_new(&x, &err);
        int hit = injected();
        arm(0);
        if (!hit) {
            assert_int_equal(rc, VG_OK);
            vg_extractor_free(x);
            break;
        }
        visited++;
        if (rc == VG_OK)
            fail_msg("vg_extractor_new succeeded although allocation %ld of %ld failed", n, total);
        assert_int_equal(err.code, rc);
        assert_true(err.msg[0] != '\0');
        assert_null(x); /* nothing half-built is handed out */
    }
    print_message("vg_extractor_new: %ld allocations, %ld failures injected\n", total, visited);
}

static void extract_fails_cleanly(void **state) {
    (void)state;
    struct vg_extractor *x = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_extractor_new(&x, &err), VG_OK);
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        char *clean = NULL;
        arm(COUNT_START);
        assert_int_equal(pipeline(x, texts[t], &clean), VG_OK);
        long total = counted();
        assert_non_null(clean);
        long visited = 0, recovered = 0;
        for (long n = 1;; n = next_step(n, total)) {
            char *out = NULL;
            arm(n);
            int rc = pipeline(x, texts[t], &out);
            int hit = injected();
            arm(0);
            if (!hit) {
                /* Past the last allocation: the run must be the clean one. */
                assert_int_equal(rc, VG_OK);
                assert_string_equal(out, clean);
                free(out);
                break;
            }
            visited++;
            if (rc == VG_OK) {
                /* Tolerated only if nothing was lost. */
                if (strcmp(out, clean) != 0)
                    fail_msg("text %zu: allocation %ld of %ld failed, yet the pipeline "
                             "succeeded with different output:\n%s\nexpected:\n%s",
                             t, n, total, out, clean);
                recovered++;
            }
            free(out);
        }
        print_message("text %zu: %ld allocations, %ld failures injected, %ld recovered\n", t, total,
                      visited, recovered);
        free(clean);
    }
    vg_extractor_free(x);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(extractor_new_fails_cleanly),
        cmocka_unit_test(extract_fails_cleanly),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
