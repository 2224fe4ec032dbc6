/* Names of the enumerations, as JSON and tables spell them. */
#include <string.h>

#include "vigil/extract.h"
#include "banned.h"

static const char *const what_names[VG_WHAT_COUNT] = {
    "none", "detained", "sanctioned", "charged", "released",
    "killed", "injured", "missing", "participants",
};
static const char *const who_names[VG_WHO_COUNT] = {
    "people", "protesters", "journalists", "activists", "police", "civilians", "cases", "other",
};
static const char *const role_names[VG_ROLE_COUNT] = {
    "other", "journalist", "activist", "lawyer", "human_rights_defender", "protester",
};

const char *vg_what_name(enum vg_what w) {
    return (unsigned)w < VG_WHAT_COUNT ? what_names[w] : "none";
}
const char *vg_who_name(enum vg_who w) { return (unsigned)w < VG_WHO_COUNT ? who_names[w] : "other"; }
const char *vg_status_name(enum vg_status s) { return s == VG_RETRACTED ? "retracted" : "reported"; }
const char *vg_role_name(enum vg_role r) { return (unsigned)r < VG_ROLE_COUNT ? role_names[r] : "other"; }

static int find(const char *const *names, int n, struct vg_str s) {
    for (int i = 0; i < n; i++)
        if (vg_str_eq_cstr(s, names[i]))
            return i;
    return -1;
}

enum vg_what vg_what_parse(struct vg_str s) {
    int i = find(what_names, VG_WHAT_COUNT, s);
    return i > 0 ? (enum vg_what)i : VG_WHAT_NONE;
}
int vg_who_parse(struct vg_str s) { return find(who_names, VG_WHO_COUNT, s); }
int vg_role_parse(struct vg_str s) { return find(role_names, VG_ROLE_COUNT, s); }
