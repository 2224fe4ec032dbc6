/* Unit tests for src/eval: matching figures and persons, attribute
 * agreement, P/R/F1 over documents, name keys, source agreement and the
 * format checks.  Every expected number is worked out by hand in the
 * comment above it from the rules in GUIDELINES.md ("Scoring").
 *
 * Documents are written with single quotes for readability; doc() turns
 * them into double quotes before parsing (an apostrophe in a value is
 * written \u0027). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vigil/buf.h"
#include "vigil/eval.h"
#include "vigil/gazetteer.h"

static json_t *doc(const char *single_quoted) {
    char *s = strdup(single_quoted);
    assert_non_null(s);
    for (char *p = s; *p; p++)
        if (*p == '\'')
            *p = '"';
    json_error_t je;
    json_t *o = json_loads(s, JSON_DECODE_ANY, &je);
    if (!o)
        fail_msg("test document does not parse: %s: %s", je.text, s);
    free(s);
    return o;
}

/* Score documents pairwise (gold[i] against pred[i]) without a gazetteer. */
static void score(const char *const *gold, const char *const *pred, size_t n,
                  struct vg_eval_scores *s) {
    struct vg_eval *ev = vg_eval_new(NULL);
    assert_non_null(ev);
    for (size_t i = 0; i < n; i++) {
        json_t *g = doc(gold[i]), *p = doc(pred[i]);
        struct vg_err err;
        vg_err_clear(&err);
        int rc = vg_eval_add(ev, g, p, &err);
        if (rc)
            fail_msg("vg_eval_add: %s", err.msg);
        json_decref(g);
        json_decref(p);
    }
    vg_eval_get_scores(ev, s);
    vg_eval_free(ev);
}

static void score1(const char *gold, const char *pred, struct vg_eval_scores *s) {
    score(&gold, &pred, 1, s);
}

#define assert_near(a, b) assert_true(fabs((a) - (b)) < 1e-9)
#define assert_agree(x, a, s)                                                                      \
    do {                                                                                           \
        assert_int_equal((x).agreed, (a));                                                         \
        assert_int_equal((x).scored, (s));                                                         \
    } while (0)

/* Gold: detained 10, killed 3.  Predicted: detained 10 (same attributes),
 * killed 4, injured 5 or more.  Only detained 10 matches: tp 1; killed 4
 * and injured 5.. are extra: fp 2; killed 3 is missed: fn 1.
 * P = 1/3, R = 1/2, F1 = 2 * (1/3)(1/2) / (1/3 + 1/2) = (1/3) / (5/6) = 0.4.
 * The matched pair agrees on all five attributes.  Per outcome: detained
 * tp 1; killed fp 1 fn 1; injured fp 1. */
static void exact_match_and_counts(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'doc':'a.txt','figures':["
           "{'what':'detained','low':10,'high':10,'who':'people','where':'Springfield',"
           "'when':'2020-03-01','source':'Defence Ministry','status':'reported','quote':'q1'},"
           "{'what':'killed','low':3,'high':3,'who':'civilians','where':null,'when':null,"
           "'source':null,'status':'reported','quote':'q2'}],'persons':[]}",
           "{'doc':'a.txt','figures':["
           "{'what':'detained','low':10,'high':10,'who':'people','where':'Springfield',"
           "'when':'2020-03-01','source':'Defence Ministry','status':'reported','quote':'q1'},"
           "{'what':'killed','low':4,'high':4,'who':'civilians','status':'reported'},"
           "{'what':'injured','low':5,'high':null,'who':'people','status':'reported'}],"
           "'persons':[]}",
           &s);
    assert_int_equal(s.docs, 1);
    assert_int_equal(s.tp, 1);
    assert_int_equal(s.fp, 2);
    assert_int_equal(s.fn, 1);
    assert_near(s.precision, 1.0 / 3);
    assert_near(s.recall, 0.5);
    assert_near(s.f1, 0.4);
    assert_agree(s.who, 1, 1);
    assert_agree(s.where, 1, 1);
    assert_agree(s.when, 1, 1);
    assert_agree(s.source, 1, 1);
    assert_agree(s.status, 1, 1);
    assert_int_equal(s.by_what[VG_DETAINED].tp, 1);
    assert_int_equal(s.by_what[VG_KILLED].fp, 1);
    assert_int_equal(s.by_what[VG_KILLED].fn, 1);
    assert_int_equal(s.by_what[VG_INJURED].fp, 1);
    assert_int_equal(s.by_what[VG_INJURED].tp + s.by_what[VG_INJURED].fn, 0);
}

/* Gold: detained 36.. (at least 36) and detained ..50 (up to 50).
 * Predicted: 36..36 (closed, no match), 36..null (match), null..50
 * (match), 50..null (open on the wrong side, no match).
 * tp 2, fp 2, fn 0: P 0.5, R 1, F1 = 2 * 0.5 / 1.5 = 2/3. */
static void open_sides_match_only_open_sides(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':[{'what':'detained','low':36,'high':null},"
           "{'what':'detained','low':null,'high':50}]}",
           "{'figures':[{'what':'detained','low':36,'high':36},"
           "{'what':'detained','low':36,'high':null},"
           "{'what':'detained','low':null,'high':50},"
           "{'what':'detained','low':50,'high':null}]}",
           &s);
    assert_int_equal(s.tp, 2);
    assert_int_equal(s.fp, 2);
    assert_int_equal(s.fn, 0);
    assert_near(s.precision, 0.5);
    assert_near(s.recall, 1.0);
    assert_near(s.f1, 2.0 / 3);
}

/* One gold detained 7, two predictions of it: one matches, the other is
 * extra.  tp 1, fp 1, fn 0: P 0.5, R 1, F1 2/3. */
static void duplicate_predictions_match_once(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':[{'what':'detained','low':7,'high':7,'who':'people'}]}",
           "{'figures':[{'what':'detained','low':7,'high':7,'who':'people'},"
           "{'what':'detained','low':7,'high':7,'who':'people'}]}",
           &s);
    assert_int_equal(s.tp, 1);
    assert_int_equal(s.fp, 1);
    assert_int_equal(s.fn, 0);
    assert_near(s.f1, 2.0 / 3);
    assert_agree(s.who, 1, 1);
}

/* Two gold "detained 7", in Springfield then Shelbyville; the predictions
 * come in the other order.  Pairing in document order would give where
 * 0/2; pairing the pairs that agree most gives 2/2.  The quotes agree the
 * same way, and the when of each pair too. */
static void equal_keys_pair_by_agreement(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':["
           "{'what':'detained','low':7,'high':7,'where':'Springfield','when':'2020-03-01',"
           "'quote':'Seven were detained in Springfield.'},"
           "{'what':'detained','low':7,'high':7,'where':'Shelbyville','when':'2020-03-02',"
           "'quote':'Seven more were held in Shelbyville.'}]}",
           "{'figures':["
           "{'what':'detained','low':7,'high':7,'where':'Shelbyville','when':'2020-03-02',"
           "'quote':'Seven more were held in  Shelbyville.'},"
           "{'what':'detained','low':7,'high':7,'where':'Springfield','when':'2020-03-01',"
           "'quote':'Seven were detained in Springfield.'}]}",
           &s);
    assert_int_equal(s.tp, 2);
    assert_agree(s.where, 2, 2);
    assert_agree(s.when, 2, 2);
}

/* Five matched pairs (keys detained 1..5), one attribute rule each:
 *
 *  1: who People=people ok; where almaty-case ok; when 03-01/03-08 vs 03-08
 *     share a day ok; source "Defence Ministry" in "Ruritania's Defence
 *     Ministry" ok; status Reported=reported ok.
 *  2: who null prediction vs protesters: scored, no; where gold null: not
 *     scored; when 03-01 vs 03-02/03-03: no overlap, no; source "the
 *     militia" vs "Militia" (article left out) ok; status retracted vs
 *     reported: no.
 *  3: who ok; where Ruritania vs Shelbyville (no gazetteer): no; when
 *     01-01/01-31 vs 2019-12-25/2020-01-01 share 01-01: ok; source
 *     officials vs police: no; status retracted ok.
 *  4: who police vs people: no; where null prediction: no; when null
 *     prediction: no; source "Defence Ministry" vs "Ministry of Health":
 *     neither's words all in the other's: no; status ok.
 *  5: who ok; gold where, when, source, status null: none scored.
 *
 * who scored 1-5 = 5, agreed 1,3,5 = 3.  where scored 1,3,4 = 3, agreed 1.
 * when scored 1-4 = 4, agreed 1,3 = 2.  source scored 1-4 = 4, agreed
 * 1,2 = 2.  status scored 1-4 = 4, agreed 1,3,4 = 3. */
static void attribute_rules(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':["
           "{'what':'detained','low':1,'high':1,'who':'people','where':'Springfield',"
           "'when':'2020-03-01/2020-03-08','source':'Defence Ministry','status':'reported'},"
           "{'what':'detained','low':2,'high':2,'who':'protesters','where':null,"
           "'when':'2020-03-01','source':'the militia','status':'reported'},"
           "{'what':'detained','low':3,'high':3,'who':'people','where':'Ruritania',"
           "'when':'2020-01-01/2020-01-31','source':'officials','status':'retracted'},"
           "{'what':'detained','low':4,'high':4,'who':'people','where':'Shelbyville',"
           "'when':'2020-03-05','source':'Defence Ministry','status':'reported'},"
           "{'what':'detained','low':5,'high':5,'who':'people','where':null,"
           "'when':null,'source':null,'status':null}]}",
           "{'figures':["
           "{'what':'detained','low':1,'high':1,'who':'People','where':'springfield',"
           "'when':'2020-03-08','source':'Ruritania\\u0027s Defence Ministry','status':'Reported'},"
           "{'what':'detained','low':2,'high':2,'who':null,'where':'Springfield',"
           "'when':'2020-03-02/2020-03-03','source':'Militia','status':'retracted'},"
           "{'what':'detained','low':3,'high':3,'who':'people','where':'Shelbyville',"
           "'when':'2019-12-25/2020-01-01','source':'police','status':'retracted'},"
           "{'what':'detained','low':4,'high':4,'who':'police','where':null,"
           "'when':null,'source':'Ministry of Health','status':'reported'},"
           "{'what':'detained','low':5,'high':5,'who':'people','where':'Springfield',"
           "'when':'2020-03-05','source':'police','status':'reported'}]}",
           &s);
    assert_int_equal(s.tp, 5);
    assert_int_equal(s.fp + s.fn, 0);
    assert_agree(s.who, 3, 5);
    assert_agree(s.where, 1, 3);
    assert_agree(s.when, 2, 4);
    assert_agree(s.source, 2, 4);
    assert_agree(s.status, 3, 4);
}

/* Doc 1: gold detained 5, predicted detained 5: tp 1.  Doc 2: gold killed
 * 1, 2, 3, predicted injured 9: tp 0, fp 1, fn 3.  Over both documents
 * together: tp 1, fp 1, fn 3, so P 1/2, R 1/4, F1 = 2(1/8)/(3/4) = 1/3
 * (averaging the documents' F1s, 1 and 0, would give 1/2). */
static void scores_count_over_all_documents(void **state) {
    (void)state;
    const char *gold[] = {
        "{'figures':[{'what':'detained','low':5,'high':5}]}",
        "{'figures':[{'what':'killed','low':1,'high':1},{'what':'killed','low':2,'high':2},"
        "{'what':'killed','low':3,'high':3}]}",
    };
    const char *pred[] = {
        "{'figures':[{'what':'detained','low':5,'high':5}]}",
        "{'figures':[{'what':'injured','low':9,'high':9}]}",
    };
    struct vg_eval_scores s;
    score(gold, pred, 2, &s);
    assert_int_equal(s.docs, 2);
    assert_int_equal(s.tp, 1);
    assert_int_equal(s.fp, 1);
    assert_int_equal(s.fn, 3);
    assert_near(s.precision, 0.5);
    assert_near(s.recall, 0.25);
    assert_near(s.f1, 1.0 / 3);
}

/* Nothing to find and nothing found: 1 by convention.  Something to find
 * and nothing found: P 0 (0/0 taken as 0), R 0, F1 0. */
static void empty_documents(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':[],'persons':[]}", "{}", &s);
    assert_near(s.f1, 1.0);
    assert_near(s.person_f1, 1.0);
    score1("{'figures':[{'what':'missing','low':2,'high':2}]}", "{'figures':[]}", &s);
    assert_int_equal(s.fn, 1);
    assert_near(s.precision, 0.0);
    assert_near(s.recall, 0.0);
    assert_near(s.f1, 0.0);
}

/* Gold persons: Gennady Kozhevnikov (detained), Ruslan Abzhanov
 * (charged), Larisa Bulatova (missing).  Predicted: "Gennadiy Kojevnikov"
 * (detained), "Абжанов" (surname only, Cyrillic; detained), "Stepan
 * Sidorov" (killed).  Kozhevnikov and Abzhanov match: tp 2; Sidorov is
 * extra: fp 1; Bulatova missed: fn 1.  P = R = F1 = 2/3.  Status: detained
 * = detained, charged vs detained: 1/2. */
static void persons_match_across_transliterations(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':[],'persons':["
           "{'name':'Gennady Kozhevnikov','role':'activist','status':'detained'},"
           "{'name':'Ruslan Abzhanov','role':'journalist','status':'charged'},"
           "{'name':'Larisa Bulatova','role':'other','status':'missing'}]}",
           "{'figures':[],'persons':["
           "{'name':'Gennadiy Kojevnikov','status':'detained'},"
           "{'name':'\xd0\x90\xd0\xb1\xd0\xb6\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2',"
           "'status':'detained'},"
           "{'name':'Stepan Sidorov','status':'killed'}]}",
           &s);
    assert_int_equal(s.person_tp, 2);
    assert_int_equal(s.person_fp, 1);
    assert_int_equal(s.person_fn, 1);
    assert_near(s.person_precision, 2.0 / 3);
    assert_near(s.person_recall, 2.0 / 3);
    assert_near(s.person_f1, 2.0 / 3);
    assert_agree(s.person_status, 1, 2);
}

/* Two gold Sidorovs and a prediction "Sidorov" plus "Stepan Sidorov": the
 * exact pair is taken first, so the surname alone is left for Ivan
 * Sidorov.  tp 2. */
static void persons_exact_names_pair_first(void **state) {
    (void)state;
    struct vg_eval_scores s;
    score1("{'figures':[],'persons':[{'name':'Stepan Sidorov','status':'detained'},"
           "{'name':'Ivan Sidorov','status':'killed'}]}",
           "{'figures':[],'persons':[{'name':'Sidorov','status':'killed'},"
           "{'name':'Stepan Sidorov','status':'detained'}]}",
           &s);
    assert_int_equal(s.person_tp, 2);
    assert_agree(s.person_status, 2, 2);
}

static int key_is(const char *name, const char *want) {
    struct vg_buf b;
    vg_buf_init(&b, 0);
    assert_int_equal(vg_eval_name_key(vg_str_cstr(name), &b), 0);
    int ok = b.len == strlen(want) && (b.len == 0 || memcmp(b.ptr, want, b.len) == 0);
    if (!ok)
        print_error("key of '%s' is '%s', want '%s'\n", name, b.ptr ? b.ptr : "", want);
    vg_buf_release(&b);
    return ok;
}

/* Keys by the rules of vg_eval_name_key:
 *  Kozhevnikov: zh->j: kojevnikov.
 *  Gennadiy: y->i: gennadii; doubles: genadi.
 *  Yuliya Tsoy: y->i, ts->c: iuliia tcoi -> c: "iuliia", "coi"; doubles:
 *    iulia; glides iu->u, ia->a: ula.  So "ula coi".
 *  Юлия Цой: ю yu, л l, и i, я ya; й stripped to и: i; ц ts, о o:
 *    "yuliya tsoi" -> same as above: "ula coi".
 *  Пётр: ё loses its mark, е: "petr".  Pyotr: y->i: piotr; io->e: petr.
 *  Seleznyov: selezniov -> io->e: seleznev; Селезнёв: seleznev.
 *  Yelena: ielena -> ie->e: elena.  O'Brien: apostrophe dropped: obrien ->
 *    ie->e: obren.  Khabibulla: habibula. */
static void name_keys(void **state) {
    (void)state;
    assert_true(key_is("Gennady Kozhevnikov", "genadi kojevnikov"));
    assert_true(key_is("Gennadiy  KOJEVNIKOV", "genadi kojevnikov"));
    assert_true(key_is("Yuliya Tsoy", "ula coi"));
    assert_true(key_is("\xd0\xae\xd0\xbb\xd0\xb8\xd1\x8f \xd0\xa6\xd0\xbe\xd0\xb9", "ula coi"));
    assert_true(key_is("P\xd1\x91tr", "petr"));
    assert_true(key_is("Pyotr", "petr"));
    assert_true(key_is("\xd0\x9f\xd1\x91\xd1\x82\xd1\x80", "petr"));
    assert_true(key_is("Seleznyov", "seleznev"));
    assert_true(key_is("\xd0\xa1\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb7\xd0\xbd\xd1\x91\xd0\xb2",
                       "seleznev"));
    assert_true(key_is("Yelena", "elena"));
    assert_true(key_is("O'Brien", "obren"));
    assert_true(key_is("Khabibulla", "habibula"));
    assert_true(key_is("  ", ""));
}

/* Tiers of vg_eval_names_match. */
static void name_matching(void **state) {
    (void)state;
    struct {
        const char *a, *b;
        int tier;
    } cases[] = {
        {"Gennady Kozhevnikov", "Gennadiy Kojevnikov", 1},
        {"Yuliya Tsoy", "Yulia Tsoi", 1},
        {"Yuliya Tsoy", "\xd0\xae\xd0\xbb\xd0\xb8\xd1\x8f \xd0\xa6\xd0\xbe\xd0\xb9", 1},
        {"Fyodor Seleznyov", "Fedor Seleznev", 1},
        {"Aleksei Kuzmin", "Alexey Kuzmin", 1},
        /* Russian order, surname first. */
        {"\xd0\xa1\xd0\xb8\xd0\xb4\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2 "
         "\xd0\x9f\xd1\x91\xd1\x82\xd1\x80",
         "Pyotr Sidorov", 2},
        /* A surname alone, and a name without the patronymic. */
        {"Sidorov", "Pyotr Sidorov", 3},
        {"Pyotr Sidorov", "Pyotr Ivanovich Sidorov", 3},
        {"Sidorova", "Pyotr Sidorov", 0},
        {"Pyotr Sidorov", "Stepan Sidorov", 0},
        {"Pyotr Ivanovich", "Pyotr Ivanovich Sidorov", 3},
        {"", "Sidorov", 0},
        {"Ivanovich", "Pyotr Ivanovich Sidorov", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = vg_eval_names_match(vg_str_cstr(cases[i].a), vg_str_cstr(cases[i].b));
        if (got != cases[i].tier)
            fail_msg("'%s' vs '%s': tier %d, want %d", cases[i].a, cases[i].b, got,
                     cases[i].tier);
        got = vg_eval_names_match(vg_str_cstr(cases[i].b), vg_str_cstr(cases[i].a));
        assert_int_equal(got, cases[i].tier);
    }
}

/* vg_eval_source_agrees, both ways round. */
static void source_agreement(void **state) {
    (void)state;
    struct {
        const char *a, *b;
        int agree;
    } cases[] = {
        {"Defence Ministry", "Ruritania's Defence Ministry", 1},
        {"Defence Ministry", "Ruritania\xe2\x80\x99s Defence Ministry", 1}, /* ’s */
        {"the militia", "Militia", 1},
        {"an official", "official", 1},
        {"Prosecutor General's Office", "the Office of the Prosecutor General", 1},
        {"Defence Ministry", "Ministry of Health", 0},
        {"officials", "police", 0},
        {"officials", "official", 0},
        {"the", "militia", 0},
        {"Ruritania's", "Ruritania", 1},
        {"Ruritanias", "Ruritania", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = vg_eval_source_agrees(vg_str_cstr(cases[i].a), vg_str_cstr(cases[i].b));
        if (got != cases[i].agree)
            fail_msg("'%s' vs '%s': %d, want %d", cases[i].a, cases[i].b, got, cases[i].agree);
        assert_int_equal(vg_eval_source_agrees(vg_str_cstr(cases[i].b), vg_str_cstr(cases[i].a)),
                         cases[i].agree);
    }
}

/* Each malformed document is refused with VG_EINPUT, naming the side and
 * the field, and counts nothing. */
static void malformed_input_is_refused(void **state) {
    (void)state;
    static const char good[] = "{'figures':[{'what':'detained','low':1,'high':1}]}";
    struct {
        const char *gold, *pred, *want;
    } cases[] = {
        {"['not an object']", good, "gold document"},
        {"{'persons':[]}", good, "gold figures: missing"},
        {"{'figures':{}}", good, "gold figures: must be an array"},
        {"{'figures':[{'what':'detained','low':'ten','high':10}]}", good, "gold figures[0].low"},
        {"{'figures':[{'what':'arrested','low':1,'high':1}]}", good, "gold figures[0].what"},
        {"{'figures':[{'low':1,'high':1}]}", good, "gold figures[0].what: missing"},
        {"{'figures':[{'what':'killed','low':1,'high':1},{'what':'killed','low':null}]}", good,
         "gold figures[1]: \"low\" and \"high\" are both null"},
        {"{'figures':[{'what':'killed','low':5,'high':2}]}", good, "gold figures[0]: \"low\" 5"},
        {"{'figures':[{'what':'killed','low':-1,'high':2}]}", good, "gold figures[0].low"},
        {"{'figures':[{'what':'killed','low':1.5,'high':2}]}", good, "gold figures[0].low"},
        {"{'figures':[{'what':'killed','low':1,'high':1,'when':'2020-13-01'}]}", good,
         "gold figures[0].when"},
        {"{'figures':[{'what':'killed','low':1,'high':1,'when':'2020-03-05/2020-03-01'}]}", good,
         "gold figures[0].when"},
        {"{'figures':[{'what':'killed','low':1,'high':1,'who':'kids'}]}", good,
         "gold figures[0].who"},
        {"{'figures':[{'what':'killed','low':1,'high':1,'source':7}]}", good,
         "gold figures[0].source"},
        {"{'figures':[],'persons':[{'role':'other','status':'detained'}]}", good,
         "gold persons[0].name"},
        {"{'figures':[],'persons':[{'name':'A B','status':'arrested'}]}", good,
         "gold persons[0].status"},
        {good, "{'figures':[{'what':'detained','low':1,'high':1,'status':'denied'}]}",
         "prediction figures[0].status"},
        {good, "{'figures':'none'}", "prediction figures"},
        {good, "7", "prediction document"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct vg_eval *ev = vg_eval_new(NULL);
        json_t *g = doc(cases[i].gold), *p = doc(cases[i].pred);
        struct vg_err err;
        vg_err_clear(&err);
        int rc = vg_eval_add(ev, g, p, &err);
        if (rc != VG_EINPUT || strncmp(err.msg, cases[i].want, strlen(cases[i].want)) != 0)
            fail_msg("case %zu: rc %d, message '%s', want '%s...'", i, rc, err.msg,
                     cases[i].want);
        struct vg_eval_scores s;
        vg_eval_get_scores(ev, &s);
        assert_int_equal(s.docs + s.tp + s.fp + s.fn, 0);
        json_decref(g);
        json_decref(p);
        vg_eval_free(ev);
    }
    json_t *g = doc(good);
    struct vg_err err;
    assert_int_equal(vg_eval_check(g, 1, &err), VG_OK);
    json_decref(g);
}

/* The JSON scores carry the same numbers: one gold, one wrong prediction
 * of another outcome: tp 0, fp 1, fn 1, by_what detained fn 1, killed fp 1;
 * with the list, the document's missed and extra figures. */
static void json_scores(void **state) {
    (void)state;
    struct vg_eval *ev = vg_eval_new(NULL);
    json_t *g = doc("{'doc':'x.txt','figures':[{'what':'detained','low':1,'high':1}]}");
    json_t *p = doc("{'doc':'x.txt','figures':[{'what':'killed','low':1,'high':1}]}");
    struct vg_err err;
    assert_int_equal(vg_eval_add(ev, g, p, &err), VG_OK);
    json_t *o = vg_eval_to_json(ev, 1);
    assert_non_null(o);
    json_int_t tp = -1, fp = -1, fn = -1, dfn = -1, kfp = -1;
    double f1 = -1;
    const char *name = NULL;
    json_t *missed = NULL, *extra = NULL;
    json_error_t je;
    int rc = json_unpack_ex(o, &je, 0,
                            "{s:{s:I,s:I,s:I,s:F},s:{s:{s:I},s:{s:I}},s:[{s:s,s:o,s:o}]}",
                            "figures", "tp", &tp, "fp", &fp, "fn", &fn, "f1", &f1, "by_what",
                            "detained", "fn", &dfn, "killed", "fp", &kfp, "documents", "doc",
                            &name, "missed", &missed, "extra", &extra);
    if (rc)
        fail_msg("unpack: %s", je.text);
    assert_int_equal(tp, 0);
    assert_int_equal(fp, 1);
    assert_int_equal(fn, 1);
    assert_near(f1, 0.0);
    assert_int_equal(dfn, 1);
    assert_int_equal(kfp, 1);
    assert_string_equal(name, "x.txt");
    assert_int_equal(json_array_size(missed), 1);
    assert_int_equal(json_array_size(extra), 1);
    json_decref(o);
    json_decref(g);
    json_decref(p);
    vg_eval_free(ev);
}

/* With a gazetteer that knows Kiev and Kyiv as one place, `where` accepts
 * either; skipped while the gazetteer does not know them. */
static void where_accepts_alternative_names(void **state) {
    (void)state;
    struct vg_gazetteer *gz = NULL;
    struct vg_err err;
    if (vg_gazetteer_load(&gz, &err) != VG_OK)
        skip();
    if (!vg_gazetteer_same_place(gz, vg_str_cstr("Kiev"), vg_str_cstr("Kyiv"))) {
        vg_gazetteer_free(gz);
        skip();
    }
    struct vg_eval *ev = vg_eval_new(gz);
    json_t *g = doc("{'figures':[{'what':'detained','low':1,'high':1,'where':'Kiev'}]}");
    json_t *p = doc("{'figures':[{'what':'detained','low':1,'high':1,'where':'Kyiv'}]}");
    assert_int_equal(vg_eval_add(ev, g, p, &err), VG_OK);
    struct vg_eval_scores s;
    vg_eval_get_scores(ev, &s);
    assert_agree(s.where, 1, 1);
    json_decref(g);
    json_decref(p);
    vg_eval_free(ev);
    vg_gazetteer_free(gz);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_match_and_counts),
        cmocka_unit_test(open_sides_match_only_open_sides),
        cmocka_unit_test(duplicate_predictions_match_once),
        cmocka_unit_test(equal_keys_pair_by_agreement),
        cmocka_unit_test(attribute_rules),
        cmocka_unit_test(scores_count_over_all_documents),
        cmocka_unit_test(empty_documents),
        cmocka_unit_test(persons_match_across_transliterations),
        cmocka_unit_test(persons_exact_names_pair_first),
        cmocka_unit_test(name_keys),
        cmocka_unit_test(name_matching),
        cmocka_unit_test(source_agreement),
        cmocka_unit_test(malformed_input_is_refused),
        cmocka_unit_test(json_scores),
        cmocka_unit_test(where_accepts_alternative_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
