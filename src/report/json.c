/* Reports as JSON (jansson).  The layout follows GUIDELINES.md so that
 * vigil's output and the gold files can be compared field by field; the
 * evidence fields come after the guideline fields. */
#include <stdlib.h>
#include <string.h>

#include "vigil/date.h"
#include "vigil/report_json.h"
#include "banned.h"

static json_t *str_or_null(struct vg_str s) {
    return s.len ? json_stringn(s.ptr, s.len) : json_null();
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

/* The sentence with runs of white space (PDF line breaks) folded to one space,
 * as the guidelines quote it. */
static json_t *quote_json(struct vg_str text, struct vg_span s) {
    if (s.end > text.len || s.start >= s.end)
        return json_string("");
    char stackbuf[1024];
    size_t n = s.end - s.start;
    char *out = n < sizeof stackbuf ? stackbuf : malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    int in_space = 0;
    for (size_t i = s.start; i < s.end; i++) {
        char c = text.ptr[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            in_space = 1;
            continue;
        }
        if (in_space && o > 0)
            out[o++] = ' ';
        in_space = 0;
        out[o++] = c;
    }
    json_t *j = json_stringn(out, o);
    if (out != stackbuf)
        free(out);
    return j;
}

static json_t *figure_json(const struct vg_report *r, const struct vg_figure *f, int evidence) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "what", json_string(vg_what_name(f->what)));
    json_object_set_new(o, "low", bound(f->low));
    json_object_set_new(o, "high", bound(f->high));
    json_object_set_new(o, "approx", json_boolean(f->approx));
    json_object_set_new(o, "who", json_string(vg_who_name(f->who)));
    json_object_set_new(o, "where", f->where ? json_string(f->where) : json_null());
    json_object_set_new(o, "when", when_json(f->when));
    json_object_set_new(o, "source", str_or_null(f->source));
    json_object_set_new(o, "status", json_string(vg_status_name(f->status)));
    json_object_set_new(o, "quote", quote_json(r->text, f->sentence));
    if (evidence) {
        json_object_set_new(o, "sentence", span_json(f->sentence));
        json_object_set_new(o, "span", span_json(f->quantity));
        json_object_set_new(o, "rule", json_string(f->qty_rule ? f->qty_rule : ""));
        json_object_set_new(o, "what_rule", json_string(f->what_rule ? f->what_rule : ""));
    }
    return o;
}

static json_t *person_json(const struct vg_person *p, int evidence) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    char since[11];
    vg_date_format(p->since, since);
    json_object_set_new(o, "name", json_stringn(p->name.ptr, p->name.len));
    json_object_set_new(o, "role", json_string(vg_role_name(p->role)));
    json_object_set_new(o, "status", json_string(vg_what_name(p->status)));
    json_object_set_new(o, "since", p->since == VG_NO_DATE ? json_null() : json_string(since));
    json_object_set_new(o, "where", p->where ? json_string(p->where) : json_null());
    if (evidence) {
        json_object_set_new(o, "mention", span_json(p->mention));
        json_object_set_new(o, "sentence", span_json(p->sentence));
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
    json_object_set_new(o, "doc", json_string(r->doc ? r->doc : "-"));
    json_object_set_new(o, "lang", json_string(r->lang ? r->lang : "en"));
    json_object_set_new(o, "published", r->published == VG_NO_DATE ? json_null() : json_string(pub));
    json_object_set_new(o, "figures", figures);
    json_object_set_new(o, "persons", persons);
    if (evidence && r->n_diags) {
        json_t *d = json_array();
        for (size_t i = 0; d && i < r->n_diags; i++)
            json_array_append_new(d, json_pack("{sIss}", "offset", (json_int_t)r->diags[i].offset,
                                               "message", r->diags[i].msg));
        json_object_set_new(o, "notes", d);
    }
    return o;
fail:
    json_decref(figures);
    json_decref(persons);
    json_decref(o);
    return NULL;
}
