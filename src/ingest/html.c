/* The readable text of an HTML page, on libxml2's HTML parser.
 *
 * Pages carry far more than the report: menus, related links, cookie
 * notices, scripts.  The text is taken from the article body (the largest
 * <article>, else <main> or role="main", else <body>), and inside it the
 * elements that hold page furniture are skipped.  Block elements become
 * paragraph breaks so the sentence splitter sees the page's paragraphs. */
#include <limits.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "vigil/date.h"
#include "vigil/ingest.h"
#include "banned.h"

static int name_is(const xmlNode *n, const char *name) {
    return n->name && xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names) {
    for (; *names; names++)
        if (name_is(n, *names))
            return 1;
    return 0;
}

static const char *const skipped[] = {
    "script",   "style",    "nav",    "footer", "aside",  "header", "form",
    "noscript", "template", "iframe", "svg",    "button", "select", "textarea",
    "object",   "embed",    "canvas", "head",   NULL,
};

static const char *const blocks[] = {
    "p",       "div", "h1", "h2",      "h3",      "h4",         "h5",      "h6",
    "li",      "ul",  "ol", "tr",      "table",   "blockquote", "section", "article",
    "main",    "pre", "dd", "dt",      "dl",      "figcaption", "figure",  "hr",
    "address", "td",  "th", "caption", "summary", "details",    NULL,
};

/* An attribute's value compared case-insensitively, for role= and friends. */
static int attr_is(const xmlNode *n, const char *attr, const char *value) {
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    int is = v && xmlStrcasecmp(v, (const xmlChar *)value) == 0;
    xmlFree(v);
    return is;
}

static int furniture(const xmlNode *n) {
    if (name_in(n, skipped))
        return 1;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary",
                                        "search",     "menu",   "dialog",      NULL};
    for (const char *const *r = roles; *r; r++)
        if (attr_is(n, "role", *r))
            return 1;
    if (attr_is(n, "aria-hidden", "true") || xmlHasProp(n, (const xmlChar *)"hidden"))
        return 1;
    return 0;
}

/* Text output with white space folded: `pending` is what is owed before the
 * next visible text: 0 nothing, 1 a space, 2 a line break, 3 a paragraph
 * break.  Breaks are never written at the start. */
struct out {
    struct vg_buf *b;
    int pending;
};

static void put_text(struct out *o, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
            if (o->pending == 0)
                o->pending = 1;
            continue;
        }
        /* U+00A0 no-break space folds like a space. */
        if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
            i++;
            if (o->pending == 0)
                o->pending = 1;
            continue;
        }
        if (o->b->len > 0) {
            if (o->pending == 3)
                vg_buf_puts(o->b, "\n\n");
            else if (o->pending == 2)
                vg_buf_putc(o->b, '\n');
            else if (o->pending == 1)
                vg_buf_putc(o->b, ' ');
        }
        o->pending = 0;
        vg_buf_putc(o->b, (char)c);
    }
}

static void walk(const xmlNode *n, struct out *o, int depth) {
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                put_text(o, (const char *)n->content, strlen((const char *)n->content));
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || furniture(n))
            continue;
        if (name_is(n, "br")) {
            if (o->pending < 2)
                o->pending = 2;
            continue;
        }
        int block = name_in(n, blocks);
        if (block)
            o->pending = 3;
        if (depth < 256)
            walk(n->children, o, depth + 1);
        if (block)
            o->pending = 3;
    }
}

/* Bytes of text an element would give, to pick the main <article>. */
static size_t text_size(const xmlNode *n, int depth) {
    size_t total = 0;
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content)
            total += strlen((const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE && !furniture(n) && depth < 256)
            total += text_size(n->children, depth + 1);
    }
    return total;
}

struct find {
    const xmlNode *article; /* the largest <article> */
    size_t article_size;
    const xmlNode *main;  /* the first <main> or role="main" */
    const xmlNode *body;  /* <body> */
    const xmlNode *h1;    /* the first <h1> */
    const xmlNode *title; /* <title> */
    int32_t published;    /* from <meta property="article:published_time"> */
};

static void find_parts(const xmlNode *n, struct find *f, int depth) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(n, "article")) {
            size_t sz = text_size(n->children, 0);
            if (!f->article || sz > f->article_size) {
                f->article = n;
                f->article_size = sz;
            }
        } else if (!f->main && (name_is(n, "main") || attr_is(n, "role", "main"))) {
            f->main = n;
        } else if (!f->body && name_is(n, "body")) {
            f->body = n;
        } else if (!f->h1 && name_is(n, "h1")) {
            f->h1 = n;
        } else if (!f->title && name_is(n, "title")) {
            f->title = n;
        } else if (name_is(n, "meta") && f->published == VG_NO_DATE &&
                   (attr_is(n, "property", "article:published_time") ||
                    attr_is(n, "name", "article:published_time") ||
                    attr_is(n, "itemprop", "datePublished"))) {
            xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
            if (c && xmlStrlen(c) >= 10)
                f->published = vg_date_parse_iso(vg_str_make((const char *)c, 10));
            xmlFree(c);
        }
        if (depth < 256)
            find_parts(n->children, f, depth + 1);
    }
}

/* Does the page declare its encoding?  Otherwise it is read as UTF-8 rather
 * than libxml2's historical default, ISO-8859-1. */
static int declares_charset(const char *s, size_t len) {
    size_t n = len < 2048 ? len : 2048;
    static const char key[] = "charset";
    for (size_t i = 0; i + sizeof key - 1 <= n; i++) {
        size_t j = 0;
        while (j < sizeof key - 1 && (s[i + j] | 0x20) == key[j])
            j++;
        if (j == sizeof key - 1)
            return 1;
    }
    return 0;
}

int vg_html_text(const char *html, size_t len, struct vg_buf *text, struct vg_buf *title,
                 int32_t *published, struct vg_err *err) {
    *published = VG_NO_DATE;
    if (len > INT_MAX)
        return vg_err_set(err, VG_ETOOBIG, "HTML page larger than 2 GB");
    xmlInitParser();
    htmlDocPtr doc = htmlReadMemory(
        html, (int)len, NULL, declares_charset(html, len) ? NULL : "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return VG_OK; /* nothing a parser could read: no text */
    struct find f;
    memset(&f, 0, sizeof f);
    f.published = VG_NO_DATE;
    const xmlNode *root = xmlDocGetRootElement(doc);
    find_parts(root, &f, 0);
    const xmlNode *from = f.article ? f.article : f.main ? f.main : f.body ? f.body : root;
    struct out o = {text, 0};
    if (from)
        walk(from->children, &o, 0);
    const xmlNode *t = f.title ? f.title : f.h1;
    if (t && title) {
        struct out ot = {title, 0};
        xmlChar *s = xmlNodeGetContent(t);
        if (s)
            put_text(&ot, (const char *)s, (size_t)xmlStrlen(s));
        xmlFree(s);
    }
    *published = f.published;
    xmlFreeDoc(doc);
    if (text->toobig || (title && title->toobig))
        return vg_err_set(err, VG_ETOOBIG, "the page's text is too large");
    return VG_OK;
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    if (a < b)
        return 0;
    for (size_t i = 0; i < b; i++)
        if ((s[a - b + i] | 0x20) != suffix[i])
            return 0;
    return 1;
}

enum vg_doc_format vg_ingest_format(const char *path, const char *data, size_t len) {
    if (path && (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")))
        return VG_FMT_JSONL;
    if (path && (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml")))
        return VG_FMT_HTML;
    size_t i = 0;
    if (len >= 3 && (unsigned char)data[0] == 0xef && (unsigned char)data[1] == 0xbb &&
        (unsigned char)data[2] == 0xbf)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    static const char *const starts[] = {"<!doctype html", "<html", NULL};
    for (const char *const *s = starts; *s; s++) {
        size_t n = strlen(*s), j = 0;
        while (j < n && i + j < len && (data[i + j] | 0x20) == ((*s)[j] | 0x20))
            j++;
        if (j == n)
            return VG_FMT_HTML;
    }
    return VG_FMT_TEXT;
}
