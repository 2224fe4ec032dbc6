/* Unit tests for src/extract/dates.c: date expressions in English and
 * Russian resolved against a publication date, rejections (clock times,
 * durations, ages, article numbers, years used as names), calendar
 * boundaries, offsets, datelines, and truncated or invalid input (run under
 * the asan build, a read past `len` fails there).
 *
 * Every expected value below was worked out by hand from the rules in
 * GUIDELINES.md and the header.  Weekday anchors: 2022-01-12 was a
 * Wednesday (so 2022-01-10 a Monday and the week before ran 3-9 January),
 * 2024-03-22 a Friday, 2019-03-05 a Tuesday. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "extract/dates.h"
#include "extract/dates_lex.h"
#include "extract/lexicon.h"
#include "extract/token.h"
#include "vigil/date.h"

/* One sentence and the single expression expected in it. */
struct dcase {
    const char *pub;    /* publication date, NULL for none */
    const char *lang;   /* "en" or "ru" */
    const char *text;   /* the sentence */
    const char *phrase; /* the expression as written, NULL when none is expected */
    const char *when;   /* "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" */
    int kind;           /* enum date_kind, 0 to leave unchecked */
};

static int32_t day_of(const char *iso) {
    return iso ? vg_date_parse_iso(vg_str_cstr(iso)) : VG_NO_DATE;
}

/* Run a table; print each failing case and fail once at the end. */
static void run_cases(const struct dcase *cases, size_t n_cases) {
    int failed = 0;
    for (size_t i = 0; i < n_cases; i++) {
        const struct dcase *c = &cases[i];
        struct date_hit out[8];
        size_t len = strlen(c->text);
        size_t n = dates_find(c->text, len, day_of(c->pub), c->lang, out, 8);
        if (!c->phrase) {
            if (n != 0) {
                char w[22];
                vg_when_format(out[0].when, w);
                printf("FAIL case %zu \"%s\": expected nothing, got \"%.*s\" %s\n", i, c->text,
                       (int)(out[0].end - out[0].start), c->text + out[0].start, w);
                failed++;
            }
            continue;
        }
        if (n != 1) {
            printf("FAIL case %zu \"%s\": expected 1 hit, got %zu\n", i, c->text, n);
            failed++;
            continue;
        }
        char w[22];
        vg_when_format(out[0].when, w);
        size_t plen = strlen(c->phrase);
        bool span_ok = out[0].end <= len && out[0].start < out[0].end &&
                       out[0].end - out[0].start == plen &&
                       memcmp(c->text + out[0].start, c->phrase, plen) == 0;
        if (!span_ok || strcmp(w, c->when) != 0 || (c->kind && (int)out[0].kind != c->kind)) {
            printf("FAIL case %zu \"%s\": expected \"%s\" %s kind %d, got \"%.*s\" %s kind %d\n",
                   i, c->text, c->phrase, c->when, c->kind, (int)(out[0].end - out[0].start),
                   c->text + out[0].start, w, (int)out[0].kind);
            failed++;
        }
    }
    assert_int_equal(failed, 0);
}

#define RUN(table) run_cases(table, sizeof table / sizeof table[0])

#define P "2022-01-12" /* a Wednesday */

static void english_days(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "Police detained 40 people on 27 February.", "on 27 February", "2021-02-27", DATE_DAY},
        {P, "en", "Clashes broke out February 27 in the capital.", "February 27", "2021-02-27", DATE_DAY},
        {P, "en", "The rally on Feb. 27 drew thousands.", "on Feb. 27", "2021-02-27", DATE_DAY},
        {P, "en", "Arrests began Sept. 28.", "Sept. 28", "2021-09-28", DATE_DAY},
        {P, "en", "Protesters marched on 27 February 2019.", "on 27 February 2019", "2019-02-27", DATE_DAY},
        {P, "en", "On February 27, 2019, police fired tear gas.", "On February 27, 2019", "2019-02-27", DATE_DAY},
        {P, "en", "Troops fired on crowds on 9 January.", "on 9 January", "2022-01-09", DATE_DAY},
        {P, "en", "The count dated 2022-01-05 listed 164 dead.", "2022-01-05", "2022-01-05", DATE_DAY},
        {P, "en", "According to the bulletin of 12.01.2022, 44 were held.", "12.01.2022", "2022-01-12", DATE_DAY},
        {P, "en", "Arrests were made on the 5th of January.", "on the 5th of January", "2022-01-05", DATE_DAY},
        {P, "en", "The strike ran Jan. 5, 2022 with 300 taking part.", "Jan. 5, 2022", "2022-01-05", DATE_DAY},
        {P, "en", "In a statement dated Tuesday, 11 January, police said 5 died.", "Tuesday, 11 January", "2022-01-11", DATE_DAY},
        {P, "en", "Officers arrested 12 people on Dec 31.", "on Dec 31", "2021-12-31", DATE_DAY},
        {P, "en", "Four people were shot on the evening of 7 April.", "on the evening of 7 April", "2021-04-07", DATE_DAY},
        {P, "en", "Some 5,000 people may march on Friday.", "on Friday", "2022-01-07", DATE_DAY},
        {P, "en", "On 12 January 2022 at 09:00, 30 were held.", "On 12 January 2022", "2022-01-12", DATE_DAY},
        {P, "en", "Ten were detained on January 3rd.", "on January 3rd", "2022-01-03", DATE_DAY},
        {P, "en", "ON 27 FEBRUARY police moved in.", "ON 27 FEBRUARY", "2021-02-27", DATE_DAY},
    };
    RUN(t);
}

static void english_weekdays(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "Three people died on Monday.", "on Monday", "2022-01-10", DATE_DAY},
        /* Publication on a Wednesday: "on Wednesday" is that day. */
        {P, "en", "Police said on Wednesday that 12 were held.", "on Wednesday", "2022-01-12", DATE_DAY},
        {P, "en", "Police said on Thursday that 12 were held.", "on Thursday", "2022-01-06", DATE_DAY},
        {P, "en", "Two protesters were killed Monday in the capital.", "Monday", "2022-01-10", DATE_DAY},
        {P, "en", "Police said Tuesday that 30 were held.", "Tuesday", "2022-01-11", DATE_DAY},
        {P, "en", "Monday's march drew 2,000 people.", "Monday", "2022-01-10", DATE_DAY},
        {P, "en", "Monday night clashes left 3 dead.", "Monday night", "2022-01-10", DATE_DAY},
        {P, "en", "By Tuesday morning, 40 had been freed.", "By Tuesday morning", "2022-01-11", DATE_DAY},
        {P, "en", "Police say 40 were held last Wednesday.", "last Wednesday", "2022-01-05", DATE_DAY},
        {P, "en", "Police say 40 were held last Monday.", "last Monday", "2022-01-10", DATE_DAY},
        {P, "en", "Fighting resumed late Tuesday, leaving 4 dead.", "late Tuesday", "2022-01-11", DATE_DAY},
        {P, "en", "Six were shot in the early hours of Sunday.", "in the early hours of Sunday", "2022-01-09", DATE_DAY},
        {P, "en", "Marches on Wednesday and Thursday drew 9,000.", "on Wednesday and Thursday", "2022-01-05/2022-01-06", DATE_RANGE},
        {P, "en", "Between Monday and Wednesday 70 were held.", "Between Monday and Wednesday", "2022-01-10/2022-01-12", DATE_RANGE},
        {P, "en", "Since Monday afternoon 41 patients arrived.", "Since Monday afternoon", "2022-01-10/2022-01-12", DATE_SINCE},
        {"2024-03-22", "en", "Police said on Friday that 8 died.", "on Friday", "2024-03-22", DATE_DAY},
        {"2024-03-22", "en", "Police said on Saturday that 8 died.", "on Saturday", "2024-03-16", DATE_DAY},
        {"2019-03-05", "en", "On Tuesday, 100 were held.", "On Tuesday", "2019-03-05", DATE_DAY},
        {"2019-03-05", "en", "On Wednesday, 100 were held.", "On Wednesday", "2019-02-27", DATE_DAY},
        /* A weekday that is no time adverbial. */
        {P, "en", "Monday is a holiday and 20 are expected.", NULL, NULL, 0},
        {P, "en", "Black Friday sales drew 300 shoppers.", NULL, NULL, 0},
    };
    RUN(t);
}

static void english_relative(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "Police arrested 15 people yesterday.", "yesterday", "2022-01-11", DATE_DAY},
        {P, "en", "Police said today that 15 were released.", "today", "2022-01-12", DATE_DAY},
        {P, "en", "Twenty people were hurt last night.", "last night", "2022-01-11", DATE_DAY},
        {P, "en", "Sixty people were detained overnight.", "overnight", "2022-01-11/2022-01-12", DATE_RANGE},
        {P, "en", "Four died on the night of 4 March.", "on the night of 4 March", "2021-03-04/2021-03-05", DATE_RANGE},
        {P, "en", "Police detained 300 people last week.", "last week", "2022-01-03/2022-01-09", DATE_RANGE},
        {P, "en", "Dozens have been killed over the past week.", "over the past week", "2022-01-05/2022-01-12", DATE_SINCE},
        {P, "en", "Nine died in the past week.", "in the past week", "2022-01-05/2022-01-12", DATE_SINCE},
        {P, "en", "More than 100 were detained this week.", "this week", "2022-01-05/2022-01-12", DATE_SINCE},
        {P, "en", "Six died in the past day.", "in the past day", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "en", "Six died in the past 24 hours.", "in the past 24 hours", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "en", "Police said 40 were held in the last 24 hours.", "in the last 24 hours", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "en", "Over the last 48 hours 12 died.", "Over the last 48 hours", "2022-01-10/2022-01-12", DATE_SINCE},
        {P, "en", "The past two weeks saw 80 arrests.", "The past two weeks", "2021-12-29/2022-01-12", DATE_SINCE},
        {P, "en", "In the past month 30 were jailed.", "In the past month", "2021-12-12/2022-01-12", DATE_SINCE},
        {P, "en", "Police arrested 200 last month.", "last month", "2021-12-01/2021-12-31", DATE_MONTH},
        {P, "en", "Police arrested 200 this month.", "this month", "2022-01-01/2022-01-31", DATE_MONTH},
        {P, "en", "Police arrested 200 earlier this month.", "earlier this month", "2022-01-01/2022-01-12", DATE_SINCE},
        {P, "en", "Police arrested 200 earlier this week.", "earlier this week", "2022-01-10/2022-01-12", DATE_SINCE},
        {P, "en", "Police arrested 200 earlier this year.", "earlier this year", "2022-01-01/2022-01-12", DATE_SINCE},
        {P, "en", "Police arrested 200 last year.", "last year", "2021-01-01/2021-12-31", DATE_YEAR},
        {P, "en", "Police arrested 200 this year.", "this year", "2022-01-01/2022-12-31", DATE_YEAR},
        {P, "en", "The arrests came two days ago.", "two days ago", "2022-01-10", DATE_DAY},
        {P, "en", "The arrests came a week ago.", "a week ago", "2022-01-05", DATE_DAY},
        {P, "en", "Eight were held last weekend.", "last weekend", "2022-01-08/2022-01-09", DATE_RANGE},
        {P, "en", "Eight were held over the weekend.", "over the weekend", "2022-01-08/2022-01-09", DATE_RANGE},
        {P, "en", "This morning 35 people were detained.", "This morning", "2022-01-12", DATE_DAY},
        {P, "en", "It happened the day before yesterday, with 3 dead.", "the day before yesterday", "2022-01-10", DATE_DAY},
        {"2024-03-23", "en", "Eight were held over the weekend.", "over the weekend", "2024-03-23", DATE_RANGE},
        {P, "en", "In the weeks since, 36 were jailed.", NULL, NULL, 0},
        {P, "en", "It was the last week of the campaign, with 9 hurt.", NULL, NULL, 0},
    };
    RUN(t);
}

static void english_months_years_since(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "Protests began in June with 40 held.", "in June", "2021-06-01/2021-06-30", DATE_MONTH},
        {P, "en", "Protests began in June 2019 with 40 held.", "in June 2019", "2019-06-01/2019-06-30", DATE_MONTH},
        /* A month after the publication month is last year's. */
        {P, "en", "In December, 40 were held.", "In December", "2021-12-01/2021-12-31", DATE_MONTH},
        {P, "en", "In January, 40 were held.", "In January", "2022-01-01/2022-01-31", DATE_MONTH},
        {P, "en", "In early June 40 were held.", "In early June", "2021-06-01/2021-06-30", DATE_MONTH},
        {P, "en", "By mid-March the toll was 40.", "mid-March", "2021-03-01/2021-03-31", DATE_MONTH},
        {P, "en", "In March 2019 there were 40 arrests.", "In March 2019", "2019-03-01/2019-03-31", DATE_MONTH},
        {P, "en", "As of March 2019, 40 were held.", "March 2019", "2019-03-01/2019-03-31", DATE_MONTH},
        {P, "en", "In July and August of last year, 12 people were killed.", "In July and August of last year", "2021-07-01/2021-08-31", DATE_RANGE},
        {P, "en", "In 2019, police detained 500 people.", "In 2019", "2019-01-01/2019-12-31", DATE_YEAR},
        {P, "en", "In 2019-2020, 80 were jailed.", "In 2019-2020", "2019-01-01/2020-12-31", DATE_RANGE},
        {P, "en", "It was the largest march since 2019.", "since 2019", "2019-01-01/2022-01-12", DATE_SINCE},
        {"2024-05-01", "en", "Since 2023, 150 have been prosecuted.", "Since 2023", "2023-01-01/2024-05-01", DATE_SINCE},
        {P, "en", "Police have held 300 since January 2.", "since January 2", "2022-01-02/2022-01-12", DATE_SINCE},
        {P, "en", "Police have held 300 since 6 January.", "since 6 January", "2022-01-06/2022-01-12", DATE_SINCE},
        {P, "en", "Police have held 300 since mid-December.", "since mid-December", "2021-12-15/2022-01-12", DATE_SINCE},
        {P, "en", "Police have held 300 since the start of the year.", "since the start of the year", "2022-01-01/2022-01-12", DATE_SINCE},
        {P, "en", "Police have held 300 since yesterday.", "since yesterday", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "en", "Police have held 300 since last week.", "since last week", "2022-01-03/2022-01-12", DATE_SINCE},
        /* Years as names or modifiers are no time. */
        {P, "en", "The 2019 constitution bans such protests.", NULL, NULL, 0},
        {P, "en", "Turnout in 2019 elections was low, and 30 were held.", NULL, NULL, 0},
        {P, "en", "The 2010 constitution guarantees assembly.", NULL, NULL, 0},
        {P, "en", "Under Article 2019 of the code 12 were charged.", NULL, NULL, 0},
        /* "since 2023" published in 2022 would end before it starts. */
        {P, "en", "Since 2023 nothing changed.", NULL, NULL, 0},
    };
    RUN(t);
}

static void english_ranges(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "Between 13 and 20 August 2015, 100 were held.", "Between 13 and 20 August 2015", "2015-08-13/2015-08-20", DATE_RANGE},
        {P, "en", "Police held 100 people on 13-20 August.", "on 13-20 August", "2021-08-13/2021-08-20", DATE_RANGE},
        {P, "en", "The strike of 13-20 August left 9 dead.", "13-20 August", "2021-08-13/2021-08-20", DATE_RANGE},
        {P, "en", "The strike of 13\xE2\x80\x93" "20 August left 9 dead.", "13\xE2\x80\x93" "20 August", "2021-08-13/2021-08-20", DATE_RANGE},
        {P, "en", "Marches ran from 3 to 5 March.", "from 3 to 5 March", "2021-03-03/2021-03-05", DATE_RANGE},
        {P, "en", "Marches took place on 3 and 4 March.", "on 3 and 4 March", "2021-03-03/2021-03-04", DATE_RANGE},
        {P, "en", "The strike of August 13-20, 2015 left 9 dead.", "August 13-20, 2015", "2015-08-13/2015-08-20", DATE_RANGE},
        {P, "en", "Between January and March 2019, 60 died.", "Between January and March 2019", "2019-01-01/2019-03-31", DATE_RANGE},
        {P, "en", "From 28 December to 3 January, 70 were held.", "From 28 December to 3 January", "2021-12-28/2022-01-03", DATE_RANGE},
        {P, "en", "Between 28 February 2015 and 3 March 2015 there were 6 deaths.", "Between 28 February 2015 and 3 March 2015", "2015-02-28/2015-03-03", DATE_RANGE},
        /* Numbers joined without a month are no dates. */
        {P, "en", "Between 40 and 60 people were injured.", NULL, NULL, 0},
        {P, "en", "Sentences ranged from 3 to 5 years.", NULL, NULL, 0},
    };
    RUN(t);
}

static void english_rejections(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "en", "The crowd gathered at 11.40 and police moved in at 19:00.", NULL, NULL, 0},
        {P, "en", "The rally began at 8 a.m. with 300 people.", NULL, NULL, 0},
        {P, "en", "A 27-year-old man was among 15 people held for 15 days.", NULL, NULL, 0},
        {P, "en", "Police held them for 90 days.", NULL, NULL, 0},
        {P, "en", "Under Article 400 of the Criminal Code, 12 were charged.", NULL, NULL, 0},
        {P, "en", "The song reached the Top 10.", NULL, NULL, 0},
        {P, "en", "Police station No. 4 held 30 people.", NULL, NULL, 0},
        {P, "en", "See page 12 for the list of 31 names.", NULL, NULL, 0},
        {P, "en", "Turnout rose by 12.5% and 3,000 marched.", NULL, NULL, 0},
        {P, "en", "Some 1,200 people joined the march.", NULL, NULL, 0},
        {P, "en", "Tear gas canisters were fired; 27 people were hurt.", NULL, NULL, 0},
        {P, "en", "They may march again with 400 people.", NULL, NULL, 0},
        {P, "en", "Organisers of the march said 5,000 took part.", NULL, NULL, 0},
        {P, "en", "Prices rose 31 percent in 12 months.", NULL, NULL, 0},
        {P, "en", "The A4 road was blocked by 300 people.", NULL, NULL, 0},
        {P, "en", "Room 27 February was empty.", "27 February", "2021-02-27", DATE_DAY},
        {P, "en", "Claims of 29 February 2023 deaths were false.", NULL, NULL, 0},
    };
    RUN(t);
}

static void russian_days(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "ru", "27 февраля задержали 40 человек.", "27 февраля", "2021-02-27", DATE_DAY},
        {P, "ru", "Акция прошла 27 февраля 2019 года в центре.", "27 февраля 2019 года", "2019-02-27", DATE_DAY},
        {P, "ru", "Акция прошла 27 февраля 2019 г. в центре.", "27 февраля 2019 г.", "2019-02-27", DATE_DAY},
        {P, "ru", "Задержания начались 27-го февраля.", "27-го февраля", "2021-02-27", DATE_DAY},
        {P, "ru", "Во вторник задержали 12 человек.", "Во вторник", "2022-01-11", DATE_DAY},
        {P, "ru", "В понедельник задержали 12 человек.", "В понедельник", "2022-01-10", DATE_DAY},
        {P, "ru", "в среду задержали 12 человек.", "в среду", "2022-01-12", DATE_DAY},
        {P, "ru", "В пятницу вечером задержали 12 человек.", "В пятницу вечером", "2022-01-07", DATE_DAY},
        {P, "ru", "В прошлую субботу задержали 12 человек.", "В прошлую субботу", "2022-01-08", DATE_DAY},
        {P, "ru", "Вчера задержали 12 человек.", "Вчера", "2022-01-11", DATE_DAY},
        {P, "ru", "Вчера вечером задержали 12 человек.", "Вчера вечером", "2022-01-11", DATE_DAY},
        {P, "ru", "Вчера днём задержали 12 человек.", "Вчера днём", "2022-01-11", DATE_DAY},
        {P, "ru", "Сегодня задержали 12 человек.", "Сегодня", "2022-01-12", DATE_DAY},
        {P, "ru", "Накануне в Алматы задержали 12 человек.", "Накануне", "2022-01-11", DATE_DAY},
        {P, "ru", "Накануне задержали 12 человек.", "Накануне", "2022-01-11", DATE_DAY},
        {P, "ru", "Позавчера задержали 12 человек.", "Позавчера", "2022-01-10", DATE_DAY},
        {P, "ru", "Сводка от 12.01.2022: задержаны 44 человека.", "12.01.2022", "2022-01-12", DATE_DAY},
        {P, "ru", "Сводка от 12.01.2022 г.: задержаны 44 человека.", "12.01.2022 г.", "2022-01-12", DATE_DAY},
        {P, "ru", "В понедельник, 10 января, задержали 12 человек.", "В понедельник, 10 января", "2022-01-10", DATE_DAY},
        {P, "ru", "27 ФЕВРАЛЯ задержали 40 человек.", "27 ФЕВРАЛЯ", "2021-02-27", DATE_DAY},
        {P, "ru", "Накануне выборов задержали 30 человек.", NULL, NULL, 0},
        {P, "ru", "В 19:00 у здания собрались 300 человек.", NULL, NULL, 0},
        {P, "ru", "Протоколы составлены по ч. 5 ст. 20.2 КоАП на 30 человек.", NULL, NULL, 0},
        {P, "ru", "Им назначили арест от 7 до 15 суток.", NULL, NULL, 0},
        {P, "ru", "Задержан 71 человек, в том числе 19 военнослужащих.", NULL, NULL, 0},
    };
    RUN(t);
}

static void russian_spans(void **state) {
    (void)state;
    static const struct dcase t[] = {
        {P, "ru", "На прошлой неделе задержали 300 человек.", "На прошлой неделе", "2022-01-03/2022-01-09", DATE_RANGE},
        {P, "ru", "На этой неделе задержали 300 человек.", "На этой неделе", "2022-01-05/2022-01-12", DATE_SINCE},
        {P, "ru", "В прошлом месяце задержали 300 человек.", "В прошлом месяце", "2021-12-01/2021-12-31", DATE_MONTH},
        {P, "ru", "В июне задержали 300 человек.", "В июне", "2021-06-01/2021-06-30", DATE_MONTH},
        {P, "ru", "В июне 2019 года задержали 300 человек.", "В июне 2019 года", "2019-06-01/2019-06-30", DATE_MONTH},
        {P, "ru", "В январе задержали 300 человек.", "В январе", "2022-01-01/2022-01-31", DATE_MONTH},
        {P, "ru", "В ДЕКАБРЕ задержали 300 человек.", "В ДЕКАБРЕ", "2021-12-01/2021-12-31", DATE_MONTH},
        {P, "ru", "В мае задержали 300 человек.", "В мае", "2021-05-01/2021-05-31", DATE_MONTH},
        {P, "ru", "В марте 2020 года задержали 300 человек.", "В марте 2020 года", "2020-03-01/2020-03-31", DATE_MONTH},
        {P, "ru", "В начале декабря задержали 300 человек.", "В начале декабря", "2021-12-01/2021-12-31", DATE_MONTH},
        {P, "ru", "В июне прошлого года задержали 300 человек.", "В июне прошлого года", "2021-06-01/2021-06-30", DATE_MONTH},
        {P, "ru", "В прошлом году задержали 300 человек.", "В прошлом году", "2021-01-01/2021-12-31", DATE_YEAR},
        {P, "ru", "В этом году задержали 300 человек.", "В этом году", "2022-01-01/2022-12-31", DATE_YEAR},
        {P, "ru", "В 2019 году задержали 300 человек.", "В 2019 году", "2019-01-01/2019-12-31", DATE_YEAR},
        {P, "ru", "С 2 января задержаны 300 человек.", "С 2 января", "2022-01-02/2022-01-12", DATE_SINCE},
        {P, "ru", "С 2019 года задержаны 300 человек.", "С 2019 года", "2019-01-01/2022-01-12", DATE_SINCE},
        {P, "ru", "С начала года задержаны 300 человек.", "С начала года", "2022-01-01/2022-01-12", DATE_SINCE},
        {P, "ru", "С понедельника задержаны 300 человек.", "С понедельника", "2022-01-10/2022-01-12", DATE_SINCE},
        {P, "ru", "С 13 по 20 августа задержаны 300 человек.", "С 13 по 20 августа", "2021-08-13/2021-08-20", DATE_RANGE},
        {P, "ru", "С 13 августа по 20 августа 2015 года задержаны 300.", "С 13 августа по 20 августа 2015 года", "2015-08-13/2015-08-20", DATE_RANGE},
        {P, "ru", "С 28 февраля по 3 марта 2020 г. задержаны 300.", "С 28 февраля по 3 марта 2020 г.", "2020-02-28/2020-03-03", DATE_RANGE},
        {P, "ru", "Акции 13\xE2\x80\x93" "20 августа собрали 300 человек.", "13\xE2\x80\x93" "20 августа", "2021-08-13/2021-08-20", DATE_RANGE},
        {P, "ru", "Акции 13 и 14 августа собрали 300 человек.", "13 и 14 августа", "2021-08-13/2021-08-14", DATE_RANGE},
        {P, "ru", "Ночью задержали 300 человек.", "Ночью", "2022-01-11/2022-01-12", DATE_RANGE},
        {P, "ru", "В ночь на 5 января задержали 300 человек.", "В ночь на 5 января", "2022-01-04/2022-01-05", DATE_RANGE},
        {P, "ru", "В ночь с 4 на 5 января задержали 300 человек.", "В ночь с 4 на 5 января", "2022-01-04/2022-01-05", DATE_RANGE},
        {P, "ru", "В ночь на вторник задержали 300 человек.", "В ночь на вторник", "2022-01-10/2022-01-11", DATE_RANGE},
        {P, "ru", "За последние сутки задержаны 300 человек.", "За последние сутки", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "ru", "За неделю задержаны 300 человек.", "За неделю", "2022-01-05/2022-01-12", DATE_SINCE},
        {P, "ru", "За последние 3 дня задержаны 300 человек.", "За последние 3 дня", "2022-01-09/2022-01-12", DATE_SINCE},
        {P, "ru", "За 24 часа задержаны 300 человек.", "За 24 часа", "2022-01-11/2022-01-12", DATE_SINCE},
        {P, "ru", "За неделю до выборов задержали 30 человек.", NULL, NULL, 0},
    };
    RUN(t);
}

static void boundaries(void **state) {
    (void)state;
    static const struct dcase t[] = {
        /* 29 February without a year: the latest one on or before publication. */
        {P, "en", "Ten died on 29 February.", "on 29 February", "2020-02-29", DATE_DAY},
        {"2024-03-01", "en", "Ten died on 29 February.", "on 29 February", "2024-02-29", DATE_DAY},
        {"2020-03-10", "en", "Ten died last month.", "last month", "2020-02-01/2020-02-29", DATE_MONTH},
        {"2019-03-05", "en", "Ten died last month.", "last month", "2019-02-01/2019-02-28", DATE_MONTH},
        {"2024-03-01", "en", "In February 30 died.", "In February", "2024-02-01/2024-02-29", DATE_MONTH},
        /* Publication on 1 January: last month and last week cross the year. */
        {"2022-01-01", "en", "Ten died last month.", "last month", "2021-12-01/2021-12-31", DATE_MONTH},
        {"2022-01-01", "en", "Ten died last week.", "last week", "2021-12-20/2021-12-26", DATE_RANGE},
        {"2022-01-01", "en", "Ten died on 31 December.", "on 31 December", "2021-12-31", DATE_DAY},
        {"2022-01-01", "en", "Ten died on 1 January.", "on 1 January", "2022-01-01", DATE_DAY},
        {"2022-01-01", "en", "Ten died on 2 January.", "on 2 January", "2021-01-02", DATE_DAY},
        {"2022-01-01", "en", "Ten died yesterday.", "yesterday", "2021-12-31", DATE_DAY},
        {"2022-01-01", "ru", "В декабре погибли 10 человек.", "В декабре", "2021-12-01/2021-12-31", DATE_MONTH},
        /* Publication on a Monday: "on Monday" is that day, last week ended yesterday. */
        {"2022-01-10", "en", "Ten died on Monday.", "on Monday", "2022-01-10", DATE_DAY},
        {"2022-01-10", "en", "Ten died on Sunday.", "on Sunday", "2022-01-09", DATE_DAY},
        {"2022-01-10", "en", "Ten died last week.", "last week", "2022-01-03/2022-01-09", DATE_RANGE},
        {"2022-01-10", "en", "Ten died earlier this week.", "earlier this week", "2022-01-10", DATE_SINCE},
        /* No publication date: only absolute dates come back. */
        {NULL, "en", "Ten died on Tuesday.", NULL, NULL, 0},
        {NULL, "en", "Ten died yesterday.", NULL, NULL, 0},
        {NULL, "en", "Ten died on 27 February.", NULL, NULL, 0},
        {NULL, "en", "Ten died on 27 February 2019.", "on 27 February 2019", "2019-02-27", DATE_DAY},
        {NULL, "en", "Ten died in June 2019.", "in June 2019", "2019-06-01/2019-06-30", DATE_MONTH},
        {NULL, "ru", "С 13 по 20 августа 2015 года задержаны 300.", "С 13 по 20 августа 2015 года", "2015-08-13/2015-08-20", DATE_RANGE},
        {NULL, "en", "Since 2019, 150 were prosecuted.", NULL, NULL, 0},
    };
    RUN(t);
}

/* Hand-counted byte offsets, several hits, and the `max` limit. */
static void offsets_and_limits(void **state) {
    (void)state;
    const char *s = "Police said on Monday that 3 died on 27 February 2019.";
    struct date_hit out[4];
    size_t n = dates_find(s, strlen(s), day_of(P), "en", out, 4);
    assert_int_equal(n, 2);
    assert_int_equal(out[0].start, 12);
    assert_int_equal(out[0].end, 21);
    assert_int_equal(out[0].when.from, day_of("2022-01-10"));
    assert_int_equal(out[0].when.to, day_of("2022-01-10"));
    assert_int_equal(out[1].start, 34);
    assert_int_equal(out[1].end, 53);
    assert_int_equal(out[1].when.from, day_of("2019-02-27"));

    /* Cyrillic letters are two bytes each: «Вчера» is 10 bytes. */
    const char *r = "Вчера и 5 января";
    n = dates_find(r, strlen(r), day_of(P), "ru", out, 4);
    assert_int_equal(n, 2);
    assert_int_equal(out[0].start, 0);
    assert_int_equal(out[0].end, 10);
    assert_int_equal(out[1].start, 14);
    assert_int_equal(out[1].end, 28);
    assert_int_equal(out[1].when.from, day_of("2022-01-05"));

    const char *three = "on 1 May, on 2 May and on 3 May";
    assert_int_equal(dates_find(three, strlen(three), day_of(P), "en", out, 4), 3);
    assert_int_equal(dates_find(three, strlen(three), day_of(P), "en", out, 2), 2);
    assert_int_equal(out[1].start, 10);
    assert_int_equal(dates_find(three, strlen(three), day_of(P), "en", out, 0), 0);
    assert_int_equal(dates_find(NULL, 0, day_of(P), "en", out, 4), 0);
    assert_int_equal(dates_find("", 0, day_of(P), "en", out, 4), 0);
    /* An unknown language reads both. */
    assert_int_equal(dates_find(three, strlen(three), day_of(P), NULL, out, 4), 3);
    /* A publication day outside 1900-2100 counts as none. */
    assert_int_equal(dates_find("yesterday", 9, INT32_MAX, "en", out, 4), 0);
}

/* `len` ends the text even where the bytes go on. */
static void length_cuts_the_text(void **state) {
    (void)state;
    const char *s = "on 27 February 2019 and more";
    struct date_hit out[4];
    int32_t p = day_of(P);
    assert_int_equal(dates_find(s, 11, p, "en", out, 4), 0); /* "on 27 Febru" */
    assert_int_equal(dates_find(s, 14, p, "en", out, 4), 1); /* "on 27 February" */
    assert_int_equal(out[0].end, 14);
    assert_int_equal(out[0].when.from, day_of("2021-02-27"));
    assert_int_equal(dates_find(s, 16, p, "en", out, 4), 1); /* "on 27 February 2" */
    assert_int_equal(out[0].end, 14);
    assert_int_equal(out[0].when.from, day_of("2021-02-27"));
    assert_int_equal(dates_find(s, 19, p, "en", out, 4), 1);
    assert_int_equal(out[0].when.from, day_of("2019-02-27"));
    /* Cut in the middle of a two-byte letter of «февраля». */
    const char *r = "27 февраля";
    assert_int_equal(dates_find(r, strlen(r) - 1, p, "ru", out, 4), 0);
    assert_int_equal(dates_find(r, strlen(r), p, "ru", out, 4), 1);
}

/* Every prefix of each text, copied into a heap block of exactly that size
 * with no NUL after it: AddressSanitizer fails any read past the end. */
static void every_prefix_stays_in_bounds(void **state) {
    (void)state;
    static const char *texts[] = {
        "Between 13 and 20 August 2015, 100 were held on Monday night.",
        "В ночь с 4 на 5 января 2022 года задержали 300 человек.",
        "on the night of 4 March and 2022-01-05 and 12.01.2022 г.",
        "Since 28 July 2024 - over the past 24 hours - last week's Sept. 28",
        "\xD0\x92\xFF 27 \xE2\x80\x93 \xE2\x80 \xC3 mid-\xD0",
        "NAIROBI, Kenya, March 4 (Reuters) - Published: 12 January 2022 | 09:15",
    };
    struct date_hit out[8];
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        size_t len = strlen(texts[k]);
        for (size_t cut = 0; cut <= len; cut++) {
            char *buf = malloc(cut ? cut : 1);
            assert_non_null(buf);
            memcpy(buf, texts[k], cut);
            size_t n = dates_find(buf, cut, day_of(P), NULL, out, 8);
            for (size_t i = 0; i < n; i++)
                assert_true(out[i].start < out[i].end && out[i].end <= cut);
            (void)dates_dateline(buf, cut, 2022);
            free(buf);
        }
    }
}

/* Invalid UTF-8 around a date leaves the date and its offsets alone. */
static void invalid_utf8(void **state) {
    (void)state;
    const char s[] = "\xFF\xFE on 27 February \xC3";
    struct date_hit out[4];
    size_t n = dates_find(s, sizeof s - 1, day_of(P), "en", out, 4);
    assert_int_equal(n, 1);
    assert_int_equal(out[0].start, 3);
    assert_int_equal(out[0].end, 17);
    const char r[] = "\xD0 27 \xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F\xD0";
    n = dates_find(r, sizeof r - 1, day_of(P), "ru", out, 4);
    assert_int_equal(n, 1);
    assert_int_equal(out[0].start, 2);
    assert_int_equal(out[0].end, 19);
    /* A digit run far too long for a day; "February 2019" stays a month. */
    const char *big = "on 99999999999999999999 February";
    assert_int_equal(dates_find(big, strlen(big), day_of(P), "en", out, 4), 0);
    big = "on 99999999999999999999 February 2019";
    assert_int_equal(dates_find(big, strlen(big), day_of(P), "en", out, 4), 1);
    assert_int_equal(out[0].start, 24);
    assert_int_equal(out[0].kind, DATE_MONTH);
}

struct dlcase {
    const char *text; /* the head of a report */
    int hint;         /* year hint, 0 for none */
    const char *want; /* expected date, NULL for VG_NO_DATE */
};

static void datelines(void **state) {
    (void)state;
    static const struct dlcase t[] = {
        {"Title\n\nNAIROBI, Kenya, March 4 (Reuters) - Police fired", 2022, "2022-03-04"},
        {"Title\n\nNAIROBI, Kenya, March 4 (Reuters) - Police fired", 0, NULL},
        {"Title\nPublished: 12 January 2022\nBody", 0, "2022-01-12"},
        {"LIVE: a march\nDaily | Last updated 22:40 local time, Wednesday 17 April 2024\n", 0, "2024-04-17"},
        {"January 12, 2022\nBody", 0, "2022-01-12"},
        {"Ministry\nPress release | 12.01.2022 | 09:15\n", 0, "2022-01-12"},
        {"2022-01-12\n", 0, "2022-01-12"},
        {"Опубликовано 12 января 2022\n", 0, "2022-01-12"},
        {"ТБИЛИСИ, 3 декабря \xE2\x80\x94 «Пресс». Полиция задержала 40 человек.", 2024, "2024-12-03"},
        {"Headline\n\nBody text without dates.\n", 2022, NULL},
        {"Protests of 5 January 2022 remembered\nPublished 12 January 2022\n", 0, "2022-01-12"},
        {"THE LEDGER\nSaturday, April 7, 2018\n\nTariff protests", 0, "2018-04-07"},
        {"Beirut, Monday 24 August 2015, 11:00\n", 0, "2015-08-24"},
        {"Harare, 11 February 2014 - The collective is alarmed by arrests", 0, "2014-02-11"},
        {"Channel\n\nJuly 13\n\nBreaking news", 2025, "2025-07-13"},
        /* A yearless date continuing a headline is no dateline. */
        {"Hundreds detained on\n27 February\nBody", 2019, NULL},
        /* "October 2015" heads the report; a date in August is no publication. */
        {"Report\nOctober 2015\n\nBetween 13 and 20 August 2015 police in the southern provinces "
         "arrested at least 150 people in connection with the protests.\n", 2015, NULL},
        {"Briefing | 31 February 2022\n", 0, NULL},
        {"Statement on the events of 28 May \xE2\x80\x94 1 June 2025\n\nTbilisi, 2 June 2025\n", 0, "2025-06-02"},
        {"Сводка\nОбновлено 11 марта, 09:00\n", 2019, "2019-03-11"},
        {"", 2022, NULL},
    };
    int failed = 0;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int32_t got = dates_dateline(t[i].text, strlen(t[i].text), t[i].hint);
        int32_t want = day_of(t[i].want);
        if (got != want) {
            char g[11];
            vg_date_format(got, g);
            printf("FAIL dateline %zu: want %s, got %s\n", i, t[i].want ? t[i].want : "none", g);
            failed++;
        }
    }
    /* Only the first 15 lines count. */
    char head[64];
    memset(head, '\n', 16);
    memcpy(head + 16, "12 January 2022", 15);
    assert_int_equal(dates_dateline(head, 31, 0), VG_NO_DATE);
    assert_int_equal(dates_dateline(head + 2, 29, 0), day_of("2022-01-12"));
    assert_int_equal(dates_dateline(NULL, 0, 0), VG_NO_DATE);
    assert_int_equal(failed, 0);
}

/* Do the date finder's windows on s, one lexing the text and one reading
 * the tokenizer's words, yield the same tokens?  s starts at offset 5 of
 * the text the tokenizer reads, so that offsets are told apart.  Returns
 * the number of tokens, or -1 (with a message) at the first that differs. */
static int same_window_tokens(const struct lexicon *lx, const char *s, unsigned langs) {
    char text[256];
    size_t len = strlen(s);
    assert_true(len + 5 < sizeof text);
    memcpy(text, "xx. ", 5); /* "xx. " and its NUL: a byte outside the sentence */
    memcpy(text + 5, s, len);
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct token_list tl = {0};
    assert_int_equal(tokenize(lx, vg_str_make(text, len + 5), 5, len + 5, &a, &tl, NULL), VG_OK);
    struct date_win lexed, shared;
    dates_win_init(&lexed, text + 5, len, langs);
    dates_win_init_tokens(&shared, text + 5, len, langs, tl.v, tl.n, 5);
    int n = 0;
    while (lexed.n > 0 || shared.n > 0) {
        const struct date_tok *x = &lexed.t[0], *y = &shared.t[0];
        if (lexed.n != shared.n || x->start != y->start || x->end != y->end ||
            x->val != y->val || x->type != y->type || x->space != y->space ||
            x->cap != y->cap || x->ndig != y->ndig || x->cls != y->cls || x->kv != y->kv ||
            x->flags != y->flags || x->wflags != y->wflags) {
            printf("token %d of \"%s\" differs (or the tokens left)\n", n, s);
            n = -1;
            break;
        }
        n++;
        dates_win_advance(&lexed, 1);
        dates_win_advance(&shared, 1);
    }
    token_list_release(&tl);
    vg_arena_release(&a);
    return n;
}

/* The tokenizer's words stand in for the lexer's only where the lexer
 * would read the same: tokens the two cut differently (numbers with
 * separators, apostrophes, digits after letters, joined line breaks),
 * letters that fold differently (other scripts, dotted I, Ѐ), signs the
 * lexer takes for letters, white space and bytes only one of them skips. */
static void tokens_read_like_the_lexer(void **state) {
    (void)state;
    struct lexicon *lx = lexicon_new("en");
    assert_non_null(lx);
    static const char *const texts[] = {
        "Police detained 40 people on 5 May 2024 in Nairobi.",
        "MAY the Detained, Saturday; Monday's march.",
        "1,200 were held; 11.40 am; A4 and covid19 on 3rd March 2020.",
        "don't O'Brien John\xe2\x80\x99s 'Tis \xe2\x80\x98quoted\xe2\x80\x99 it's",
        "they were in-\njured in-\n Jured and re- \n elected",
        "\xc4\xb0n May; \xe2\x84\xaa" "ay; caf\xc3\xa9 March; na\xc3\xaf" "ve June",
        "ab\xcb\x82" "cd May; ab\xcd\x88 June; x\xc3\x97y 5",
        "\xd0\x92 \xd0\xbf\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xba "
        "5 \xd0\x9c\xd0\x90\xd0\xaf \xd1\x91\xd0\xbb\xd0\xba\xd0\xb0 \xd0\x81\xd0\xbb\xd0\xba\xd0\xb0 "
        "\xd0\x80\xd0\xb0 \xd1\x90\xd0\xb0 \xd1\xa1\xd0\xb0 \xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbb\xd0\xb8",
        "on\xc2\xa0Monday,\xe2\x80\x89 5\xe2\x80\x93" "6 June \xe2\x80\x8b" "2020\xef\xbb\xbfyear",
        "bad \xff byte May\xc3 5 \x01 June \t\r\n\v\f 2020",
        "averyveryveryverylongwordthatgoesonandonandon published updated",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        assert_true(same_window_tokens(lx, texts[i], F_EN) > 0);
        assert_true(same_window_tokens(lx, texts[i], F_EN | F_RU) > 0);
    }
    /* Every prefix: a cut word, number or character at the end. */
    const char *cut = "On 5 May, \xd0\x92 \xd0\xbc\xd0\xb0\xd0\xb5 it's 1,200 in-\njured.";
    char prefix[128];
    for (size_t n = 0; n <= strlen(cut); n++) {
        memcpy(prefix, cut, n);
        prefix[n] = '\0';
        assert_true(same_window_tokens(lx, prefix, F_EN | F_RU) >= 0);
    }
    lexicon_free(lx);
}

static void lexicon_is_sorted(void **state) {
    (void)state;
    assert_int_equal(dates_selftest(), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(english_days),
        cmocka_unit_test(english_weekdays),
        cmocka_unit_test(english_relative),
        cmocka_unit_test(english_months_years_since),
        cmocka_unit_test(english_ranges),
        cmocka_unit_test(english_rejections),
        cmocka_unit_test(russian_days),
        cmocka_unit_test(russian_spans),
        cmocka_unit_test(boundaries),
        cmocka_unit_test(offsets_and_limits),
        cmocka_unit_test(length_cuts_the_text),
        cmocka_unit_test(every_prefix_stays_in_bounds),
        cmocka_unit_test(invalid_utf8),
        cmocka_unit_test(datelines),
        cmocka_unit_test(tokens_read_like_the_lexer),
        cmocka_unit_test(lexicon_is_sorted),
    };
    return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
