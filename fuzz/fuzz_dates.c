/* libFuzzer target for the date finder (src/extract/dates.c): the input is
 * a sentence, read with and without a publication date, in each language,
 * and as the head of a report for dates_dateline.  The text sits in a heap
 * block of exactly its size, so AddressSanitizer catches any read past
 * `len`; the target aborts when a hit breaks the contract of dates.h
 * (offsets inside the text and in order, from <= to). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const char *s, size_t len, int32_t pub, const char *lang) {
    struct date_hit out[64];
    size_t n = dates_find(s, len, pub, lang, out, 64);
    if (n > 64)
        abort();
    size_t last_end = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i].start >= out[i].end || out[i].end > len || out[i].start < last_end)
            abort();
        if (!vg_when_known(out[i].when) || out[i].when.from > out[i].when.to)
            abort();
        if (out[i].kind < DATE_DAY || out[i].kind > DATE_SINCE)
            abort();
        last_end = out[i].end;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *s = malloc(size ? size : 1);
    if (!s)
        return 0;
    if (size)
        memcpy(s, data, size);
    int32_t pubs[] = {vg_date_from_ymd(2022, 1, 12), vg_date_from_ymd(2024, 3, 1), VG_NO_DATE};
    const char *langs[] = {"en", "ru", NULL};
    for (size_t p = 0; p < sizeof pubs / sizeof pubs[0]; p++)
        for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++)
            check(s, size, pubs[p], langs[l]);
    (void)dates_dateline(s, size, 2022);
    (void)dates_dateline(s, size, 0);
    free(s);
    return 0;
}
