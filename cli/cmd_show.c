/* vigil show: one stored report, its text with the figures marked, each
 * figure with its sentence, and the reports it shares passages with. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store_cli.h"
#include "table.h"
#include "vigil/date.h"

#define REPORT_ARENA_CAP ((size_t)1 << 30)

/* Styles of a byte of the text. */
enum { ST_QTY = 1, ST_SENT = 2, ST_REUSED = 4 };

static const char *style_code(unsigned char st) {
    if (st & ST_QTY)
        return "\033[1;31m";
    if (st & ST_SENT)
        return (st & ST_REUSED) ? "\033[1;36m" : "\033[1m";
    if (st & ST_REUSED)
        return "\033[36m";
    return "\033[0m";
}

static void mark(unsigned char *styles, size_t len, size_t start, size_t end, unsigned char st) {
    for (size_t i = start; i < end && i < len; i++)
        styles[i] |= st;
}

static void print_text(const struct vg_store_report *r, int colour) {
    struct vg_str t = r->doc.text;
    if (!colour) {
        fwrite(t.ptr, 1, t.len, stdout);
        if (t.len && t.ptr[t.len - 1] != '\n')
            fputc('\n', stdout);
        return;
    }
    unsigned char *styles = calloc(t.len + 1, 1);
    if (!styles) {
        fwrite(t.ptr, 1, t.len, stdout);
        return;
    }
    for (size_t i = 0; i < r->n_reuse; i++)
        if (r->reuse[i].retells)
            for (size_t j = 0; j < r->reuse[i].n_passages; j++)
                mark(styles, t.len, r->reuse[i].passages[j].start, r->reuse[i].passages[j].end,
                     ST_REUSED);
    for (size_t i = 0; i < r->n_figures; i++) {
        const struct vg_figure *f = &r->figures[i].fig;
        mark(styles, t.len, f->sentence.start, f->sentence.end, ST_SENT);
        mark(styles, t.len, f->quantity.start, f->quantity.end, ST_QTY);
    }
    unsigned char cur = 0;
    for (size_t i = 0; i < t.len; i++) {
        if (styles[i] != cur) {
            fputs("\033[0m", stdout);
            if (styles[i])
                fputs(style_code(styles[i]), stdout);
            cur = styles[i];
        }
        fputc(t.ptr[i], stdout);
    }
    fputs("\033[0m", stdout);
    if (t.len && t.ptr[t.len - 1] != '\n')
        fputc('\n', stdout);
    free(styles);
}

static void print_report(const struct vg_store_report *r, int colour) {
    const char *bold = colour ? "\033[1m" : "", *off = colour ? "\033[0m" : "";
    const struct vg_store_doc *d = &r->doc;
    char pub[11] = "";
    if (d->published != VG_NO_DATE)
        vg_date_format(d->published, pub);
    printf("%s%s%s", bold, d->name, off);
    if (d->title)
        printf("  %s", d->title);
    printf("\n");
    if (d->publisher || pub[0])
        printf("published %s%s%s\n", pub[0] ? pub : "", d->publisher && pub[0] ? " by " : "",
               d->publisher ? d->publisher : "");
    if (d->url)
        printf("%s\n", d->url);
    printf("sha256 ");
    for (int i = 0; i < 32; i++)
        printf("%02x", d->sha256[i]);
    printf("\n\n");
    print_text(r, colour);
    printf("\n%s%zu figure%s%s\n", bold, r->n_figures, r->n_figures == 1 ? "" : "s", off);
    for (size_t i = 0; i < r->n_figures; i++) {
        const struct vg_store_figure *sf = &r->figures[i];
        const struct vg_figure *f = &sf->fig;
        char count[64], when[22];
        table_format_count(f, count, sizeof count);
        vg_when_format(f->when, when);
        printf("%2zu. %s %s %s", i + 1,
               f->status == VG_RETRACTED ? "RETRACTED" : vg_what_name(f->what), count,
               vg_who_name(f->who));
        if (f->where)
            printf(", %s", f->where);
        if (when[0])
            printf(", %s", when);
        if (f->source.len)
            printf(", according to %.*s", (int)f->source.len, f->source.ptr);
        if (sf->retold_doc)
            printf(" (re-told from %s)", sf->retold_doc);
        printf("\n    \"%.*s\"\n", (int)sf->quote.len, sf->quote.ptr ? sf->quote.ptr : "");
    }
    if (r->n_persons) {
        printf("\n%s%zu named %s%s\n", bold, r->n_persons, r->n_persons == 1 ? "person" : "people",
               off);
        for (size_t i = 0; i < r->n_persons; i++) {
            const struct vg_person *p = &r->persons[i];
            printf("%2zu. %.*s", i + 1, (int)p->name.len, p->name.ptr);
            if (p->written.len && !vg_str_eq(p->written, p->name))
                printf(" [%.*s]", (int)p->written.len, p->written.ptr);
            printf(", %s, %s\n", vg_role_name(p->role), vg_what_name(p->status));
        }
    }
    if (r->n_reuse) {
        printf("\n%sshared passages%s\n", bold, off);
        for (size_t i = 0; i < r->n_reuse; i++) {
            const struct vg_store_reuse *u = &r->reuse[i];
            printf("  %s %s: %u words in %zu passage%s\n", u->retells ? "re-tells" : "re-told by",
                   u->other_name ? u->other_name : "?", u->words, u->n_passages,
                   u->n_passages == 1 ? "" : "s");
        }
    }
}

static json_t *report_json(const struct vg_store_report *r) {
    const struct vg_store_doc *d = &r->doc;
    json_t *o = json_object(), *figs = json_array(), *persons = json_array(), *reuse = json_array();
    if (!o || !figs || !persons || !reuse) {
        json_decref(o);
        json_decref(figs);
        json_decref(persons);
        json_decref(reuse);
        return NULL;
    }
    char pub[11] = "";
    if (d->published != VG_NO_DATE)
        vg_date_format(d->published, pub);
    json_object_set_new(o, "doc", json_string(d->name));
    json_object_set_new(o, "title", d->title ? json_string(d->title) : json_null());
    json_object_set_new(o, "url", d->url ? json_string(d->url) : json_null());
    json_object_set_new(o, "publisher", d->publisher ? json_string(d->publisher) : json_null());
    json_object_set_new(o, "published", pub[0] ? json_string(pub) : json_null());
    json_object_set_new(o, "lang", d->lang ? json_string(d->lang) : json_null());
    for (size_t i = 0; i < r->n_figures; i++)
        json_array_append_new(figs, cli_figure_json(&r->figures[i]));
    for (size_t i = 0; i < r->n_persons; i++) {
        const struct vg_person *p = &r->persons[i];
        char since[11] = "";
        if (p->since != VG_NO_DATE)
            vg_date_format(p->since, since);
        json_t *pj = json_pack("{s:s%,s:s,s:s,s:o,s:o}", "name", p->name.ptr ? p->name.ptr : "",
                               p->name.len, "role", vg_role_name(p->role), "status",
                               vg_what_name(p->status), "since",
                               since[0] ? json_string(since) : json_null(), "where",
                               p->where ? json_string(p->where) : json_null());
        if (pj && p->written.len && !vg_str_eq(p->written, p->name))
            json_object_set_new(pj, "written", json_stringn(p->written.ptr, p->written.len));
        json_array_append_new(persons, pj);
    }
    for (size_t i = 0; i < r->n_reuse; i++) {
        const struct vg_store_reuse *u = &r->reuse[i];
        json_t *ps = json_array();
        for (size_t j = 0; ps && j < u->n_passages; j++) {
            const struct vg_passage *g = &u->passages[j];
            json_array_append_new(ps, json_pack("{sIsIsIsIsI}", "start", (json_int_t)g->start,
                                                "end", (json_int_t)g->end, "other_start",
                                                (json_int_t)g->other_start, "other_end",
                                                (json_int_t)g->other_end, "words",
                                                (json_int_t)g->words));
        }
        json_array_append_new(reuse,
                              json_pack("{sssIsbso}", "doc", u->other_name ? u->other_name : "?",
                                        "words", (json_int_t)u->words, "retells", u->retells,
                                        "passages", ps ? ps : json_array()));
    }
    json_object_set_new(o, "figures", figs);
    json_object_set_new(o, "persons", persons);
    json_object_set_new(o, "reuse", reuse);
    return o;
}

static void usage(FILE *out) {
    fputs("usage: vigil show [--db FILE] [--format text|json] REPORT\n\n"
          "Prints a stored report (REPORT is the name it was ingested under) with its\n"
          "figures marked, each figure with its sentence, and the reports it shares\n"
          "passages with.  In JSON: {\"doc\", \"figures\", \"reuse\": [{\"doc\", \"words\",\n"
          "\"passages\"}]}; passages give byte offsets in this report and the other.\n",
          out);
}

int cmd_show(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"format", required_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:F:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'F':
            if (strcmp(optarg, "json") == 0)
                json = 1;
            else if (strcmp(optarg, "text") == 0)
                json = 0;
            else {
                cli_errorf("--format must be text or json, not '%s'", optarg);
                usage(stderr);
                return EXIT_USAGE;
            }
            break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind + 1 != argc) {
        cli_errorf("show needs the name of one report");
        usage(stderr);
        return EXIT_USAGE;
    }
    struct vg_store *s = NULL;
    int status = cli_open_store(db, 0, &s);
    if (status)
        return status;
    struct vg_arena a;
    vg_arena_init(&a, REPORT_ARENA_CAP);
    struct vg_err err;
    vg_err_clear(&err);
    struct vg_store_report *r = NULL;
    if (vg_store_report(s, argv[optind], &a, &r, &err)) {
        cli_error(&err);
        status = EXIT_FAIL;
    } else if (json) {
        json_t *j = report_json(r);
        if (!j || json_dumpf(j, stdout, JSON_INDENT(2)) != 0) {
            cli_errorf("out of memory writing JSON");
            status = EXIT_FAIL;
        } else {
            fputc('\n', stdout);
        }
        json_decref(j);
    } else {
        print_report(r, cli_stdout_is_tty());
    }
    vg_arena_release(&a);
    vg_store_close(s);
    return status;
}
