/* Word lists: the filters' cache and the reading of a list (see
 * word_list.h). */
#include <string.h>

#include "word_list.h"
#include "banned.h"

_Thread_local struct word_filter word_list_cache[WORD_LIST_SLOTS];

int word_list_scan(const char *const *list, struct vg_str fold, uint64_t head) {
    struct word_filter *f = word_list_slot(list);
    if (f->list != list) {
        f->list = list;
        memset(f->bits, 0, sizeof f->bits);
        for (const char *const *w = list; *w; w++) {
            unsigned k = word_key(fold_head(*w, strlen(*w)));
            f->bits[k / 64] |= (uint64_t)1 << (k % 64);
        }
    }
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
