/* The lexer of the date finder: cuts text into words, digit runs and
 * punctuation, and looks words up, case-folded (ASCII and Cyrillic, ё as
 * е), in one table of months, weekdays and the function words the
 * patterns in dates.c need.  Reads no byte at or past the length it is
 * given, and copes with invalid UTF-8 (a stray byte is punctuation). */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_lex.h"
#include "extract/token.h"
#include "banned.h"

struct lex {
    const char *w;       /* the folded form: lower case, ё as е */
    unsigned char len;   /* its length in bytes */
    unsigned char cls;   /* enum lex_class */
    signed char val;     /* month, weekday, key or number, by class */
    unsigned char flags; /* enum lex_flag */
};

/* Sorted by bytes (memcmp, then length), which dates_selftest() checks: the
 * order keeps duplicates out and the table easy to read.  lookup() finds
 * words through a hash table built from it.  Keep it sorted when adding. */
static const struct lex LEXICON[] = {
    {"a", 1, C_NUMW, 1, F_EN},
    {"accord", 6, C_NOUN, 0, F_EN},
    {"afternoon", 9, C_KEY, K_PART, F_EN},
    {"again", 5, C_VERB, 0, F_EN},
    {"ago", 3, C_KEY, K_AGO, F_EN},
    {"agreement", 9, C_NOUN, 0, F_EN},
    {"amendment", 9, C_NOUN, 0, F_EN},
    {"amendments", 10, C_NOUN, 0, F_EN},
    {"an", 2, C_NUMW, 1, F_EN},
    {"and", 3, C_KEY, K_AND, F_EN},
    {"apr", 3, C_MONTH, 4, F_EN|F_ABBR},
    {"april", 5, C_MONTH, 4, F_EN},
    {"at", 2, C_KEY, K_AT, F_EN},
    {"aug", 3, C_MONTH, 8, F_EN|F_ABBR},
    {"august", 6, C_MONTH, 8, F_EN},
    {"before", 6, C_KEY, K_BEFORE, F_EN},
    {"began", 5, C_VERB, 0, F_EN},
    {"beginning", 9, C_KEY, K_START, F_EN},
    {"between", 7, C_KEY, K_BETWEEN, F_EN},
    {"broadcast", 9, C_CUE, 0, F_EN},
    {"brought", 7, C_VERB, 0, F_EN},
    {"budget", 6, C_NOUN, 0, F_EN},
    {"by", 2, C_KEY, K_BY, F_EN},
    {"came", 4, C_VERB, 0, F_EN},
    {"caught", 6, C_VERB, 0, F_EN},
    {"census", 6, C_NOUN, 0, F_EN},
    {"constitution", 12, C_NOUN, 0, F_EN},
    {"crackdown", 9, C_NOUN, 0, F_EN},
    {"crisis", 6, C_NOUN, 0, F_EN},
    {"data", 4, C_NOUN, 0, F_EN},
    {"date", 4, C_CUE, 0, F_EN},
    {"day", 3, C_KEY, K_DAY, F_EN},
    {"days", 4, C_KEY, K_DAY, F_EN},
    {"deal", 4, C_NOUN, 0, F_EN},
    {"dec", 3, C_MONTH, 12, F_EN|F_ABBR},
    {"december", 8, C_MONTH, 12, F_EN},
    {"died", 4, C_VERB, 0, F_EN},
    {"during", 6, C_KEY, K_DURING, F_EN},
    {"earlier", 7, C_KEY, K_EARLIER, F_EN},
    {"early", 5, C_KEY, K_EARLY, F_EN},
    {"earthquake", 10, C_NOUN, 0, F_EN},
    {"edition", 7, C_NOUN, 0, F_EN},
    {"eight", 5, C_NUMW, 8, F_EN},
    {"election", 8, C_NOUN, 0, F_EN},
    {"elections", 9, C_NOUN, 0, F_EN},
    {"evening", 7, C_KEY, K_PART, F_EN},
    {"feb", 3, C_MONTH, 2, F_EN|F_ABBR},
    {"february", 8, C_MONTH, 2, F_EN},
    {"fell", 4, C_VERB, 0, F_EN},
    {"figure", 6, C_NOUN, 0, F_EN},
    {"figures", 7, C_NOUN, 0, F_EN},
    {"five", 4, C_NUMW, 5, F_EN},
    {"floods", 6, C_NOUN, 0, F_EN},
    {"fought", 6, C_VERB, 0, F_EN},
    {"four", 4, C_NUMW, 4, F_EN},
    {"friday", 6, C_WDAY, 4, F_EN},
    {"from", 4, C_KEY, K_FROM, F_EN},
    {"games", 5, C_NOUN, 0, F_EN},
    {"gave", 4, C_VERB, 0, F_EN},
    {"general", 7, C_NOUN, 0, F_EN},
    {"held", 4, C_VERB, 0, F_EN},
    {"hit", 3, C_VERB, 0, F_EN},
    {"hour", 4, C_KEY, K_HOURS, F_EN},
    {"hours", 5, C_KEY, K_HOURS, F_EN},
    {"hrs", 3, C_KEY, K_HOURS, F_EN},
    {"in", 2, C_KEY, K_IN, F_EN},
    {"jan", 3, C_MONTH, 1, F_EN|F_ABBR},
    {"january", 7, C_MONTH, 1, F_EN},
    {"jul", 3, C_MONTH, 7, F_EN|F_ABBR},
    {"july", 4, C_MONTH, 7, F_EN},
    {"jun", 3, C_MONTH, 6, F_EN|F_ABBR},
    {"june", 4, C_MONTH, 6, F_EN},
    {"kept", 4, C_VERB, 0, F_EN},
    {"last", 4, C_KEY, K_LAST, F_EN},
    {"late", 4, C_KEY, K_LATE, F_EN},
    {"later", 5, C_VERB, 0, F_EN},
    {"law", 3, C_NOUN, 0, F_EN},
    {"laws", 4, C_NOUN, 0, F_EN},
    {"local", 5, C_NOUN, 0, F_EN},
    {"mar", 3, C_MONTH, 3, F_EN|F_ABBR|F_CAP},
    {"march", 5, C_MONTH, 3, F_EN|F_CAP},
    {"may", 3, C_MONTH, 5, F_EN|F_CAP},
    {"met", 3, C_VERB, 0, F_EN},
    {"mid", 3, C_KEY, K_MID, F_EN},
    {"monday", 6, C_WDAY, 0, F_EN},
    {"month", 5, C_KEY, K_MONTH, F_EN},
    {"months", 6, C_KEY, K_MONTH, F_EN},
    {"morning", 7, C_KEY, K_PART, F_EN},
    {"movement", 8, C_NOUN, 0, F_EN},
    {"nd", 2, C_KEY, K_ORD, F_EN},
    {"night", 5, C_KEY, K_NIGHT, F_EN},
    {"nine", 4, C_NUMW, 9, F_EN},
    {"nov", 3, C_MONTH, 11, F_EN|F_ABBR},
    {"november", 8, C_MONTH, 11, F_EN},
    {"oct", 3, C_MONTH, 10, F_EN|F_ABBR},
    {"october", 7, C_MONTH, 10, F_EN},
    {"of", 2, C_KEY, K_OF, F_EN},
    {"olympics", 8, C_NOUN, 0, F_EN},
    {"on", 2, C_KEY, K_ON, F_EN},
    {"one", 3, C_NUMW, 1, F_EN},
    {"over", 4, C_KEY, K_OVER, F_EN},
    {"overnight", 9, C_KEY, K_OVERNIGHT, F_EN},
    {"parliamentary", 13, C_NOUN, 0, F_EN},
    {"past", 4, C_KEY, K_PAST, F_EN},
    {"posted", 6, C_CUE, 0, F_EN},
    {"presidential", 12, C_NOUN, 0, F_EN},
    {"protest", 7, C_NOUN, 0, F_EN},
    {"protests", 8, C_NOUN, 0, F_EN},
    {"published", 9, C_CUE, 0, F_EN},
    {"put", 3, C_VERB, 0, F_EN},
    {"rd", 2, C_KEY, K_ORD, F_EN},
    {"referendum", 10, C_NOUN, 0, F_EN},
    {"reform", 6, C_NOUN, 0, F_EN},
    {"reforms", 7, C_NOUN, 0, F_EN},
    {"report", 6, C_NOUN, 0, F_EN},
    {"reports", 7, C_NOUN, 0, F_EN},
    {"revolution", 10, C_NOUN, 0, F_EN},
    {"riot", 4, C_NOUN, 0, F_EN},
    {"riots", 5, C_NOUN, 0, F_EN},
    {"rose", 4, C_VERB, 0, F_EN},
    {"said", 4, C_VERB, 0, F_EN},
    {"saturday", 8, C_WDAY, 5, F_EN},
    {"saw", 3, C_VERB, 0, F_EN},
    {"say", 3, C_VERB, 0, F_EN},
    {"says", 4, C_VERB, 0, F_EN},
    {"season", 6, C_NOUN, 0, F_EN},
    {"sent", 4, C_VERB, 0, F_EN},
    {"sep", 3, C_MONTH, 9, F_EN|F_ABBR},
    {"sept", 4, C_MONTH, 9, F_EN|F_ABBR},
    {"september", 9, C_MONTH, 9, F_EN},
    {"seven", 5, C_NUMW, 7, F_EN},
    {"shot", 4, C_VERB, 0, F_EN},
    {"since", 5, C_KEY, K_SINCE, F_EN},
    {"six", 3, C_NUMW, 6, F_EN},
    {"st", 2, C_KEY, K_ORD, F_EN},
    {"start", 5, C_KEY, K_START, F_EN},
    {"strike", 6, C_NOUN, 0, F_EN},
    {"strikes", 7, C_NOUN, 0, F_EN},
    {"struck", 6, C_VERB, 0, F_EN},
    {"study", 5, C_NOUN, 0, F_EN},
    {"sunday", 6, C_WDAY, 6, F_EN},
    {"survey", 6, C_NOUN, 0, F_EN},
    {"ten", 3, C_NUMW, 10, F_EN},
    {"th", 2, C_KEY, K_ORD, F_EN},
    {"the", 3, C_KEY, K_THE, F_EN},
    {"this", 4, C_KEY, K_THIS, F_EN},
    {"three", 5, C_NUMW, 3, F_EN},
    {"through", 7, C_KEY, K_TO, F_EN},
    {"thru", 4, C_KEY, K_TO, F_EN},
    {"thursday", 8, C_WDAY, 3, F_EN},
    {"till", 4, C_KEY, K_TO, F_EN},
    {"to", 2, C_KEY, K_TO, F_EN},
    {"today", 5, C_KEY, K_TODAY, F_EN},
    {"told", 4, C_VERB, 0, F_EN},
    {"tonight", 7, C_KEY, K_TONIGHT, F_EN},
    {"took", 4, C_VERB, 0, F_EN},
    {"tuesday", 7, C_WDAY, 1, F_EN},
    {"two", 3, C_NUMW, 2, F_EN},
    {"unrest", 6, C_NOUN, 0, F_EN},
    {"until", 5, C_KEY, K_TO, F_EN},
    {"updated", 7, C_CUEUPD, 0, F_EN},
    {"uprising", 8, C_NOUN, 0, F_EN},
    {"vote", 4, C_NOUN, 0, F_EN},
    {"war", 3, C_NOUN, 0, F_EN},
    {"was", 3, C_VERB, 0, F_EN},
    {"wednesday", 9, C_WDAY, 2, F_EN},
    {"week", 4, C_KEY, K_WEEK, F_EN},
    {"weekend", 7, C_KEY, K_WEEKEND, F_EN},
    {"weeks", 5, C_KEY, K_WEEK, F_EN},
    {"went", 4, C_VERB, 0, F_EN},
    {"were", 4, C_VERB, 0, F_EN},
    {"within", 6, C_KEY, K_DURING, F_EN},
    {"year", 4, C_KEY, K_YEAR, F_EN},
    {"years", 5, C_KEY, K_YEAR, F_EN},
    {"yesterday", 9, C_KEY, K_YESTERDAY, F_EN},
    {"август", 12, C_MONTH, 8, F_RU},
    {"августа", 14, C_MONTH, 8, F_RU},
    {"августе", 14, C_MONTH, 8, F_RU},
    {"августом", 16, C_MONTH, 8, F_RU},
    {"августу", 14, C_MONTH, 8, F_RU},
    {"апреле", 12, C_MONTH, 4, F_RU},
    {"апрелем", 14, C_MONTH, 4, F_RU},
    {"апрель", 12, C_MONTH, 4, F_RU},
    {"апрелю", 12, C_MONTH, 4, F_RU},
    {"апреля", 12, C_MONTH, 4, F_RU},
    {"в", 2, C_KEY, K_V, F_RU},
    {"вечером", 14, C_KEY, K_PART, F_RU},
    {"во", 4, C_KEY, K_V, F_RU},
    {"воскресенье", 22, C_WDAY, 6, F_RU},
    {"воскресенью", 22, C_WDAY, 6, F_RU},
    {"воскресенья", 22, C_WDAY, 6, F_RU},
    {"вторник", 14, C_WDAY, 1, F_RU},
    {"вторника", 16, C_WDAY, 1, F_RU},
    {"вторнике", 16, C_WDAY, 1, F_RU},
    {"вторнику", 16, C_WDAY, 1, F_RU},
    {"вчера", 10, C_KEY, K_YESTERDAY, F_RU},
    {"выходные", 16, C_KEY, K_WEEKEND, F_RU},
    {"выходных", 16, C_KEY, K_WEEKEND, F_RU},
    {"г", 2, C_KEY, K_G, F_RU},
    {"го", 4, C_KEY, K_GO, F_RU},
    {"год", 6, C_KEY, K_YEAR, F_RU},
    {"года", 8, C_KEY, K_YEAR, F_RU},
    {"году", 8, C_KEY, K_YEAR, F_RU},
    {"дата", 8, C_CUE, 0, F_RU},
    {"декабре", 14, C_MONTH, 12, F_RU},
    {"декабрем", 16, C_MONTH, 12, F_RU},
    {"декабрь", 14, C_MONTH, 12, F_RU},
    {"декабрю", 14, C_MONTH, 12, F_RU},
    {"декабря", 14, C_MONTH, 12, F_RU},
    {"день", 8, C_KEY, K_DEN, F_RU},
    {"дней", 8, C_KEY, K_DAY, F_RU},
    {"днем", 8, C_KEY, K_PART, F_RU},
    {"дня", 6, C_KEY, K_DAY, F_RU},
    {"до", 4, C_KEY, K_DO, F_RU},
    {"за", 4, C_KEY, K_ZA, F_RU},
    {"и", 2, C_KEY, K_AND, F_RU},
    {"июле", 8, C_MONTH, 7, F_RU},
    {"июлем", 10, C_MONTH, 7, F_RU},
    {"июль", 8, C_MONTH, 7, F_RU},
    {"июлю", 8, C_MONTH, 7, F_RU},
    {"июля", 8, C_MONTH, 7, F_RU},
    {"июне", 8, C_MONTH, 6, F_RU},
    {"июнем", 10, C_MONTH, 6, F_RU},
    {"июнь", 8, C_MONTH, 6, F_RU},
    {"июню", 8, C_MONTH, 6, F_RU},
    {"июня", 8, C_MONTH, 6, F_RU},
    {"конце", 10, C_KEY, K_LATE, F_RU},
    {"мае", 6, C_MONTH, 5, F_RU},
    {"маем", 8, C_MONTH, 5, F_RU},
    {"май", 6, C_MONTH, 5, F_RU},
    {"март", 8, C_MONTH, 3, F_RU},
    {"марта", 10, C_MONTH, 3, F_RU},
    {"марте", 10, C_MONTH, 3, F_RU},
    {"мартом", 12, C_MONTH, 3, F_RU},
    {"марту", 10, C_MONTH, 3, F_RU},
    {"маю", 6, C_MONTH, 5, F_RU},
    {"мая", 6, C_MONTH, 5, F_RU},
    {"между", 10, C_KEY, K_BETWEEN, F_RU},
    {"месяц", 10, C_KEY, K_MONTH, F_RU},
    {"месяца", 12, C_KEY, K_MONTH, F_RU},
    {"месяце", 12, C_KEY, K_MONTH, F_RU},
    {"месяцев", 14, C_KEY, K_MONTH, F_RU},
    {"минувшего", 18, C_KEY, K_LAST, F_RU},
    {"минувшей", 16, C_KEY, K_LAST, F_RU},
    {"минувшем", 16, C_KEY, K_LAST, F_RU},
    {"минувшие", 16, C_KEY, K_LAST, F_RU},
    {"минувший", 16, C_KEY, K_LAST, F_RU},
    {"минувшую", 16, C_KEY, K_LAST, F_RU},
    {"на", 4, C_KEY, K_NA, F_RU},
    {"накануне", 16, C_KEY, K_NAKANUNE, F_RU},
    {"начала", 12, C_KEY, K_START, F_RU},
    {"начале", 12, C_KEY, K_EARLY, F_RU},
    {"начало", 12, C_KEY, K_START, F_RU},
    {"неделе", 12, C_KEY, K_WEEK, F_RU},
    {"недели", 12, C_KEY, K_WEEK, F_RU},
    {"недель", 12, C_KEY, K_WEEK, F_RU},
    {"неделю", 12, C_KEY, K_WEEK, F_RU},
    {"неделя", 12, C_KEY, K_WEEK, F_RU},
    {"ночь", 8, C_KEY, K_NIGHT, F_RU},
    {"ночью", 10, C_KEY, K_NOCHYU, F_RU},
    {"ноябре", 12, C_MONTH, 11, F_RU},
    {"ноябрем", 14, C_MONTH, 11, F_RU},
    {"ноябрь", 12, C_MONTH, 11, F_RU},
    {"ноябрю", 12, C_MONTH, 11, F_RU},
    {"ноября", 12, C_MONTH, 11, F_RU},
    {"нынешнего", 18, C_KEY, K_THIS, F_RU},
    {"нынешней", 16, C_KEY, K_THIS, F_RU},
    {"нынешнем", 16, C_KEY, K_THIS, F_RU},
    {"обновлен", 16, C_CUEUPD, 0, F_RU},
    {"обновлено", 18, C_CUEUPD, 0, F_RU},
    {"октябре", 14, C_MONTH, 10, F_RU},
    {"октябрем", 16, C_MONTH, 10, F_RU},
    {"октябрь", 14, C_MONTH, 10, F_RU},
    {"октябрю", 14, C_MONTH, 10, F_RU},
    {"октября", 14, C_MONTH, 10, F_RU},
    {"опубликован", 22, C_CUE, 0, F_RU},
    {"опубликовано", 24, C_CUE, 0, F_RU},
    {"по", 4, C_KEY, K_TO, F_RU},
    {"позавчера", 18, C_KEY, K_DBY, F_RU},
    {"понедельник", 22, C_WDAY, 0, F_RU},
    {"понедельника", 24, C_WDAY, 0, F_RU},
    {"понедельнике", 24, C_WDAY, 0, F_RU},
    {"понедельнику", 24, C_WDAY, 0, F_RU},
    {"последней", 18, C_KEY, K_PAST, F_RU},
    {"последние", 18, C_KEY, K_PAST, F_RU},
    {"последний", 18, C_KEY, K_PAST, F_RU},
    {"последних", 18, C_KEY, K_PAST, F_RU},
    {"последнюю", 18, C_KEY, K_PAST, F_RU},
    {"прошедшей", 18, C_KEY, K_PAST, F_RU},
    {"прошедшие", 18, C_KEY, K_PAST, F_RU},
    {"прошедший", 18, C_KEY, K_PAST, F_RU},
    {"прошедших", 18, C_KEY, K_PAST, F_RU},
    {"прошедшую", 18, C_KEY, K_PAST, F_RU},
    {"прошлая", 14, C_KEY, K_LAST, F_RU},
    {"прошлого", 16, C_KEY, K_LAST, F_RU},
    {"прошлой", 14, C_KEY, K_LAST, F_RU},
    {"прошлом", 14, C_KEY, K_LAST, F_RU},
    {"прошлую", 14, C_KEY, K_LAST, F_RU},
    {"прошлые", 14, C_KEY, K_LAST, F_RU},
    {"прошлый", 14, C_KEY, K_LAST, F_RU},
    {"пятница", 14, C_WDAY, 4, F_RU},
    {"пятнице", 14, C_WDAY, 4, F_RU},
    {"пятницу", 14, C_WDAY, 4, F_RU},
    {"пятницы", 14, C_WDAY, 4, F_RU},
    {"с", 2, C_KEY, K_S, F_RU},
    {"сегодня", 14, C_KEY, K_TODAY, F_RU},
    {"сентябре", 16, C_MONTH, 9, F_RU},
    {"сентябрем", 18, C_MONTH, 9, F_RU},
    {"сентябрь", 16, C_MONTH, 9, F_RU},
    {"сентябрю", 16, C_MONTH, 9, F_RU},
    {"сентября", 16, C_MONTH, 9, F_RU},
    {"середине", 16, C_KEY, K_MID, F_RU},
    {"со", 4, C_KEY, K_S, F_RU},
    {"среда", 10, C_WDAY, 2, F_RU},
    {"среде", 10, C_WDAY, 2, F_RU},
    {"среду", 10, C_WDAY, 2, F_RU},
    {"среды", 10, C_WDAY, 2, F_RU},
    {"суббота", 14, C_WDAY, 5, F_RU},
    {"субботе", 14, C_WDAY, 5, F_RU},
    {"субботу", 14, C_WDAY, 5, F_RU},
    {"субботы", 14, C_WDAY, 5, F_RU},
    {"сутки", 10, C_KEY, K_SUTKI, F_RU},
    {"суток", 10, C_KEY, K_SUTKI, F_RU},
    {"текущего", 16, C_KEY, K_THIS, F_RU},
    {"текущей", 14, C_KEY, K_THIS, F_RU},
    {"текущем", 14, C_KEY, K_THIS, F_RU},
    {"текущую", 14, C_KEY, K_THIS, F_RU},
    {"течение", 14, C_KEY, K_TECH, F_RU},
    {"утром", 10, C_KEY, K_PART, F_RU},
    {"феврале", 14, C_MONTH, 2, F_RU},
    {"февралем", 16, C_MONTH, 2, F_RU},
    {"февраль", 14, C_MONTH, 2, F_RU},
    {"февралю", 14, C_MONTH, 2, F_RU},
    {"февраля", 14, C_MONTH, 2, F_RU},
    {"час", 6, C_KEY, K_HOURS, F_RU},
    {"часа", 8, C_KEY, K_HOURS, F_RU},
    {"часов", 10, C_KEY, K_HOURS, F_RU},
    {"четверг", 14, C_WDAY, 3, F_RU},
    {"четверга", 16, C_WDAY, 3, F_RU},
    {"четверге", 16, C_WDAY, 3, F_RU},
    {"четвергу", 16, C_WDAY, 3, F_RU},
    {"этого", 10, C_KEY, K_THIS, F_RU},
    {"этой", 8, C_KEY, K_THIS, F_RU},
    {"этом", 8, C_KEY, K_THIS, F_RU},
    {"этот", 8, C_KEY, K_THIS, F_RU},
    {"эту", 6, C_KEY, K_THIS, F_RU},
    {"январе", 12, C_MONTH, 1, F_RU},
    {"январем", 14, C_MONTH, 1, F_RU},
    {"январь", 12, C_MONTH, 1, F_RU},
    {"январю", 12, C_MONTH, 1, F_RU},
    {"января", 12, C_MONTH, 1, F_RU},
};

#define N_LEXICON (sizeof LEXICON / sizeof LEXICON[0])
#define MAX_WORD 32 /* longer words are in no table; a power of two (lex_next) */
_Static_assert((MAX_WORD & (MAX_WORD - 1)) == 0, "lex_next wraps its index by a mask");

/* memcmp order, then length; inline, since most words differ from the
 * probe in their first byte. */
static int lex_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    size_t n = alen < blen ? alen : blen;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return (unsigned char)a[i] < (unsigned char)b[i] ? -1 : 1;
    return alen < blen ? -1 : alen > blen;
}

/* The lexicon's words in an open-addressing hash table, built once (the
 * binary search it replaces was a tenth of extraction time): slots hold an
 * entry's index plus one, 0 for empty. */
#define LEX_SLOTS 1024 /* a power of two, over twice the entries */
static uint16_t lex_slots[LEX_SLOTS];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* A bit per value of a word's hash (its top bits, which the slot index
 * does not use), set for the words of the table: a filter in front of it.
 * Most words of a sentence are in no table, and about nine in ten of
 * those find their bit clear, so their probe and its byte compares are
 * skipped. */
#define LEX_FILTER_BITS 4096
static uint8_t lex_filter[LEX_FILTER_BITS / 8];

static unsigned filter_bit(uint32_t hash) { return hash >> (32 - 12); /* 12 bits: 4096 */ }

/* FNV-1a; lex_next takes it byte by byte as it folds a word. */
#define HASH_INIT 2166136261u
static uint32_t hash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }

static uint32_t word_hash(const char *w, size_t len) {
    uint32_t h = HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = hash_step(h, (unsigned char)w[i]);
    return h;
}

/* An ASCII letter's lower case, 0 for any other byte: the letter loop of
 * lex_next tests and folds a byte with one load. */
static unsigned char ascii_lower[256];

static void lex_build(void) {
    for (unsigned c = 'A'; c <= 'Z'; c++) {
        ascii_lower[c] = (unsigned char)(c + 32);
        ascii_lower[c + 32] = (unsigned char)(c + 32);
    }
    for (size_t i = 0; i < N_LEXICON; i++) {
        uint32_t k = word_hash(LEXICON[i].w, LEXICON[i].len) & (LEX_SLOTS - 1);
        while (lex_slots[k])
            k = (k + 1) & (LEX_SLOTS - 1);
        lex_slots[k] = (uint16_t)(i + 1);
        unsigned b = filter_bit(word_hash(LEXICON[i].w, LEXICON[i].len));
        lex_filter[b >> 3] |= (uint8_t)(1u << (b & 7));
    }
}

/* Can a word of this hash be in the table?  False means it surely is not;
 * true means look. */
static bool lex_may_hold(uint32_t hash) {
    unsigned b = filter_bit(hash);
    return lex_filter[b >> 3] >> (b & 7) & 1;
}

/* Is the entry's word w[0..len)?  The lengths first: the words of one
 * chain of slots mostly differ there. */
static inline bool lex_is(const struct lex *e, const char *w, size_t len) {
    if (e->len != len)
        return false;
    for (size_t i = 0; i < len; i++)
        if (e->w[i] != w[i])
            return false;
    return true;
}

/* The entry of the folded word w[0..len) whose hash is `hash`, or NULL.
 * The table must be built (lex_once). */
static const struct lex *lookup_hashed(const char *w, size_t len, uint32_t hash) {
    uint32_t k = hash & (LEX_SLOTS - 1);
    while (lex_slots[k]) {
        const struct lex *e = &LEXICON[lex_slots[k] - 1];
        if (lex_is(e, w, len))
            return e;
        k = (k + 1) & (LEX_SLOTS - 1);
    }
    return NULL;
}

static const struct lex *lookup(const char *w, size_t len) {
    pthread_once(&lex_once, lex_build);
    return lookup_hashed(w, len, word_hash(w, len));
}

int dates_selftest(void) {
    if (N_LEXICON * 2 > LEX_SLOTS)
        return -1;
    for (size_t i = 0; i < N_LEXICON; i++) {
        if (lookup(LEXICON[i].w, LEXICON[i].len) != &LEXICON[i])
            return -1;
        if (strlen(LEXICON[i].w) != LEXICON[i].len)
            return -1;
        if (!lex_may_hold(word_hash(LEXICON[i].w, LEXICON[i].len)))
            return -1;
        if (i > 0 && lex_cmp(LEXICON[i - 1].w, LEXICON[i - 1].len, LEXICON[i].w,
                             LEXICON[i].len) >= 0)
            return -1;
    }
    return 0;
}

/* Width of the white-space character at p (n bytes available), or 0. */
static size_t space_at(const unsigned char *p, size_t n) {
    if (n == 0)
        return 0;
    if (p[0] < 0x80) /* the common case, decided in one test */
        return p[0] == ' ' || (p[0] >= '\t' && p[0] <= '\r');
    if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2; /* no-break space */
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8A) || p[2] == 0xAF))
        return 3; /* en/em/thin/narrow no-break spaces */
    if (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3; /* ideographic space */
    return 0;
}

/* Width of the letter at p, or 0: ASCII letters and two-byte UTF-8 letters
 * (Latin-1 to Cyrillic, U+00C0..U+053F) with a valid continuation byte.
 * Inline: it runs once per letter of every word. */
static inline size_t letter_at(const unsigned char *p, size_t n) {
    if (n == 0)
        return 0;
    unsigned c = p[0];
    if (c < 0x80)
        return (unsigned)((c | 0x20) - 'a') < 26; /* 'A'..'Z' map onto 'a'..'z' */
    if (c >= 0xC3 && c <= 0xD4 && n >= 2 && (p[1] & 0xC0) == 0x80) {
        if (c == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7))
            return 0; /* multiplication and division signs */
        return 2;
    }
    return 0;
}

/* Width of a valid UTF-8 sequence at p, or 1 for a stray byte. */
static size_t char_width(const unsigned char *p, size_t n) {
    size_t w = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2
             : p[0] >= 0xE0 && p[0] <= 0xEF ? 3 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 1;
    if (w > n)
        return 1;
    for (size_t i = 1; i < w; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 1;
    return w;
}

/* Fold the letter p[0..w) (w from letter_at) into out[0..w): ASCII and
 * Cyrillic to lower case, ё to е.  A fold never changes a letter's width. */
static inline void fold_letter(const unsigned char *p, size_t w, unsigned char *out) {
    unsigned c = p[0];
    if (w == 1) {
        out[0] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    unsigned d = p[1];
    if (c == 0xD0 && d >= 0x90 && d <= 0x9F) { /* А..П */
        d += 0x20;
    } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { /* Р..Я */
        c = 0xD1;
        d -= 0x20;
    }
    if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) { /* Ё ё */
        c = 0xD0;
        d = 0xB5;
    }
    out[0] = (unsigned char)c;
    out[1] = (unsigned char)d;
}

/* Is c d a small Russian letter other than ё (а..п, р..я), which
 * letter_at reads as a letter of two bytes and fold_letter leaves as it is? */
static inline bool small_russian(unsigned c, unsigned d) {
    return (c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x8F);
}

/* Does w[0..n) end with the string literal `lit`? */
#define ENDS(w, n, lit) ((n) >= sizeof(lit) - 1 && memcmp((w) + (n) - (sizeof(lit) - 1), lit, sizeof(lit) - 1) == 0)

/* Does the folded word end like a Russian past tense: -л, -ла, -ли, -ло,
 * and with the reflexive ending -лся, -лась, -лись, -лось? */
static bool ru_past_tense(const unsigned char *f, size_t n) {
    if (ENDS(f, n, "ся"))
        return ENDS(f, n - 4, "л");
    if (ENDS(f, n, "сь"))
        n -= 4;
    else if (ENDS(f, n, "л"))
        return true;
    return ENDS(f, n, "ла") || ENDS(f, n, "ли") || ENDS(f, n, "ло");
}

/* Look up the folded word f[0..fl) (fl <= MAX_WORD), whose hash is h, and
 * set the word's class and flags in t. */
static inline __attribute__((always_inline)) void
classify_word(const unsigned char *f, size_t fl, uint32_t h, unsigned langs, struct date_tok *t) {
    if (lex_may_hold(h)) {
        const struct lex *e = lookup_hashed((const char *)f, fl, h);
        if (e && (e->flags & langs)) {
            t->cls = e->cls;
            t->kv = (unsigned char)e->val;
            t->flags = e->flags;
        }
    }
    if (fl >= 2 && f[fl - 2] == 'e' && f[fl - 1] == 'd')
        t->wflags |= W_ED;
    if (f[fl - 1] >= 0x80 && ru_past_tense(f, fl))
        t->wflags |= W_RUPAST;
}

/* Does the word at u[i] (i < len) begin with a capital (word_cap), with a
 * small letter (word_lower)?  ASCII and Cyrillic only: a word of other
 * letters is neither. */
static inline bool word_cap(const unsigned char *u, size_t i, size_t len) {
    return (u[i] >= 'A' && u[i] <= 'Z') ||
           (u[i] == 0xD0 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0xAF);
}

static inline bool word_lower(const unsigned char *u, size_t i, size_t len) {
    return (u[i] >= 'a' && u[i] <= 'z') || (u[i] == 0xD0 && i + 1 < len && u[i + 1] >= 0xB0) ||
           (u[i] == 0xD1 && i + 1 < len && u[i + 1] <= 0x9F);
}

/* Read the run of digits at u[i] (i < len, a digit) into t as a T_NUM;
 * returns its end. */
static size_t read_number(const unsigned char *u, size_t len, size_t i, struct date_tok *t) {
    int v = 0;
    unsigned nd = 0;
    while (i < len && u[i] >= '0' && u[i] <= '9') {
        if (v < 100000)
            v = v * 10 + (u[i] - '0');
        if (nd < 255)
            nd++;
        i++;
    }
    t->type = T_NUM;
    t->val = v > 100000 ? 100000 : v;
    t->ndig = (unsigned char)nd;
    return i;
}

/* Read the token at or after *pos in s[0..len); returns false at the end. */
static bool lex_next(const char *s, size_t len, size_t *pos, unsigned langs, struct date_tok *t) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = *pos, w;
    bool space = i == 0;
    while (i < len) {
        if (u[i] == ' ') { /* the usual space, without a call */
            i++;
            space = true;
            continue;
        }
        if (u[i] > ' ' && u[i] < 0x80) /* the usual start of a token */
            break;
        if ((w = space_at(u + i, len - i)) == 0)
            break;
        i += w;
        space = true;
    }
    if (i >= len) {
        *pos = len;
        return false;
    }
    memset(t, 0, sizeof *t);
    t->start = i;
    t->space = space;
    if (u[i] >= '0' && u[i] <= '9') {
        i = read_number(u, len, i, t);
    } else if (letter_at(u + i, len - i) > 0) {
        t->type = T_WORD;
        t->cap = word_cap(u, i, len);
        bool lower = word_lower(u, i, len);
        /* One pass over the letters folds the word into f and hashes
         * the folded bytes; a word longer than f is in no table. */
        unsigned char f[MAX_WORD];
        size_t fl = 0;
        uint32_t h = HASH_INIT;
        while (i < len) {
            unsigned lc = ascii_lower[u[i]];
            if (lc) { /* most letters: fold and test in one step */
                /* Past MAX_WORD bytes the index wraps: f is then not read. */
                f[fl & (MAX_WORD - 1)] = (unsigned char)lc;
                h = hash_step(h, (unsigned char)lc);
                fl++;
                i++;
                continue;
            }
            if (u[i] < 0x80)
                break;
            if (i + 1 < len && small_russian(u[i], u[i + 1])) {
                /* Most letters of Russian text: folded as they are. */
                if (fl + 2 <= MAX_WORD) {
                    f[fl] = u[i];
                    f[fl + 1] = u[i + 1];
                    h = hash_step(hash_step(h, u[i]), u[i + 1]);
                }
                fl += 2;
                i += 2;
                continue;
            }
            if ((w = letter_at(u + i, len - i)) == 0)
                break;
            if (fl + w <= MAX_WORD) {
                fold_letter(u + i, w, f + fl);
                h = hash_step(h, f[fl]);
                h = hash_step(h, f[fl + 1]);
            }
            fl += w;
            i += w;
        }
        if (fl <= MAX_WORD)
            classify_word(f, fl, h, langs, t);
        if (lower)
            t->wflags |= W_LOWER;
    } else {
        t->type = T_PUNCT;
        w = char_width(u + i, len - i);
        if (w == 1 && u[i] < 0x80)
            t->val = u[i];
        else if (w == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x90 &&
                 u[i + 2] <= 0x95)
            t->val = '-'; /* hyphens and dashes */
        else if (w == 3 && u[i] == 0xE2 && u[i + 1] == 0x88 && u[i + 2] == 0x92)
            t->val = '-'; /* minus sign */
        else if (w == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x99)
            t->val = '\''; /* right single quotation mark */
        else if ((w == 2 && u[i] == 0xC2 && u[i + 1] == 0xB7) ||
                 (w == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xA2))
            t->val = '|'; /* middle dot and bullet separate the parts of a header line */
        i += w;
    }
    t->end = i;
    *pos = i;
    return true;
}

/* ------------------------------------------------------------------ */
/* Words from the grammar's tokens                                      */

/* Is every byte of u[a..b) ASCII white space, which lex_next skips?  The
 * gap between two of the grammar's tokens is mostly one space or none;
 * other white space is left to lex_next. */
static bool ascii_gap(const unsigned char *u, size_t a, size_t b) {
    for (; a < b; a++)
        if (u[a] != ' ' && (u[a] < '\t' || u[a] > '\r'))
            return false;
    return true;
}

/* The token lex_next reads at u[a], where the grammar has a number or a
 * punctuation mark of one ASCII byte, or false for other tokens: the
 * digits up to the first other byte (the grammar's "1,200" is the
 * lexer's "1" first), or the mark.  *e is set to its end. */
static bool take_grammar_sign(const struct token *g, const unsigned char *u, size_t len,
                              size_t a, size_t *e, struct date_tok *t) {
    if (g->kind == TK_NUM) {
        *e = read_number(u, len, a, t);
        return true;
    }
    if (g->kind == TK_PUNCT && *e == a + 1 && u[a] < 0x80) {
        t->type = T_PUNCT;
        t->val = u[a];
        return true;
    }
    return false;
}

/* Take the grammar's token at *pos as the lexer's next token, when
 * lex_next would read it the same: only white space lies before it, and
 * it is a number or mark of ASCII (take_grammar_sign) or a plain word
 * (TF_PLAIN: ASCII and Russian letters, which both fold alike, ё to е
 * included) that lex_next would end where the tokenizer did (a plain word
 * ends at no letter of lex_next's but at some signs of the two-byte range,
 * which lex_next takes for letters).  Returns false when it is not:
 * lex_next reads the text from *pos then. */
static bool take_grammar_word(struct date_win *w, size_t *pos, struct date_tok *t) {
    const unsigned char *u = (const unsigned char *)w->s;
    while (w->gi < w->n_gt && w->gt[w->gi].start - w->base < *pos)
        w->gi++; /* passed by lex_next */
    if (w->gi == w->n_gt)
        return false;
    const struct token *g = &w->gt[w->gi];
    size_t a = g->start - w->base, e = g->end - w->base;
    if (e > w->len || !ascii_gap(u, *pos, a))
        return false;
    if (g->kind != TK_WORD) {
        memset(t, 0, sizeof *t);
        if (!take_grammar_sign(g, u, w->len, a, &e, t))
            return false;
        t->start = a;
        t->end = e;
        t->space = a > *pos || *pos == 0;
        *pos = e; /* a number cut short leaves the rest of its token to lex_next */
        return true;
    }
    if (!(g->flags & TF_PLAIN) || letter_at(u + e, w->len - e) > 0)
        return false;
    const unsigned char *f = (const unsigned char *)g->fold.ptr;
    memset(t, 0, sizeof *t);
    t->start = a;
    t->end = e;
    t->space = a > *pos || *pos == 0;
    t->type = T_WORD;
    /* A plain word begins with a capital (TF_CAP) or a small letter. */
    t->cap = (g->flags & TF_CAP) != 0;
    if (g->fold.len <= MAX_WORD)
        classify_word(f, g->fold.len, g->hash, w->langs, t);
    if (!t->cap)
        t->wflags |= W_LOWER;
    w->gi++;
    *pos = e;
    return true;
}

/* The next token of the window's text at or after *pos: the grammar's,
 * when it reads the same, else lex_next's. */
static inline bool next_token(struct date_win *w, size_t *pos, struct date_tok *t) {
    if (w->gt && take_grammar_word(w, pos, t))
        return true;
    return lex_next(w->s, w->len, pos, w->langs, t);
}

/* Read tokens after the `ahead` tokens from t[0] on until 2 * WIN are
 * ahead or the text ends: reading in batches keeps the lexer's calls and
 * loads off most steps of the window, and a batch of no more than WIN
 * tokens reads little that a search stopping early does not need.  When
 * buf has no room left after t for the batch, the tokens ahead (and prev,
 * t[-1]) move to its start first.  The lexer's position lives in locals
 * meanwhile: stores into the tokens would otherwise make the compiler
 * reload it from *w.  Out of line, so that a step of the window
 * (dates_win_fill) stays a few instructions. */
void dates_win_refill(struct date_win *w) {
    const size_t size = sizeof w->buf / sizeof w->buf[0];
    if ((size_t)(w->t - w->buf) + 2 * WIN > size) {
        size_t keep = w->prev ? 1 : 0;
        memmove(w->buf, w->t - keep, (w->ahead + keep) * sizeof w->buf[0]);
        w->t = w->buf + keep;
        w->prev = keep ? w->buf : NULL;
    }
    size_t pos = w->pos, ahead = w->ahead;
    struct date_tok *t = w->t;
    while (ahead < 2 * WIN) {
        if (!next_token(w, &pos, &t[ahead])) {
            w->lexed_all = true;
            break;
        }
        ahead++;
    }
    w->pos = pos;
    w->ahead = ahead;
}

void dates_win_init(struct date_win *w, const char *s, size_t len, unsigned langs) {
    dates_win_init_tokens(w, s, len, langs, NULL, 0, 0);
}

void dates_win_init_tokens(struct date_win *w, const char *s, size_t len, unsigned langs,
                           const struct token *toks, size_t n_toks, size_t base) {
    pthread_once(&lex_once, lex_build); /* the lexer's tables */
    /* Tokens outside the text are not its tokens: the window lexes it all. */
    if (!toks || n_toks == 0 || toks[0].start < base || toks[n_toks - 1].end > base + len)
        n_toks = 0;
    w->gt = n_toks ? toks : NULL;
    w->n_gt = n_toks;
    w->gi = 0;
    w->base = base;
    w->s = s;
    w->len = len;
    w->pos = 0;
    w->lexed_all = false;
    w->langs = langs;
    w->t = w->buf;
    w->n = 0;
    w->ahead = 0;
    w->prev = NULL;
    dates_win_fill(w);
}
