/* libFuzzer target: the HTML reader (vg_html_text) on arbitrary bytes.  It
 * must not crash, leak or read out of bounds, and the text it returns must
 * be valid to hand to the extractor (no NUL inside). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vigil/buf.h"
#include "vigil/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct vg_buf text, title;
    vg_buf_init(&text, 1 << 24);
    vg_buf_init(&title, 1 << 16);
    struct vg_err err;
    vg_err_clear(&err);
    int32_t pub;
    if (vg_html_text((const char *)data, size, &text, &title, &pub, &err) == VG_OK && text.len &&
        memchr(text.ptr, '\0', text.len))
        __builtin_trap();
    (void)vg_ingest_format("x", (const char *)data, size);
    vg_buf_release(&text);
    vg_buf_release(&title);
    return 0;
}
