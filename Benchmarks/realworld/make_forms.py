#!/usr/bin/env python3
"""Turns the real pages of the development set into the Markdown forms users bring to opedb.

For every `pages/pNNNN-HOST.html.gz` of the set, writes `OUT/FORM/pNNNN-HOST.md` for each form:

  trafilatura  trafilatura's main text as Markdown with YAML front matter
               (`extract(html, output_format="markdown", with_metadata=True)`, the same as
               `trafilatura --markdown --with-metadata`)
  markdownify  the whole page through markdownify (its defaults: setext headings, scripts' text kept)
  html2text    the whole page through html2text (no line wrapping)
  pandoc       the whole page through `pandoc -f html -t gfm`

A form whose tool is missing is skipped with a note. Existing files are kept unless --force, so
a second run only fills gaps. The output goes OUTSIDE the repository: the pages are third-party
text and must never be committed.

    python3 Benchmarks/realworld/make_forms.py [--pages DIR] [--out DIR] [--forms a,b] [--jobs N]
"""
import argparse
import gzip
import os
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PAGES = os.path.normpath(os.path.join(HERE, "../../../shared/realworld-dev/pages"))
if not os.path.isdir(DEFAULT_PAGES):
    DEFAULT_PAGES = "/work/shared/realworld-dev/pages"
ALL_FORMS = ["trafilatura", "markdownify", "html2text", "pandoc"]


def available(form):
    try:
        if form == "trafilatura":
            import trafilatura  # noqa: F401
        elif form == "markdownify":
            import markdownify  # noqa: F401
        elif form == "html2text":
            import html2text  # noqa: F401
        elif form == "pandoc":
            return shutil.which("pandoc") is not None
        return True
    except ImportError:
        return False


def decode(raw):
    """The page as text: trafilatura's own charset guess when present, else UTF-8 with replacement."""
    try:
        from trafilatura.utils import decode_file
        return decode_file(raw)
    except ImportError:
        return raw.decode("utf-8", errors="replace")


def convert(form, raw, html):
    if form == "trafilatura":
        import trafilatura
        return trafilatura.extract(raw, output_format="markdown", with_metadata=True) or ""
    if form == "markdownify":
        from markdownify import markdownify
        return markdownify(html)  # defaults, as a user would call it
    if form == "html2text":
        import html2text
        h = html2text.HTML2Text()
        h.body_width = 0
        return h.handle(html)
    if form == "pandoc":
        run = subprocess.run(["pandoc", "-f", "html", "-t", "gfm"], input=html.encode("utf-8"),
                             capture_output=True, timeout=120)
        return run.stdout.decode("utf-8", errors="replace")
    raise ValueError(form)


def work(args):
    path, out, forms, force = args
    name = os.path.basename(path)[: -len(".html.gz")] + ".md"
    todo = [f for f in forms if force or not os.path.exists(os.path.join(out, f, name))]
    if not todo:
        return name, []
    raw = gzip.open(path).read()
    html = decode(raw)
    failed = []
    for form in todo:
        try:
            text = convert(form, raw, html)
        except Exception as e:  # one page's failure must not stop the set
            failed.append(f"{form}: {type(e).__name__}: {e}")
            continue
        with open(os.path.join(out, form, name), "w", encoding="utf-8") as f:
            f.write(text)
    return name, failed


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pages", default=DEFAULT_PAGES, help="folder of pNNNN-HOST.html.gz (default: %(default)s)")
    p.add_argument("--out", default=os.environ.get("REALWORLD_FORMS", "/work/realworld-forms"),
                   help="output folder, outside the repository (default: %(default)s or $REALWORLD_FORMS)")
    p.add_argument("--forms", default=",".join(ALL_FORMS), help="comma-separated forms (default: all)")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    p.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    p.add_argument("--force", action="store_true", help="rewrite existing files")
    a = p.parse_args()

    if not os.path.isdir(a.pages):
        print(f"make_forms: no pages at {a.pages}; nothing to do", file=sys.stderr)
        return 0
    repo = os.path.normpath(os.path.join(HERE, "../.."))
    if os.path.abspath(a.out).startswith(repo + os.sep):
        print("make_forms: --out must be outside the repository (the pages are third-party text)", file=sys.stderr)
        return 2
    forms = []
    for form in a.forms.split(","):
        if available(form):
            forms.append(form)
        else:
            print(f"make_forms: {form} is not installed; skipping that form", file=sys.stderr)
    if not forms:
        return 0
    for form in forms:
        os.makedirs(os.path.join(a.out, form), exist_ok=True)
    pages = sorted(os.path.join(a.pages, n) for n in os.listdir(a.pages) if n.endswith(".html.gz"))
    if a.limit:
        pages = pages[: a.limit]
    failures = 0
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for i, (name, failed) in enumerate(pool.map(work, [(p, a.out, forms, a.force) for p in pages], chunksize=4), 1):
            for f in failed:
                failures += 1
                print(f"make_forms: {name}: {f}", file=sys.stderr)
            if i % 50 == 0:
                print(f"make_forms: {i}/{len(pages)}", file=sys.stderr)
    print(f"make_forms: {len(pages)} pages x {len(forms)} forms into {a.out} ({failures} failures)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
