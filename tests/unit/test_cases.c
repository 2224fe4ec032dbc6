/* The sentence cases of tests/cases/LANG/NNN-topic.txt, run through the extractor.
 *
 * A case is "> TEXT" (with "+ MORE" lines after it for a text of several
 * lines: a list, a table) followed by the figures the text states, one per line:
 * "WHAT LOW HIGH [~] [who=W] [where=P] [when=D] [source=S] [status=S]", or
 * "none"; where=-, when=- and source=- want null; exact_source=S wants the
 * source written exactly S (letter case aside), where source=S is scored
 * as GUIDELINES.md scores it.  "person STATUS NAME [role=R]"
 * lines give the named people (NAME romanised as vigil writes it, compared
 * without regard to case); a case with any person line must name exactly
 * those people, and "nobody" wants none; a case with neither does not
 * look at people.  The figure set must
 * match exactly on (what, low, high, approx); the attributes given are
 * checked as GUIDELINES.md scores them.  Cases listed in
 * tests/cases/LANG/known-failures (one "FILE:LINE" per line) are the
 * extractor's known gaps: they are reported as xfail and do not fail the
 * run, but a listed case that passes is reported so the list shrinks.
 * Prints "cases: N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <dirent.h>

#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/extract.h"
#include "vigil/gazetteer.h"

/* Copies into the fixed fields below are meant to cut long values short. */
#pragma GCC diagnostic ignored "-Wformat-truncation"

#define MAX_EXPECT 16

struct expect {
    enum vg_what what;
    long long low, high; /* VG_OPEN as LLONG_MIN */
    int approx;
    char who[32], where[64], when[32], source[96], status[16];
    int has_source_null;  /* source=-: the report's own statement */
    int exact_source;     /* exact_source=S: S as written, not as scored */
    int has_where_null;   /* where=-: no place named */
    int has_when_null;    /* when=-: no time given */
};

struct kase {
    char file[128];
    int line;
    char text[4096];
    int32_t published;
    struct expect ex[MAX_EXPECT];
    int n_ex;
    int none;
    char person[8][96]; /* "status name" of each person line */
    char person_role[8][32]; /* its "role=R", or "" */
    int n_person;
    int nobody; /* a "nobody" line: the case names no one */
};

static struct vg_extractor *X;
static struct vg_gazetteer *G;
static char known[4096][160];
static int n_known;
#define MAX_FILES 4096 /* case files per language */

static int passed, failed, xfailed, xpassed;

static int is_known(const struct kase *k) {
    char id[160];
    snprintf(id, sizeof id, "%s:%d", k->file, k->line);
    for (int i = 0; i < n_known; i++)
        if (strcmp(known[i], id) == 0)
            return 1;
    return 0;
}

static void lower(char *s) {
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
}

/* All words of a appear among the words of b, leaving out articles and 's. */
static int words_in(const char *a, const char *b) {
    char wa[128], wb[256];
    snprintf(wa, sizeof wa, "%s", a);
    snprintf(wb, sizeof wb, " %s ", b);
    lower(wa);
    lower(wb);
    for (char *p = wb; *p; p++)
        if (*p == '\'' || *p == ',' || *p == '.')
            *p = ' ';
    char *save = NULL;
    for (char *w = strtok_r(wa, " ',.", &save); w; w = strtok_r(NULL, " ',.", &save)) {
        if (!strcmp(w, "the") || !strcmp(w, "a") || !strcmp(w, "an") || !strcmp(w, "s"))
            continue;
        char pat[140];
        snprintf(pat, sizeof pat, " %s ", w);
        if (!strstr(wb, pat))
            return 0;
    }
    return 1;
}

static int when_overlaps(const char *want, struct vg_when got) {
    if (!vg_when_known(got))
        return 0;
    char a[11] = "", b[11] = "";
    const char *slash = strchr(want, '/');
    if (slash) {
        snprintf(a, sizeof a, "%.*s", (int)(slash - want), want);
        snprintf(b, sizeof b, "%s", slash + 1);
    } else {
        snprintf(a, sizeof a, "%s", want);
        snprintf(b, sizeof b, "%s", want);
    }
    int32_t from = vg_date_parse_iso(vg_str_cstr(a)), to = vg_date_parse_iso(vg_str_cstr(b));
    return !(to < got.from || got.to < from);
}

/* Does the figure meet the expectation's attributes?  Writes why not. */
static int attrs_ok(const struct expect *e, const struct vg_figure *f, char *why, size_t cap) {
    if (e->who[0] && strcmp(e->who, vg_who_name(f->who)) != 0) {
        snprintf(why, cap, "who %s, want %s", vg_who_name(f->who), e->who);
        return 0;
    }
    if (e->status[0] && strcmp(e->status, vg_status_name(f->status)) != 0) {
        snprintf(why, cap, "status %s, want %s", vg_status_name(f->status), e->status);
        return 0;
    }
    if (e->where[0] && !(f->where && (strcmp(f->where, e->where) == 0 ||
                                      vg_gazetteer_same_place(G, vg_str_cstr(f->where),
                                                              vg_str_cstr(e->where))))) {
        snprintf(why, cap, "where %s, want %s", f->where ? f->where : "null", e->where);
        return 0;
    }
    if (e->when[0] && !when_overlaps(e->when, f->when)) {
        char got[22];
        vg_when_format(f->when, got);
        snprintf(why, cap, "when %s, want %s", got[0] ? got : "null", e->when);
        return 0;
    }
    if (e->has_where_null && f->where) {
        snprintf(why, cap, "where %s, want null", f->where);
        return 0;
    }
    if (e->has_when_null && vg_when_known(f->when)) {
        char got[22];
        vg_when_format(f->when, got);
        snprintf(why, cap, "when %s, want null", got);
        return 0;
    }
    if (e->has_source_null && f->source.len) {
        snprintf(why, cap, "source '%.*s', want null", (int)f->source.len, f->source.ptr);
        return 0;
    }
    if (e->source[0]) {
        char got[256];
        snprintf(got, sizeof got, "%.*s", (int)f->source.len, f->source.ptr);
        int same = e->exact_source ? strcasecmp(got, e->source) == 0
                                   : words_in(e->source, got) || words_in(got, e->source);
        if (!f->source.len || !same) {
            snprintf(why, cap, "source '%s', want '%s'", got, e->source);
            return 0;
        }
    }
    return 1;
}

static void report(const struct kase *k, int ok, const char *why) {
    int listed = is_known(k);
    if (ok) {
        passed++;
        if (listed) {
            xpassed++;
            printf("XPASS %s:%d (remove it from known-failures)\n", k->file, k->line);
        }
        return;
    }
    if (listed) {
        xfailed++;
        return;
    }
    failed++;
    printf("FAIL %s:%d: %s\n     %s\n", k->file, k->line, why, k->text);
}

static void run_case(const struct kase *k) {
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_report *r = NULL;
    struct vg_extract_opts o = {"case", "en", k->published};
    if (strncmp(k->file, "ru/", 3) == 0 || strstr(k->file, "/ru/"))
        o.lang = "ru";
    char why[512] = "";
    int ok = 1;
    if (vg_extract(X, &a, vg_str_cstr(k->text), &o, &r) != VG_OK) {
        report(k, 0, "extraction failed");
        vg_arena_release(&a);
        return;
    }
    int used[256] = {0};
    for (int i = 0; i < k->n_ex && ok; i++) {
        const struct expect *e = &k->ex[i];
        int found = -1;
        for (size_t j = 0; j < r->n_figures && j < 256; j++) {
            const struct vg_figure *f = &r->figures[j];
            if (used[j] || f->what != e->what || f->low != e->low || f->high != e->high)
                continue;
            found = (int)j;
            break;
        }
        if (found < 0) {
            snprintf(why, sizeof why, "missing %s %lld..%lld", vg_what_name(e->what),
                     e->low == VG_OPEN ? -1LL : e->low, e->high == VG_OPEN ? -1LL : e->high);
            ok = 0;
            break;
        }
        used[found] = 1;
        const struct vg_figure *f = &r->figures[found];
        if (f->approx != e->approx) {
            snprintf(why, sizeof why, "%s %lld: approx %d, want %d", vg_what_name(e->what),
                     e->low == VG_OPEN ? -1LL : e->low, f->approx, e->approx);
            ok = 0;
        } else if (!attrs_ok(e, f, why, sizeof why)) {
            ok = 0;
        }
    }
    for (int i = 0; i < k->n_person && ok; i++) {
        int found = 0;
        const char *role = NULL;
        for (size_t j = 0; j < r->n_persons && !found; j++) {
            char got[96];
            snprintf(got, sizeof got, "%s %.*s", vg_what_name(r->persons[j].status),
                     (int)r->persons[j].name.len, r->persons[j].name.ptr);
            found = strcasecmp(got, k->person[i]) == 0;
            role = found ? vg_role_name(r->persons[j].role) : NULL;
        }
        if (!found) {
            snprintf(why, sizeof why, "missing person %s", k->person[i]);
            ok = 0;
        } else if (k->person_role[i][0] && strcmp(role, k->person_role[i]) != 0) {
            snprintf(why, sizeof why, "person %s: role %s, want %s", k->person[i], role,
                     k->person_role[i]);
            ok = 0;
        }
    }
    if (ok && (k->n_person || k->nobody) && r->n_persons != (size_t)k->n_person) {
        snprintf(why, sizeof why, "%zu people named, want %d", r->n_persons, k->n_person);
        ok = 0;
    }
    for (size_t j = 0; ok && j < r->n_figures && j < 256; j++) {
        if (!used[j]) {
            const struct vg_figure *f = &r->figures[j];
            snprintf(why, sizeof why, "extra %s %lld..%lld (%s)", vg_what_name(f->what),
                     f->low == VG_OPEN ? -1LL : (long long)f->low,
                     f->high == VG_OPEN ? -1LL : (long long)f->high, f->what_rule);
            ok = 0;
        }
    }
    report(k, ok, why);
    vg_arena_release(&a);
}

/* Parse "key=value" or key="value with spaces" at *p; advances *p. */
static int parse_attr(char **p, char *key, size_t kcap, char *val, size_t vcap) {
    char *s = *p;
    while (*s == ' ')
        s++;
    if (!*s)
        return 0;
    char *eq = strchr(s, '=');
    if (!eq)
        return -1;
    snprintf(key, kcap, "%.*s", (int)(eq - s), s);
    s = eq + 1;
    if (*s == '"') {
        char *end = strchr(s + 1, '"');
        if (!end)
            return -1;
        snprintf(val, vcap, "%.*s", (int)(end - s - 1), s + 1);
        s = end + 1;
    } else {
        char *end = s;
        while (*end && *end != ' ')
            end++;
        snprintf(val, vcap, "%.*s", (int)(end - s), s);
        s = end;
    }
    *p = s;
    return 1;
}

static int parse_expect(char *line, struct expect *e) {
    memset(e, 0, sizeof *e);
    char what[32], lo[32], hi[32];
    int n = 0;
    if (sscanf(line, "%31s %31s %31s%n", what, lo, hi, &n) != 3)
        return -1;
    e->what = vg_what_parse(vg_str_cstr(what));
    if (e->what == VG_WHAT_NONE)
        return -1;
    e->low = strcmp(lo, "-") == 0 ? VG_OPEN : strtoll(lo, NULL, 10);
    e->high = strcmp(hi, "-") == 0 ? VG_OPEN : strtoll(hi, NULL, 10);
    char *p = line + n;
    while (*p == ' ')
        p++;
    if (*p == '~') {
        e->approx = 1;
        p++;
    }
    char key[32], val[128];
    int rc;
    while ((rc = parse_attr(&p, key, sizeof key, val, sizeof val)) == 1) {
        if (!strcmp(key, "who"))
            snprintf(e->who, sizeof e->who, "%s", val);
        else if (!strcmp(key, "where") && !strcmp(val, "-"))
            e->has_where_null = 1;
        else if (!strcmp(key, "where"))
            snprintf(e->where, sizeof e->where, "%s", val);
        else if (!strcmp(key, "when") && !strcmp(val, "-"))
            e->has_when_null = 1;
        else if (!strcmp(key, "when"))
            snprintf(e->when, sizeof e->when, "%s", val);
        else if (!strcmp(key, "status"))
            snprintf(e->status, sizeof e->status, "%s", val);
        else if (!strcmp(key, "source")) {
            if (!strcmp(val, "-"))
                e->has_source_null = 1;
            else
                snprintf(e->source, sizeof e->source, "%s", val);
        } else if (!strcmp(key, "exact_source")) {
            snprintf(e->source, sizeof e->source, "%s", val);
            e->exact_source = 1;
        } else
            return -1;
    }
    return rc < 0 ? -1 : 0;
}

static int run_file(const char *path, const char *name) {
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("FAIL cannot read %s\n", path);
        failed++;
        return -1;
    }
    char line[4096];
    struct kase k;
    memset(&k, 0, sizeof k);
    int32_t published = vg_date_from_ymd(2024, 3, 12);
    int lineno = 0, open = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (!strncmp(line, "@published ", 11)) {
            published = vg_date_parse_iso(vg_str_cstr(line + 11));
            continue;
        }
        if (line[0] == '>' ) {
            if (open)
                run_case(&k);
            memset(&k, 0, sizeof k);
            snprintf(k.file, sizeof k.file, "%s", name);
            k.line = lineno;
            snprintf(k.text, sizeof k.text, "%s", line[1] == ' ' ? line + 2 : line + 1);
            k.published = published;
            open = 1;
            continue;
        }
        if (open && line[0] == '+' && k.n_ex == 0 && !k.none) {
            /* "+ MORE": the next line of a text of several lines. */
            size_t have = strlen(k.text);
            snprintf(k.text + have, sizeof k.text - have, "\n%s", line[1] == ' ' ? line + 2 : line + 1);
            continue;
        }
        if (!open) {
            printf("FAIL %s:%d: expectation before any '> TEXT' line\n", name, lineno);
            failed++;
            continue;
        }
        if (!strncmp(line, "person ", 7)) {
            if (k.n_person == 8) {
                printf("FAIL %s:%d: more than 8 people\n", name, lineno);
                failed++;
            } else {
                char *person = k.person[k.n_person];
                char *role = k.person_role[k.n_person++];
                snprintf(person, sizeof k.person[0], "%s", line + 7);
                char *r = strstr(person, " role=");
                role[0] = '\0';
                if (r) { /* "person detained X Y role=activist" */
                    snprintf(role, sizeof k.person_role[0], "%s", r + 6);
                    *r = '\0';
                }
            }
            continue;
        }
        if (!strcmp(line, "nobody")) {
            k.nobody = 1;
            continue;
        }
        if (!strcmp(line, "none")) {
            k.none = 1;
            continue;
        }
        if (k.n_ex == MAX_EXPECT || parse_expect(line, &k.ex[k.n_ex]) != 0) {
            printf("FAIL %s:%d: cannot read expectation '%s'\n", name, lineno, line);
            failed++;
            continue;
        }
        k.n_ex++;
    }
    if (open)
        run_case(&k);
    fclose(f);
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_known(const char *dir, const char *lang) {
    char path[512];
    snprintf(path, sizeof path, "%s/known-failures", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[256];
    while (fgets(line, sizeof line, f) && n_known < 4096) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] && line[0] != '#')
            snprintf(known[n_known++], sizeof known[0], "%s/%s", lang, line);
    }
    fclose(f);
}

int main(int argc, char **argv) {
    const char *root = argc > 1 ? argv[1] : "tests/cases";
    struct vg_err err;
    if (vg_extractor_new(&X, &err) || vg_gazetteer_load(&G, &err)) {
        printf("FAIL cannot load the extractor: %s\n", err.msg);
        return 1;
    }
    static const char *const langs[] = {"en", "ru"};
    for (size_t l = 0; l < 2; l++) {
        char dir[512];
        snprintf(dir, sizeof dir, "%s/%s", root, langs[l]);
        DIR *d = opendir(dir);
        if (!d)
            continue;
        load_known(dir, langs[l]);
        static char *names[MAX_FILES]; /* a full list: a file past it would go unread */
        int n = 0;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (n == MAX_FILES) {
                printf("FAIL %s: more than %d case files\n", dir, MAX_FILES);
                failed++;
                break;
            }
            size_t len = strlen(e->d_name);
            if (len > 4 && !strcmp(e->d_name + len - 4, ".txt"))
                names[n++] = strdup(e->d_name);
        }
        closedir(d);
        qsort(names, (size_t)n, sizeof *names, by_name);
        for (int i = 0; i < n; i++) {
            char path[1024], name[256];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            snprintf(name, sizeof name, "%s/%s", langs[l], names[i]);
            run_file(path, name);
            free(names[i]);
        }
    }
    vg_extractor_free(X);
    vg_gazetteer_free(G);
    printf("known gaps (xfail): %d; fixed since listed (xpass): %d\n", xfailed, xpassed);
    printf("cases: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
