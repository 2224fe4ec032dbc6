/* JSON Lines batches: one report object per line, read with jansson.  Every
 * error names the file and the line, so a person can fix the batch and run
 * it again (the batch is one transaction: nothing of it was stored). */
#include <string.h>

#include <jansson.h>

#include "vigil/date.h"
#include "vigil/ingest.h"
#include "banned.h"

void vg_jsonl_init(struct vg_jsonl *r, const char *path, const char *data, size_t len) {
    memset(r, 0, sizeof *r);
    r->path = path ? path : "-";
    r->data = data;
    r->len = len;
}

void vg_jsonl_release(struct vg_jsonl *r) {
    json_decref(r->cur);
    r->cur = NULL;
}

/* A string member, NULL when absent or null; -1 when of another type. */
static int opt_string(json_t *o, const char *key, const char **out) {
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return -1;
    *out = json_string_value(v);
    return 0;
}

int vg_jsonl_next(struct vg_jsonl *r, struct vg_jsonl_item *item, struct vg_err *err) {
    json_decref(r->cur);
    r->cur = NULL;
    memset(item, 0, sizeof *item);
    while (r->pos < r->len) {
        const char *start = r->data + r->pos;
        const char *nl = memchr(start, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
        r->pos += n + (nl ? 1 : 0);
        r->line++;
        size_t i = 0;
        while (i < n && (start[i] == ' ' || start[i] == '\t' || start[i] == '\r'))
            i++;
        if (i == n)
            continue;
        json_error_t je;
        json_t *o = json_loadb(start, n, JSON_REJECT_DUPLICATES, &je);
        if (!o) {
            vg_err_at(err, VG_EINPUT, r->path, r->line, "not valid JSON: %s", je.text);
            return -1;
        }
        r->cur = o;
        if (!json_is_object(o)) {
            vg_err_at(err, VG_EINPUT, r->path, r->line,
                      "each line must be a JSON object with a \"text\"");
            return -1;
        }
        json_t *text = json_object_get(o, "text");
        if (!json_is_string(text)) {
            vg_err_at(err, VG_EINPUT, r->path, r->line, "the object has no \"text\" string");
            return -1;
        }
        const char *pub = NULL;
        if (opt_string(o, "url", &item->url) || opt_string(o, "title", &item->title) ||
            opt_string(o, "publisher", &item->publisher) || opt_string(o, "lang", &item->lang) ||
            opt_string(o, "published", &pub)) {
            vg_err_at(err, VG_EINPUT, r->path, r->line,
                      "\"url\", \"title\", \"publisher\", \"lang\" and \"published\""
                      " must be strings or null");
            return -1;
        }
        item->published = VG_NO_DATE;
        if (pub) {
            /* A full timestamp "2022-01-05T10:00:00Z" gives its day. */
            size_t pl = strlen(pub);
            item->published = vg_date_parse_iso(vg_str_make(pub, pl >= 10 ? 10 : pl));
            if (item->published == VG_NO_DATE || (pl > 10 && pub[10] != 'T' && pub[10] != ' ')) {
                vg_err_at(err, VG_EINPUT, r->path, r->line,
                          "\"published\" must be a date YYYY-MM-DD, not '%s'", pub);
                return -1;
            }
        }
        item->line = r->line;
        item->text = vg_str_make(json_string_value(text), json_string_length(text));
        if (memchr(item->text.ptr, '\0', item->text.len)) {
            vg_err_at(err, VG_EINPUT, r->path, r->line, "\"text\" contains a NUL character");
            return -1;
        }
        return 1;
    }
    return 0;
}
