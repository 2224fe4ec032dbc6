/* Slice helpers that are not worth inlining. */
#include "vigil/str.h"
#include "banned.h"

static unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool vg_str_eq_nocase(struct vg_str a, struct vg_str b) {
    if (a.len != b.len)
        return false;
    for (size_t i = 0; i < a.len; i++)
        if (lower((unsigned char)a.ptr[i]) != lower((unsigned char)b.ptr[i]))
            return false;
    return true;
}

static int space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

struct vg_str vg_str_trim(struct vg_str s) {
    while (s.len && space(s.ptr[0])) {
        s.ptr++;
        s.len--;
    }
    while (s.len && space(s.ptr[s.len - 1]))
        s.len--;
    return s;
}

size_t vg_str_split_words(struct vg_str s, struct vg_str *words, size_t max) {
    size_t n = 0, i = 0;
    while (i < s.len && n < max) {
        while (i < s.len && s.ptr[i] == ' ')
            i++;
        size_t start = i;
        while (i < s.len && s.ptr[i] != ' ')
            i++;
        if (i > start)
            words[n++] = vg_str_make(s.ptr + start, i - start);
    }
    return n;
}

bool vg_str_has_word(const struct vg_str *words, size_t n, struct vg_str w) {
    for (size_t i = 0; i < n; i++)
        if (vg_str_eq(words[i], w))
            return true;
    return false;
}

bool vg_str_words_within(const struct vg_str *a, size_t na, const struct vg_str *b, size_t nb) {
    for (size_t i = 0; i < na; i++)
        if (!vg_str_has_word(b, nb, a[i]))
            return false;
    return true;
}
