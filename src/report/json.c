/* Reports as JSON (jansson).  The layout follows GUIDELINES.md so that
 * vigil's output and the gold files can be compared field by field; the
 * evidence fields come after the guideline fields. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vigil/date.h"
#include "vigil/report_json.h"
#include "banned.h"

/* Length of the valid UTF-8 sequence at p[0..n), or 0 if it is not one
 * (stray continuation byte, overlong form, surrogate, past U+10FFFF, cut
 * short by the end of the text). */
static size_t utf8_seq(const unsigned char *p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) || (c == 0xF0 && p[1] < 0x90) ||
        (c == 0xF4 && p[1] > 0x8F))
        return 0;
    return len;
}

/* A JSON string of text taken from a report: bytes that are not UTF-8 become
 * U+FFFD (jansson refuses invalid UTF-8, and a report may hold any bytes), a
 * NUL becomes U+FFFD too, and with `fold`, runs of white space (PDF line
 * breaks) become one space, as the guidelines quote sentences.  NULL when
 * out of memory. */
static json_t *text_json(const char *p, size_t n, int fold) {
    char stackbuf[1024];
    if (n > (SIZE_MAX - 1) / 3)
        return NULL;
    size_t cap = 3 * n + 1; /* one bad byte grows to three */
    char *out = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
    if (!out)
        return NULL;
    const unsigned char *u = (const unsigned char *)p;
    size_t o = 0;
    int in_space = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (fold && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            in_space = 1;
            i++;
            continue;
        }
        if (in_space && o > 0)
            out[o++] = ' ';
        in_space = 0;
        size_t k = c ? utf8_seq(u + i, n - i) : 0;
        if (k == 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        memcpy(out + o, u + i, k);
        o += k;
        i += k;
    }
    /* An empty result (the text was all white space) is built from a literal:
     * GCC cannot tell the empty buffer is never read. */
    json_t *j = o ? json_stringn(out, o) : json_string("");
    if (out != stackbuf)
        free(out);
    return j;
}

static json_t *str_or_null(struct vg_str s) {
    return s.len ? text_json(s.ptr, s.len, 0) : json_null();
}

static json_t *bound(int64_t v) { return v == VG_OPEN ? json_null() : json_integer(v); }

static json_t *when_json(struct vg_when w) {
    char buf[22];
    if (!vg_when_known(w))
        return json_null();
    vg_when_format(w, buf);
    return json_string(buf);
}

static json_t *span_json(struct vg_span s) {
    return json_pack("[II]", (json_int_t)s.start, (json_int_t)s.end);
}

/* The sentence with runs of white space folded to one space. */
static json_t *quote_json(struct vg_str text, struct vg_span s) {
    if (s.end > text.len || s.start >= s.end)
        return json_string("");
    return text_json(text.ptr + s.start, s.end - s.start, 1);
}

/* Set o[key] = v, taking v's reference; 1 when v is NULL (its construction
 * ran out of memory) or the set fails, so callers can OR the results and
 * return NULL rather than an object silently missing a field. */
static int set(json_t *o, const char *key, json_t *v) {
    return v == NULL || json_object_set_new(o, key, v) != 0;
}

static json_t *figure_json(const struct vg_report *r, const struct vg_figure *f, int evidence) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = 0;
    bad |= set(o, "what", json_string(vg_what_name(f->what)));
    bad |= set(o, "low", bound(f->low));
    bad |= set(o, "high", bound(f->high));
    bad |= set(o, "approx", json_boolean(f->approx));
    bad |= set(o, "who", json_string(vg_who_name(f->who)));
    bad |= set(o, "where", f->where ? json_string(f->where) : json_null());
    bad |= set(o, "when", when_json(f->when));
    bad |= set(o, "source", str_or_null(f->source));
    bad |= set(o, "status", json_string(vg_status_name(f->status)));
    bad |= set(o, "quote", quote_json(r->text, f->sentence));
    if (evidence) {
        bad |= set(o, "sentence", span_json(f->sentence));
        bad |= set(o, "span", span_json(f->quantity));
        bad |= set(o, "rule", json_string(f->qty_rule ? f->qty_rule : ""));
        bad |= set(o, "what_rule", json_string(f->what_rule ? f->what_rule : ""));
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *person_json(const struct vg_person *p, int evidence) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    char since[11];
    vg_date_format(p->since, since);
    int bad = 0;
    bad |= set(o, "name", text_json(p->name.ptr, p->name.len, 0));
    bad |= set(o, "role", json_string(vg_role_name(p->role)));
    bad |= set(o, "status", json_string(vg_what_name(p->status)));
    bad |= set(o, "since", p->since == VG_NO_DATE ? json_null() : json_string(since));
    bad |= set(o, "where", p->where ? json_string(p->where) : json_null());
    if (evidence) {
        bad |= set(o, "mention", span_json(p->mention));
        bad |= set(o, "sentence", span_json(p->sentence));
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

json_t *vg_report_to_json(const struct vg_report *r, int evidence) {
    char pub[11];
    vg_date_format(r->published, pub);
    json_t *figures = json_array();
    json_t *persons = json_array();
    json_t *o = json_object();
    if (!figures || !persons || !o)
        goto fail;
    for (size_t i = 0; i < r->n_figures; i++)
        if (json_array_append_new(figures, figure_json(r, &r->figures[i], evidence)))
            goto fail;
    for (size_t i = 0; i < r->n_persons; i++)
        if (json_array_append_new(persons, person_json(&r->persons[i], evidence)))
            goto fail;
    int bad = 0;
    bad |= set(o, "doc", r->doc ? text_json(r->doc, strlen(r->doc), 0) : json_string("-"));
    bad |= set(o, "lang", json_string(r->lang ? r->lang : "en"));
    bad |= set(o, "published", r->published == VG_NO_DATE ? json_null() : json_string(pub));
    bad |= set(o, "figures", figures);
    figures = NULL; /* o holds it now, or set() released it */
    bad |= set(o, "persons", persons);
    persons = NULL;
    if (!bad && evidence && r->n_diags) {
        json_t *d = json_array();
        for (size_t i = 0; d && i < r->n_diags; i++)
            if (json_array_append_new(d, json_pack("{sIss}", "offset",
                                                   (json_int_t)r->diags[i].offset, "message",
                                                   r->diags[i].msg))) {
                json_decref(d);
                d = NULL;
            }
        bad |= set(o, "notes", d);
    }
    if (bad)
        goto fail;
    return o;
fail:
    json_decref(figures);
    json_decref(persons);
    json_decref(o);
    return NULL;
}
