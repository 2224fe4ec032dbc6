/* English names of Russian sources.  Figures are compared across languages
 * by their source, and GUIDELINES.md names sources in English ("Interior
 * Ministry", "police", "organisers"), so the attribution read from a
 * Russian sentence («по данным ГУ МВД по городу», «Министерство внутренних
 * дел сообщило») is named by the first of the stems below found in it or in
 * the few words before it (the speaker's phrase is often cut short:
 * «внутренних дел» → «дел»).  Unknown speakers keep their Russian text. */
#include <stdint.h>
#include <string.h>

#include "source.h"
#include "banned.h"

/* A stem, an optional second stem that must also be there, and the name. */
struct ru_name {
    const char *stem;  /* folded (lower-case, ё as е) word prefix, of two
                          bytes or more (source_english_ru reads two) */
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
    {"овд", "инфо", 1, "OVD-Info"}, /* the monitor, not the police department */
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
    {"адвокаты", NULL, 1, "lawyers"},
    {"адвокатов", NULL, 1, "lawyers"},
    {"адвокат", NULL, 0, "lawyer"},
    {"защитник", NULL, 0, "Public Defender"},
    {"омбудсмен", NULL, 0, "ombudsman"},
    {"очевид", NULL, 0, "eyewitnesses"},
    {"свидетел", NULL, 0, "witnesses"},
    {"наблюдател", NULL, 0, "observers"},
    {"социолог", NULL, 0, "sociologists"},
    {"сми", NULL, 1, "media"},
    {"журналист", NULL, 0, "journalists"},
    {"акимат", NULL, 0, "akimat"},
    {"мэри", NULL, 0, "mayor's office"},
    {"губернатор", NULL, 0, "governor"},
    {"суд", NULL, 0, "court"},
    {"спецадминсуд", NULL, 0, "court"},
    {"врач", NULL, 0, "doctors"},
    {"медик", NULL, 0, "medics"},
    {"волонтер", NULL, 0, "volunteers"},
    {"чиновник", NULL, 0, "officials"},
    {"власт", NULL, 0, "authorities"},
    /* A bare «департамент» is the police department (Kazakhstan's ДП);
     * the health department is named above. */
    {"департамент", NULL, 0, "police"},
    /* News agencies relaying a figure are its source; the publisher's own
     * correspondent is the report itself (an empty name). */
    {"тасс", NULL, 1, "TASS"},
    {"интерфакс", NULL, 0, "Interfax"},
    {"риа", NULL, 1, "RIA Novosti"},
    {"корреспондент", NULL, 0, ""},
    /* Monitors and outlets that Russian reports cite by name. */
    {"мемориал", NULL, 0, "Memorial"},
    {"медиазон", NULL, 0, "Mediazona"},
    {"медуз", NULL, 0, "Meduza"},
    {"коммерсант", NULL, 0, "Kommersant"},
    {"фонтанк", NULL, 0, "Fontanka"},
    {"вясн", NULL, 0, "Viasna"},
    {"счетчик", "бел", 0, "White Counter"},
    {"узел", "кавказ", 0, "Caucasian Knot"},
    {"газет", "нов", 0, "Novaya Gazeta"},
    {"рбк", NULL, 1, "RBC"},
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

/* A bit for the first letter of the folded word w[0, len) (len > 0): one
 * of the 32 small Russian letters а-я, else bit 63.  A word can start
 * with a stem only when their bits are equal. */
static uint64_t first_letter_bit(const char *w, size_t len) {
    unsigned char a = (unsigned char)w[0], b = len > 1 ? (unsigned char)w[1] : 0;
    if (a == 0xD0 && b >= 0xB0 && b <= 0xBF)
        return (uint64_t)1 << (b - 0xB0);
    if (a == 0xD1 && b >= 0x80 && b <= 0x8F)
        return (uint64_t)1 << (16 + b - 0x80);
    return (uint64_t)1 << 63;
}

/* Does the word w[0, len) start with stem (be it, when `whole`)? */
static int prefix(const char *w, size_t len, const char *stem, int whole) {
    size_t i = 0;
    for (; stem[i]; i++)
        if (i >= len || w[i] != stem[i])
            return 0;
    return !whole || i == len;
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
    /* The first letters of the words: an entry whose stem starts with
     * none of them cannot match, and is passed over unread. */
    uint64_t letters = 0;
    for (size_t i = 0; i < nw; i++)
        letters |= first_letter_bit(words[i], lens[i]);
    for (size_t e = 0; e < sizeof NAMES / sizeof NAMES[0]; e++) {
        const struct ru_name *r = &NAMES[e];
        if (!(letters & first_letter_bit(r->stem, 2))) /* a stem has two bytes or more */
            continue;
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

/* ---- Attributions of a Russian sentence, each with its place ----
 *
 * Russian states a source before the figure («По данным МВД, задержаны 30
 * человек»), after it («Задержаны 30 человек, сообщили в полиции»,
 * «..., заявил адвокат») or as a heading («УМВД по краю: «...»»), and one
 * sentence may give two sources their own counts («по данным полиции —
 * 800, по данным организаторов — свыше 3000»).  So every attribution is
 * read with the token it stands at, and a figure takes the nearest one
 * before it, else the nearest after it. */

/* Does token k end the phrase that names a source? */
static int ends_name(const struct sentence_ctx *c, size_t k) {
    if (c->qty_at[k] || c->t[k].kind == TK_NUM)
        return 1;
    if (c->t[k].kind == TK_PUNCT)
        return !tok(c, k, "\"") && !(tok(c, k, "-") && !(c->t[k].flags & TF_SPACE));
    return tok(c, k, "что") || tok(c, k, "о") || tok(c, k, "об") || tok(c, k, "а") ||
           tok(c, k, "но") || tok(c, k, "который") || tok(c, k, "которые") ||
           tok(c, k, "когда") || tok(c, k, "где") || has(c, k, LC_SAY) || has(c, k, LC_STOP);
}

/* The end of the source's phrase that starts at token a: at most 8 tokens,
 * a quoted name («Монитор задержаний») read whole. */
static size_t name_end(const struct sentence_ctx *c, size_t a) {
    size_t b = a;
    int quoted = 0;
    while (b < c->n && b < a + 8) {
        if (tok(c, b, "\""))
            quoted = !quoted;
        else if (!quoted && ends_name(c, b))
            break;
        else if (quoted && (c->qty_at[b] || tok(c, b, ".")))
            break;
        b++;
    }
    return b;
}

/* The start of the speaker's phrase that ends just before token `end`
 * («Организаторы акции» of «Организаторы акции утверждают»): at most 5
 * words back, not past a clause's edge. */
static size_t name_start(const struct sentence_ctx *c, size_t end) {
    size_t a = end;
    int quoted = 0;
    while (a > 0 && end - a < 7) {
        if (tok(c, a - 1, "\""))
            quoted = !quoted;
        else if (!quoted && ends_name(c, a - 1))
            break;
        a--;
    }
    while (a < end && tok(c, a, "\""))
        a++;
    return a;
}

static int is_ru_pronoun(const struct sentence_ctx *c, size_t a, size_t b) {
    return b == a + 1 && (tok(c, a, "он") || tok(c, a, "она") || tok(c, a, "они") ||
                          tok(c, a, "оно") || tok(c, a, "мы") || tok(c, a, "я") ||
                          tok(c, a, "это"));
}

/* Is the verb at token k impersonal («сообщается», «говорится»): no
 * speaker stands before it? */
static int impersonal(const struct sentence_ctx *c, size_t k) {
    struct vg_str w = c->t[k].fold;
    return (w.len > 4 && memcmp(w.ptr + w.len - 4, "ся", 4) == 0) ||
           (w.len > 4 && memcmp(w.ptr + w.len - 4, "сь", 4) == 0);
}

/* Name the tokens [a, b) as a source: its English name, "" for the
 * report's own correspondent, else its own text. */
static struct vg_str name_of(const struct sentence_ctx *c, struct vg_str text,
                             size_t sent_start, size_t a, size_t b) {
    /* An outlet named in quotes after what it is («телеграм-канал
     * «Свободный Юг»», «издание «Вестник»»): the quoted name. */
    for (size_t k = a; k + 2 < b; k++)
        if (tok(c, k, "\"")) {
            size_t m = k + 1;
            while (m < b && !tok(c, m, "\""))
                m++;
            if (m < b && m > k + 1 && k > a) {
                a = k + 1;
                b = m;
            }
            break;
        }
    while (a < b && tok(c, a, "\""))
        a++;
    while (b > a && tok(c, b - 1, "\""))
        b--; /* «Медиазона» */
    if (a >= b)
        return VG_STR_NULL;
    struct vg_str s = vg_str_make(text.ptr + c->t[a].start, c->t[b - 1].end - c->t[a].start);
    return source_english_ru(text, sent_start, s);
}

/* Skip the words that only introduce a source: «в сообщении МВД», «в
 * пресс-службе суда», «также». */
/* Is token a a word of time or manner that may stand between a reporting
 * verb and its speaker: «(в) понедельник», «вечером», «накануне», «также»? */
static int ru_when_word(const struct sentence_ctx *c, size_t a) {
    static const char *const words[] = {
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
        "утром", "днем", "днём", "вечером", "ночью", "накануне", "вчера", "сегодня", "ранее",
        "позже", "позднее", "также", "тоже", "официально", NULL};
    for (const char *const *w = words; *w; w++)
        if (tok(c, a, *w))
            return 1;
    return 0;
}

static size_t skip_intro(const struct sentence_ctx *c, size_t a) {
    for (;;) {
        if (a < c->n && has(c, a, LC_AUX))
            a++;
        else if (tok(c, a, "в") || tok(c, a, "во") || tok(c, a, "у"))
            a++;
        else if (tok(c, a, "сообщении") || tok(c, a, "заявлении") || tok(c, a, "релизе") ||
                 tok(c, a, "телеграм") || tok(c, a, "канале") || ru_when_word(c, a))
            a++; /* and «в понедельник», «вечером», «также» */
        else if (tok(c, a, "пресс") && tok(c, a + 1, "-") &&
                 (tok(c, a + 2, "службе") || tok(c, a + 2, "служба") ||
                  tok(c, a + 2, "релизе") || tok(c, a + 2, "центре")))
            a += 3;
        else
            return a;
    }
}

/* Do tokens [a, b) name a source we know the English name of? */
static int known_name(const struct sentence_ctx *c, struct vg_str text, size_t sent_start,
                      size_t a, size_t b) {
    struct vg_str s = name_of(c, text, sent_start, a, b);
    return s.len && (s.ptr < text.ptr || s.ptr >= text.ptr + text.len);
}

/* Does the speaker follow the reporting verb at token k because of the
 * words before it: «как передаёт ТАСС», «об этом сообщает ОВД-Инфо»? */
static int speaker_after(const struct sentence_ctx *c, size_t k) {
    if (k > 0 && tok(c, k - 1, "как"))
        return 1;
    return k > 1 && tok(c, k - 1, "этом") && (tok(c, k - 2, "об") || tok(c, k - 2, "о"));
}

/* Does the phrase [a, b) before a counting verb only name a place: «В
 * Москве насчитали 612 задержанных», «Из Самары сообщают»?  A preposition
 * of place and words with no known source in them. */
static int place_only(const struct sentence_ctx *c, struct vg_str text, size_t sent_start,
                      size_t a, size_t b) {
    if (!(tok(c, a, "в") || tok(c, a, "во") || tok(c, a, "на") || tok(c, a, "из") ||
          tok(c, a, "со")) ||
        b <= a + 1)
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (c->t[k].kind != TK_WORD || !(c->t[k].flags & TF_CAP))
            return 0;
    return !known_name(c, text, sent_start, a, b);
}

/* Does the sentence start at token a, but for a time stamp («UPD 22:05»)? */
static int at_head(const struct sentence_ctx *c, size_t a) {
    for (size_t k = 0; k < a; k++)
        if (c->t[k].kind == TK_WORD && !tok(c, k, "upd") && !tok(c, k, "update"))
            return 0;
    return 1;
}

/* Is token k an active verb of opening criminal cases («возбудил»,
 * «возбудили», «возбудило»)? */
static int opens_cases(const struct sentence_ctx *c, size_t k) {
    struct vg_str w = c->t[k].fold;
    static const char stem[] = "возбудил";
    return c->t[k].kind == TK_WORD && w.len >= sizeof stem - 1 &&
           memcmp(w.ptr, stem, sizeof stem - 1) == 0;
}

size_t source_ru_attributions(const struct sentence_ctx *c, struct vg_str text,
                              size_t sent_start, struct src_attr *out, size_t cap) {
    size_t n = 0;
    for (size_t k = 0; k < c->n && n < cap; k++) {
        size_t len;
        const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_SAY, &len);
        if (e && e->kind == 1) { /* «по данным X»: X after; «по нашим данным»: ours */
            size_t a = skip_intro(c, k + len);
            size_t b = name_end(c, a);
            struct vg_str s = name_of(c, text, sent_start, a, b);
            if (s.len || b == a) {
                out[n++] = (struct src_attr){k, s.len ? s : vg_str_cstr("")};
                k += len - 1;
            }
            continue;
        }
        if (e) {
            size_t after = k + len;
            size_t a = skip_intro(c, after);
            /* «..., сообщили в полиции», «..., заявил адвокат», «говорится
             * в сообщении МВД»: the source follows the verb. */
            int inverted = (k > 0 && (tok(c, k - 1, ",") || tok(c, k - 1, "-"))) || a > after ||
                           speaker_after(c, k);
            if (inverted && a < c->n && !ends_name(c, a)) {
                size_t b = name_end(c, a);
                struct vg_str s = name_of(c, text, sent_start, a, b);
                if (s.len && !is_ru_pronoun(c, a, b)) {
                    out[n++] = (struct src_attr){k, s};
                    k += len - 1;
                    continue;
                }
            }
            /* «Организаторы акции утверждают, что ...»: the speaker before. */
            if (impersonal(c, k)) { /* «Ранее сообщалось»: no speaker named */
                out[n++] = (struct src_attr){k, vg_str_cstr("")};
                continue;
            }
            size_t end = k;
            while (end > 0 && has(c, end - 1, LC_AUX))
                end--;
            size_t s0 = name_start(c, end);
            if (s0 == end || is_ru_pronoun(c, s0, end))
                continue;
            if (place_only(c, text, sent_start, s0, end)) {
                out[n++] = (struct src_attr){k, vg_str_cstr("")}; /* no speaker named */
                continue;
            }
            struct vg_str s = name_of(c, text, sent_start, s0, end);
            if (s.len)
                out[n++] = (struct src_attr){k, s};
            k += len - 1;
            continue;
        }
        /* «..., а организаторы — три тысячи»: a rival counter named
         * before the dash of its own count. */
        if (tok(c, k, "а") && k > 0 && tok(c, k - 1, ",")) {
            size_t b = k + 1;
            while (b < c->n && b < k + 4 && c->t[b].kind == TK_WORD)
                b++;
            if (b > k + 1 && tok(c, b, "-") && b + 1 < c->n && c->qty_at[b + 1] &&
                known_name(c, text, sent_start, k + 1, b)) {
                out[n++] = (struct src_attr){k + 1, name_of(c, text, sent_start, k + 1, b)};
                k = b;
                continue;
            }
        }
        /* «Следственный комитет возбудил три уголовных дела»: who opens
         * cases tells of them. */
        if (opens_cases(c, k)) {
            size_t s0 = name_start(c, k);
            if (s0 < k && known_name(c, text, sent_start, s0, k))
                out[n++] = (struct src_attr){k, name_of(c, text, sent_start, s0, k)};
            continue;
        }
        /* «Департамент полиции города: «задержаны 46 граждан»», and a
         * heading «Источник в управлении здравоохранения: ...». */
        if (tok(c, k, ":") && k > 0) {
            size_t s0 = name_start(c, k);
            if (s0 == k || (!tok(c, k + 1, "\"") && !at_head(c, s0)))
                continue;
            if (known_name(c, text, sent_start, s0, k)) /* only a known source heads a quote */
                out[n++] = (struct src_attr){k, name_of(c, text, sent_start, s0, k)};
        }
    }
    return n;
}

struct vg_str source_ru_pick(const struct sentence_ctx *c, const struct src_attr *attrs,
                             size_t n, size_t qi) {
    size_t t0 = c->q[qi].t0;
    size_t i = 0;
    while (i < n && attrs[i].at < t0)
        i++;
    if (i == 0 && n > 0) { /* only attributions after the count */
        size_t next = n > 1 ? attrs[1].at : c->n;
        for (size_t k = 0; k < c->nq; k++)
            if (k != qi && c->q[k].t0 > attrs[0].at && c->q[k].t0 < next)
                return VG_STR_NULL;
    }
    return source_pick(attrs, n, t0);
}
