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
static void people_of_lang(const char *text, const char *lang, int names, char *out,
                           size_t cap) {
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_report *r = NULL;
    struct vg_extract_opts o = {"case", lang, VG_NO_DATE};
    assert_int_equal(vg_extract(X, &a, vg_str_cstr(text), &o, &r), VG_OK);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < r->n_persons && n < cap; i++) {
        const struct vg_person *p = &r->persons[i];
        int w = names ? snprintf(out + n, cap - n, "%s%.*s=%s", i ? ";" : "",
                                 (int)p->name.len, p->name.ptr, vg_what_name(p->status))
                      : snprintf(out + n, cap - n, "%s%s", i ? ";" : "",
                                 vg_what_name(p->status));
        if (w < 0)
            break;
        n += (size_t)w;
    }
    vg_arena_release(&a);
}

/* Every case is run; each mismatch is printed, then the test fails.
 * `names` 0 compares the statuses only (Russian names are printed
 * romanised, whatever the case wrote). */
static void check_lang(const struct pcase *k, size_t n, const char *lang, int names) {
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char got[512];
        people_of_lang(k[i].text, lang, names, got, sizeof got);
        if (strcmp(got, k[i].people) != 0) {
            print_error("%s\n  want \"%s\"\n  got  \"%s\"\n", k[i].text, k[i].people, got);
            bad++;
        }
    }
    if (bad)
        fail_msg("%d of %zu cases differ", bad, n);
}

static void check(const struct pcase *k, size_t n) {
    check_lang(k, n, "en", 1);
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
        /* a road word ends no person's name */
        {"Two drivers were shot dead near a checkpoint on the Vellan Highway.", ""},
        {"Three marchers were injured on the Orvel Expressway on Friday.", ""},
        {"Envoy Urges Release Of Students Detained During Marlow Protests\n"
         "The envoy spoke on Monday.",
         ""},
    };
    check(k, sizeof k / sizeof *k);
}

/* The statuses, in order, of the people of Russian texts ("status;status"),
 * whatever script their names are printed in. */
static void check_ru(const struct pcase *k, size_t n) {
    check_lang(k, n, "ru", 0);
}

/* Predicates joined to the name's verb by "and", a comma or a semicolon
 * share its subject, as do stages told with "after being" and "before
 * being"; the gravest outcome among them is the person's.  A negated verb,
 * or a joined clause with a subject of its own, is not. */
static void test_joined_predicates(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Student leader Maro Quist was arrested on 3 June and charged two days later with "
         "unlawful assembly.",
         "Maro Quist=charged"},
        {"The farmer Teo Lindqvist was shot in the chest and died in hospital that night.",
         "Teo Lindqvist=killed"},
        {"Ana Rusu, reporter: detained while filming; fined the next day for disobedience.",
         "Ana Rusu=sanctioned"},
        {"Camera operator Ilse Marr (City TV), detained near the harbour on Friday night while "
         "filming the dispersal of a sit-in, was sentenced on Saturday to ten days of "
         "administrative detention.",
         "Ilse Marr=sanctioned"},
        {"Blogger Emil Sand was detained but not charged.", "Emil Sand=detained"},
        {"The poet Lara Veit was detained on Monday, and police charged two other men.",
         "Lara Veit=detained"},
        /* "after being" / "before being" join an earlier or later stage. */
        {"Reporter Kim Vahl was freed on bail after being charged with hooliganism.",
         "Kim Vahl=charged"},
        {"Activist Tomas Orr was released after having been charged with rioting.",
         "Tomas Orr=charged"},
        {"Student Lev Arno was questioned for hours before being formally arrested.",
         "Lev Arno=detained"},
        {"Activist Tomas Orr was released after questioning.", "Tomas Orr=detained"},
        /* A crowd gives a person nothing: the nearer phrase is the rally. */
        {"Dana Petri, a lecturer at the Faculty of Political Sciences who spoke at the rally, "
         "was fined on Tuesday.",
         "Dana Petri=sanctioned"},
    };
    check(k, sizeof k / sizeof *k);
}

/* A release says the person was held: the status is detained
 * (GUIDELINES.md: a detention stays detained when a release follows). */
static void test_release_means_held(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Journalist Omar Tisdale was released on Friday after two days in custody.",
         "Omar Tisdale=detained"},
        {"Activist Nadia Ferro was freed on bail on Monday.", "Nadia Ferro=detained"},
        {"Activist Nadia Ferro was detained on Sunday and freed on bail on Monday.",
         "Nadia Ferro=detained"},
    };
    check(k, sizeof k / sizeof *k);
}

/* The sentence right after one naming a single person may go on about
 * that person by a pronoun: "He has been missing", "His whereabouts",
 * "sentenced him".  Not when two people were named, nor for another
 * person's noun ("His father"). */
static void test_pronoun_next_sentence(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Activist Pavel Gorin was detained in the city centre on Saturday. He has been "
         "missing since then.",
         "Pavel Gorin=missing"},
        {"Lawyer Dina Ostrova was detained outside the court. Her whereabouts have been "
         "unknown since then.",
         "Dina Ostrova=missing"},
        {"Blogger Tim Varro was detained at the march. A court sentenced him to 12 days in "
         "jail on Monday.",
         "Tim Varro=sanctioned"},
        {"Ivo Brenner and Maja Holt were detained at the march. He has been missing since "
         "then.",
         "Ivo Brenner=detained;Maja Holt=detained"},
        {"Ali Danso, 15, was shot on Friday and died hours later. His father has been waiting "
         "for someone to be charged.",
         "Ali Danso=killed"},
        {"Reporter Kofi Brandt was arrested on Thursday while filming. His editor said on "
         "Saturday that Brandt had been charged with spreading false news.",
         "Kofi Brandt=charged"},
        {"Among those detained was municipal deputy Vera Holm, who was sentenced on Sunday to "
         "10 days of administrative arrest.",
         "Vera Holm=sanctioned"},
        {"Kasun Weera, a student who was last seen on a bus, has not been heard from since.",
         "Kasun Weera=missing"},
    };
    check(k, sizeof k / sizeof *k);
}

/* Taken away and not seen again: phrases of enforced disappearance, a
 * quoted title inside the apposition, a street between the name and "his
 * whereabouts", and the possessive in the next sentence. */
static void test_taken_away(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Reporter Omar Haddad was taken from his home in the old town at dawn.",
         "Omar Haddad=detained"},
        {"Tarek Mansour, a member of the movement \"New Path\": seen being put into a police "
         "minibus on Harbour Street; his whereabouts are unknown.",
         "Tarek Mansour=missing"},
        {"Student Lina Faraj was bundled into a car by men in plain clothes. Her phone has "
         "been off since and her family says her whereabouts are unknown.",
         "Lina Faraj=missing"},
        {"Two brothers, Ade Kunle, 28, and Femi Kunle, 31, have not been seen since soldiers "
         "took them away.",
         "Ade Kunle=missing;Femi Kunle=missing"},
        {"Nuwan Silva, who was last seen near the port, is feared dead.", "Nuwan Silva=missing"},
        {"Among those detained were activist Gul Sena, lawyer Dana Ostrova and veteran "
         "organiser Ilya Brandt.",
         "Gul Sena=detained;Dana Ostrova=detained;Ilya Brandt=detained"},
        {"Activist Paul Rudd got ten days in jail.", "Paul Rudd=sanctioned"},
        {"One lawyer, Yuri Kalm, was arrested and is in detention for 10 days himself.",
         "Yuri Kalm=sanctioned"},
        {"The poet Ana Vilar spent 12 days in a detention centre for a one-person picket.",
         "Ana Vilar=sanctioned"},
        {"Among those detained is the activist Rima Saad, who was taken from her home on "
         "Monday and has since been charged with incitement.",
         "Rima Saad=charged"},
        /* A quoted title is no person. */
        {"Members of the band \"Silver Road\" were detained after the concert.", ""},
    };
    check(k, sizeof k / sizeof *k);
}

/* Objects of one verb joined by "and" share it; a state phrase after the
 * object ("to six months in jail") is the verb's term, not the person's
 * own predicate. */
static void test_objects_of_one_verb(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"On May 3, authorities detained Karel Voss, a former correspondent for a foreign "
         "broadcaster, and Lena Dorn, a freelance producer.",
         "Karel Voss=detained;Lena Dorn=detained"},
        {"Police arrested Ivo Marsh and lawyer Dita Kron outside the court.",
         "Ivo Marsh=detained;Dita Kron=detained"},
        {"Police detained two journalists, Ana Lopes and Marco Neri, on Friday.",
         "Ana Lopes=detained;Marco Neri=detained"},
        /* The object of an event noun; a state after the name is no predicate. */
        {"The death of Mateo Cruz in custody is under investigation.", "Mateo Cruz=killed"},
        /* An occupation at a sentence's start is no part of the name. */
        {"Farmer Jose Quispe was shot dead by soldiers on Monday.", "Jose Quispe=killed"},
        {"Nurse Helen Abara died in hospital from her wounds.", "Helen Abara=killed"},
        {"The court sentenced journalist Irena Balt to six months in jail.",
         "Irena Balt=sanctioned"},
        {"Police detained Ivo Marsh, and Dita Kron later died in hospital.",
         "Ivo Marsh=detained;Dita Kron=killed"},
    };
    check(k, sizeof k / sizeof *k);
}

/* A list of names as one subject; a list opened by "among" after the
 * count it belongs to; a name after "said" that has a predicate of its
 * own is what was said, not the speaker. */
static void test_lists_and_reported_names(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Hasan Erdem, Ilka Varo and Timo Brask were each sentenced to 10 days.",
         "Hasan Erdem=sanctioned;Ilka Varo=sanctioned;Timo Brask=sanctioned"},
        {"Police detained 40 people on Sunday. Among them were journalists Rina Castel and "
         "Olav Pike.",
         "Rina Castel=detained;Olav Pike=detained"},
        {"Rights groups said Kofi Mensah was among those killed.", "Kofi Mensah=killed"},
        {"Prosecutors said nine of the detained have been charged. Union leader Aldo Pires is "
         "among the nine, his lawyer said.",
         "Aldo Pires=charged"},
        /* No count before: the list has no outcome to take. */
        {"Among the speakers were Rina Castel and Olav Pike.", ""},
        {"Nine protesters were detained, said coordinator Abel Forsyth.", ""},
    };
    check(k, sizeof k / sizeof *k);
}

/* The same in Russian: joined predicates, a relative clause, a pronoun in
 * the next sentence, a release; a speaker and a topic are no status. */
static void test_russian_status(void **state) {
    (void)state;
    static const struct pcase k[] = {
        {"Блогер Руслан Ахметов 4 июня был задержан и арестован на 10 суток.", "sanctioned"},
        {"Среди арестованных — студентка Мария Белых, которая получила 7 суток ареста.",
         "sanctioned"},
        {"Журналистку Ольгу Кравцову задержали у метро. Суд приговорил её к 10 суткам ареста.",
         "sanctioned"},
        {"В воскресенье пришло сообщение о задержании журналиста Дениса Карпова. Его "
         "местонахождение до сих пор неизвестно.",
         "missing"},
        {"Журналиста Дениса Орлова отпустили из отдела полиции без протокола.", "detained"},
        {"Адвокат Алексей Гурский — о задержаниях и о том, как работают суды", ""},
        {"Полиция задержала 30 человек. Среди них — журналист Олег Панин.", "detained"},
        /* Names in apposition to a counted group take its outcome; a term
         * of days after the name or before the verb is a sanction. */
        {"Московские суды арестовали двоих журналистов издания «Линия» Петра Сомова и "
         "Игоря Рябова. Районный суд назначил Сомову трое суток, другой суд арестовал "
         "Рябова на десять суток.",
         "sanctioned;sanctioned"},
        {"Кроме того, полиция задержала еще двух активистов Ольгу Сомову и Дениса Шилова.",
         "detained;detained"},
        {"Суд на 25 суток арестовал главного редактора издания «Линия» Олега Стрельцова.",
         "sanctioned"},
        {"Были задержаны Анна Карпенко, администратор канала Ирина Гонта и редактор журнала "
         "Виктор Ершин.",
         "detained;detained;detained"},
        /* The verb before its subject: the gravest phrase in reach. */
        {"Умер в больнице раненый при разгоне протестующий Нурлан Бекенов.", "killed"},
        /* A report of an offence drawn up against a person is a charge. */
        {"Против правозащитника Игоря Сабина составлен протокол об участии в акции.",
         "charged"},
        /* His own injury, not the detentions he filmed. */
        {"Оператор телеканала «Север» Леван Каладзе получил травму головы, когда снимал "
         "задержания у метро, и был доставлен в больницу.",
         "injured"},
        /* The list's opening phrase holds the outcome; every name takes it. */
        {"Среди задержанных — активистка Айжан Серикова и блогер Ерлан Мусин.",
         "detained;detained"},
        /* An arrest for a term of days is a sanction. */
        {"Активиста Андрея Боровикова суд арестовал на 15 суток за неповиновение.",
         "sanctioned"},
        {"По словам адвоката задержанных Мурата Кенжеева, возбуждено три уголовных дела.", ""},
    };
    check_ru(k, sizeof k / sizeof *k);
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
        cmocka_unit_test(test_joined_predicates),
        cmocka_unit_test(test_release_means_held),
        cmocka_unit_test(test_pronoun_next_sentence),
        cmocka_unit_test(test_taken_away),
        cmocka_unit_test(test_objects_of_one_verb),
        cmocka_unit_test(test_lists_and_reported_names),
        cmocka_unit_test(test_russian_status),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
