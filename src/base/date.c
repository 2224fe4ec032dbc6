/* Civil-date arithmetic on day numbers (Howard Hinnant's algorithms). */
#include "vigil/date.h"
#include "banned.h"

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int vg_date_month_days(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return days[month - 1] + (month == 2 && is_leap(year));
}

int32_t vg_date_from_ymd(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > vg_date_month_days(y, m))
        return VG_NO_DATE;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void vg_date_to_ymd(int32_t z, int *year, int *month, int *mday) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp + (mp < 10 ? 3 : -9);
    *year = y + (m <= 2);
    *month = m;
    *mday = d;
}

int vg_date_weekday(int32_t day) {
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    int w = (int)((day % 7 + 7) % 7);
    return (w + 3) % 7;
}

static int digits(struct vg_str s, size_t at, size_t n, int *out) {
    int v = 0;
    for (size_t i = at; i < at + n; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return -1;
        v = v * 10 + (s.ptr[i] - '0');
    }
    *out = v;
    return 0;
}

int32_t vg_date_parse_iso(struct vg_str s) {
    int y, m, d;
    if (s.len != 10 || s.ptr[4] != '-' || s.ptr[7] != '-')
        return VG_NO_DATE;
    if (digits(s, 0, 4, &y) || digits(s, 5, 2, &m) || digits(s, 8, 2, &d))
        return VG_NO_DATE;
    return vg_date_from_ymd(y, m, d);
}

void vg_date_format(int32_t day, char out[11]) {
    int y, m, d;
    if (day == VG_NO_DATE) {
        out[0] = '\0';
        return;
    }
    vg_date_to_ymd(day, &y, &m, &d);
    unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)d % 100u;
    out[0] = (char)('0' + uy / 1000);
    out[1] = (char)('0' + uy / 100 % 10);
    out[2] = (char)('0' + uy / 10 % 10);
    out[3] = (char)('0' + uy % 10);
    out[4] = '-';
    out[5] = (char)('0' + um / 10);
    out[6] = (char)('0' + um % 10);
    out[7] = '-';
    out[8] = (char)('0' + ud / 10);
    out[9] = (char)('0' + ud % 10);
    out[10] = '\0';
}

void vg_when_format(struct vg_when w, char out[22]) {
    if (!vg_when_known(w)) {
        out[0] = '\0';
        return;
    }
    vg_date_format(w.from, out);
    if (w.to != w.from && w.to != VG_NO_DATE) {
        out[10] = '/';
        vg_date_format(w.to, out + 11);
    }
}
