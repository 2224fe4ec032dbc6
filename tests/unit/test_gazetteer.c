/* Unit tests for the gazetteer (src/extract/gazetteer.c, gazetteer_find.c):
 * finding place names in sentences written for these tests, demonyms,
 * possessives, names of several words, Cyrillic names with Russian case
 * endings, the stop-list, same_place, contains and the lookup preference;
 * the snapshot built in is the table built from the text
 * (gazetteer_snap.c).  The load time is printed, not asserted. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "vigil/arena.h"
#include "vigil/gazetteer.h"
#include "embedded.h"
#include "extract/gazetteer_int.h"

static struct vg_gazetteer *gaz;

static int setup(void **state) {
    (void)state;
    struct vg_err err;
    memset(&err, 0, sizeof err);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int rc = vg_gazetteer_load(&gaz, &err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (rc != VG_OK) {
        fprintf(stderr, "gazetteer: %s (line %ld)\n", err.msg, err.line);
        return -1;
    }
    printf("gazetteer: %zu places loaded in %.2f ms\n", vg_gazetteer_count(gaz),
           (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    vg_gazetteer_free(gaz);
    return 0;
}

#define MAX_HITS 16

static size_t find(const char *s, struct vg_place_hit *hits) {
    return vg_gazetteer_find(gaz, s, strlen(s), hits, MAX_HITS);
}

static const struct vg_place *lookup(const char *name) {
    return vg_gazetteer_lookup(gaz, vg_str_cstr(name));
}

/* Byte offset of `needle` in `s` (the expected start of a hit). */
static size_t off(const char *s, const char *needle) {
    const char *p = strstr(s, needle);
    assert_non_null(p);
    return (size_t)(p - s);
}

/* The hit covers exactly `name` where it first occurs in s, names a place
 * called `place` in country `cc`, with the demonym flag `dem`. */
static void expect_hit(const char *s, const struct vg_place_hit *h, const char *name,
                       const char *place, const char *cc, int dem) {
    assert_int_equal(h->start, off(s, name));
    assert_int_equal(h->end, off(s, name) + strlen(name));
    assert_string_equal(h->place->name, place);
    assert_string_equal(h->place->country, cc);
    assert_int_equal(h->demonym, dem);
}

/* ---- find: Latin script -------------------------------------------------- */

static void finds_city_with_offsets(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Police detained 12 protesters in Almaty on Sunday.";
    assert_int_equal(find(s, h), 1);
    /* "Police detained 12 protesters in " is 33 bytes. */
    assert_int_equal(h[0].start, 33);
    assert_int_equal(h[0].end, 39);
    assert_string_equal(h[0].place->name, "Almaty");
    assert_string_equal(h[0].place->country, "KZ");
    assert_string_equal(h[0].place->country_name, "Kazakhstan");
    assert_int_equal(h[0].place->kind, VG_PLACE_CITY);
    assert_int_equal(h[0].demonym, 0);
}

static void finds_several_in_order(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Marches were held in Bishkek, Tashkent and Dushanbe.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Bishkek", "Bishkek", "KG", 0);
    expect_hit(s, &h[1], "Tashkent", "Tashkent", "UZ", 0);
    expect_hit(s, &h[2], "Dushanbe", "Dushanbe", "TJ", 0);
}

static void finds_demonyms(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Kenyan police said two Kazakh activists and a French reporter were held.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Kenyan", "Kenya", "KE", 1);
    expect_hit(s, &h[1], "Kazakh", "Kazakhstan", "KZ", 1);
    expect_hit(s, &h[2], "French", "France", "FR", 1);
    assert_int_equal(h[0].place->kind, VG_PLACE_COUNTRY);
}

static void finds_plural_demonym(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Hundreds of Ukrainians gathered.";
    assert_int_equal(find(s, h), 1);
    expect_hit(s, &h[0], "Ukrainians", "Ukraine", "UA", 1);
}

static void possessive_is_left_out_of_the_hit(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Kazakhstan's interior ministry denied it; Russia\xE2\x80\x99s did not.";
    assert_int_equal(find(s, h), 2);
    assert_int_equal(h[0].start, 0);
    assert_int_equal(h[0].end, 10);
    assert_string_equal(h[0].place->name, "Kazakhstan");
    assert_int_equal(h[0].demonym, 0);
    expect_hit(s, &h[1], "Russia", "Russia", "RU", 0);
}

static void finds_names_of_several_words(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Crowds filled Buenos Aires, Rio de Janeiro and Santo Tomas.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Buenos Aires", "Buenos Aires", "AR", 0);
    expect_hit(s, &h[1], "Rio de Janeiro", "Rio de Janeiro", "BR", 0);
    expect_hit(s, &h[2], "Santo Tomas", "Santo Tomas", "PH", 0);
    assert_int_equal(h[1].place->kind, VG_PLACE_CITY);
}

static void longest_match_wins(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Clashes in the Krasnodar Krai and in West Kazakhstan Region.";
    assert_int_equal(find(s, h), 2);
    expect_hit(s, &h[0], "Krasnodar Krai", "Krasnodar Krai", "RU", 0);
    expect_hit(s, &h[1], "West Kazakhstan Region", "West Kazakhstan Region", "KZ", 0);
    assert_int_equal(h[0].place->kind, VG_PLACE_REGION);
}

static void finds_hyphenated_names(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "From Nur-Sultan to Alma-Ata and Rostov-on-Don.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Nur-Sultan", "Astana", "KZ", 0);
    expect_hit(s, &h[1], "Alma-Ata", "Almaty", "KZ", 0);
    expect_hit(s, &h[2], "Rostov-on-Don", "Rostov-on-Don", "RU", 0);
}

static void hyphenated_compound_finds_its_parts(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "A Moscow-based group watched the Kazakh-Russian border.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Moscow", "Moscow", "RU", 0);
    expect_hit(s, &h[1], "Kazakh", "Kazakhstan", "KZ", 1);
    expect_hit(s, &h[2], "Russian", "Russia", "RU", 1);
}

static void finds_abbreviations(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "A U.S. envoy flew to St. Petersburg.";
    assert_int_equal(find(s, h), 2);
    expect_hit(s, &h[0], "U.S.", "United States", "US", 0);
    expect_hit(s, &h[1], "St. Petersburg", "Saint Petersburg", "RU", 0);
}

static void finds_regions_by_bare_name(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Protests spread to Balochistan, Dagestan and Mangystau.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Balochistan", "Balochistan", "PK", 0);
    expect_hit(s, &h[1], "Dagestan", "Dagestan", "RU", 0);
    expect_hit(s, &h[2], "Mangystau", "Mangystau Region", "KZ", 0);
    for (int i = 0; i < 3; i++)
        assert_int_equal(h[i].place->kind, VG_PLACE_REGION);
}

static void accents_may_be_left_out(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Rallies in Chisinau and in Sao Paulo.";
    assert_int_equal(find(s, h), 2);
    expect_hit(s, &h[0], "Chisinau", "Chisinau", "MD", 0);
    assert_string_equal(h[1].place->country, "BR");
    assert_int_equal(h[1].end - h[1].start, strlen("Sao Paulo"));
}

/* ---- find: what it must not match ---------------------------------------- */

static void stop_list_words_are_not_places(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Police said Mobile units arrived. Reading the statement, Victoria "
                    "Nice spoke of Union members on Independence Day in March.";
    assert_int_equal(find(s, h), 0);
}

/* A town's name as the last word of a longer proper name: a person's
 * ("Karim Nasri Salem", "(Omar Salem)") or a landmark's ("the Liberty
 * Fountain").  After a preposition of a headline, a word places put before
 * a city, or at a sentence's start, the town is still found. */
static void last_word_of_a_longer_name_is_no_place(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    assert_int_equal(find("The spokesman, Karim Nasri Salem, spoke.", h), 0);
    assert_int_equal(find("CORRESPONDENT (Omar Salem): crowds are growing.", h), 0);
    assert_int_equal(find("They met at the Liberty Fountain at noon.", h), 0);
    assert_int_equal(find("Police in Downtown Salem said so.", h), 1);
    assert_int_equal(find("Marchers In Salem Demand Release", h), 1);
    assert_int_equal(find("Riots broke out. Salem police said so.", h), 1);
}

static void lower_case_words_are_not_places(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "the almaty office and a moscow court said";
    assert_int_equal(find(s, h), 0);
}

static void small_towns_are_not_matched_alone(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    /* Yavlenka (KZ) has under 5,000 people, Matlock (GB) under 15,000: the
     * gazetteer knows them, but text does not find them alone... */
    const struct vg_place *p = lookup("Yavlenka");
    assert_non_null(p);
    assert_true(p->population < 5000);
    assert_non_null(lookup("Matlock"));
    assert_int_equal(find("Talks in Yavlenka and Matlock.", h), 0);
    /* ...while Shetpe, over 5,000 and in Kazakhstan, is found. */
    const char *s = "Workers struck in Shetpe.";
    assert_int_equal(find(s, h), 1);
    expect_hit(s, &h[0], "Shetpe", "Shetpe", "KZ", 0);
}

static void short_words_need_capitals_and_a_country(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "An UK court; Us and Of are words.";
    assert_int_equal(find(s, h), 1);
    expect_hit(s, &h[0], "UK", "United Kingdom", "GB", 0);
}

static void respects_len_and_max(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Almaty and Astana";
    /* Only "Almaty and Ast" is passed: Astana is cut off. */
    assert_int_equal(vg_gazetteer_find(gaz, s, 14, h, MAX_HITS), 1);
    assert_string_equal(h[0].place->name, "Almaty");
    assert_int_equal(vg_gazetteer_find(gaz, s, strlen(s), h, 1), 1);
    assert_int_equal(vg_gazetteer_find(gaz, s, strlen(s), h, 0), 0);
    assert_int_equal(vg_gazetteer_find(gaz, s, 0, h, MAX_HITS), 0);
}

/* ---- find: Cyrillic ------------------------------------------------------- */

static void finds_cyrillic_with_case_endings(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Митинги прошли в Алматы, в Москве, в Уральске, в Гродно и в Нур-Султане.";
    assert_int_equal(find(s, h), 5);
    expect_hit(s, &h[0], "Алматы", "Almaty", "KZ", 0);
    expect_hit(s, &h[1], "Москве", "Moscow", "RU", 0);
    expect_hit(s, &h[2], "Уральске", "Oral", "KZ", 0);
    expect_hit(s, &h[3], "Гродно", "Grodno", "BY", 0);
    expect_hit(s, &h[4], "Нур-Султане", "Astana", "KZ", 0);
}

static void finds_cyrillic_regions_and_compounds(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Задержания в Мангистауской области, в Санкт-Петербурге и в Жанаозене.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Мангистауской области", "Mangystau Region", "KZ", 0);
    expect_hit(s, &h[1], "Санкт-Петербурге", "Saint Petersburg", "RU", 0);
    expect_hit(s, &h[2], "Жанаозене", "Zhanaozen", "KZ", 0);
}

static void finds_cyrillic_countries(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Из Гродно в Беларуси и из Казахстана.";
    assert_int_equal(find(s, h), 3);
    expect_hit(s, &h[0], "Гродно", "Grodno", "BY", 0);
    expect_hit(s, &h[1], "Беларуси", "Belarus", "BY", 0);
    expect_hit(s, &h[2], "Казахстана", "Kazakhstan", "KZ", 0);
}

static void cyrillic_stop_words_are_not_places(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Мир и Свобода; Полиция задержала.";
    assert_int_equal(find(s, h), 0);
}

/* ---- folding ------------------------------------------------------------- */

static void expect_fold(const char *s, const char *want) {
    char key[KEY_MAX];
    size_t n = gaz_fold(KEY_NAME, s, strlen(s), key, sizeof key);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(key, want, n);
}

/* Case, marks, the letters folded by hand, white space and apostrophes,
 * worked out from the rules in gazetteer_int.h. */
static void fold_by_the_rules(void **state) {
    (void)state;
    expect_fold("St.  Petersburg", "nst. petersburg");
    expect_fold(" \tSão\xC2\xA0Paulo \n", "nsao paulo");          /* no-break space */
    expect_fold("\xC5\x81\xC3\xB3" "d\xC5\xBA", "nlodz");              /* Łódź */
    expect_fold("Cote d`Ivoire", "ncote d'ivoire");
    expect_fold("Russia\xE2\x80\x99s", "nrussia's");
    expect_fold("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
                "n\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"); /* Москва */
    char key[4];
    assert_int_equal(gaz_fold(KEY_NAME, "Rome", 4, key, sizeof key), 0); /* does not fit */
    assert_int_equal(gaz_fold(KEY_NAME, " \n ", 3, key, sizeof key), 0); /* no letter */
}

/* Folding a text piece by piece, cut at every code-point boundary, makes
 * the key gaz_fold makes of it whole, the same failures included. */
static void fold_in_pieces_is_fold_whole(void **state) {
    (void)state;
    static const char *const texts[] = {
        "St.  Petersburg", " \tS\xC3\xA3o\xC2\xA0 Paulo \n", "Cote d`Ivoire\xE2\x80\x99s",
        "\xD0\x9D\xD0\xB8\xD0\xB6\xD0\xBD\xD0\xB8\xD0\xB9  " /* Нижний Новгород */
        "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4",
        "A \xFF b", NULL};
    for (const char *const *t = texts; *t; t++) {
        size_t len = strlen(*t);
        for (size_t cap = 2; cap <= 40; cap++) {
            char whole[64], part[64];
            size_t n = gaz_fold(KEY_NAME, *t, len, whole, cap);
            for (size_t cut = 0; cut <= len; cut++) {
                if (cut < len && ((unsigned char)(*t)[cut] & 0xC0) == 0x80)
                    continue; /* inside a code point */
                struct gaz_folder f;
                gaz_fold_start(&f, KEY_NAME, part, cap);
                int rc = gaz_fold_more(&f, *t, cut);
                if (rc == 0)
                    rc = gaz_fold_more(&f, *t + cut, len - cut);
                size_t m = rc == 0 && f.o > 1 ? f.o : 0;
                assert_int_equal(m, n);
                assert_memory_equal(part, whole, n);
            }
        }
    }
}

/* Spans whose keys are folded once and cut to size: a possessive after a
 * name of several words, a full stop after a dotted word, a name after a
 * word that is none. */
static void spans_share_one_fold(void **state) {
    (void)state;
    struct vg_place_hit h[MAX_HITS];
    const char *s = "Rio de Janeiro's mayor and Nur-Sultan\xE2\x80\x99s akim met in "
                    "the U.S. and in Saint  Petersburg.";
    assert_int_equal(find(s, h), 4);
    expect_hit(s, &h[0], "Rio de Janeiro", "Rio de Janeiro", "BR", 0);
    expect_hit(s, &h[1], "Nur-Sultan", "Astana", "KZ", 0);
    expect_hit(s, &h[2], "U.S.", "United States", "US", 0);
    expect_hit(s, &h[3], "Saint  Petersburg", "Saint Petersburg", "RU", 0);
}

/* ---- lookup -------------------------------------------------------------- */

static void lookup_prefers_countries_then_regions_then_big_cities(void **state) {
    (void)state;
    const struct vg_place *p = lookup("Georgia"); /* the country, not the US state */
    assert_non_null(p);
    assert_int_equal(p->kind, VG_PLACE_COUNTRY);
    assert_string_equal(p->country, "GE");
    p = lookup("Moscow"); /* Russia's, not Idaho's */
    assert_non_null(p);
    assert_string_equal(p->country, "RU");
    assert_int_equal(p->kind, VG_PLACE_CITY);
    p = lookup("Victoria"); /* the Australian state outranks the Canadian city */
    assert_non_null(p);
    assert_int_equal(p->kind, VG_PLACE_REGION);
    assert_string_equal(p->country, "AU");
    p = lookup("Aktau"); /* the port of 150,000, not the villages of the same name */
    assert_non_null(p);
    assert_true(p->population > 100000);
    assert_string_equal(p->region, "Mangystau Region");
}

static void lookup_prefers_a_city_to_its_namesake_region(void **state) {
    (void)state;
    const struct vg_place *p = lookup("Aktobe");
    assert_non_null(p);
    assert_int_equal(p->kind, VG_PLACE_CITY);
    assert_string_equal(p->region, "Aktobe Region");
    p = lookup("Minsk");
    assert_non_null(p);
    assert_int_equal(p->kind, VG_PLACE_CITY);
    p = lookup("Aktobe Region");
    assert_non_null(p);
    assert_int_equal(p->kind, VG_PLACE_REGION);
}

static void lookup_any_name_any_case(void **state) {
    (void)state;
    const struct vg_place *a = lookup("ALMATY"), *b = lookup("алма-ата");
    assert_non_null(a);
    assert_ptr_equal(a, b);
    assert_ptr_equal(lookup("Уральске"), lookup("Oral"));
    assert_null(lookup("Xyzzyville"));
    assert_null(vg_gazetteer_lookup(gaz, VG_STR_NULL));
    const struct vg_place *kz = lookup("Kazakh"); /* a demonym, as a last resort */
    assert_non_null(kz);
    assert_string_equal(kz->name, "Kazakhstan");
}

static void country_by_code(void **state) {
    (void)state;
    const struct vg_place *p = vg_gazetteer_country(gaz, "KZ");
    assert_non_null(p);
    assert_string_equal(p->name, "Kazakhstan");
    assert_ptr_equal(vg_gazetteer_country(gaz, "kz"), p);
    assert_null(vg_gazetteer_country(gaz, "XX"));
    assert_null(vg_gazetteer_country(gaz, "KAZ"));
    assert_null(vg_gazetteer_country(gaz, ""));
}

/* ---- same_place and contains ---------------------------------------------- */

static void same_place_across_names(void **state) {
    (void)state;
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Uralsk"), VG_STR("Oral")));
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Astana"), VG_STR("Nur-Sultan")));
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Akmola"), VG_STR("Астана")));
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Kiev"), VG_STR("Kyiv")));
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Hrodna"), VG_STR("Гродно")));
    assert_true(vg_gazetteer_same_place(gaz, VG_STR("Almaty"), VG_STR("Alma-Ata")));
    assert_false(vg_gazetteer_same_place(gaz, VG_STR("Almaty"), VG_STR("Astana")));
    assert_false(vg_gazetteer_same_place(gaz, VG_STR("Almaty"), VG_STR("Almaty Region")));
    assert_false(vg_gazetteer_same_place(gaz, VG_STR("Xyzzy"), VG_STR("Xyzzy")));
}

static void contains_follows_regions_and_countries(void **state) {
    (void)state;
    const struct vg_place *kz = vg_gazetteer_country(gaz, "KZ"), *ru = lookup("Russia");
    const struct vg_place *mang = lookup("Mangystau Region"), *aktau = lookup("Aktau");
    const struct vg_place *zhan = lookup("Zhanaozen"), *almaty = lookup("Almaty");
    const struct vg_place *krai = lookup("Krasnodar Krai"), *krasnodar = lookup("Krasnodar");
    assert_non_null(kz);
    assert_non_null(mang);
    assert_non_null(krai);
    assert_true(vg_gazetteer_contains(kz, almaty));
    assert_true(vg_gazetteer_contains(kz, mang));
    assert_true(vg_gazetteer_contains(mang, aktau));
    assert_true(vg_gazetteer_contains(mang, zhan));
    assert_true(vg_gazetteer_contains(krai, krasnodar));
    assert_true(vg_gazetteer_contains(ru, krasnodar));
    assert_true(vg_gazetteer_contains(almaty, almaty));
    assert_false(vg_gazetteer_contains(mang, almaty));
    assert_false(vg_gazetteer_contains(ru, almaty));
    assert_false(vg_gazetteer_contains(aktau, mang));
    assert_false(vg_gazetteer_contains(NULL, almaty));
}

static void contains_districts_in_their_city(void **state) {
    (void)state;
    const struct vg_place *moscow = lookup("Moscow"), *yasenevo = lookup("Yasenevo");
    assert_non_null(yasenevo);
    assert_int_equal(yasenevo->kind, VG_PLACE_DISTRICT);
    assert_true(vg_gazetteer_contains(moscow, yasenevo));
    assert_true(vg_gazetteer_contains(lookup("Russia"), yasenevo));
    assert_false(vg_gazetteer_contains(lookup("Saint Petersburg"), yasenevo));
}

/* Each of the loader's allocations failing in turn, until it makes no
 * more than are allowed: a clean VG_ENOMEM, no gazetteer, nothing leaked
 * (ASan checks that).  A load from the snapshot allocates little: it
 * reads most tables where they lie. */
static void load_fails_cleanly_without_memory(void **state) {
    (void)state;
    long n = 1;
    for (; n <= 64; n++) {
        struct vg_gazetteer *g = (struct vg_gazetteer *)&n;
        struct vg_err err;
        memset(&err, 0, sizeof err);
        vg_fail_alloc_after = n;
        int rc = vg_gazetteer_load(&g, &err);
        vg_fail_alloc_after = 0;
        if (rc == VG_OK) {
            assert_non_null(g);
            vg_gazetteer_free(g);
            break;
        }
        assert_int_equal(rc, VG_ENOMEM);
        assert_int_equal(err.code, VG_ENOMEM);
        assert_null(g);
    }
    assert_true(n > 1 && n <= 64); /* it allocates, and not without end */
}

/* Do two tables hold the same places, keys, chains and bitsets, byte for
 * byte where the bytes are set? */
static void assert_same_table(const struct vg_gazetteer *a, const struct vg_gazetteer *b) {
    assert_int_equal(a->n_places, b->n_places);
    assert_int_equal(a->names_len, b->names_len);
    assert_int_equal(a->keys_len, b->keys_len);
    assert_int_equal(a->n_slots, b->n_slots);
    assert_int_equal(a->n_entries, b->n_entries);
    assert_int_equal(a->n_pairs, b->n_pairs);
    assert_memory_equal(a->names, b->names, a->names_len);
    assert_memory_equal(a->keys, b->keys, a->keys_len);
    for (size_t i = 0; i < a->n_places; i++) {
        const struct place_rec *x = &a->places[i], *y = &b->places[i];
        assert_string_equal(x->pub.name, y->pub.name);
        assert_string_equal(x->pub.country, y->pub.country);
        assert_true(x->pub.kind == y->pub.kind && x->pub.population == y->pub.population &&
                    x->pub.id == y->pub.id && x->index == y->index && x->region == y->region &&
                    x->weak == y->weak);
        assert_true((x->pub.region == NULL) == (y->pub.region == NULL));
        assert_true((x->pub.country_name == NULL) == (y->pub.country_name == NULL));
        assert_true(x->up ? y->up && x->up - a->places == y->up - b->places : !y->up);
    }
    for (size_t i = 0; i < a->n_slots; i++) {
        assert_int_equal(a->slots[i].entry, b->slots[i].entry);
        if (a->slots[i].entry >= 0)
            assert_int_equal(a->slots[i].hash, b->slots[i].hash);
    }
    for (size_t i = 0; i < a->n_entries; i++)
        assert_true(a->entries[i].key_off == b->entries[i].key_off &&
                    a->entries[i].key_len == b->entries[i].key_len &&
                    a->entries[i].head == b->entries[i].head);
    for (size_t i = 0; i < a->n_pairs; i++)
        assert_true(a->pairs[i].place == b->pairs[i].place &&
                    a->pairs[i].next == b->pairs[i].next && a->pairs[i].how == b->pairs[i].how);
    assert_memory_equal(a->first, b->first, GAZ_FIRST_BITS / 8);
    assert_memory_equal(a->first_words, b->first_words, GAZ_FIRST_BITS / 4);
}

/* The table built from the text, its snapshot loaded again, and the table
 * vg_gazetteer_load gives (from the snapshot built in) are the same; a
 * snapshot of other data, or cut short, is refused. */
static void snapshot_is_the_table_built_from_text(void **state) {
    (void)state;
    struct vg_err err;
    memset(&err, 0, sizeof err);
    struct vg_gazetteer *text = NULL, *again = NULL;
    assert_int_equal(gaz_load_text(&text, &err), VG_OK);
    assert_same_table(text, gaz);
    struct vg_buf b;
    vg_buf_init(&b, (size_t)1 << 30);
    size_t places_len = vg_embedded_find("gazetteer/places.tsv").len;
    size_t stop_len = vg_embedded_find("gazetteer/stoplist.tsv").len;
    assert_int_equal(gaz_snapshot_make(text, places_len, stop_len, &b), 0);
    struct vg_str snap = vg_str_make(b.ptr, b.len);
    assert_int_equal(gaz_snapshot_load(snap, places_len, stop_len, &again), VG_OK);
    assert_same_table(text, again);
    vg_gazetteer_free(again);
    again = (struct vg_gazetteer *)&b;
    assert_int_equal(gaz_snapshot_load(snap, places_len + 1, stop_len, &again), VG_EINPUT);
    assert_null(again);
    snap.len -= 8;
    assert_int_equal(gaz_snapshot_load(snap, places_len, stop_len, &again), VG_EINPUT);
    assert_null(again);
    vg_buf_release(&b);
    vg_gazetteer_free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_city_with_offsets),
        cmocka_unit_test(finds_several_in_order),
        cmocka_unit_test(finds_demonyms),
        cmocka_unit_test(finds_plural_demonym),
        cmocka_unit_test(possessive_is_left_out_of_the_hit),
        cmocka_unit_test(finds_names_of_several_words),
        cmocka_unit_test(longest_match_wins),
        cmocka_unit_test(finds_hyphenated_names),
        cmocka_unit_test(hyphenated_compound_finds_its_parts),
        cmocka_unit_test(finds_abbreviations),
        cmocka_unit_test(finds_regions_by_bare_name),
        cmocka_unit_test(accents_may_be_left_out),
        cmocka_unit_test(stop_list_words_are_not_places),
        cmocka_unit_test(last_word_of_a_longer_name_is_no_place),
        cmocka_unit_test(lower_case_words_are_not_places),
        cmocka_unit_test(small_towns_are_not_matched_alone),
        cmocka_unit_test(short_words_need_capitals_and_a_country),
        cmocka_unit_test(respects_len_and_max),
        cmocka_unit_test(finds_cyrillic_with_case_endings),
        cmocka_unit_test(finds_cyrillic_regions_and_compounds),
        cmocka_unit_test(finds_cyrillic_countries),
        cmocka_unit_test(cyrillic_stop_words_are_not_places),
        cmocka_unit_test(fold_by_the_rules),
        cmocka_unit_test(fold_in_pieces_is_fold_whole),
        cmocka_unit_test(spans_share_one_fold),
        cmocka_unit_test(lookup_prefers_countries_then_regions_then_big_cities),
        cmocka_unit_test(lookup_prefers_a_city_to_its_namesake_region),
        cmocka_unit_test(lookup_any_name_any_case),
        cmocka_unit_test(country_by_code),
        cmocka_unit_test(same_place_across_names),
        cmocka_unit_test(contains_follows_regions_and_countries),
        cmocka_unit_test(contains_districts_in_their_city),
        cmocka_unit_test(load_fails_cleanly_without_memory),
        cmocka_unit_test(snapshot_is_the_table_built_from_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
