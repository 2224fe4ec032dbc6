/* The gazetteer's snapshot: its tables (names, places, keys, the hash table
 * and the first-word bitsets) written out once at build time by
 * tools/gazsnap.c and embedded as gazetteer/places.snap, so that a start
 * copies them instead of folding, hashing and inserting every name of
 * places.tsv again (that was most of the instructions of a short run).
 *
 * The snapshot is the table the text loader builds, byte for byte, so every
 * lookup answers as it would after a load from the text.  It holds no
 * pointers: a place's `up` is kept as a record number, and the public name
 * fields are pointed at the names once they are copied (gaz_link_names).
 * A header gives the sizes of the structs it was written with and the
 * length of the places.tsv and stop-list it was built from; a snapshot that
 * does not match them is refused and the gazetteer is loaded from the text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/err.h"
#include "gazetteer_int.h"
#include "banned.h"

#define SNAP_MAGIC "vgGAZ001"

/* The head of a snapshot; the sections follow it in this order, each padded
 * to 8 bytes: names, places, up, by_cc, keys, slots, entries, pairs, first,
 * first_words. */
struct snap_header {
    char magic[8];        /* SNAP_MAGIC, without its NUL */
    uint32_t rec_size;    /* sizeof(struct place_rec) */
    uint32_t slot_size;   /* sizeof(struct gaz_slot) */
    uint32_t entry_size;  /* sizeof(struct gaz_entry) */
    uint32_t pair_size;   /* sizeof(struct gaz_pair) */
    uint64_t places_len;  /* bytes of places.tsv it was built from */
    uint64_t stop_len;    /* bytes of stoplist.tsv it was built from */
    uint64_t first_bits;  /* GAZ_FIRST_BITS */
    uint64_t n_places;    /* records */
    uint64_t names_len;   /* bytes of names */
    uint64_t keys_len;    /* bytes of keys */
    uint64_t n_slots;     /* hash table size */
    uint64_t n_entries;   /* keys */
    uint64_t n_pairs;     /* name-to-place pairs */
};

#define N_CC 676 /* g->by_cc entries, "AA".."ZZ" */

static size_t pad8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Append n bytes and the padding to 8 after them. */
static int put(struct vg_buf *b, const void *p, size_t n) {
    static const char zero[8];
    if (n && vg_buf_append(b, p, n) != 0)
        return -1;
    return vg_buf_append(b, zero, pad8(n) - n);
}

int gaz_snapshot_make(const struct vg_gazetteer *g, size_t places_len, size_t stop_len,
                      struct vg_buf *out) {
    struct snap_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, SNAP_MAGIC, sizeof h.magic);
    h.rec_size = sizeof(struct place_rec);
    h.slot_size = sizeof(struct gaz_slot);
    h.entry_size = sizeof(struct gaz_entry);
    h.pair_size = sizeof(struct gaz_pair);
    h.places_len = places_len;
    h.stop_len = stop_len;
    h.first_bits = GAZ_FIRST_BITS;
    h.n_places = g->n_places;
    h.names_len = g->names_len;
    h.keys_len = g->keys_len;
    h.n_slots = g->n_slots;
    h.n_entries = g->n_entries;
    h.n_pairs = g->n_pairs;
    /* The records without their pointers (set again on loading), and
     * their `up` links as record numbers plus one (0 for none). */
    struct place_rec *recs = vg_calloc(g->n_places ? g->n_places : 1, sizeof *recs);
    uint32_t *up = vg_calloc(g->n_places ? g->n_places : 1, sizeof *up);
    /* The pairs field by field, and the empty slots without the hash they
     * never had set, so that no byte left unset goes in: the snapshot is
     * the same from build to build. */
    struct gaz_pair *pairs = vg_calloc(g->n_pairs ? g->n_pairs : 1, sizeof *pairs);
    struct gaz_slot *slots = vg_calloc(g->n_slots ? g->n_slots : 1, sizeof *slots);
    int32_t by_cc[N_CC];
    int rc = -1;
    if (!recs || !up || !pairs || !slots)
        goto out;
    for (size_t i = 0; i < g->n_slots; i++) {
        slots[i].entry = g->slots[i].entry;
        slots[i].hash = g->slots[i].entry >= 0 ? g->slots[i].hash : 0;
    }
    for (size_t i = 0; i < g->n_pairs; i++) {
        pairs[i].place = g->pairs[i].place;
        pairs[i].next = g->pairs[i].next;
        pairs[i].how = g->pairs[i].how;
    }
    for (size_t i = 0; i < g->n_places; i++) {
        const struct place_rec *r = &g->places[i];
        recs[i].index = r->index;
        recs[i].name_off = r->name_off;
        recs[i].region = r->region;
        memcpy(recs[i].cc, r->cc, sizeof r->cc);
        recs[i].weak = r->weak;
        recs[i].pub.kind = r->pub.kind;
        recs[i].pub.population = r->pub.population;
        recs[i].pub.id = r->pub.id;
        up[i] = r->up ? (uint32_t)(r->up - g->places) + 1 : 0;
    }
    for (size_t i = 0; i < N_CC; i++)
        by_cc[i] = g->by_cc[i] ? (int32_t)(g->by_cc[i] - g->places) : -1;
    rc = put(out, &h, sizeof h) || put(out, g->names, g->names_len) ||
         put(out, recs, g->n_places * sizeof *recs) || put(out, up, g->n_places * sizeof *up) ||
         put(out, by_cc, sizeof by_cc) || put(out, g->keys, g->keys_len) ||
         put(out, slots, g->n_slots * sizeof *slots) ||
         put(out, g->entries, g->n_entries * sizeof *g->entries) ||
         put(out, pairs, g->n_pairs * sizeof *pairs) ||
         put(out, g->first, GAZ_FIRST_BITS / 8) || put(out, g->first_words, GAZ_FIRST_BITS / 4)
             ? -1
             : 0;
out:
    free(recs);
    free(up);
    free(pairs);
    free(slots);
    return rc;
}

/* A cursor over the snapshot's sections. */
struct reader {
    const char *p; /* the next section */
    size_t left;   /* bytes from p to the end */
};

/* The next section of n bytes, or NULL when the snapshot is shorter. */
static const void *take(struct reader *rd, size_t n) {
    if (pad8(n) > rd->left)
        return NULL;
    const void *p = rd->p;
    rd->p += pad8(n);
    rd->left -= pad8(n);
    return p;
}

/* A copy of the next section of n bytes in *out (NULL for an empty one).
 * Returns VG_OK, VG_EINPUT when the snapshot is short, or VG_ENOMEM. */
static int copy(struct reader *rd, size_t n, void **out) {
    const void *p = take(rd, n);
    *out = NULL;
    if (!p)
        return VG_EINPUT;
    if (n == 0)
        return VG_OK;
    if (!(*out = vg_malloc(n)))
        return VG_ENOMEM;
    memcpy(*out, p, n);
    return VG_OK;
}

/* The next section of n bytes read where it lies (NULL for an empty one):
 * the snapshot is built into the binary, so it outlives the table, and
 * nothing writes these sections once a table is loaded.  Copying the
 * hash table and the bitsets was most of a start's instructions.  The
 * const goes: the table's fields serve the text loader too, which fills
 * them (a write to a section read in place would fault, not corrupt).
 * Returns VG_OK or VG_EINPUT when the snapshot is short. */
static int borrow(struct reader *rd, size_t n, void **out) {
    const void *p = take(rd, n);
    *out = NULL;
    if (!p)
        return VG_EINPUT;
    if (n)
        *out = (void *)(uintptr_t)p;
    return VG_OK;
}

/* A section of n bytes, read in place when the snapshot lies on an 8-byte
 * boundary (every section then does, and suits the alignment of its
 * structs), else copied. */
static int section(struct vg_gazetteer *g, struct reader *rd, size_t n, void **out) {
    return g->in_snapshot ? borrow(rd, n, out) : copy(rd, n, out);
}

/* Does the header describe a snapshot of these structs and this data? */
static int header_fits(const struct snap_header *h, size_t places_len, size_t stop_len) {
    return memcmp(h->magic, SNAP_MAGIC, sizeof h->magic) == 0 &&
           h->rec_size == sizeof(struct place_rec) && h->slot_size == sizeof(struct gaz_slot) &&
           h->entry_size == sizeof(struct gaz_entry) && h->pair_size == sizeof(struct gaz_pair) &&
           h->places_len == places_len && h->stop_len == stop_len &&
           h->first_bits == GAZ_FIRST_BITS && h->n_slots > 0 &&
           (h->n_slots & (h->n_slots - 1)) == 0 && h->n_places < UINT32_MAX;
}

/* Copy the tables of the snapshot into g; the record links are set after. */
static int copy_tables(struct vg_gazetteer *g, const struct snap_header *h, struct reader *rd,
                       const unsigned char **up, const unsigned char **by_cc) {
    int rc;
    g->n_places = (size_t)h->n_places;
    g->names_len = g->names_cap = (size_t)h->names_len;
    g->keys_len = g->keys_cap = (size_t)h->keys_len;
    g->n_slots = (size_t)h->n_slots;
    g->n_entries = g->entries_cap = (size_t)h->n_entries;
    g->n_pairs = g->pairs_cap = (size_t)h->n_pairs;
    /* The records are copied: loading links them to one another. */
    if ((rc = section(g, rd, g->names_len, (void **)&g->names)) ||
        (rc = copy(rd, g->n_places * sizeof *g->places, (void **)&g->places)))
        return rc;
    if (!(*up = take(rd, g->n_places * sizeof(uint32_t))) ||
        !(*by_cc = take(rd, N_CC * sizeof(int32_t))))
        return VG_EINPUT;
    if ((rc = section(g, rd, g->keys_len, (void **)&g->keys)) ||
        (rc = section(g, rd, g->n_slots * sizeof *g->slots, (void **)&g->slots)) ||
        (rc = section(g, rd, g->n_entries * sizeof *g->entries, (void **)&g->entries)) ||
        (rc = section(g, rd, g->n_pairs * sizeof *g->pairs, (void **)&g->pairs)) ||
        (rc = section(g, rd, GAZ_FIRST_BITS / 8, (void **)&g->first)) ||
        (rc = section(g, rd, GAZ_FIRST_BITS / 4, (void **)&g->first_words)))
        return rc;
    return VG_OK;
}

/* Point each record at its place up and each country code at its
 * country; VG_EINPUT when a link leads outside the records. */
static int link_records(struct vg_gazetteer *g, const unsigned char *up,
                        const unsigned char *by_cc) {
    for (size_t i = 0; i < g->n_places; i++) {
        uint32_t u;
        memcpy(&u, up + i * sizeof u, sizeof u); /* the section need not be aligned */
        if (u > g->n_places || g->places[i].name_off >= g->names_len)
            return VG_EINPUT;
        g->places[i].up = u ? &g->places[u - 1] : NULL;
        g->places[i].pub.country = g->places[i].cc;
    }
    for (size_t i = 0; i < N_CC; i++) {
        int32_t c;
        memcpy(&c, by_cc + i * sizeof c, sizeof c);
        if (c >= (int32_t)g->n_places)
            return VG_EINPUT;
        g->by_cc[i] = c >= 0 ? &g->places[c] : NULL;
    }
    return VG_OK;
}

int gaz_snapshot_load(struct vg_str snap, size_t places_len, size_t stop_len,
                      struct vg_gazetteer **out) {
    *out = NULL;
    struct reader rd = {snap.ptr, snap.len};
    struct snap_header h;
    const void *hp = take(&rd, sizeof h);
    if (!hp)
        return VG_EINPUT;
    memcpy(&h, hp, sizeof h);
    if (!header_fits(&h, places_len, stop_len))
        return VG_EINPUT;
    struct vg_gazetteer *g = vg_calloc(1, sizeof *g);
    if (!g)
        return VG_ENOMEM;
    const unsigned char *up = NULL, *by_cc = NULL;
    g->in_snapshot = (uintptr_t)snap.ptr % 8 == 0;
    int rc = copy_tables(g, &h, &rd, &up, &by_cc);
    if (rc == VG_OK)
        rc = link_records(g, up, by_cc);
    if (rc != VG_OK) {
        vg_gazetteer_free(g);
        return rc;
    }
    gaz_link_names(g);
    *out = g;
    return VG_OK;
}
