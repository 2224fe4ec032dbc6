/* The table view of extraction results. */
#include <stdio.h>
#include <string.h>

#include "table.h"

static void group_digits(int64_t v, char *out, size_t cap) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    size_t o = 0;
    for (int i = 0; i < n && o + 2 < cap; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = tmp[i];
    }
    out[o] = '\0';
}

char *table_format_count(const struct vg_figure *f, char *out, size_t cap) {
    char lo[32], hi[32];
    group_digits(f->low, lo, sizeof lo);
    group_digits(f->high, hi, sizeof hi);
    const char *about = f->approx ? "~" : "";
    if (f->low == VG_OPEN)
        snprintf(out, cap, "%s<=%s", about, hi);
    else if (f->high == VG_OPEN)
        snprintf(out, cap, "%s>=%s", about, lo);
    else if (f->low == f->high)
        snprintf(out, cap, "%s%s", about, lo);
    else
        snprintf(out, cap, "%s%s-%s", about, lo, hi);
    return out;
}

/* Print at most `width` display columns of the sentence, folding white
 * space; counts UTF-8 lead bytes as columns. */
static void print_quote(FILE *out, struct vg_str text, struct vg_span s, int width) {
    int cols = 0, space = 0;
    for (size_t i = s.start; i < s.end && i < text.len; i++) {
        unsigned char c = (unsigned char)text.ptr[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = 1;
            continue;
        }
        if ((c & 0xC0) != 0x80) {
            if (cols + space >= width - 1) {
                fputs("...", out);
                return;
            }
            if (space)
                fputc(' ', out), cols++;
            cols++;
        }
        space = 0;
        fputc(c, out);
    }
}

/* Print a cell of `width` display columns: at most that many characters of
 * s (whole UTF-8 sequences, never a cut one), padded with spaces, then the
 * column gap.  printf's widths count bytes, which misaligns "Cap-Haïtien"
 * and may cut a Cyrillic letter in two. */
static void print_cell(FILE *out, const char *s, size_t len, int width) {
    int cols = 0;
    size_t i = 0;
    while (i < len) {
        size_t n = 1;
        while (i + n < len && ((unsigned char)s[i + n] & 0xC0) == 0x80)
            n++;
        if (cols == width)
            break;
        fwrite(s + i, 1, n, out);
        cols++;
        i += n;
    }
    fprintf(out, "%*s", width - cols + 1, "");
}

void table_print_report(FILE *out, const struct vg_report *r, int colour) {
    const char *bold = colour ? "\033[1m" : "", *dim = colour ? "\033[2m" : "",
               *reset = colour ? "\033[0m" : "";
    char pub[11] = "";
    vg_date_format(r->published, pub);
    fprintf(out, "%s%s%s  %s%s, %s, %zu figure%s, %zu named%s\n", bold, r->doc ? r->doc : "-", reset,
            dim, r->lang ? r->lang : "?", pub[0] ? pub : "date unknown", r->n_figures,
            r->n_figures == 1 ? "" : "s", r->n_persons, reset);
    if (r->n_figures)
        fprintf(out, "  %-12s %-14s %-11s %-14s %-21s %-18s %s\n", "what", "count", "who", "where",
                "when", "source", "sentence");
    for (size_t i = 0; i < r->n_figures; i++) {
        const struct vg_figure *f = &r->figures[i];
        char count[64], when[22];
        table_format_count(f, count, sizeof count);
        vg_when_format(f->when, when);
        const char *where = f->where ? f->where : "-";
        fprintf(out, "  %-12s %-14s %-11s ",
                f->status == VG_RETRACTED ? "RETRACTED" : vg_what_name(f->what), count,
                vg_who_name(f->who));
        print_cell(out, where, strlen(where), 14);
        fprintf(out, "%-21s ", when[0] ? when : "-");
        if (f->source.len)
            print_cell(out, f->source.ptr, f->source.len, 18);
        else
            print_cell(out, "-", 1, 18);
        if (f->status == VG_RETRACTED)
            fprintf(out, "(%s) ", vg_what_name(f->what));
        print_quote(out, r->text, f->sentence, 60);
        fputc('\n', out);
    }
    for (size_t i = 0; i < r->n_persons; i++) {
        const struct vg_person *p = &r->persons[i];
        char since[11] = "";
        vg_date_format(p->since, since);
        int other = p->written.len && !vg_str_eq(p->written, p->name);
        fprintf(out, "  %sperson%s  %.*s%s%.*s%s (%s): %s%s%s%s%s\n", dim, reset,
                (int)p->name.len, p->name.ptr, other ? " [" : "", other ? (int)p->written.len : 0,
                other ? p->written.ptr : "", other ? "]" : "", vg_role_name(p->role),
                vg_what_name(p->status),
                since[0] ? " since " : "", since, p->where ? ", " : "", p->where ? p->where : "");
    }
    fputc('\n', out);
}
