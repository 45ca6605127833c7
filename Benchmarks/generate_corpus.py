#!/usr/bin/env python3
"""Deterministic corpus generator for opedb benchmarks.

Writes N articles in opedb's input format (Markdown renderings of article pages) into a folder,
spread over sub-folders of 1,000. Bodies come from the real English news text in
../shared/corpus/*.csv when it is there (sentences re-mixed, capitalised again), else from a
Zipf-distributed synthetic vocabulary. Metadata varies: one to three authors from a pool with
and without middle initials, dates from 1995 to 2025, several outlets, subtitles, credits,
related lines, pull quotes, bios with books, disclaimers and URLs — each present or missing.

Usage: generate_corpus.py N OUTDIR [--seed S] [--words W]
"""
import argparse, bisect, csv, glob, itertools, os, random, re, sys

FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ilse", "Jonas", "Katya", "Lars",
         "Mira", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Sven", "Tamar", "Ulla", "Viktor", "Wanda", "Yuri",
         "Zoë", "Jiří", "Łukasz", "Renée", "Søren", "Ágnes"]
LAST = ["Abramov", "Berg", "Castellano", "Dvořák", "Eklund", "Fischer", "Gorski", "Halvorsen", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Marchetti", "Novák", "Orlov", "Petrov", "Quist", "Rasmussen", "Sokolova", "Tanaka",
        "Umarov", "Varga", "Wójcik", "Yilmaz", "Zhukov", "Brandt", "Nakamura", "Okafor", "Haddad", "Moreau"]
OUTLETS = [("The Moscow Times", "themoscowtimes.com"), ("The Harbour Gazette", "harbourgazette.example"),
           ("Nordic Herald", "nordicherald.example"), ("The Baltic Review", "balticreview.example"),
           (None, "reuters.com")]
KINDS = ["Op-ed", "Opinion", "Analysis", "Editorial", "Interview", None, None]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PUBLISHERS = ["Harvard University Press", "Farrar, Straus and Giroux", "Cornell University Press", "Lantern House",
              "Meridian Books", "Northbridge University Press"]


def load_sentences(corpus_dir):
    texts = set()
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                texts.add(row["text"])
    sentences = []
    for text in sorted(texts):
        for s in re.split(r"\.\s+", text):
            words = s.split()
            if 6 <= len(words) <= 40:
                sentences.append(" ".join(words))
    return sentences


def zipf_vocabulary(rng, size=20000):
    syllables = ["ka", "lo", "mi", "ran", "to", "vel", "sor", "en", "dal", "ri", "no", "ste", "pa", "gu", "lin"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))))
    words = sorted(words)
    weights = [1.0 / (i + 1) for i in range(len(words))]
    return words, weights


class Generator:
    def __init__(self, seed, words_per_article, corpus_dir):
        self.rng = random.Random(seed)
        self.words = words_per_article
        self.sentences = load_sentences(corpus_dir) if os.path.isdir(corpus_dir) else []
        if not self.sentences:
            self.vocab, self.weights = zipf_vocabulary(self.rng)
        self.titles = []
        # Proper nouns from a Zipf-distributed synthetic vocabulary: a few are everywhere, most are rare,
        # as in real news (the BBC text alone repeats its sentences, so it has no rare words).
        syllables = ["ka", "lo", "mi", "ran", "tov", "vel", "sor", "en", "dal", "ri", "nov", "ste", "pa", "gur", "lin", "zar"]
        names = set()
        while len(names) < 60000:
            names.add("".join(self.rng.choice(syllables) for _ in range(self.rng.randint(2, 4))).capitalize())
        self.names = sorted(names)
        self.rng.shuffle(self.names)
        self.name_cumweights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.names))))

    def sentence(self):
        r = self.rng
        if self.sentences:
            s = r.choice(self.sentences)
        else:
            s = " ".join(r.choices(self.vocab, self.weights, k=r.randint(8, 28)))
        s = s.rstrip(". ")
        return s[0].upper() + s[1:] + "."

    def proper_noun(self):
        x = self.rng.random() * self.name_cumweights[-1]
        return self.names[bisect.bisect_left(self.name_cumweights, x)]

    def paragraph(self):
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 5))]
        k = self.rng.randrange(len(sentences))
        sentences[k] = sentences[k][:-1] + f", said officials in {self.proper_noun()}."
        return " ".join(sentences)

    def person(self):
        r = self.rng
        name = r.choice(FIRST)
        if r.random() < 0.15:
            name += " " + r.choice("ABCDEFGHJKLMNPRST") + "."
        return name + " " + r.choice(LAST)

    def article(self, i):
        r = self.rng
        words = sorted(set(w for w in self.sentence().rstrip(".").split() if len(w) > 3))
        title = " ".join(w.capitalize() for w in r.sample(words, min(len(words), r.randint(3, 8)))) or f"Article {i}"
        title = f"{title} {i}"
        kind = r.choice(KINDS)
        outlet, domain = r.choice(OUTLETS)
        year, month, day = r.randint(1995, 2025), r.randint(1, 12), r.randint(1, 28)
        authors = [self.person() for _ in range(r.choice([1, 1, 1, 2, 3]))]
        out = [f"# {title}" + (f" ({kind})" if kind else "")]
        if r.random() < 0.8:
            out.append(f"**{self.sentence()}**")
        links = [f"[{a}](#)" for a in authors]
        byline = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
        out.append(f"By {byline}")
        fmt = r.random()
        if fmt < 0.5:
            out.append(f"{MONTHS[month - 1]} {day:02d}, {year}")
        elif fmt < 0.8:
            out.append(f"{day} {MONTHS[month - 1]} {year}")
        else:
            out.append(f"{year}-{month:02d}-{day:02d}")
        if r.random() < 0.7:
            out.append(f"**{self.person()} / {r.choice(['TASS', 'Reuters', 'AFP', 'AP'])}**")
        written = 0
        body = []
        while written < self.words:
            p = self.paragraph()
            written += len(p.split())
            body.append(p)
        if len(body) > 3 and r.random() < 0.5:
            k = r.randrange(1, len(body) - 1)
            head, _, tail = body[k].rpartition(" ")
            body[k] = head.rstrip(".")
            body.insert(k + 1, tail[0].lower() + tail[1:] if tail else "and more.")
        if self.titles and r.random() < 0.4:
            body.insert(r.randrange(1, len(body)), f"**Related article:** [{r.choice(self.titles)}](#)")
        if r.random() < 0.3:
            body.insert(r.randrange(1, len(body)), f'*"{self.sentence()}"*')
        out += body
        self.last_body = "\n\n".join(p for p in body if not p.startswith("**Related") and not p.startswith('*"'))
        for a in authors:
            note = f"*{a} is a fellow at the Institute of {r.choice(words).capitalize() if words else 'Studies'}."
            if r.random() < 0.3:
                note += (f" {a.split()[0]} is the author of {self.sentence().rstrip('.')[:60]} "
                         f"({r.choice(PUBLISHERS)}, {r.randint(1990, 2024)})")
            out.append(note + "*")
        if outlet and kind in ("Op-ed", "Opinion"):
            out.append(f"*The views expressed in opinion pieces do not necessarily reflect the position of {outlet}.*")
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        if r.random() < 0.9:
            out.append(f"Original url:\n\n<https://www.{domain}/{year}/{month:02d}/{day:02d}/{slug}>")
        self.titles.append(title)
        if len(self.titles) > 500:
            self.titles.pop(0)
        return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", help="articles go to OUTDIR/articles/NNNN/, titles-bodies.tsv beside them")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--words", type=int, default=780)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus"))
    args = ap.parse_args()
    gen = Generator(args.seed, args.words, args.corpus)
    total = 0
    # Titles and bodies for the engine-limit loader, which parses nothing.
    os.makedirs(args.outdir, exist_ok=True)
    tsv = open(os.path.join(args.outdir, "titles-bodies.tsv"), "w", encoding="utf-8")
    for i in range(1, args.n + 1):
        folder = os.path.join(args.outdir, "articles", f"{(i - 1) // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        text = gen.article(i)
        data = text.encode("utf-8")
        title = text.split("\n", 1)[0].lstrip("# ")
        body = gen.last_body
        esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        tsv.write(esc(title) + "\t" + esc(body) + "\n")
        total += len(data)
        with open(os.path.join(folder, f"{i:07d}.md"), "wb") as f:
            f.write(data)
    tsv.close()
    print(f"{args.n} articles, {total} bytes in {args.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
