/* The scorer behind `vigil eval`: compares predicted figures and persons
 * with gold ones, document by document, as GUIDELINES.md ("Scoring") says.
 *
 * Figures.  A prediction matches a gold figure when what, low and high are
 * equal (null = an open side, equal only to null).  Each gold figure takes
 * at most one prediction and each prediction at most one gold figure; since
 * only equal keys can pair, any one-to-one pairing within a key gives the
 * most matches, min(#gold, #predicted).  Which pairs are taken matters for
 * the attribute scores: two "7 detained" in different cities should pair
 * city with city.  So, within a key, every candidate pair is scored by how
 * many attributes agree plus one when the quotes overlap (one contains the
 * other, comparing letters and digits only), and pairs are taken greedily,
 * best first, ties in document order.
 *
 * Attributes, on matched pairs whose gold value is not null (a null
 * prediction against a non-null gold value disagrees):
 *   who, status  equal ignoring case and surrounding blanks;
 *   where        equal ignoring case, or names of the same place in the
 *                gazetteer when the scorer has one;
 *   when         the two dates or ranges share a day;
 *   source       vg_eval_source_agrees (words of one all in the other).
 *
 * Persons match on vg_eval_names_match: first identical name keys, then
 * the same words reordered, then a surname alone against the full name,
 * each gold person and each predicted one used once.  Matched persons score
 * `status` like figures do.
 *
 * P, R and F1 are counted over all documents together (micro-averaged). */
#include <stdlib.h>
#include <string.h>

#include "vigil/date.h"
#include "vigil/eval.h"
#include "banned.h"

enum attr { A_WHO, A_WHERE, A_WHEN, A_SOURCE, A_STATUS, A_COUNT };
static const char *const attr_names[A_COUNT] = {"who", "where", "when", "source", "status"};

/* One figure read from a document; slices point into the JSON. */
struct fig {
    const json_t *obj;            /* the figure object */
    enum vg_what what;            /* outcome */
    int64_t low, high;            /* bounds, VG_OPEN for null */
    struct vg_str attr[A_COUNT];  /* attribute texts; ptr NULL when null */
    struct vg_when when;          /* `when` parsed, or VG_WHEN_NONE */
    struct vg_str quote;          /* the quote, or empty */
};

/* One person read from a document. */
struct person {
    const json_t *obj;    /* the person object */
    struct vg_str name;   /* never empty */
    struct vg_str status; /* ptr NULL when null */
};

/* A document's figures and persons. */
struct doc {
    struct fig *figs;       /* malloc'd, n_figs of them */
    size_t n_figs;          /* figures */
    struct person *persons; /* malloc'd, n_persons of them */
    size_t n_persons;       /* persons */
};

struct vg_eval {
    const struct vg_gazetteer *g;      /* for `where`, or NULL */
    size_t docs;                       /* documents added */
    struct vg_eval_count fig;          /* figure counts */
    struct vg_eval_agree attr[A_COUNT];/* figure attribute agreement */
    struct vg_eval_count person;       /* person counts */
    struct vg_eval_agree person_status;/* person status agreement */
    struct vg_eval_count by_what[VG_WHAT_COUNT]; /* figure counts per outcome */
    json_t *list;                      /* per document: counts, misses, extras, differences */
};

/* ---- reading and checking documents ------------------------------------ */

/* A short description of a JSON value for error messages. */
static const char *describe(const json_t *v, char *buf, size_t cap) {
    switch (json_typeof(v)) {
    case JSON_STRING: snprintf(buf, cap, "\"%.40s\"", json_string_value(v)); return buf;
    case JSON_INTEGER: snprintf(buf, cap, "%lld", (long long)json_integer_value(v)); return buf;
    case JSON_REAL: snprintf(buf, cap, "%g", json_real_value(v)); return buf;
    case JSON_TRUE: return "true";
    case JSON_FALSE: return "false";
    case JSON_NULL: return "null";
    case JSON_ARRAY: return "an array";
    case JSON_OBJECT: return "an object";
    }
    return "a value";
}

static struct vg_str json_str(const json_t *v) {
    return vg_str_make(json_string_value(v), json_string_length(v));
}

/* An optional string field: absent, null or blank gives a NULL slice. */
static int opt_string(const json_t *o, const char *key, const char *where, size_t i,
                      struct vg_str *out, struct vg_err *err) {
    const json_t *v = json_object_get(o, key);
    char buf[64];
    *out = VG_STR_NULL;
    if (!v || json_is_null(v))
        return VG_OK;
    if (!json_is_string(v))
        return vg_err_set(err, VG_EINPUT, "%s[%zu].%s: must be a string or null, not %s", where,
                          i, key, describe(v, buf, sizeof buf));
    struct vg_str s = vg_str_trim(json_str(v));
    if (s.len)
        *out = s;
    return VG_OK;
}

/* 1 when s (case-insensitive) is one of the NULL-terminated names. */
static int in_vocab(struct vg_str s, const char *const *names) {
    for (size_t i = 0; names[i]; i++)
        if (vg_str_eq_nocase(s, vg_str_cstr(names[i])))
            return 1;
    return 0;
}

static int vocab_field(const json_t *o, const char *key, const char *where, size_t i,
                       const char *const *names, const char *list, struct vg_str *out,
                       struct vg_err *err) {
    int rc = opt_string(o, key, where, i, out, err);
    if (rc || !out->ptr || in_vocab(*out, names))
        return rc;
    return vg_err_set(err, VG_EINPUT, "%s[%zu].%s: \"%.*s\" is not one of %s", where, i, key,
                      (int)(out->len > 40 ? 40 : out->len), out->ptr, list);
}

static int bound_field(const json_t *o, const char *key, size_t i, int64_t *out,
                       struct vg_err *err) {
    const json_t *v = json_object_get(o, key);
    char buf[64];
    *out = VG_OPEN;
    if (!v || json_is_null(v))
        return VG_OK;
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return vg_err_set(err, VG_EINPUT,
                          "figures[%zu].%s: must be a whole number >= 0 or null, not %s", i, key,
                          describe(v, buf, sizeof buf));
    *out = (int64_t)json_integer_value(v);
    return VG_OK;
}

/* Parse "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD"; 0 on success. */
static int parse_when(struct vg_str s, struct vg_when *out) {
    if (s.len == 10) {
        out->from = out->to = vg_date_parse_iso(s);
        return out->from == VG_NO_DATE ? -1 : 0;
    }
    if (s.len != 21 || s.ptr[10] != '/')
        return -1;
    out->from = vg_date_parse_iso(vg_str_make(s.ptr, 10));
    out->to = vg_date_parse_iso(vg_str_make(s.ptr + 11, 10));
    if (out->from == VG_NO_DATE || out->to == VG_NO_DATE || out->from > out->to)
        return -1;
    return 0;
}

static const char *const what_vocab[] = {"detained", "sanctioned", "charged",  "released",
                                         "killed",   "injured",    "missing",  "participants",
                                         NULL};
static const char *const who_vocab[] = {"protesters", "people", "journalists", "activists",
                                        "police",     "civilians", "cases",    "other",
                                        NULL};
static const char *const status_vocab[] = {"reported", "retracted", NULL};

static enum vg_what what_of(struct vg_str s) {
    for (int w = VG_DETAINED; w < VG_WHAT_COUNT; w++)
        if (vg_str_eq_nocase(s, vg_str_cstr(vg_what_name((enum vg_what)w))))
            return (enum vg_what)w;
    return VG_WHAT_NONE;
}

static int read_figure(const json_t *o, size_t i, struct fig *f, struct vg_err *err) {
    char buf[64];
    struct vg_str what;
    memset(f, 0, sizeof *f);
    f->obj = o;
    f->when = VG_WHEN_NONE;
    if (!json_is_object(o))
        return vg_err_set(err, VG_EINPUT, "figures[%zu]: must be an object, not %s", i,
                          describe(o, buf, sizeof buf));
    int rc = vocab_field(o, "what", "figures", i, what_vocab,
                         "detained, sanctioned, charged, released, killed, injured, missing, "
                         "participants", &what, err);
    if (rc)
        return rc;
    if (!what.ptr)
        return vg_err_set(err, VG_EINPUT, "figures[%zu].what: missing", i);
    f->what = what_of(what);
    if ((rc = bound_field(o, "low", i, &f->low, err)) ||
        (rc = bound_field(o, "high", i, &f->high, err)))
        return rc;
    if (f->low == VG_OPEN && f->high == VG_OPEN)
        return vg_err_set(err, VG_EINPUT, "figures[%zu]: \"low\" and \"high\" are both null", i);
    if (f->low != VG_OPEN && f->high != VG_OPEN && f->low > f->high)
        return vg_err_set(err, VG_EINPUT, "figures[%zu]: \"low\" %lld is above \"high\" %lld", i,
                          (long long)f->low, (long long)f->high);
    if ((rc = vocab_field(o, "who", "figures", i, who_vocab,
                          "protesters, people, journalists, activists, police, civilians, "
                          "cases, other", &f->attr[A_WHO], err)) ||
        (rc = opt_string(o, "where", "figures", i, &f->attr[A_WHERE], err)) ||
        (rc = opt_string(o, "when", "figures", i, &f->attr[A_WHEN], err)) ||
        (rc = opt_string(o, "source", "figures", i, &f->attr[A_SOURCE], err)) ||
        (rc = vocab_field(o, "status", "figures", i, status_vocab, "reported, retracted",
                          &f->attr[A_STATUS], err)) ||
        (rc = opt_string(o, "quote", "figures", i, &f->quote, err)))
        return rc;
    if (f->attr[A_WHEN].ptr && parse_when(f->attr[A_WHEN], &f->when))
        return vg_err_set(err, VG_EINPUT,
                          "figures[%zu].when: \"%.*s\" is not YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
                          i, (int)(f->attr[A_WHEN].len > 40 ? 40 : f->attr[A_WHEN].len),
                          f->attr[A_WHEN].ptr);
    return VG_OK;
}

static int read_person(const json_t *o, size_t i, struct person *p, struct vg_err *err) {
    char buf[64];
    memset(p, 0, sizeof *p);
    p->obj = o;
    if (!json_is_object(o))
        return vg_err_set(err, VG_EINPUT, "persons[%zu]: must be an object, not %s", i,
                          describe(o, buf, sizeof buf));
    int rc = opt_string(o, "name", "persons", i, &p->name, err);
    if (rc)
        return rc;
    if (!p->name.ptr)
        return vg_err_set(err, VG_EINPUT, "persons[%zu].name: missing or empty", i);
    return vocab_field(o, "status", "persons", i, what_vocab,
                       "detained, sanctioned, charged, released, killed, injured, missing",
                       &p->status, err);
}

static void doc_release(struct doc *d) {
    free(d->figs);
    free(d->persons);
    memset(d, 0, sizeof *d);
}

static int read_doc(const json_t *o, int is_gold, struct doc *d, struct vg_err *err) {
    char buf[64];
    memset(d, 0, sizeof *d);
    if (!json_is_object(o))
        return vg_err_set(err, VG_EINPUT, "document: must be a JSON object, not %s",
                          describe(o, buf, sizeof buf));
    const json_t *figs = json_object_get(o, "figures");
    const json_t *persons = json_object_get(o, "persons");
    if (!figs && is_gold)
        return vg_err_set(err, VG_EINPUT, "figures: missing");
    if (figs && !json_is_array(figs) && !json_is_null(figs))
        return vg_err_set(err, VG_EINPUT, "figures: must be an array, not %s",
                          describe(figs, buf, sizeof buf));
    if (persons && !json_is_array(persons) && !json_is_null(persons))
        return vg_err_set(err, VG_EINPUT, "persons: must be an array, not %s",
                          describe(persons, buf, sizeof buf));
    size_t nf = json_array_size(figs), np = json_array_size(persons);
    d->figs = vg_calloc(nf ? nf : 1, sizeof *d->figs);
    d->persons = vg_calloc(np ? np : 1, sizeof *d->persons);
    if (!d->figs || !d->persons) {
        doc_release(d);
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    }
    int rc = VG_OK;
    for (size_t i = 0; i < nf && !rc; i++)
        rc = read_figure(json_array_get(figs, i), i, &d->figs[i], err);
    for (size_t i = 0; i < np && !rc; i++)
        rc = read_person(json_array_get(persons, i), i, &d->persons[i], err);
    if (rc) {
        doc_release(d);
        return rc;
    }
    d->n_figs = nf;
    d->n_persons = np;
    return VG_OK;
}

int vg_eval_check(const json_t *doc, int is_gold, struct vg_err *err) {
    struct doc d;
    int rc = read_doc(doc, is_gold, &d, err);
    if (!rc)
        doc_release(&d);
    return rc;
}

/* ---- comparing --------------------------------------------------------- */

static int same_key(const struct fig *a, const struct fig *b) {
    return a->what == b->what && a->low == b->low && a->high == b->high;
}

/* Letters and digits of a quote, ASCII in lower case, into buf; returns the
 * length (at most cap). */
static size_t quote_letters(struct vg_str q, char *buf, size_t cap) {
    size_t n = 0;
    for (size_t i = 0; i < q.len && n < cap; i++) {
        unsigned char c = (unsigned char)q.ptr[i];
        if (c >= 'A' && c <= 'Z')
            buf[n++] = (char)(c + 32);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            buf[n++] = (char)c;
    }
    return n;
}

static int contains(const char *h, size_t nh, const char *n, size_t nn) {
    if (nn == 0 || nn > nh)
        return 0;
    for (size_t i = 0; i + nn <= nh; i++)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
            return 1;
    return 0;
}

/* 1 when one quote contains the other (letters and digits only). */
static int quotes_overlap(struct vg_str a, struct vg_str b) {
    char x[2048], y[2048];
    size_t nx = quote_letters(a, x, sizeof x), ny = quote_letters(b, y, sizeof y);
    return nx >= ny ? contains(x, nx, y, ny) : contains(y, ny, x, nx);
}

/* Compare the attributes of a matched pair: scored[a] is 1 when the gold
 * value is not null, agreed[a] 1 when scored and the prediction agrees.
 * Returns the number of agreements. */
static int compare_attrs(const struct vg_eval *ev, const struct fig *g, const struct fig *p,
                         int scored[A_COUNT], int agreed[A_COUNT]) {
    int n = 0;
    for (int a = 0; a < A_COUNT; a++) {
        struct vg_str gv = g->attr[a], pv = p->attr[a];
        scored[a] = gv.ptr != NULL;
        agreed[a] = 0;
        if (!scored[a] || !pv.ptr)
            continue;
        switch (a) {
        case A_WHO:
        case A_STATUS:
            agreed[a] = vg_str_eq_nocase(gv, pv);
            break;
        case A_WHERE:
            agreed[a] = vg_str_eq_nocase(gv, pv) ||
                        (ev->g && vg_gazetteer_same_place(ev->g, gv, pv));
            break;
        case A_WHEN:
            agreed[a] = g->when.from <= p->when.to && p->when.from <= g->when.to;
            break;
        case A_SOURCE:
            agreed[a] = vg_eval_source_agrees(gv, pv);
            break;
        default:
            break;
        }
        n += agreed[a];
    }
    return n;
}

/* A candidate pair (gold index, predicted index) and how good it is. */
struct cand {
    size_t g, p; /* indexes */
    int score;   /* higher first (figures) or lower first (persons: match tier) */
};

static int cmp_cand_best_first(const void *a, const void *b) {
    const struct cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return (x->p > y->p) - (x->p < y->p);
}

static int cmp_cand_tier(const void *a, const void *b) {
    const struct cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return (x->p > y->p) - (x->p < y->p);
}

/* Pair up candidates greedily in sorted order: gm[g] = p + 1, pm[p] = g + 1. */
static void take_greedy(const struct cand *c, size_t n, size_t *gm, size_t *pm) {
    for (size_t i = 0; i < n; i++)
        if (!gm[c[i].g] && !pm[c[i].p]) {
            gm[c[i].g] = c[i].p + 1;
            pm[c[i].p] = c[i].g + 1;
        }
}

/* ---- the per-document record for listing ------------------------------ */

static json_t *str_or_null(struct vg_str s) {
    return s.ptr ? json_stringn(s.ptr, s.len) : json_null();
}

static json_t *bound_json(int64_t v) { return v == VG_OPEN ? json_null() : json_integer(v); }

static json_t *differ_json(const struct fig *g, const struct fig *p, int a) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "what", json_string(vg_what_name(g->what)));
    json_object_set_new(o, "low", bound_json(g->low));
    json_object_set_new(o, "high", bound_json(g->high));
    json_object_set_new(o, "attribute", json_string(attr_names[a]));
    json_object_set_new(o, "gold", str_or_null(g->attr[a]));
    json_object_set_new(o, "predicted", str_or_null(p->attr[a]));
    json_object_set_new(o, "quote", str_or_null(g->quote));
    return o;
}

/* Append a deep copy of v to the array named key of rec. */
static int record(json_t *rec, const char *key, const json_t *v) {
    json_t *arr = json_object_get(rec, key);
    return arr && v ? json_array_append_new(arr, json_deep_copy(v)) : -1;
}

static int record_new(json_t *rec, const char *key, json_t *v) {
    json_t *arr = json_object_get(rec, key);
    if (!arr || !v) {
        json_decref(v);
        return -1;
    }
    return json_array_append_new(arr, v);
}

static json_t *doc_record(const json_t *gold, const json_t *pred, size_t n) {
    const json_t *name = json_object_get(gold, "doc");
    if (!json_is_string(name))
        name = json_object_get(pred, "doc");
    json_t *rec = json_object();
    if (!rec)
        return NULL;
    int bad = json_object_set_new(rec, "doc", json_is_string(name)
                                                  ? json_string(json_string_value(name))
                                                  : json_sprintf("document %zu", n));
    static const char *const arrays[] = {"missed",         "extra",         "differs",
                                         "persons_missed", "persons_extra", "persons_differ"};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        bad |= json_object_set_new(rec, arrays[i], json_array());
    if (bad) {
        json_decref(rec);
        return NULL;
    }
    return rec;
}

static void set_counts(json_t *rec, const char *key, struct vg_eval_count c) {
    json_object_set_new(rec, key, json_pack("{sIsIsI}", "tp", (json_int_t)c.tp, "fp",
                                            (json_int_t)c.fp, "fn", (json_int_t)c.fn));
}

/* ---- scoring a document ------------------------------------------------ */

/* Prefix err->msg with the side at fault ("gold ", "prediction "). */
static int blame(struct vg_err *err, int rc, const char *side) {
    if (err && rc == VG_EINPUT) {
        char msg[sizeof err->msg];
        memcpy(msg, err->msg, sizeof msg);
        vg_err_set(err, rc, "%s %s", side, msg);
    }
    return rc;
}

/* Match one document's figures and count them into count, by_what and
 * agree (the caller adds them to ev once the whole document succeeded);
 * misses, extras and disagreements go into rec.  Returns VG_OK or
 * VG_ENOMEM. */
static int score_figures(const struct vg_eval *ev, const struct doc *g, const struct doc *p,
                         json_t *rec, struct vg_eval_count *count,
                         struct vg_eval_count by_what[VG_WHAT_COUNT],
                         struct vg_eval_agree agree[A_COUNT]) {
    size_t n_cand = 0;
    for (size_t i = 0; i < g->n_figs; i++)
        for (size_t j = 0; j < p->n_figs; j++)
            n_cand += same_key(&g->figs[i], &p->figs[j]);
    struct cand *c = vg_calloc(n_cand ? n_cand : 1, sizeof *c);
    size_t *gm = vg_calloc(g->n_figs + 1, sizeof *gm);
    size_t *pm = vg_calloc(p->n_figs + 1, sizeof *pm);
    int rc = VG_ENOMEM;
    if (!c || !gm || !pm)
        goto out;
    size_t k = 0;
    for (size_t i = 0; i < g->n_figs; i++)
        for (size_t j = 0; j < p->n_figs; j++) {
            if (!same_key(&g->figs[i], &p->figs[j]))
                continue;
            int scored[A_COUNT], agreed[A_COUNT];
            c[k].g = i;
            c[k].p = j;
            c[k].score = compare_attrs(ev, &g->figs[i], &p->figs[j], scored, agreed) +
                         quotes_overlap(g->figs[i].quote, p->figs[j].quote);
            k++;
        }
    qsort(c, n_cand, sizeof *c, cmp_cand_best_first);
    take_greedy(c, n_cand, gm, pm);
    rc = VG_OK;
    for (size_t i = 0; i < g->n_figs; i++) {
        const struct fig *gf = &g->figs[i];
        if (!gm[i]) {
            count->fn++;
            by_what[gf->what].fn++;
            rc |= record(rec, "missed", gf->obj);
            continue;
        }
        const struct fig *pf = &p->figs[gm[i] - 1];
        int scored[A_COUNT], agreed[A_COUNT];
        compare_attrs(ev, gf, pf, scored, agreed);
        count->tp++;
        by_what[gf->what].tp++;
        for (int a = 0; a < A_COUNT; a++) {
            agree[a].scored += (size_t)scored[a];
            agree[a].agreed += (size_t)agreed[a];
            if (scored[a] && !agreed[a])
                rc |= record_new(rec, "differs", differ_json(gf, pf, a));
        }
    }
    for (size_t j = 0; j < p->n_figs; j++)
        if (!pm[j]) {
            count->fp++;
            by_what[p->figs[j].what].fp++;
            rc |= record(rec, "extra", p->figs[j].obj);
        }
    if (rc)
        rc = VG_ENOMEM;
out:
    free(c);
    free(gm);
    free(pm);
    return rc;
}

/* Match one document's persons, like score_figures. */
static int score_persons(const struct doc *g, const struct doc *p, json_t *rec,
                         struct vg_eval_count *count, struct vg_eval_agree *status) {
    size_t max = g->n_persons * p->n_persons;
    struct cand *c = vg_calloc(max ? max : 1, sizeof *c);
    size_t *gm = vg_calloc(g->n_persons + 1, sizeof *gm);
    size_t *pm = vg_calloc(p->n_persons + 1, sizeof *pm);
    int rc = VG_ENOMEM;
    if (!c || !gm || !pm)
        goto out;
    size_t n = 0;
    for (size_t i = 0; i < g->n_persons; i++)
        for (size_t j = 0; j < p->n_persons; j++) {
            int tier = vg_eval_names_match(g->persons[i].name, p->persons[j].name);
            if (tier) {
                c[n].g = i;
                c[n].p = j;
                c[n].score = tier;
                n++;
            }
        }
    qsort(c, n, sizeof *c, cmp_cand_tier);
    take_greedy(c, n, gm, pm);
    rc = VG_OK;
    for (size_t i = 0; i < g->n_persons; i++) {
        const struct person *gp = &g->persons[i];
        if (!gm[i]) {
            count->fn++;
            rc |= record(rec, "persons_missed", gp->obj);
            continue;
        }
        const struct person *pp = &p->persons[gm[i] - 1];
        count->tp++;
        if (!gp->status.ptr)
            continue;
        status->scored++;
        if (pp->status.ptr && vg_str_eq_nocase(gp->status, pp->status)) {
            status->agreed++;
        } else {
            json_t *d = json_object();
            if (d) {
                json_object_set_new(d, "name", str_or_null(gp->name));
                json_object_set_new(d, "predicted_name", str_or_null(pp->name));
                json_object_set_new(d, "attribute", json_string("status"));
                json_object_set_new(d, "gold", str_or_null(gp->status));
                json_object_set_new(d, "predicted", str_or_null(pp->status));
            }
            rc |= record_new(rec, "persons_differ", d);
        }
    }
    for (size_t j = 0; j < p->n_persons; j++)
        if (!pm[j]) {
            count->fp++;
            rc |= record(rec, "persons_extra", p->persons[j].obj);
        }
    if (rc)
        rc = VG_ENOMEM;
out:
    free(c);
    free(gm);
    free(pm);
    return rc;
}

struct vg_eval *vg_eval_new(const struct vg_gazetteer *g) {
    struct vg_eval *ev = vg_calloc(1, sizeof *ev);
    if (!ev)
        return NULL;
    ev->g = g;
    ev->list = json_array();
    if (!ev->list) {
        free(ev);
        return NULL;
    }
    return ev;
}

void vg_eval_free(struct vg_eval *ev) {
    if (!ev)
        return;
    json_decref(ev->list);
    free(ev);
}

static void add_count(struct vg_eval_count *to, const struct vg_eval_count *c) {
    to->tp += c->tp;
    to->fp += c->fp;
    to->fn += c->fn;
}

int vg_eval_add(struct vg_eval *ev, const json_t *gold, const json_t *pred, struct vg_err *err) {
    struct doc g, p;
    int rc = read_doc(gold, 1, &g, err);
    if (rc)
        return blame(err, rc, "gold");
    rc = read_doc(pred, 0, &p, err);
    if (rc) {
        doc_release(&g);
        return blame(err, rc, "prediction");
    }
    /* Count into locals first so that a failure leaves ev as it was. */
    struct vg_eval_count fig = {0, 0, 0}, person = {0, 0, 0}, by_what[VG_WHAT_COUNT];
    struct vg_eval_agree agree[A_COUNT], pstatus = {0, 0};
    memset(by_what, 0, sizeof by_what);
    memset(agree, 0, sizeof agree);
    json_t *rec = doc_record(gold, pred, ev->docs + 1);
    rc = rec ? VG_OK : VG_ENOMEM;
    if (!rc)
        rc = score_figures(ev, &g, &p, rec, &fig, by_what, agree);
    if (!rc)
        rc = score_persons(&g, &p, rec, &person, &pstatus);
    if (!rc) {
        set_counts(rec, "figures", fig);
        set_counts(rec, "persons", person);
        if (json_array_append(ev->list, rec))
            rc = VG_ENOMEM;
    }
    json_decref(rec);
    doc_release(&g);
    doc_release(&p);
    if (rc)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    ev->docs++;
    add_count(&ev->fig, &fig);
    add_count(&ev->person, &person);
    for (int w = 0; w < VG_WHAT_COUNT; w++)
        add_count(&ev->by_what[w], &by_what[w]);
    for (int a = 0; a < A_COUNT; a++) {
        ev->attr[a].scored += agree[a].scored;
        ev->attr[a].agreed += agree[a].agreed;
    }
    ev->person_status.scored += pstatus.scored;
    ev->person_status.agreed += pstatus.agreed;
    return VG_OK;
}

/* ---- totals and output ------------------------------------------------- */

void vg_eval_prf(size_t tp, size_t fp, size_t fn, double *precision, double *recall, double *f1) {
    if (tp + fp + fn == 0) {
        *precision = *recall = *f1 = 1.0;
        return;
    }
    *precision = tp + fp ? (double)tp / (double)(tp + fp) : 0.0;
    *recall = tp + fn ? (double)tp / (double)(tp + fn) : 0.0;
    *f1 = *precision + *recall > 0 ? 2 * *precision * *recall / (*precision + *recall) : 0.0;
}

void vg_eval_get_scores(const struct vg_eval *ev, struct vg_eval_scores *out) {
    memset(out, 0, sizeof *out);
    out->docs = ev->docs;
    out->tp = ev->fig.tp;
    out->fp = ev->fig.fp;
    out->fn = ev->fig.fn;
    vg_eval_prf(out->tp, out->fp, out->fn, &out->precision, &out->recall, &out->f1);
    out->who = ev->attr[A_WHO];
    out->where = ev->attr[A_WHERE];
    out->when = ev->attr[A_WHEN];
    out->source = ev->attr[A_SOURCE];
    out->status = ev->attr[A_STATUS];
    out->person_tp = ev->person.tp;
    out->person_fp = ev->person.fp;
    out->person_fn = ev->person.fn;
    vg_eval_prf(out->person_tp, out->person_fp, out->person_fn, &out->person_precision,
                &out->person_recall, &out->person_f1);
    out->person_status = ev->person_status;
    memcpy(out->by_what, ev->by_what, sizeof out->by_what);
}

static void write_agree(FILE *out, const char *name, struct vg_eval_agree a) {
    if (a.scored)
        fprintf(out, "  %-7s %zu/%zu agree (%.1f%%)\n", name, a.agreed, a.scored,
                100.0 * (double)a.agreed / (double)a.scored);
    else
        fprintf(out, "  %-7s 0/0 agree (-)\n", name);
}

static void write_bound(FILE *out, const json_t *v) {
    if (json_is_integer(v))
        fprintf(out, "%lld", (long long)json_integer_value(v));
    else
        fputs("null", out);
}

/* Print at most `max` bytes of a quote on one line, cut at a character. */
static void write_quote(FILE *out, const json_t *q, size_t max) {
    if (!json_is_string(q)) {
        fputs("(no quote)", out);
        return;
    }
    const char *s = json_string_value(q);
    size_t n = json_string_length(q), cut = n;
    if (n > max) {
        cut = max;
        while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
            cut--;
    }
    fputc('"', out);
    for (size_t i = 0; i < cut; i++)
        fputc(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i], out);
    fputs(cut < n ? "...\"" : "\"", out);
}

static void write_key(FILE *out, const json_t *f) {
    const json_t *w = json_object_get(f, "what");
    fprintf(out, "%s ", json_is_string(w) ? json_string_value(w) : "?");
    write_bound(out, json_object_get(f, "low"));
    fputs("..", out);
    write_bound(out, json_object_get(f, "high"));
}

static const char *str_value(const json_t *o, const char *key) {
    const json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : "null";
}

/* The figures of rec[key] ("missed", "extra"), one line each after `label`:
 * the key, then the start of the sentence. */
static void write_figure_list(FILE *out, const json_t *rec, const char *key, const char *label) {
    const json_t *v;
    for (size_t i = 0; (v = json_array_get(json_object_get(rec, key), i)) != NULL; i++) {
        fputs(label, out);
        write_key(out, v);
        fputc(' ', out);
        write_quote(out, json_object_get(v, "quote"), 70);
        fputc('\n', out);
    }
}

static void write_doc(FILE *out, const json_t *rec) {
    const json_t *f = json_object_get(rec, "figures"), *p = json_object_get(rec, "persons");
    size_t i;
    const json_t *v;
    fprintf(out, "%s: figures tp %lld, fp %lld, fn %lld; persons tp %lld, fp %lld, fn %lld\n",
            str_value(rec, "doc"), (long long)json_integer_value(json_object_get(f, "tp")),
            (long long)json_integer_value(json_object_get(f, "fp")),
            (long long)json_integer_value(json_object_get(f, "fn")),
            (long long)json_integer_value(json_object_get(p, "tp")),
            (long long)json_integer_value(json_object_get(p, "fp")),
            (long long)json_integer_value(json_object_get(p, "fn")));
    write_figure_list(out, rec, "missed", "  missed  ");
    write_figure_list(out, rec, "extra", "  extra   ");
    for (i = 0; (v = json_array_get(json_object_get(rec, "differs"), i)) != NULL; i++) {
        fputs("  differs ", out);
        write_key(out, v);
        fprintf(out, " %s: gold \"%s\", predicted %s%s%s ", str_value(v, "attribute"),
                str_value(v, "gold"), json_is_string(json_object_get(v, "predicted")) ? "\"" : "",
                str_value(v, "predicted"),
                json_is_string(json_object_get(v, "predicted")) ? "\"" : "");
        write_quote(out, json_object_get(v, "quote"), 50);
        fputc('\n', out);
    }
    const json_t *arr = json_object_get(rec, "persons_missed");
    for (i = 0; (v = json_array_get(arr, i)) != NULL; i++)
        fprintf(out, "  missed  person \"%s\" (%s)\n", str_value(v, "name"),
                str_value(v, "status"));
    arr = json_object_get(rec, "persons_extra");
    for (i = 0; (v = json_array_get(arr, i)) != NULL; i++)
        fprintf(out, "  extra   person \"%s\" (%s)\n", str_value(v, "name"),
                str_value(v, "status"));
    arr = json_object_get(rec, "persons_differ");
    for (i = 0; (v = json_array_get(arr, i)) != NULL; i++)
        fprintf(out,
                "  differs person \"%s\" (predicted \"%s\") status: gold \"%s\", predicted %s\n",
                str_value(v, "name"), str_value(v, "predicted_name"), str_value(v, "gold"),
                str_value(v, "predicted"));
}

void vg_eval_write(const struct vg_eval *ev, FILE *out, int list_errors) {
    struct vg_eval_scores s;
    vg_eval_get_scores(ev, &s);
    if (list_errors) {
        size_t i;
        const json_t *rec;
        for (i = 0; (rec = json_array_get(ev->list, i)) != NULL; i++)
            write_doc(out, rec);
        fputc('\n', out);
    }
    fprintf(out, "documents: %zu\n", s.docs);
    fprintf(out, "figures: P %.3f R %.3f F1 %.3f (tp %zu, fp %zu, fn %zu)\n", s.precision,
            s.recall, s.f1, s.tp, s.fp, s.fn);
    write_agree(out, "who", s.who);
    write_agree(out, "where", s.where);
    write_agree(out, "when", s.when);
    write_agree(out, "source", s.source);
    write_agree(out, "status", s.status);
    fprintf(out, "persons: P %.3f R %.3f F1 %.3f (tp %zu, fp %zu, fn %zu)\n", s.person_precision,
            s.person_recall, s.person_f1, s.person_tp, s.person_fp, s.person_fn);
    write_agree(out, "status", s.person_status);
    fprintf(out, "by outcome:\n  %-13s %5s %5s %5s %6s %6s %6s\n", "what", "tp", "fp", "fn", "P",
            "R", "F1");
    for (int w = VG_DETAINED; w < VG_WHAT_COUNT; w++) {
        struct vg_eval_count c = s.by_what[w];
        double p, r, f;
        if (c.tp + c.fp + c.fn == 0)
            continue;
        vg_eval_prf(c.tp, c.fp, c.fn, &p, &r, &f);
        fprintf(out, "  %-13s %5zu %5zu %5zu %6.3f %6.3f %6.3f\n", vg_what_name((enum vg_what)w),
                c.tp, c.fp, c.fn, p, r, f);
    }
}

static json_t *prf_json(size_t tp, size_t fp, size_t fn) {
    double p, r, f;
    vg_eval_prf(tp, fp, fn, &p, &r, &f);
    return json_pack("{sIsIsIsfsfsf}", "tp", (json_int_t)tp, "fp", (json_int_t)fp, "fn",
                     (json_int_t)fn, "precision", p, "recall", r, "f1", f);
}

static json_t *agree_json(struct vg_eval_agree a) {
    json_t *rate = a.scored ? json_real((double)a.agreed / (double)a.scored) : json_null();
    return json_pack("{sIsIso}", "agreed", (json_int_t)a.agreed, "scored", (json_int_t)a.scored,
                     "rate", rate);
}

json_t *vg_eval_to_json(const struct vg_eval *ev, int list_errors) {
    struct vg_eval_scores s;
    vg_eval_get_scores(ev, &s);
    json_t *figs = prf_json(s.tp, s.fp, s.fn);
    json_t *attrs = json_pack("{sososososo}", "who", agree_json(s.who), "where",
                              agree_json(s.where), "when", agree_json(s.when), "source",
                              agree_json(s.source), "status", agree_json(s.status));
    json_t *persons = prf_json(s.person_tp, s.person_fp, s.person_fn);
    json_t *by_what = json_object();
    json_t *o = json_object();
    int bad = !figs || !attrs || !persons || !by_what || !o;
    if (!bad) {
        bad |= json_object_set_new(persons, "status", agree_json(s.person_status));
        for (int w = VG_DETAINED; w < VG_WHAT_COUNT; w++) {
            struct vg_eval_count c = s.by_what[w];
            if (c.tp + c.fp + c.fn)
                bad |= json_object_set_new(by_what, vg_what_name((enum vg_what)w),
                                           prf_json(c.tp, c.fp, c.fn));
        }
        bad |= json_object_set_new(o, "docs", json_integer((json_int_t)s.docs));
        bad |= json_object_set(o, "figures", figs);
        bad |= json_object_set(o, "attributes", attrs);
        bad |= json_object_set(o, "persons", persons);
        bad |= json_object_set(o, "by_what", by_what);
        if (list_errors)
            bad |= json_object_set_new(o, "documents", json_deep_copy(ev->list));
    }
    json_decref(figs);
    json_decref(attrs);
    json_decref(persons);
    json_decref(by_what);
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}
