/* English names of Russian sources.  Figures are compared across languages
 * by their source, and GUIDELINES.md names sources in English ("Interior
 * Ministry", "police", "organisers"), so the attribution read from a
 * Russian sentence («по данным ГУ МВД по городу», «Министерство внутренних
 * дел сообщило») is named by the first of the stems below found in it or in
 * the few words before it (the speaker's phrase is often cut short:
 * «внутренних дел» → «дел»).  Unknown speakers keep their Russian text. */
#include <string.h>

#include "source.h"
#include "banned.h"

/* A stem, an optional second stem that must also be there, and the name. */
struct ru_name {
    const char *stem;  /* folded (lower-case, ё as е) word prefix */
    const char *also;  /* another word prefix required in the phrase, or NULL */
    int whole;         /* the stem is the whole word */
    const char *name;  /* English name */
};

/* Most specific first: a regional police directorate of the ministry is the
 * police, the ministry itself the Interior Ministry. */
static const struct ru_name NAMES[] = {
    {"следственн", "комитет", 0, "Investigative Committee"},
    {"умвд", NULL, 1, "police"},
    {"гумвд", NULL, 1, "police"},
    {"увд", NULL, 1, "police"},
    {"гувд", NULL, 1, "police"},
    {"овд", NULL, 1, "police"},
    {"гу", "мвд", 1, "police"},
    {"полиц", NULL, 0, "police"},
    {"мвд", NULL, 1, "Interior Ministry"},
    {"внутренних", "дел", 1, "Interior Ministry"},
    {"минздрав", NULL, 0, "Health Ministry"},
    {"министерств", "здравоохранени", 0, "Health Ministry"},
    {"здравоохранени", NULL, 0, "health department"},
    {"мчс", NULL, 1, "Emergencies Ministry"},
    {"генпрокуратур", NULL, 0, "Prosecutor General's Office"},
    {"прокуратур", NULL, 0, "prosecutor's office"},
    {"прокурор", NULL, 0, "prosecutor"},
    {"организатор", NULL, 0, "organisers"},
    {"правозащитник", NULL, 0, "human rights activists"},
    {"активист", NULL, 0, "activists"},
    {"адвокат", NULL, 0, "lawyer"},
    {"защитник", NULL, 0, "Public Defender"},
    {"омбудсмен", NULL, 0, "ombudsman"},
    {"очевид", NULL, 0, "witnesses"},
    {"свидетел", NULL, 0, "witnesses"},
    {"наблюдател", NULL, 0, "observers"},
    {"социолог", NULL, 0, "sociologists"},
    {"сми", NULL, 1, "media"},
    {"журналист", NULL, 0, "journalists"},
    {"акимат", NULL, 0, "akimat"},
    {"мэри", NULL, 0, "mayor's office"},
    {"губернатор", NULL, 0, "governor"},
    {"суд", NULL, 0, "court"},
    {"врач", NULL, 0, "doctors"},
    {"медик", NULL, 0, "medics"},
    {"волонтер", NULL, 0, "volunteers"},
    {"чиновник", NULL, 0, "officials"},
    {"власт", NULL, 0, "authorities"},
};

#define MAX_WORDS 12
#define WORD_CAP 48

/* Fold the UTF-8 letter at p[0..n) into w (Cyrillic and ASCII lower-cased,
 * ё as е).  Returns its width, 0 when it is no letter. */
static size_t fold(const unsigned char *p, size_t n, char *w, size_t *len) {
    unsigned char c = p[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (*len < WORD_CAP)
            w[(*len)++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
        return 1;
    }
    if ((c != 0xD0 && c != 0xD1) || n < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    unsigned char a = c, b = p[1];
    if (a == 0xD0 && b >= 0x90 && b <= 0x9F)
        b += 0x20;
    else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF)
        a = 0xD1, b -= 0x20;
    else if ((a == 0xD0 && b == 0x81) || (a == 0xD1 && b == 0x91))
        a = 0xD0, b = 0xB5;
    if (*len + 2 <= WORD_CAP) {
        w[(*len)++] = (char)a;
        w[(*len)++] = (char)b;
    }
    return 2;
}

static int prefix(const char *w, size_t len, const char *stem, int whole) {
    size_t n = strlen(stem);
    return whole ? len == n && memcmp(w, stem, n) == 0 : len >= n && memcmp(w, stem, n) == 0;
}

struct vg_str source_english_ru(struct vg_str text, size_t sent_start, struct vg_str src) {
    if (!src.len)
        return src;
    size_t from = (size_t)(src.ptr - text.ptr), to = from + src.len;
    /* Three words back, within the sentence. */
    for (int back = 0; back < 3 && from > sent_start; back++) {
        size_t i = from;
        while (i > sent_start && text.ptr[i - 1] == ' ')
            i--;
        if (i == sent_start || text.ptr[i - 1] == ',' || text.ptr[i - 1] == '.' ||
            text.ptr[i - 1] == ':')
            break;
        while (i > sent_start && text.ptr[i - 1] != ' ')
            i--;
        from = i;
    }
    char words[MAX_WORDS][WORD_CAP];
    size_t lens[MAX_WORDS], nw = 0;
    const unsigned char *p = (const unsigned char *)text.ptr;
    for (size_t i = from; i < to && nw < MAX_WORDS;) {
        size_t len = 0, k;
        while (i < to && (k = fold(p + i, to - i, words[nw], &len)) > 0)
            i += k;
        if (len) {
            lens[nw++] = len;
        } else {
            i++;
        }
    }
    for (size_t e = 0; e < sizeof NAMES / sizeof NAMES[0]; e++) {
        const struct ru_name *r = &NAMES[e];
        int stem = 0, also = r->also == NULL;
        for (size_t i = 0; i < nw; i++) {
            stem |= prefix(words[i], lens[i], r->stem, r->whole);
            if (r->also)
                also |= prefix(words[i], lens[i], r->also, 0);
        }
        if (stem && also)
            return vg_str_cstr(r->name);
    }
    return src;
}
