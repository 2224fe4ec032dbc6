/* Word lists: the filters' cache and the reading of a list (see
 * word_list.h). */
#include <string.h>

#include "word_list.h"
#include "banned.h"

_Thread_local struct word_filter word_list_cache[WORD_LIST_SLOTS];

/* The filter of the list: in its own slot, or when another list holds
 * that slot, in the first slot after it that holds the list or is free
 * (built there on first use).  A list never loses its filter to another,
 * so two hot lists that share a slot do not rebuild each other's filters
 * at every test; one of them takes this call at each test instead.  Only
 * when every slot is taken (more lists than slots) is a slot rebuilt. */
static struct word_filter *list_filter(const char *const *list) {
    struct word_filter *home = word_list_slot(list), *f = home;
    for (size_t n = 0; n < WORD_LIST_SLOTS; n++) {
        if (f->list == list)
            return f;
        if (!f->list)
            break;
        f = f + 1 < word_list_cache + WORD_LIST_SLOTS ? f + 1 : word_list_cache;
    }
    if (f->list)
        f = home; /* no slot free */
    f->list = list;
    memset(f->bits, 0, sizeof f->bits);
    for (const char *const *w = list; *w; w++) {
        unsigned k = word_key(fold_head(*w, strlen(*w)));
        f->bits[k / 64] |= (uint64_t)1 << (k % 64);
    }
    return f;
}

int word_list_scan(const char *const *list, struct vg_str fold, uint64_t head) {
    const struct word_filter *f = list_filter(list);
    unsigned k = word_key(head);
    if (!((f->bits[k / 64] >> (k % 64)) & 1))
        return 0;
    for (; *list; list++) {
        const char *w = *list;
        if (w[0] != fold.ptr[0])
            continue;
        /* The rest, without a strlen: w ends at its NUL (w[0], equal to a
         * byte of fold, is no NUL). */
        size_t i = 1;
        while (i < fold.len && w[i] && w[i] == fold.ptr[i])
            i++;
        if (i == fold.len && !w[i])
            return 1;
    }
    return 0;
}

const char *const word_list_months[] = {"january", "february", "march", "april", "may",
                                        "june", "july", "august", "september", "october",
                                        "november", "december", NULL};
