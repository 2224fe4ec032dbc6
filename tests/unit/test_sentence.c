/* Unit tests for the sentence splitter and the tokenizer (src/extract). */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "extract/token.h"

/* Split `text` and compare with the expected sentences, given as strings. */
static void expect_split(const char *text, const char *const *want, size_t n_want) {
    struct sentence_list l = {0};
    assert_int_equal(split_sentences(vg_str_cstr(text), "en", &l), VG_OK);
    if (l.n != n_want) {
        for (size_t i = 0; i < l.n; i++)
            printf("  got [%.*s]\n", (int)(l.v[i].end - l.v[i].start), text + l.v[i].start);
    }
    assert_int_equal(l.n, n_want);
    for (size_t i = 0; i < n_want; i++) {
        size_t len = l.v[i].end - l.v[i].start;
        assert_int_equal(len, strlen(want[i]));
        assert_memory_equal(text + l.v[i].start, want[i], len);
    }
    sentence_list_release(&l);
}

static void splits_on_full_stops(void **state) {
    (void)state;
    const char *want[] = {"Police detained 40 people.", "Twelve were released!",
                          "Were others hurt?"};
    expect_split("Police detained 40 people. Twelve were released!  Were others hurt?", want, 3);
}

static void keeps_abbreviations_and_initials(void **state) {
    (void)state;
    const char *want[] = {"Mr. Smith told the U.N. on Sept. 28 that Hospital No. 4 took 12 "
                          "patients.",
                          "J. K. Doe agreed."};
    expect_split("Mr. Smith told the U.N. on Sept. 28 that Hospital No. 4 took 12 patients. "
                 "J. K. Doe agreed.",
                 want, 2);
}

/* Abbreviations come from a hash set: each listed word is found in it, and
 * the split keeps them whole in any case while a word not listed ends a
 * sentence. */
static void abbreviation_set_finds_listed_words(void **state) {
    (void)state;
    assert_int_equal(sentence_selftest(), 0);
    const char *want1[] = {"Gen. Ivanov and Capt. Lee met Messrs. Brown at the Univ. gate."};
    expect_split("Gen. Ivanov and Capt. Lee met Messrs. Brown at the Univ. gate.", want1, 1);
    const char *want2[] = {"The gen. Ivanov met the mess.", "Brown left."};
    expect_split("The gen. Ivanov met the mess. Brown left.", want2, 2);
    /* Cyrillic, folded to lower case: «Ул.» and «тыс.» */
    const char *want3[] = {"\xd0\xa3\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0 12 "
                           "\xd1\x82\xd1\x8b\xd1\x81. \xd0\x92\xd1\x81\xd0\xb5."};
    expect_split("\xd0\xa3\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0 12 "
                 "\xd1\x82\xd1\x8b\xd1\x81. \xd0\x92\xd1\x81\xd0\xb5.",
                 want3, 1);
}

/* The scan for sentence ends keeps the next position of each kind of end
 * and skips to the nearest: an end of each kind is found whatever its
 * distance from the start and from the ends of other kinds. */
static void finds_ends_at_every_offset(void **state) {
    (void)state;
    const char marks[] = ".!?\n";
    for (const char *m = marks; *m; m++) {
        for (size_t k = 2; k <= 19; k++) { /* one capital would be an initial */
            char text[64], first[32], second[32];
            memset(first, 'a', k);
            first[0] = 'A';
            first[k] = *m;
            first[k + 1] = '\0';
            snprintf(second, sizeof second, "Bbbbbbbbbbbbbbbbbbbb%c", *m == '\n' ? '.' : *m);
            snprintf(text, sizeof text, "%s %s", first, second);
            if (*m == '\n')
                first[k] = '\0'; /* a line break ends a sentence outside it */
            const char *want[] = {first, second};
            expect_split(text, want, 2);
        }
    }
    const char *want[] = {"One?", "Two.", "Three!", "Four?", "Five.", "Six!"};
    expect_split("One? Two. Three! Four?\nFive. Six!", want, 6);
}

static void quotation_ends_with_its_stop(void **state) {
    (void)state;
    const char *want[] = {"\"We counted 31 bodies.\"", "The mayor disagreed."};
    expect_split("\"We counted 31 bodies.\" The mayor disagreed.", want, 2);
}

static void headline_without_stop_is_a_sentence(void **state) {
    (void)state;
    const char *want[] = {"Dozens held after march in capital",
                          "Police detained dozens of marchers on Friday."};
    expect_split("Dozens held after march in capital\n\nPolice detained dozens of marchers on "
                 "Friday.",
                 want, 2);
}

static void joins_hard_wrapped_lines(void **state) {
    (void)state;
    /* PDF text: lines of about 70 characters that run on in lower case. */
    const char *text =
        "The monitoring group said that at least 148 people were detained during the\n"
        "week of protests in the capital, and that most of them were later released\n"
        "without charge by the district courts of the region.\n"
        "Another line here continues the report with more words than the others do\n"
        "and ends the paragraph in the usual way for this kind of document.\n";
    const char *want[] = {
        "The monitoring group said that at least 148 people were detained during the\n"
        "week of protests in the capital, and that most of them were later released\n"
        "without charge by the district courts of the region.",
        "Another line here continues the report with more words than the others do\n"
        "and ends the paragraph in the usual way for this kind of document."};
    expect_split(text, want, 2);
}

static void table_rows_are_sentences_in_wrapped_text(void **state) {
    (void)state;
    const char *text =
        "The figures below were compiled by the group from court records and from\n"
        "interviews with lawyers who represented detainees in the four provinces\n"
        "during the whole of the month in which the strike and the marches took place.\n"
        "Province      Detained     Injured\n"
        "Northern      61           34\n";
    struct sentence_list l = {0};
    assert_int_equal(split_sentences(vg_str_cstr(text), "en", &l), VG_OK);
    assert_int_equal(l.n, 3);
    assert_memory_equal(text + l.v[2].start, "Northern", 8);
    sentence_list_release(&l);
}

static struct lexicon *small_lexicon(void) {
    struct lexicon *lx = lexicon_new("en");
    struct vg_err err;
    const char *data = "detained\tout\tdetained\tverb\nat least\tqual\tmin\n";
    assert_int_equal(lexicon_load_text("en", "test", vg_str_cstr(data), lx, &err), VG_OK);
    assert_int_equal(lexicon_index(lx, &err), VG_OK);
    return lx;
}

/* A run of three spaces makes a line of wrapped text a table row wherever
 * the run stands (the test looks at every third byte); two spaces do not. */
static void table_row_found_at_every_offset(void **state) {
    (void)state;
    const char *wrapped = "the first line of this wrapped report runs on into the next\n"
                          "one and it goes on with more words in lower case for a while\n"
                          "so that the text counts as hard wrapped by the splitter here\n";
    for (size_t k = 1; k <= 7; k++) {
        for (size_t run = 2; run <= 3; run++) {
            char text[512];
            snprintf(text, sizeof text, "%s%.*s%.*scells\nmore words.", wrapped, (int)k,
                     "abcdefgh", (int)run, "   ");
            struct sentence_list l = {0};
            assert_int_equal(split_sentences(vg_str_cstr(text), "en", &l), VG_OK);
            assert_int_equal(l.n, run == 3 ? 2 : 1);
            if (run == 3)
                assert_memory_equal(text + l.v[1].start, "more words.", 11);
            sentence_list_release(&l);
        }
    }
}

static void tokenizer_folds_typography(void **state) {
    (void)state;
    struct lexicon *lx = small_lexicon();
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct token_list tl = {0};
    /* Curly apostrophe possessive, en dash range, non-breaking space. */
    const char *text = "Kazakhstan\xe2\x80\x99s police DETAINED 40\xe2\x80\x93" "50\xc2\xa0people";
    size_t bad;
    assert_int_equal(tokenize(lx, vg_str_cstr(text), 0, strlen(text), &a, &tl, &bad), VG_OK);
    assert_int_equal(bad, SIZE_MAX);
    assert_int_equal(tl.n, 8);
    assert_true(token_is(&tl.v[0], "kazakhstan"));
    assert_true(token_is(&tl.v[1], "'s"));
    assert_true(token_is(&tl.v[3], "detained"));
    assert_true(tl.v[3].word != 0);
    assert_true(token_is(&tl.v[4], "40"));
    assert_true(token_is(&tl.v[5], "-"));
    assert_int_equal(tl.v[5].end - tl.v[5].start, 3);
    assert_true(token_is(&tl.v[6], "50"));
    assert_true(tl.v[7].flags & TF_SPACE);
    token_list_release(&tl);
    vg_arena_release(&a);
    lexicon_free(lx);
}

static void tokenizer_joins_soft_hyphen_and_reports_bad_utf8(void **state) {
    (void)state;
    struct lexicon *lx = small_lexicon();
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct token_list tl = {0};
    const char *text = "were de-\ntained \xff ok";
    size_t bad;
    assert_int_equal(tokenize(lx, vg_str_cstr(text), 0, strlen(text), &a, &tl, &bad), VG_OK);
    assert_int_equal(tl.n, 3);
    assert_true(token_is(&tl.v[1], "detained"));
    assert_true(tl.v[1].flags & TF_JOINED);
    assert_int_equal(bad, 16); /* "were de-\ntained " is 16 bytes */
    token_list_release(&tl);
    vg_arena_release(&a);
    lexicon_free(lx);
}

/* The tokenizer hashes a word as it scans or folds it and looks the word up
 * by that hash: each kind of word must find its id, as lexicon_word finds
 * it from the folded text.  A hash that missed a byte (an apostrophe, a
 * digit, a lowered capital, a Cyrillic letter) would give 0 here. */
static void tokenizer_finds_words_by_their_hash(void **state) {
    (void)state;
    struct lexicon *lx = lexicon_new("en");
    struct vg_err err;
    const char *data = "detained\tout\tdetained\tverb\n"
                       "don't\tneg\n"
                       "g20\tfunc\n"
                       "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b"
                       "\tout\tdetained\tverb\n" /* задержаны */
                       "\xd0\xb5\xd1\x89\xd0\xb5\tfunc\n"; /* еще */
    assert_int_equal(lexicon_load_text("en", "test", vg_str_cstr(data), lx, &err), VG_OK);
    assert_int_equal(lexicon_index(lx, &err), VG_OK);
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct token_list tl = {0};
    /* detained, Detained, don't, DON'T, don\u2019t, g20, G20, ЗАДЕРЖАНЫ, задержаны, ЕЩЁ,
     * de-\ntained, other */
    const char *text = "detained Detained don't DON'T don\xe2\x80\x99t g20 G20 "
                       "\xd0\x97\xd0\x90\xd0\x94\xd0\x95\xd0\xa0\xd0\x96\xd0\x90\xd0\x9d\xd0\xab "
                       "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b "
                       "\xd0\x95\xd0\xa9\xd0\x81 de-\ntained other";
    size_t bad;
    assert_int_equal(tokenize(lx, vg_str_cstr(text), 0, strlen(text), &a, &tl, &bad), VG_OK);
    assert_int_equal(tl.n, 12);
    uint32_t detained = lexicon_word(lx, "detained", 8);
    uint32_t dont = lexicon_word(lx, "don't", 5);
    uint32_t g20 = lexicon_word(lx, "g20", 3);
    uint32_t zad = lexicon_word(lx, "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b", 18);
    uint32_t eshe = lexicon_word(lx, "\xd0\xb5\xd1\x89\xd0\xb5", 6);
    assert_true(detained && dont && g20 && zad && eshe);
    const uint32_t want[12] = {detained, detained, dont, dont, dont, g20,
                               g20,      zad,      zad,  eshe, detained, 0};
    for (size_t i = 0; i < 12; i++)
        assert_int_equal(tl.v[i].word, want[i]);
    /* The hash the tokenizer takes is the one the table was built with. */
    uint32_t h = LEXICON_HASH_INIT;
    for (const char *p = "don't"; *p; p++)
        h = lexicon_hash_step(h, (unsigned char)*p);
    assert_int_equal(lexicon_word_hashed(lx, "don't", 5, h), dont);
    assert_int_equal(lexicon_word_hashed(lx, "don't", 5, h + 1), 0);
    token_list_release(&tl);
    vg_arena_release(&a);
    lexicon_free(lx);
}

static void lexicon_errors_name_the_line(void **state) {
    (void)state;
    struct lexicon *lx = lexicon_new("en");
    struct vg_err err;
    const char *data = "# comment\ndetained\tout\tdetained\tverb\nhundreds\tvague\t999\t200\tx\n";
    assert_int_equal(lexicon_load_text("en", "bad.tsv", vg_str_cstr(data), lx, &err), VG_EINPUT);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.file, "bad.tsv");
    lexicon_free(lx);
}

/* The words a sentence needs one of to be read: one-word number, vague and
 * outcome entries; for longer phrases, a word already an anchor, else the
 * first word.  Qualifiers and units are no anchors. */
static void lexicon_marks_anchor_words(void **state) {
    (void)state;
    struct lexicon *lx = lexicon_new("en");
    struct vg_err err;
    const char *data = "dozen\tvague\t12\t12\tvague.dozen\n"
                       "a dozen\tvague\t12\t12\tvague.dozen\n"
                       "taken into custody\tout\tdetained\tverb\n"
                       "at least\tqual\tmin\n"
                       "days\tunit\ttime\n"
                       "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b"
                       "\tout\tdetained\tverb\n"; /* задержаны */
    assert_int_equal(lexicon_load_text("en", "test", vg_str_cstr(data), lx, &err), VG_OK);
    assert_int_equal(lexicon_index(lx, &err), VG_OK);
    struct { const char *word; int anchor; } want[] = {
        {"dozen", 1}, {"a", 0}, {"taken", 1}, {"into", 0}, {"custody", 0},
        {"at", 0}, {"least", 0}, {"days", 0},
        {"\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd1\x8b", 1},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint32_t id = lexicon_word(lx, want[i].word, strlen(want[i].word));
        assert_true(id != 0);
        if (lx->anchor[id] != want[i].anchor)
            fail_msg("'%s': anchor %d, want %d", want[i].word, lx->anchor[id], want[i].anchor);
    }
    assert_int_equal(lx->anchors_plain, 1);
    lexicon_free(lx);
    /* An anchor with a hyphen: the sentence filter cannot see it, and says so. */
    lx = lexicon_new("en");
    assert_int_equal(lexicon_load_text("en", "test", vg_str_cstr("half-dozen\tvague\t6\t6\tv\n"), lx,
                                       &err), VG_OK);
    assert_int_equal(lexicon_index(lx, &err), VG_OK);
    assert_int_equal(lx->anchors_plain, 0);
    lexicon_free(lx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(splits_on_full_stops),
        cmocka_unit_test(keeps_abbreviations_and_initials),
        cmocka_unit_test(abbreviation_set_finds_listed_words),
        cmocka_unit_test(finds_ends_at_every_offset),
        cmocka_unit_test(quotation_ends_with_its_stop),
        cmocka_unit_test(headline_without_stop_is_a_sentence),
        cmocka_unit_test(joins_hard_wrapped_lines),
        cmocka_unit_test(table_rows_are_sentences_in_wrapped_text),
        cmocka_unit_test(table_row_found_at_every_offset),
        cmocka_unit_test(tokenizer_folds_typography),
        cmocka_unit_test(tokenizer_joins_soft_hyphen_and_reports_bad_utf8),
        cmocka_unit_test(tokenizer_finds_words_by_their_hash),
        cmocka_unit_test(lexicon_errors_name_the_line),
        cmocka_unit_test(lexicon_marks_anchor_words),
    };
    return cmocka_run_group_tests_name("sentence", tests, NULL, NULL);
}
