/* An ordered parallel loop for the subcommands: items 0..n-1 are worked on
 * by several threads, and their results are handed on by the caller's
 * thread strictly in item order, so that what a command prints is the same
 * for any number of threads.  `vigil extract` uses it to extract reports on
 * every core while writing them one after another. */
#ifndef VIGIL_CLI_PARALLEL_H
#define VIGIL_CLI_PARALLEL_H

#include <stddef.h>

/* Most threads a command starts by default, however many cores there are. */
#define PAR_DEFAULT_MAX 8

/* The work to share.  The caller owns the state of each worker (indexed
 * 0..n_threads-1) and of each slot (0..n_slots-1) and reaches them through
 * ctx: par_run only says which worker and which slot to use. */
struct par_loop {
    size_t n_items;   /* items 0..n_items-1 */
    unsigned n_threads; /* workers; 0 or 1: everything on the caller's thread */
    size_t n_slots;   /* results held at once, the window; >= n_threads */
    /* On a worker thread (or the caller's when there is one worker): do
     * item `item` with the worker's own state, and leave its result in
     * slot `slot`.  No other thread touches that slot meanwhile. */
    void (*work)(void *ctx, unsigned worker, size_t item, size_t slot);
    /* On the caller's thread, once for each item, in increasing order:
     * hand on the result in `slot` (print it).  The slot is given to
     * another item only after emit returns. */
    void (*emit)(void *ctx, size_t item, size_t slot);
    void *ctx; /* passed to work and emit */
};

/* The number of threads to use when the person did not say: the online
 * processors, at most PAR_DEFAULT_MAX, at least 1. */
unsigned par_default_threads(void);

/* Run the loop: every item is worked on once and emitted once, in order.
 * When threads cannot be started (or fewer than asked), the ones that did
 * start share the work, and with none the caller does it all.  Returns
 * when every item is emitted; 0, or -1 when the bookkeeping could not be
 * allocated (then nothing was done). */
int par_run(const struct par_loop *loop);

#endif
