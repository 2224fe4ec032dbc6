/* Private to src/ingest: the two stages of ingesting one report, so that
 * the pipeline (pipe.c) can run the first on a worker thread while the
 * caller's thread runs the second against the store.
 *
 * Stage one (ingest_prepare) needs only the text and the extractor: it
 * hashes, extracts and fingerprints, touching nothing shared but the
 * read-only extractor, so it may run on any thread.  Stage two
 * (ingest_store) needs the store: de-duplication, reuse matching against
 * the reports stored before, and the write; it runs where the store's
 * transaction is. */
#ifndef VIGIL_INGEST_INT_H
#define VIGIL_INGEST_INT_H

#include "vigil/arena.h"
#include "vigil/extract.h"
#include "vigil/ingest.h"
#include "vigil/reuse.h"

/* A report prepared for storage: everything that depends on its text
 * alone.  Lives in the arena given to ingest_prepare. */
struct ingest_prep {
    const struct vg_ingest_doc *doc; /* the report (borrowed) */
    unsigned char sha256[32];        /* SHA-256 of doc->text */
    int rc;                          /* VG_OK, or why preparing failed */
    int rc_extract;                  /* 1: rc came from vg_extract */
    struct vg_report *report;        /* the extraction, when rc is VG_OK */
    struct vg_word *words;           /* the text's words (reuse detection) */
    size_t n_words;
    struct vg_fp *fps; /* its winnowed fingerprints, in order of position */
    size_t n_fps;
};

/* Stage one: hash d->text, extract its figures and fingerprint it, into
 * arena a (d must outlive *p).  A failure (out of memory, too many figures)
 * is kept in p->rc and reported by ingest_store after the duplicate check,
 * where vg_ingest_doc has always reported it.  Thread-safe for distinct
 * arenas and preps. */
void ingest_prepare(const struct vg_extractor *x, struct vg_arena *a,
                    const struct vg_ingest_doc *d, struct ingest_prep *p);

/* Stage two: store a prepared report through g, as vg_ingest_doc. */
int ingest_store(struct vg_ingester *g, const struct ingest_prep *p, struct vg_ingest_result *res,
                 struct vg_err *err);

/* The extractor g was made with. */
const struct vg_extractor *ingest_extractor(const struct vg_ingester *g);

/* The store g writes to (borrowed). */
struct vg_store *ingest_store_of(const struct vg_ingester *g);

#endif
