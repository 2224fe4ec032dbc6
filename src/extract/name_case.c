/* The nominative of a Russian person's name (see name_case.h).
 *
 * Russian declines names: Анна Лисицына is "Анну Лисицыну" after a verb,
 * "Анны Лисицыной" after a preposition, "Анне Лисицыной" as an indirect
 * object.  The words of a name agree in case and gender, so one word whose
 * reading is sure fixes the others: a given name from the list below
 * ("Анну" can only be Анна in the accusative), else a surname ending that
 * admits one reading ("Лисицыной" is feminine, not nominative).  Surnames
 * then go back by the declension their nominative belongs to: -ов/-ев/-ин
 * (Петров, Петрова), adjectival (Боровой, Гурская), consonant-final
 * (Абжан; indeclinable for women), indeclinable (Руденко, Беридзе).
 *
 * Cyrillic letters are two bytes in upper and lower case alike, so an
 * ending is replaced in the written word byte for byte and the capitals
 * stay as written. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "name_case.h"
#include "banned.h"

enum {
    C_N = 1,  /* nominative */
    C_G = 2,  /* genitive */
    C_D = 4,  /* dative */
    C_A = 8,  /* accusative */
    C_I = 16, /* instrumental */
    C_P = 32, /* prepositional */
    C_ANY = 63,
    C_OBL = C_G | C_D | C_I | C_P,
};

#define MAX_NAME_WORDS 3 /* longer runs are not a Russian name: given, patronymic, surname */
#define MAX_READINGS 16  /* readings kept per word */

/* A given name and its gender.  `stem` is the stem of the other cases
 * when a vowel drops out of it (Павел, Павла), else NULL.  Sorted by
 * strcmp of the name, for bsearch (a unit test checks the order). */
struct given {
    const char *name; /* nominative, lower case, ё written е */
    char g;           /* 'm' or 'f' */
    const char *stem; /* oblique stem, or NULL */
};

static const struct given givens[] = {
    {"абай", 'm', NULL}, {"абдулла", 'm', NULL}, {"автандил", 'm', NULL}, {"адилет", 'm', NULL},
    {"ажар", 'f', NULL}, {"азамат", 'm', NULL}, {"азат", 'm', NULL}, {"азиз", 'm', NULL},
    {"аида", 'f', NULL}, {"айбек", 'm', NULL}, {"айгерим", 'f', NULL}, {"айгуль", 'f', NULL},
    {"айдар", 'm', NULL}, {"айдос", 'm', NULL}, {"айжан", 'f', NULL}, {"айман", 'f', NULL},
    {"айнур", 'f', NULL}, {"айпери", 'f', NULL}, {"айрат", 'm', NULL}, {"айсулу", 'f', NULL},
    {"айша", 'f', NULL}, {"айшат", 'f', NULL}, {"акбота", 'f', NULL}, {"акмарал", 'f', NULL},
    {"александр", 'm', NULL}, {"александра", 'f', NULL}, {"алексей", 'm', NULL},
    {"алена", 'f', NULL}, {"алесь", 'm', NULL}, {"алеся", 'f', NULL}, {"алибек", 'm', NULL},
    {"алина", 'f', NULL}, {"алиса", 'f', NULL}, {"алихан", 'm', NULL}, {"алишер", 'm', NULL},
    {"алия", 'f', NULL}, {"алла", 'f', NULL}, {"алмазбек", 'm', NULL}, {"алмас", 'm', NULL},
    {"альберт", 'm', NULL}, {"амангельды", 'm', NULL}, {"аминат", 'f', NULL},
    {"анаит", 'f', NULL}, {"анастасия", 'f', NULL}, {"анатолий", 'm', NULL}, {"анвар", 'm', NULL},
    {"ангелина", 'f', NULL}, {"андрей", 'm', NULL}, {"анжела", 'f', NULL}, {"анна", 'f', NULL},
    {"антон", 'm', NULL}, {"антонина", 'f', NULL}, {"ануш", 'f', NULL}, {"арам", 'm', NULL},
    {"аркадий", 'm', NULL}, {"арман", 'm', NULL}, {"армен", 'm', NULL}, {"армине", 'f', NULL},
    {"арсен", 'm', NULL}, {"арсений", 'm', NULL}, {"артем", 'm', NULL}, {"артур", 'm', NULL},
    {"аружан", 'f', NULL}, {"асель", 'f', NULL}, {"асем", 'f', NULL}, {"асия", 'f', NULL},
    {"аскар", 'm', NULL}, {"аслан", 'm', NULL}, {"асхат", 'm', NULL}, {"асылбек", 'm', NULL},
    {"ахмед", 'm', NULL}, {"ашот", 'm', NULL}, {"аяулым", 'f', NULL}, {"бадри", 'm', NULL},
    {"бакытжан", 'm', NULL}, {"бауыржан", 'm', NULL}, {"бахтияр", 'm', NULL},
    {"бахытжан", 'm', NULL}, {"бегимай", 'f', NULL}, {"бекболат", 'm', NULL},
    {"бекжан", 'm', NULL}, {"бекзат", 'm', NULL}, {"берик", 'm', NULL}, {"бехзод", 'm', NULL},
    {"бобур", 'm', NULL}, {"богдан", 'm', NULL}, {"болат", 'm', NULL}, {"борис", 'm', NULL},
    {"ботагоз", 'f', NULL}, {"вадим", 'm', NULL}, {"валентин", 'm', NULL},
    {"валентина", 'f', NULL}, {"валерий", 'm', NULL}, {"валерия", 'f', NULL},
    {"варвара", 'f', NULL}, {"василий", 'm', NULL}, {"василиса", 'f', NULL},
    {"вахтанг", 'm', NULL}, {"вениамин", 'm', NULL}, {"вера", 'f', NULL}, {"вероника", 'f', NULL},
    {"виктор", 'm', NULL}, {"виктория", 'f', NULL}, {"виталий", 'm', NULL},
    {"владимир", 'm', NULL}, {"владислав", 'm', NULL}, {"владислава", 'f', NULL},
    {"вольга", 'f', NULL}, {"всеволод", 'm', NULL}, {"вячеслав", 'm', NULL}, {"габит", 'm', NULL},
    {"гагик", 'm', NULL}, {"галина", 'f', NULL}, {"галым", 'm', NULL}, {"ганна", 'f', NULL},
    {"гаухар", 'f', NULL}, {"гаяне", 'f', NULL}, {"геворг", 'm', NULL}, {"геннадий", 'm', NULL},
    {"георгий", 'm', NULL}, {"герман", 'm', NULL}, {"гиорги", 'm', NULL}, {"глеб", 'm', NULL},
    {"гоги", 'm', NULL}, {"григорий", 'm', NULL}, {"гулнора", 'f', NULL}, {"гульжан", 'f', NULL},
    {"гульмира", 'f', NULL}, {"гульназ", 'f', NULL}, {"гульнар", 'f', NULL},
    {"гульнара", 'f', NULL}, {"гульсум", 'f', NULL}, {"гурам", 'm', NULL}, {"давид", 'm', NULL},
    {"давит", 'm', NULL}, {"дамир", 'm', NULL}, {"дана", 'f', NULL}, {"даниил", 'm', NULL},
    {"данил", 'm', NULL}, {"данияр", 'm', NULL}, {"дархан", 'm', NULL}, {"дарья", 'f', NULL},
    {"даурен", 'm', NULL}, {"демид", 'm', NULL}, {"денис", 'm', NULL}, {"джамиля", 'f', NULL},
    {"диана", 'f', NULL}, {"дилноза", 'f', NULL}, {"дильшод", 'm', NULL}, {"дина", 'f', NULL},
    {"динара", 'f', NULL}, {"дмитрий", 'm', NULL}, {"дулат", 'm', NULL}, {"ева", 'f', NULL},
    {"евгений", 'm', NULL}, {"евгения", 'f', NULL}, {"егор", 'm', NULL}, {"екатерина", 'f', NULL},
    {"елена", 'f', NULL}, {"елизавета", 'f', NULL}, {"елисей", 'm', NULL}, {"ерасыл", 'm', NULL},
    {"ербол", 'm', NULL}, {"ерболат", 'm', NULL}, {"ербулан", 'm', NULL}, {"ержан", 'm', NULL},
    {"еркин", 'm', NULL}, {"ерлан", 'm', NULL}, {"ермек", 'm', NULL}, {"ернар", 'm', NULL},
    {"ефим", 'm', NULL}, {"жамшид", 'm', NULL}, {"жанар", 'f', NULL}, {"жанболат", 'm', NULL},
    {"жандос", 'm', NULL}, {"жанибек", 'm', NULL}, {"жанна", 'f', NULL}, {"жансая", 'f', NULL},
    {"жасулан", 'm', NULL}, {"жасур", 'm', NULL}, {"жибек", 'f', NULL}, {"жомарт", 'm', NULL},
    {"жулдыз", 'f', NULL}, {"заира", 'f', NULL}, {"зарема", 'f', NULL}, {"зарина", 'f', NULL},
    {"зауре", 'f', NULL}, {"зафар", 'm', NULL}, {"захар", 'm', NULL}, {"зелимхан", 'm', NULL},
    {"зинаида", 'f', NULL}, {"злата", 'f', NULL}, {"зоя", 'f', NULL}, {"зураб", 'm', NULL},
    {"иван", 'm', NULL}, {"игорь", 'm', NULL}, {"икром", 'm', NULL}, {"ильдар", 'm', NULL},
    {"илья", 'm', NULL}, {"ильяс", 'm', NULL}, {"индира", 'f', NULL}, {"инна", 'f', NULL},
    {"ираклий", 'm', NULL}, {"ирина", 'f', NULL}, {"ислам", 'm', NULL}, {"исмаил", 'm', NULL},
    {"кайрат", 'm', NULL}, {"камила", 'f', NULL}, {"камшат", 'f', NULL}, {"канат", 'm', NULL},
    {"карен", 'm', NULL}, {"карина", 'f', NULL}, {"карлыгаш", 'f', NULL}, {"касым", 'm', NULL},
    {"кетеван", 'f', NULL}, {"кира", 'f', NULL}, {"кирилл", 'm', NULL}, {"константин", 'm', NULL},
    {"ксения", 'f', NULL}, {"куаныш", 'm', NULL}, {"кубанычбек", 'm', NULL},
    {"куралай", 'f', NULL}, {"лариса", 'f', NULL}, {"лаура", 'f', NULL}, {"лев", 'm', "льв"},
    {"леван", 'm', NULL}, {"левон", 'm', NULL}, {"леонид", 'm', NULL}, {"лидия", 'f', NULL},
    {"лилия", 'f', NULL}, {"лусине", 'f', NULL}, {"любовь", 'f', NULL}, {"людмила", 'f', NULL},
    {"магомед", 'm', NULL}, {"мадина", 'f', NULL}, {"мадияр", 'm', NULL}, {"майя", 'f', NULL},
    {"макпал", 'f', NULL}, {"максат", 'm', NULL}, {"максим", 'm', NULL}, {"малика", 'f', NULL},
    {"мамука", 'm', NULL}, {"марат", 'm', NULL}, {"маргарита", 'f', NULL}, {"мариам", 'f', NULL},
    {"марианна", 'f', NULL}, {"марина", 'f', NULL}, {"мария", 'f', NULL}, {"марк", 'm', NULL},
    {"марлен", 'm', NULL}, {"марьям", 'f', NULL}, {"матвей", 'm', NULL}, {"махамбет", 'm', NULL},
    {"медет", 'm', NULL}, {"мейрам", 'm', NULL}, {"меруерт", 'f', NULL}, {"микола", 'm', NULL},
    {"милана", 'f', NULL}, {"мирас", 'm', NULL}, {"мирон", 'm', NULL}, {"мирослава", 'f', NULL},
    {"михаил", 'm', NULL}, {"мурад", 'm', NULL}, {"мурат", 'm', NULL}, {"нагима", 'f', NULL},
    {"надежда", 'f', NULL}, {"назгуль", 'f', NULL}, {"назерке", 'f', NULL},
    {"наталия", 'f', NULL}, {"наталья", 'f', NULL}, {"натия", 'f', NULL}, {"нигора", 'f', NULL},
    {"никита", 'm', NULL}, {"николай", 'm', NULL}, {"нина", 'f', NULL}, {"нино", 'f', NULL},
    {"нодар", 'm', NULL}, {"нодир", 'm', NULL}, {"нодира", 'f', NULL}, {"нугзар", 'm', NULL},
    {"нурбек", 'm', NULL}, {"нурбол", 'm', NULL}, {"нургуль", 'f', NULL}, {"нуржан", 'm', NULL},
    {"нурлан", 'm', NULL}, {"нурсултан", 'm', NULL}, {"оксана", 'f', NULL}, {"олег", 'm', NULL},
    {"олеся", 'f', NULL}, {"олжас", 'm', NULL}, {"ольга", 'f', NULL}, {"остап", 'm', NULL},
    {"отабек", 'm', NULL}, {"отар", 'm', NULL}, {"павел", 'm', "павл"}, {"патимат", 'f', NULL},
    {"петр", 'm', NULL}, {"платон", 'm', NULL}, {"полина", 'f', NULL}, {"прохор", 'm', NULL},
    {"равшан", 'm', NULL}, {"раиса", 'f', NULL}, {"рамазан", 'm', NULL}, {"рамзан", 'm', NULL},
    {"расул", 'm', NULL}, {"раушан", 'f', NULL}, {"регина", 'f', NULL}, {"ренат", 'm', NULL},
    {"римма", 'f', NULL}, {"ринат", 'm', NULL}, {"родион", 'm', NULL}, {"роза", 'f', NULL},
    {"роман", 'm', NULL}, {"ростислав", 'm', NULL}, {"рубен", 'm', NULL}, {"руслан", 'm', NULL},
    {"рустам", 'm', NULL}, {"рустем", 'm', NULL}, {"сабина", 'f', NULL}, {"савелий", 'm', NULL},
    {"садыр", 'm', NULL}, {"сакен", 'm', NULL}, {"салтанат", 'f', NULL}, {"самат", 'm', NULL},
    {"самвел", 'm', NULL}, {"санжар", 'm', NULL}, {"сардор", 'm', NULL}, {"сауле", 'f', NULL},
    {"светлана", 'f', NULL}, {"святослав", 'm', NULL}, {"севара", 'f', NULL},
    {"семен", 'm', NULL}, {"серафима", 'f', NULL}, {"сергей", 'm', NULL}, {"серик", 'm', NULL},
    {"серикболат", 'm', NULL}, {"снежана", 'f', NULL}, {"софия", 'f', NULL}, {"софья", 'f', NULL},
    {"станислав", 'm', NULL}, {"степан", 'm', NULL}, {"стефания", 'f', NULL},
    {"сымбат", 'f', NULL}, {"тагир", 'm', NULL}, {"таисия", 'f', NULL}, {"талгат", 'm', NULL},
    {"тамар", 'f', NULL}, {"тамара", 'f', NULL}, {"тамила", 'f', NULL}, {"тарас", 'm', NULL},
    {"татьяна", 'f', NULL}, {"темирлан", 'm', NULL}, {"тенгиз", 'm', NULL}, {"тигран", 'm', NULL},
    {"тимофей", 'm', NULL}, {"тимур", 'm', NULL}, {"тимурлан", 'm', NULL}, {"тихон", 'm', NULL},
    {"толкын", 'f', NULL}, {"томирис", 'f', NULL}, {"тулеген", 'm', NULL}, {"улжан", 'f', NULL},
    {"улпан", 'f', NULL}, {"улугбек", 'm', NULL}, {"улукбек", 'm', NULL}, {"ульяна", 'f', NULL},
    {"умар", 'm', NULL}, {"фаина", 'f', NULL}, {"фаррух", 'm', NULL}, {"фатима", 'f', NULL},
    {"федор", 'm', NULL}, {"феруза", 'f', NULL}, {"филипп", 'm', NULL}, {"хадижат", 'f', NULL},
    {"хасан", 'm', NULL}, {"хуршид", 'm', NULL}, {"хусейн", 'm', NULL}, {"чолпон", 'f', NULL},
    {"шавкат", 'm', NULL}, {"шамиль", 'm', NULL}, {"шахноза", 'f', NULL}, {"шолпан", 'f', NULL},
    {"шота", 'm', NULL}, {"шухрат", 'm', NULL}, {"шынар", 'f', NULL}, {"эвелина", 'f', NULL},
    {"эдуард", 'm', NULL}, {"элина", 'f', NULL}, {"эльвира", 'f', NULL}, {"эльдар", 'm', NULL},
    {"эльмира", 'f', NULL}, {"эмилия", 'f', NULL}, {"эмиль", 'm', NULL}, {"эрмек", 'm', NULL},
    {"юлиана", 'f', NULL}, {"юлия", 'f', NULL}, {"юрий", 'm', NULL}, {"яков", 'm', NULL},
    {"ян", 'm', NULL}, {"яна", 'f', NULL}, {"ярослав", 'm', NULL},
};

/* One word of the name. */
struct word {
    const char *orig; /* as written */
    size_t n;         /* bytes, the same in low */
    char low[NAME_CASE_MAX]; /* lower case, ё as е, NUL-terminated */
};

/* One reading of a word: its nominative is the word with `strip` bytes
 * cut from the end and `add` (lower case) appended. */
struct reading {
    size_t strip;    /* bytes cut */
    const char *add; /* appended */
    char g;          /* gender the reading needs: 'm', 'f' */
    int cases;       /* cases the written form may be in, C_* */
};

static int cmp_given(const void *k, const void *e) {
    return strcmp((const char *)k, ((const struct given *)e)->name);
}

/* The list's entry for a lower-case nominative, or NULL. */
static const struct given *find_given(const char *s) {
    return bsearch(s, givens, sizeof givens / sizeof givens[0], sizeof givens[0], cmp_given);
}

/* The index of the first given name of the list that does not sort
 * before the two bytes at s: the first that begins with them, if any. */
static size_t first_given(const char *s) {
    size_t lo = 0, hi = sizeof givens / sizeof givens[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(givens[mid].name, s, 2) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t name_case_list_unsorted(void) {
    for (size_t i = 1; i < sizeof givens / sizeof givens[0]; i++)
        if (strcmp(givens[i - 1].name, givens[i].name) >= 0)
            return i + 1;
    return 0;
}

/* Read one word of Cyrillic letters and hyphens into w; 0 when it is
 * something else. */
static int read_word(struct vg_str s, struct word *w) {
    size_t i = 0, o = 0;
    if (s.len == 0 || s.len >= NAME_CASE_MAX)
        return 0;
    while (i < s.len) {
        unsigned char c0 = (unsigned char)s.ptr[i];
        unsigned char c1 = i + 1 < s.len ? (unsigned char)s.ptr[i + 1] : 0;
        if ((c0 == 0xD0 || (c0 == 0xD1 && c1 < 0xA0)) && (c1 & 0xC0) == 0x80) {
            /* U+0400-U+045F, the letters of Russian, the common case: what
             * the general path below makes of them, without utf8proc. */
            int32_t cp = ((c0 & 0x1F) << 6) | (c1 & 0x3F);
            if (o + 4 >= NAME_CASE_MAX)
                return 0;
            if (cp < 0x410)
                cp += 0x50; /* Ѐ-Џ */
            else if (cp < 0x430)
                cp += 0x20; /* А-Я */
            if (cp == 0x451)
                cp = 0x435; /* ё */
            w->low[o++] = (char)(0xC0 | (cp >> 6));
            w->low[o++] = (char)(0x80 | (cp & 0x3F));
            i += 2;
            continue;
        }
        int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const uint8_t *)s.ptr + i, (utf8proc_ssize_t)(s.len - i), &cp);
        if (n <= 0)
            return 0;
        if (cp == '-') {
            w->low[o++] = '-';
        } else {
            if (cp < 0x400 || cp > 0x4ff || utf8proc_category(cp) > UTF8PROC_CATEGORY_LO)
                return 0;
            if (o + 4 >= NAME_CASE_MAX)
                return 0;
            cp = utf8proc_tolower(cp);
            if (cp == 0x451)
                cp = 0x435; /* ё */
            if (utf8proc_encode_char(cp, (uint8_t *)w->low + o) != n)
                return 0;
            o += (size_t)n;
        }
        i += (size_t)n;
    }
    w->orig = s.ptr;
    w->n = s.len;
    w->low[o] = '\0';
    return 1;
}

static int ends(const char *s, size_t n, const char *sfx) {
    size_t k = strlen(sfx);
    return n >= k && memcmp(s + n - k, sfx, k) == 0;
}

/* The last letter of s[0..n) (two bytes), as a NUL-terminated string in
 * `buf`, or "" when there is none. */
static const char *last_letter(const char *s, size_t n, char buf[3]) {
    buf[0] = '\0';
    if (n >= 2) {
        memcpy(buf, s + n - 2, 2);
        buf[2] = '\0';
    }
    return buf;
}

static int letter_in(const char *s, size_t n, const char *set) {
    char b[3];
    last_letter(s, n, b);
    if (!b[0])
        return 0;
    for (const char *p = set; *p; p += 2)
        if (memcmp(p, b, 2) == 0)
            return 1;
    return 0;
}

#define VOWELS "аеиоуыэюяё"

/* Does s[0..n) end in a consonant (not й, ь, ъ)? */
static int ends_consonant(const char *s, size_t n) {
    return n >= 2 && !letter_in(s, n, VOWELS "йьъ") && s[n - 1] != '-';
}

/* Does s[0..n) end like a nominative surname of the -ов, -ев, -ин type? */
static int ends_ov(const char *s, size_t n) {
    return ends(s, n, "ов") || ends(s, n, "ев") || ends(s, n, "ин") || ends(s, n, "ын");
}

static size_t push(struct reading *r, size_t nr, size_t strip, const char *add, char g,
                   int cases) {
    if (nr < MAX_READINGS) {
        r[nr].strip = strip;
        r[nr].add = add;
        r[nr].g = g;
        r[nr].cases = cases;
        nr++;
    }
    return nr;
}

/* The declension of given names, from the oblique ending back to the
 * nominative one, and the class the nominative must be of. */
enum gclass {
    G_MCONS,  /* masculine, ending in a consonant: Мурат */
    G_MSOFT,  /* masculine, ending in й or ь: Андрей, Игорь */
    G_FSOFT,  /* feminine, ending in ь: Асель */
    G_A,      /* ending in а or я, either gender: Анна, Никита, Мария */
};
static const struct {
    const char *obl, *nom; /* endings */
    int cases;             /* cases the oblique ending marks */
    enum gclass cls;       /* the nominative's declension */
} given_rules[] = {
    {"а", "", C_G | C_A, G_MCONS},  {"у", "", C_D, G_MCONS},  {"ом", "", C_I, G_MCONS},
    {"ем", "", C_I, G_MCONS},       {"е", "", C_P, G_MCONS},  {"я", "й", C_G | C_A, G_MSOFT},
    {"ю", "й", C_D, G_MSOFT},       {"ем", "й", C_I, G_MSOFT}, {"е", "й", C_P, G_MSOFT},
    {"и", "й", C_P, G_MSOFT},       {"я", "ь", C_G | C_A, G_MSOFT}, {"ю", "ь", C_D, G_MSOFT},
    {"ем", "ь", C_I, G_MSOFT},      {"е", "ь", C_P, G_MSOFT}, {"и", "ь", C_G | C_D | C_P, G_FSOFT},
    {"ью", "ь", C_I, G_FSOFT},      {"у", "а", C_A, G_A},     {"ы", "а", C_G, G_A},
    {"и", "а", C_G, G_A},           {"е", "а", C_D | C_P, G_A}, {"ой", "а", C_I, G_A},
    {"ей", "а", C_I, G_A},          {"ою", "а", C_I, G_A},    {"ю", "я", C_A, G_A},
    {"и", "я", C_G | C_D | C_P, G_A}, {"е", "я", C_D | C_P, G_A}, {"ей", "я", C_I, G_A},
    {"ею", "я", C_I, G_A},
};

/* The cases a given name's nominative form stands for: women's names that
 * end in a consonant or e/и/о/у do not decline (Жанар, Сауле), nor, in
 * much of the press, those in ь (Асель beside Асели). */
static int nominative_cases(const char *s, size_t n, char g) {
    if (g == 'f' && !ends(s, n, "а") && !ends(s, n, "я"))
        return C_ANY;
    if (g == 'm' && letter_in(s, n, "еиоуэю"))
        return C_ANY;
    return C_N;
}

/* Readings of w as a given name.  With `known`, only names of the list;
 * without, any word whose shape fits (for names the list lacks, once a
 * surname has told the gender and case). */
static size_t given_readings(const struct word *w, int known, struct reading *r) {
    size_t nr = 0;
    const struct given *e = find_given(w->low);
    if (e)
        nr = push(r, nr, 0, "", e->g, nominative_cases(w->low, w->n, e->g));
    for (size_t k = 0; k < sizeof given_rules / sizeof given_rules[0]; k++) {
        const char *obl = given_rules[k].obl, *nom = given_rules[k].nom;
        size_t lo = strlen(obl), ln = strlen(nom);
        if (!ends(w->low, w->n, obl) || w->n < lo + 4)
            continue;
        char cand[NAME_CASE_MAX + 4];
        size_t stem = w->n - lo;
        memcpy(cand, w->low, stem);
        memcpy(cand + stem, nom, ln + 1);
        size_t nc = stem + ln;
        enum gclass cls = given_rules[k].cls;
        char g;
        if (cls == G_MCONS || cls == G_MSOFT) {
            g = 'm';
            if (cls == G_MCONS ? !ends_consonant(cand, nc) : !ends(cand, nc, nom))
                continue;
        } else if (cls == G_FSOFT) {
            g = 'f';
        } else {
            g = 0; /* from the list; unknown names ending in -а are taken as women's */
        }
        if (known) {
            const struct given *ge = find_given(cand);
            if (!ge || (g && ge->g != g))
                continue;
            g = ge->g;
        } else if (!g) {
            g = 'f';
        } else if (cls == G_FSOFT) {
            continue; /* too rare to guess */
        }
        if (!known && cls == G_MCONS && ends(obl, lo, "ем") && !letter_in(cand, nc, "жшчщц"))
            continue;
        /* Андрей, Игорь: й after a vowel, ь after a consonant. */
        if (!known && cls == G_MSOFT &&
            (strcmp(nom, "й") == 0 ? !letter_in(cand, stem, VOWELS) : !ends_consonant(cand, stem)))
            continue;
        nr = push(r, nr, lo, nom, g, given_rules[k].cases);
    }
    /* A vowel that drops out of the stem: Павла, Льву.  A reading keeps
     * the letters the name and the word begin with alike, one at least,
     * so only the names that begin with the word's first letter (two
     * bytes) are read: they stand together in the sorted list. */
    const size_t n_givens = sizeof givens / sizeof givens[0];
    for (size_t k = known && w->n >= 2 ? first_given(w->low) : n_givens;
         k < n_givens && memcmp(givens[k].name, w->low, 2) == 0; k++) {
        const char *st = givens[k].stem;
        size_t ls = st ? strlen(st) : 0;
        if (!st || w->n <= ls || memcmp(w->low, st, ls) != 0)
            continue;
        static const struct {
            const char *end;
            int cases;
        } forms[] = {{"а", C_G | C_A}, {"у", C_D}, {"ом", C_I}, {"е", C_P}};
        for (size_t f = 0; f < 4; f++) {
            if (strcmp(w->low + ls, forms[f].end) != 0)
                continue;
            /* The common beginning stays as written: Пав|ла -> Пав|ел. */
            size_t c = 0;
            while (c < ls && w->low[c] == givens[k].name[c])
                c++;
            if (c >= 2)
                nr = push(r, nr, w->n - c, givens[k].name + c, 'm', forms[f].cases);
        }
    }
    return nr;
}

/* Readings of w as a surname (or patronymic) of gender g. */
static size_t surname_readings(const struct word *w, char g, struct reading *r) {
    const char *s = w->low;
    size_t n = w->n, nr = 0;
    if (n < 4)
        return 0;
    if (ends(s, n, "ко") || ends(s, n, "ых") || ends(s, n, "их") || ends(s, n, "дзе") ||
        ends(s, n, "швили") || ends(s, n, "ули") || ends(s, n, "улы") || ends(s, n, "кызы"))
        return push(r, nr, 0, "", g, C_ANY);
    if (g == 'm') {
        static const struct {
            const char *end;
            int cases;
        } ov[] = {{"а", C_G | C_A}, {"у", C_D}, {"ым", C_I}, {"е", C_P}},
          cons[] = {{"а", C_G | C_A}, {"у", C_D}, {"ом", C_I}, {"ем", C_I}, {"е", C_P}},
          adj[] = {{"ого", C_G | C_A}, {"его", C_G | C_A}, {"ому", C_D}, {"ему", C_D},
                   {"ым", C_I}, {"им", C_I}, {"ом", C_P}, {"ем", C_P}};
        if (ends_ov(s, n))
            nr = push(r, nr, 0, "", 'm', C_N);
        for (size_t k = 0; k < 4; k++) {
            size_t l = strlen(ov[k].end);
            if (ends(s, n, ov[k].end) && ends_ov(s, n - l))
                nr = push(r, nr, l, "", 'm', ov[k].cases);
        }
        if (ends(s, n, "ий") || ends(s, n, "ый") || ends(s, n, "ой"))
            nr = push(r, nr, 0, "", 'm', C_N);
        for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++) {
            size_t l = strlen(adj[k].end);
            if (!ends(s, n, adj[k].end) || n < l + 4 || !ends_consonant(s, n - l) ||
                (strcmp(adj[k].end, "ым") == 0 && ends_ov(s, n - l)))
                continue;
            int soft = strncmp(adj[k].end, "е", 2) == 0 || strncmp(adj[k].end, "и", 2) == 0;
            int ii = soft || letter_in(s, n - l, "кгхжшчщ");
            nr = push(r, nr, l, ii ? "ий" : "ой", 'm', adj[k].cases);
        }
        if (ends_consonant(s, n))
            nr = push(r, nr, 0, "", 'm', C_N);
        for (size_t k = 0; k < sizeof cons / sizeof cons[0]; k++) {
            size_t l = strlen(cons[k].end);
            if (!ends(s, n, cons[k].end) || n < l + 4 || !ends_consonant(s, n - l))
                continue;
            /* Кравца -> Кравец: the e of -ец drops out. */
            if (ends(s, n - l, "ц") && n - l >= 4 && ends_consonant(s, n - l - 2)) {
                nr = push(r, nr, l + 2, "ец", 'm', cons[k].cases);
                continue;
            }
            nr = push(r, nr, l, "", 'm', cons[k].cases);
        }
        if (letter_in(s, n, "еиоуэю"))
            nr = push(r, nr, 0, "", 'm', C_ANY);
        return nr;
    }
    if (ends(s, n, "а") && ends_ov(s, n - 2))
        nr = push(r, nr, 0, "", 'f', C_N);
    if (ends(s, n, "у") && ends_ov(s, n - 2))
        nr = push(r, nr, 2, "а", 'f', C_A);
    if (ends(s, n, "ой") && ends_ov(s, n - 4))
        nr = push(r, nr, 4, "а", 'f', C_OBL);
    if (ends(s, n, "ая") || ends(s, n, "яя"))
        nr = push(r, nr, 0, "", 'f', C_N);
    if (ends(s, n, "ую") && ends_consonant(s, n - 4))
        nr = push(r, nr, 4, "ая", 'f', C_A);
    if (ends(s, n, "ой") && ends_consonant(s, n - 4))
        nr = push(r, nr, 4, "ая", 'f', C_OBL);
    /* Patronymics and surnames in -а: Петровна, Петровну. */
    if (ends(s, n, "а"))
        nr = push(r, nr, 0, "", 'f', C_N);
    static const struct {
        const char *end;
        int cases;
    } fa[] = {{"у", C_A}, {"ы", C_G}, {"е", C_D | C_P}, {"ой", C_I}};
    for (size_t k = 0; k < 4; k++) {
        size_t l = strlen(fa[k].end);
        if (ends(s, n, fa[k].end) && n >= l + 4 && ends(s, n - l, "н") &&
            (ends(s, n - l, "вн") || ends(s, n - l, "чн")))
            nr = push(r, nr, l, "а", 'f', fa[k].cases);
    }
    if (!ends(s, n, "а") && !ends(s, n, "я"))
        nr = push(r, nr, 0, "", 'f', C_ANY); /* Абжан, Сташевич, Беридзе */
    return nr;
}

/* The gender and case a lone surname ending tells for sure: -овой is a
 * woman's in an oblique case, -овым a man's instrumental, -ского a man's
 * genitive or accusative.  0 when the ending tells nothing sure. */
static int telling_surname(const struct word *w, char *g, int *cases) {
    const char *s = w->low;
    size_t n = w->n;
    if (n < 6)
        return 0;
    if (ends(s, n, "ой") && ends_ov(s, n - 4)) {
        *g = 'f';
        *cases = C_OBL;
    } else if (ends(s, n, "ым") && ends_ov(s, n - 4)) {
        *g = 'm';
        *cases = C_I;
    } else if ((ends(s, n, "ого") || ends(s, n, "его")) && ends_consonant(s, n - 6)) {
        *g = 'm';
        *cases = C_G | C_A;
    } else if ((ends(s, n, "ому") || ends(s, n, "ему")) && ends_consonant(s, n - 6)) {
        *g = 'm';
        *cases = C_D;
    } else if (ends(s, n, "ую") && ends_consonant(s, n - 4)) {
        *g = 'f';
        *cases = C_A;
    } else {
        return 0;
    }
    return 1;
}

/* Try the word at `gi` as the given name: on success fills pick[] with one
 * reading per word and returns 1. */
static int try_given(const struct word *w, size_t nw, size_t gi, const struct reading *gr,
                     size_t ngr, struct reading *pick) {
    for (size_t k = 0; k < ngr; k++) {
        int cases = gr[k].cases;
        size_t j;
        pick[gi] = gr[k];
        for (j = 0; j < nw; j++) {
            if (j == gi)
                continue;
            struct reading sr[MAX_READINGS];
            size_t ns = surname_readings(&w[j], gr[k].g, sr), m;
            for (m = 0; m < ns; m++)
                if (sr[m].cases & cases)
                    break;
            if (m == ns)
                break;
            pick[j] = sr[m];
            cases &= sr[m].cases;
        }
        if (j == nw)
            return 1;
    }
    return 0;
}

size_t name_case_nominative(struct vg_str name, char *out, size_t cap) {
    struct word w[MAX_NAME_WORDS];
    struct reading pick[MAX_NAME_WORDS], gr[MAX_READINGS];
    size_t nw = 0, i = 0;
    while (i < name.len) {
        while (i < name.len && name.ptr[i] == ' ')
            i++;
        size_t start = i;
        while (i < name.len && name.ptr[i] != ' ')
            i++;
        if (i == start)
            break;
        if (nw == MAX_NAME_WORDS ||
            !read_word(vg_str_make(name.ptr + start, i - start), &w[nw]))
            return 0;
        nw++;
    }
    if (nw < 2)
        return 0;
    /* The given name: first (Анна Лисицына, Анна Петровна Лисицына), else
     * second (Лисицына Анна Петровна) or last (Лисицына Анна). */
    size_t order[3] = {0, nw == 3 ? 1 : nw - 1, nw - 1};
    int found = 0;
    for (size_t k = 0; k < 3 && !found; k++) {
        size_t ngr = given_readings(&w[order[k]], 1, gr);
        found = try_given(w, nw, order[k], gr, ngr, pick);
    }
    if (!found) {
        /* A given name we do not know: a surname ending may tell. */
        char g;
        int cases;
        size_t si = nw - 1, gi = 0;
        if (!telling_surname(&w[si], &g, &cases)) {
            si = 0;
            gi = 1;
            if (!telling_surname(&w[si], &g, &cases))
                return 0;
        }
        size_t ngr = given_readings(&w[gi], 0, gr), m = 0;
        for (size_t k = 0; k < ngr; k++)
            if (gr[k].g == g && (gr[k].cases & cases))
                gr[m++] = gr[k];
        found = try_given(w, nw, gi, gr, m, pick);
        if (!found)
            return 0;
    }
    size_t o = 0;
    int changed = 0;
    for (size_t k = 0; k < nw; k++) {
        size_t keep = w[k].n - pick[k].strip, la = strlen(pick[k].add);
        if (o + keep + la + 1 >= cap)
            return 0;
        if (k)
            out[o++] = ' ';
        memcpy(out + o, w[k].orig, keep);
        memcpy(out + o + keep, pick[k].add, la);
        o += keep + la;
        changed |= pick[k].strip || la;
    }
    out[o] = '\0';
    return changed ? o : 0;
}

/* Add to out[0, *n) the nominative of w under each of the readings r[0,
 * nr) that changes it, once each, up to max forms. */
static void add_forms(const struct word *w, const struct reading *r, size_t nr,
                      char (*out)[NAME_CASE_MAX], size_t *n, size_t max) {
    for (size_t k = 0; k < nr && *n < max; k++) {
        size_t keep = w->n - r[k].strip, la = strlen(r[k].add);
        if ((!r[k].strip && !la) || keep + la >= NAME_CASE_MAX)
            continue;
        memcpy(out[*n], w->orig, keep);
        memcpy(out[*n] + keep, r[k].add, la);
        out[*n][keep + la] = '\0';
        size_t d;
        for (d = 0; d < *n && strcmp(out[d], out[*n]) != 0; d++)
            ;
        if (d == *n)
            (*n)++;
    }
}

size_t name_case_surname_forms(struct vg_str word, char (*out)[NAME_CASE_MAX], size_t max) {
    struct word w;
    size_t n = 0;
    if (!max || word.len >= NAME_CASE_MAX)
        return 0;
    memcpy(out[n], word.ptr, word.len);
    out[n++][word.len] = '\0';
    if (!read_word(word, &w))
        return n;
    struct reading r[MAX_READINGS];
    for (int gi = 0; gi < 2; gi++)
        add_forms(&w, r, surname_readings(&w, gi ? 'f' : 'm', r), out, &n, max);
    /* A given name alone: "Павла" -> Павел, "Марину" -> Марина. */
    add_forms(&w, r, given_readings(&w, 1, r), out, &n, max);
    return n;
}

char name_case_gender(struct vg_str name) {
    static const char *const fem[] = {"ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая", NULL};
    static const char *const masc[] = {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый", NULL};
    char g = 0;
    size_t i = 0;
    for (int nw = 0; i < name.len && nw < MAX_NAME_WORDS; nw++) {
        while (i < name.len && name.ptr[i] == ' ')
            i++;
        size_t start = i;
        while (i < name.len && name.ptr[i] != ' ')
            i++;
        struct word w;
        if (i == start || !read_word(vg_str_make(name.ptr + start, i - start), &w))
            return 0;
        const struct given *gv = find_given(w.low);
        char wg = gv ? gv->g : 0;
        for (size_t k = 0; !wg && fem[k]; k++)
            if (w.n > strlen(fem[k]) + 2 && ends(w.low, w.n, fem[k]))
                wg = 'f';
        for (size_t k = 0; !wg && masc[k]; k++)
            if (w.n > strlen(masc[k]) + 2 && ends(w.low, w.n, masc[k]))
                wg = 'm';
        if (wg && g && wg != g)
            return 0; /* the words disagree: no reading of ours */
        if (wg)
            g = wg;
    }
    return g;
}
