/* The gazetteer: place names (countries, regions, cities, districts) with
 * their English names, alternative names in other languages and scripts,
 * and what contains what.  Built from GeoNames data (see data/gazetteer/)
 * and embedded in the binary.  Read-only after loading; threads may share it. */
#ifndef VIGIL_GAZETTEER_H
#define VIGIL_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/err.h"
#include "vigil/str.h"

enum vg_place_kind {
    VG_PLACE_COUNTRY = 1,
    VG_PLACE_REGION,   /* first-level division: "Krasnodar Krai", "Mangystau Region" */
    VG_PLACE_CITY,
    VG_PLACE_DISTRICT, /* part of a city */
};

struct vg_place {
    const char *name;         /* the gazetteer's English name: "Almaty" */
    const char *country;      /* ISO 3166-1 alpha-2: "KZ" */
    const char *country_name; /* English name of the country: "Kazakhstan" */
    const char *region;       /* English name of its region, or NULL */
    enum vg_place_kind kind;  /* country, region, city, district */
    uint32_t population;      /* 0 when unknown */
    uint32_t id;              /* GeoNames id, or 0 for entries of our own */
};

/* A place name found in text. */
struct vg_place_hit {
    size_t start;                 /* byte offset of the name in the text passed */
    size_t end;                   /* one past its last byte */
    const struct vg_place *place; /* what it names */
    int demonym;                  /* 1 when the text used an adjective ("Kenyan") */
};

struct vg_gazetteer;

/* Load the embedded gazetteer.  Returns VG_OK and *out, or a code with the
 * reason in err.  Free with vg_gazetteer_free. */
int vg_gazetteer_load(struct vg_gazetteer **out, struct vg_err *err);
void vg_gazetteer_free(struct vg_gazetteer *g);

/* Find the place names in s[0..len): capitalised names (any script) that the
 * gazetteer knows, longest match first, skipping common words that are also
 * small towns.  Writes at most `max` hits in order of position. */
size_t vg_gazetteer_find(const struct vg_gazetteer *g, const char *s, size_t len,
                         struct vg_place_hit *out, size_t max);

/* The place a name denotes (any of its names, case-insensitive), preferring
 * countries, then regions, then the most populous city; NULL if unknown. */
const struct vg_place *vg_gazetteer_lookup(const struct vg_gazetteer *g, struct vg_str name);

/* The place of this name that lies inside `outer` (not `outer` itself):
 * "Punjab" inside Pakistan, where vg_gazetteer_lookup prefers India's;
 * NULL if none. */
const struct vg_place *vg_gazetteer_lookup_in(const struct vg_gazetteer *g, struct vg_str name,
                                              const struct vg_place *outer);

/* The country with this ISO code, or NULL. */
const struct vg_place *vg_gazetteer_country(const struct vg_gazetteer *g, const char *iso2);

/* 1 when a and b are names of the same place ("Uralsk" and "Oral"). */
int vg_gazetteer_same_place(const struct vg_gazetteer *g, struct vg_str a, struct vg_str b);

/* 1 when `inner` lies in `outer` (a city in its country or region), or is it. */
int vg_gazetteer_contains(const struct vg_place *outer, const struct vg_place *inner);

/* How many places (countries, regions, cities, districts) the gazetteer holds. */
size_t vg_gazetteer_count(const struct vg_gazetteer *g);

#endif
