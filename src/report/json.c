/* Reports as JSON.  The layout follows GUIDELINES.md so that vigil's output
 * and the gold files can be compared field by field; the evidence fields
 * come after the guideline fields.
 *
 * The JSON is written straight into a buffer (vg_report_write_json): a
 * report's line is most of what `vigil extract` writes, and building a
 * jansson tree for it first cost a quarter of the run.  Callers that want a
 * tree (eval, tests) get the same bytes parsed back by jansson, so the two
 * forms cannot drift apart, and every line vigil writes has been proven to
 * parse wherever a test or the fuzzer asks for the tree. */
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

/* Bytes that a JSON string can hold as they are: printable ASCII other than
 * '"' and '\\'; the space is 2, as folding may drop it.  Everything else
 * takes the slow path in put_text. */
static const unsigned char plain[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    R16(0), R16(0),                                  /* 0x00-0x1F: control */
    2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20-0x2F: ' ', '"' */
    R16(1), R16(1),                                  /* 0x30-0x4F */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50-0x5F: '\\' */
    R16(1), R16(1),                                  /* 0x60-0x7F */
    R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), /* 0x80-0xFF */
#undef R16
};

static int json_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/* Bytes of a 64-bit word each set to c. */
#define BYTES(c) ((uint64_t)0x0101010101010101u * (c))

/* How many of the eight bytes at p plain_run may take at once: 8 when all
 * are printable ASCII other than '"' and '\\' and, with `fold`, no space
 * stands before another (put_text writes a run of white space itself: in
 * these bytes white space can only be spaces); 7 when only the last byte,
 * a space, is left to look at with the byte after it; else 0.  The word
 * tests are those of "Bit Twiddling Hacks": (x - BYTES(n)) & ~x has a top
 * bit set if and only if some byte of x is below n (n <= 0x80). */
static size_t plain8(const unsigned char *p, int fold) {
    const uint64_t top = BYTES(0x80);
    uint64_t x, q, b;
    memcpy(&x, p, 8);
    q = x ^ BYTES('"');
    b = x ^ BYTES('\\');
    if ((x | ((x - BYTES(0x20)) & ~x) | ((q - BYTES(1)) & ~q) | ((b - BYTES(1)) & ~b)) & top)
        return 0;
    if (!fold)
        return 8;
    /* Every byte is below 0x80 now, so the top bit of each byte of sp is
     * set exactly where x holds a space (no carry crosses bytes). */
    uint64_t v = x ^ BYTES(' '), sp = ~((v + BYTES(0x7F)) | v) & top;
    if (sp & (sp << 8))
        return 0; /* two spaces side by side */
    return p[7] == ' ' ? 7 : 8;
}

/* The end of the run of bytes from u[i] on that a JSON string holds as
 * they are: plain bytes and valid UTF-8 sequences; with `fold`, a space
 * only when no white space follows it (put_text would write that space
 * itself).  Copying such runs whole, rather than byte by byte, is most of
 * the writer's speed; English text goes eight bytes at a time (plain8),
 * the rest a character at a time, eight bytes' worth before plain8 is
 * tried again.  u[i] is no white space when folding. */
static size_t plain_run(const unsigned char *u, size_t i, size_t n, int fold) {
    size_t k = i;
    while (k < n) {
        size_t m = k + 8 <= n ? plain8(u + k, fold) : 0;
        if (m) {
            k += m;
            continue;
        }
        for (size_t stop = k + 8; k < n && k < stop;) {
            unsigned char c = u[k], kind = plain[c];
            if (kind == 1) {
                k++;
            } else if (kind == 2) {
                if (fold && !(k + 1 < n && !json_space(u[k + 1])))
                    return k;
                k++;
            } else if (c >= 0xC2 && c <= 0xDF && k + 1 < n && (u[k + 1] & 0xC0) == 0x80) {
                k += 2; /* a two-byte sequence (utf8_seq's shortest case): Cyrillic */
            } else if (c >= 0x80) {
                size_t len = utf8_seq(u + k, n - k);
                if (len == 0)
                    return k;
                k += len;
            } else {
                return k;
            }
        }
    }
    return k;
}

/* Write text p[0..n) as a JSON string into out, which has room for
 * 6 * n + 2 bytes; returns the bytes written.  Bytes that are not UTF-8
 * become U+FFFD (a report may hold any bytes; the output must be valid
 * UTF-8), a NUL becomes U+FFFD too, control characters are escaped as
 * jansson escapes them, and with `fold`, runs of white space (PDF line
 * breaks) become one space and white space at either end goes, as the
 * guidelines quote sentences. */
static size_t put_text(char *out, const char *p, size_t n, int fold) {
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *u = (const unsigned char *)p;
    size_t o = 0;
    int in_space = 0;
    out[o++] = '"';
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (fold && json_space(c)) {
            in_space = 1;
            i++;
            continue;
        }
        if (in_space && o > 1)
            out[o++] = ' ';
        in_space = 0;
        size_t k = plain_run(u, i, n, fold);
        if (k > i) {
            memcpy(out + o, u + i, k - i);
            o += k - i;
            i = k;
            continue;
        }
        if (c == '"' || c == '\\') {
            out[o++] = '\\';
            out[o++] = (char)c;
            i++;
            continue;
        }
        if (c && c < 0x20) {
            const char *esc = c == '\b' ? "\\b" : c == '\f' ? "\\f" : c == '\n' ? "\\n"
                            : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
            if (esc) {
                memcpy(out + o, esc, 2);
                o += 2;
            } else {
                memcpy(out + o, "\\u00", 4);
                out[o + 4] = hex[c >> 4];
                out[o + 5] = hex[c & 15];
                o += 6;
            }
            i++;
            continue;
        }
        /* A NUL or a byte that starts no valid sequence (plain_run takes
         * the valid ones). */
        memcpy(out + o, "\xEF\xBF\xBD", 3);
        o += 3;
        i++;
    }
    out[o++] = '"';
    return o;
}

/* The writer: a buffer and whether an append has failed (then every later
 * call does nothing, and the caller checks once at the end). */
struct jw {
    struct vg_buf *b;
    int bad;
};

/* Inline everywhere: nearly every call appends a literal, whose length is
 * then a constant and its copy a move or two, not a call of memcpy.  The
 * buffer's closing NUL is written once, when the report is written
 * (vg_report_write_json), not after each append. */
static inline __attribute__((always_inline)) void raw(struct jw *w, const char *s, size_t n) {
    struct vg_buf *b = w->b;
    if (!w->bad && n < b->cap - b->len && b->len + n <= b->max) {
        /* Room already (vg_buf_append's own test): most appends are a
         * few bytes, and the call cost more than the copy. */
        memcpy(b->ptr + b->len, s, n);
        b->len += n;
        return;
    }
    if (!w->bad && vg_buf_append(b, s, n))
        w->bad = 1;
}

/* A string literal (only a literal: its size is taken with sizeof). */
#define RAW(w, lit) raw((w), "" lit, sizeof(lit) - 1)

static void text(struct jw *w, const char *p, size_t n, int fold) {
    struct vg_buf *b = w->b;
    if (w->bad)
        return;
    if (n > (SIZE_MAX - 3) / 6) {
        w->bad = 1;
        return;
    }
    /* Room already (vg_buf_reserve's own test, as in raw), or make it. */
    if (!(6 * n + 2 < b->cap - b->len && b->len + 6 * n + 2 <= b->max) &&
        vg_buf_reserve(b, 6 * n + 2)) {
        w->bad = 1;
        return;
    }
    w->b->len += put_text(w->b->ptr + w->b->len, p, n, fold);
}

/* A string that needs no escaping: every byte plain, spaces included
 * (text would write it as it is), put between quotes without text's
 * work, which costs more than the short names and rule ids most strings
 * of a report are ("detained", "people", "digits"). */
static void plain_string(struct jw *w, const char *p, size_t n) {
    RAW(w, "\"");
    raw(w, p, n);
    RAW(w, "\"");
}

static void cstr(struct jw *w, const char *s) {
    size_t n = 0;
    while (plain[(unsigned char)s[n]]) /* the NUL is no plain byte */
        n++;
    if (s[n] == '\0')
        plain_string(w, s, n);
    else
        text(w, s, n + strlen(s + n), 0);
}

/* text(w, p, n, 0), which a string of plain bytes needs not. */
static void unfolded(struct jw *w, const char *p, size_t n) {
    size_t i = 0;
    while (i < n && plain[(unsigned char)p[i]])
        i++;
    if (i == n)
        plain_string(w, p, n);
    else
        text(w, p, n, 0);
}

static void str_or_null(struct jw *w, struct vg_str s) {
    if (s.len)
        unfolded(w, s.ptr, s.len);
    else
        RAW(w, "null");
}

static void integer(struct jw *w, int64_t v) {
    char buf[24], *e = buf + sizeof buf, *p = e;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do
        *--p = (char)('0' + m % 10);
    while (m /= 10);
    if (v < 0)
        *--p = '-';
    raw(w, p, (size_t)(e - p));
}

static void bound(struct jw *w, int64_t v) {
    if (v == VG_OPEN)
        RAW(w, "null");
    else
        integer(w, v);
}

static void span(struct jw *w, struct vg_span s) {
    RAW(w, "[");
    integer(w, (int64_t)s.start);
    RAW(w, ",");
    integer(w, (int64_t)s.end);
    RAW(w, "]");
}

static void place(struct jw *w, const char *name) {
    if (name)
        cstr(w, name);
    else
        RAW(w, "null");
}

/* The sentence with runs of white space folded to one space. */
static void quote(struct jw *w, struct vg_str t, struct vg_span s) {
    if (s.end > t.len || s.start >= s.end)
        RAW(w, "\"\"");
    else
        text(w, t.ptr + s.start, s.end - s.start, 1);
}

static void figure(struct jw *w, const struct vg_report *r, const struct vg_figure *f,
                   int evidence) {
    RAW(w, "{\"what\":");
    cstr(w, vg_what_name(f->what));
    RAW(w, ",\"low\":");
    bound(w, f->low);
    RAW(w, ",\"high\":");
    bound(w, f->high);
    if (f->approx)
        RAW(w, ",\"approx\":true,\"who\":");
    else
        RAW(w, ",\"approx\":false,\"who\":");
    cstr(w, vg_who_name(f->who));
    RAW(w, ",\"where\":");
    place(w, f->where);
    RAW(w, ",\"when\":");
    if (vg_when_known(f->when)) {
        char buf[22];
        vg_when_format(f->when, buf);
        cstr(w, buf);
    } else {
        RAW(w, "null");
    }
    RAW(w, ",\"source\":");
    str_or_null(w, f->source);
    RAW(w, ",\"status\":");
    cstr(w, vg_status_name(f->status));
    RAW(w, ",\"quote\":");
    quote(w, r->text, f->sentence);
    if (evidence) {
        RAW(w, ",\"sentence\":");
        span(w, f->sentence);
        RAW(w, ",\"span\":");
        span(w, f->quantity);
        RAW(w, ",\"rule\":");
        cstr(w, f->qty_rule ? f->qty_rule : "");
        RAW(w, ",\"what_rule\":");
        cstr(w, f->what_rule ? f->what_rule : "");
    }
    RAW(w, "}");
}

static void person(struct jw *w, const struct vg_person *p, int evidence) {
    RAW(w, "{\"name\":");
    unfolded(w, p->name.ptr, p->name.len);
    if (p->written.len && !vg_str_eq(p->written, p->name)) {
        RAW(w, ",\"written\":");
        unfolded(w, p->written.ptr, p->written.len);
    }
    RAW(w, ",\"role\":");
    cstr(w, vg_role_name(p->role));
    RAW(w, ",\"status\":");
    cstr(w, vg_what_name(p->status));
    RAW(w, ",\"since\":");
    if (p->since == VG_NO_DATE) {
        RAW(w, "null");
    } else {
        char since[11];
        vg_date_format(p->since, since);
        cstr(w, since);
    }
    RAW(w, ",\"where\":");
    place(w, p->where);
    if (evidence) {
        RAW(w, ",\"mention\":");
        span(w, p->mention);
        RAW(w, ",\"sentence\":");
        span(w, p->sentence);
    }
    RAW(w, "}");
}

int vg_report_write_json(struct vg_buf *b, const struct vg_report *r, int evidence) {
    struct jw w = {b, b->toobig};
    RAW(&w, "{\"doc\":");
    cstr(&w, r->doc ? r->doc : "-");
    RAW(&w, ",\"lang\":");
    cstr(&w, r->lang ? r->lang : "en");
    RAW(&w, ",\"published\":");
    if (r->published == VG_NO_DATE) {
        RAW(&w, "null");
    } else {
        char pub[11];
        vg_date_format(r->published, pub);
        cstr(&w, pub);
    }
    RAW(&w, ",\"figures\":[");
    for (size_t i = 0; i < r->n_figures; i++) {
        if (i)
            RAW(&w, ",");
        figure(&w, r, &r->figures[i], evidence);
    }
    RAW(&w, "],\"persons\":[");
    for (size_t i = 0; i < r->n_persons; i++) {
        if (i)
            RAW(&w, ",");
        person(&w, &r->persons[i], evidence);
    }
    RAW(&w, "]");
    if (evidence && r->n_diags) {
        RAW(&w, ",\"notes\":[");
        for (size_t i = 0; i < r->n_diags; i++) {
            if (i)
                RAW(&w, ",");
            RAW(&w, "{\"offset\":");
            integer(&w, (int64_t)r->diags[i].offset);
            RAW(&w, ",\"message\":");
            cstr(&w, r->diags[i].msg);
            RAW(&w, "}");
        }
        RAW(&w, "]");
    }
    RAW(&w, "}");
    if (b->cap)
        b->ptr[b->len] = '\0'; /* raw and text leave it to here */
    return w.bad ? -1 : 0;
}

json_t *vg_report_to_json(const struct vg_report *r, int evidence) {
    struct vg_buf b;
    vg_buf_init(&b, (size_t)1 << 30);
    json_t *j = NULL;
    if (vg_report_write_json(&b, r, evidence) == 0)
        j = json_loadb(b.ptr, b.len, JSON_ALLOW_NUL, NULL);
    vg_buf_release(&b);
    return j;
}
