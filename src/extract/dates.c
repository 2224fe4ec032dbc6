/* Date expressions in report text, resolved against the publication date.
 *
 * The `when` of a figure comes from here: "on 27 February", "on Tuesday",
 * "over the past week", "since January 2", "between 13 and 20 August 2015",
 * «27 февраля», «во вторник», «на прошлой неделе», «с 13 по 20 августа».
 * GUIDELINES.md ("Who, where, when") and the corpus README fix the
 * conventions: weekdays resolve to the latest such day on or before
 * publication, "since X" runs from X to publication, a month is the whole
 * month, "overnight" is the day before publication and publication day.
 *
 * How it works: a small lexer cuts the sentence into tokens (words, digit
 * runs, punctuation) and looks each word up, case-folded (ASCII and
 * Cyrillic; ё as е), in one sorted table of months, weekdays and the
 * function words the patterns need.  A window of the next WIN tokens slides
 * over the text; at each token that can start an expression (a number, a
 * month, a weekday or one of the keywords) hand-written matchers try the
 * patterns, longest first, and the first that fits consumes its tokens.
 * Nothing is allocated and no byte at or past `len` is read: apart from
 * the line splitting in dates_dateline, the lexer (dates_lex.c) is the only
 * code that touches the text, and it checks every index.
 *
 * Expressions that need the publication date and cannot have it (no
 * `published`) are consumed but not reported, so a part of them is never
 * reported in their place. */
#include <stdbool.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_lex.h"
#include "banned.h"

/* ------------------------------------------------------------------ */
/* Calendar helpers                                                     */

struct ctx {
    int32_t pub;  /* publication day, or VG_NO_DATE */
    int py, pm;   /* its year and month when known */
};

#define NOD VG_NO_DATE
#define DATELINE_SCAN_BYTES 1536 /* how far into a report dates_dateline reads */

static struct vg_when when2(int32_t a, int32_t b) {
    if (a == NOD || b == NOD || a > b)
        return VG_WHEN_NONE;
    return (struct vg_when){a, b};
}

static struct vg_when whole_month(int y, int mo) {
    return when2(vg_date_from_ymd(y, mo, 1), vg_date_from_ymd(y, mo, vg_date_month_days(y, mo)));
}

static struct vg_when whole_year(int y) {
    return when2(vg_date_from_ymd(y, 1, 1), vg_date_from_ymd(y, 12, 31));
}

/* Years in a date phrase: a number, or one of these relative ones. */
#define Y_LAST (-1) /* "last year", «прошлого года» */
#define Y_THIS (-2) /* "this year" */

/* The year a relative year marker stands for; 0 when it cannot be known. */
static int year_of(const struct ctx *c, int y) {
    if (y > 0)
        return y;
    if (c->pub == NOD)
        return 0;
    return y == Y_LAST ? c->py - 1 : c->py;
}

/* Day d of month mo with year y (0: the latest such day on or before
 * publication). */
static int32_t resolve_dm(const struct ctx *c, int d, int mo, int y) {
    if (y != 0) {
        int yy = year_of(c, y);
        return yy ? vg_date_from_ymd(yy, mo, d) : NOD;
    }
    if (c->pub == NOD)
        return NOD;
    /* Eight years back reach the previous 29 February even across 2100. */
    for (int yy = c->py; yy >= c->py - 8; yy--) {
        int32_t day = vg_date_from_ymd(yy, mo, d);
        if (day != NOD && day <= c->pub)
            return day;
    }
    return NOD;
}

/* The whole month mo of year y (0: the latest such month not after the
 * month of publication). */
static struct vg_when resolve_month(const struct ctx *c, int mo, int y) {
    if (y == 0) {
        if (c->pub == NOD)
            return VG_WHEN_NONE;
        y = mo <= c->pm ? c->py : c->py - 1;
    }
    int yy = year_of(c, y);
    return yy ? whole_month(yy, mo) : VG_WHEN_NONE;
}

/* The first day of the month of day d, and of its year. */
static int32_t month_start(int32_t d) {
    int y, mo, dd;
    vg_date_to_ymd(d, &y, &mo, &dd);
    return vg_date_from_ymd(y, mo, 1);
}

static int32_t year_start(int32_t d) {
    int y, mo, dd;
    vg_date_to_ymd(d, &y, &mo, &dd);
    return vg_date_from_ymd(y, 1, 1);
}

/* Day d moved n months back, clamped to the end of a shorter month. */
static int32_t months_back(int32_t d, int n) {
    int y, mo, dd;
    vg_date_to_ymd(d, &y, &mo, &dd);
    int idx = y * 12 + (mo - 1) - n;
    if (idx < 12)
        return NOD;
    y = idx / 12;
    mo = idx % 12 + 1;
    int md = vg_date_month_days(y, mo);
    return vg_date_from_ymd(y, mo, dd > md ? md : dd);
}

enum rel {
    R_DAY,         /* the day n days before publication */
    R_BACK,        /* n days before publication to publication */
    R_WDAY,        /* weekday n, on or before publication */
    R_WDAY_STRICT, /* weekday n, before publication */
    R_PREV_WEEK,   /* the Monday-Sunday week before the week of publication */
    R_WEEK_START,  /* Monday of the week of publication to publication */
    R_THIS_MONTH,  /* the whole month of publication */
    R_PREV_MONTH,  /* the whole month before */
    R_MONTH_START, /* first of the month to publication */
    R_MONTHS_BACK, /* n months back to publication */
    R_THIS_YEAR,   /* the whole year of publication */
    R_PREV_YEAR,   /* the whole year before */
    R_YEAR_START,  /* 1 January to publication */
    R_YEARS_BACK,  /* n years back to publication */
    R_LAST_WEEKEND, /* Saturday and Sunday before the week of publication */
    R_WEEKEND,     /* the weekend of publication if it is one, else the last */
};

/* A date relative to publication; unknown without one. */
static struct vg_when rel(const struct ctx *c, enum rel r, int n) {
    int32_t p = c->pub;
    if (p == NOD || n < 0 || n > 3660)
        return VG_WHEN_NONE;
    int wd = vg_date_weekday(p);
    int32_t monday = p - wd;
    switch (r) {
    case R_DAY:
        return when2(p - n, p - n);
    case R_BACK:
        return when2(p - n, p);
    case R_WDAY:
    case R_WDAY_STRICT: {
        int back = (wd - n + 7) % 7;
        if (back == 0 && r == R_WDAY_STRICT)
            back = 7;
        return when2(p - back, p - back);
    }
    case R_PREV_WEEK:
        return when2(monday - 7, monday - 1);
    case R_WEEK_START:
        return when2(monday, p);
    case R_THIS_MONTH:
        return whole_month(c->py, c->pm);
    case R_PREV_MONTH:
        return c->pm == 1 ? whole_month(c->py - 1, 12) : whole_month(c->py, c->pm - 1);
    case R_MONTH_START:
        return when2(month_start(p), p);
    case R_MONTHS_BACK:
        return when2(months_back(p, n), p);
    case R_THIS_YEAR:
        return whole_year(c->py);
    case R_PREV_YEAR:
        return whole_year(c->py - 1);
    case R_YEAR_START:
        return when2(year_start(p), p);
    case R_YEARS_BACK:
        return when2(months_back(p, 12 * n), p);
    case R_LAST_WEEKEND:
        return when2(monday - 2, monday - 1);
    case R_WEEKEND:
        return wd >= 5 ? when2(monday + 5, p) : when2(monday - 2, monday - 1);
    }
    return VG_WHEN_NONE;
}

/* ------------------------------------------------------------------ */
/* Token tests                                                          */

/* What the matchers see: the window and the context. */
struct mt {
    const struct ctx *c;    /* publication date */
    const struct date_tok *t;    /* the window; t[0] starts the expression */
    size_t n;               /* tokens in it */
    const struct date_tok *prev; /* the token before t[0], or NULL */
};

static bool kw(const struct mt *m, size_t i, int k) {
    return i < m->n && m->t[i].cls == C_KEY && m->t[i].kv == k;
}

static bool kw_ru(const struct mt *m, size_t i, int k) {
    return kw(m, i, k) && (m->t[i].flags & F_RU);
}

static bool pu(const struct mt *m, size_t i, int ch) {
    return i < m->n && m->t[i].type == T_PUNCT && m->t[i].val == ch;
}

/* Token i follows the previous one without white space. */
static bool adj(const struct mt *m, size_t i) { return i < m->n && !m->t[i].space; }

static bool is_num(const struct mt *m, size_t i, unsigned maxdig) {
    return i < m->n && m->t[i].type == T_NUM && m->t[i].ndig <= maxdig;
}

static int month_at(const struct mt *m, size_t i) {
    if (i >= m->n || m->t[i].cls != C_MONTH)
        return 0;
    if ((m->t[i].flags & F_CAP) && !m->t[i].cap)
        return 0;
    return m->t[i].kv;
}

static bool is_abbr(const struct mt *m, size_t i) { return i < m->n && (m->t[i].flags & F_ABBR); }

static int wday_at(const struct mt *m, size_t i) {
    return i < m->n && m->t[i].cls == C_WDAY ? m->t[i].kv : -1;
}

/* A number 1-31 that is no part of a clock time, decimal or percentage. */
static bool day_num(const struct mt *m, size_t i) {
    if (!is_num(m, i, 2) || m->t[i].val < 1 || m->t[i].val > 31)
        return false;
    if ((pu(m, i + 1, ':') || pu(m, i + 1, '.') || pu(m, i + 1, ',')) && adj(m, i + 1) &&
        is_num(m, i + 2, 255) && adj(m, i + 2))
        return false;
    if (pu(m, i + 1, '%') && adj(m, i + 1))
        return false;
    return true;
}

/* A count before "days", "weeks", "ago": digits or a number word. */
static bool count_at(const struct mt *m, size_t i, int *n) {
    if (is_num(m, i, 3)) {
        *n = m->t[i].val;
        return true;
    }
    if (i < m->n && m->t[i].cls == C_NUMW) {
        *n = m->t[i].kv;
        return true;
    }
    return false;
}

/* Skip a time-of-day word ("morning", «вечером») or, when `night`, "night". */
static size_t skip_part(const struct mt *m, size_t j, bool night) {
    if (kw(m, j, K_PART) || (night && kw(m, j, K_NIGHT) && (m->t[j].flags & F_EN)))
        return j + 1;
    return j;
}

/* ------------------------------------------------------------------ */
/* Date phrases                                                         */

/* A day and month, with a year when written. */
struct dm {
    int d;         /* day of month; in a month range 0 stands for its last day */
    int m;         /* month 1-12 */
    int y;         /* year, 0 when not written, or Y_LAST / Y_THIS */
    bool dayfirst; /* written day first ("13 August") */
};

/* A written year, 1900-2100, with a Russian «года», «году», «г.» after it.
 * *word tells whether such a word followed.  Returns the index after it or 0. */
static size_t p_year(const struct mt *m, size_t i, int *y, bool *word) {
    if (!is_num(m, i, 4) || m->t[i].ndig != 4 || m->t[i].val < 1900 || m->t[i].val > 2100)
        return 0;
    /* "2019,5" or "2019.5" is a bigger or decimal number. */
    if ((pu(m, i + 1, ',') || pu(m, i + 1, '.')) && adj(m, i + 1) && is_num(m, i + 2, 255) &&
        adj(m, i + 2))
        return 0;
    *y = m->t[i].val;
    *word = false;
    size_t j = i + 1;
    if (kw_ru(m, j, K_YEAR)) {
        j++;
        *word = true;
    } else if (kw(m, j, K_G)) {
        j++;
        *word = true;
        if (pu(m, j, '.') && adj(m, j))
            j++;
    }
    return j;
}

/* A year after a date: "2019", "of last year", "this year", «прошлого года». */
static size_t p_yearspec(const struct mt *m, size_t i, int *y) {
    bool word;
    size_t j = p_year(m, i, y, &word);
    if (j)
        return j;
    j = i;
    if (kw(m, j, K_OF))
        j++;
    if (kw(m, j, K_LAST) && kw(m, j + 1, K_YEAR)) {
        *y = Y_LAST;
        return j + 2;
    }
    if (kw(m, j, K_THIS) && kw(m, j + 1, K_YEAR)) {
        *y = Y_THIS;
        return j + 2;
    }
    return 0;
}

/* The year after a day and month, if any, into o->y; returns the index after. */
static size_t p_tail_year(const struct mt *m, size_t j, struct dm *o) {
    size_t k = j;
    int y = 0;
    if (pu(m, k, ','))
        k++;
    size_t e = p_yearspec(m, k, &y);
    if (e && (k == j || y > 0)) {
        o->y = y;
        return e;
    }
    return j;
}

/* "the February 14 Youth coalition", "the 20 February Movement": a day and
 * month from i to j, after "the" and before a capitalised word of no date,
 * open a name; they are no date of an event. */
static bool date_opens_name(const struct mt *m, size_t i, size_t j) {
    const struct date_tok *before = i > 0 ? &m->t[i - 1] : m->prev;
    return j < m->n && m->t[j].type == T_WORD && m->t[j].cap &&
           (!m->t[j].cls || m->t[j].cls == C_NOUN) && m->t[j].space && before &&
           before->cls == C_KEY && before->kv == K_THE;
}

static bool dm_plausible(const struct dm *o) {
    return o->m >= 1 && o->m <= 12 && o->d >= 1 && o->d <= 31 &&
           (o->y <= 0 || (o->y >= 1900 && o->y <= 2100));
}

/* A calendar date: "27 February", "27th of February 2019", "February 27,
 * 2019", "Sept. 28", «27 февраля 2019 года», «27-го февраля», "2022-01-05",
 * "12.01.2022".  Returns the index after it, or 0. */
static size_t p_dm(const struct mt *m, size_t i, struct dm *o) {
    const struct date_tok *t = m->t;
    if (i >= m->n)
        return 0;
    o->y = 0;
    o->dayfirst = true;
    if (t[i].type == T_NUM) {
        if (t[i].ndig == 4 && pu(m, i + 1, '-') && adj(m, i + 1) && is_num(m, i + 2, 2) &&
            adj(m, i + 2) && pu(m, i + 3, '-') && adj(m, i + 3) && is_num(m, i + 4, 2) &&
            adj(m, i + 4)) {
            o->y = t[i].val;
            o->m = t[i + 2].val;
            o->d = t[i + 4].val;
            return dm_plausible(o) ? i + 5 : 0;
        }
        if (t[i].ndig <= 2 && pu(m, i + 1, '.') && adj(m, i + 1) && is_num(m, i + 2, 2) &&
            adj(m, i + 2) && pu(m, i + 3, '.') && adj(m, i + 3) && is_num(m, i + 4, 4) &&
            t[i + 4].ndig == 4 && adj(m, i + 4)) {
            o->d = t[i].val;
            o->m = t[i + 2].val;
            bool word;
            size_t j = p_year(m, i + 4, &o->y, &word);
            return j && dm_plausible(o) ? j : 0;
        }
        if (!day_num(m, i))
            return 0;
        size_t j = i + 1;
        if (kw(m, j, K_ORD) && adj(m, j))
            j++;
        else if (pu(m, j, '-') && adj(m, j) && kw(m, j + 1, K_GO) && adj(m, j + 1))
            j += 2;
        if (kw(m, j, K_OF))
            j++;
        int mo = month_at(m, j);
        if (!mo)
            return 0;
        j++;
        if (is_abbr(m, j - 1) && pu(m, j, '.') && adj(m, j))
            j++;
        o->d = t[i].val;
        o->m = mo;
        size_t e = p_tail_year(m, j, o);
        return e == j && date_opens_name(m, i, j) ? 0 : e;
    }
    int mo = month_at(m, i);
    if (mo && (t[i].flags & F_EN)) {
        size_t j = i + 1;
        if (is_abbr(m, i) && pu(m, j, '.') && adj(m, j))
            j++;
        if (!day_num(m, j))
            return 0;
        o->d = t[j].val;
        o->m = mo;
        o->dayfirst = false;
        j++;
        if (kw(m, j, K_ORD) && adj(m, j))
            j++;
        size_t e = p_tail_year(m, j, o);
        return e == j && date_opens_name(m, i, j) ? 0 : e;
    }
    return 0;
}

/* A month with an optional year: "June", "June 2019", "Sept. 2019", «июне
 * 2019 года», "July of last year".  Abbreviations need the year.  Returns
 * the index after it, or 0. */
static size_t p_month(const struct mt *m, size_t i, int *mo, int *y) {
    *mo = month_at(m, i);
    *y = 0;
    if (!*mo)
        return 0;
    size_t j = i + 1;
    bool abbr = is_abbr(m, i);
    if (abbr && pu(m, j, '.') && adj(m, j))
        j++;
    size_t e = p_yearspec(m, j, y);
    if (e)
        return e;
    return abbr ? 0 : j;
}

/* Is the bare number at k a count with a date of its own, "31 were held on
 * May 4 and 6 on May 5", and no second day of "May 4 and 6"? */
static bool count_before_date(const struct mt *m, size_t k) {
    struct dm o;
    return kw(m, k + 1, K_ON) && (p_dm(m, k + 2, &o) || wday_at(m, k + 2) >= 0);
}

enum conn_mask {
    CN_AND = 1,    /* "and", «и» */
    CN_TO = 2,     /* "to", "until", "through", «по», «до» */
    CN_DASH = 4,   /* '-' and the dashes */
    CN_RU_AND = 8, /* «и» only */
};

static size_t conn(const struct mt *m, size_t i, int mask) {
    if ((mask & CN_AND) && kw(m, i, K_AND))
        return i + 1;
    if ((mask & CN_RU_AND) && kw_ru(m, i, K_AND))
        return i + 1;
    if ((mask & CN_TO) && (kw(m, i, K_TO) || kw(m, i, K_DO)))
        return i + 1;
    if ((mask & CN_DASH) && pu(m, i, '-'))
        return i + 1;
    return 0;
}

/* A span of days or months: "13 and 20 August 2015", "28 February to 3
 * March", "August 13-20, 2015", «с 13 по 20 августа», and with `months`
 * "January to March 2019".  *is_months tells which.  Returns the index after
 * it, or 0. */
static size_t p_range(const struct mt *m, size_t i, int mask, bool months, struct dm *a,
                      struct dm *b, bool *is_months) {
    size_t j, k, e;
    *is_months = false;
    if ((j = p_dm(m, i, a))) {
        if (!(k = conn(m, j, mask)))
            return 0;
        if ((e = p_dm(m, k, b)))
            return e;
        if (!a->dayfirst && day_num(m, k) && !count_before_date(m, k)) { /* August 13-20, 2015 */
            b->d = m->t[k].val;
            b->m = a->m;
            b->y = 0;
            b->dayfirst = false;
            e = k + 1;
            if (kw(m, e, K_ORD) && adj(m, e))
                e++;
            return p_tail_year(m, e, b);
        }
        return 0;
    }
    if (day_num(m, i)) { /* 13 and 20 August */
        j = i + 1;
        if (kw(m, j, K_ORD) && adj(m, j))
            j++;
        else if (pu(m, j, '-') && adj(m, j) && kw(m, j + 1, K_GO) && adj(m, j + 1))
            j += 2;
        if ((k = conn(m, j, mask)) && (e = p_dm(m, k, b)) && b->dayfirst) {
            a->d = m->t[i].val;
            a->m = b->m;
            a->y = 0;
            a->dayfirst = true;
            return e;
        }
        return 0;
    }
    int m1, m2, y1, y2;
    if (months && (j = p_month(m, i, &m1, &y1)) && (k = conn(m, j, mask)) &&
        (e = p_month(m, k, &m2, &y2))) {
        a->d = 1;
        a->m = m1;
        a->y = y1;
        b->d = 0;
        b->m = m2;
        b->y = y2;
        *is_months = true;
        return e;
    }
    return 0;
}

/* The days a range stands for; a missing year comes from the other end or,
 * failing that, from publication. */
static struct vg_when resolve_range(const struct ctx *c, const struct dm *a, const struct dm *b,
                                    bool months) {
    if (months) {
        struct vg_when wb = resolve_month(c, b->m, b->y);
        if (!vg_when_known(wb))
            return VG_WHEN_NONE;
        int yb, mb, db;
        vg_date_to_ymd(wb.from, &yb, &mb, &db);
        int ya = a->y ? year_of(c, a->y) : (a->m > b->m ? yb - 1 : yb);
        if (!ya)
            return VG_WHEN_NONE;
        return when2(vg_date_from_ymd(ya, a->m, 1), wb.to);
    }
    int32_t da, db;
    if (a->y == 0 && b->y == 0 && c->pub != NOD) {
        /* "8-14 June" in a report of 12 June: the week under way */
        da = vg_date_from_ymd(c->py, a->m, a->d);
        db = vg_date_from_ymd(c->py, b->m, b->d);
        if (da != NOD && db != NOD && da <= c->pub && c->pub < db)
            return when2(da, db);
    }
    if (b->y == 0 && a->y != 0) {
        int ya = year_of(c, a->y);
        if (!ya)
            return VG_WHEN_NONE;
        da = vg_date_from_ymd(ya, a->m, a->d);
        db = vg_date_from_ymd(ya, b->m, b->d);
        if (da != NOD && db != NOD && db < da)
            db = vg_date_from_ymd(ya + 1, b->m, b->d);
        return when2(da, db);
    }
    db = resolve_dm(c, b->d, b->m, b->y);
    if (db == NOD)
        return VG_WHEN_NONE;
    if (a->y != 0)
        return when2(resolve_dm(c, a->d, a->m, a->y), db);
    int yb, mb, dd;
    vg_date_to_ymd(db, &yb, &mb, &dd);
    da = vg_date_from_ymd(yb, a->m, a->d);
    if (da == NOD || da > db)
        da = vg_date_from_ymd(yb - 1, a->m, a->d);
    return when2(da, db);
}

/* ------------------------------------------------------------------ */
/* Expressions                                                          */

/* Each matcher h_* tries the patterns that start at token b and returns the
 * index after the expression (0: none), with h->when (unknown when it needs
 * a publication date there is not) and h->kind.  The expression's span runs
 * from t[0], which may be a preposition the caller has read. */

static size_t put(const struct mt *m, size_t j, struct date_hit *h, struct vg_when w,
                  enum date_kind kind) {
    h->start = m->t[0].start;
    h->end = m->t[j - 1].end;
    h->when = w;
    h->kind = kind;
    return j;
}

static size_t put_dm(const struct mt *m, size_t j, struct date_hit *h, const struct dm *o) {
    int32_t d = resolve_dm(m->c, o->d, o->m, o->y);
    return put(m, j, h, when2(d, d), DATE_DAY);
}

static size_t put_range(const struct mt *m, size_t j, struct date_hit *h, const struct dm *a,
                        const struct dm *b, bool months) {
    return put(m, j, h, resolve_range(m->c, a, b, months), DATE_RANGE);
}

/* A weekday, possibly with its date: "Tuesday", "Tuesday, 3 March", "Monday
 * night", «понедельник вечером».  `strict`: the one before publication. */
static size_t h_weekday(const struct mt *m, size_t b, struct date_hit *h, bool strict) {
    int wd = wday_at(m, b);
    if (wd < 0)
        return 0;
    struct dm o;
    size_t j = b + 1, e;
    if (pu(m, j, ','))
        j++;
    if ((e = p_dm(m, j, &o)))
        return put_dm(m, e, h, &o);
    j = skip_part(m, b + 1, true);
    return put(m, j, h, rel(m->c, strict ? R_WDAY_STRICT : R_WDAY, wd), DATE_DAY);
}

/* Two weekdays joined: "Wednesday and Thursday", "from Monday to
 * Wednesday"; the later one is the latest such day on or before publication. */
static size_t h_weekday_pair(const struct mt *m, size_t b, int mask, struct date_hit *h) {
    int wd1 = wday_at(m, b), wd2;
    size_t k;
    if (wd1 < 0 || !(k = conn(m, b + 1, mask)) || (wd2 = wday_at(m, k)) < 0)
        return 0;
    struct vg_when w = rel(m->c, R_WDAY, wd2);
    if (vg_when_known(w))
        w.from -= (wd2 - wd1 + 7) % 7;
    return put(m, skip_part(m, k + 1, true), h, w, DATE_RANGE);
}

/* "night of": X to the day after, or an explicit span. */
static size_t h_night_of(const struct mt *m, size_t b, struct date_hit *h) {
    struct dm a, c;
    bool mon;
    size_t e;
    if ((e = p_range(m, b, CN_TO | CN_AND | CN_DASH, false, &a, &c, &mon)))
        return put_range(m, e, h, &a, &c, false);
    if ((e = p_dm(m, b, &a))) {
        int32_t d = resolve_dm(m->c, a.d, a.m, a.y);
        return put(m, e, h, d == NOD ? VG_WHEN_NONE : when2(d, d + 1), DATE_RANGE);
    }
    if (wday_at(m, b) >= 0) {
        struct vg_when w = rel(m->c, R_WDAY, wday_at(m, b));
        if (vg_when_known(w))
            w.to++;
        return put(m, b + 1, h, w, DATE_RANGE);
    }
    return 0;
}

/* A rolling span back from publication: "[two] days", "24 hours", "week",
 * «сутки», «7 дней».  `calendar` ("last" in Russian: «за прошлую неделю»)
 * makes week, month and year the calendar ones.  Returns the index after. */
static size_t p_rolling(const struct mt *m, size_t k, bool calendar, struct vg_when *w,
                        enum date_kind *kind) {
    int n = 1;
    bool counted = count_at(m, k, &n);
    if (counted)
        k++;
    if (k >= m->n || m->t[k].cls != C_KEY)
        return 0;
    *kind = DATE_SINCE;
    switch (m->t[k].kv) {
    case K_DAY:
    case K_DEN:
    case K_SUTKI:
        *w = rel(m->c, R_BACK, n);
        break;
    case K_HOURS:
        if (!counted || n < 1)
            return 0;
        *w = rel(m->c, R_BACK, (n + 23) / 24);
        break;
    case K_WEEK:
        if (calendar && !counted) {
            *w = rel(m->c, R_PREV_WEEK, 0);
            *kind = DATE_RANGE;
        } else {
            *w = rel(m->c, R_BACK, 7 * n);
        }
        break;
    case K_MONTH:
        if (calendar && !counted) {
            *w = rel(m->c, R_PREV_MONTH, 0);
            *kind = DATE_MONTH;
        } else {
            *w = rel(m->c, R_MONTHS_BACK, n);
        }
        break;
    case K_YEAR:
        if (calendar && !counted) {
            *w = rel(m->c, R_PREV_YEAR, 0);
            *kind = DATE_YEAR;
        } else {
            *w = rel(m->c, R_YEARS_BACK, n);
        }
        break;
    default:
        return 0;
    }
    return k + 1;
}

static size_t h_the(const struct mt *m, size_t b, struct date_hit *h, bool prep);
static size_t h_last(const struct mt *m, size_t b, struct date_hit *h);
static size_t h_this(const struct mt *m, size_t b, struct date_hit *h);

/* "on 27 February", "on the 5th of March", "on 3 and 4 March", "on Tuesday",
 * "on the night of 4 March", "on the evening of 7 April"; also "by". */
static size_t h_on(const struct mt *m, size_t b, struct date_hit *h, bool ranges) {
    size_t j = b + 1, e;
    struct dm a, c;
    bool mon;
    if (kw(m, j, K_THE)) {
        if ((e = h_the(m, j, h, true)))
            return e;
        if ((e = p_dm(m, j + 1, &a)))
            return put_dm(m, e, h, &a);
        return 0;
    }
    if (ranges && (e = p_range(m, j, CN_AND | CN_DASH, false, &a, &c, &mon)))
        return put_range(m, e, h, &a, &c, false);
    if ((e = p_dm(m, j, &a)))
        return put_dm(m, e, h, &a);
    if (ranges && (e = h_weekday_pair(m, j, CN_AND, h)))
        return e;
    return h_weekday(m, j, h, false);
}

/* Early, mid or late before a month or weekday: "in early June", "mid-March",
 * "late Monday".  Returns the index of the month or weekday, and the day of
 * month the word points at (1, 15 or 21; 1 when there is none). */
static size_t skip_early(const struct mt *m, size_t j, int *day) {
    *day = 1;
    if (kw(m, j, K_EARLY) || kw(m, j, K_MID) || kw(m, j, K_LATE)) {
        *day = kw(m, j, K_MID) ? 15 : kw(m, j, K_LATE) ? 21 : 1;
        j++;
        if (pu(m, j, '-') && adj(m, j))
            j++;
    }
    return j;
}

/* A year that is a time ("in 2019,") and not a modifier ("in 2019 elections"). */
static bool year_is_time(const struct mt *m, size_t e) {
    return !(e < m->n && m->t[e].cls == C_NOUN);
}

/* "in June", "in early June 2019", "in July and August of last year", "in
 * 2019", "in 2019-2020", "in the past week"; also "during", "within". */
static size_t h_in(const struct mt *m, size_t b, struct date_hit *h) {
    size_t j = b + 1, k, e;
    if (kw(m, j, K_THE))
        return h_the(m, j, h, true);
    int day, mo, y, mo2, y2;
    struct dm ra, rb;
    bool mon;
    if ((m->t[j].flags & F_EN) && month_at(m, j) &&
        (e = p_range(m, j, CN_DASH, false, &ra, &rb, &mon)))
        return put_range(m, e, h, &ra, &rb, false); /* "in January 21-31, 2019" */
    k = skip_early(m, j, &day);
    if ((e = p_month(m, k, &mo, &y)) && (m->t[k].flags & F_EN)) {
        if (kw(m, e, K_AND) && (k = p_month(m, e + 1, &mo2, &y2)) && y == 0) {
            struct dm a = {1, mo, y2, true}, c = {0, mo2, y2, true};
            return put_range(m, k, h, &a, &c, true);
        }
        return put(m, e, h, resolve_month(m->c, mo, y), DATE_MONTH);
    }
    bool word;
    if (k == j && (e = p_year(m, j, &y, &word)) && year_is_time(m, e)) {
        if ((pu(m, e, '-') || kw(m, e, K_AND) || kw(m, e, K_TO)) &&
            (k = p_year(m, e + 1, &y2, &word)) && y2 > y && year_is_time(m, k))
            return put(m, k, h, when2(whole_year(y).from, whole_year(y2).to), DATE_RANGE);
        return put(m, e, h, whole_year(y), DATE_YEAR);
    }
    return 0;
}

/* After "the": "the past week", "the last 24 hours", "the night of 4 March",
 * "the evening of 7 April", "the early hours of Monday", "the day before
 * yesterday", "the weekend", "the 5th of March".  `prep`: a preposition came
 * before, which "the last day" needs. */
static size_t h_the(const struct mt *m, size_t b, struct date_hit *h, bool prep) {
    size_t j = b + 1, e;
    struct vg_when w;
    enum date_kind kind;
    if (kw(m, j, K_PAST) || (prep && kw(m, j, K_LAST))) {
        if ((e = p_rolling(m, j + 1, false, &w, &kind)) && !kw(m, e, K_OF))
            return put(m, e, h, w, kind);
        return 0;
    }
    if (kw(m, j, K_NIGHT) && kw(m, j + 1, K_OF))
        return h_night_of(m, j + 2, h);
    if ((kw(m, j, K_PART) && kw(m, j + 1, K_OF)) ||
        (kw(m, j, K_EARLY) && kw(m, j + 1, K_HOURS) && kw(m, j + 2, K_OF))) {
        size_t k = kw(m, j, K_PART) ? j + 2 : j + 3;
        struct dm a;
        if ((e = p_dm(m, k, &a)))
            return put_dm(m, e, h, &a);
        if (wday_at(m, k) >= 0)
            return put(m, k + 1, h, rel(m->c, R_WDAY, wday_at(m, k)), DATE_DAY);
        return 0;
    }
    if (kw(m, j, K_DAY) && kw(m, j + 1, K_BEFORE) && kw(m, j + 2, K_YESTERDAY))
        return put(m, j + 3, h, rel(m->c, R_DAY, 2), DATE_DAY);
    if (kw(m, j, K_WEEKEND))
        return put(m, j + 1, h, rel(m->c, R_WEEKEND, 0), DATE_RANGE);
    struct dm a;
    if (is_num(m, j, 2) && kw(m, j + 1, K_ORD) && (e = p_dm(m, j, &a)))
        return put_dm(m, e, h, &a);
    return 0;
}

/* "last night", "last week", "last month", "last year", "last weekend", "last
 * Monday", "last June", "last 24 hours"; «прошлой ночью», «прошлом году»,
 * «прошлый вторник». */
static size_t h_last(const struct mt *m, size_t b, struct date_hit *h) {
    size_t j = b + 1, e;
    if (kw(m, j, K_OF) || kw(m, j + 1, K_OF))
        return 0; /* "the last of them", "last week of March" */
    if (kw(m, j, K_NIGHT) || kw(m, j, K_NOCHYU))
        return put(m, j + 1, h, rel(m->c, R_DAY, 1), DATE_DAY);
    if (kw(m, j, K_WEEK))
        return put(m, j + 1, h, rel(m->c, R_PREV_WEEK, 0), DATE_RANGE);
    if (kw(m, j, K_MONTH))
        return put(m, j + 1, h, rel(m->c, R_PREV_MONTH, 0), DATE_MONTH);
    if (kw(m, j, K_YEAR))
        return put(m, j + 1, h, rel(m->c, R_PREV_YEAR, 0), DATE_YEAR);
    if (kw(m, j, K_WEEKEND))
        return put(m, j + 1, h, rel(m->c, R_LAST_WEEKEND, 0), DATE_RANGE);
    if (wday_at(m, j) >= 0)
        return put(m, skip_part(m, j + 1, true), h, rel(m->c, R_WDAY_STRICT, wday_at(m, j)),
                   DATE_DAY);
    int mo = month_at(m, j);
    if (mo && !is_abbr(m, j) && (m->t[j].flags & F_EN)) {
        struct vg_when w = VG_WHEN_NONE;
        if (m->c->pub != NOD)
            w = whole_month(mo < m->c->pm ? m->c->py : m->c->py - 1, mo);
        return put(m, j + 1, h, w, DATE_MONTH);
    }
    struct vg_when w;
    enum date_kind kind;
    int cnt;
    if ((m->t[b].flags & F_EN) && count_at(m, j, &cnt) &&
        (e = p_rolling(m, j, false, &w, &kind)))
        return put(m, e, h, w, kind);
    return 0;
}

/* "this week", "this month", "this year", "this morning", "this weekend";
 * «этой неделе», «этом году». */
static size_t h_this(const struct mt *m, size_t b, struct date_hit *h) {
    size_t j = b + 1;
    if (kw(m, j, K_WEEK))
        return put(m, j + 1, h, rel(m->c, R_BACK, 7), DATE_SINCE);
    if (kw(m, j, K_MONTH))
        return put(m, j + 1, h, rel(m->c, R_THIS_MONTH, 0), DATE_MONTH);
    if (kw(m, j, K_YEAR))
        return put(m, j + 1, h, rel(m->c, R_THIS_YEAR, 0), DATE_YEAR);
    if (kw(m, j, K_PART))
        return put(m, j + 1, h, rel(m->c, R_DAY, 0), DATE_DAY);
    if (kw(m, j, K_WEEKEND))
        return put(m, j + 1, h, rel(m->c, R_WEEKEND, 0), DATE_RANGE);
    return 0;
}

/* "earlier this week / month / year", "earlier today". */
static size_t h_earlier(const struct mt *m, size_t b, struct date_hit *h) {
    size_t j = b + 1;
    if (kw(m, j, K_TODAY))
        return put(m, j + 1, h, rel(m->c, R_DAY, 0), DATE_DAY);
    if (!kw(m, j, K_THIS))
        return 0;
    if (kw(m, j + 1, K_WEEK))
        return put(m, j + 2, h, rel(m->c, R_WEEK_START, 0), DATE_SINCE);
    if (kw(m, j + 1, K_MONTH))
        return put(m, j + 2, h, rel(m->c, R_MONTH_START, 0), DATE_SINCE);
    if (kw(m, j + 1, K_YEAR))
        return put(m, j + 2, h, rel(m->c, R_YEAR_START, 0), DATE_SINCE);
    return 0;
}

/* The start of what follows "since" / «с»: a date, a month, a year, a
 * weekday, "yesterday", "last week", "the start of the year", «начала года». */
static size_t p_since_start(const struct mt *m, size_t j, int32_t *from) {
    struct dm a;
    struct date_hit t;
    size_t e, k;
    int mo, y, day;
    bool word;
    *from = NOD;
    if ((e = p_dm(m, j, &a))) {
        *from = resolve_dm(m->c, a.d, a.m, a.y);
        return e;
    }
    k = skip_early(m, j, &day);
    if ((e = p_month(m, k, &mo, &y))) {
        struct vg_when w = resolve_month(m->c, mo, y);
        if (vg_when_known(w))
            *from = w.from + day - 1;
        return e;
    }
    if (k == j && (e = p_year(m, j, &y, &word)) && year_is_time(m, e)) {
        *from = whole_year(y).from;
        return e;
    }
    if (wday_at(m, j) >= 0) {
        *from = rel(m->c, R_WDAY, wday_at(m, j)).from;
        return skip_part(m, j + 1, true);
    }
    if (kw(m, j, K_YESTERDAY)) {
        *from = rel(m->c, R_DAY, 1).from;
        return skip_part(m, j + 1, false);
    }
    if (kw(m, j, K_LAST) && (e = h_last(m, j, &t))) {
        *from = t.when.from;
        return e;
    }
    if (kw(m, j, K_THIS) && kw(m, j + 1, K_PART)) {
        *from = m->c->pub;
        return j + 2;
    }
    /* "the start of the year", «начала года» */
    k = j;
    if (kw(m, k, K_THE))
        k++;
    if (kw(m, k, K_START)) {
        k++;
        if (kw(m, k, K_OF))
            k++;
        if (kw(m, k, K_THE) || kw(m, k, K_THIS))
            k++;
        enum rel r;
        if (kw(m, k, K_YEAR))
            r = R_YEAR_START;
        else if (kw(m, k, K_MONTH))
            r = R_MONTH_START;
        else if (kw(m, k, K_WEEK))
            r = R_WEEK_START;
        else
            return 0;
        *from = rel(m->c, r, 0).from;
        return k + 1;
    }
    if (kw(m, j, K_THE) && kw(m, j + 1, K_NIGHT) && kw(m, j + 2, K_OF) &&
        (e = h_night_of(m, j + 3, &t))) {
        *from = t.when.from;
        return e;
    }
    return 0;
}

static size_t h_since(const struct mt *m, size_t b, struct date_hit *h) {
    int32_t from;
    size_t e = p_since_start(m, b + 1, &from);
    if (!e)
        return 0;
    return put(m, e, h, from == NOD ? VG_WHEN_NONE : when2(from, m->c->pub), DATE_SINCE);
}

/* "N days ago", "a week ago", "two weeks ago". */
static size_t h_ago(const struct mt *m, size_t b, struct date_hit *h) {
    int n;
    if (!count_at(m, b, &n) || !kw(m, b + 2, K_AGO))
        return 0;
    if (kw(m, b + 1, K_DAY))
        return put(m, b + 3, h, rel(m->c, R_DAY, n), DATE_DAY);
    if (kw(m, b + 1, K_WEEK))
        return put(m, b + 3, h, rel(m->c, R_DAY, 7 * n), DATE_DAY);
    return 0;
}

/* A bare English weekday is a time when a lower-case word or a number comes
 * before it ("were killed Monday", "cracked down hard Saturday", "detained
 * 20 people Sunday": wire style), or a part of the day or "'s" after it; a
 * capitalised word before it makes a name ("Bloody Sunday", "Black Friday"). */
static bool weekday_is_time(const struct mt *m, size_t b) {
    if (!m->t[b].cap || !(m->t[b].flags & F_EN))
        return false;
    if (kw(m, b + 1, K_PART) || kw(m, b + 1, K_NIGHT))
        return true;
    if (pu(m, b + 1, '\'') && adj(m, b + 1) && b + 2 < m->n && adj(m, b + 2) &&
        m->t[b + 2].type == T_WORD && m->t[b + 2].end - m->t[b + 2].start == 1)
        return true;
    const struct date_tok *p = b == 0 ? m->prev : &m->t[b - 1];
    return p && ((p->type == T_WORD && (p->cls == C_VERB || (p->wflags & W_ED) ||
                                         (p->wflags & W_LOWER))) ||
                 p->type == T_NUM);
}

/* A date, a span or a month-and-year that starts with a number or a month:
 * "27 February", "13-20 August", "August 13-20", "2022-01-05", «13 и 14
 * августа», "March 2019", "three days ago". */
static size_t h_number_or_month(const struct mt *m, struct date_hit *h) {
    struct dm a, c;
    bool mon;
    size_t e;
    if ((e = p_range(m, 0, CN_DASH | CN_RU_AND, false, &a, &c, &mon)))
        return put_range(m, e, h, &a, &c, false);
    if ((e = p_dm(m, 0, &a)))
        return put_dm(m, e, h, &a);
    int mo, y;
    if ((e = p_month(m, 0, &mo, &y)) && y > 0 && (m->t[0].flags & F_EN))
        return put(m, e, h, resolve_month(m->c, mo, y), DATE_MONTH);
    return h_ago(m, 0, h);
}

/* A weekday without a preposition: with its date ("Tuesday, 3 March"), or
 * where it is plainly a time ("were killed Monday"). */
static size_t h_bare_weekday(const struct mt *m, struct date_hit *h) {
    struct dm a;
    size_t j = pu(m, 1, ',') ? 2 : 1, e;
    if ((e = p_dm(m, j, &a)))
        return put_dm(m, e, h, &a);
    if (weekday_is_time(m, 0))
        return h_weekday(m, 0, h, false);
    return 0;
}

/* "early Monday", "late Tuesday night", "mid-June", "early March 2019". */
static size_t h_early(const struct mt *m, struct date_hit *h) {
    int day, mo, y;
    size_t k = skip_early(m, 0, &day), e;
    if (wday_at(m, k) >= 0 && (m->t[k].flags & F_EN))
        return h_weekday(m, k, h, false);
    if ((e = p_month(m, k, &mo, &y)) && (m->t[k].flags & F_EN))
        return put(m, e, h, resolve_month(m->c, mo, y), DATE_MONTH);
    return 0;
}

/* "yesterday [evening]", «вчера [вечером / ночью]». */
static size_t h_yesterday(const struct mt *m, struct date_hit *h) {
    size_t j = skip_part(m, 1, false);
    if (j == 1 && kw(m, 1, K_NOCHYU))
        j = 2;
    return put(m, j, h, rel(m->c, R_DAY, 1), DATE_DAY);
}

/* "today", "tonight", «сегодня [утром]»; «сегодня ночью» is the night just
 * past, the day before and the day of publication. */
static size_t h_today(const struct mt *m, struct date_hit *h) {
    if (kw(m, 1, K_NOCHYU))
        return put(m, 2, h, rel(m->c, R_BACK, 1), DATE_RANGE);
    return put(m, skip_part(m, 1, false), h, rel(m->c, R_DAY, 0), DATE_DAY);
}

/* "between 13 and 20 August 2015", "between January and March"; «между». */
static size_t h_between(const struct mt *m, struct date_hit *h, int mask) {
    struct dm a, c;
    bool mon;
    size_t e = p_range(m, 1, mask, true, &a, &c, &mon);
    if (e)
        return put_range(m, e, h, &a, &c, mon);
    return h_weekday_pair(m, 1, mask, h);
}

/* «ночь на 5 января» (the 4th and 5th), «ночь с 4 на 5 января», «ночь на
 * вторник»; b is the token after «ночь». */
static size_t h_night_ru(const struct mt *m, size_t b, struct date_hit *h) {
    struct dm a, c;
    size_t e, k;
    if (kw(m, b, K_S)) {
        bool day_only = false;
        if (!(k = p_dm(m, b + 1, &a))) {
            if (!day_num(m, b + 1))
                return 0;
            a.d = m->t[b + 1].val;
            a.y = 0;
            k = b + 2;
            day_only = true;
        }
        if (!kw(m, k, K_NA) || !(e = p_dm(m, k + 1, &c)))
            return 0;
        if (day_only)
            a.m = c.m;
        return put_range(m, e, h, &a, &c, false);
    }
    if (!kw(m, b, K_NA))
        return 0;
    if ((e = p_dm(m, b + 1, &a))) {
        int32_t d = resolve_dm(m->c, a.d, a.m, a.y);
        return put(m, e, h, d == NOD ? VG_WHEN_NONE : when2(d - 1, d), DATE_RANGE);
    }
    if (wday_at(m, b + 1) >= 0) {
        struct vg_when w = rel(m->c, R_WDAY, wday_at(m, b + 1));
        if (vg_when_known(w))
            w.from--;
        return put(m, b + 2, h, w, DATE_RANGE);
    }
    return 0;
}

/* «за [последние] сутки», «за неделю», «за последние 3 дня», «за прошлую
 * неделю», «в течение последних суток»: k is the token after «за». */
static size_t h_za(const struct mt *m, size_t k, struct date_hit *h, bool need_past) {
    bool calendar = false, past = false;
    struct vg_when w;
    enum date_kind kind;
    if (kw(m, k, K_PAST)) {
        k++;
        past = true;
    } else if (need_past) {
        return 0; /* «в течение дня»: during a day, not the last one */
    } else if (kw(m, k, K_LAST)) {
        k++;
        calendar = true;
    }
    if (!calendar && !past && kw(m, k, K_DEN))
        return put(m, k + 1, h, rel(m->c, R_DAY, 0), DATE_DAY); /* «за день»: that day */
    size_t e = p_rolling(m, k, calendar, &w, &kind);
    if (!e || kw(m, e, K_DO)) /* «за неделю до выборов»: a week before something */
        return 0;
    return put(m, e, h, w, kind);
}

/* «в/во»: «во вторник», «в июне 2019 года», «в начале июня», «в 2019 году»,
 * «в прошлом месяце», «в этом году», «в ночь на 5 января», «в выходные». */
static size_t h_v(const struct mt *m, struct date_hit *h) {
    size_t j = 1, k, e;
    if (kw(m, j, K_TECH))
        return h_za(m, j + 1, h, true);
    if (wday_at(m, j) >= 0)
        return h_weekday(m, j, h, false);
    if (kw(m, j, K_LAST))
        return h_last(m, j, h);
    if (kw(m, j, K_THIS))
        return h_this(m, j, h);
    if (kw(m, j, K_NIGHT))
        return h_night_ru(m, j + 1, h);
    if (kw(m, j, K_WEEKEND))
        return put(m, j + 1, h, rel(m->c, R_WEEKEND, 0), DATE_RANGE);
    int day, mo, y;
    k = skip_early(m, j, &day);
    if ((e = p_month(m, k, &mo, &y)))
        return put(m, e, h, resolve_month(m->c, mo, y), DATE_MONTH);
    bool word;
    if (k == j && (e = p_year(m, j, &y, &word)) && word)
        return put(m, e, h, whole_year(y), DATE_YEAR);
    return 0;
}

/* «на прошлой неделе», «на этой неделе», «на выходных». */
static size_t h_na(const struct mt *m, struct date_hit *h) {
    if ((kw(m, 1, K_LAST) || kw(m, 1, K_PAST)) && kw(m, 2, K_WEEK))
        return put(m, 3, h, rel(m->c, R_PREV_WEEK, 0), DATE_RANGE);
    if (kw(m, 1, K_THIS) && kw(m, 2, K_WEEK))
        return put(m, 3, h, rel(m->c, R_BACK, 7), DATE_SINCE);
    if (kw(m, 1, K_WEEKEND))
        return put(m, 2, h, rel(m->c, R_WEEKEND, 0), DATE_RANGE);
    return 0;
}

/* «с 13 по 20 августа», «с января по март», else «с 2 января» (to
 * publication), «с 2019 года», «с понедельника», «с начала года». */
static size_t h_s(const struct mt *m, struct date_hit *h) {
    struct dm a, c;
    bool mon;
    size_t e = p_range(m, 1, CN_TO | CN_DASH, true, &a, &c, &mon);
    if (e)
        return put_range(m, e, h, &a, &c, mon);
    return h_since(m, 0, h);
}

/* «накануне» is the day before publication unless it governs a noun
 * («накануне выборов», on the eve of the elections). */
static size_t h_nakanune(const struct mt *m, struct date_hit *h) {
    if (1 < m->n && m->t[1].type == T_WORD && !m->t[1].cls && (m->t[1].wflags & W_LOWER) &&
        !(m->t[1].wflags & W_RUPAST))
        return 0;
    return put(m, skip_part(m, 1, false), h, rel(m->c, R_DAY, 1), DATE_DAY);
}

/* The expression starting at t[0], if any. */
static size_t h_top(const struct mt *m, struct date_hit *h) {
    const struct date_tok *t = &m->t[0];
    if (t->type == T_NUM) {
        const struct date_tok *p = m->prev;
        /* Not the second half of "A4", "11.40", "1,200", "3/4". */
        if (p && !t->space &&
            (p->type == T_WORD || (p->type == T_PUNCT && (p->val == '.' || p->val == ',' ||
                                                          p->val == ':' || p->val == '/'))))
            return 0;
        return h_number_or_month(m, h);
    }
    if (t->type != T_WORD)
        return 0;
    switch (t->cls) {
    case C_MONTH:
        return h_number_or_month(m, h);
    case C_WDAY:
        return h_bare_weekday(m, h);
    case C_NUMW:
        return h_ago(m, 0, h);
    case C_KEY:
        break;
    default:
        return 0;
    }
    switch (t->kv) {
    case K_ON:
        return h_on(m, 0, h, true);
    case K_BY:
        return h_on(m, 0, h, false);
    case K_SINCE:
        return h_since(m, 0, h);
    case K_BETWEEN:
        return h_between(m, h, CN_AND);
    case K_FROM:
        return h_between(m, h, CN_TO | CN_DASH);
    case K_IN:
    case K_DURING:
        return h_in(m, 0, h);
    case K_OVER:
    case K_AT:
        return kw(m, 1, K_THE) ? h_the(m, 1, h, true) : 0;
    case K_THE:
        return h_the(m, 0, h, false);
    case K_LAST:
        return h_last(m, 0, h);
    case K_THIS:
        return h_this(m, 0, h);
    case K_EARLIER:
        return h_earlier(m, 0, h);
    case K_YESTERDAY:
        return h_yesterday(m, h);
    case K_TODAY:
        return h_today(m, h);
    case K_TONIGHT:
        return put(m, 1, h, rel(m->c, R_DAY, 0), DATE_DAY);
    case K_OVERNIGHT:
        return put(m, 1, h, rel(m->c, R_BACK, 1), DATE_RANGE);
    case K_EARLY:
    case K_LATE:
    case K_MID:
        return (t->flags & F_EN) ? h_early(m, h) : 0;
    case K_V:
        return h_v(m, h);
    case K_NA:
        return h_na(m, h);
    case K_S:
        return h_s(m, h);
    case K_ZA:
        return h_za(m, 1, h, false);
    case K_NAKANUNE:
        return h_nakanune(m, h);
    case K_NOCHYU: {
        struct dm a;
        if (p_dm(m, 1, &a) || wday_at(m, 1) >= 0)
            return 0; /* «ночью 5 марта»: the date says it */
        return put(m, 1, h, rel(m->c, R_BACK, 1), DATE_RANGE);
    }
    case K_DBY:
        return put(m, 1, h, rel(m->c, R_DAY, 2), DATE_DAY);
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Entry points                                                         */

static unsigned lang_flags(const char *lang) {
    if (lang && lang[0] == 'e' && lang[1] == 'n')
        return F_EN;
    if (lang && lang[0] == 'r' && lang[1] == 'u')
        return F_RU;
    return F_EN | F_RU;
}

static void ctx_init(struct ctx *c, int32_t published) {
    c->pub = NOD;
    c->py = c->pm = 0;
    /* Day numbers outside 1900-2100 would only feed overflowing arithmetic. */
    if (published == NOD || published < vg_date_from_ymd(1900, 1, 1) ||
        published > vg_date_from_ymd(2100, 12, 31))
        return;
    int d;
    c->pub = published;
    vg_date_to_ymd(published, &c->py, &c->pm, &d);
}

size_t dates_find(const char *s, size_t len, int32_t published, const char *lang,
                  struct date_hit *out, size_t max) {
    return dates_find_until(s, len, published, lang, out, max, NULL, NULL);
}

/* The hits of the window's text, as dates_find_until describes them. */
static size_t find_hits(struct date_win *w, int32_t published, struct date_hit *out, size_t max,
                        int (*done)(const struct date_hit *, void *), void *ctx) {
    struct ctx c;
    ctx_init(&c, published);
    size_t n_out = 0;
    while (w->n > 0 && n_out < max) {
        struct mt m = {&c, w->t, w->n, w->prev};
        struct date_hit h;
        size_t k = h_top(&m, &h);
        if (k && vg_when_known(h.when)) {
            out[n_out++] = h;
            if (done && done(&h, ctx))
                break;
        }
        dates_win_advance(w, k ? k : 1);
    }
    return n_out;
}

size_t dates_find_until(const char *s, size_t len, int32_t published, const char *lang,
                        struct date_hit *out, size_t max,
                        int (*done)(const struct date_hit *, void *), void *ctx) {
    if (!s || !out || max == 0)
        return 0;
    struct date_win w;
    dates_win_init(&w, s, len, lang_flags(lang));
    return find_hits(&w, published, out, max, done, ctx);
}

size_t dates_find_tokens(const char *s, size_t len, const struct token *toks, size_t n_toks,
                         size_t base, int32_t published, const char *lang,
                         struct date_hit *out, size_t max) {
    if (!s || !out || max == 0)
        return 0;
    struct date_win w;
    dates_win_init_tokens(&w, s, len, lang_flags(lang), toks, n_toks, base);
    return find_hits(&w, published, out, max, NULL, NULL);
}

/* What the first lines of a report have shown so far. */
struct dl {
    int32_t cue;      /* first date on a "Published" / «Опубликовано» line */
    int32_t strong;   /* first date shaped like a dateline, or VG_NO_DATE */
    bool strong_seen; /* a dateline was seen (a wire one without a year leaves strong unknown) */
    int32_t prose;    /* first full date inside running text */
    int my_y, my_m;   /* a month-and-year line ("October 2015"), 0 when none */
};

/* Tokens from i to the next '|' or the end of the window, at most 9. */
static size_t segment_rest(const struct mt *m, size_t i) {
    size_t k = 0;
    while (i + k < m->n && k < 9 && !pu(m, i + k, '|'))
        k++;
    return k;
}

/* Look at one line of the report's head.  A date is dateline-shaped when
 * few words come before it in its '|'-separated part of the line and few
 * after ("Harare, 11 February 2014 - ...", "Alert | Turkey | 20 September
 * 2022", "Beirut, Monday 24 August 2015, 11:00"), or a wire service follows
 * ("March 4 (Reuters) -"); otherwise it is taken to sit in running text. */
static void dl_line(struct dl *st, const char *s, size_t len, size_t last_digit, int year_hint,
                    bool prev_blank) {
    struct ctx c;
    ctx_init(&c, NOD);
    struct date_win w;
    dates_win_init(&w, s, len, F_EN | F_RU);
    size_t before = 0;
    bool cue = false, upd = false;
    /* Every date taken holds a number at or after the token it starts at:
     * past the line's last digit no token starts one (the window still
     * reads the tokens after a date, for segment_rest). */
    while (w.n > 0 && w.t[0].start <= last_digit) {
        struct mt m = {&c, w.t, w.n, w.prev};
        const struct date_tok *t = &w.t[0];
        if (pu(&m, 0, '|')) {
            before = 0;
            dates_win_advance(&w, 1);
            continue;
        }
        cue |= t->cls == C_CUE;
        upd |= t->cls == C_CUEUPD;
        bool glued = t->type == T_NUM && m.prev && !t->space && m.prev->type == T_WORD;
        struct dm o, o2;
        size_t e;
        bool mon;
        if (!glued && (t->type == T_NUM || t->cls == C_MONTH) &&
            (e = p_range(&m, 0, CN_DASH | CN_TO, false, &o, &o2, &mon))) {
            dates_win_advance(&w, e); /* "28 May - 1 June 2025": what a report is about */
            before += 2;
            continue;
        }
        if (!glued && (t->type == T_NUM || t->cls == C_MONTH) && (e = p_dm(&m, 0, &o))) {
            size_t after = segment_rest(&m, e);
            bool wire = before <= 6 && (pu(&m, e, '(') || pu(&m, e, '-'));
            bool timed = pu(&m, e, ',') && is_num(&m, e + 1, 2);
            if (o.y > 0) {
                int32_t d = vg_date_from_ymd(o.y, o.m, o.d);
                if (d != NOD) {
                    if (cue && st->cue == NOD)
                        st->cue = d;
                    else if (!st->strong_seen &&
                             (upd || wire || (before <= 4 && (after <= 4 || timed)))) {
                        st->strong_seen = true;
                        st->strong = d;
                    } else if (st->prose == NOD) {
                        st->prose = d;
                    }
                }
                dates_win_advance(&w, e);
                continue;
            }
            if (o.y == 0 && (wire || upd || (before == 0 && after == 0 && prev_blank))) {
                int year = year_hint;
                if (upd && (year < 1900 || year > 2100)) { /* "Updated 11 March, 09:00" */
                    int32_t seen = st->prose != NOD ? st->prose : st->strong;
                    int mo2, d2;
                    if (seen != NOD)
                        vg_date_to_ymd(seen, &year, &mo2, &d2);
                }
                int32_t d = year >= 1900 && year <= 2100 ? vg_date_from_ymd(year, o.m, o.d) : NOD;
                if (cue && d != NOD && st->cue == NOD) {
                    st->cue = d;
                } else if (!st->strong_seen) {
                    st->strong_seen = true; /* "March 4 (Reuters)" without a year: no date */
                    st->strong = d;
                }
                dates_win_advance(&w, e);
                continue;
            }
        }
        int mo, y;
        if (t->cls == C_MONTH && !st->my_y && before <= 4 && (e = p_month(&m, 0, &mo, &y)) &&
            y > 0 && segment_rest(&m, e) == 0) {
            st->my_y = y;
            st->my_m = mo;
        }
        if ((t->type == T_WORD || t->type == T_NUM) && t->cls != C_WDAY && t->cls != C_CUE &&
            t->cls != C_CUEUPD)
            before++;
        dates_win_advance(&w, 1);
    }
}

static bool blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* The offset of the last digit of s[0..len), or SIZE_MAX when it has none. */
static size_t last_digit(const char *s, size_t len) {
    for (size_t i = len; i-- > 0;)
        if (s[i] >= '0' && s[i] <= '9')
            return i;
    return SIZE_MAX;
}

int32_t dates_dateline(const char *text, size_t len, int year_hint) {
    if (!text)
        return NOD;
    struct dl st = {NOD, NOD, false, NOD, 0, 0};
    size_t pos = 0;
    bool prev_blank = true;
    if (len > DATELINE_SCAN_BYTES) {
        /* A dateline, or the first dated sentence, stands near the top:
         * read no further than the word this many bytes in. */
        size_t cut = DATELINE_SCAN_BYTES;
        while (cut < len && text[cut] != ' ' && text[cut] != '\n')
            cut++;
        len = cut;
    }
    for (int line = 0; line < 15 && pos < len; line++) {
        size_t e = pos;
        while (e < len && text[e] != '\n')
            e++;
        /* Every date dl_line takes holds a day or a year in digits: a
         * line without a digit leaves st as it is. */
        size_t d = last_digit(text + pos, e - pos);
        if (d != SIZE_MAX)
            dl_line(&st, text + pos, e - pos, d, year_hint, prev_blank);
        if (st.cue != NOD)
            return st.cue;
        prev_blank = blank(text + pos, e - pos);
        pos = e + 1;
    }
    if (st.strong_seen)
        return st.strong;
    if (st.prose != NOD && st.my_y) {
        int y, mo, d;
        vg_date_to_ymd(st.prose, &y, &mo, &d);
        if (y != st.my_y || mo != st.my_m)
            return NOD; /* "October 2015" heads the report; a date in August is no publication */
    }
    return st.prose;
}
