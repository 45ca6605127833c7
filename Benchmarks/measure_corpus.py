#!/usr/bin/env python3
"""Field-by-field parse accuracy of an opedb binary against a generated corpus with ground truth.

Runs `BIN parse` on every NNNNNNN.md under DIR that has a NNNNNNN.truth.json beside it (written by
`generate_corpus.py --truth`), many paths per call, reads the stream of JSON objects it prints,
and compares each field with the truth: the share of articles where the field is exact, and the
number of articles where every field is exact. Also the parse CPU per article: user + system CPU of
the parse processes (getrusage RUSAGE_CHILDREN) divided by the number of articles — process start-up
included, spread over --batch paths per call (a call that gives fewer objects than paths is redone
one file per call, and that CPU counts too).

Fields compared (truth rules: the comment at Truth in generate_corpus.py): title, kind, subtitle,
authors (names, in order), published_on, image_credit, url, publication, related, quotes,
disclaimer, notes (texts, in order), books (title with its subtitle after ": ", publisher, year,
forthcoming; in order), body.

A truth file's "features" (what the article contains) are not compared; --by-feature groups the
results by them.

Usage: measure_corpus.py --opedb BIN DIR [--show N] [--by-feature] [--json] [--batch B] [--jobs J]
"""
import argparse, concurrent.futures, json, os, resource, subprocess, sys, time

FIELDS = ["title", "kind", "subtitle", "authors", "published_on", "image_credit", "url", "publication",
          "related", "quotes", "disclaimer", "notes", "books", "body"]


def articles(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".md"):
                path = os.path.join(dirpath, name)
                truth = path[:-3] + ".truth.json"
                if os.path.exists(truth):
                    found.append((path, truth))
    return found


def decode_stream(text):
    """The JSON objects printed one after another (pretty-printed, any whitespace between)."""
    decoder = json.JSONDecoder()
    objects, i = [], 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return objects
        obj, i = decoder.raw_decode(text, i)
        objects.append(obj)


def run_parse(binary, paths):
    """One parsed object (or None when the binary gave none) per path."""
    proc = subprocess.run([binary, "parse", *paths], capture_output=True)
    try:
        objects = decode_stream(proc.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        objects = []
    if len(objects) == len(paths):
        return objects
    if len(paths) == 1:
        return [None]
    # Some file gave no object (refused, crashed): one call per file keeps the pairing right.
    return [run_parse(binary, [p])[0] for p in paths]


def normalise(got):
    """The compared fields of a parse result, in the truth's shape."""
    if got is None:
        return {f: "<no output>" for f in FIELDS}
    books = []
    for b in got.get("books") or []:
        title = b.get("title") or ""
        if b.get("subtitle"):
            title += ": " + b["subtitle"]
        books.append({"title": title, "publisher": b.get("publisher"), "year": b.get("year"),
                      "forthcoming": bool(b.get("forthcoming", False))})
    return {
        "title": got.get("title"), "kind": got.get("kind"), "subtitle": got.get("subtitle"),
        "authors": [a.get("name") for a in got.get("authors") or []],
        "published_on": got.get("published_on"), "image_credit": got.get("image_credit"),
        "url": got.get("url"), "publication": got.get("publication"),
        "related": list(got.get("related") or []), "quotes": list(got.get("quotes") or []),
        "disclaimer": got.get("disclaimer"), "notes": [n.get("text") for n in got.get("notes") or []],
        "books": books, "body": got.get("body"),
    }


def short(value, limit=160):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def string_diff(want, got, context=50):
    """Where two strings first differ, with a little text either side."""
    if not isinstance(want, str) or not isinstance(got, str):
        return f"truth {short(want)}\n      got   {short(got)}"
    i = 0
    while i < min(len(want), len(got)) and want[i] == got[i]:
        i += 1
    j = 0
    while j < min(len(want), len(got)) - i and want[-1 - j] == got[-1 - j]:
        j += 1
    def window(s):
        a, b = max(0, i - context), max(i, len(s) - j)
        middle = s[i:b]
        if len(middle) > 2 * context:
            middle = middle[:context] + f"…[{len(middle) - 2 * context} chars]…" + middle[-context:]
        return ("…" if a > 0 else "") + json.dumps(s[a:i] + "⟦" + middle + "⟧" + s[b:b + context], ensure_ascii=False)[1:-1] \
            + ("…" if b + context < len(s) else "")
    return f"truth {window(want)}  ({len(want)} chars)\n      got   {window(got)}  ({len(got)} chars)"


def list_diff(want, got):
    missing = [x for x in want if x not in got]
    extra = [x for x in got if x not in want]
    lines = [f"truth {len(want)} item(s), got {len(got)}"]
    if not missing and not extra:
        lines.append("same items, another order")
    for x in missing[:3]:
        lines.append(f"  only in truth: {short(x, 200)}")
    for x in extra[:3]:
        lines.append(f"  only in got:   {short(x, 200)}")
    return "\n      ".join(lines)


def describe(field, want, got):
    if isinstance(want, list) and isinstance(got, list):
        return list_diff(want, got)
    if field == "body" or (isinstance(want, str) and isinstance(got, str) and max(len(want), len(got)) > 120):
        return string_diff(want, got)
    return f"truth {short(want)}\n      got   {short(got)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", help="a corpus written by generate_corpus.py --truth")
    ap.add_argument("--opedb", required=True, help="the opedb binary to measure")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N diffs per failing field")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--by-feature", action="store_true",
                    help="per feature the truth lists (broken-paragraph, body-bare-link-line …): articles, "
                         "% with every field exact, and the fields that fail most")
    ap.add_argument("--batch", type=int, default=250, help="paths per parse call (default 250)")
    ap.add_argument("--repeat", type=int, default=1, metavar="R",
                    help="parse everything R times; CPU/article is the median of the runs (min and max shown)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parse calls at once")
    args = ap.parse_args()

    pairs = articles(args.dir)
    if not pairs:
        sys.exit(f"measure_corpus: no NNNNNNN.md with a .truth.json beside it under {args.dir}")
    batches = [pairs[i:i + args.batch] for i in range(0, len(pairs), args.batch)]
    cpus, walls = [], []
    for _ in range(max(1, args.repeat)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda b: run_parse(args.opedb, [p for p, _ in b]), batches))
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    cpu = sorted(cpus)[len(cpus) // 2]
    wall = sorted(walls)[len(walls) // 2]
    parsed = [obj for batch in results for obj in batch]

    n = len(pairs)
    exact = {f: 0 for f in FIELDS}
    failures = {f: [] for f in FIELDS}
    all_exact = 0
    no_output = 0
    by_feature = {}
    for (path, truth_path), got_raw in zip(pairs, parsed):
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
        got = normalise(got_raw)
        no_output += got_raw is None
        ok = True
        for field in FIELDS:
            if truth.get(field) == got[field]:
                exact[field] += 1
            else:
                ok = False
                failures[field].append((path, truth.get(field), got[field]))
        all_exact += ok
        for feature in truth.get("features", []):
            stat = by_feature.setdefault(feature, {"articles": 0, "all_exact": 0, "failing": {}})
            stat["articles"] += 1
            stat["all_exact"] += ok
            for field in FIELDS:
                if truth.get(field) != got[field]:
                    stat["failing"][field] = stat["failing"].get(field, 0) + 1

    report = {
        "dir": os.path.abspath(args.dir), "opedb": args.opedb, "articles": n, "no_output": no_output,
        "fields": {f: {"exact": exact[f], "percent": round(100.0 * exact[f] / n, 2)} for f in FIELDS},
        "all_fields_exact": all_exact, "all_fields_exact_percent": round(100.0 * all_exact / n, 2),
        "cpu_seconds": round(cpu, 3), "cpu_ms_per_article": round(1000.0 * cpu / n, 4),
        "cpu_ms_per_article_runs": [round(1000.0 * c / n, 4) for c in cpus],
        "wall_seconds": round(wall, 3),
    }
    if args.by_feature:
        report["features"] = by_feature
    if args.show:
        report["diffs"] = {f: [{"file": os.path.relpath(p, args.dir), "truth": w, "got": g}
                               for p, w, g in failures[f][:args.show]] for f in FIELDS if failures[f]}
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return

    print(f"{n} articles in {args.dir}, parsed by {args.opedb}" + (f" ({no_output} without output)" if no_output else ""))
    print()
    print("| field | exact | % exact |")
    print("|---|---:|---:|")
    for f in FIELDS:
        print(f"| {f} | {exact[f]} | {100.0 * exact[f] / n:.2f} |")
    print(f"| **every field** | **{all_exact}** | **{100.0 * all_exact / n:.2f}** |")
    print()
    spread = (f", median of {len(cpus)} runs, min {1000.0 * min(cpus) / n:.3f}, max {1000.0 * max(cpus) / n:.3f}"
              if len(cpus) > 1 else "")
    print(f"parse CPU: {1000.0 * cpu / n:.3f} ms/article (user+sys {cpu:.2f} s over {n}{spread}; wall {wall:.2f} s, "
          f"{args.jobs} job(s), {args.batch} paths per call)")
    if args.by_feature:
        print()
        print("| feature | articles | every field exact | fields failing most (articles) |")
        print("|---|---:|---:|---|")
        for feature, stat in sorted(by_feature.items()):
            worst = sorted(stat["failing"].items(), key=lambda kv: -kv[1])[:4]
            print(f"| {feature} | {stat['articles']} | {100.0 * stat['all_exact'] / stat['articles']:.1f}% | "
                  + ", ".join(f"{k} {v}" for k, v in worst) + " |")
    if args.show:
        for f in FIELDS:
            if not failures[f]:
                continue
            print()
            print(f"## {f}: {len(failures[f])} failing")
            for path, want, got in failures[f][:args.show]:
                print(f"  {os.path.relpath(path, args.dir)}")
                print(f"      {describe(f, want, got)}")


if __name__ == "__main__":
    main()
