/* The nominative of a Russian person's name: reports name people in
 * whatever case the sentence needs ("задержали Анну Лисицыну", "Ирине
 * Сташевич назначили штраф"), but a person is reported, merged and scored
 * under the dictionary form (Анна Лисицына, Ирина Сташевич). */
#ifndef VIGIL_EXTRACT_NAME_CASE_H
#define VIGIL_EXTRACT_NAME_CASE_H

#include <stddef.h>

#include "vigil/str.h"

#define NAME_CASE_MAX 256 /* bytes of a name this module reads or writes */

/* Write to out[0..cap) the nominative of `name`, two to four words of
 * Cyrillic letters (and hyphens) separated by spaces.  The case and the
 * gender are read from a given name the module knows (a list of Russian,
 * Kazakh, Kyrgyz, Belarusian and Caucasian first names), else from a
 * surname ending that admits one reading (-овой, -овым, -ского ...); the
 * other words follow them.  Returns the length written, or 0 when the name
 * is already nominative, not Cyrillic, cannot be read, or does not fit. */
size_t name_case_nominative(struct vg_str name, char *out, size_t cap);

/* The nominatives a lone surname may stand for: "Омаровой" -> Омарова;
 * "Омарову" -> Омарова, Омаров; "Борового" -> Боровой; then those of a
 * given name the module knows ("Павла" -> Павел).  Writes up to `max`
 * words of at most NAME_CASE_MAX bytes each into out (the form itself is
 * always first) and returns how many. */
size_t name_case_surname_forms(struct vg_str word, char (*out)[NAME_CASE_MAX], size_t max);

/* For the unit tests: 1 + the index of the first given name out of
 * strcmp order in the list (which bsearch needs), or 0 when it is sorted. */
size_t name_case_list_unsorted(void);

/* The gender of a nominative Russian name of one to three words: a given
 * name the module knows, else a surname ending that tells (-ова, -ина,
 * -ская a woman's; -ов, -ин, -ский a man's).  Returns 'm', 'f', or 0 when
 * the name does not tell or is not Cyrillic. */
char name_case_gender(struct vg_str name);

#endif
