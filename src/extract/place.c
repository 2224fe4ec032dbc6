/* Places of figures.  A sentence's own places win, the most specific first
 * (district, city, region, country); several different cities counted
 * together give their country.  A sentence without a place takes the one
 * its paragraph last named, then the report's main place: the place named
 * most often in its first pages, a dateline counting double. */
#include <stdint.h>
#include <string.h>

#include "place.h"
#include "vigil/extract.h"
#include "banned.h"

#define MAIN_SCAN_BYTES (8 * 1024) /* how far into a report to look for its main place */
#define OWN_DATELINE_BYTES 1024    /* a dateline this near the top is the report's own */
#define LATE_ONLY_BYTES 1500       /* a place named only once after this is no main place */
#define SURNAME_SCAN_BYTES 65536   /* how far back a speaking surname's full name is looked for */

/* A phrase of a fixed list with its length, so the lists read per place
 * found need no strlen. */
struct phrase {
    const char *s; /* the bytes */
    size_t len;    /* how many */
};
#define P(x) {x, sizeof x - 1}
#define N_OF(a) (sizeof a / sizeof a[0])

/* Does phrase p (not empty) stand in text at byte `at`?  The first and
 * last bytes are compared before the call to memcmp: a hit is tested
 * against some forty phrases, and nearly all differ there (the first
 * alone is often the space after the name). */
static int phrase_at(struct vg_str text, size_t at, const struct phrase *p) {
    return at + p->len <= text.len && text.ptr[at] == p->s[0] &&
           text.ptr[at + p->len - 1] == p->s[p->len - 1] &&
           memcmp(text.ptr + at, p->s, p->len) == 0;
}

/* Does phrase p end in text right before byte `end`? */
static int phrase_before(struct vg_str text, size_t end, const struct phrase *p) {
    return end >= p->len && phrase_at(text, end - p->len, p);
}

/* Does one of the n phrases of `list` stand in text at byte `at`? */
static int any_at(struct vg_str text, size_t at, const struct phrase *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (phrase_at(text, at, &list[i]))
            return 1;
    return 0;
}

/* Does one of the n phrases of `list` end right before byte `end`? */
static int any_before(struct vg_str text, size_t end, const struct phrase *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (phrase_before(text, end, &list[i]))
            return 1;
    return 0;
}

static int specificity(const struct vg_place *p) {
    switch (p->kind) {
    case VG_PLACE_DISTRICT: return 4;
    case VG_PLACE_CITY: return 3;
    case VG_PLACE_REGION: return 2;
    default: return 1;
    }
}

static int is_upper(unsigned char ch) { return ch >= 'A' && ch <= 'Z'; }
static int is_lower(unsigned char ch) { return ch >= 'a' && ch <= 'z'; }

/* Does the word of n bytes at `at` follow a capitalised word of a name
 * ("Mansir Hassan"), a word no capital letter opens a sentence with? */
static int after_given_name(struct vg_str text, size_t at) {
    static const char *const openers[] = {"The", "In", "At", "From", "For", "And", "But", "Near",
                                          "To", "Of", "On", "By", "With", "Into", "Outside",
                                          "Across", "Around", "Central", "Greater", "Old",
                                          "New", "Upper", "Lower", "Inner", NULL};
    if (at < 4 || text.ptr[at - 1] != ' ')
        return 0;
    size_t b = at - 1;
    while (b > 0 && (is_lower((unsigned char)text.ptr[b - 1]) ||
                     is_upper((unsigned char)text.ptr[b - 1])))
        b--;
    if (at - 1 - b < 3 || !is_upper((unsigned char)text.ptr[b]) ||
        (b > 0 && text.ptr[b - 1] != ' ' && text.ptr[b - 1] != '\n'))
        return 0;
    for (const char *const *w = openers; *w; w++)
        if (strlen(*w) == at - 1 - b && memcmp(text.ptr + b, *w, at - 1 - b) == 0)
            return 0;
    return 1;
}

/* Is the hit a surname speaking ("Hassan said", where Hassan is also a
 * town): a city or district right before a verb of saying, whose name the
 * text used earlier as the last word of a person's name ("ASP Mansir
 * Hassan")? */
static int speaking_surname(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase says[] = {P(" said"), P(" says"), P(" told"), P(" added")};
    if (h->place->kind != VG_PLACE_CITY && h->place->kind != VG_PLACE_DISTRICT)
        return 0;
    if (!any_at(text, h->end, says, N_OF(says)))
        return 0;
    size_t n = h->end - h->start;
    size_t from = h->start > SURNAME_SCAN_BYTES ? h->start - SURNAME_SCAN_BYTES : 1;
    for (size_t i = from; i + n <= h->start; i++) {
        const char *m = memchr(text.ptr + i, text.ptr[h->start], h->start - i);
        if (!m)
            break;
        i = (size_t)(m - text.ptr);
        if (i + n <= h->start && memcmp(m, text.ptr + h->start, n) == 0 &&
            !is_lower((unsigned char)text.ptr[i + n]) && after_given_name(text, i))
            return 1;
    }
    return 0;
}

/* Is the hit an acronym in capitals inside a line of ordinary text
 * ("MENA reported", "according to TASS"): an agency's short name, not
 * the place its letters spell?  A dateline ("DAKAR, June 3") opens its
 * line, and a headline in capitals has no small letters around it. */
static int capital_acronym(struct vg_str text, const struct vg_place_hit *h) {
    if (h->end - h->start < 2 || h->start == 0 || text.ptr[h->start - 1] == '\n')
        return 0;
    for (size_t i = h->start; i < h->end; i++)
        if (!is_upper((unsigned char)text.ptr[i]))
            return 0;
    size_t b = h->start, a = h->end; /* the nearest letters before and after on the line */
    while (b > 0 && text.ptr[b - 1] != '\n' && !is_lower((unsigned char)text.ptr[b - 1]) &&
           !is_upper((unsigned char)text.ptr[b - 1]))
        b--;
    while (a < text.len && text.ptr[a] != '\n' && !is_lower((unsigned char)text.ptr[a]) &&
           !is_upper((unsigned char)text.ptr[a]))
        a++;
    return (b > 0 && is_lower((unsigned char)text.ptr[b - 1])) ||
           (a < text.len && is_lower((unsigned char)text.ptr[a]));
}

/* Is the hit a month's short name before a day ("since Nov 28", "on Sept.
 * 3"), which a few places share ("Nov")? */
static int month_short(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase months[] = {P("Jan"), P("Feb"), P("Mar"), P("Apr"), P("Jun"),
                                           P("Jul"), P("Aug"), P("Sep"), P("Sept"), P("Oct"),
                                           P("Nov"), P("Dec")};
    size_t n = h->end - h->start, e = h->end;
    int hit = 0;
    for (const struct phrase *m = months; m < months + N_OF(months) && !hit; m++)
        hit = n == m->len && memcmp(text.ptr + h->start, m->s, n) == 0;
    if (!hit)
        return 0;
    if (e < text.len && text.ptr[e] == '.')
        e++;
    return e + 1 < text.len && text.ptr[e] == ' ' && text.ptr[e + 1] >= '0' &&
           text.ptr[e + 1] <= '9';
}

/* Is the hit where a speaker spoke ("Speaking at a news conference in
 * Geneva, ...", "said on the sidelines of a meeting in Geneva", "told
 * reporters in Nairobi")?  Such a place is the speech's, not the events'
 * (GUIDELINES.md: the place the figure is tied to).  A marker of speech
 * up to 80 bytes before the hit counts with no comma, full stop, "that"
 * or digit between. */
static int speech_venue(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase marks[] = {P("Speaking "), P(" speaking "), P(" sidelines "),
                                          P("news conference "), P("press conference "),
                                          P("press briefing "), P(" told reporters "),
                                          P(" told journalists ")};
    static const struct phrase verbs[] = {P(" said in "), P(" says in "), P(" told a briefing in ")};
    for (const struct phrase *v = verbs; v < verbs + N_OF(verbs); v++)
        if (phrase_before(text, h->start, v))
            return 1; /* "the spokeswoman said in Geneva that ..." */
    /* The bytes a mark starts with, a bit each: the marks are tried only
     * where one may start, not at each of the 80 bytes. */
    uint64_t first[4] = {0};
    for (const struct phrase *m = marks; m < marks + N_OF(marks); m++)
        first[(unsigned char)m->s[0] >> 6] |= (uint64_t)1 << ((unsigned char)m->s[0] & 63);
    size_t from = h->start > 80 ? h->start - 80 : 0;
    for (size_t i = h->start; i-- > from;) {
        char ch = text.ptr[i];
        unsigned char u = (unsigned char)ch;
        if (ch == ',' || ch == '.' || ch == '\n' || ch == ';' || (ch >= '0' && ch <= '9'))
            return 0;
        if (ch == ' ' && i + 6 <= h->start && memcmp(text.ptr + i, " that ", 6) == 0)
            return 0;
        if (!((first[u >> 6] >> (u & 63)) & 1))
            continue;
        for (const struct phrase *m = marks; m < marks + N_OF(marks); m++)
            if (phrase_at(text, i, m))
                return 1;
    }
    return 0;
}

/* Is the hit the cause a protest is about, not where it is: "against
 * Israel's offensive in Gaza", "the war in Ukraine", "solidarity with
 * Sudan", "divest from Israel"?  A state's war or army names an actor
 * abroad; the places of its war are the grievance.  (A count of those a
 * war killed there is rarely in such a sentence: "the war in Gaza has
 * killed" loses its place to the report's own.) */
static int cause_abroad(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase before[] = {
        P("war in "),         P("war on "),         P("war against "),    P("war with "),
        P("offensive in "),   P("offensive on "),   P("genocide in "),    P("ceasefire in "),
        P("invasion of "),    P("occupation of "),  P("bombing of "),     P("siege of "),
        P("solidarity with "), P("supporter of "),  P("supporters of "),  P("business with "),
        P("ties with "),      P("ties to "),        P("divest from "),    P("arms to "),
        P("sanctions on "),   P("sanctions against "), P("fighting in "), P("conflict in ")};
    static const struct phrase after[] = {
        P("'s war"),     P("'s offensive"), P("'s military"), P("'s invasion"),
        P("'s bombardment"), P("'s occupation"), P("'s siege"), P("'s assault"),
        P("\xe2\x80\x99s war"), P("\xe2\x80\x99s offensive"), P("\xe2\x80\x99s military"),
        P("\xe2\x80\x99s invasion"), P("\xe2\x80\x99s bombardment"),
        P("\xe2\x80\x99s occupation"), P("\xe2\x80\x99s siege"), P("\xe2\x80\x99s assault")};
    return any_before(text, h->start, before, N_OF(before)) ||
           any_at(text, h->end, after, N_OF(after));
}

/* Is the hit inside a slogan, a chant or words shouted at someone:
 * telling them to "go back to Poland", chanting "from Gaza to Cairo",
 * banners reading "Hands off Venezuela"?  The words are what was
 * shouted, not where.  (A statement quoted, "killed and injured in
 * Khash", does name where: only these verbs open a slogan.) */
static int slogan_words(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase openers[] = {
        P("telling them to "), P("told them to "), P("chanting "), P("chanted "),
        P("shouting "),        P("shouted "),      P("reading "),  P("slogans such as "),
        P("slogans like "),    P("yelling "),      P("yelled ")};
    size_t open = h->start;
    while (open > 0 && text.ptr[open - 1] != '\n' && h->start - open < 80) {
        unsigned char c = (unsigned char)text.ptr[open - 1];
        if (c == '"' || (c == 0x9c && open >= 3 &&
                         memcmp(text.ptr + open - 3, "\xe2\x80\x9c", 3) == 0)) {
            size_t q = c == '"' ? open - 1 : open - 3; /* the opening quote mark */
            return any_before(text, q, openers, N_OF(openers));
        }
        if (c == 0x9d && open >= 3 && memcmp(text.ptr + open - 3, "\xe2\x80\x9d", 3) == 0)
            return 0; /* a closing quote: the hit is after a quotation */
        open--;
    }
    return 0;
}

/* Does a person's office in lower case follow the hit at byte e
 * ("Istanbul mayor Ekrem Imamoglu", "the arrest of Istanbul mayor")?  The
 * place names the office, not where things happened; "the Istanbul
 * Governor's Office" and "the mayor's office" are bodies with a seat. */
static int person_office(struct vg_str text, size_t e) {
    static const struct phrase offices[] = {P(" mayor"), P(" governor")};
    for (const struct phrase *o = offices; o < offices + N_OF(offices); o++) {
        size_t after = e + o->len;
        if (phrase_at(text, e, o) &&
            (after == text.len || text.ptr[after] == ' ' || text.ptr[after] == '\n' ||
             text.ptr[after] == ',' || text.ptr[after] == '.'))
            return 1;
    }
    return 0;
}

/* Is a town or region hit the first half of a hyphenated first name before a
 * surname: "Paul-Marie Gondjout", "Jean-Louis Kabamba"? */
static int hyphen_first_name(struct vg_str text, const struct vg_place_hit *h) {
    size_t e = h->end;
    if (h->place->kind == VG_PLACE_COUNTRY || e + 2 > text.len || text.ptr[e] != '-' ||
        !is_upper((unsigned char)text.ptr[e + 1]))
        return 0;
    size_t m = e + 2;
    while (m < text.len && is_lower((unsigned char)text.ptr[m]))
        m++;
    return m > e + 2 && m + 1 < text.len && text.ptr[m] == ' ' &&
           is_upper((unsigned char)text.ptr[m + 1]);
}

/* The length of a hyphen or an en dash at text[at], or 0. */
static size_t dash_at(struct vg_str text, size_t at) {
    if (at < text.len && text.ptr[at] == '-')
        return 1;
    return phrase_at(text, at, &(struct phrase)P("\xe2\x80\x93")) ? 3 : 0;
}

/* Is the hit one end of a road or line named after the towns it joins:
 * "the Multan-Lahore motorway", "the Dhaka–Sylhet highway"?  A road is no
 * place of events (its towns are not where the count happened); the
 * figure's place is found elsewhere. */
static int road_end(struct vg_str text, const struct vg_place_hit *h) {
    int joined = 0;
    size_t s = h->start, e = h->end, d;
    for (size_t k = 1; k <= 3 && k < s; k += 2)
        if (dash_at(text, s - k) == k && text.ptr[s - k - 1] != ' ')
            joined = 1; /* "-Lahore", "–Sylhet" */
    while ((d = dash_at(text, e)) && e + d < text.len && is_upper((unsigned char)text.ptr[e + d])) {
        joined = 1; /* "Multan-Lahore": past the other towns */
        e += d;
        while (e < text.len && text.ptr[e] != ' ' && !dash_at(text, e))
            e++;
    }
    static const struct phrase roads[] = {
        P(" highway"), P(" motorway"), P(" expressway"), P(" freeway"), P(" road"),
        P(" railway"), P(" railroad"), P(" rail "),      P(" pipeline"), P(" route"),
        P(" corridor"), P(" Highway"), P(" Motorway"),  P(" Expressway"), P(" Road")};
    return joined && any_at(text, e, roads, N_OF(roads));
}

/* Does the hit open the name of a day named after someone, further
 * capitalised words and "Day" after it ("a Martin Luther King Jr. Day
 * demonstration")?  A given name that is also a town's, no place. */
static int day_named(struct vg_str text, const struct vg_place_hit *h) {
    size_t e = h->end, words = 0;
    while (e + 1 < text.len && text.ptr[e] == ' ' && is_upper((unsigned char)text.ptr[e + 1])) {
        size_t k = e + 1;
        while (k < text.len && (is_lower((unsigned char)text.ptr[k]) ||
                                is_upper((unsigned char)text.ptr[k])))
            k++;
        if (k - (e + 1) == 3 && memcmp(text.ptr + e + 1, "Day", 3) == 0)
            return words > 0;
        if (k < text.len && text.ptr[k] == '.')
            k++; /* "Jr." */
        e = k;
        if (++words > 4)
            return 0;
    }
    return 0;
}

/* Is the hit a person's home town, after "a", "an" or "the" (or opening a line)
 * and before the word for the person ("including an Elmont man", "a Leeds
 * woman")?  It says
 * where one of the counted comes from, not where the count was made. */
static int hometown(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase art[] = {P("a "), P("an "), P("A "), P("An "), P("the "),
                                        P("The ")};
    /* one person: "the Kisumu residents" are the town's own, where it is */
    static const struct phrase person[] = {
        P(" man"),      P(" woman"),    P(" resident"), P(" native"),
        P(" teenager"), P(" boy"),      P(" girl"),     P(" grandmother"),
        P(" grandfather"),
    };
    size_t a = SIZE_MAX; /* where the article starts, a word of its own */
    for (const struct phrase *p = art; p < art + N_OF(art) && a == SIZE_MAX; p++)
        if (phrase_before(text, h->start, p))
            a = h->start - p->len;
    if (a == SIZE_MAX && (h->start == 0 || text.ptr[h->start - 1] == '\n'))
        a = h->start; /* a headline's "Elmont man among 29 arrested" */
    if (a == SIZE_MAX || (a > 0 && text.ptr[a - 1] != ' ' && text.ptr[a - 1] != '\n' &&
                          text.ptr[a - 1] != '('))
        return 0;
    for (const struct phrase *p = person; p < person + N_OF(person); p++) {
        size_t e = h->end + p->len;
        if (phrase_at(text, h->end, p) && (e >= text.len || !is_lower((unsigned char)text.ptr[e])))
            return 1;
    }
    return 0;
}

/* Hits that name an organisation or a base rather than where things
 * happened: "London-based", "Kenya Police", "Kazakhstan's Interior Ministry";
 * a part of a hyphenated word ("Lee Wai-man", "Kabul-born") or a surname
 * (speaking_surname). */
static int incidental(struct vg_str text, const struct vg_place_hit *h) {
    size_t e = h->end;
    if (e + 2 <= text.len && text.ptr[e] == '-' && is_lower((unsigned char)text.ptr[e + 1]))
        return 1;
    if (hyphen_first_name(text, h) || road_end(text, h))
        return 1;
    static const struct phrase stance[] = {P("pro-"), P("Pro-"), P("anti-"), P("Anti-")};
    if (any_before(text, h->start, stance, N_OF(stance)))
        return 1; /* "pro-Morales protesters", "anti-Moscow slogans": a side, not where */
    if (speaking_surname(text, h) || capital_acronym(text, h) || speech_venue(text, h) ||
        month_short(text, h) || cause_abroad(text, h) || slogan_words(text, h) ||
        hometown(text, h) || day_named(text, h))
        return 1;
    static const struct phrase by[] = {P(" by "), P(" by the ")};
    for (const struct phrase *b = by; b < by + N_OF(by); b++)
        if (h->place->kind == VG_PLACE_COUNTRY && phrase_before(text, h->start, b) &&
            !phrase_at(text, e, &(struct phrase)P("'s")) &&
            !phrase_at(text, e, &(struct phrase)P("\xe2\x80\x99s")))
            return 1; /* "detention by Russia": a state acting, not where; but
                       * "shootings by Mali's security forces" are in Mali */
    /* A law's name: "ст. 20.2 КоАП РФ", "УК РФ", «статьи 91 УПК РФ». */
    static const struct phrase codes[] = {
        P("\xd0\x9a\xd0\xbe\xd0\x90\xd0\x9f "), /* КоАП */
        P("\xd0\xa3\xd0\x9a "),                     /* УК */
        P("\xd0\x9f\xd0\x9a "),                     /* ПК: УПК, ГПК, АПК */
        P("\xd0\x9a\xd0\x90\xd0\xa1 "),             /* КАС */
        P("\xd0\x9d\xd0\x9a "),                     /* НК */
        P("\xd0\x93\xd0\x9a "),                     /* ГК */
        P("\xd0\xa2\xd0\x9a "),                     /* ТК */
        P("\xd0\x9a\xd0\xbe\xd0\xbd\xd1\x81\xd1\x82\xd0\xb8\xd1\x82\xd1\x83\xd1\x86\xd0\xb8\xd0\xb8 "), /* Конституции */
    };
    if (any_before(text, h->start, codes, N_OF(codes)))
        return 1;
    /* A surname after a title: "Mr Gao said", "Dr. Lima", "Justice Bello". */
    static const struct phrase titles[] = {P("Mr "),      P("Mr. "),     P("Mrs "),
                                           P("Mrs. "),     P("Ms "),      P("Ms. "),
                                           P("Dr "),       P("Dr. "),     P("Prof. "),
                                           P("Justice "),  P("Judge "),   P("Magistrate ")};
    for (const struct phrase *t = titles; t < titles + N_OF(titles); t++) {
        size_t n = t->len;
        if (phrase_before(text, h->start, t) &&
            (h->start == n || text.ptr[h->start - n - 1] == ' ' ||
             text.ptr[h->start - n - 1] == '\n' || text.ptr[h->start - n - 1] == '('))
            return 1;
    }
    /* A directorate's jurisdiction: «ГУ МВД по Свердловской области»,
     * «департамента полиции Мангистауской области». */
    static const struct phrase before[] = {
        P("\xd0\x9c\xd0\x92\xd0\x94 \xd0\xbf\xd0\xbe "),                     /* МВД по */
        P("\xd0\x92\xd0\x94 \xd0\xbf\xd0\xbe "),                                 /* ВД по (УВД, ГУВД) */
        P("\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xb8\xd1\x86\xd0\xb8\xd0\xb8 "), /* полиции */
        P("\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd0\xb8 \xd0\xbf\xd0\xbe "), /* России по */
        P("\xd0\xa4\xd0\xb5\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd0\xbf\xd0\xbe "), /* Федерации по */
    };
    for (const struct phrase *b = before; b < before + N_OF(before); b++)
        if (phrase_before(text, h->start, b) && h->place->kind == VG_PLACE_REGION)
            return 1;
    /* A country in an agency's name before its jurisdiction: «УМВД России
     * по Хабаровскому краю», «СК Российской Федерации по …». */
    if (h->place->kind == VG_PLACE_COUNTRY && e + 6 <= text.len &&
        memcmp(text.ptr + e, " \xd0\xbf\xd0\xbe ", 6) == 0) /* " по " */
        return 1;
    static const struct phrase orgs[] = {
        P(" Police"), P(" Ministry"),   P(" University"), P(" International"), P(" Bureau"),
        P(" Human"),  P(" Times"),      P(" News"),       P(" Press"),         P(" Television"),
        P(" Radio"),  P(" Post"),       P(" Daily"),      P(" Herald"),        P(" Cone"),
        P(" National"), P(" State University"), P("'s Interior"), P("\xe2\x80\x99s Interior"),
        P(" Tribune"), P(" Mirror"), P(" Gazette"), P(" Chronicle"), P(" Telegraph"),
        P(" Observer"), P(" Journal"), P(" Express"),
    };
    return any_at(text, e, orgs, N_OF(orgs)) || person_office(text, e);
}

/* Does an organisation's name run on after the hit: one to three
 * capitalised words ending in a word for a body of members or an outlet ("Houston Public Media", "Odisha
 * Unemployed Youth Forum", "Rift Valley Traders Association")?  Such a
 * name says who, not where ("Palestine Action" too: a campaign's word
 * may follow the place directly); so does a building named after a person
 * ("the Mark O. Hatfield US Courthouse"). */
static int named_body(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase bodies[] = {P("Forum"),     P("Front"),     P("Network"),
                                           P("Union"),     P("Movement"),  P("Association"),
                                           P("Alliance"),  P("Federation"), P("Coalition"),
                                           P("Collective"), P("Society"),  P("Party"),
                                           P("Post"),      P("Times"),     P("Herald"),
                                           P("Tribune"),   P("Journal"),   P("Gazette"),
                                           P("Telegraph"), P("Chronicle"), P("Agency"),
                                           P("Courthouse"), P("Action"), P("Solidarity"),
                                           P("Campaign"), P("Day"),
                                           P("Media")};
    /* A campaign's or a forum's name may be the place and one word:
     * "Palestine Action", "Ukraine Solidarity Campaign", "Penal Forum"; so
     * may a day's ("Bastille Day", "Saba Saba Day"). */
    static const struct phrase direct[] = {P("Action"), P("Solidarity"), P("Campaign"),
                                           P("Forum"), P("Day")};
    size_t e = h->end;
    for (int words = 0; words < 4; words++) {
        if (e + 2 > text.len || text.ptr[e] != ' ' || !(text.ptr[e + 1] >= 'A' && text.ptr[e + 1] <= 'Z'))
            return 0;
        size_t a = e + 1, b = a;
        while (b < text.len && ((text.ptr[b] >= 'a' && text.ptr[b] <= 'z') ||
                                (text.ptr[b] >= 'A' && text.ptr[b] <= 'Z')))
            b++;
        for (const struct phrase *o = bodies; o < bodies + N_OF(bodies); o++)
            if (words > 0 && b - a == o->len && memcmp(text.ptr + a, o->s, o->len) == 0)
                return 1;
        for (const struct phrase *o = direct; o < direct + N_OF(direct); o++)
            if (words == 0 && b - a == o->len && memcmp(text.ptr + a, o->s, o->len) == 0)
                return 1;
        e = b;
    }
    return 0;
}

/* Is the hit the name of a local institution ("Almaty City Court",
 * "Minsk Regional Hospital", "Victoria General Hospital")?  Such a name
 * places events in its city (and counts as a mention of it for the main
 * place), but only a city of the report's own country: a country's court
 * or an institution named after a place abroad is no place of events. */
static int institution(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase local[] = {P(" Hospital"), P(" General"), P(" Regional"),
                                          P(" City Court"), P(" Court")};
    return any_at(text, h->end, local, N_OF(local));
}

/* Is the hit an institution's name that places nothing (see institution)? */
static int institution_elsewhere(const struct place_state *ps, struct vg_str text,
                                 const struct vg_place_hit *h) {
    if (!institution(text, h))
        return 0;
    return h->demonym || h->place->kind == VG_PLACE_COUNTRY || !ps->main ||
           strcmp(h->place->country, ps->main->country) != 0;
}

/* Is the hit a town abroad that ends a capitalised name ("Foro Penal",
 * a rights group, is no town Peñal of Trinidad): a city or district of
 * another country than the report's, right after a capitalised word no
 * sentence opens with? */
static int foreign_in_name(const struct place_state *ps, struct vg_str text,
                           const struct vg_place_hit *h) {
    if (!ps->main || h->demonym ||
        (h->place->kind != VG_PLACE_CITY && h->place->kind != VG_PLACE_DISTRICT))
        return 0;
    return strcmp(h->place->country, ps->main->country) != 0 && after_given_name(text, h->start);
}

/* Is the hit a demonym glued by a hyphen to a second capitalised word ("the
 * Ethiopian-Israeli community", "Sudanese-Egyptian traders")?  It tells an
 * origin before the nationality, no place of the report's; the second part
 * is a hit of its own. */
static int origin_demonym(struct vg_str text, const struct vg_place_hit *h) {
    return h->demonym && h->end + 1 < text.len && text.ptr[h->end] == '-' &&
           text.ptr[h->end + 1] >= 'A' && text.ptr[h->end + 1] <= 'Z';
}

/* Find the places of text[start, end), leaving out incidental ones. */
static size_t scan_places(const struct place_state *ps, struct vg_str text, size_t start,
                          size_t end, struct vg_place_hit *hits) {
    size_t n = vg_gazetteer_find(ps->g, text.ptr + start, end - start, hits, PLACE_MAX_HITS);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        hits[i].start += start;
        hits[i].end += start;
        if (!incidental(text, &hits[i]) && !named_body(text, &hits[i]) &&
            !foreign_in_name(ps, text, &hits[i]) && !origin_demonym(text, &hits[i]))
            hits[o++] = hits[i];
    }
    return o;
}

/* The places of a sentence.  A sentence that lies on one line of the
 * opening already read for the main place takes them from there: a name
 * cannot run across the end of a line (see find_main), so the line's places
 * inside the sentence are the sentence's own. */
static size_t sentence_places(const struct place_state *ps, struct vg_str text, size_t start,
                              size_t end, struct vg_place_hit *hits) {
    if (!ps->main_done || end > ps->head_end || memchr(text.ptr + start, '\n', end - start))
        return scan_places(ps, text, start, end, hits);
    size_t o = 0;
    for (size_t i = 0; i < ps->n_head && o < PLACE_MAX_HITS; i++)
        if (ps->head[i].start >= start && ps->head[i].end <= end)
            hits[o++] = ps->head[i];
    return o;
}

/* The main place once the other places of the opening are weighed.  A
 * country whose only city named carries at least half its weight is that
 * city ("Paraguay ... in Asunción").  A city whose country's other cities
 * weigh as much as it does, or whose country is named nearly as often, with
 * at least two mentions of those other cities, gives way to the region
 * named that holds them all, else to the country: a report on protests
 * across a country.  A city inside a region named more than half as often
 * as itself gives way to the region. */
static const struct vg_place *widen_main(const struct place_state *ps,
                                         const struct vg_place *const *cand, const int *score,
                                         size_t n_cand, size_t best) {
    const struct vg_place *top = cand[best];
    int s_top = score[best];
    if (top->kind == VG_PLACE_COUNTRY) {
        size_t city = n_cand, n_city = 0;
        for (size_t k = 0; k < n_cand; k++)
            if (specificity(cand[k]) >= 3 && score[k] >= 2 &&
                strcmp(cand[k]->country, top->country) == 0) {
                city = k;
                n_city++;
            }
        if (n_city == 1 && 2 * score[city] >= s_top)
            return cand[city];
        return top;
    }
    if (specificity(top) < 3)
        return top;
    int others = 0, s_country = 0, s_region = 0;
    const struct vg_place *region = NULL;
    for (size_t k = 0; k < n_cand; k++) {
        const struct vg_place *p = cand[k];
        if (k == best || strcmp(p->country, top->country) != 0)
            continue;
        if (p->kind == VG_PLACE_COUNTRY)
            s_country += score[k];
        else if (p->kind == VG_PLACE_REGION && vg_gazetteer_contains(p, top) &&
                 score[k] > s_region) {
            region = p;
            s_region = score[k];
        } else if (specificity(p) >= 3 && !vg_gazetteer_contains(p, top) &&
                   !vg_gazetteer_contains(top, p))
            others += score[k];
    }
    int wide = others >= 4 && (2 * others >= s_top || 4 * s_country >= 3 * s_top) &&
               others + s_country >= s_top;
    if (wide) {
        int holds_all = region != NULL;
        for (size_t k = 0; k < n_cand && holds_all; k++) {
            const struct vg_place *p = cand[k];
            if (k != best && specificity(p) >= 3 && strcmp(p->country, top->country) == 0 &&
                !vg_gazetteer_contains(region, p))
                holds_all = 0;
        }
        if (holds_all)
            return region;
        const struct vg_place *c = vg_gazetteer_country(ps->g, top->country);
        return c ? c : top;
    }
    if (region && 2 * s_region > s_top)
        return region;
    return top;
}

/* The report's main place, read from its opening line by line; the places
 * found are kept for the sentences of those lines. */
static void find_main(struct place_state *ps, struct vg_str text) {
    ps->main_done = 1;
    ps->n_head = 0;
    ps->head_end = 0;
    struct vg_place_hit hits[PLACE_MAX_HITS];
    const struct vg_place *cand[64];
    int score[64];
    size_t first[64]; /* where each candidate is first named */
    size_t n_cand = 0, dated = 64;
    size_t limit = text.len < MAIN_SCAN_BYTES ? text.len : MAIN_SCAN_BYTES;
    size_t pos = 0;
    int head_full = 0;
    while (pos < limit) {
        const char *nl = memchr(text.ptr + pos, '\n', limit - pos);
        size_t e = nl ? (size_t)(nl - text.ptr) : limit;
        size_t n = scan_places(ps, text, pos, e, hits);
        /* A full line whose places all fit extends the opening kept; a
         * line cut by the limit is not kept (a name may run on past it),
         * nor one with as many places as a scan returns (it may have more). */
        if (!head_full && (nl || e == text.len) && n < PLACE_MAX_HITS &&
            ps->n_head + n <= PLACE_HEAD_HITS) {
            memcpy(ps->head + ps->n_head, hits, n * sizeof *hits);
            ps->n_head += n;
            ps->head_end = e;
        } else {
            head_full = 1;
        }
        for (size_t i = 0; i < n; i++) {
            const struct vg_place *p = hits[i].place;
            if (institution(text, &hits[i]) && (hits[i].demonym || p->kind == VG_PLACE_COUNTRY))
                continue;
            size_t k = 0;
            while (k < n_cand && cand[k] != p)
                k++;
            if (k == n_cand) {
                if (n_cand == 64)
                    continue;
                cand[n_cand] = p;
                first[n_cand] = hits[i].start;
                score[n_cand++] = 0;
            }
            /* A wire dateline ("KISUMU, Kenya, March 4 -") counts double. */
            int dateline = hits[i].start == pos && e - pos > 40 &&
                           (text.ptr[hits[i].start + 1] >= 'A' && text.ptr[hits[i].start + 1] <= 'Z');
            score[k] += hits[i].demonym ? 1 : 2 + (dateline ? 4 : 0);
            /* A newspaper's "OKARA:" names the town its correspondent
             * covers: a report from there, however many towns around it
             * the story goes on to name.  A wire's "DAKAR, June 3 -"
             * only says where the bureau is. */
            if (dateline && !hits[i].demonym && dated == 64 && hits[i].end < e &&
                text.ptr[hits[i].end] == ':')
                dated = k;
        }
        pos = e + 1;
    }
    int best = -1;
    for (size_t k = 0; k < n_cand; k++) {
        if (best < 0 || score[k] > score[best] ||
            (score[k] == score[best] && specificity(cand[k]) > specificity(cand[best])))
            best = (int)k;
    }
    /* A place named once, far into the report ("seized petrol bombs in a
     * flat in Jordan", a Hong Kong street), is no place of the report's own. */
    if (best >= 0 && score[best] <= 2 && first[best] > LATE_ONLY_BYTES)
        best = -1;
    ps->main_named = best >= 0 ? cand[best] : NULL;
    if (best >= 0 && (size_t)best == dated && specificity(cand[best]) >= 3) /* "OKARA:" */
        ps->main = cand[best];
    else
        ps->main = best >= 0 ? widen_main(ps, cand, score, n_cand, (size_t)best) : NULL;
    size_t kept = 0; /* the opening's places, less towns abroad ending a name */
    for (size_t i = 0; i < ps->n_head; i++)
        if (!foreign_in_name(ps, text, &ps->head[i]))
            ps->head[kept++] = ps->head[i];
    ps->n_head = kept;
}

/* A dash that ends a dateline at byte i ("CHICAGO - ", "CHICAGO \xe2\x80\x94 ",
 * "CHICAGO -- "): its length with the space after it, or 0. */
static size_t dateline_dash(struct vg_str text, size_t i) {
    const char *p = text.ptr + i;
    size_t left = text.len - i, n = 0;
    if (left >= 3 && (memcmp(p, "\xe2\x80\x94", 3) == 0 || memcmp(p, "\xe2\x80\x93", 3) == 0))
        n = 3;
    else if (left >= 2 && memcmp(p, "--", 2) == 0)
        n = 2;
    else if (left >= 1 && *p == '-')
        n = 1;
    return n && n < left && p[n] == ' ' ? n + 1 : 0;
}

/* Does the line at `pos` open with a wire dateline in capitals: "CHICAGO
 * -", "PORTLAND, Ore. (AP) -", "SAN JOSE, Costa Rica -"?  Returns its
 * place, or NULL.  Only the capitals before the first comma or dash are a
 * place; what follows up to the dash may be a state, a country or an
 * agency in brackets. */
static const struct vg_place *line_dateline(const struct place_state *ps, struct vg_str text,
                                            size_t pos, size_t e) {
    size_t i = pos, caps = 0;
    while (i < e && ((text.ptr[i] >= 'A' && text.ptr[i] <= 'Z') || text.ptr[i] == ' ' ||
                     text.ptr[i] == '.' || text.ptr[i] == '\'')) {
        caps += text.ptr[i] >= 'A' && text.ptr[i] <= 'Z';
        i++;
    }
    size_t name_end = i;
    while (name_end > pos && text.ptr[name_end - 1] == ' ')
        name_end--;
    if (caps < 3 || name_end >= e)
        return NULL;
    size_t j = name_end;
    if (text.ptr[j] == ',') {
        for (; j < e && j - i < 32 && text.ptr[j] != '-' && (unsigned char)text.ptr[j] != 0xe2;
             j++)
            if (text.ptr[j] == '\n' || (text.ptr[j] >= '0' && text.ptr[j] <= '9'))
                return NULL; /* "LIMA, March 11 -": a date, which the opening reads */
        if (text.ptr[j - 1] == ' ')
            j--;
    } else if (j + 1 < e && text.ptr[j] == ' ' && text.ptr[j + 1] == '(') {
        const char *close = memchr(text.ptr + j, ')', e - j);
        if (!close || close - (text.ptr + j) > 16)
            return NULL;
        j = (size_t)(close - text.ptr) + 1; /* "SEATTLE (AP) -": the agency */
    }
    if (j >= e || text.ptr[j] != ' ' || !dateline_dash(text, j + 1))
        return NULL;
    struct vg_place_hit hits[PLACE_MAX_HITS];
    size_t n = scan_places(ps, text, pos, name_end, hits);
    return n == 1 && hits[0].start == pos && hits[0].end == name_end && !hits[0].demonym
               ? hits[0].place
               : NULL;
}

/* Note the datelines that open later parts of the report (the first one,
 * near the top, is the report's own, which the main place weighs). */
static void find_datelines(struct place_state *ps, struct vg_str text) {
    ps->n_dl = 0;
    int first = 1;
    for (size_t pos = 0; pos < text.len && ps->n_dl < PLACE_DATELINES;) {
        const char *nl = memchr(text.ptr + pos, '\n', text.len - pos);
        size_t e = nl ? (size_t)(nl - text.ptr) : text.len;
        const struct vg_place *p = e > pos ? line_dateline(ps, text, pos, e) : NULL;
        if (p && !(first && pos < OWN_DATELINE_BYTES)) {
            ps->dl_place[ps->n_dl] = p;
            ps->dl_at[ps->n_dl++] = pos;
        }
        if (p)
            first = 0;
        pos = e + 1;
    }
}

/* The place of the part of the report, under a later dateline, that holds
 * byte `at`, or NULL: none, or the part was closed by a sentence naming the
 * report's main place again. */
static const struct vg_place *dateline_part(const struct place_state *ps, size_t at) {
    size_t k = ps->n_dl;
    while (k > 0 && ps->dl_at[k - 1] > at)
        k--;
    if (k == 0 || ps->dl_closed == ps->dl_at[k - 1] + 1)
        return NULL;
    return ps->dl_place[k - 1];
}

/* A sentence at `at` names place p itself: when that is the report's main
 * place again, the part under a later dateline is over. */
static void close_part(struct place_state *ps, const struct vg_place *p, size_t at) {
    const struct vg_place *part = dateline_part(ps, at);
    if (!part || !ps->main || p == part || place_same_event(ps, p->name, part->name))
        return;
    if (place_same_event(ps, p->name, ps->main->name)) {
        size_t k = ps->n_dl;
        while (k > 0 && ps->dl_at[k - 1] > at)
            k--;
        ps->dl_closed = ps->dl_at[k - 1] + 1;
    }
}

/* Is the hit the label of the number at `at`: only white space and a dash
 * or colon between ("в Уральске — 23", "Almaty: 120"), or an opening
 * bracket right after it ("в Минске (29)")? */
/* Does the hit open an item of a list right before its count, one space
 * between ("Detained: Nakuru 12, Eldoret 8 and Kisumu 5"): after a colon,
 * comma, semicolon, dash or "and"? */
static int item_start(struct vg_str text, const struct vg_place_hit *h, size_t at) {
    if (at != h->end + 1 || text.ptr[h->end] != ' ' || h->start < 2)
        return 0;
    size_t i = h->start;
    while (i > 0 && text.ptr[i - 1] == ' ')
        i--;
    if (i == 0)
        return 0;
    char ch = text.ptr[i - 1];
    if (ch == ',' || ch == ':' || ch == ';' || ch == '-')
        return 1;
    return i >= 4 && memcmp(text.ptr + i - 4, " and", 4) == 0;
}

/* Does the hit open an item after a colon or semicolon: "... as follows:
 * Gauteng, 611; KwaZulu-Natal, 447"? */
static int opens_item(struct vg_str text, const struct vg_place_hit *h) {
    size_t i = h->start;
    while (i > 0 && text.ptr[i - 1] == ' ')
        i--;
    return i > 0 && (text.ptr[i - 1] == ';' || text.ptr[i - 1] == ':');
}

static int labels(struct vg_str text, const struct vg_place_hit *h, size_t at) {
    size_t i = h->end;
    int mark = 0;
    if (h->demonym || at <= i || at - i > 12)
        return 0;
    while (i < at) {
        unsigned char ch = (unsigned char)text.ptr[i];
        if (ch == ' ') {
            i++;
        } else if ((ch == '-' || ch == ':' || (ch == '(' && i + 1 == at) ||
                    (ch == ',' && opens_item(text, h))) &&
                   !mark) {
            mark = 1;
            i++;
        } else if (ch == 0xe2 && i + 2 < at && (unsigned char)text.ptr[i + 1] == 0x80 &&
                   ((unsigned char)text.ptr[i + 2] == 0x93 ||
                    (unsigned char)text.ptr[i + 2] == 0x94) && !mark) {
            mark = 1; /* en or em dash */
            i += 3;
        } else if (ch == 0xc2 && i + 1 < at && (unsigned char)text.ptr[i + 1] == 0xa0) {
            i += 2; /* no-break space */
        } else {
            return 0;
        }
    }
    return mark || item_start(text, h, at);
}

/* Does a dash or colon follow the hit: the label of a tally's item ("в
 * Гродно — около сорока", "Lyon: 40")? */
static int item_label(struct vg_str text, const struct vg_place_hit *h) {
    size_t i = h->end;
    while (i < text.len && text.ptr[i] == ' ')
        i++;
    if (i < text.len && (text.ptr[i] == ':' || text.ptr[i] == '-'))
        return 1;
    return i + 2 < text.len && (unsigned char)text.ptr[i] == 0xe2 &&
           (unsigned char)text.ptr[i + 1] == 0x80 &&
           ((unsigned char)text.ptr[i + 2] == 0x93 || (unsigned char)text.ptr[i + 2] == 0x94);
}

/* Is there a comma (not one inside a number, "1,024") or semicolon in
 * text[from, to)? */
static int comma_between(struct vg_str text, size_t from, size_t to) {
    for (size_t i = from; i < to && i < text.len; i++) {
        if (text.ptr[i] == ';')
            return 1;
        if (text.ptr[i] == ',' && !(i + 1 < text.len && text.ptr[i + 1] >= '0' &&
                                    text.ptr[i + 1] <= '9'))
            return 1;
    }
    return 0;
}

/* Is there a semicolon between offsets a and b, in either order? */
static int semicolon_between(struct vg_str text, size_t a, size_t b) {
    size_t from = a < b ? a : b, to = a < b ? b : a;
    for (size_t i = from; i < to && i < text.len; i++)
        if (text.ptr[i] == ';')
            return 1;
    return 0;
}

/* The end of the agency's credit in brackets at `open` after a dateline's
 * place ("CAIRO (AP) - ", "MOSCOW (UrduPoint News / Sputnik - 08th
 * August, 2020) Some 60 people ..."): after the dash that follows it, or,
 * when the place is in capitals, right after the closing bracket; else
 * 0. */
static size_t agency_credit_end(struct vg_str text, const struct vg_place_hit *h, size_t open) {
    size_t k = open + 1;
    while (k < text.len && k < open + 80 && text.ptr[k] != ')' && text.ptr[k] != '\n')
        k++;
    if (k >= text.len || text.ptr[k] != ')')
        return 0;
    k++;
    size_t j = k;
    while (j < text.len && text.ptr[j] == ' ')
        j++;
    if (j < text.len && text.ptr[j] == '-')
        return j + 1;
    if (j + 2 < text.len && (unsigned char)text.ptr[j] == 0xe2 &&
        (unsigned char)text.ptr[j + 1] == 0x80 &&
        ((unsigned char)text.ptr[j + 2] == 0x93 || (unsigned char)text.ptr[j + 2] == 0x94))
        return j + 3;
    for (size_t i = h->start; i < h->end; i++)
        if (text.ptr[i] >= 'a' && text.ptr[i] <= 'z')
            return 0; /* "Cairo (the capital) saw": no dateline */
    return k;
}

/* The end of a dateline's dash when the hit is the dateline's place at the
 * start of a line ("Nairobi, March 1, 2021 - In response to ... in
 * Tigray"), else 0: only a date's or a country's letters, digits, commas
 * and spaces stand between the hit and the dash.  The dateline says where
 * the report was written, not where what it counts happened. */
static size_t dateline_hit(struct vg_str text, const struct vg_place_hit *h) {
    size_t i = h->start;
    int bracket = i > 0 && text.ptr[i - 1] == '(';
    i -= (size_t)bracket; /* "(Nairobi) – ...": a rights group's dateline */
    while (i > 0 && (text.ptr[i - 1] == ' ' || text.ptr[i - 1] == '\t'))
        i--;
    if (i > 0 && text.ptr[i - 1] != '\n')
        return 0;
    for (size_t k = h->end; k < text.len && k < h->end + 40; k++) {
        unsigned char ch = (unsigned char)text.ptr[k];
        if (bracket && ch == ')' && k == h->end)
            continue;
        if (ch == '-' && k > h->end && text.ptr[k - 1] == ' ')
            return k + 1;
        if (ch == 0xe2 && k + 2 < text.len && (unsigned char)text.ptr[k + 1] == 0x80 &&
            ((unsigned char)text.ptr[k + 2] == 0x93 || (unsigned char)text.ptr[k + 2] == 0x94))
            return k + 3; /* en or em dash */
        if (ch == '(')
            return agency_credit_end(text, h, k);
        if (!(ch == ' ' || ch == ',' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 0;
}

/* Is the hit the surname of a person the report names ("Nina Sokol", where
 * Sokol is also a town)?  It follows a capitalised word and is the last
 * word of a person's name. */
static int surname_hit(const struct place_state *ps, struct vg_str text,
                       const struct vg_place_hit *h) {
    if (!ps->r || !ps->r->n_persons || h->start < 3 || text.ptr[h->start - 1] != ' ')
        return 0;
    size_t b = h->start - 1;
    while (b > 0 && (unsigned char)text.ptr[b - 1] > ' ' && text.ptr[b - 1] != ',' &&
           text.ptr[b - 1] != '(')
        b--;
    unsigned char c0 = (unsigned char)text.ptr[b], c1 = (unsigned char)text.ptr[b + 1];
    if (!((c0 >= 'A' && c0 <= 'Z') || (c0 == 0xD0 && c1 >= 0x90 && c1 <= 0xAF)))
        return 0;
    size_t n = h->end - h->start;
    for (size_t i = 0; i < ps->r->n_persons; i++) {
        struct vg_str name = ps->r->persons[i].written;
        if (name.len > n && name.ptr[name.len - n - 1] == ' ' &&
            memcmp(name.ptr + name.len - n, text.ptr + h->start, n) == 0)
            return 1;
    }
    return 0;
}

/* Does a colon or a dash stand in text[from, to): the count at `from` is
 * broken down after it ("52 people: 40 in Lyon and 12 in Marseille")? */
static int breakdown_between(struct vg_str text, size_t from, size_t to) {
    for (size_t i = from; i < to && i < text.len; i++) {
        unsigned char ch = (unsigned char)text.ptr[i];
        if (ch == ':' || (ch == '-' && i > 0 && text.ptr[i - 1] == ' '))
            return 1;
        if (ch == 0xe2 && i + 2 < text.len && (unsigned char)text.ptr[i + 1] == 0x80 &&
            ((unsigned char)text.ptr[i + 2] == 0x93 || (unsigned char)text.ptr[i + 2] == 0x94))
            return 1;
    }
    return 0;
}

/* Does "in the <one word> town of" open the place name at `start`: "in
 * the northern town of Kamakwie", "in the coastal city of Mombasa"?
 * Returns where "in" starts, or SIZE_MAX. */
static size_t in_described_town(struct vg_str text, size_t start) {
    static const char *const units[] = {" town of ", " city of ", " village of ", NULL};
    static const char lead[] = " in the ";
    for (const char *const *u = units; *u; u++) {
        size_t n = strlen(*u), b;
        if (start < n || memcmp(text.ptr + start - n, *u, n) != 0)
            continue;
        b = start - n;
        while (b > 0 && is_lower((unsigned char)text.ptr[b - 1]))
            b--; /* the word describing it: "northern", "coastal" */
        if (b == start - n || b < sizeof lead - 1)
            return SIZE_MAX;
        if (memcmp(text.ptr + b - (sizeof lead - 1), lead, sizeof lead - 1) == 0)
            return b - (sizeof lead - 1);
    }
    return SIZE_MAX;
}

/* Does "in" open the place name at `start`: "in Juliaca", "in the city
 * of Puno", "in the province of Chucuito"?  Returns where "in" starts,
 * or SIZE_MAX. */
static size_t in_before(struct vg_str text, size_t start) {
    static const struct phrase units[] = {P(" in the city of "), P(" in the town of "),
                                          P(" in the province of "), P(" in the region of "),
                                          P(" in the department of "), P(" in the district of "),
                                          P(" in the municipality of "), P(" in "), P(" in the "),
                                          P(" in the capital, "), P(" in the capital "),
                                          P(" from ")};
    for (const struct phrase *u = units; u < units + N_OF(units); u++)
        if (phrase_before(text, start, u))
            return start - u->len;
    return in_described_town(text, start);
}

/* Does text[a, b) join two clauses or items: " and ", " or ", " but ",
 * " while "? */
static int joins_items(struct vg_str text, size_t a, size_t b) {
    static const struct phrase joins[] = {P(" and "), P(" or "), P(" but "), P(" while ")};
    for (size_t k = a; k < b; k++) {
        if (text.ptr[k] != ' ')
            continue; /* every join opens with a space */
        for (const struct phrase *j = joins; j < joins + N_OF(joins); j++)
            if (k + j->len <= b + 1 && phrase_at(text, k, j))
                return 1;
    }
    return 0;
}

/* Is the comma at k a thousands separator, between digits ("1,100")? */
static int digit_comma(struct vg_str text, size_t k) {
    return k > 0 && k + 1 < text.len && text.ptr[k - 1] >= '0' && text.ptr[k - 1] <= '9' &&
           text.ptr[k + 1] >= '0' && text.ptr[k + 1] <= '9';
}

/* The hit that follows the count at `at` as its own place, "in" and
 * words only between ("- 8 in Eldoret - 5 in Kisumu": the dash before the
 * count parts the items, it labels none; "31 in the city of Puno"), as
 * an index into hits, or -1. */
static long own_place_after(struct vg_str text, const struct vg_place_hit *hits, size_t n,
                            size_t at) {
    for (size_t i = 0; i < n; i++) {
        size_t in = hits[i].start > at ? in_before(text, hits[i].start) : SIZE_MAX;
        if (in == SIZE_MAX || in < at || in - at > 24 || joins_items(text, at, in))
            continue;
        int clean = 1;
        for (size_t k = at; k < in && clean; k++)
            clean = (text.ptr[k] != ',' || digit_comma(text, k)) && text.ptr[k] != ';' &&
                    text.ptr[k] != '-' &&
                    text.ptr[k] != '(' && text.ptr[k] != '\n' &&
                    text.ptr[k] != ':' && (unsigned char)text.ptr[k] != 0xe2;
        if (clean)
            return (long)i;
    }
    return -1;
}

/* Are the n bytes at t the lower-case phrase c, letters of t in either
 * case (ASCII, and Russian Cyrillic: "По всей стране")? */
static int folded_equal(const char *t, const char *c, size_t n) {
    for (size_t k = 0; k < n; k++) {
        unsigned char x = (unsigned char)t[k], y = (unsigned char)c[k];
        if (y < 0x80) {
            if ((x >= 'A' && x <= 'Z' ? x | 0x20 : x) != y)
                return 0;
            continue;
        }
        if (k + 1 >= n)
            return 0;
        unsigned char x1 = (unsigned char)t[k + 1];
        if (x == 0xD0 && x1 >= 0x90 && x1 <= 0x9F)
            x1 += 0x20; /* А-П */
        else if (x == 0xD0 && x1 >= 0xA0 && x1 <= 0xAF)
            x = 0xD1, x1 -= 0x20; /* Р-Я */
        if (x != y || x1 != (unsigned char)c[k + 1])
            return 0;
        k++;
    }
    return 1;
}

/* Is the hit the own place of another count after the one at `at`, an
 * item of its breakdown: "Six people were killed, four in Gauteng and
 * two in Limpopo" (for the six, Gauteng is the four's)? */
static int later_count_place(struct vg_str text, const struct vg_place_hit *h, size_t at) {
    static const char *const words[] = {"one", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "eleven", "twelve", NULL};
    size_t in = h->start > at ? in_before(text, h->start) : SIZE_MAX;
    if (in == SIZE_MAX || in <= at)
        return 0;
    size_t b = in;
    while (b > at && text.ptr[b - 1] != ' ')
        b--;
    if (b <= at || b == in)
        return 0; /* the count at `at` itself: "96 in Juliaca" */
    if (!comma_between(text, at, b) && !joins_items(text, at, b) &&
        !breakdown_between(text, at, b))
        return 0; /* "a crowd of about 5,000 in Harare": its own number */
    int digits = 1;
    for (size_t k = b; k < in; k++)
        digits &= (text.ptr[k] >= '0' && text.ptr[k] <= '9') || text.ptr[k] == ',';
    if (digits)
        return 1;
    for (const char *const *w = words; *w; w++)
        if (strlen(*w) == in - b && folded_equal(text.ptr + b, *w, in - b))
            return 1;
    return 0;
}

/* Is the hit of place p named together with another city of the hits,
 * only ", " or " and " between them: "in Almaty and Shymkent", "in Lyon,
 * Marseille and Toulouse"? */
static int coordinated(struct vg_str text, const struct vg_place_hit *const *kept, size_t n,
                       const struct vg_place *p) {
    static const char *const joins[] = {" and ", ", ", ", and ", " & ", NULL};
    for (size_t i = 0; i + 1 < n; i++) {
        const struct vg_place_hit *x = kept[i], *y = kept[i + 1];
        if ((x->place != p && y->place != p) || x->demonym || y->demonym ||
            specificity(x->place) < 3 || specificity(y->place) < 3 || x->place == y->place ||
            y->start < x->end)
            continue;
        size_t gap = y->start - x->end;
        for (const char *const *j = joins; *j; j++)
            if (gap == strlen(*j) && memcmp(text.ptr + x->end, *j, gap) == 0)
                return 1;
    }
    return 0;
}

/* Is the hit a point of reference for a place named before it: "in
 * Faiyum, south of Cairo", "Thika, 40 km north-east of Nairobi"? */
static int reference_point(struct vg_str text, const struct vg_place_hit *h) {
    static const struct phrase ways[] = {
        P("north of "),      P("south of "),      P("east of "),       P("west of "),
        P("northeast of "),  P("northwest of "),  P("southeast of "),  P("southwest of "),
        P("north-east of "), P("north-west of "), P("south-east of "), P("south-west of "),
        P("km from "),       P("kilometres from "), P("kilometers from "), P("miles from ")};
    return any_before(text, h->start, ways, N_OF(ways));
}

/* The place a sentence's hits give, or NULL. */
static const struct vg_place *choose(const struct place_state *ps, struct vg_str text,
                                     const struct vg_place_hit *hits, size_t n, size_t at) {
    const struct vg_place *best = NULL;
    long own = own_place_after(text, hits, n, at);
    for (size_t i = 0; i < n; i++)
        if (labels(text, &hits[i], at) && own < 0)
            return hits[i].place;
    const struct vg_place_hit *kept[PLACE_MAX_HITS];
    size_t n_kept = 0;
    size_t dash = 0; /* the end of a dateline's dash: its places yield to those after it */
    for (size_t i = 0; i < n && !dash; i++)
        dash = hits[i].demonym ? 0 : dateline_hit(text, &hits[i]);
    int after_dash = 0;
    for (size_t i = 0; i < n && dash; i++)
        after_dash |= hits[i].start >= dash && !hits[i].demonym;
    size_t first_named = n; /* the first hit that names a place outright */
    for (size_t i = 0; i < n && first_named == n; i++)
        if (!hits[i].demonym && !reference_point(text, &hits[i]))
            first_named = i;
    for (size_t i = 0; i < n && n_kept < PLACE_MAX_HITS; i++)
        if (!institution_elsewhere(ps, text, &hits[i]) &&
            !(i > first_named && reference_point(text, &hits[i])) &&
            !(hits[i].start >= ps->aside_start && hits[i].end <= ps->aside_end) &&
            !surname_hit(ps, text, &hits[i]) && !(after_dash && hits[i].start < dash))
            kept[n_kept++] = &hits[i];
    for (size_t i = 0; own >= 0 && i < n_kept; i++)
        if (kept[i] == &hits[own] && !hits[own].demonym &&
            !coordinated(text, kept, n_kept, hits[own].place))
            return hits[own].place; /* "96 in Juliaca": the count's own place */
    /* "in Gilan, where 40 were held; in Kermanshah, 26": a semicolon
     * closes the number's clause, when the clause names a place itself. */
    size_t n_own = 0;
    for (size_t i = 0; i < n_kept; i++)
        n_own += !semicolon_between(text, kept[i]->start, at);
    if (n_own > 0 && n_own < n_kept) {
        size_t w = 0;
        for (size_t i = 0; i < n_kept; i++)
            if (!semicolon_between(text, kept[i]->start, at))
                kept[w++] = kept[i];
        n_kept = w;
    }
    const struct vg_place *other = NULL; /* another city counted with best */
    const struct vg_place *items_country = NULL; /* the country of later counts' places */
    int city_before = 0; /* a city named before the number: "в Минске задержаны 320" */
    for (size_t i = 0; i < n_kept; i++)
        city_before |= kept[i]->start < at && !kept[i]->demonym && specificity(kept[i]->place) >= 3;
    int best_spec = 0, several = 0;
    size_t best_dist = (size_t)-1, best_start = 0;
    for (size_t i = 0; i < n_kept; i++) {
        const struct vg_place_hit *h = kept[i];
        const struct vg_place *p = h->place;
        int spec = h->demonym ? 0 : specificity(p);
        if (spec > 1 && later_count_place(text, h, at)) {
            const struct vg_place *country = vg_gazetteer_country(ps->g, p->country);
            if (country) { /* the count the items break down is their country's */
                p = country;
                spec = specificity(country);
                items_country = country;
            }
        }
        size_t dist = h->start > at ? h->start - at : at - h->start;
        /* A place after the number and a comma belongs to the next item:
         * "в Уральске задержаны 23 человека, в Актобе — 14". */
        if (h->start > at && comma_between(text, at, h->start))
            dist += 1000;
        if (spec > best_spec) {
            best = p;
            best_spec = spec;
            best_dist = dist;
            best_start = h->start;
            several = 0;
        } else if (spec == best_spec && p != best) {
            if (spec >= 2 && !vg_gazetteer_contains(p, best) && !vg_gazetteer_contains(best, p) &&
                !(h->start > at && item_label(text, h) && city_before)) {
                several = 1; /* but a city labelling the next item ("..., в Гродно — 40") */
                other = p;
            }
            if (dist < best_dist) {
                best = p;
                best_dist = dist;
                best_start = h->start;
            }
        }
    }
    if (!best)
        return NULL;
    if (items_country && best != items_country && strcmp(best->country, items_country->country))
        return items_country; /* a namesake abroad ("North" in "Khartoum North") */
    if (best_spec == 0) /* only adjectives: "Kenyan police" */
        return vg_gazetteer_country(ps->g, best->country);
    if (several) {
        /* Several cities: the one right by the number, else their country;
         * not the first item of the total's breakdown, nor one of cities
         * named together ("in Almaty and Shymkent"). */
        if (best_dist < 60 && !(best_start > at && breakdown_between(text, at, best_start)) &&
            !coordinated(text, kept, n_kept, best))
            return best;
        /* The report's main region when it holds them: "in Aktau and
         * Zhanaozen" in a report on Mangystau. */
        const struct vg_place *m = ps->main;
        if (m && m->kind == VG_PLACE_REGION && vg_gazetteer_contains(m, best) &&
            vg_gazetteer_contains(m, other))
            return m;
        return vg_gazetteer_country(ps->g, best->country);
    }
    return best;
}

int place_inside(const struct place_state *ps, const char *inner, const char *outer) {
    if (!ps->g || strcmp(inner, outer) == 0)
        return 0;
    const struct vg_place *pi = vg_gazetteer_lookup(ps->g, vg_str_cstr(inner));
    const struct vg_place *po = vg_gazetteer_lookup(ps->g, vg_str_cstr(outer));
    if (pi && po && pi != po && vg_gazetteer_contains(po, pi))
        return 1;
    /* A region of the outer place's whose name another country's region
     * also bears: "Punjab" in Pakistan, though India's is the first
     * reading.  Only regions: small towns share names across the world. */
    pi = vg_gazetteer_lookup_in(ps->g, vg_str_cstr(inner), po);
    return pi && pi->kind == VG_PLACE_REGION;
}

/* vg_gazetteer_lookup of a gazetteer name, remembered by the name's
 * address (the gazetteer's names do not move or change). */
static const struct vg_place *lookup_name(struct place_state *ps, const char *name) {
    const size_t n = sizeof ps->looked / sizeof ps->looked[0];
    size_t home = (size_t)(((uintptr_t)name * 0x9E3779B97F4A7C15u) >> 32) % n, k = home;
    /* Up to four slots from its own: names that share a slot do not
     * evict each other at every merge. */
    for (size_t probe = 0; probe < 4; probe++, k = (k + 1) % n) {
        if (ps->looked[k].name == name)
            return ps->looked[k].place;
        if (!ps->looked[k].name)
            break;
    }
    if (ps->looked[k].name)
        k = home;
    ps->looked[k].name = name;
    ps->looked[k].place = vg_gazetteer_lookup(ps->g, vg_str_cstr(name));
    return ps->looked[k].place;
}

int place_same_event(struct place_state *ps, const char *a, const char *b) {
    if (strcmp(a, b) == 0)
        return 1;
    /* place_inside both ways, each name looked up once. */
    const struct vg_place *pa = ps->g ? lookup_name(ps, a) : NULL;
    const struct vg_place *pb = pa ? lookup_name(ps, b) : NULL;
    if (pb && pa != pb && (vg_gazetteer_contains(pb, pa) || vg_gazetteer_contains(pa, pb)))
        return 1; /* "7 detained in Moscow" and "7 detained in Russia" */
    if (!ps->main || !ps->main_named || ps->main == ps->main_named)
        return 0;
    const char *m = ps->main->name, *n = ps->main_named->name;
    return (strcmp(a, m) == 0 && strcmp(b, n) == 0) || (strcmp(a, n) == 0 && strcmp(b, m) == 0);
}

/* Sentences without figures are only read for places when a later figure
 * of the same paragraph needs them: remember the latest one. */
void place_note_sentence(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                         unsigned para_no) {
    (void)text;
    if (!ps->g)
        return;
    ps->note_start = start;
    ps->note_end = end;
    ps->note_para = para_no;
}

/* A heading's place, for the list lines under it (see place.h). */
void place_note_heading(struct place_state *ps, struct vg_str text, size_t start, size_t end) {
    if (!ps->g)
        return;
    struct vg_place_hit hits[PLACE_MAX_HITS];
    size_t n = sentence_places(ps, text, start, end, hits);
    ps->heading = n ? choose(ps, text, hits, n, end) : NULL;
    ps->heading_end = end;
}

void place_note_caption(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                        size_t until) {
    if (!ps->g)
        return;
    ps->heading = NULL;
    if (end > start) {
        struct vg_place_hit hits[PLACE_MAX_HITS];
        size_t n = sentence_places(ps, text, start, end, hits);
        ps->heading = n ? choose(ps, text, hits, n, end) : NULL;
    }
    ps->heading_end = until;
    ps->scope = NULL;
}

/* The place of the heading above the list line at byte `at`: no blank
 * line between, and not far. */
static const struct vg_place *heading_place(const struct place_state *ps, struct vg_str text,
                                            size_t at) {
    if (!ps->heading || at < ps->heading_end || at - ps->heading_end > 2048)
        return NULL;
    int newline = 0; /* the line before ended here, only blanks since */
    for (size_t i = ps->heading_end; i < at; i++) {
        char ch = text.ptr[i];
        if (ch == '\n') {
            if (newline)
                return NULL; /* a blank line: the list is over */
            newline = 1;
        } else if (ch != ' ' && ch != '\t' && ch != '\r') {
            newline = 0;
        }
    }
    return ps->heading;
}

static const struct vg_place *noted_place(struct place_state *ps, struct vg_str text,
                                          unsigned para_no) {
    if (ps->note_end > ps->note_start && ps->note_para == para_no) {
        struct vg_place_hit hits[PLACE_MAX_HITS];
        size_t n = sentence_places(ps, text, ps->note_start, ps->note_end, hits);
        const struct vg_place *p = choose(ps, text, hits, n, ps->note_end);
        ps->note_end = ps->note_start;
        if (p)
            ps->para = p;
    }
    return ps->para;
}

/* Does p[0..n) hold the bytes of key? */
static int holds(const char *p, size_t n, const char *key) {
    size_t k = strlen(key);
    const char *e = p + n;
    while ((size_t)(e - p) >= k) {
        const char *q = memchr(p, key[0], (size_t)(e - p) - k + 1);
        if (!q)
            return 0;
        if (memcmp(q, key, k) == 0)
            return 1;
        p = q + 1;
    }
    return 0;
}

/* Does a word go on at text[i] (before end): a letter, a digit or an
 * apostrophe ("in the country's capital" is no cue)? */
static int word_goes_on(struct vg_str text, size_t i, size_t end) {
    if (i >= end)
        return 0;
    unsigned char ch = (unsigned char)text.ptr[i];
    if (ch == 0xE2 && i + 2 < end && (unsigned char)text.ptr[i + 1] == 0x80 &&
        (unsigned char)text.ptr[i + 2] == 0x99)
        return 1; /* a curly apostrophe */
    return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' ? 1
           : (ch >= '0' && ch <= '9') || ch == '\'' || ch == 0xD0 || ch == 0xD1;
}

/* Where in text[start, end) a phrase says the count covers the whole
 * country ("nationwide", "across the country", "по всей стране"), or
 * SIZE_MAX. */
static size_t national_cue(struct vg_str text, size_t start, size_t end) {
    static const char *const cues[] = {
        "nationwide", "across the country", "throughout the country", "around the country",
        "all over the country", "countrywide", "across the nation", "in cities across",
        "in the country",
        "in several cities", "in many cities", "in dozens of cities", "in cities nationwide",
        "and other cities", "and other towns", "and several other cities",
        "\xd0\xbf\xd0\xbe \xd0\xb2\xd1\x81\xd0\xb5\xd0\xb9 \xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5", /* по всей стране */
        "\xd0\xb2\xd0\xbe \xd0\xb2\xd1\x81\xd0\xb5\xd0\xb9 \xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5", /* во всей стране */
        NULL};
    /* Every cue holds one of these: most sentences are done with after a
     * few fast scans. */
    static const char *const keys[] = {"ountr", "ationw", "nation", " cities", "other towns",
                                       "\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd", /* стран */
                                       NULL};
    int any = 0;
    for (const char *const *k = keys; *k && !any; k++)
        any = holds(text.ptr + start, end - start, *k);
    if (!any)
        return SIZE_MAX;
    /* The first place any cue starts at, in one pass over the text: a cue
     * starts with one of the letters below (the first letters of cues[]:
     * keep them in step), after no ASCII letter, digit or punctuation but
     * an opening bracket or quote. */
    for (size_t i = start; i < end; i++) {
        unsigned char ch = (unsigned char)text.ptr[i];
        if (ch != 0xD0 && ch != 0xD1) {
            switch (ch | 0x20) {
            case 'a': case 'c': case 'i': case 'n': case 't':
                break;
            default:
                continue;
            }
        }
        unsigned char prev = i > start ? (unsigned char)text.ptr[i - 1] : ' ';
        if (prev > ' ' && prev < 0x80 && prev != '(' && prev != '"')
            continue;
        for (const char *const *c = cues; *c; c++) {
            size_t n = strlen(*c);
            unsigned char first = (unsigned char)(*c)[0];
            if (i + n <= end &&
                (first < 0x80 ? (ch | 0x20) == first : ch == 0xD0 || ch == 0xD1) &&
                folded_equal(text.ptr + i, *c, n) && !word_goes_on(text, i + n, end))
                return i;
        }
    }
    return SIZE_MAX;
}

/* The country a count the text says covers the whole country is of: a
 * country the sentence names, else the report's main place's; NULL when
 * the cue is farther from the number at `at` than a place of the
 * sentence ("153,000 marched across the country, including 20,000 in
 * Paris": the 20,000 are Paris's) or no country is known. */
static const struct vg_place *national(const struct place_state *ps, struct vg_str text,
                                       size_t cue, size_t at) {
    size_t d_cue = cue > at ? cue - at : at - cue;
    if (cue > at ? comma_between(text, at, cue) : comma_between(text, cue, at))
        d_cue += 1000;
    const struct vg_place *country = NULL, *people_of = NULL;
    size_t dash = 0; /* a dateline's places say where the report was written */
    for (size_t i = 0; i < ps->n_hits && !dash; i++)
        dash = ps->hits[i].demonym ? 0 : dateline_hit(text, &ps->hits[i]);
    /* "in the country" says the whole country only where the sentence
     * names no place of its own ("working in the country ... at a
     * business in Allen"). */
    int weak_cue = folded_equal(text.ptr + cue, "in the country", 14);
    for (size_t i = 0; i < ps->n_hits; i++) {
        const struct vg_place_hit *h = &ps->hits[i];
        if (h->end <= dash)
            continue;
        if (weak_cue && !h->demonym)
            return NULL;
        if (h->place->kind == VG_PLACE_COUNTRY && !h->demonym) {
            country = h->place;
            continue;
        }
        if (h->place->kind == VG_PLACE_COUNTRY && !people_of)
            people_of = h->place; /* "the Venezuelan NGO said 275 are held in the country" */
        if (h->end + 1 == cue)
            continue; /* "in Minsk and other cities": the city is one of the cue's */
        size_t d = h->start > at ? h->start - at : at - h->start;
        if (h->start > at ? comma_between(text, at, h->start) : comma_between(text, h->end, at))
            d += 1000; /* "LIMA, March 11 - Some 40,000 ... across the country" */
        if (!h->demonym && d < d_cue)
            return NULL;
    }
    if (country || people_of)
        return country ? country : people_of;
    return ps->main ? vg_gazetteer_country(ps->g, ps->main->country) : NULL;
}

/* The place of a table row's figure.  A row's own place is its figures'
 * and no later row's; a row of none takes the caption's place, else the
 * paragraph's or the report's.  The total's row (and the rest's) takes the
 * place that holds every row's: the caption's or the report's main place
 * (else the first row's), widened to its country when a row lies outside
 * it. */
static const char *row_place(struct place_state *ps, struct vg_str text, size_t start,
                             size_t at) {
    const struct vg_place *own = ps->table_row >= 2 ? NULL : choose(ps, text, ps->hits, ps->n_hits, at);
    const struct vg_place *cap = heading_place(ps, text, start);
    if (!ps->scope)
        ps->scope = cap ? cap : ps->main;
    if (own) {
        /* A row outside the scope widens it to the scope's country; a row
         * of another country is more likely a namesake ("Gombe" of a
         * table of Kinshasa's communes) than a table across borders. */
        const struct vg_place *s = ps->scope;
        if (!s)
            ps->scope = own;
        else if (s != own && !vg_gazetteer_contains(s, own) && s->kind != VG_PLACE_COUNTRY &&
                 strcmp(s->country, own->country) == 0) {
            const struct vg_place *c = vg_gazetteer_country(ps->g, s->country);
            ps->scope = c ? c : s;
        }
        return own->name;
    }
    if (ps->table_row >= 2 && ps->scope)
        return ps->scope->name;
    if (cap)
        return cap->name;
    const struct vg_place *p = noted_place(ps, text, ps->para_no);
    if (p)
        return p->name;
    return ps->main ? ps->main->name : NULL;
}

const char *place_for_figure(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                             size_t at, unsigned para_no) {
    if (!ps->g)
        return NULL;
    if (!ps->main_done) {
        find_main(ps, text);
        find_datelines(ps, text);
    }
    if (para_no != ps->para_no) {
        ps->para = NULL;
        ps->para_no = para_no;
    }
    if (ps->hits_start != start || ps->hits_end != end) {
        ps->n_hits = sentence_places(ps, text, start, end, ps->hits);
        ps->cue = ps->cue_words ? national_cue(text, start, end) : SIZE_MAX;
        ps->hits_start = start;
        ps->hits_end = end;
    }
    const struct vg_place *p = ps->cue != SIZE_MAX ? national(ps, text, ps->cue, at) : NULL;
    if (p)
        return p->name; /* not the paragraph's place for the sentences after it */
    if (ps->table_row)
        return row_place(ps, text, start, at);
    p = choose(ps, text, ps->hits, ps->n_hits, at);
    if (p) {
        close_part(ps, p, start);
        ps->para = p;
        ps->note_end = ps->note_start;
        return p->name;
    }
    p = noted_place(ps, text, para_no);
    if (p)
        return p->name;
    p = heading_place(ps, text, start);
    if (p)
        return p->name;
    p = dateline_part(ps, start);
    if (p)
        return p->name;
    return ps->main ? ps->main->name : NULL;
}
