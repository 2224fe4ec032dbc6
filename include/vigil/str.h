/* Unterminated string slices.  Text flows through vigil as (ptr, len) views
 * into buffers someone else owns; a slice never frees anything. */
#ifndef VIGIL_STR_H
#define VIGIL_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct vg_str {
    const char *ptr; /* first byte; need not be NUL-terminated */
    size_t len;      /* length in bytes */
};

#define VG_STR(lit) ((struct vg_str){(lit), sizeof(lit) - 1})
#define VG_STR_NULL ((struct vg_str){NULL, 0})

static inline struct vg_str vg_str_make(const char *p, size_t len) {
    struct vg_str s = {p, len};
    return s;
}

static inline struct vg_str vg_str_cstr(const char *p) {
    return vg_str_make(p, p ? strlen(p) : 0);
}

static inline bool vg_str_eq(struct vg_str a, struct vg_str b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

/* Is a the NUL-terminated b (NULL reads as "")?  Compared byte by byte up
 * to the first difference, with no strlen: callers test a word against
 * lists of words, and most differ in their first bytes. */
static inline bool vg_str_eq_cstr(struct vg_str a, const char *b) {
    if (!b)
        return a.len == 0;
    size_t i = 0;
    while (i < a.len && b[i] != '\0' && b[i] == a.ptr[i])
        i++;
    return i == a.len && b[i] == '\0';
}

/* Where the line holding byte `at` of text starts: the byte after the
 * newline before it, or 0. */
static inline size_t vg_str_line_start(struct vg_str text, size_t at) {
    while (at > 0 && text.ptr[at - 1] != '\n')
        at--;
    return at;
}

/* ASCII case-insensitive comparison; bytes >= 0x80 must match exactly. */
bool vg_str_eq_nocase(struct vg_str a, struct vg_str b);

/* Slice trimmed of ASCII white space on both ends. */
struct vg_str vg_str_trim(struct vg_str s);

/* Split s at spaces into at most `max` words (slices of s); returns how
 * many. */
size_t vg_str_split_words(struct vg_str s, struct vg_str *words, size_t max);

/* Is w one of words[0..n)? */
bool vg_str_has_word(const struct vg_str *words, size_t n, struct vg_str w);

/* Is every word of a[0..na) among b[0..nb)? */
bool vg_str_words_within(const struct vg_str *a, size_t na, const struct vg_str *b, size_t nb);

#endif
