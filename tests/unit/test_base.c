/* Unit tests for src/base: arena, buffer, dates. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/date.h"
#include "vigil/str.h"

static void arena_allocations_are_aligned_and_distinct(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    char *p = vg_arena_alloc(&a, 3);
    char *q = vg_arena_alloc(&a, 5);
    assert_non_null(p);
    assert_non_null(q);
    assert_true(((uintptr_t)q % 16) == 0);
    assert_true(q >= p + 3);
    vg_arena_release(&a);
}

static void arena_cap_refuses_past_the_limit(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 64 * 1024);
    size_t got = 0;
    while (vg_arena_alloc(&a, 1000))
        got += 1000;
    assert_true(got <= 64 * 1024);
    assert_true(got >= 32 * 1024);
    assert_int_equal(a.overflowed, 1);
    vg_arena_release(&a);
}

static void arena_large_request_gets_own_block(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    char *big = vg_arena_alloc(&a, 5 << 20);
    assert_non_null(big);
    memset(big, 'x', 5 << 20);
    char *s = vg_arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    vg_arena_reset(&a);
    assert_int_equal(a.used, 0);
    vg_arena_release(&a);
}

static void arena_fault_injection_fails_nth(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    vg_fail_alloc_after = 1;
    assert_null(vg_arena_alloc(&a, 10));
    assert_non_null(vg_arena_alloc(&a, 10));
    vg_arena_release(&a);
}

static void grow_array_doubles_and_keeps_on_failure(void **state) {
    (void)state;
    size_t cap = 0;
    int *v = vg_grow_array(NULL, &cap, sizeof *v, 4);
    assert_non_null(v);
    assert_int_equal(cap, 4);
    for (int i = 0; i < 4; i++)
        v[i] = i + 10;
    int *w = vg_grow_array(v, &cap, sizeof *w, 4);
    assert_non_null(w);
    assert_int_equal(cap, 8);
    assert_int_equal(w[3], 13); /* the elements move with the array */
    vg_fail_alloc_after = 1;
    assert_null(vg_grow_array(w, &cap, sizeof *w, 4));
    assert_int_equal(cap, 8); /* a failure leaves the array as it was */
    assert_int_equal(w[0], 10);
    size_t huge = SIZE_MAX / 2 + 1;
    assert_null(vg_grow_array(w, &huge, sizeof *w, 4)); /* n * size overflows */
    free(w);
}

static void buf_appends_and_caps(void **state) {
    (void)state;
    struct vg_buf b;
    vg_buf_init(&b, 16);
    assert_int_equal(vg_buf_puts(&b, "abc"), 0);
    assert_int_equal(vg_buf_printf(&b, "%d-%s", 42, "x"), 0);
    assert_string_equal(b.ptr, "abc42-x");
    assert_int_equal(vg_buf_reserve(&b, 8), 0);
    assert_true(b.cap >= b.len + 9);
    assert_string_equal(b.ptr, "abc42-x");
    assert_int_equal(vg_buf_puts(&b, "0123456789"), -1);
    assert_int_equal(b.toobig, 1);
    assert_string_equal(b.ptr, "abc42-x");
    vg_buf_release(&b);
}

static void date_round_trips(void **state) {
    (void)state;
    assert_int_equal(vg_date_from_ymd(1970, 1, 1), 0);
    assert_int_equal(vg_date_from_ymd(2000, 3, 1), 11017);
    assert_int_equal(vg_date_from_ymd(2023, 2, 29), VG_NO_DATE);
    assert_int_not_equal(vg_date_from_ymd(2024, 2, 29), VG_NO_DATE);
    int y, m, d;
    vg_date_to_ymd(vg_date_from_ymd(2022, 1, 12), &y, &m, &d);
    assert_int_equal(y, 2022);
    assert_int_equal(m, 1);
    assert_int_equal(d, 12);
    /* 2022-01-12 was a Wednesday (2 with Monday = 0). */
    assert_int_equal(vg_date_weekday(vg_date_from_ymd(2022, 1, 12)), 2);
    char out[22];
    struct vg_when w = {vg_date_from_ymd(2019, 6, 1), vg_date_from_ymd(2019, 6, 30)};
    vg_when_format(w, out);
    assert_string_equal(out, "2019-06-01/2019-06-30");
    assert_int_equal(vg_date_parse_iso(VG_STR("2019-13-01")), VG_NO_DATE);
    assert_int_equal(vg_date_parse_iso(VG_STR("2019-12-01")), vg_date_from_ymd(2019, 12, 1));
}

static void str_trim_and_nocase(void **state) {
    (void)state;
    struct vg_str s = vg_str_trim(VG_STR("  Hi \n"));
    assert_int_equal(s.len, 2);
    assert_true(vg_str_eq_nocase(s, VG_STR("hI")));
    assert_false(vg_str_eq_nocase(s, VG_STR("ho")));
}

static void str_words(void **state) {
    (void)state;
    struct vg_str w[3], v[2];
    /* Runs of spaces and spaces at the ends make no empty words; `max` caps. */
    assert_int_equal(vg_str_split_words(vg_str_cstr("  anna  maria ivanova "), w, 3), 3);
    assert_true(vg_str_eq_cstr(w[0], "anna"));
    assert_true(vg_str_eq_cstr(w[2], "ivanova"));
    assert_int_equal(vg_str_split_words(vg_str_cstr("a b c d"), v, 2), 2);
    assert_int_equal(vg_str_split_words(vg_str_cstr("   "), v, 2), 0);
    assert_true(vg_str_has_word(w, 3, vg_str_cstr("maria")));
    assert_false(vg_str_has_word(w, 3, vg_str_cstr("mari")));
    struct vg_str some[2] = {vg_str_cstr("ivanova"), vg_str_cstr("anna")};
    assert_true(vg_str_words_within(some, 2, w, 3));
    assert_false(vg_str_words_within(w, 3, some, 2));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_allocations_are_aligned_and_distinct),
        cmocka_unit_test(arena_cap_refuses_past_the_limit),
        cmocka_unit_test(arena_large_request_gets_own_block),
        cmocka_unit_test(arena_fault_injection_fails_nth),
        cmocka_unit_test(grow_array_doubles_and_keeps_on_failure),
        cmocka_unit_test(buf_appends_and_caps),
        cmocka_unit_test(date_round_trips),
        cmocka_unit_test(str_trim_and_nocase),
        cmocka_unit_test(str_words),
    };
    return cmocka_run_group_tests_name("base", tests, NULL, NULL);
}
