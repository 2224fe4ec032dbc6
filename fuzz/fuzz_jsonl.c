/* libFuzzer target: the JSON Lines batch reader (vg_jsonl_next) on
 * arbitrary bytes, and the reuse tokenizer and winnowing on each report
 * text it yields.  Errors must name a line within the input. */
#include <stddef.h>
#include <stdint.h>

#include "vigil/arena.h"
#include "vigil/ingest.h"
#include "vigil/reuse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vg_jsonl r;
    struct vg_jsonl_item it;
    struct vg_err err;
    vg_err_clear(&err);
    struct vg_arena a;
    vg_arena_init(&a, 1 << 26);
    vg_jsonl_init(&r, "fuzz.jsonl", (const char *)data, size);
    int got;
    while ((got = vg_jsonl_next(&r, &it, &err)) == 1) {
        struct vg_word *w;
        size_t n, nfp;
        struct vg_fp *fp;
        vg_arena_reset(&a);
        if (vg_reuse_words(&a, it.text, &w, &n) == 0) {
            for (size_t i = 0; i < n; i++)
                if (w[i].start >= w[i].end || w[i].end > it.text.len)
                    __builtin_trap();
            (void)vg_reuse_fingerprints(&a, w, n, VG_REUSE_K, VG_REUSE_W, &fp, &nfp);
        }
    }
    if (got < 0 && (err.line < 1 || (size_t)err.line > size + 1))
        __builtin_trap();
    vg_jsonl_release(&r);
    vg_arena_release(&a);
    return 0;
}
