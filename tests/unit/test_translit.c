/* Unit tests for person names across scripts: the comparison keys and
 * matching of vigil/translit.h, the Russian nominative of
 * src/extract/name_case.c, and persons merged within one extracted report.
 * All names are invented for these tests. */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "extract/name_case.h"
#include "extract/name_index.h"
#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/extract.h"
#include "vigil/translit.h"

/* One person written in several ways: Cyrillic first, then the
 * romanisations different systems give.  Every pair must match at tier 1
 * (the same key, under one of the readings of j). */
static const char *const same_person[][5] = {
    {"Бахыт Сериков", "Bakhyt Serikov", "Bahyt Serikov", "Bakhyt Serikov", NULL},
    {"Жулдыз Ахметжанова", "Zhuldyz Akhmetzhanova", "Juldyz Ahmetjanova", "Zhuldiz Akhmetzhanova",
     NULL},
    {"Әлия Қасымова", "Aliya Kasymova", "Aliia Qasymova", "Alija Kassymova", NULL},
    {"Нұрлан Өтебаев", "Nurlan Otebayev", "Nurlan Otebaev", "Nurlan Ötebaev", NULL},
    {"Евгений Царёв", "Yevgeniy Tsaryov", "Evgenii Tsarev", "Jevgenij Carev", NULL},
    {"Фёдор Хабибуллин", "Fyodor Khabibullin", "Fedor Habibulin", "Fiodor Khabibullin", NULL},
    {"Дмитрий Ильич Жуковский", "Dmitriy Ilyich Zhukovskiy", "Dmitry Ilich Zhukovsky",
     "Dmitrii Il'ich Zhukovskii", NULL},
    {"Ерлан Жақсылықов", "Yerlan Zhaksylykov", "Erlan Jaqsylyqov", "Erlan Zhaksylykov", NULL},
    {"Гүлнар Шерипова", "Gülnar Şerıpova", "Gulnar Sheripova", "Gulnar Sheripova", NULL},
    {"Айгерім Тоқтарова", "Aigerim Toktarova", "Aygerim Toqtarova", "Ajgerim Toktarova", NULL},
    {"Сергей Воробьёв", "Sergey Vorobyov", "Sergei Vorobiev", "Sergej Vorobjov", NULL},
    {"Ксения Мельничук", "Kseniya Melnichuk", "Ksenia Mel'nichuk", "Xenia Melnichuk", NULL},
    {"Хадижат Магомедова", "Khadizhat Magomedova", "Hadijat Magomedova", "Khadijat Magomedova",
     NULL},
    {"Данияр Әбдіхалықов", "Daniyar Abdikhalykov", "Daniiar Abdihalykov", "Danijar Abdikhalykov",
     NULL},
    {"Мирон Щукин", "Miron Shchukin", "Miron Schukin", "Miron Shukin", NULL},
    {"Анастасия Ященко", "Anastasiya Yashchenko", "Anastasia Iashchenko", "Anastasija Jashchenko",
     NULL},
    {"Илья Соловьёв", "Ilya Solovyov", "Ilia Soloviev", "Il'ya Solov'ev", NULL},
    {"Юрий Гаджиев", "Yuriy Gadzhiyev", "Yury Gadzhiev", "Iurii Gadjiev", NULL},
    {"Николай Цхай", "Nikolay Tskhay", "Nikolai Tskhai", "Nikolaj Tzkhai", NULL},
    {"Махамбет Абжан", "Makhambet Abzhan", "Mahambet Abjan", "MAKHAMBET ABZHAN", NULL},
};

/* Different people with close names: no tier at all. */
static const char *const different[][2] = {
    {"Бахыт Сериков", "Bakhyt Serikova"},      /* his wife */
    {"Марат Сериков", "Murat Serikov"},        {"Алина Петрова", "Alena Petrova"},
    {"Иван Петров", "Ivan Petrenko"},          {"Руслан Ахмедов", "Ruslan Akhmetov"},
    {"Сергей Иванов", "Sergei Ivanovich"},     {"Дина Ким", "Dana Kim"},
    {"Айжан Бекова", "Aizat Bekova"},          {"Ерлан Касымов", "Erlan Kasymbekov"},
    {"Олег Жуков", "Oleg Zhukovsky"},          {"Тимур Валиев", "Timur Aliev"},
    {"Юлия Сокол", "Ilya Sokol"},              {"Инна Лосева", "Anna Loseva"},
    {"Нурлан Тлеубаев", "Nurlan Tleubayeva"},  {"Данияр Серик", "Daniyar Serikov"},
    {"Ольга Кравчук", "Olga Kravchenko"},      {"Азамат Жумабеков", "Azat Zhumabekov"},
    {"Гульнар Исаева", "Gulnara Isayeva"},     {"", "Ivan Petrov"},
    {"...", "Ivan Petrov"},
};

static void same_person_matches(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof same_person / sizeof same_person[0]; i++)
        for (size_t a = 0; same_person[i][a]; a++)
            for (size_t b = 0; same_person[i][b]; b++) {
                int t = vg_names_match(vg_str_cstr(same_person[i][a]),
                                       vg_str_cstr(same_person[i][b]));
                if (t != 1)
                    fail_msg("'%s' vs '%s': tier %d, want 1", same_person[i][a],
                             same_person[i][b], t);
            }
}

static void different_people_do_not_match(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof different / sizeof different[0]; i++) {
        struct vg_str a = vg_str_cstr(different[i][0]), b = vg_str_cstr(different[i][1]);
        if (vg_names_match(a, b) || vg_names_match(b, a))
            fail_msg("'%s' and '%s' matched", different[i][0], different[i][1]);
    }
}

static int key_is(int jy, const char *name, const char *want) {
    struct vg_buf b;
    vg_buf_init(&b, 0);
    assert_int_equal(jy ? vg_name_key_jy(vg_str_cstr(name), &b) : vg_name_key(vg_str_cstr(name), &b),
                     0);
    int ok = b.len == strlen(want) && (b.len == 0 || memcmp(b.ptr, want, b.len) == 0);
    if (!ok)
        print_error("key of '%s' is '%s', want '%s'\n", name, b.ptr ? b.ptr : "", want);
    vg_buf_release(&b);
    return ok;
}

/* Keys worked out by the rules of vg_name_key:
 *  Жақсылықов: ж zh, а, қ k, с, ы y, л, ы y, қ k, о, в -> zhaksylykov;
 *    zh -> j, y -> i: jaksilikov.
 *  Şerıpova: ş sh, ı i -> sheripova; no rule applies further.
 *  Andrej: j after e and at the end -> i: andrei.  Majorov: j between
 *    vowels stays: majorov; read as y it is maiorov, io -> e: maerov.
 *  Воробьёв: ь dropped, ё loses its mark: vorobev.
 *  Qasym-Zhomart: q -> k, y -> i, the hyphen breaks words: kasim jomart.
 *  Tskhay: ts -> c, kh -> h, y -> i: chai. */
static void keys(void **state) {
    (void)state;
    assert_true(key_is(0, "Жақсылықов", "jaksilikov"));
    assert_true(key_is(0, "Şerıpova", "sheripova"));
    assert_true(key_is(0, "Andrej", "andrei"));
    assert_true(key_is(0, "Majorov", "majorov"));
    assert_true(key_is(1, "Majorov", "maerov"));
    assert_true(key_is(0, "Воробьёв", "vorobev"));
    assert_true(key_is(0, "Qasym-Zhomart", "kasim jomart"));
    assert_true(key_is(0, "Tskhay", "chai"));
    assert_true(key_is(0, "ОЛЬГА", "olga"));
    assert_true(key_is(0, " - ", ""));
    /* O’Neil: the apostrophe dropped, oneil; Щукин: щ shch -> sh, shukin;
     * the hyphen and the space break words, 2nd stays. */
    assert_true(key_is(0, "O\xe2\x80\x99Neil-Щукин 2nd", "oneil shukin 2nd"));
    /* Ё folds to ё, loses its mark: e; ж zh -> j (between vowels, it
     * stays j): ejikov.  Ў folds to ў, loses its breve: u; so does ў:
     * usau. */
    assert_true(key_is(0, "ЁЖИКОВ", "ejikov"));
    assert_true(key_is(0, "Ўсаў", "usau"));
}

/* Tiers other than 1. */
static void tiers(void **state) {
    (void)state;
    struct {
        const char *a, *b;
        int tier;
    } cases[] = {
        {"Сериков Бахыт", "Bakhyt Serikov", 2},
        {"Серикова Жанель", "Zhanel Serikova", 2},
        {"Сериков", "Bakhyt Serikov", 3},
        {"Бахыт Сериков", "Bakhyt Tulegenovich Serikov", 3},
        {"Тулегенович", "Bakhyt Tulegenovich Serikov", 0},
        {"Серикова", "Bakhyt Serikov", 0},
        /* j read as zh on one side and y on the other cannot meet. */
        {"Jana Serikova", "Яна Серикова", 1},
        {"Janar Serikova", "Жанар Серикова", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = vg_names_match(vg_str_cstr(cases[i].a), vg_str_cstr(cases[i].b));
        int back = vg_names_match(vg_str_cstr(cases[i].b), vg_str_cstr(cases[i].a));
        if (got != cases[i].tier || back != cases[i].tier)
            fail_msg("'%s' vs '%s': tiers %d/%d, want %d", cases[i].a, cases[i].b, got, back,
                     cases[i].tier);
    }
}

/* The nominative, worked out by hand from the declensions (see
 * name_case.c); NULL where the name is already nominative or cannot be
 * read. */
static void nominatives(void **state) {
    (void)state;
    static const char *const cases[][2] = {
        /* Women: -ов surnames after a given name of the list. */
        {"Ольгу Шаповалову", "Ольга Шаповалова"},
        {"Ольги Шаповаловой", "Ольга Шаповалова"},
        {"Ольге Шаповаловой", "Ольга Шаповалова"},
        {"Ольгой Шаповаловой", "Ольга Шаповалова"},
        {"Ксению Лаврентьеву", "Ксения Лаврентьева"},
        {"Марией Сокольской", "Мария Сокольская"},
        {"Дарью Сокольскую", "Дарья Сокольская"},
        {"Анастасией Ященко", "Анастасия Ященко"},
        {"Ксении Мельничук", "Ксения Мельничук"},
        /* Kazakh women's names do not decline: the surname tells. */
        {"Жулдыз Ахметжанову", "Жулдыз Ахметжанова"},
        {"Жулдыз Ахметжановой", "Жулдыз Ахметжанова"},
        {"Гаухар Темирбековой", "Гаухар Темирбекова"},
        {"Асель Нуртазиной", "Асель Нуртазина"},
        /* Men. */
        {"Болата Серикова", "Болат Сериков"},
        {"Болату Серикову", "Болат Сериков"},
        {"Болатом Сериковым", "Болат Сериков"},
        {"Болате Серикове", "Болат Сериков"},
        {"Сергея Воробьёва", "Сергей Воробьёв"},
        {"Дмитрия Жуковского", "Дмитрий Жуковский"},
        {"Дмитрием Ильичом Жуковским", "Дмитрий Ильич Жуковский"},
        {"Мирона Мельничука", "Мирон Мельничук"},
        {"Павла Кравца", "Павел Кравец"},
        {"Игорю Белых", "Игорь Белых"},
        {"Никиту Лаптева", "Никита Лаптев"},
        {"Ильи Соловьёва", "Илья Соловьёв"},
        {"Тимура Луговского", "Тимур Луговский"},
        {"Ерлана Толстого", "Ерлан Толстой"},
        {"Нурлана Абжана", "Нурлан Абжан"},
        {"Татьяну Петровну Круглову", "Татьяна Петровна Круглова"},
        /* Surname first. */
        {"Серикова Болата", "Сериков Болат"},
        /* A given name not in the list: the surname ending tells. */
        {"Зарифе Бекмуратовой", "Зарифа Бекмуратова"},
        {"Джамбулатом Исраиловым", "Джамбулат Исраилов"},
        {"Сымбату Оспановой", NULL}, /* accusative and dative cannot both hold */
        /* Already nominative, or not a Russian name. */
        {"Ольга Шаповалова", NULL},
        {"Болат Сериков", NULL},
        {"Бахыт Сериков", NULL}, /* a name the list lacks, and no telling ending */
        {"Дарья Сокольская", NULL},
        {"Алеся Гурская", NULL},
        {"Жулдыз Ахметжанова", NULL},
        {"Зарифа Бекмуратова", NULL},
        {"Olga Shapovalova", NULL},
        {"Ольга", NULL},
        {"Мария Анна Петровна Сокольская", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[NAME_CASE_MAX];
        size_t n = name_case_nominative(vg_str_cstr(cases[i][0]), out, sizeof out);
        const char *want = cases[i][1];
        if (!want ? n != 0 : (n != strlen(want) || memcmp(out, want, n) != 0))
            fail_msg("nominative of '%s' is '%.*s', want '%s'", cases[i][0], (int)n, out,
                     want ? want : "(unchanged)");
    }
    char tiny[8];
    assert_int_equal(name_case_nominative(vg_str_cstr("Ольгу Шаповалову"), tiny, sizeof tiny), 0);
}

static int has_form(char (*forms)[NAME_CASE_MAX], size_t n, const char *want) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(forms[i], want) == 0)
            return 1;
    return 0;
}

static void surname_forms(void **state) {
    (void)state;
    char f[8][NAME_CASE_MAX];
    size_t n = name_case_surname_forms(vg_str_cstr("Шаповаловой"), f, 8);
    assert_true(n >= 2);
    assert_string_equal(f[0], "Шаповаловой");
    assert_true(has_form(f, n, "Шаповалова"));
    n = name_case_surname_forms(vg_str_cstr("Серикову"), f, 8);
    assert_true(has_form(f, n, "Сериков") && has_form(f, n, "Серикова"));
    n = name_case_surname_forms(vg_str_cstr("Луговского"), f, 8);
    assert_true(has_form(f, n, "Луговский"));
    n = name_case_surname_forms(vg_str_cstr("Толстого"), f, 8);
    assert_true(has_form(f, n, "Толстой"));
    n = name_case_surname_forms(vg_str_cstr("Serikov"), f, 8);
    assert_int_equal(n, 1);
    assert_int_equal(name_case_list_unsorted(), 0);
}

/* Persons of one extracted report: the nominative, and mentions merged. */
static struct vg_extractor *X;

/* Names romanised by the table of vg_name_romanise, each worked out by
 * hand letter by letter. */
static const char *const romanised[][2] = {
    {"Ерлан Жақсылықов", "Erlan Zhaksylykov"},      /* е at a word's start, қ */
    {"Дмитрий Ильич Жуковский", "Dmitry Ilyich Zhukovsky"}, /* -ий, ьи */
    {"Юрий Гаджиев", "Yury Gadzhiyev"},             /* е after a vowel */
    {"Анастасия Ященко", "Anastasiya Yashchenko"},  /* я, щ */
    {"Сергей Воробьёв", "Sergei Vorobyov"},          /* й inside, ьё */
    {"Фёдор Хабибуллин", "Fyodor Khabibullin"},      /* ё, х */
    {"Ксения Мельничук", "Kseniya Melnichuk"},       /* ь before a consonant */
    {"Евгений Царёв", "Evgeny Tsaryov"},             /* ц */
    {"Илья Соловьёв", "Ilya Solovyov"},              /* ья */
    {"Николай Цхай", "Nikolai Tskhai"},              /* final -ай */
    {"Зоя Маевская", "Zoya Mayevskaya"},
    {"Алексей Аверьянов", "Aleksei Averyanov"},
    {"Семён Подъячев", "Semyon Podyachev"},           /* ъя */
    {"Пётр Жёлудев", "Pyotr Zheludev"},               /* ё after ж */
    {"Олег Белый", "Oleg Bely"},                      /* -ый */
    {"Глеб Толстой", "Gleb Tolstoi"},                 /* -ой */
    {"Гела Чхиквадзе", "Gela Chkhikvadze"},
    {"Эмма Шульц", "Emma Shults"},                    /* э */
    {"Кирилл Ананьев", "Kirill Ananyev"},             /* ье */
    {"Әйгерім Ноғайбаева", "Aigerim Nogaibayeva"},     /* ә і ғ */
    {"Ұлан Үсенов", "Ulan Usenov"},                    /* ұ ү */
    {"Ғалымжан Өмірзақ", "Galymzhan Omirzak"},         /* ө */
    {"Ж. Ахметова", "Zh. Akhmetova"},                  /* an initial */
    {"Анна-Мария Ершова", "Anna-Mariya Ershova"},      /* a hyphen starts a word */
    {"БАХЫТ ЩЕРБАКОВ", "BAKHYT SHCHERBAKOV"},          /* capitals */
    {"ИЛЬИН", "ILYIN"},
    {"Ivan Петров", "Ivan Petrov"},                    /* Latin kept */
    {"Anna O'Neill", "Anna O'Neill"},
    {"", ""},
};

static void romanise(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    for (size_t i = 0; i < sizeof romanised / sizeof romanised[0]; i++) {
        struct vg_buf b;
        vg_buf_init(&b, 0);
        assert_int_equal(vg_name_romanise(vg_str_cstr(romanised[i][0]), &b), 0);
        if (!vg_str_eq_cstr(vg_buf_str(&b), romanised[i][1]))
            fail_msg("'%s' gave '%.*s', want '%s'", romanised[i][0], (int)b.len,
                     b.ptr ? b.ptr : "", romanised[i][1]);
        vg_buf_release(&b);
        struct vg_str r;
        struct vg_str in = vg_str_cstr(romanised[i][0]);
        assert_int_equal(vg_name_romanise_arena(&a, in, &r), 0);
        assert_true(vg_str_eq_cstr(r, romanised[i][1]));
        /* A name without Cyrillic is given back as it is, not copied. */
        if (strcmp(romanised[i][0], romanised[i][1]) == 0)
            assert_ptr_equal(r.ptr, in.ptr);
        /* The romanisation is the same person to the comparison keys. */
        if (in.len && vg_names_match(in, r) != 1)
            fail_msg("'%s' and '%s' are not one person", romanised[i][0], romanised[i][1]);
    }
    /* Invalid UTF-8 is copied byte for byte. */
    struct vg_buf b;
    vg_buf_init(&b, 0);
    assert_int_equal(vg_name_romanise(vg_str_make("\xffОм", 5), &b), 0);
    assert_true(vg_str_eq_cstr(vg_buf_str(&b), "\xffOm"));
    vg_buf_release(&b);
    /* A buffer too small refuses. */
    vg_buf_init(&b, 4);
    assert_int_equal(vg_name_romanise(vg_str_cstr("Щербаков"), &b), -1);
    vg_buf_release(&b);
    vg_arena_release(&a);
}

/* Names of their own and parts of them, for the index of names by word. */
static const char *const parts[] = {
    "Serikov", "Bakhyt", "Akhmetzhanova", "Zhuldyz Akhmetzhanova", "Ivan Petrovich Sidorov",
    "Sidorov", "Ivan Sidorov", "Petrovich", "Anna", "J. Jovanovic", "Jovanovic Jelena",
    "Jelena", "Yelena Yovanovich", "Kim", "Dana Kim", "Сидоров", "Иван Сидоров",
};

/* Every name of the tests above and of `parts`, in one list. */
static size_t all_names(const char **out, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < sizeof same_person / sizeof same_person[0]; i++)
        for (size_t a = 0; same_person[i][a] && n < max; a++)
            out[n++] = same_person[i][a];
    for (size_t i = 0; i < sizeof different / sizeof different[0] && n + 2 <= max; i++) {
        out[n++] = different[i][0];
        out[n++] = different[i][1];
    }
    for (size_t i = 0; i < sizeof parts / sizeof parts[0] && n < max; i++)
        out[n++] = parts[i];
    return n;
}

/* The index of names by word finds, for every name, the first name before
 * it that matches it at any tier and at tier 3, as comparing it with each
 * does: two names match only when their keys share a word. */
static void name_index_finds_every_match(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    const char *names[256];
    size_t n = all_names(names, 256);
    struct vg_name_keys keys[256];
    struct name_index x;
    memset(&x, 0, sizeof x);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(vg_name_keys_make(&a, vg_str_cstr(names[i]), &keys[i]), 0);
        size_t cand[256];
        size_t nc = name_index_candidates(&x, &keys[i], cand, 256);
        if (names[i][0] == '\0' || strcmp(names[i], "...") == 0) {
            assert_true(nc == 0 || nc == SIZE_MAX); /* no letters: no word, no match */
        } else {
            assert_true(nc != SIZE_MAX);
            for (size_t k = 1; k < nc; k++)
                assert_true(cand[k - 1] < cand[k] && cand[k] < i);
        }
        for (int tier3 = 0; tier3 < 2; tier3++) {
            size_t want = SIZE_MAX, got = SIZE_MAX;
            for (size_t j = 0; j < i && want == SIZE_MAX; j++) {
                int t = vg_name_keys_match(&keys[j], &keys[i]);
                if (tier3 ? t == 3 : t != 0)
                    want = j;
            }
            for (size_t k = 0; nc != SIZE_MAX && k < nc && got == SIZE_MAX; k++) {
                int t = vg_name_keys_match(&keys[cand[k]], &keys[i]);
                if (tier3 ? t == 3 : t != 0)
                    got = cand[k];
            }
            if (nc != SIZE_MAX && got != want)
                fail_msg("'%s': first match %zu by the index, %zu by every name", names[i], got,
                         want);
        }
        assert_int_equal(name_index_add(&x, &a, &keys[i], i), VG_OK);
    }
    /* A word many names share: more candidates than asked for. */
    size_t few[1];
    struct vg_name_keys ivan;
    assert_int_equal(vg_name_keys_make(&a, vg_str_cstr("Ivan"), &ivan), 0);
    assert_int_equal(name_index_candidates(&x, &ivan, few, 1), SIZE_MAX);
    vg_arena_release(&a);
}

static struct vg_report *extract(struct vg_arena *a, const char *text) {
    struct vg_extract_opts o = {.doc = "t", .lang = "ru", .published = VG_NO_DATE};
    struct vg_report *r = NULL;
    assert_int_equal(vg_extract(X, a, vg_str_cstr(text), &o, &r), VG_OK);
    return r;
}

/* Person i is `name` (romanised), written `written`, with status st. */
static void person_is(const struct vg_report *r, size_t i, const char *name, const char *written,
                      enum vg_what st) {
    assert_true(i < r->n_persons);
    if (!vg_str_eq_cstr(r->persons[i].name, name))
        fail_msg("person %zu is '%.*s', want '%s'", i, (int)r->persons[i].name.len,
                 r->persons[i].name.ptr, name);
    if (!vg_str_eq_cstr(r->persons[i].written, written))
        fail_msg("person %zu is written '%.*s', want '%s'", i, (int)r->persons[i].written.len,
                 r->persons[i].written.ptr, written);
    assert_int_equal(r->persons[i].status, st);
}

static void persons_in_reports(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_report *r = extract(&a, "В Шымкенте полиция задержала Ольгу Шаповалову. "
                                      "Позже Шаповалову оштрафовали.");
    assert_int_equal(r->n_persons, 1);
    person_is(r, 0, "Olga Shapovalova", "Ольга Шаповалова", VG_SANCTIONED);

    r = extract(&a, "Болата Серикова задержали у акимата. Болат Сериков был освобожден "
                    "вечером.");
    assert_int_equal(r->n_persons, 1);
    person_is(r, 0, "Bolat Serikov", "Болат Сериков", VG_DETAINED);

    r = extract(&a, "Задержаны 12 человек, среди них Нурлан Абжан и Жулдыз Ахметжанова.");
    assert_int_equal(r->n_persons, 2);
    person_is(r, 0, "Nurlan Abzhan", "Нурлан Абжан", VG_DETAINED);
    person_is(r, 1, "Zhuldyz Akhmetzhanova", "Жулдыз Ахметжанова", VG_DETAINED);

    r = extract(&a, "Фотограф нашего издания Мирон Щукин был задержан во время съемки.");
    assert_int_equal(r->n_persons, 1);
    person_is(r, 0, "Miron Shchukin", "Мирон Щукин", VG_DETAINED);
    assert_int_equal(r->persons[0].role, VG_ROLE_JOURNALIST);

    /* An abbreviation in mixed case, or a place after a preposition, before
     * a name is no part of it. */
    r = extract(&a, "Студентка СибГУ Алина Рябова была задержана у здания суда.");
    assert_int_equal(r->n_persons, 1);
    person_is(r, 0, "Alina Ryabova", "Алина Рябова", VG_DETAINED);
    r = extract(&a, "Задержан активист из Караганды Асхат Нуртаев.");
    assert_int_equal(r->n_persons, 1);
    person_is(r, 0, "Askhat Nurtayev", "Асхат Нуртаев", VG_DETAINED);

    /* A spokesperson stays out. */
    r = extract(&a, "Представитель полиции Ерлан Толстой сообщил, что задержаны 5 человек.");
    assert_int_equal(r->n_persons, 0);
    vg_arena_release(&a);
}

static int setup(void **state) {
    (void)state;
    struct vg_err err;
    return vg_extractor_new(&X, &err);
}

static int teardown(void **state) {
    (void)state;
    vg_extractor_free(X);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_person_matches),
        cmocka_unit_test(different_people_do_not_match),
        cmocka_unit_test(keys),
        cmocka_unit_test(tiers),
        cmocka_unit_test(nominatives),
        cmocka_unit_test(surname_forms),
        cmocka_unit_test(romanise),
        cmocka_unit_test(persons_in_reports),
        cmocka_unit_test(name_index_finds_every_match),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
