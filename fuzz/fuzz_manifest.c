/* libFuzzer target for manifests (vg_manifest_load): arbitrary bytes are
 * written to an anonymous in-memory file (memfd) whose /proc/self/fd path is
 * handed to the loader, then a few lookups run on whatever loaded.  Errors
 * must come back as codes with a message, never as a crash or a leak. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "vigil/date.h"
#include "vigil/manifest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fd = -1; /* one memfd reused for every input */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (fd < 0) {
        fd = memfd_create("fuzz_manifest", 0);
        if (fd < 0) {
            perror("fuzz_manifest: memfd_create");
            abort();
        }
    }
    if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
        abort();
    for (size_t off = 0; off < size;) {
        ssize_t n = write(fd, data + off, size - off);
        if (n <= 0)
            abort();
        off += (size_t)n;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);

    struct vg_err err;
    vg_err_clear(&err);
    struct vg_manifest *m = NULL;
    int rc = vg_manifest_load(path, &m, &err);
    if (rc == VG_OK) {
        if (!m)
            abort();
        static const char *const names[] = {"a.txt", "dir/a.txt", "", "report.txt", "x"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            struct vg_manifest_entry e;
            if (vg_manifest_get(m, names[i], &e)) {
                char day[11];
                if (e.published != VG_NO_DATE)
                    vg_date_format(e.published, day);
                if (e.publisher && strlen(e.publisher) > size)
                    abort();
            }
        }
        vg_manifest_free(m);
    } else {
        if (m || err.code != rc || err.msg[0] == '\0')
            abort();
    }
    return 0;
}
