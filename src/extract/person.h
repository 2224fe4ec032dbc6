/* Named people and what happened to them: "journalist Makhambet Abzhan,
 * whose whereabouts remain unknown", "Dmitry Tikhonov ... was detained".
 * Spokespeople and officials who only speak are left out. */
#ifndef VIGIL_EXTRACT_PERSON_H
#define VIGIL_EXTRACT_PERSON_H

#include <stddef.h>

#include "bind.h"
#include "name_index.h"
#include "vigil/translit.h"
#include "vigil/arena.h"
#include "vigil/extract.h"
#include "vigil/gazetteer.h"

struct person_state {
    struct vg_arena *a;       /* where persons live */
    struct vg_report *r;      /* the report they are added to */
    size_t cap;               /* persons allocated */
    const struct vg_gazetteer *g; /* to tell places from people, or NULL */
    struct vg_name_keys *keys;    /* the name keys of r->persons[i], in a */
    struct name_index by_word;    /* the persons by the words of their keys, in a,
                                     once there are more than a few (person.c) */
    size_t n_indexed;             /* the persons in by_word: the first n_indexed */
    size_t last_person; /* 1 + index of the one person the last sentence read
                           named, 0 when it named none or several */
    size_t last_end;    /* where that sentence ended */
    size_t prev[4];     /* 1 + index of each person the last sentence read
                           named (a pronoun picks one by gender), 0 unused */
    struct vg_person pending;      /* the one person a sentence without an
                                      outcome named ("X, 24, a student."),
                                      added when a later sentence gives one */
    struct vg_name_keys pending_key; /* its name keys, in a */
    size_t pending_end; /* where the last sentence about it ended; 0: none */
    uint8_t list_what;  /* the outcome a heading gave the list of names under it
                           ("Those sentenced are:"), VG_WHAT_NONE when none is read */
    size_t list_end;    /* where the heading or the list's last item ended */
    uint8_t item_what;  /* list_what while the sentence read is an item of that list */
};

/* The date of a sentence, for the outcomes of the people it names.  It is
 * found only when a person is given an outcome: most sentences give none,
 * and finding a sentence's dates costs more than reading its names. */
struct person_when {
    int32_t (*find)(void *ctx); /* the date, VG_NO_DATE when the sentence has none */
    void *ctx;                  /* find's argument */
};

/* Note a sentence that states no outcome: the one new person it names
 * ("Иван Петров, 24 года, программист.") is kept pending for the
 * sentences after it, and a pronoun's term ("Суд назначил ей 10 суток.")
 * goes to the person the sentence before named (with no date).  Returns
 * VG_OK or VG_ENOMEM. */
int person_note(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                struct vg_span sentence, const char *where);

/* Find the named people of one sentence and the outcomes they underwent.
 * `trig_used[i]` is nonzero for outcome phrases (indexes into c->tr) that a
 * figure already took; `sentence` is the sentence's span, `where` its place
 * (or NULL) and `when` its date (NULL: none), asked for at most once.
 * Returns VG_OK or VG_ENOMEM. */
int person_scan(struct person_state *ps, const struct sentence_ctx *c, struct vg_str text,
                const uint8_t *trig_used, struct vg_span sentence, const char *where,
                const struct person_when *when);

#endif
