/* The ordered parallel loop (see parallel.h).
 *
 * Workers take the next item from a shared counter, `claimed`; the caller's
 * thread emits the items in order, counting them in `emitted`.  Item i
 * keeps its result in slot i % n_slots, and a worker may claim item i only
 * when i < emitted + n_slots, that is once the item that last used the slot
 * has been emitted: so at most n_slots items are in flight (claimed and not
 * emitted), which bounds the memory their results hold, and a slot is
 * never in two hands.  A slow item holds the window back; the others wait
 * for it rather than pile up.
 *
 * `done[s]` says that slot s holds the result of the item the caller waits
 * for next there.  Every counter and flag is read and written under `mu`;
 * the work and the emitting happen outside it, so the lock is held only
 * for a few instructions per item (an item is a whole report, milliseconds
 * of work).  The lock also orders each hand-over: what a worker wrote in a
 * slot before setting done is seen by the caller after it reads done, and
 * what the caller did with a slot before raising `emitted` is seen by the
 * worker that claims the slot next.
 *
 * With one worker (or none started), the caller works and emits each item
 * in turn with worker 0 and slot 0: no thread, no lock, the sequential
 * loop itself. */
#define _GNU_SOURCE /* pthread_setname_np */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "parallel.h"

struct pool {
    const struct par_loop *loop; /* what to do */
    size_t claimed;              /* items handed to a worker; guarded by mu */
    size_t emitted;              /* items emitted; guarded by mu */
    unsigned char *done;         /* per slot: its result is ready; guarded by mu */
    pthread_mutex_t mu;          /* guards the above */
    pthread_cond_t has_room;     /* emitted grew, or every item is claimed */
    pthread_cond_t has_result;   /* the item the caller waits for is done */
};

/* A worker's start: the pool and the worker's number. */
struct worker {
    struct pool *pool; /* shared */
    unsigned id;       /* 0..n_threads-1: which worker state to use */
    pthread_t thread;  /* the thread, once started */
};

static void *work(void *arg) {
    struct worker *w = arg;
    struct pool *p = w->pool;
    const struct par_loop *l = p->loop;
#ifdef __GLIBC__
    pthread_setname_np(pthread_self(), "vigil-worker"); /* for top and perf */
#endif
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->claimed < l->n_items && p->claimed >= p->emitted + l->n_slots)
            pthread_cond_wait(&p->has_room, &p->mu);
        if (p->claimed == l->n_items)
            break;
        size_t item = p->claimed++;
        size_t slot = item % l->n_slots;
        pthread_mutex_unlock(&p->mu);
        l->work(l->ctx, w->id, item, slot);
        pthread_mutex_lock(&p->mu);
        p->done[slot] = 1;
        /* The caller waits only for item `emitted`; it finds any other
         * result done when it gets there. */
        if (item == p->emitted)
            pthread_cond_signal(&p->has_result);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* The caller's side: emit every item in order as its result comes. */
static void emit_all(struct pool *p) {
    const struct par_loop *l = p->loop;
    for (size_t item = 0; item < l->n_items; item++) {
        size_t slot = item % l->n_slots;
        pthread_mutex_lock(&p->mu);
        while (!p->done[slot])
            pthread_cond_wait(&p->has_result, &p->mu);
        pthread_mutex_unlock(&p->mu);
        l->emit(l->ctx, item, slot);
        pthread_mutex_lock(&p->mu);
        p->done[slot] = 0;
        p->emitted++;
        /* A broadcast, not a signal: when the last items are claimed the
         * workers still waiting must all wake to see there is no more. */
        pthread_cond_broadcast(&p->has_room);
        pthread_mutex_unlock(&p->mu);
    }
}

static void run_inline(const struct par_loop *l) {
    for (size_t item = 0; item < l->n_items; item++) {
        l->work(l->ctx, 0, item, 0);
        l->emit(l->ctx, item, 0);
    }
}

unsigned par_default_threads(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > PAR_DEFAULT_MAX ? PAR_DEFAULT_MAX : (unsigned)n;
}

int par_run(const struct par_loop *l) {
    unsigned n_threads = l->n_threads;
    if (n_threads > l->n_items)
        n_threads = (unsigned)l->n_items; /* an idle worker helps nobody */
    if (n_threads <= 1 || l->n_slots < n_threads) {
        run_inline(l);
        return 0;
    }
    struct pool p = {.loop = l};
    struct worker *w = calloc(n_threads, sizeof *w);
    p.done = calloc(l->n_slots, 1);
    if (!w || !p.done) {
        free(w);
        free(p.done);
        return -1;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.has_room, NULL);
    pthread_cond_init(&p.has_result, NULL);
    unsigned started = 0;
    for (unsigned i = 0; i < n_threads; i++) {
        w[started].pool = &p;
        w[started].id = started;
        if (pthread_create(&w[started].thread, NULL, work, &w[started]) == 0)
            started++;
    }
    if (started)
        emit_all(&p);
    else
        run_inline(l);
    for (unsigned i = 0; i < started; i++)
        pthread_join(w[i].thread, NULL);
    pthread_cond_destroy(&p.has_result);
    pthread_cond_destroy(&p.has_room);
    pthread_mutex_destroy(&p.mu);
    free(p.done);
    free(w);
    return 0;
}
