/* Unit tests for vg_detect_lang: the script decides when it dominates,
 * function words when it does not.  Texts written for this test. */
#include <string.h>

#include "harness.h"
#include "vigil/extract.h"

static const char *lang(const char *text) { return vg_detect_lang(vg_str_cstr(text)); }

static void plain_english_and_russian(void **state) {
    (void)state;
    assert_string_equal(lang("Police detained 40 people in the square on Sunday, "
                             "the monitoring group said."),
                        "en");
    assert_string_equal(lang("\xd0\x92 \xd0\xb2\xd0\xbe\xd1\x81\xd0\xba\xd1\x80\xd0\xb5\xd1\x81"
                             "\xd0\xb5\xd0\xbd\xd1\x8c\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5"
                             "\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbb\xd0\xb8 40 \xd1\x87\xd0\xb5\xd0\xbb"
                             "\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xba."), /* В воскресенье задержали 40 человек. */
                        "ru");
}

/* A Russian post whose Latin link and name outnumber its Cyrillic letters
 * (58 to 27, so no script dominates three to one): its function words make
 * it Russian. */
static void russian_post_full_of_links(void **state) {
    (void)state;
    const char *text =
        "\xd0\x97\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b "
        "\xd0\xb8 \xd0\xbd\xd0\xb5 \xd0\xbe\xd1\x82\xd0\xbf\xd1\x83\xd1\x89\xd0\xb5\xd0\xbd\xd1\x8b "
        "\xd0\xbd\xd0\xb0 \xd1\x83\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb5: " /* Задержаны и не отпущены на улице: */
        "https://example.org/news/protest-detentions-update "
        "Markus Feldhausen";
    assert_string_equal(lang(text), "ru");
}

/* An English report quoting Russian at length: its function words make it
 * English though Cyrillic letters are many. */
static void english_report_quoting_russian(void **state) {
    (void)state;
    const char *text =
        "The ministry said in a statement that the detainees were released, and the "
        "lawyers of the families were told to wait: "
        "\xc2\xab\xd0\x92\xd1\x81\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6"
        "\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xbe\xd1\x81\xd0\xb2\xd0\xbe\xd0\xb1"
        "\xd0\xbe\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x8b \xd0\xb1\xd0\xb5\xd0\xb7 "
        "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x8a\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd"
        "\xd0\xb8\xd1\x8f \xd0\xbe\xd0\xb1\xd0\xb2\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8"
        "\xd0\xb9\xc2\xbb."; /* «Все задержанные освобождены без предъявления обвинений». */
    assert_string_equal(lang(text), "en");
}

static void no_letters_is_english(void **state) {
    (void)state;
    assert_string_equal(lang(""), "en");
    assert_string_equal(lang("12 34 -- 56"), "en");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_english_and_russian),
        cmocka_unit_test(russian_post_full_of_links),
        cmocka_unit_test(english_report_quoting_russian),
        cmocka_unit_test(no_letters_is_english),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
