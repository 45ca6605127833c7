#!/usr/bin/env python3
"""Scores `opedb parse` on real pages, in the forms real tools produce, against human labels.

    python3 Benchmarks/realworld/measure.py [--opedb .build/debug/opedb] [FORM_OR_FOLDER ...]

Each argument is a folder of `pNNNN-HOST.md` files (one form, as make_forms.py writes it), a
form name under --forms-dir, or a folder of `pNNNN-HOST.html.gz` pages (inflated to a temporary
folder first). Without arguments: every form folder under --forms-dir, then the pages. A file's
name finds its labels (`pNNNN-HOST.html.gz` in labels.json).

Metrics, per form, over every labelled page (a page that is missing or fails to parse scores 0):
  title      exact match after normalising case, whitespace, quote and dash styles, trailing punctuation
  authors    exact: the set of normalised names equals the label's (split on `;`, or a list), or
             the label's split at the joiners bylines print (`A and B`, `A, B`, `A und B`, `A & B`);
             partial: the F1 of the two name sets, averaged over pages
  date       published_on equals the labelled YYYY-MM-DD
  outlet     publication equals the labelled sitename (only pages labelled with one)
  url        the canonical URL equals the labelled one (scheme, `www.`, trailing `/` ignored)
  with       recall of the `with` snippets in the body (all snippets of all pages); a subtitle the page
             shows (a standfirst opedb keeps apart from the body) counts as body text, here and below
  leak       share of `without` snippets found in the body
  clean      pages with every `with` snippet and no `without` snippet
  F1 proxy   bag-of-words F1 of the body against trafilatura's own extraction of the same page.
             A PROXY: it measures agreement with trafilatura, not correctness.
  pages/s    pages divided by the wall time of the `opedb parse` runs (batches, so start-up is
             paid once per batch), parse only.
With trafilatura installed, its own extraction of each HTML page is scored on the same metrics in
the same run (row `trafilatura (HTML)`).

--json prints the rows as JSON instead of the markdown table. Nothing is written anywhere.
"""
import argparse
import collections
import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "../.."))


def default_shared():
    for candidate in [os.path.join(REPO, "../shared/realworld-dev"), "/work/shared/realworld-dev"]:
        if os.path.isdir(candidate):
            return os.path.normpath(candidate)
    return "/work/shared/realworld-dev"


# ---------------------------------------------------------------- normalisation

QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
                        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
                        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": ""})


def norm_text(s):
    s = unicodedata.normalize("NFKC", s or "").translate(QUOTES).casefold()
    return re.sub(r"\s+", " ", s).strip()


def norm_title(s):
    return norm_text(s).rstrip(" .:;,!?")


def norm_name(s):
    s = norm_text(s)
    s = re.sub(r"[.,]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def plain_body(s):
    """Markdown leftovers out, so snippets written as visible text can match."""
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", s or "")
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>|~])", r"\1", s)
    s = s.replace("**", "").replace("*", "").replace("__", "")
    return norm_text(s)


def tokens(s):
    return re.findall(r"\w+", norm_text(s))


def bag_f1(pred, ref):
    p, r = collections.Counter(tokens(pred)), collections.Counter(tokens(ref))
    if not p or not r:
        return 1.0 if not p and not r else 0.0
    overlap = sum((p & r).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def norm_url(u):
    u = (u or "").strip().lower()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.split("#")[0].rstrip("/")


JOINERS = re.compile(r"\s*(?:;|,|&|\s/\s|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)


def split_joined(label):
    """A label's names split at every joiner a byline prints between people."""
    return [part for part in JOINERS.split(label) if part.strip()]


def names_f1(pred, gold):
    if not pred or not gold:
        return 1.0 if not pred and not gold else 0.0
    hit = len(pred & gold)
    if hit == 0:
        return 0.0
    return 2 * hit / (len(pred) + len(gold))


# ---------------------------------------------------------------- scoring

def score(results, labels, reference_bodies, seconds):
    """results: {label key: {title, authors [names], date, publication, body} or None}."""
    n = len(labels)
    title = authors_exact = date = outlet = outlet_n = clean = url = 0
    authors_partial = f1_sum = 0.0
    f1_n = 0
    with_found = with_total = leak_found = leak_total = 0
    parsed = 0
    for key, label in labels.items():
        r = results.get(key)
        withs, withouts = label.get("with", []), label.get("without", [])
        with_total += len(withs)
        leak_total += len(withouts)
        if label.get("sitename"):
            outlet_n += 1
        if r is None:
            continue
        parsed += 1
        if norm_title(r["title"]) == norm_title(label.get("title", "")):
            title += 1
        author = label.get("author") or ""
        gold = {norm_name(a) for a in (author if isinstance(author, list) else author.split(";")) if norm_name(a)}
        # Labellers also joined several people as they are printed (`A and B`, `A, B`, `A und B`):
        # those people, one by one, are the label too.
        joined = {norm_name(a) for a in (author if isinstance(author, list) else split_joined(author)) if norm_name(a)}
        pred = {norm_name(a) for a in r["authors"] if norm_name(a)}
        authors_exact += pred == gold or pred == joined
        authors_partial += max(names_f1(pred, gold), names_f1(pred, joined))
        date += (r["date"] or "") == (label.get("date") or "")
        url += bool(r["url"]) and norm_url(r["url"]) == norm_url(label.get("url"))
        if label.get("sitename"):
            outlet += norm_title(r["publication"]) == norm_title(label["sitename"])
        body = plain_body(r["body"])
        found = sum(plain_body(w) in body for w in withs)
        leaked = sum(plain_body(w) in body for w in withouts)
        with_found += found
        leak_found += leaked
        clean += found == len(withs) and leaked == 0
        ref = reference_bodies.get(key)
        if ref is not None:
            f1_sum += bag_f1(r["body"], ref)
            f1_n += 1

    def pct(a, b):
        return round(100.0 * a / b, 1) if b else None

    return {
        "pages": n, "parsed": parsed,
        "title": pct(title, n), "authors": pct(authors_exact, n), "authors_partial": pct(authors_partial, n),
        "date": pct(date, n), "url": pct(url, n), "outlet": pct(outlet, outlet_n), "outlet_pages": outlet_n,
        "with_recall": pct(with_found, with_total), "without_leak": pct(leak_found, leak_total),
        "clean_pages": pct(clean, n),
        "body_f1_proxy": round(100.0 * f1_sum / f1_n, 1) if f1_n else None,
        "pages_per_s": round(parsed / seconds, 1) if seconds else None,
    }


# ---------------------------------------------------------------- running opedb

def label_key(path):
    name = os.path.basename(path)
    for ext in (".html.gz", ".md", ".html", ".txt"):
        if name.endswith(ext):
            return name[: -len(ext)] + ".html.gz"
    return name


def read_json_stream(text):
    decoder, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = decoder.raw_decode(text, i)
        out.append(obj)


def article_result(a, source=None):
    """A standfirst the page shows is kept as `subtitle`, not repeated in `body`: it counts as body
    text when the page shows it (a `description` meta tag the page never shows does not)."""
    body = a.get("body") or ""
    subtitle = a.get("subtitle")
    if subtitle and source and is_shown(subtitle, source):
        body = subtitle + "\n\n" + body
    return {"title": a.get("title") or "", "authors": [x["name"] for x in a.get("authors") or []],
            "date": a.get("published_on"), "url": a.get("url"), "publication": a.get("publication") or "", "body": body}


def shown_text(source):
    """The visible text of a page (tags, `<head>`, scripts and styles out) or of a Markdown file."""
    text = open(source, encoding="utf-8", errors="replace").read()
    if source.endswith(".html"):
        text = re.sub(r"(?is)<(head|script|style|noscript)\b.*?</\1\s*>", " ", text)
        text = html.unescape(re.sub(r"(?s)<[^>]*>", " ", text))
    return plain_body(text)


def is_shown(subtitle, source):
    """The subtitle's words appear, in order, in what the page shows."""
    return plain_body(subtitle) in shown_text(source)


def run_opedb(opedb, paths, batch):
    """{path: result or None}, and the seconds spent in opedb."""
    out, seconds = {}, 0.0

    def run(chunk):
        nonlocal seconds
        start = time.perf_counter()
        p = subprocess.run([opedb, "parse", *chunk], capture_output=True, timeout=600)
        seconds += time.perf_counter() - start
        if p.returncode != 0:
            return None
        try:
            articles = read_json_stream(p.stdout.decode("utf-8", errors="replace"))
        except ValueError:
            return None
        return articles if len(articles) == len(chunk) else None

    for i in range(0, len(paths), batch):
        chunk = paths[i: i + batch]
        articles = run(chunk)
        if articles is None:  # one file stopped the batch: one at a time
            for path in chunk:
                single = run([path])
                out[path] = article_result(single[0], path) if single else None
        else:
            for path, a in zip(chunk, articles):
                out[path] = article_result(a, path)
    return out, seconds


def inflate_pages(files):
    """(temporary folder or None, paths): `.html.gz` pages inflated to `.html` files for opedb."""
    if not files or not all(f.endswith(".html.gz") for f in files):
        return None, files
    temp = tempfile.mkdtemp(prefix="opedb-measure-")
    paths = []
    for f in files:
        target = os.path.join(temp, os.path.basename(f)[: -len(".gz")])
        with gzip.open(f) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        paths.append(target)
    return temp, paths


# ---------------------------------------------------------------- trafilatura itself

def trafilatura_extract(pages_dir, keys):
    """{key: result}, {key: body} and seconds, or None when trafilatura is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    results, bodies, seconds = {}, {}, 0.0
    for key in keys:
        path = os.path.join(pages_dir, key)
        if not os.path.exists(path):
            continue
        raw = gzip.open(path).read()
        start = time.perf_counter()
        try:
            doc = trafilatura.bare_extraction(raw, with_metadata=True)
        except Exception:
            doc = None
        seconds += time.perf_counter() - start
        if doc is None:
            results[key] = None
            continue
        get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        results[key] = {"title": get("title") or "", "authors": [a for a in (get("author") or "").split(";")],
                        "date": get("date"), "url": get("url"), "publication": get("sitename") or "", "body": get("text") or ""}
        bodies[key] = get("text") or ""
    return results, bodies, seconds


# ---------------------------------------------------------------- main

COLUMNS = [("form", "form"), ("pages", "pages"), ("parsed", "parsed"), ("title", "title %"),
           ("authors", "authors %"), ("authors_partial", "authors partial %"), ("date", "date %"), ("url", "url %"),
           ("outlet", "outlet %"), ("with_recall", "with recall %"), ("without_leak", "without leak %"),
           ("clean_pages", "clean pages %"), ("body_f1_proxy", "body F1 proxy %"), ("pages_per_s", "pages/s")]


def table(rows):
    lines = ["| " + " | ".join(h for _, h in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join("—" if row.get(k) is None else str(row[k]) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)


def main():
    shared = default_shared()
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", help="form folders, form names, or a folder of .html.gz pages")
    p.add_argument("--opedb", default=os.path.join(REPO, ".build/debug/opedb"), help="opedb binary (default: %(default)s)")
    p.add_argument("--labels", default=os.path.join(shared, "labels.json"))
    p.add_argument("--pages", default=os.path.join(shared, "pages"), help="the .html.gz pages (for trafilatura's own row)")
    p.add_argument("--forms-dir", default=os.environ.get("REALWORLD_FORMS", "/work/realworld-forms"))
    p.add_argument("--batch", type=int, default=50, help="paths per opedb invocation (default: %(default)s)")
    p.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura's own row and the F1 proxy")
    p.add_argument("--json", action="store_true", help="JSON rows instead of a markdown table")
    a = p.parse_args()

    if not os.path.exists(a.labels):
        print(f"measure: no labels at {a.labels}; nothing to measure", file=sys.stderr)
        return 0
    if not os.access(a.opedb, os.X_OK):
        print(f"measure: no opedb binary at {a.opedb} (swift build first, or --opedb PATH)", file=sys.stderr)
        return 2
    labels = json.load(open(a.labels, encoding="utf-8"))

    inputs = a.inputs
    if not inputs:
        inputs = sorted(d for d in os.listdir(a.forms_dir)) if os.path.isdir(a.forms_dir) else []
        inputs.append(a.pages)
    folders = []
    for item in inputs:
        folder = item if os.path.isdir(item) else os.path.join(a.forms_dir, item)
        if not os.path.isdir(folder):
            print(f"measure: {item}: no such folder or form; skipped", file=sys.stderr)
            continue
        folders.append(folder)

    rows = []
    reference = {}
    if not a.no_trafilatura:
        extracted = trafilatura_extract(a.pages, sorted(labels))
        if extracted is None:
            print("measure: trafilatura is not installed: no trafilatura row and no F1 proxy", file=sys.stderr)
        else:
            results, reference, seconds = extracted
            row = score(results, labels, reference, seconds)
            row["form"] = "trafilatura (HTML)"
            rows.append(row)

    for folder in folders:
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder)
                       if label_key(n) in labels and (n.endswith(".md") or n.endswith(".html.gz")))
        temp, paths = inflate_pages(files)
        try:
            by_path, seconds = run_opedb(a.opedb, paths, a.batch)
        finally:
            if temp:
                shutil.rmtree(temp, ignore_errors=True)
        results = {label_key(path): r for path, r in by_path.items()}
        row = score(results, labels, reference, seconds)
        name = os.path.basename(os.path.normpath(folder))
        row["form"] = "HTML pages" if temp else name
        rows.append(row)

    if a.json:
        print(json.dumps(rows, indent=2))
    else:
        print(table(rows))
        print("\nbody F1 proxy: bag-of-words F1 against trafilatura's own extraction (agreement, not truth).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
