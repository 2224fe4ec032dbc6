/* Helpers shared by the database subcommands (see store_cli.h). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store_cli.h"
#include "vigil/date.h"

const char *cli_db_path(const char *opt) {
    if (opt && *opt)
        return opt;
    const char *env = getenv("VIGIL_DB");
    return env && *env ? env : "vigil.db";
}

int cli_open_store(const char *opt, int create, struct vg_store **out) {
    struct vg_err err;
    vg_err_clear(&err);
    if (vg_store_open(cli_db_path(opt), create ? VG_STORE_CREATE : 0, out, &err)) {
        cli_error(&err);
        return err.code == VG_EUSAGE ? EXIT_USAGE : EXIT_FAIL;
    }
    return EXIT_OK;
}

int32_t cli_parse_day(const char *s, int end) {
    size_t n = strlen(s);
    if (n == 10)
        return vg_date_parse_iso(vg_str_make(s, n));
    int y = 0, m = 1;
    for (size_t i = 0; i < 4 && i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return VG_NO_DATE;
        y = y * 10 + (s[i] - '0');
    }
    if (n == 4)
        return end ? vg_date_from_ymd(y, 12, 31) : vg_date_from_ymd(y, 1, 1);
    if (n == 7 && s[4] == '-' && s[5] >= '0' && s[5] <= '9' && s[6] >= '0' && s[6] <= '9') {
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12)
            return VG_NO_DATE;
        return vg_date_from_ymd(y, m, end ? vg_date_month_days(y, m) : 1);
    }
    return VG_NO_DATE;
}

static json_t *bound(int64_t v) { return v == VG_OPEN ? json_null() : json_integer(v); }

json_t *cli_figure_json(const struct vg_store_figure *sf) {
    const struct vg_figure *f = &sf->fig;
    json_t *o = json_object();
    if (!o)
        return NULL;
    char when[22];
    vg_when_format(f->when, when);
    json_object_set_new(o, "doc", json_string(sf->doc ? sf->doc : "-"));
    json_object_set_new(o, "what", json_string(vg_what_name(f->what)));
    json_object_set_new(o, "low", bound(f->low));
    json_object_set_new(o, "high", bound(f->high));
    json_object_set_new(o, "approx", json_boolean(f->approx));
    json_object_set_new(o, "who", json_string(vg_who_name(f->who)));
    json_object_set_new(o, "where", f->where ? json_string(f->where) : json_null());
    json_object_set_new(o, "when", when[0] ? json_string(when) : json_null());
    json_object_set_new(o, "source",
                        f->source.len ? json_stringn(f->source.ptr, f->source.len) : json_null());
    json_object_set_new(o, "status", json_string(vg_status_name(f->status)));
    json_object_set_new(o, "quote",
                        json_stringn(sf->quote.ptr ? sf->quote.ptr : "", sf->quote.len));
    json_object_set_new(o, "retold_from",
                        sf->retold_doc ? json_string(sf->retold_doc) : json_null());
    json_object_set_new(o, "country", sf->country ? json_string(sf->country) : json_null());
    json_object_set_new(
        o, "sentence",
        json_pack("[II]", (json_int_t)f->sentence.start, (json_int_t)f->sentence.end));
    json_object_set_new(
        o, "span", json_pack("[II]", (json_int_t)f->quantity.start, (json_int_t)f->quantity.end));
    return o;
}

void cli_csv_field(FILE *out, const char *s, size_t len) {
    int quote = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
            quote = 1;
    if (!quote) {
        fwrite(s, 1, len, out);
        return;
    }
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            fputc('"', out);
        fputc(s[i], out);
    }
    fputc('"', out);
}
