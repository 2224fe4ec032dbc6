/* Where a figure happened: the most specific place its sentence ties it to,
 * else the place of its paragraph, else the report's main place. */
#ifndef VIGIL_EXTRACT_PLACE_H
#define VIGIL_EXTRACT_PLACE_H

#include <stddef.h>

#include "vigil/gazetteer.h"
#include "vigil/str.h"

#define PLACE_MAX_HITS 32    /* places read per sentence */
#define PLACE_HEAD_HITS 256  /* places kept from the report's opening */
#define PLACE_DATELINES 8    /* datelines of later parts of a report kept */

struct place_state {
    const struct vg_gazetteer *g;     /* the gazetteer, or NULL: no places */
    const struct vg_place *main;      /* the report's main place, or NULL */
    const struct vg_place *main_named; /* the place named most in the opening, which
                                          main may widen to its region or country
                                          (or narrow to its one city), or NULL */
    const struct vg_place *para;      /* the last place named in this paragraph */
    unsigned para_no;                 /* the paragraph `para` belongs to */
    int main_done;                    /* main has been worked out */
    struct vg_place_hit *head;        /* the places of the opening lines read for
                                         `main`, in text order: room for
                                         PLACE_HEAD_HITS the caller provides (left
                                         uninitialised: a report's state is
                                         zeroed whole, and these 8 KiB would be
                                         most of it) */
    size_t n_head;                    /* how many */
    size_t head_end;                  /* the opening ends here: a sentence on one
                                         line before it takes its places from head */
    size_t note_start, note_end;      /* a sentence of this paragraph whose places are not read yet */
    unsigned note_para;               /* its paragraph */
    struct vg_place_hit hits[PLACE_MAX_HITS]; /* places of the sentence being read */
    size_t n_hits;                    /* how many */
    size_t hits_start, hits_end;      /* the sentence they belong to */
    size_t cue;                       /* where that sentence says "nationwide", or SIZE_MAX */
    int cue_words;                    /* the sentence being read holds a word of those
                                         phrases (set by the caller; 0: none) */
    const struct vg_report *r;        /* the report, whose persons' surnames are
                                         no places ("Nina Sokol"), or NULL */
    size_t aside_start, aside_end;    /* bytes whose places are no figure's (an
                                         apposition describing the speaker) */
    const struct vg_place *heading;   /* the place a heading line names ("Kisumu"
                                         above a list), or NULL */
    size_t heading_end;               /* where that heading ends */
    const struct vg_place *dl_place[PLACE_DATELINES]; /* the places of the datelines
                                         after the first ("CHICAGO -" opening a
                                         later part of a wire story), in text order */
    size_t dl_at[PLACE_DATELINES];    /* where each of those lines starts */
    size_t n_dl;                      /* how many */
    size_t dl_closed;                 /* a part closed by naming the main place
                                         again: its dateline's start, or 0 */
    int table_row;                    /* set by the caller: the sentence is a row of a
                                         table (1), its row of the rest ("Other
                                         districts") (2) or of the total (3); 0: not */
    const struct vg_place *scope;     /* the place that holds every row's own place
                                         in the table being read, or NULL */
    struct {
        const char *name;             /* a gazetteer name, or NULL */
        const struct vg_place *place; /* vg_gazetteer_lookup of it */
    } looked[256];                    /* names place_same_event looked up, by their
                                         address: merging a long report's figures
                                         asks of the same few places again and again */
};

/* The place for a figure whose sentence is text[start, end) and whose
 * quantity starts at byte `at`, in paragraph `para_no`.  Returns a
 * gazetteer name or NULL. */
const char *place_for_figure(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                             size_t at, unsigned para_no);

/* 1 when places a and b (gazetteer names) are the same for telling events
 * apart: equal, one inside the other (a count told once of a city and once
 * of its country), or the main place and the place it was widened from (a
 * headline taking the main place repeats a figure the body ties to that
 * place). */
int place_same_event(struct place_state *ps, const char *a, const char *b);

/* 1 when place `inner` lies inside the other place `outer` (gazetteer
 * names): a city in its region or country. */
int place_inside(const struct place_state *ps, const char *inner, const char *outer);

/* A heading line text[start, end) ("Kisumu", "Nakuru County") names the
 * place of the list lines right under it, up to the next blank line. */
void place_note_heading(struct place_state *ps, struct vg_str text, size_t start, size_t end);

/* A table's caption text[start, end) ("Table 3: Janakpur, daily record")
 * names the place of the rows under the table's headings, which end at
 * `until`, up to the next blank line; a new table starts. */
void place_note_caption(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                        size_t until);

/* Note the places of a sentence without figures, so later sentences of the
 * paragraph can inherit them. */
void place_note_sentence(struct place_state *ps, struct vg_str text, size_t start, size_t end,
                         unsigned para_no);

#endif
