#!/usr/bin/env python3
"""Build a text-reuse test set and measure vigil's pair detection on it.

usage: reuse_set.py VIGIL OUTDIR [--originals N] [--seed S] [--boilerplate]

Writes OUTDIR/orig/*.txt (original reports on one topic: protests,
detentions, injuries, in invented but plausible prose) and OUTDIR/derived/*.txt
made from them:

  rewrite   a new article that takes about half of an original's sentences
            word for word, mixed with sentences of its own
  excerpt   two or three consecutive sentences of an original quoted inside
            a new article of its own
  edited    a full copy with small edits: a word changed every 10-20 words,
            numbers written differently, punctuation and case changed
  sameevent the same facts (numbers, places, dates) told in new sentences:
            no text is shared, so this is NOT reuse (a negative)

Originals are ingested first, then the derived reports; truth is "derived X
re-tells original Y" for rewrite, excerpt and edited.  Every other recorded
pair with an original (between originals on the same topic, a same-event
telling, a derived report and another original) is a false positive.  Recording runs at a low threshold (--reuse-min-words 1) and
the pair's shared-word count is read back, so precision and recall are
printed for a sweep of thresholds in one run.  Nothing here comes from the
shared corpus.
"""
import json
import os
import random
import sqlite3
import subprocess
import sys

MIN_PASSAGE, MIN_WORDS = 15, 25  # vigil's defaults (include/vigil/reuse.h)

CITIES = ["Almaty", "Astana", "Shymkent", "Aktobe", "Taraz", "Oral", "Atyrau", "Kostanay",
          "Zhanaozen", "Aktau", "Semey", "Pavlodar", "Karaganda", "Turkestan", "Kyzylorda"]
GROUPS = ["protesters", "people", "demonstrators", "activists", "journalists", "residents",
          "students", "workers"]
VERBS = ["were detained", "were arrested", "were taken into custody", "were injured",
         "were hospitalised", "were fined", "were sentenced to administrative arrest",
         "remain missing"]
SOURCES = ["the interior ministry", "the city prosecutor", "local lawyers", "a rights group",
           "the health ministry", "witnesses", "the regional police", "an opposition party"]
NAMES = ["Serik", "Aigerim", "Daniyar", "Madina", "Nurlan", "Zhanna", "Timur", "Gulnara",
         "Yerlan", "Asel", "Bauyrzhan", "Dinara"]
SURNAMES = ["Abenov", "Kassymova", "Zhumabayev", "Ospanova", "Tokayev", "Iskakova",
            "Nurpeisov", "Sarsenova"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILL = ["after the rally", "near the main square", "outside the administration building",
        "during the night", "on the second day of the unrest", "in the city centre",
        "at the bus station", "close to the university", "on the central avenue",
        "by the river embankment", "at a checkpoint on the highway", "in a residential district"]
OPENERS = ["Tension remained high", "The situation stayed calm", "Shops stayed closed",
           "Internet access was cut", "Public transport stopped", "Crowds gathered again",
           "Rain did not keep people away", "Riot police blocked the roads"]
OBJECTS = ["the regional governor", "the price of fuel", "the new tax", "the election result",
           "the arrest of a local blogger", "water shortages", "the closure of the factory",
           "rising rents"]


def r(rng, xs):
    return rng.choice(xs)


def date(rng):
    return "%d %s %d" % (rng.randint(1, 28), r(rng, MONTHS), rng.choice([2021, 2022, 2023]))


def person(rng):
    return "%s %s" % (r(rng, NAMES), r(rng, SURNAMES))


def alt(rng, choices):
    """One of the |-separated wordings: the fixed parts of the templates vary,
    as different writers word the same kind of statement differently."""
    return rng.choice(choices.split("|"))


def sentence(rng, facts, boilerplate=False):
    """One sentence of report prose.  With boilerplate, the templates' fixed
    parts never vary (a harsh case: unrelated reports share whole clauses);
    without, each fixed part has several wordings, so unrelated reports share
    topic words and short phrases, as real reports on one topic do."""
    a = (lambda c: c.split("|")[0]) if boilerplate else (lambda c: alt(rng, c))
    city, n, d = facts["city"], rng.randint(3, 900), facts["date"]
    k = rng.randrange(12)
    if k == 0:
        return "%d %s %s in %s on %s, %s %s." % (n, r(rng, GROUPS), r(rng, VERBS), city, d,
                                                 r(rng, SOURCES), a("said|reported|stated|announced"))
    if k == 1:
        return "%s %s, %s %d %s %s %s." % (a("According to|Citing|As reported by"), r(rng, SOURCES),
                                           a("at least|no fewer than|more than|some"), n,
                                           r(rng, GROUPS), r(rng, VERBS), r(rng, FILL))
    if k == 2:
        return "%s in %s %s, %s %s %s." % (
            r(rng, OPENERS), city, r(rng, FILL), a("and|while|but"), r(rng, SOURCES),
            a("refused to comment on the figures|declined to comment|gave no comment on the numbers|did not respond to questions"))
    if k == 3:
        return "%s, a %s from %s, %s %d people %s %s." % (
            person(rng), rng.choice(["teacher", "driver", "nurse", "lawyer", "student"]), city,
            a("told reporters that about|said roughly|estimated that around|told us nearly"), n,
            a("had marched against|protested against|rallied over|came out over"), r(rng, OBJECTS))
    if k == 4:
        return "%s %s %s %s %s." % (a("The protest began|Demonstrations started|People first gathered|The rally formed"),
                                    r(rng, FILL), a("as people demanded answers about|over anger about|in protest at|after news of"),
                                    r(rng, OBJECTS), a("|in the morning|late in the day|on a cold day"))
    if k == 5:
        return "%s %s, %s %s %d of them %s." % (a("By the evening of|On|Later on|As of"), d, r(rng, SOURCES),
                                               a("reported that|said|confirmed that|claimed"), n, r(rng, VERBS))
    if k == 6:
        return "%s %s %s %s, %s." % (
            person(rng), a("was among those who|was one of those who|is among those who"),
            r(rng, VERBS).replace("were ", "was ").replace("remain", "remains"), r(rng, FILL),
            a("his relatives said|her family said|a friend confirmed|colleagues wrote"))
    if k == 7:
        return "%s %s %s %s %s %s." % (a("Video shared online showed|Footage showed|Photos appeared to show|Witnesses saw"),
                                       rng.choice(["officers", "units", "patrols", "police"]),
                                       a("pushing|dragging|forcing|leading"), r(rng, GROUPS),
                                       a("into vans|into buses|towards cars|away"), r(rng, FILL))
    if k == 8:
        return "%s %s %d %s %s %s." % (r(rng, SOURCES).capitalize(), a("said|counted|listed|noted"), n,
                                       a("complaints about the conduct of officers|complaints against police|reports of abuse|formal complaints"),
                                       a("had been filed in|from|were lodged in|came from"), city)
    if k == 9:
        return "%s %s %s %d %s %s, %s." % (a("Hospitals in|Clinics in|Doctors in|Medics in"), city,
                                           a("treated|saw|admitted|helped"), n, a("people|patients|wounded|victims"),
                                           r(rng, FILL), a("doctors said|staff said|a nurse said|officials said"))
    if k == 10:
        return "%s %s %s %s." % (a("Lawyers for|The defence team of|Relatives of|The lawyer of"), person(rng),
                                 a("said they had not been allowed to see their client since|have had no access since|could not visit since|heard nothing since"), d)
    return "%s %s %s %s %s." % (a("Officials in|Authorities in|The mayor of|Leaders in"), city,
                                a("promised to review|said they would look at|vowed to address|pledged to study"),
                                r(rng, OBJECTS), a("but gave no timetable|without a date|soon|in due course"))


BOILERPLATE = False


def report(rng, facts, n_sent):
    return " ".join(sentence(rng, facts, BOILERPLATE) for _ in range(n_sent))


def edit(rng, text):
    words = text.split(" ")
    i = rng.randint(5, 15)
    while i < len(words):
        w = words[i]
        if w.isdigit():
            words[i] = "{:,}".format(int(w) * 1000 + 1)
        elif w.islower() and len(w) > 3:
            words[i] = rng.choice(["reportedly", "also", "then", "later", "still", "again"]) + " " + w
        else:
            words[i] = w.upper() if rng.random() < 0.5 else w + ","
        i += rng.randint(10, 20)
    return " ".join(words).replace(" said.", " stated.")


def split_sentences(text):
    out, cur = [], []
    for w in text.split(" "):
        cur.append(w)
        if w.endswith("."):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def build(outdir, n_orig, seed):
    rng = random.Random(seed)
    os.makedirs(outdir + "/orig", exist_ok=True)
    os.makedirs(outdir + "/derived", exist_ok=True)
    truth = {}
    kinds = {}
    for i in range(n_orig):
        facts = {"city": r(rng, CITIES), "date": date(rng)}
        text = report(rng, facts, rng.randint(12, 20))
        name = "o%03d.txt" % i
        open(outdir + "/orig/" + name, "w").write(text + "\n")
        sents = split_sentences(text)
        # rewrite: half the sentences verbatim, half new
        mixed = []
        for s in sents:
            mixed.append(s if rng.random() < 0.5 else sentence(rng, facts, BOILERPLATE))
        d = "d%03d_rewrite.txt" % i
        open(outdir + "/derived/" + d, "w").write(report(rng, facts, 2) + " " + " ".join(mixed) + "\n")
        truth[d], kinds[d] = name, "rewrite"
        # excerpt: 2-3 consecutive sentences inside a new article
        k = rng.randint(2, 3)
        j = rng.randrange(0, max(1, len(sents) - k))
        d = "d%03d_excerpt.txt" % i
        open(outdir + "/derived/" + d, "w").write(
            report(rng, facts, 4) + ' "' + " ".join(sents[j:j + k]) + '" ' + report(rng, facts, 4) + "\n")
        truth[d], kinds[d] = name, "excerpt"
        # edited copy
        d = "d%03d_edited.txt" % i
        open(outdir + "/derived/" + d, "w").write(edit(rng, text) + "\n")
        truth[d], kinds[d] = name, "edited"
        # same event, new words: a negative
        d = "d%03d_sameevent.txt" % i
        open(outdir + "/derived/" + d, "w").write(report(rng, facts, len(sents)) + "\n")
        truth[d], kinds[d] = None, "sameevent"
    return truth, kinds


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        return 2
    vigil, outdir = os.path.abspath(args[0]), args[1]
    n_orig = int(args[args.index("--originals") + 1]) if "--originals" in args else 60
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    global BOILERPLATE
    BOILERPLATE = "--boilerplate" in args
    truth, kinds = build(outdir, n_orig, seed)
    db = outdir + "/reuse.db"
    if os.path.exists(db):
        os.remove(db)
    for part in ("orig", "derived"):
        subprocess.run([vigil, "ingest", "--db", db, "--reuse-min-words", "8", outdir + "/" + part],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    rows = con.execute("SELECT a.name, b.name, p.words FROM passages p"
                       " JOIN reports a ON a.id = p.report JOIN reports b ON b.id = p.earlier").fetchall()
    con.close()
    # Pairs are scored when the earlier report is an original: "does X
    # re-tell original Y".  Pairs of two derived reports of one original
    # (an excerpt and an edited copy share the original's sentences) are
    # re-tellings of each other whose truth depends on which sentences each
    # kept, so they are left out of the score.
    passages = {}
    for a, b, w in rows:
        if b.startswith("o"):
            passages.setdefault((a, b), []).append(w)
    positives = {(d, o) for d, o in truth.items() if o}
    results = {}
    print("passage>=  pair>=  precision  recall   tp   fp   fn   recall by kind (rewrite excerpt edited)")
    for mp, t in [(m, t) for m in (15, 18, 20) for t in (15, 20, 25, 30, 40, 60) if t >= m]:
        found = {k for k, ws in passages.items() if sum(w for w in ws if w >= mp) >= t}
        tp = len(found & positives)
        fp = len(found - positives)
        fn = len(positives - found)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        by = []
        for kind in ("rewrite", "excerpt", "edited"):
            pk = {(d, o) for (d, o) in positives if kinds[d] == kind}
            by.append(len(found & pk) / len(pk))
        results[(mp, t)] = (prec, rec)
        print("%9d  %6d  %9.3f  %6.3f %4d %4d %4d   %.3f %.3f %.3f" % (mp, t, prec, rec, tp, fp, fn, *by))
    mp, t = MIN_PASSAGE, MIN_WORDS
    fpk = {}
    for k, ws in passages.items():
        if k not in positives and sum(w for w in ws if w >= mp) >= t:
            kk = kinds.get(k[0], "original")
            fpk[kk] = fpk.get(kk, 0) + 1
    print("false positives at the defaults by kind of the later report:", json.dumps(fpk, sort_keys=True))
    p, rc = results[(mp, t)]
    print("reuse-set: precision %.3f recall %.3f (passages >= %d words, pairs >= %d words)" % (p, rc, mp, t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
