/* Calendar dates as day numbers.  A date is the count of days since
 * 1970-01-01 (negative before), so ranges compare and subtract as integers. */
#ifndef VIGIL_DATE_H
#define VIGIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

#include "vigil/str.h"

#define VG_NO_DATE INT32_MIN /* no date known */

/* A closed range of days; from == to for a single day; both VG_NO_DATE
 * when unknown. */
struct vg_when {
    int32_t from; /* first day */
    int32_t to;   /* last day, >= from */
};

#define VG_WHEN_NONE ((struct vg_when){VG_NO_DATE, VG_NO_DATE})

/* Day number of a civil date, or VG_NO_DATE when the date does not exist. */
int32_t vg_date_from_ymd(int year, int month, int day);

/* Civil date of a day number. */
void vg_date_to_ymd(int32_t day, int *year, int *month, int *mday);

/* 0 = Monday ... 6 = Sunday. */
int vg_date_weekday(int32_t day);

/* Days in a month (1-12) of a year. */
int vg_date_month_days(int year, int month);

/* Parse exactly "YYYY-MM-DD"; VG_NO_DATE if it is not a valid date. */
int32_t vg_date_parse_iso(struct vg_str s);

/* Write "YYYY-MM-DD" and a NUL into out (11 bytes). */
void vg_date_format(int32_t day, char out[11]);

/* Write "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" and a NUL (22 bytes);
 * writes "" when w is unknown. */
void vg_when_format(struct vg_when w, char out[22]);

static inline bool vg_when_known(struct vg_when w) { return w.from != VG_NO_DATE; }

#endif
