/* Unit tests for src/report/json.c on reports built by hand: whatever bytes
 * the input holds, the JSON is valid UTF-8 and no field goes missing (bad
 * bytes read as U+FFFD), quotes fold PDF line breaks, open bounds are null. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vigil/buf.h"
#include "vigil/date.h"
#include "vigil/extract.h"
#include "vigil/report_json.h"

#define FFFD "\xef\xbf\xbd"

/* One figure whose sentence is text[sent_start, sent_end) and whose source
 * is `source`; offsets are chosen by the caller. */
static struct vg_figure figure(size_t start, size_t end, struct vg_str source) {
    struct vg_figure f;
    memset(&f, 0, sizeof f);
    f.what = VG_DETAINED;
    f.low = 40;
    f.high = VG_OPEN;
    f.who = VG_WHO_PEOPLE;
    f.when = VG_WHEN_NONE;
    f.source = source;
    f.sentence = (struct vg_span){start, end};
    f.quantity = (struct vg_span){start, start + 2};
    f.qty_rule = "test.rule";
    f.what_rule = "test.what";
    return f;
}

static const char *field(json_t *o, const char *key) {
    json_t *v = json_object_get(o, key);
    assert_non_null(v);
    return json_string_value(v);
}

static void bad_bytes_become_replacement_characters(void **state) {
    (void)state;
    /* Offsets: "Police\n  detained " is 18 bytes, then \xff at 18. */
    static const char text[] = "Police\n  detained \xff 40\xc0\xaf people\r\n"
                               "at the \xed\xa0\x80 square \xf0\x9f\x98\x80.";
    struct vg_figure f = figure(0, sizeof text - 1, VG_STR("Ministry \xe2\x82"));
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.doc = "a.txt";
    r.lang = "en";
    r.published = VG_NO_DATE;
    r.figures = &f;
    r.n_figures = 1;
    r.text = vg_str_make(text, sizeof text - 1);
    json_t *j = vg_report_to_json(&r, 1);
    assert_non_null(j);
    json_t *fj = json_array_get(json_object_get(j, "figures"), 0);
    assert_non_null(fj);
    /* White space runs fold to one space; \xff is one bad byte; \xc0\xaf is
     * an overlong form, two bad bytes; \xed\xa0\x80 a surrogate, three; the
     * emoji is valid and stays. */
    assert_string_equal(field(fj, "quote"),
                        "Police detained " FFFD " 40" FFFD FFFD " people at the " FFFD FFFD FFFD
                        " square \xf0\x9f\x98\x80.");
    /* A sequence cut short by the end of the slice: two bad bytes. */
    assert_string_equal(field(fj, "source"), "Ministry " FFFD FFFD);
    assert_true(json_is_null(json_object_get(fj, "high")));
    assert_int_equal(json_integer_value(json_object_get(fj, "low")), 40);
    assert_true(json_is_null(json_object_get(j, "published")));
    char *s = json_dumps(j, JSON_COMPACT);
    assert_non_null(s);
    free(s);
    json_decref(j);
}

static void nul_and_bad_name_bytes_are_replaced(void **state) {
    (void)state;
    static const char text[] = "Anna\x00 Verhoeven was held; \xd0";
    struct vg_person p;
    memset(&p, 0, sizeof p);
    p.name = vg_str_make(text, 15); /* "Anna\0 Verhoeven" */
    p.role = VG_ROLE_JOURNALIST;
    p.status = VG_DETAINED;
    p.since = vg_date_from_ymd(2024, 2, 29);
    p.mention = (struct vg_span){0, 15};
    p.sentence = (struct vg_span){0, sizeof text - 1};
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.doc = "b\xff.txt";
    r.lang = "en";
    r.published = vg_date_from_ymd(2024, 3, 1);
    r.persons = &p;
    r.n_persons = 1;
    r.text = vg_str_make(text, sizeof text - 1);
    json_t *j = vg_report_to_json(&r, 1);
    assert_non_null(j);
    assert_string_equal(field(j, "doc"), "b" FFFD ".txt");
    assert_string_equal(field(j, "published"), "2024-03-01");
    json_t *pj = json_array_get(json_object_get(j, "persons"), 0);
    assert_non_null(pj);
    assert_string_equal(field(pj, "name"), "Anna" FFFD " Verhoeven");
    assert_string_equal(field(pj, "since"), "2024-02-29");
    assert_string_equal(field(pj, "role"), "journalist");
    json_decref(j);
}

/* A romanised name carries the name as written beside it; a Latin one
 * does not repeat itself. */
static void written_name_beside_a_romanised_one(void **state) {
    (void)state;
    struct vg_person p[2];
    memset(p, 0, sizeof p);
    p[0].name = VG_STR("Askar Ilyin");
    p[0].written = VG_STR("Аскар Ильин");
    p[1].name = VG_STR("Anna Verhoeven");
    p[1].written = p[1].name;
    for (int i = 0; i < 2; i++) {
        p[i].role = VG_ROLE_ACTIVIST;
        p[i].status = VG_DETAINED;
        p[i].since = VG_NO_DATE;
    }
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.doc = "r.txt";
    r.lang = "ru";
    r.published = VG_NO_DATE;
    r.persons = p;
    r.n_persons = 2;
    json_t *j = vg_report_to_json(&r, 0);
    assert_non_null(j);
    json_t *pj = json_array_get(json_object_get(j, "persons"), 0);
    assert_string_equal(field(pj, "name"), "Askar Ilyin");
    assert_string_equal(field(pj, "written"), "Аскар Ильин");
    pj = json_array_get(json_object_get(j, "persons"), 1);
    assert_string_equal(field(pj, "name"), "Anna Verhoeven");
    assert_null(json_object_get(pj, "written"));
    json_decref(j);
}

static void empty_or_inverted_sentence_quotes_nothing(void **state) {
    (void)state;
    static const char text[] = "   \n\n  ";
    struct vg_figure f[2];
    f[0] = figure(0, sizeof text - 1, VG_STR_NULL); /* all white space */
    f[1] = figure(5, 2, VG_STR_NULL);               /* end before start */
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.published = VG_NO_DATE;
    r.figures = f;
    r.n_figures = 2;
    r.text = vg_str_make(text, sizeof text - 1);
    json_t *j = vg_report_to_json(&r, 0);
    assert_non_null(j);
    assert_string_equal(field(j, "doc"), "-");
    for (size_t i = 0; i < 2; i++) {
        json_t *fj = json_array_get(json_object_get(j, "figures"), i);
        assert_string_equal(field(fj, "quote"), "");
        assert_true(json_is_null(json_object_get(fj, "source")));
        assert_null(json_object_get(fj, "span")); /* no evidence asked for */
    }
    json_decref(j);
}

/* The exact bytes of a line, worked out by hand from RFC 8259 and the
 * escapes jansson uses (short forms where JSON has them, else \u00XX in
 * capitals): quotes and backslashes escaped, control characters too, the
 * quote folded, no evidence fields when none are asked for. */
static void line_bytes_are_exact(void **state) {
    (void)state;
    static const char text[] = "  They said \"40\"\n\tare held\\ \x01 ";
    struct vg_figure f = figure(0, sizeof text - 1, VG_STR("a\"b\\c\x01\x1f\t/"));
    f.low = -3;
    f.high = 9007199254740993LL;
    f.approx = 1;
    f.where = "Qu\xc3\xa9" "bec";
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.doc = "d.txt";
    r.lang = "en";
    r.published = vg_date_from_ymd(2024, 1, 31);
    r.figures = &f;
    r.n_figures = 1;
    r.text = vg_str_make(text, sizeof text - 1);
    struct vg_buf b;
    vg_buf_init(&b, 0);
    assert_int_equal(vg_report_write_json(&b, &r, 0), 0);
    assert_string_equal(b.ptr,
        "{\"doc\":\"d.txt\",\"lang\":\"en\",\"published\":\"2024-01-31\",\"figures\":["
        "{\"what\":\"detained\",\"low\":-3,\"high\":9007199254740993,\"approx\":true,"
        "\"who\":\"people\",\"where\":\"Qu\xc3\xa9" "bec\",\"when\":null,"
        "\"source\":\"a\\\"b\\\\c\\u0001\\u001F\\t/\",\"status\":\"reported\","
        "\"quote\":\"They said \\\"40\\\" are held\\\\ \\u0001\"}],\"persons\":[]}");
    /* A cap too small for the line: an error, not a cut line passed off. */
    struct vg_buf small;
    vg_buf_init(&small, 40);
    assert_int_equal(vg_report_write_json(&small, &r, 1), -1);
    vg_buf_release(&small);
    vg_buf_release(&b);
}

/* A quote is copied in runs (plain bytes, valid UTF-8 and single spaces
 * between words): each way a run ends gives what byte-by-byte writing
 * gives.  Worked out by hand: the leading space goes, two spaces and a tab
 * become one space, a space before a quote mark, a bad byte or a Cyrillic
 * word stays, the no-break space is no white space to fold, the trailing
 * space goes. */
static void quote_runs_fold_exactly(void **state) {
    (void)state;
    static const char text[] = " \xd0\x97\xd0\xb0\xd0\xb4  40 \"\xd1\x87\xd0\xb5\xd0\xbb\" "
                               "\xff \xd0\xb2\t\xd0\x9c\xd0\xb8\xd0\xbd \xc2\xa0x ";
    struct vg_figure f = figure(0, sizeof text - 1, VG_STR("a  b\xd0\xb2 "));
    struct vg_report r;
    memset(&r, 0, sizeof r);
    r.published = VG_NO_DATE;
    r.figures = &f;
    r.n_figures = 1;
    r.text = vg_str_make(text, sizeof text - 1);
    json_t *j = vg_report_to_json(&r, 0);
    assert_non_null(j);
    json_t *fj = json_array_get(json_object_get(j, "figures"), 0);
    assert_string_equal(field(fj, "quote"),
                        "\xd0\x97\xd0\xb0\xd0\xb4 40 \"\xd1\x87\xd0\xb5\xd0\xbb\" " FFFD
                        " \xd0\xb2 \xd0\x9c\xd0\xb8\xd0\xbd \xc2\xa0x");
    /* Not folded: a source keeps its spaces as they are. */
    assert_string_equal(field(fj, "source"), "a  b\xd0\xb2 ");
    json_decref(j);
}

/* The fold of an ASCII quote as the guidelines define it, a byte at a
 * time: white space runs become one space, none at either end. */
static size_t fold_by_hand(const char *t, size_t n, char *out) {
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = 0;
        out[o++] = c;
    }
    out[o] = '\0';
    return o;
}

/* English quotes are copied eight bytes at a time: whatever offset a
 * double space, a space at the end of eight bytes, a quote mark, a
 * backslash or a tab falls at, the quote is the fold by hand.  Random
 * texts of those bytes and letters, of every length up to 40. */
static void eight_byte_runs_fold_exactly(void **state) {
    (void)state;
    static const char alphabet[] = "ab  \"\\\t\ncd";
    uint32_t seed = 12345;
    for (int round = 0; round < 3000; round++) {
        char text[41], want[41];
        size_t n = (size_t)round % 41;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            text[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        fold_by_hand(text, n, want);
        struct vg_figure f = figure(0, n, VG_STR("x"));
        struct vg_report r;
        memset(&r, 0, sizeof r);
        r.published = VG_NO_DATE;
        r.figures = &f;
        r.n_figures = 1;
        r.text = vg_str_make(text, n);
        json_t *j = vg_report_to_json(&r, 0);
        assert_non_null(j);
        json_t *fj = json_array_get(json_object_get(j, "figures"), 0);
        assert_string_equal(field(fj, "quote"), want);
        json_decref(j);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_bytes_become_replacement_characters),
        cmocka_unit_test(nul_and_bad_name_bytes_are_replaced),
        cmocka_unit_test(written_name_beside_a_romanised_one),
        cmocka_unit_test(empty_or_inverted_sentence_quotes_nothing),
        cmocka_unit_test(line_bytes_are_exact),
        cmocka_unit_test(quote_runs_fold_exactly),
        cmocka_unit_test(eight_byte_runs_fold_exactly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
