/* Figure extraction: the heart of vigil.  vg_extract reads one report and
 * returns every figure in it (a quantified group of people that underwent an
 * outcome, as ../shared/corpus/GUIDELINES.md defines it) and every named
 * person, each with the byte offsets of its evidence in the input.
 *
 * A struct vg_extractor holds what is shared between reports: lexicons and
 * the gazetteer.  It is read-only after creation, so threads may share one.
 * Everything a call returns lives in the caller's arena. */
#ifndef VIGIL_EXTRACT_H
#define VIGIL_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/err.h"
#include "vigil/str.h"

#define VG_OPEN INT64_MIN /* an open side of an interval ("at least 36") */

/* What happened to the people counted. */
enum vg_what {
    VG_WHAT_NONE = 0,
    VG_DETAINED,
    VG_SANCTIONED,
    VG_CHARGED,
    VG_RELEASED,
    VG_KILLED,
    VG_INJURED,
    VG_MISSING,
    VG_PARTICIPANTS,
    VG_WHAT_COUNT
};

/* The group counted. */
enum vg_who {
    VG_WHO_PEOPLE = 0, /* people, individuals, persons, residents, or no noun */
    VG_WHO_PROTESTERS,
    VG_WHO_JOURNALISTS,
    VG_WHO_ACTIVISTS,
    VG_WHO_POLICE,
    VG_WHO_CIVILIANS,
    VG_WHO_CASES,
    VG_WHO_OTHER,
    VG_WHO_COUNT
};

enum vg_status { VG_REPORTED = 0, VG_RETRACTED };

enum vg_role {
    VG_ROLE_OTHER = 0,
    VG_ROLE_JOURNALIST,
    VG_ROLE_ACTIVIST,
    VG_ROLE_LAWYER,
    VG_ROLE_HRD, /* human rights defender */
    VG_ROLE_PROTESTER,
    VG_ROLE_COUNT
};

/* A byte range [start, end) of the input text. */
struct vg_span {
    size_t start; /* offset of the first byte */
    size_t end;   /* offset one past the last byte */
};

struct vg_figure {
    enum vg_what what;      /* the outcome */
    int64_t low;            /* lower bound, or VG_OPEN */
    int64_t high;           /* upper bound, or VG_OPEN */
    bool approx;            /* the expression is approximate or vague */
    enum vg_who who;        /* the group counted */
    const char *where;      /* gazetteer name of the place, or NULL */
    struct vg_when when;    /* days the events counted happened, or unknown */
    struct vg_str source;   /* who the text attributes it to; len 0 = the report itself */
    enum vg_status status;  /* reported or retracted */
    struct vg_span sentence;/* the sentence it came from */
    struct vg_span quantity;/* the quantity phrase ("close to 10,000") */
    const char *qty_rule;   /* rule that read the quantity: "vague.hundreds" */
    const char *what_rule;  /* rule that bound it to its outcome: "passive" */
};

struct vg_person {
    struct vg_str name;     /* in Latin letters (vg_name_romanise), nominative */
    struct vg_str written;  /* as written (Cyrillic stays Cyrillic), nominative;
                             * the same bytes as name for a Latin name */
    enum vg_role role;      /* what the person is */
    enum vg_what status;    /* the latest outcome the report gives */
    int32_t since;          /* day of that outcome, or VG_NO_DATE */
    const char *where;      /* gazetteer name, or NULL */
    struct vg_span mention; /* the name's first mention */
    struct vg_span sentence;/* the sentence that gives the outcome */
};

/* Something odd about the input that is not an error: "invalid UTF-8 at
 * byte 1032, read as U+FFFD". */
struct vg_diag {
    size_t offset;   /* where in the input */
    const char *msg; /* static or arena text */
};

struct vg_report {
    const char *doc;          /* the report's name (file name), or "-" */
    const char *lang;         /* "en", "ru" */
    int32_t published;        /* publication day, or VG_NO_DATE */
    struct vg_figure *figures;/* in order of first mention */
    size_t n_figures;
    struct vg_person *persons;
    size_t n_persons;
    struct vg_diag *diags;
    size_t n_diags;
    struct vg_str text;       /* the input the offsets point into */
};

struct vg_extract_opts {
    const char *doc;     /* name to report under; NULL = "-" */
    const char *lang;    /* "en", "ru", or NULL to detect */
    int32_t published;   /* publication day, or VG_NO_DATE to look for a dateline */
};

struct vg_extractor;

/* Load lexicons and gazetteer.  Returns VG_OK and *out, or a code with the
 * reason in err.  Free with vg_extractor_free. */
int vg_extractor_new(struct vg_extractor **out, struct vg_err *err);
void vg_extractor_free(struct vg_extractor *x);

/* Extract the figures of one report.  The text must stay alive as long as
 * the report (offsets and quotes point into it).  On success *out lives in
 * arena `a` until the arena is released.  Odd text is not an error: it
 * yields diagnostics.  Returns VG_OK, VG_ENOMEM or VG_ETOOBIG. */
int vg_extract(const struct vg_extractor *x, struct vg_arena *a, struct vg_str text,
               const struct vg_extract_opts *opts, struct vg_report **out);

/* Names used in JSON and tables. */
/* The language of a report, "en" or "ru", from its first 8 KB: the script
 * its letters are in when one clearly dominates (three to one), else which
 * language's function words ("the", "and", "и", "на") it has more of, else
 * the script of most letters. */
const char *vg_detect_lang(struct vg_str text);

const char *vg_what_name(enum vg_what w);
const char *vg_who_name(enum vg_who w);
const char *vg_status_name(enum vg_status s);
const char *vg_role_name(enum vg_role r);
enum vg_what vg_what_parse(struct vg_str s);  /* VG_WHAT_NONE if unknown */
int vg_who_parse(struct vg_str s);            /* -1 if unknown */
int vg_role_parse(struct vg_str s);           /* -1 if unknown */

#endif
