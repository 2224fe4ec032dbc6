/* Unit tests for the readers of src/ingest: HTML pages to article text,
 * JSON Lines batches, and telling the forms apart. */
#include <stdio.h>
#include <string.h>

#include "harness.h"

#include "vigil/buf.h"
#include "vigil/date.h"
#include "vigil/ingest.h"

static void html(const char *page, struct vg_buf *text, struct vg_buf *title, int32_t *pub) {
    struct vg_err err;
    vg_err_clear(&err);
    vg_buf_init(text, 0);
    vg_buf_init(title, 0);
    assert_int_equal(vg_html_text(page, strlen(page), text, title, pub, &err), VG_OK);
}

static void html_keeps_the_article_only(void **state) {
    (void)state;
    static const char page[] =
        "<!DOCTYPE html><html><head><title>Crackdown &amp; after</title>"
        "<meta property=\"article:published_time\" content=\"2022-01-07T10:00:00Z\">"
        "<style>p{color:red}</style><script>var n = 99;</script></head><body>"
        "<header>Site name</header><nav><a href=/>Home</a> <a>World</a></nav>"
        "<div class=related>Related: 5 things</div>"
        "<article><h1>57 detained</h1>"
        "<p>57 people were   detained\n in Almaty.</p>"
        "<aside>Read also: 12 killed</aside>"
        "<p>Police said 3 were injured.<br>More soon.</p>"
        "<form><input value=x>Subscribe</form>"
        "<footer>Copyright</footer></article>"
        "<footer>Site footer</footer></body></html>";
    struct vg_buf text, title;
    int32_t pub;
    html(page, &text, &title, &pub);
    assert_string_equal(text.ptr, "57 detained\n\n57 people were detained in Almaty.\n\n"
                                  "Police said 3 were injured.\nMore soon.");
    assert_string_equal(title.ptr, "Crackdown & after");
    assert_int_equal(pub, vg_date_from_ymd(2022, 1, 7));
    vg_buf_release(&text);
    vg_buf_release(&title);
}

static void html_without_article_reads_body(void **state) {
    (void)state;
    /* No <article>, broken markup, no charset: UTF-8 stays UTF-8. */
    static const char page[] = "<html><body><nav>menu</nav><div role=navigation>links</div>"
                               "<p>В Алматы задержали 57 человек<p>Second <b>para</i>graph"
                               "<script>document.write('x')</script>";
    struct vg_buf text, title;
    int32_t pub;
    html(page, &text, &title, &pub);
    assert_string_equal(text.ptr, "В Алматы задержали 57 человек\n\nSecond paragraph");
    assert_int_equal(title.len, 0);
    assert_int_equal(pub, VG_NO_DATE);
    vg_buf_release(&text);
    vg_buf_release(&title);
}

static void html_prefers_main_and_largest_article(void **state) {
    (void)state;
    static const char main_page[] = "<body><div>teaser</div><main><p>Main text.</p></main></body>";
    static const char two[] = "<body><article>Short.</article>"
                              "<article><p>The longer article is the report.</p></article></body>";
    struct vg_buf text, title;
    int32_t pub;
    html(main_page, &text, &title, &pub);
    assert_string_equal(text.ptr, "Main text.");
    vg_buf_release(&text);
    vg_buf_release(&title);
    html(two, &text, &title, &pub);
    assert_string_equal(text.ptr, "The longer article is the report.");
    vg_buf_release(&text);
    vg_buf_release(&title);
    /* Nothing readable gives no text, not an error. */
    html("", &text, &title, &pub);
    assert_int_equal(text.len, 0);
    vg_buf_release(&text);
    vg_buf_release(&title);
}

static void formats_from_names_and_content(void **state) {
    (void)state;
    assert_int_equal(vg_ingest_format("a/b.jsonl", "x", 1), VG_FMT_JSONL);
    assert_int_equal(vg_ingest_format("b.NDJSON", "x", 1), VG_FMT_JSONL);
    assert_int_equal(vg_ingest_format("b.HTM", "x", 1), VG_FMT_HTML);
    assert_int_equal(vg_ingest_format("b.txt", "\n  <!doctype HTML><p>", 20), VG_FMT_HTML);
    assert_int_equal(vg_ingest_format("b", "<html>", 6), VG_FMT_HTML);
    assert_int_equal(vg_ingest_format("b", "<htm", 4), VG_FMT_TEXT);
    assert_int_equal(vg_ingest_format("b.txt", "57 people", 9), VG_FMT_TEXT);
}

static void jsonl_reads_each_line(void **state) {
    (void)state;
    static const char batch[] =
        "{\"url\":\"https://e.org/1\",\"title\":\"T\",\"publisher\":\"P\",\"published\":"
        "\"2022-01-06\",\"lang\":\"en\",\"text\":\"57 people were detained.\"}\n"
        "\n"
        "  \r\n"
        "{\"text\":\"Second.\",\"published\":null,\"url\":null}";
    struct vg_jsonl r;
    struct vg_jsonl_item it;
    struct vg_err err;
    vg_err_clear(&err);
    vg_jsonl_init(&r, "b.jsonl", batch, strlen(batch));
    assert_int_equal(vg_jsonl_next(&r, &it, &err), 1);
    assert_int_equal(it.line, 1);
    assert_string_equal(it.url, "https://e.org/1");
    assert_string_equal(it.title, "T");
    assert_string_equal(it.publisher, "P");
    assert_string_equal(it.lang, "en");
    assert_int_equal(it.published, vg_date_from_ymd(2022, 1, 6));
    assert_true(vg_str_eq_cstr(it.text, "57 people were detained."));
    assert_int_equal(vg_jsonl_next(&r, &it, &err), 1);
    assert_int_equal(it.line, 4);
    assert_null(it.url);
    assert_int_equal(it.published, VG_NO_DATE);
    assert_true(vg_str_eq_cstr(it.text, "Second."));
    assert_int_equal(vg_jsonl_next(&r, &it, &err), 0);
    vg_jsonl_release(&r);
}

/* Each bad line is reported with its file and line number. */
static void jsonl_errors_name_file_and_line(void **state) {
    (void)state;
    static const char *const bad[] = {
        "{\"text\":\"ok\"}\n{\"text\": \"unterminated}\n",
        "{\"text\":\"ok\"}\n[1,2]\n",
        "{\"text\":\"ok\"}\n{\"title\":\"no text\"}\n",
        "{\"text\":\"ok\"}\n{\"text\":\"x\",\"url\":5}\n",
        "{\"text\":\"ok\"}\n{\"text\":\"x\",\"published\":\"5 January\"}\n",
        "{\"text\":\"ok\"}\n{\"text\":\"x\",\"text\":\"y\"}\n",
        "{\"text\":\"ok\"}\n{\"text\":\"a\\u0000b\"}\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct vg_jsonl r;
        struct vg_jsonl_item it;
        struct vg_err err;
        vg_err_clear(&err);
        vg_jsonl_init(&r, "batch.jsonl", bad[i], strlen(bad[i]));
        assert_int_equal(vg_jsonl_next(&r, &it, &err), 1);
        assert_int_equal(vg_jsonl_next(&r, &it, &err), -1);
        assert_string_equal(err.file, "batch.jsonl");
        assert_int_equal(err.line, 2);
        assert_int_equal(err.code, VG_EINPUT);
        vg_jsonl_release(&r);
    }
    /* A timestamp gives its day. */
    static const char ts[] = "{\"text\":\"x\",\"published\":\"2022-01-05T23:00:00+06:00\"}";
    struct vg_jsonl r;
    struct vg_jsonl_item it;
    struct vg_err err;
    vg_jsonl_init(&r, "t.jsonl", ts, strlen(ts));
    assert_int_equal(vg_jsonl_next(&r, &it, &err), 1);
    assert_int_equal(it.published, vg_date_from_ymd(2022, 1, 5));
    vg_jsonl_release(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(html_keeps_the_article_only),
        cmocka_unit_test(html_without_article_reads_body),
        cmocka_unit_test(html_prefers_main_and_largest_article),
        cmocka_unit_test(formats_from_names_and_content),
        cmocka_unit_test(jsonl_reads_each_line),
        cmocka_unit_test(jsonl_errors_name_file_and_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
