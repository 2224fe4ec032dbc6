/* Internals of the gazetteer shared by its loader and lookups
 * (gazetteer.c) and its text scanner (gazetteer_find.c).
 *
 * Every name is stored under a folded key: case-folded, accents and other
 * combining marks stripped, a few letters that do not decompose mapped by
 * hand (ł, ø, đ, ı), curly apostrophes made straight and runs of white space
 * made one space.  A key starts with a namespace byte: KEY_NAME for the names
 * themselves, KEY_STEM for the Russian case-ending variants of Cyrillic
 * names, KEY_STOP for the stop-list.  One open-addressing table holds them
 * all; each key heads a chain of (place, how) pairs. */
#ifndef VIGIL_GAZETTEER_INT_H
#define VIGIL_GAZETTEER_INT_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/buf.h"
#include "vigil/gazetteer.h"
#include "vigil/str.h"

#define KEY_NAME 'n'
#define KEY_STEM 's'
#define KEY_STOP 'x'

/* Longest folded key kept, namespace byte included; longer names are not
 * indexed and longer spans of text not looked up. */
#define KEY_MAX 160

/* How a pair names its place. */
enum name_how {
    HOW_NAME = 0,    /* one of its names */
    HOW_WEAK = 1,    /* a name it shares with a town of its own: ranks below towns */
    HOW_DEMONYM = 2, /* an adjective or plural of the people: "Kenyan" */
    HOW_STOP_NAME = 3, /* on the stop-list as a person's name: a place after "in" */
};

/* A place with the links the public struct does not show.  `pub` comes
 * first so a const struct vg_place * from the API converts back. */
struct place_rec {
    struct vg_place pub;           /* what callers see */
    const struct place_rec *up;    /* the city of a district, else the region (or
                                      city-region) a place lies in, or NULL */
    uint32_t index;                /* record number in places.tsv: ties rank by it */
    uint32_t name_off;             /* its name in g->names while loading */
    int32_t region;                /* record number of its region, or -1 */
    char cc[3];                    /* ISO code, NUL-terminated: pub.country points here */
    uint8_t weak;                  /* 1: a small town, never matched alone in text */
};

/* A slot of the open-addressing table: small, so the table stays in cache. */
struct gaz_slot {
    uint32_t hash; /* key_hash of the key */
    int32_t entry; /* index into g->entries, or -1 for an empty slot */
};

/* A distinct key. */
struct gaz_entry {
    uint32_t key_off; /* key bytes at g->keys + key_off */
    uint32_t key_len; /* key length, namespace byte included */
    int32_t head;     /* first pair in g->pairs */
};

struct gaz_pair {
    uint32_t place; /* index into g->places */
    int32_t next;   /* next pair of the same key, or -1 */
    uint8_t how;    /* enum name_how */
};

struct vg_gazetteer {
    char *names;                        /* the display names, NUL-terminated */
    size_t names_len, names_cap;        /* bytes used and allocated in names */
    struct place_rec *places;           /* every record, in file order */
    size_t n_places;                    /* records */
    char *keys;                         /* folded keys, back to back */
    size_t keys_len, keys_cap;          /* bytes used and allocated in keys */
    struct gaz_slot *slots;             /* the hash table; size is a power of two */
    size_t n_slots;                     /* table size */
    struct gaz_entry *entries;          /* the keys in the table, in order of insertion */
    size_t n_entries, entries_cap;      /* keys used and allocated */
    struct gaz_pair *pairs;             /* name-to-place pairs */
    size_t n_pairs, pairs_cap;          /* pairs used and allocated */
    const struct place_rec *by_cc[676]; /* countries by ISO code, "AA".."ZZ" */
    uint64_t *first;                    /* bitset of hashes of the first words of keys
                                           (gaz_first_word), of their Cyrillic prefixes
                                           and heads (gaz_pair_head), GAZ_FIRST_BITS bits */
    uint64_t *first_words;              /* two bits for each bit of `first` set by a key's
                                           first word, prefix or head: the most words (less
                                           one, at most GAZ_WORDS_MAX - 1) of those keys */
    int in_snapshot;                    /* names, keys, slots, entries, pairs, first and
                                           first_words point into the embedded snapshot
                                           (read only, never freed) */
};

/* Size of the first-word bitset, in bits (a power of two). */
#define GAZ_FIRST_BITS ((size_t)1 << 21)

/* The first word of a folded key's text (namespace byte left out): its
 * bytes up to the first space, hyphen, full stop or apostrophe.  Every key
 * the scanner tries for a span of text starting at a word W has the first
 * word of fold(W), unless W holds Cyrillic letters (whose case-ending
 * variants cut words short): see vg_gazetteer_find. */
static inline size_t gaz_first_word(const char *text, size_t len) {
    size_t i = 0;
    /* The four bytes that end the word are all '.' or below: a letter, a
     * digit or a byte beyond ASCII is passed after one test. */
    while (i < len && ((unsigned char)text[i] > '.' ||
                       (text[i] != ' ' && text[i] != '-' && text[i] != '.' && text[i] != '\'')))
        i++;
    return i;
}

/* The head of a folded key's text of two words or more (namespace byte
 * left out): its bytes up to the end of the first word of its second word
 * (the part after its first space, cut as gaz_first_word cuts); 0 for a
 * text of one word.  Every key the scanner tries for a span of two words
 * or more has the head of the span's fold (a possessive or full stop that
 * it drops or adds ends the second word, and only then) unless the span
 * holds Cyrillic letters: see vg_gazetteer_find. */
static inline size_t gaz_pair_head(const char *text, size_t len) {
    size_t i = 0;
    while (i < len && text[i] != ' ')
        i++;
    if (i == len)
        return 0;
    i++;
    return i + gaz_first_word(text + i, len - i);
}

/* The most words gaz_first_span, gaz_prefix_span and gaz_pair_span count:
 * a key of more words counts as this many. */
#define GAZ_WORDS_MAX 4

/* 0 when no key in the table has this first word; else the most words
 * (space-separated parts, at most GAZ_WORDS_MAX) a key with it may have:
 * no key of more words has this first word. */
size_t gaz_first_span(const struct vg_gazetteer *g, const char *word, size_t len);

/* 0 when no key in the table has a first word that starts with the first
 * three letters of this Cyrillic word (a case-ending variant keeps at least
 * three); else, as gaz_first_span, the most words such a key may have. */
size_t gaz_prefix_span(const struct vg_gazetteer *g, const char *word, size_t len);

/* 0 when no key in the table of two words or more has the head
 * text[0..len) (gaz_pair_head); else, as gaz_first_span, the most words
 * such a key may have. */
size_t gaz_pair_span(const struct vg_gazetteer *g, const char *text, size_t len);

/* Fold s[0..len) into out[1..], out[0] = ns.  Returns the key length, or 0
 * when it would not fit in `cap` bytes or folds to nothing. */
size_t gaz_fold(char ns, const char *s, size_t len, char *out, size_t cap);

/* A key folded a piece at a time, so the keys of spans that start alike
 * share the work: folding s piece by piece, the pieces cut at code-point
 * boundaries, leaves in out[0..o) what gaz_fold(ns, s, ...) makes (when o
 * is at least 2), except that white space at the end of what is folded so
 * far waits in `space` for a letter that follows it. */
struct gaz_folder {
    char *out;   /* the key: out[0] is the namespace byte */
    size_t cap;  /* bytes out holds */
    size_t o;    /* bytes of out used */
    int space;   /* white space read that becomes one space before the next letter */
    int full;    /* the fold did not fit in cap: the key is lost */
};

/* Start a key of namespace ns in out[0..cap). */
void gaz_fold_start(struct gaz_folder *f, char ns, char *out, size_t cap);

/* Fold s[0..len) onto the key.  Returns 0, or -1 (and sets f->full) when
 * it does not fit. */
int gaz_fold_more(struct gaz_folder *f, const char *s, size_t len);

/* The chain of pairs for a key, or -1. */
int32_t gaz_chain(const struct vg_gazetteer *g, const char *key, size_t key_len);

/* The best place of a chain: countries, then regions, then towns by
 * population, then districts, then regions by a name they share with a town,
 * then demonyms.  With skip_weak, small towns are passed over.  Sets
 * *demonym when the best pair is a demonym.  NULL when none qualifies. */
const struct place_rec *gaz_best(const struct vg_gazetteer *g, int32_t head, int skip_weak,
                                 int *demonym);

/* Call fn(key, key_len, ctx) for each Russian case-ending variant of a
 * folded Cyrillic name key (KEY_STEM namespace), the key's own words
 * included, until fn returns non-zero; at most `limit` combinations are
 * considered.  With a table `known`, combinations holding a word that is in
 * no stem key of it are skipped without a call (they cannot be keys).
 * Returns how many combinations were considered. */
size_t gaz_stem_variants(const struct vg_gazetteer *known, const char *key, size_t key_len,
                         size_t limit, int (*fn)(const char *, size_t, void *), void *ctx);

/* Point the public name fields of every record at g->names (once they
 * will not move again): its name, its country's and its region's. */
void gaz_link_names(struct vg_gazetteer *g);

/* Build the table from the embedded text of places.tsv and the stop-list,
 * as vg_gazetteer_load does when the binary holds no snapshot (tools/gazsnap.c
 * makes the snapshot from this).  Returns as vg_gazetteer_load. */
int gaz_load_text(struct vg_gazetteer **out, struct vg_err *err);

/* Append the snapshot of a loaded table to `out` (gazetteer_snap.c): its
 * tables as the loader built them from a places.tsv of places_len bytes
 * and a stop-list of stop_len.  Returns 0, or -1 when out is full. */
int gaz_snapshot_make(const struct vg_gazetteer *g, size_t places_len, size_t stop_len,
                      struct vg_buf *out);

/* The table of a snapshot, in a new gazetteer *out (vg_gazetteer_free).
 * Returns VG_OK; VG_EINPUT when snap is no snapshot of these structs and of
 * data of these lengths (the text is loaded instead); VG_ENOMEM. */
int gaz_snapshot_load(struct vg_str snap, size_t places_len, size_t stop_len,
                      struct vg_gazetteer **out);

/* 1 when a folded key contains Cyrillic letters. */
int gaz_has_cyrillic(const char *key, size_t key_len);

#endif
