/* Persons.  A name is a run of two to four capitalised words the lexicon
 * does not know (titles such as "Dr." or "Superintendent" are dropped), or
 * the surname of someone already named.  It takes the outcome phrase
 * nearest to it in its clause that no figure has taken; its role comes from
 * a role word just before it ("journalist X") or in an apposition after it
 * ("X, a human rights defender").  Later outcomes win over a detention, as
 * GUIDELINES.md says; a release never does. */
#include <string.h>

#include "name_case.h"
#include "person.h"
#include "vigil/translit.h"
#include "banned.h"

#define NAME_MAX_WORDS 4
#define OUTCOME_REACH 14 /* tokens between a name and its outcome phrase */

/* Could token i be part of a person's name? */
static int name_word(const struct sentence_ctx *c, size_t i) {
    const struct token *t = &c->t[i];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || t->word || t->fold.len < 2)
        return 0;
    return !(t->flags & TF_UPPER) || t->fold.len <= 3;
}

/* Rank of an outcome for a person: a later, graver outcome wins. */
static int rank(int what) {
    switch (what) {
    case VG_RELEASED: return 1;
    case VG_DETAINED: return 2;
    case VG_INJURED: return 2;
    case VG_CHARGED: return 3;
    case VG_SANCTIONED: return 4;
    case VG_MISSING: return 5;
    case VG_KILLED: return 6;
    default: return 0;
    }
}

static int is_say(const struct sentence_ctx *c, size_t i) {
    return i < c->n && lexicon_is(c->lx, c->t[i].word, LC_SAY);
}

/* The role word nearest the name: before it ("lawyer X", "activist X") or
 * in an apposition after it ("X, a reporter for ..."). */
static int find_role(const struct sentence_ctx *c, size_t a, size_t b) {
    size_t len;
    for (size_t k = a, steps = 0; k > 0 && steps < 5; k--, steps++) {
        const struct lex_entry *e = NULL;
        for (size_t m = k - 1 + 1; m-- > 0 && k - 1 - m < 3;) {
            e = lex_match(c->lx, c->t, c->n, m, LC_ROLE, &len);
            if (e && m + len == k)
                return e->role;
        }
        if (tok(c, k - 1, ".") || tok(c, k - 1, ";"))
            break;
    }
    if (tok(c, b, ",")) {
        for (size_t k = b + 1; k < c->n && k < b + 9; k++) {
            if (tok(c, k, ",") || tok(c, k, "."))
                break;
            const struct lex_entry *e = lex_match(c->lx, c->t, c->n, k, LC_ROLE, &len);
            if (e)
                return e->role;
        }
    }
    return VG_ROLE_OTHER;
}

/* Is the name at token a one of a group already counted: "among them X",
 * "including X", "среди них X", "в том числе X"?  Its outcome is then the
 * group's, though a figure took that phrase. */
static int among(const struct sentence_ctx *c, size_t a) {
    for (size_t k = a, steps = 0; k > 0 && steps < 6; k--, steps++) {
        if (tok(c, k - 1, ".") || tok(c, k - 1, ";"))
            break;
        if (tok(c, k - 1, "among") || tok(c, k - 1, "including") || tok(c, k - 1, "среди") ||
            (tok(c, k - 1, "числе") && tok(c, k - 2, "том") && tok(c, k - 3, "в")))
            return 1;
    }
    return 0;
}

/* The outcome phrase for a name at [a, b), or -1.  `used` marks the
 * phrases a figure took; NULL for a name in a group already counted, which
 * takes the group's phrase across its number and the other names. */
static int find_outcome(const struct sentence_ctx *c, size_t a, size_t b, const uint8_t *used) {
    int best = -1;
    size_t best_dist = OUTCOME_REACH + 1;
    for (size_t i = 0; i < c->ntr; i++) {
        const struct trigger *tr = &c->tr[i];
        if (used && used[i])
            continue;
        size_t lo = tr->t0 >= b ? b : tr->t1, hi = tr->t0 >= b ? tr->t0 : a;
        if (tr->t1 > a && tr->t0 < b)
            continue;
        size_t dist = hi > lo ? hi - lo : 0;
        if (dist > OUTCOME_REACH)
            continue;
        /* No number or other name between: their outcome is not this one's. */
        int blocked = 0;
        for (size_t k = lo; k < hi && !blocked && used; k++)
            blocked = c->qty_at[k] || tok(c, k, ";") ||
                      (name_word(c, k) && k + 1 < hi && name_word(c, k + 1));
        if (blocked)
            continue;
        if (dist < best_dist) {
            best = (int)i;
            best_dist = dist;
        }
    }
    return best;
}

/* The person already named `name` (whose keys are `key`), in *out, or
 * NULL: the same name in any script or case (vg_names_match), or a part of
 * it ("Lisitsyna", "Anna Lisitsyna" for "Anna Ivanovna Lisitsyna").  A lone
 * Cyrillic surname is tried in every case it may be in: "Лисицыной" is
 * Лисицына's.  The people's keys are kept beside them (ps->keys), since a
 * report's names are compared with each other many times.  Returns VG_OK
 * or VG_ENOMEM. */
static int find_person(struct person_state *ps, struct vg_str name, size_t words,
                       const struct vg_name_keys *key, struct vg_person **out) {
    struct vg_report *r = ps->r;
    *out = NULL;
    for (size_t i = 0; i < r->n_persons; i++)
        if (vg_name_keys_match(&ps->keys[i], key)) {
            *out = &r->persons[i];
            return VG_OK;
        }
    char forms[8][NAME_CASE_MAX];
    size_t nf = 0;
    if (words == 1 && (unsigned char)name.ptr[0] >= 0xd0)
        nf = name_case_surname_forms(name, forms, 8);
    for (size_t f = 1; f < nf && r->n_persons; f++) {
        struct vg_name_keys fk;
        if (vg_name_keys_make(ps->a, vg_str_cstr(forms[f]), &fk))
            return VG_ENOMEM;
        for (size_t i = 0; i < r->n_persons; i++)
            if (vg_name_keys_match(&ps->keys[i], &fk) == 3) {
                *out = &r->persons[i];
                return VG_OK;
            }
    }
    return VG_OK;
}

/* `name` in the nominative: the name itself, or a copy in the arena when
 * it is a Russian name in another case.  NULL slice when out of memory. */
static struct vg_str nominative(struct vg_arena *a, struct vg_str name) {
    char buf[NAME_CASE_MAX];
    if (!name.len || (unsigned char)name.ptr[0] < 0xd0)
        return name;
    size_t n = name_case_nominative(name, buf, sizeof buf);
    if (!n)
        return name;
    char *p = vg_arena_strndup(a, buf, n);
    return p ? vg_str_make(p, n) : VG_STR_NULL;
}

static int add_person(struct person_state *ps, const struct vg_person *p,
                      const struct vg_name_keys *key) {
    struct vg_report *r = ps->r;
    if (r->n_persons == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 8;
        struct vg_person *v = vg_arena_grow(ps->a, r->persons, r->n_persons, cap, sizeof *v);
        if (!v)
            return VG_ENOMEM;
        r->persons = v;
        struct vg_name_keys *k = vg_arena_grow(ps->a, ps->keys, r->n_persons, cap, sizeof *k);
        if (!k)
            return VG_ENOMEM;
        ps->keys = k;
        ps->cap = cap;
    }
    ps->keys[r->n_persons] = *key;
    r->persons[r->n_persons++] = *p;
    return VG_OK;
}

int person_scan(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                const uint8_t *trig_used, struct vg_span sentence, const char *where,
                int32_t when) {
    if (!c->ntr)
        return VG_OK;
    for (size_t i = 0; i < c->n; i++) {
        if (!name_word(c, i))
            continue;
        size_t a = i, b = i;
        while (b < c->n && b - a < NAME_MAX_WORDS && name_word(c, b))
            b++;
        i = b;
        struct vg_str first = token_text(text, &c->t[a]);
        struct vg_str last = token_text(text, &c->t[b - 1]);
        struct vg_str name = vg_str_make(first.ptr, (size_t)(last.ptr + last.len - first.ptr));
        if (memchr(name.ptr, '\n', name.len))
            continue;
        name = nominative(ps->a, name);
        if (!name.ptr)
            return VG_ENOMEM;
        /* The tests on the sentence's words first; the comparison with the
         * people already found (name keys across scripts) last. */
        /* A speaker: "X said", "said X", "X told". */
        if (is_say(c, b) || (a > 0 && is_say(c, a - 1)) ||
            (tok(c, b, ",") && b + 1 < c->n && is_say(c, b + 1)))
            continue;
        int role = find_role(c, a, b);
        if (a > 0 && lexicon_is(c->lx, c->t[a - 1].word, LC_ORG) && role == VG_ROLE_OTHER)
            continue; /* "police spokesman X", but "фотограф нашего издания X" */
        int o = find_outcome(c, a, b, among(c, a) ? NULL : trig_used);
        if (o < 0)
            continue;
        int what = c->tr[o].e->what;
        if (what == VG_PARTICIPANTS)
            what = VG_WHAT_NONE;
        if (!what)
            continue;
        struct vg_name_keys key;
        struct vg_person *known;
        if (vg_name_keys_make(ps->a, name, &key) || find_person(ps, name, b - a, &key, &known))
            return VG_ENOMEM;
        if (b - a < 2 && !known)
            continue;
        if (!known && ps->g && vg_gazetteer_lookup(ps->g, name))
            continue; /* a place: "Sidi Hassine" */
        if (known) {
            if (rank(what) > rank(known->status)) {
                known->status = (enum vg_what)what;
                known->since = when;
                known->sentence = sentence;
            }
            continue;
        }
        struct vg_person p;
        memset(&p, 0, sizeof p);
        p.name = name;
        p.role = (enum vg_role)role;
        p.status = (enum vg_what)what;
        p.since = when;
        p.where = where;
        p.mention.start = c->t[a].start;
        p.mention.end = c->t[b - 1].end;
        p.sentence = sentence;
        if (add_person(ps, &p, &key))
            return VG_ENOMEM;
    }
    return VG_OK;
}
