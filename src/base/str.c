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
