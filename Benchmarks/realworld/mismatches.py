#!/usr/bin/env python3
"""Prints, field by field, the pages where `opedb parse` disagrees with the labels (a worklist).

    python3 Benchmarks/realworld/mismatches.py [--opedb BIN] [--field title,authors,date,url,with,without] FORM_OR_FOLDER

Uses measure.py's normalisation and batching; prints `file: got | want` lines per field, then
counts. Nothing is written anywhere; the pages stay in ../shared/realworld-dev/.
"""
import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="a form name under --forms-dir, a folder of .md files, or of .html.gz pages")
    p.add_argument("--opedb", default=os.path.join(measure.REPO, ".build/debug/opedb"))
    p.add_argument("--labels", default=os.path.join(measure.default_shared(), "labels.json"))
    p.add_argument("--forms-dir", default=os.environ.get("REALWORLD_FORMS", "/work/realworld-forms"))
    p.add_argument("--field", default="title,authors,date,url,with,without")
    a = p.parse_args()
    labels = json.load(open(a.labels, encoding="utf-8"))
    folder = a.input if os.path.isdir(a.input) else os.path.join(a.forms_dir, a.input)
    files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if measure.label_key(n) in labels)
    temp, files = measure.inflate_pages(files)
    try:
        by_path, _ = measure.run_opedb(a.opedb, files, 50)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    fields = a.field.split(",")
    counts = {f: 0 for f in fields}
    for path, r in sorted(by_path.items()):
        key = measure.label_key(path)
        label = labels[key]
        short = key[: -len(".html.gz")]
        if r is None:
            print(f"FAILED {short}")
            continue
        if "title" in fields and measure.norm_title(r["title"]) != measure.norm_title(label.get("title", "")):
            counts["title"] += 1
            print(f"title   {short}: {r['title']!r} | {label.get('title')!r}")
        if "authors" in fields:
            author = label.get("author") or ""
            gold = {measure.norm_name(x) for x in (author if isinstance(author, list) else author.split(";")) if measure.norm_name(x)}
            joined = {measure.norm_name(x) for x in (author if isinstance(author, list) else measure.split_joined(author)) if measure.norm_name(x)}
            pred = {measure.norm_name(x) for x in r["authors"] if measure.norm_name(x)}
            if pred != gold and pred != joined:
                counts["authors"] += 1
                print(f"authors {short}: {r['authors']!r} | {author!r}")
        if "date" in fields and (r["date"] or "") != (label.get("date") or ""):
            counts["date"] += 1
            print(f"date    {short}: {r['date']!r} | {label.get('date')!r}")
        if "url" in fields and not (r["url"] and measure.norm_url(r["url"]) == measure.norm_url(label.get("url"))):
            counts["url"] += 1
            print(f"url     {short}: {r['url']!r} | {label.get('url')!r}")
        body = measure.plain_body(r["body"])
        if "with" in fields:
            for w in label.get("with", []):
                if measure.plain_body(w) not in body:
                    counts["with"] += 1
                    print(f"with    {short}: missing {w[:80]!r}")
        if "without" in fields:
            for w in label.get("without", []):
                if measure.plain_body(w) in body:
                    counts["without"] += 1
                    print(f"without {short}: leaked {w[:80]!r}")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
