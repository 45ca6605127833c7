#!/usr/bin/env python3
"""Measures opedb's HTML reader on the labelled real pages in ../shared/realworld-dev/.

For every page: title exact match (case, whitespace, quote and dash styles normalised), authors
(label names split on ';', compared as normalised sets; partial credit separately), date,
recall of the `with` snippets in the main text, leak rate of the `without` snippets, and the
share of pages with every `with` found and no `without`. Speed is pages per CPU-second of the
`opedb parse` processes (several hundred files per process, so start-up is amortised).

When trafilatura is importable, it runs on the same pages for the same figures side by side.

    swift build -c release
    python3 Benchmarks/realworld/measure_html.py [--bin .build/release/opedb] [--data DIR] [--json OUT]

The pages stay outside the repository; without the folder the script says so and exits 0.
"""
import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                        "„": '"', "‟": '"', "«": '"', "»": '"', "‹": "'", "›": "'", "–": "-", "—": "-",
                        "‐": "-", "‑": "-", "−": "-", "\u00a0": " "})


def norm(text):
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def norm_title(text):
    return norm(text).strip(" .")


def norm_name(name):
    name = norm(name)
    name = re.sub(r"^(by|von|par|por)\s+", "", name)
    return re.sub(r"[^\w ]", "", name).strip()


def label_authors(label):
    raw = label.get("author") or ""
    parts = raw if isinstance(raw, list) else raw.split(";")
    return {norm_name(a) for a in parts if norm_name(a)}


def score(labels, results):
    """results: file -> {"title", "authors" (list), "date", "text"} or None (failed)."""
    n = len(labels)
    title = author = author_partial = date = 0
    with_found = with_total = without_found = without_total = clean = failed = 0
    for name, label in labels.items():
        r = results.get(name)
        if r is None:
            failed += 1
            r = {"title": "", "authors": [], "date": "", "text": ""}
        if norm_title(r["title"]) == norm_title(label.get("title", "")):
            title += 1
        want = label_authors(label)
        got = {norm_name(a) for a in r["authors"] if norm_name(a)}
        if want == got:
            author += 1
        if want and got:
            author_partial += len(want & got) / len(want | got)
        elif not want and not got:
            author_partial += 1
        if (r["date"] or "")[:10] == label.get("date"):
            date += 1
        text = norm(r["text"])
        w = [s for s in label.get("with", []) if norm(s)]
        wo = [s for s in label.get("without", []) if norm(s)]
        found = sum(1 for s in w if norm(s) in text)
        leaked = sum(1 for s in wo if norm(s) in text)
        with_found += found
        with_total += len(w)
        without_found += leaked
        without_total += len(wo)
        if found == len(w) and leaked == 0:
            clean += 1
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    return {
        "pages": n, "failed": failed,
        "title %": pct(title, n), "author exact %": pct(author, n), "author partial %": pct(author_partial, n),
        "date %": pct(date, n), "with recall %": pct(with_found, with_total),
        "without leak %": pct(without_found, without_total), "all with, no without %": pct(clean, n),
    }


def run_opedb(binary, files, batch):
    """Parses files in batches of processes; a file that fails is named on stderr
    (`opedb: PATH: reason`) and the others go on. Returns (results, cpu_seconds)."""
    results = {}
    decoder = json.JSONDecoder()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    pending = list(files)
    while pending:
        chunk, pending = pending[:batch], pending[batch:]
        proc = subprocess.run([binary, "parse", *chunk], capture_output=True, text=True)
        out, pos, parsed = proc.stdout, 0, []
        while True:
            while pos < len(out) and out[pos].isspace():
                pos += 1
            if pos >= len(out):
                break
            obj, pos = decoder.raw_decode(out, pos)
            parsed.append(obj)
        failed = {line[len("opedb: "):].split(": ", 1)[0] for line in proc.stderr.splitlines() if line.startswith("opedb: ")}
        for path in chunk:
            if path in failed:
                results[os.path.basename(path)] = None
        for path, obj in zip([p for p in chunk if p not in failed], parsed):
            results[os.path.basename(path)] = {
                "title": obj.get("title", ""), "authors": [a["name"] for a in obj.get("authors", [])],
                "date": obj.get("published_on") or "", "text": obj.get("body", ""),
            }
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return results, cpu


def run_trafilatura(files):
    try:
        import trafilatura
    except ImportError:
        return None, None
    pages = []
    for path in files:
        with gzip.open(path, "rb") as f:
            pages.append((os.path.basename(path), f.read()))
    results = {}
    start = time.process_time()
    for name, html in pages:
        try:
            doc = trafilatura.bare_extraction(html, with_metadata=True)
        except Exception:
            doc = None
        if doc is None:
            results[name] = None
            continue
        get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
        results[name] = {"title": get("title") or "", "authors": authors, "date": get("date") or "",
                         "text": get("text") or ""}
    return results, time.process_time() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "realworld-dev"))
    parser.add_argument("--bin", default=None)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--json", help="write per-page opedb results here")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args()
    labels_path = os.path.join(args.data, "labels.json")
    if not os.path.exists(labels_path):
        print(f"measure_html: {args.data} not found; nothing to measure")
        return 0
    binary = args.bin or next((p for p in (os.path.join(ROOT, ".build/release/opedb"), os.path.join(ROOT, ".build/debug/opedb"))
                               if os.path.exists(p)), None)
    if binary is None:
        print("measure_html: build opedb first (swift build -c release)")
        return 1
    labels = json.load(open(labels_path, encoding="utf-8"))
    files = [os.path.join(args.data, "pages", name) for name in sorted(labels)]
    ours, cpu = run_opedb(binary, files, args.batch)
    table = {"opedb": score(labels, ours)}
    table["opedb"]["pages/s per core"] = len(files) / cpu if cpu else 0
    if args.json:
        json.dump(ours, open(args.json, "w"), ensure_ascii=False, indent=1)
    if not args.no_trafilatura:
        theirs, their_cpu = run_trafilatura(files)
        if theirs is not None:
            table["trafilatura"] = score(labels, theirs)
            table["trafilatura"]["pages/s per core"] = len(files) / their_cpu if their_cpu else 0
    names = list(table)
    print(f"binary: {os.path.relpath(binary, ROOT)}; pages: {len(files)}")
    print(f"| measure | {' | '.join(names)} |")
    print(f"|---|{'---|' * len(names)}")
    for key in table["opedb"]:
        cells = []
        for name in names:
            value = table[name].get(key, "")
            cells.append(f"{value:.1f}" if isinstance(value, float) else str(value))
        print(f"| {key} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
