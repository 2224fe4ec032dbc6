/* vigil eval: score extraction against gold annotations (GUIDELINES.md,
 * "Scoring").  For each GOLD_DIR/NAME.json it extracts REPORTS_DIR/NAME.txt,
 * or takes the object for NAME.txt from a JSON Lines file of predictions
 * (--pred), and prints P/R/F1 of figures and persons with the agreement of
 * their attributes.  --min-f1 turns the figure F1 into a pass/fail check
 * for `make check`. */
#include <fnmatch.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "cli.h"
#include "input.h"
#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/eval.h"
#include "vigil/extract.h"
#include "vigil/gazetteer.h"
#include "vigil/manifest.h"
#include "vigil/report_json.h"

#define REPORT_ARENA_CAP ((size_t)1 << 30)

struct eval_args {
    const char *gold;             /* GOLD_DIR (or one gold file) */
    const char *reports;          /* REPORTS_DIR, or NULL with --pred */
    const char *pred;             /* --pred FILE, or NULL */
    struct vg_manifest *manifest; /* --manifest, or NULL */
    double min_f1;                /* --min-f1, or -1 */
    int list;                     /* --list */
    int json;                     /* --json */
    const char *only;             /* --only GLOB on report names, or NULL */
    const char *lang;             /* --lang, or NULL: manifest, gold, detection */
};

static void usage(FILE *out) {
    fputs("usage: vigil eval GOLD_DIR REPORTS_DIR [--manifest FILE] [--lang L] [--min-f1 X]\n"
          "                  [--list] [--json] [--only GLOB]\n"
          "       vigil eval GOLD_DIR --pred FILE.jsonl [--min-f1 X] [--list] [--json]\n\n"
          "Scores extraction against gold annotations as GUIDELINES.md (\"Scoring\") says:\n"
          "for each GOLD_DIR/NAME.json, extracts REPORTS_DIR/NAME.txt and compares.\n"
          "Figures match on (what, low, high); who, where, when, source and status are\n"
          "scored on matched figures whose gold value is not null; persons match on\n"
          "their name, tolerant of transliteration.\n\n"
          "  --manifest F  JSON keyed by report file name with \"published\" and \"lang\"\n"
          "                (default: the gold file's own \"published\" and \"lang\")\n"
          "  --pred F      score these predictions (JSON Lines, one object per report\n"
          "                with \"doc\", as `vigil extract` writes) instead of extracting\n"
          "  --list        list each document's missed and extra figures and persons\n"
          "                and the attributes that disagree\n"
          "  --json        print the scores as a JSON object\n"
          "  --only GLOB   score only the gold files whose names match (\"en_1*\")\n"
          "  --lang L      read every report as language L (en, ru), whatever the\n"
          "                manifest and gold files say; default: theirs, else detect\n"
          "  --min-f1 X    exit 1 when the figure F1 is below X (0 to 1)\n",
          out);
}

/* The name a path or "doc" refers to, without directories and without a
 * ".txt" or ".json" ending, in out (NUL-terminated). */
static void stem_of(const char *path, char *out, size_t cap) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".txt") == 0)
        n -= 4;
    else if (n > 5 && strcmp(base + n - 5, ".json") == 0)
        n -= 5;
    snprintf(out, cap, "%.*s", (int)n, base);
}

/* Re-file the error in err under `file` and `line`, its message after
 * `prefix` and before `suffix`. */
static int err_in(struct vg_err *err, int rc, const char *file, long line, const char *prefix,
                  const char *suffix) {
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s", err->msg);
    return vg_err_at(err, rc, file, line, "%s%s%s", prefix, msg, suffix);
}

/* Read the predictions file into an object keyed by document stem. */
static int load_predictions(const char *path, json_t **out, struct vg_err *err) {
    struct input_file in;
    int rc = input_read(path, &in, err);
    if (rc)
        return rc;
    json_t *all = json_object();
    if (!all) {
        input_file_release(&in);
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    }
    long line = 0;
    size_t i = 0;
    while (i < in.len && !rc) {
        size_t start = i;
        while (i < in.len && in.data[i] != '\n')
            i++;
        size_t end = i;
        i++;
        line++;
        while (start < end && (in.data[start] == ' ' || in.data[start] == '\t' ||
                               in.data[start] == '\r'))
            start++;
        if (start == end)
            continue;
        json_error_t je;
        json_t *o = json_loadb(in.data + start, end - start, JSON_REJECT_DUPLICATES, &je);
        const json_t *doc = o ? json_object_get(o, "doc") : NULL;
        char stem[512];
        if (!o) {
            rc = vg_err_at(err, VG_EINPUT, path, line, "not JSON: %s", je.text);
        } else if (!json_is_string(doc) || !json_string_length(doc)) {
            rc = vg_err_at(err, VG_EINPUT, path, line,
                           "doc: each line needs \"doc\", the report's file name");
        } else if (vg_eval_check(o, 0, err)) {
            rc = err_in(err, VG_EINPUT, path, line, "", "");
        } else {
            stem_of(json_string_value(doc), stem, sizeof stem);
            if (json_object_get(all, stem))
                rc = vg_err_at(err, VG_EINPUT, path, line, "doc: \"%s\" appears twice",
                               json_string_value(doc));
            else if (json_object_set(all, stem, o))
                rc = vg_err_set(err, VG_ENOMEM, "out of memory");
        }
        json_decref(o);
    }
    input_file_release(&in);
    if (rc) {
        json_decref(all);
        return rc;
    }
    *out = all;
    return VG_OK;
}

/* Extract REPORTS_DIR/STEM.txt and return the report as JSON in *out. */
static int extract_report(const struct eval_args *args, const struct vg_extractor *x,
                          struct vg_arena *arena, const char *stem, const char *gold_path,
                          const json_t *gold, json_t **out, struct vg_err *err) {
    char doc[600];
    snprintf(doc, sizeof doc, "%s.txt", stem);
    size_t n = strlen(args->reports) + strlen(doc) + 2;
    char *path = malloc(n);
    if (!path)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    snprintf(path, n, "%s/%s", args->reports, doc);
    struct input_file in;
    int rc = input_read(path, &in, err);
    if (rc) {
        char suffix[600];
        snprintf(suffix, sizeof suffix, " (the report of %s)", gold_path);
        err_in(err, rc, path, 0, "", suffix);
        free(path);
        return rc;
    }
    const char *why = input_unreadable(in.data, in.len);
    if (why) {
        rc = vg_err_at(err, VG_EINPUT, path, 0, "%s", why);
        goto out;
    }
    struct vg_extract_opts opts = {doc, NULL, VG_NO_DATE};
    struct vg_manifest_entry me;
    if (args->manifest && vg_manifest_get(args->manifest, doc, &me)) {
        opts.published = me.published;
        opts.lang = me.lang;
    }
    const json_t *gp = json_object_get(gold, "published"), *gl = json_object_get(gold, "lang");
    if (opts.published == VG_NO_DATE && json_is_string(gp))
        opts.published = vg_date_parse_iso(vg_str_cstr(json_string_value(gp)));
    if (!opts.lang && json_is_string(gl))
        opts.lang = json_string_value(gl);
    if (args->lang)
        opts.lang = args->lang;
    struct vg_report *r = NULL;
    vg_arena_reset(arena);
    rc = vg_extract(x, arena, vg_str_make(in.data, in.len), &opts, &r);
    if (rc) {
        vg_err_at(err, rc, path, 0, "extraction failed: %s", vg_rc_str(rc));
        goto out;
    }
    *out = vg_report_to_json(r, 0);
    if (!*out)
        rc = vg_err_set(err, VG_ENOMEM, "out of memory");
    else if ((rc = vg_eval_check(*out, 0, err)) != VG_OK) {
        err_in(err, rc, path, 0, "extractor output: ", "");
        json_decref(*out);
        *out = NULL;
    }
out:
    input_file_release(&in);
    free(path);
    return rc;
}

/* Score one gold file.  Returns VG_OK or an error already in err. */
static int eval_one(struct vg_eval *ev, const struct eval_args *args,
                    const struct vg_extractor *x, struct vg_arena *arena, json_t *preds,
                    const char *gold_path, struct vg_err *err) {
    json_error_t je;
    char stem[512];
    json_t *gold = json_load_file(gold_path, JSON_REJECT_DUPLICATES, &je), *pred = NULL;
    if (!gold)
        return vg_err_at(err, VG_EINPUT, gold_path, je.line, "not JSON: %s", je.text);
    int rc = vg_eval_check(gold, 1, err);
    if (rc) {
        err_in(err, rc, gold_path, 0, "", "");
        goto out;
    }
    stem_of(gold_path, stem, sizeof stem);
    if (preds) {
        pred = json_object_get(preds, stem);
        if (pred) {
            json_incref(pred);
            json_object_del(preds, stem); /* what remains has no gold */
        } else {
            cli_errorf("%s: no prediction for %s.txt in %s, scored as empty", gold_path, stem,
                       args->pred);
            pred = json_pack("{s[]s[]}", "figures", "persons");
            if (!pred) {
                rc = vg_err_set(err, VG_ENOMEM, "out of memory");
                goto out;
            }
        }
    } else if ((rc = extract_report(args, x, arena, stem, gold_path, gold, &pred, err)) != VG_OK) {
        goto out;
    }
    rc = vg_eval_add(ev, gold, pred, err);
    if (rc)
        err_in(err, rc, gold_path, 0, "", "");
out:
    json_decref(gold);
    json_decref(pred);
    return rc;
}

static int parse_args(int argc, char **argv, struct eval_args *args, int *exit_now) {
    static const struct option longopts[] = {
        {"manifest", required_argument, NULL, 'm'}, {"min-f1", required_argument, NULL, 'f'},
        {"only", required_argument, NULL, 'o'},     {"lang", required_argument, NULL, 'L'},
        {"pred", required_argument, NULL, 'p'},     {"list", no_argument, NULL, 'l'},
        {"json", no_argument, NULL, 'j'},           {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct vg_err err;
    int c;
    char *end;
    vg_err_clear(&err);
    *exit_now = -1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:f:p:o:L:ljh", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            vg_manifest_free(args->manifest);
            args->manifest = NULL;
            if (vg_manifest_load(optarg, &args->manifest, &err)) {
                cli_error(&err);
                *exit_now = EXIT_FAIL;
                return -1;
            }
            break;
        case 'f':
            args->min_f1 = strtod(optarg, &end);
            if (end == optarg || *end || !(args->min_f1 >= 0 && args->min_f1 <= 1)) {
                cli_errorf("--min-f1 must be a number from 0 to 1, not '%s'", optarg);
                return -1;
            }
            break;
        case 'p':
            args->pred = optarg;
            break;
        case 'l':
            args->list = 1;
            break;
        case 'o':
            args->only = optarg;
            break;
        case 'L':
            if (strcmp(optarg, "en") != 0 && strcmp(optarg, "ru") != 0) {
                cli_errorf("--lang must be en or ru, not '%s'", optarg);
                return -1;
            }
            args->lang = optarg;
            break;
        case 'j':
            args->json = 1;
            break;
        case 'h':
            usage(stdout);
            *exit_now = EXIT_OK;
            return -1;
        default:
            return -1;
        }
    }
    int n = argc - optind;
    if (n < 1 || n > 2 || (n == 1 && !args->pred)) {
        cli_errorf(n < 1 ? "name the gold directory"
                         : n > 2 ? "too many arguments"
                                 : "name the reports directory, or give --pred FILE");
        return -1;
    }
    args->gold = argv[optind];
    args->reports = n == 2 ? argv[optind + 1] : NULL;
    return 0;
}

static int print_scores(const struct vg_eval *ev, const struct eval_args *args) {
    if (!args->json) {
        vg_eval_write(ev, stdout, args->list);
        return 0;
    }
    json_t *o = vg_eval_to_json(ev, args->list);
    if (!o || json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(6)) != 0) {
        json_decref(o);
        cli_errorf("out of memory writing JSON");
        return -1;
    }
    fputc('\n', stdout);
    json_decref(o);
    return 0;
}

int cmd_eval(int argc, char **argv) {
    struct eval_args args = {NULL, NULL, NULL, NULL, -1.0, 0, 0, NULL, NULL};
    struct vg_err err;
    int exit_now;
    vg_err_clear(&err);
    if (parse_args(argc, argv, &args, &exit_now)) {
        vg_manifest_free(args.manifest);
        if (exit_now >= 0)
            return exit_now;
        usage(stderr);
        return EXIT_USAGE;
    }

    int status = EXIT_FAIL;
    char **paths = NULL;
    size_t n_paths = 0, n_failed = 0;
    json_t *preds = NULL;
    struct vg_gazetteer *g = NULL;
    struct vg_extractor *x = NULL;
    struct vg_eval *ev = NULL;
    struct vg_arena arena;
    vg_arena_init(&arena, REPORT_ARENA_CAP);
    char *gold_arg = (char *)args.gold;
    if (input_expand(&gold_arg, 1, ".json", &paths, &n_paths, &err)) {
        cli_error(&err);
        goto out;
    }
    if (args.only) {
        size_t kept = 0;
        for (size_t i = 0; i < n_paths; i++) {
            const char *base = strrchr(paths[i], '/');
            base = base ? base + 1 : paths[i];
            if (fnmatch(args.only, base, 0) == 0)
                paths[kept++] = paths[i];
            else
                free(paths[i]);
        }
        n_paths = kept;
    }
    if (n_paths == 0) {
        cli_errorf("%s: no gold files (*.json)", args.gold);
        goto out;
    }
    struct stat st;
    if (!args.pred && (stat(args.reports, &st) != 0 || !S_ISDIR(st.st_mode))) {
        cli_errorf("%s: not a directory of reports", args.reports);
        goto out;
    }
    if (args.pred && load_predictions(args.pred, &preds, &err)) {
        cli_error(&err);
        goto out;
    }
    if (vg_gazetteer_load(&g, &err)) {
        cli_errorf("no gazetteer (%s): 'where' accepts only identical names", err.msg);
        g = NULL;
    }
    if (!args.pred && vg_extractor_new(&x, &err)) {
        cli_error(&err);
        goto out;
    }
    ev = vg_eval_new(g);
    if (!ev) {
        cli_errorf("out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_paths; i++) {
        vg_err_clear(&err);
        if (eval_one(ev, &args, x, &arena, preds, paths[i], &err)) {
            cli_error(&err);
            n_failed++;
        }
    }
    if (n_failed) {
        cli_errorf("%zu of %zu gold files could not be scored (above); no scores printed",
                   n_failed, n_paths);
        goto out;
    }
    if (preds && json_object_size(preds))
        cli_errorf("%s: %zu prediction%s without a gold file, ignored", args.pred,
                   json_object_size(preds), json_object_size(preds) == 1 ? "" : "s");
    if (print_scores(ev, &args))
        goto out;
    status = EXIT_OK;
    if (args.min_f1 >= 0) {
        struct vg_eval_scores s;
        vg_eval_get_scores(ev, &s);
        if (s.f1 < args.min_f1) {
            cli_errorf("figure F1 %.4f is below the floor %.4f (--min-f1)", s.f1, args.min_f1);
            status = EXIT_FAIL;
        }
    }
out:
    vg_eval_free(ev);
    if (x)
        vg_extractor_free(x);
    if (g)
        vg_gazetteer_free(g);
    vg_arena_release(&arena);
    json_decref(preds);
    input_paths_free(paths, n_paths);
    vg_manifest_free(args.manifest);
    return status;
}
