/* Named people (src/extract/person.c) in short invented English reports:
 * each case gives a text and the people it names with the outcome each
 * underwent, worked out by hand from GUIDELINES.md (section Persons). */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/extract.h"

static struct vg_extractor *X;

struct pcase {
    const char *text;   /* the report */
    const char *people; /* "Name=status;Name=status", or "" for nobody */
};

/* "Name=status;..." of the people extracted from text, in the order found. */
static void people_of(const char *text, char *out, size_t cap) {
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_report *r = NULL;
    struct vg_extract_opts o = {"case", "en", VG_NO_DATE};
    assert_int_equal(vg_extract(X, &a, vg_str_cstr(text), &o, &r), VG_OK);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < r->n_persons && n < cap; i++) {
        const struct vg_person *p = &r->persons[i];
        int w = snprintf(out + n, cap - n, "%s%.*s=%s", i ? ";" : "", (int)p->name.len,
                         p->name.ptr, vg_what_name(p->status));
        if (w < 0)
            break;
        n += (size_t)w;
    }
    vg_arena_release(&a);
}

/* Every case is run; each mismatch is printed, then the test fails. */
static void check(const struct pcase *k, size_t n) {
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[512];
        people_of(k[i].text, got, sizeof got);
        if (strcmp(got, k[i].people) != 0) {
            print_error("%s\n  want \"%s\"\n  got  \"%s\"\n", k[i].text, k[i].people, got);
            bad++;
        }
    }
    if (bad)
        fail_msg("%d of %zu cases differ", bad, n);
}

/* The subject of a clause takes its verb past appositions, ages, relative
 * clauses, "of ..." and names joined by "and". */
static void test_subject_past_appositions(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Tomas Varga, a freelance photographer who works for several small newspapers, "
         "has been missing since 4 May.",
         "Tomas Varga=missing"},
        {"Ines Mbeki, 34, who had travelled to the rally with her three cousins, collapsed "
         "and died on the way to hospital.",
         "Ines Mbeki=killed"},
        {"Reporter Olek Brand of the news site Harbour Voice was detained near the port.",
         "Olek Brand=detained"},
        {"Two of our volunteers, Mira Castell and Jon Oduya, have since been charged with "
         "obstruction.",
         "Mira Castell=charged;Jon Oduya=charged"},
        {"Union leader Pedro Almas and organiser Lina Roux were sentenced to two years each.",
         "Pedro Almas=sanctioned;Lina Roux=sanctioned"},
        {"Karl Denholm, 19, student: suffered a broken arm during the march.",
         "Karl Denholm=injured"},
    };
    check(k, sizeof k / sizeof *k);
}

/* A later clause opened by "he", "she", "his", "her" is the name's. */
static void test_pronoun_clause(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Activist Ravi Morel was picked up at his flat on Friday; his whereabouts remain "
         "unknown.",
         "Ravi Morel=missing"},
        {"The league quoted blogger Nadia Farrow as saying that she was detained for six "
         "hours.",
         "Nadia Farrow=detained"},
    };
    check(k, sizeof k / sizeof *k);
}

/* Every name of a long list after "including" or "among them" takes the
 * group's outcome, across commas, "and" and a role before a name. */
static void test_long_lists(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Before the vigil, several council members were detained, including Hana Quist, "
         "Tobias Renn, Marta Oyelaran and veteran campaign organiser Luis Ferrant.",
         "Hana Quist=detained;Tobias Renn=detained;Marta Oyelaran=detained;"
         "Luis Ferrant=detained"},
        {"Police held 14 students overnight, among them Ada Kowal, Femi Aluko, Rosa Tand, "
         "Jon Aske and Ilse Berg.",
         "Ada Kowal=detained;Femi Aluko=detained;Rosa Tand=detained;Jon Aske=detained;"
         "Ilse Berg=detained"},
        /* The group's outcome inside the opening phrase itself. */
        {"Among the dead was Rafael Ostin Mbugua, 31, a street vendor who was not taking "
         "part in the march.",
         "Rafael Ostin Mbugua=killed"},
        /* A list that a sentence of its own ends does not run on. */
        {"Several marchers were detained. Organisers thanked Hana Quist, Tobias Renn, "
         "Marta Oyelaran and Luis Ferrant for their speeches.",
         ""},
    };
    check(k, sizeof k / sizeof *k);
}

/* Names joined by hyphens or with a particle are one name. */
static void test_name_forms(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Photographer Jean-Luc Marchand was hit in the face by a rubber bullet.",
         "Jean-Luc Marchand=injured"},
        {"Activist Omar Hadi al-Rawi was arrested at a checkpoint.",
         "Omar Hadi al-Rawi=detained"},
    };
    check(k, sizeof k / sizeof *k);
}

/* Places, outlets, organisations, officials, headlines and speakers are
 * no people. */
static void test_not_people(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Police detained dozens of people near the Grand Orvel Terminal.", ""},
        {"Ten people were injured in Port Vellan North.", ""},
        {"One reporter of the online outlet Velda Kest, was detained overnight.", ""},
        {"The Amber Rights Network said 40 people were detained.", ""},
        {"Judge Carla Menzies sentenced the three students to a fine.", ""},
        {"Nine protesters were detained on Sunday, said league coordinator Abel Forsyth.", ""},
        {"Nine protesters were detained on Sunday, the Harbour Daily reported.", ""},
        {"Envoy Urges Release Of Students Detained During Marlow Protests\n"
         "The envoy spoke on Monday.",
         ""},
    };
    check(k, sizeof k / sizeof *k);
}

static int setup(void **state) {
    (void)state;
    struct vg_err err;
    return vg_extractor_new(&X, &err) != VG_OK;
}

static int teardown(void **state) {
    (void)state;
    vg_extractor_free(X);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_past_appositions),
        cmocka_unit_test(test_pronoun_clause),
        cmocka_unit_test(test_name_forms),
        cmocka_unit_test(test_long_lists),
        cmocka_unit_test(test_not_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
