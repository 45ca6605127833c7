#!/usr/bin/env python3
"""Deterministic corpus generator for opedb benchmarks.

Writes N articles in opedb's input format (Markdown renderings of article pages) into a folder,
spread over sub-folders of 1,000. Bodies come from the real English news text in
../shared/corpus/*.csv when it is there (sentences re-mixed, capitalised again), else from a
Zipf-distributed synthetic vocabulary. Metadata varies: one to three authors from a pool with
and without middle initials, dates from 1995 to 2025, several outlets, subtitles, credits,
related lines, pull quotes, bios with books, disclaimers and URLs — each present or missing.

With --truth, each NNNNNNN.md gets a NNNNNNN.truth.json beside it: the exact values a correct
parser extracts (rules below, at Truth); Benchmarks/measure_corpus.py compares a binary with them.
With --varied, the articles are richer (see article_varied); without it the output is the same
byte for byte as before these flags existed, for the same seed.

Usage: generate_corpus.py N OUTDIR [--seed S] [--words W] [--truth] [--varied]
"""
import argparse, bisect, csv, glob, html.entities, itertools, json, os, random, re, sys

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


# ---------------------------------------------------------------------------------------------
# Ground truth (--truth): what a correct parser extracts from each article.
#
# Rules, field by field (where the format leaves room, the generator's intent is recorded):
#   title        the heading text without the kind marker.
#   kind         the marker lowercased (`Op-Ed` -> `op-ed`); no marker: `op-ed` when the article
#                carries an opinion disclaimer, else `news`.
#   subtitle     the bold standfirst's text, null when the article has none.
#   authors      byline names in byline order, as written (middle initials kept).
#   published_on the date line as YYYY-MM-DD.
#   image_credit the credit's text without `Photo:` / `Photo credit:` labels; null when absent.
#   url          the `Original url:` address as written (no brackets); null when absent. Links
#                elsewhere in the body are body text, never the article's URL.
#   publication  the outlet named by the disclaimer; without one, the outlet a well-known domain
#                belongs to (KNOWN_DOMAINS, the entries of Sources/OpeDB/Parsing/KnownOutlets.swift
#                the generator uses); an unknown domain (harbourgazette.example) stands for
#                itself, host without `www.` — the article names no outlet, so its
#                domain is all a reader has; null with neither disclaimer nor URL.
#   related      the related lines' link texts, in order.
#   quotes       pull-quote texts without the quotation marks (their final period kept).
#   disclaimer   the disclaimer's text without the asterisks.
#   notes        the bio texts without asterisks, in order; consecutive paragraphs about one author
#                form one note joined by a space (the contract of Fixtures/*.expected.json).
#   books        {title, publisher, year, forthcoming} per citation in note order; `title` is the
#                whole title, subtitle included (`Keepers of the Light: Watchmen …`).
#   body         the visible text of the body paragraphs joined by a blank line: links become
#                their text, `<https://…>` its address, HTML entities decoded, whitespace
#                collapsed; related lines, pull quotes, notes, disclaimer and URL removed; a
#                paragraph the export broke mid-sentence re-joined with one space. Body
#                paragraphs that contain disclaimer-like words ("views expressed", "necessarily",
#                "first published", "originally appeared"), bare links and italic paragraphs
#                that are not bios are body.
# ---------------------------------------------------------------------------------------------

KNOWN_DOMAINS = {"themoscowtimes.com": "The Moscow Times", "reuters.com": "Reuters", "meduza.io": "Meduza",
                 "theguardian.com": "The Guardian", "rferl.org": "Radio Free Europe/Radio Liberty"}


def _entity(m):
    text = m.group(0)
    if text.startswith("&#x") or text.startswith("&#X"):
        return chr(int(text[3:-1], 16))
    if text.startswith("&#"):
        return chr(int(text[2:-1]))
    return html.entities.html5.get(text[1:], text)


def visible(md):
    """The text a reader sees in an inline Markdown fragment the generator wrote."""
    text = re.sub(r"\[([^\[\]]*)\]\([^()\s]*\)", r"\1", md)
    text = re.sub(r"<((?:https?|mailto):[^\s<>]*)>", r"\1", text)
    text = re.sub(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", _entity, text)
    return " ".join(text.split())


class Book:
    def __init__(self, title, publisher, year, forthcoming=False):
        self.title, self.publisher, self.year, self.forthcoming = title, publisher, year, forthcoming

    def to_json(self):
        return {"title": visible(self.title), "publisher": visible(self.publisher) if self.publisher else None,
                "year": self.year, "forthcoming": self.forthcoming}


class Truth:
    """Raw Markdown pieces of one article as the generator wrote them; to_json() renders them."""

    def __init__(self, title, marker, authors, date):
        self.title, self.marker, self.authors, self.date = title, marker, authors, date
        self.subtitle = self.credit = self.disclaimer = self.disclaimer_outlet = self.url = None
        self.opinion_disclaimer = True
        self.body, self.related, self.quotes, self.books = [], [], [], []
        self.notes = []  # (author, markdown text of one paragraph)
        # What the article contains, for failure rates by feature (measure_corpus.py --by-feature);
        # not a field.
        self.features = set()

    def to_json(self):
        if self.marker:
            kind = self.marker.lower()
        else:
            kind = "op-ed" if self.disclaimer and self.opinion_disclaimer else "news"
        domain = None
        if self.url:
            domain = self.url.split("://", 1)[1].split("/", 1)[0].lower()
            domain = domain[4:] if domain.startswith("www.") else domain
        publication = self.disclaimer_outlet or (KNOWN_DOMAINS.get(domain, domain) if domain else None)
        notes = []
        for author, text in self.notes:
            if notes and notes[-1][0] == author:
                notes[-1][1] += " " + visible(text)
            else:
                notes.append([author, visible(text)])
        y, m, d = self.date
        return {
            "title": visible(self.title), "kind": kind,
            "subtitle": visible(self.subtitle) if self.subtitle is not None else None,
            "authors": [visible(a) for a in self.authors], "published_on": f"{y:04d}-{m:02d}-{d:02d}",
            "image_credit": visible(self.credit) if self.credit is not None else None,
            "url": self.url, "publication": publication,
            "related": [visible(t) for t in self.related], "quotes": [visible(q) for q in self.quotes],
            "disclaimer": visible(self.disclaimer) if self.disclaimer else None,
            "notes": [text for _, text in notes], "books": [b.to_json() for b in self.books],
            "body": "\n\n".join(v for v in (visible(p) for p in self.body) if v),
            "features": sorted(self.features | self.derived_features()),
        }

    def derived_features(self):
        f = {f"authors-{len(self.authors)}"}
        if any(re.search(r" [A-Z]\. ", a) for a in self.authors):
            f.add("byline-middle-initial")
        if len(self.authors) > 1 and any(re.search(r" [A-Z]\. ", text) for _, text in self.notes):
            f.add("several-authors-bio-initial")
        if self.books:
            f.add("books")
        if any(b.forthcoming for b in self.books):
            f.add("forthcoming-book")
        if self.related:
            f.add("related")
        if self.quotes:
            f.add("pull-quote")
        if self.subtitle is None:
            f.add("no-subtitle")
        if self.url is None:
            f.add("no-url")
        if self.disclaimer:
            f.add("disclaimer")
            if not self.marker:
                f.add("unmarked-opinion")
        return f


# --varied pools.
V_FIRST = FIRST + ["Øystein", "Ólafur", "Małgorzata", "José", "François", "Çağla", "Aino", "Anna-Lena", "Björn",
                   "Zsófia", "Dương"]
V_LAST = LAST + ["Çelik", "Ødegaard", "Dąbrowska", "Müller-Brandt", "O'Connell", "Þórsdóttir", "van Dijk", "Nguyễn",
                 "Šimková", "Kovačević"]
V_KINDS = ["Op-ed", "Op-Ed", "Opinion", "Analysis", "Editorial", "Interview", "Commentary", None, None, None]
V_OUTLETS = OUTLETS + [("Meduza", "meduza.io"), (None, "theguardian.com"), ("The Guardian", "theguardian.com")]
V_PUBLISHERS = PUBLISHERS + ["Little, Brown and Company", "Simon & Schuster", "Oxford University Press",
                             "Houghton Mifflin Harcourt", "Farrar, Straus and Giroux", "Penguin Random House"]
FIELDS = ["history", "economics", "political science", "international relations", "sociology", "journalism"]
DISCLAIMERS = [
    "The views expressed in opinion pieces do not necessarily reflect the position of {outlet}.",
    "The opinions expressed in this article are the author's own and do not necessarily reflect the views of {outlet}.",
    "Views expressed are the author's own and not necessarily those of {outlet}.",
]
LINK_HOSTS = ["example.org", "data.example.net", "reports.example.com"]
MENTIONED = ["New York Times", "Financial Times", "Washington Post", "Harbour Gazette", "Guardian"]


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
        # The truth is recorded beside the text and draws nothing from the generator: the articles
        # stay byte-identical with or without --truth.
        t = Truth(title=title, marker=kind, authors=authors, date=(year, month, day))
        if r.random() < 0.8:
            out.append(f"**{self.sentence()}**")
            t.subtitle = out[-1][2:-2]
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
            t.credit = out[-1][2:-2]
        written = 0
        body = []
        while written < self.words:
            p = self.paragraph()
            written += len(p.split())
            body.append(p)
        t.body = list(body)
        if len(body) > 3 and r.random() < 0.5:
            k = r.randrange(1, len(body) - 1)
            head, _, tail = body[k].rpartition(" ")
            body[k] = head.rstrip(".")
            body.insert(k + 1, tail[0].lower() + tail[1:] if tail else "and more.")
            # The export broke the paragraph; the parser is to re-join the halves with one space.
            t.body[k] = body[k] + " " + body[k + 1]
            t.features.add("broken-paragraph" if body[k + 1][:1].islower() else "broken-before-nonlowercase")
        if self.titles and r.random() < 0.4:
            # Arguments in the original order: position first, then the title.
            pos = r.randrange(1, len(body))
            related = r.choice(self.titles)
            body.insert(pos, f"**Related article:** [{related}](#)")
            t.related.append(related)
        if r.random() < 0.3:
            pos = r.randrange(1, len(body))
            quote = self.sentence()
            body.insert(pos, f'*"{quote}"*')
            t.quotes.append(quote)
        out += body
        self.last_body = "\n\n".join(p for p in body if not p.startswith("**Related") and not p.startswith('*"'))
        for a in authors:
            note = f"*{a} is a fellow at the Institute of {r.choice(words).capitalize() if words else 'Studies'}."
            if r.random() < 0.3:
                book_title = self.sentence().rstrip('.')[:60]
                publisher, book_year = r.choice(PUBLISHERS), r.randint(1990, 2024)
                note += (f" {a.split()[0]} is the author of {book_title} "
                         f"({publisher}, {book_year})")
                t.books.append(Book(book_title, publisher, book_year))
            out.append(note + "*")
            t.notes.append((a, note[1:]))
        if outlet and kind in ("Op-ed", "Opinion"):
            out.append(f"*The views expressed in opinion pieces do not necessarily reflect the position of {outlet}.*")
            t.disclaimer, t.disclaimer_outlet = out[-1][1:-1], outlet
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        if r.random() < 0.9:
            out.append(f"Original url:\n\n<https://www.{domain}/{year}/{month:02d}/{day:02d}/{slug}>")
            t.url = f"https://www.{domain}/{year}/{month:02d}/{day:02d}/{slug}"
        self.titles.append(title)
        if len(self.titles) > 500:
            self.titles.pop(0)
        self.last_truth = t
        return "\n\n".join(out) + "\n"

    # ---- --varied: a richer article with every part the seed's format allows -------------------

    def varied_setup(self):
        # Title words: alphabetic words of the real sentences (no brackets or entities in titles).
        vocab = sorted({w for s in self.sentences for w in s.split() if w.isalpha() and len(w) >= 4}) \
            if self.sentences else [w for w in self.vocab if len(w) >= 4]
        self.title_vocab = vocab
        cues = ("views expressed", "necessarily")
        self.cue_sentences = {c: [x for x in self.sentences if c in x] for c in cues}

    def title_word(self):
        return self.rng.choice(self.title_vocab).capitalize()

    def person_varied(self):
        """(byline name, the name a bio may use instead: a middle initial added, or the same)."""
        r = self.rng
        first, last = r.choice(V_FIRST), r.choice(V_LAST)
        if r.random() < 0.25:
            name = f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
            return name, name
        alias = f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}" if r.random() < 0.2 else f"{first} {last}"
        return f"{first} {last}", alias

    def book_title(self):
        r, w = self.rng, self.title_word
        form = r.randrange(6)
        if form == 0:
            return f"{w()} and {w()}"
        if form == 1:
            return f"{w()}, {w()}, and {w()}"
        if form == 2:
            return f"The {w()} of {w()}: {w()}, {w()} and {w()} in {self.proper_noun()}"
        if form == 3:
            return f"{w()} {w()}: A History of {w()}"
        if form == 4:
            return f"A {w()} {w()}"
        return f"{w()}, {w()}: {w()} and the {w()} of {self.proper_noun()}, {r.randint(1900, 1950)}–{r.randint(1951, 2000)}"

    def citation(self, t):
        """One `Title (Publisher, Year)` and its Book in the truth."""
        r = self.rng
        title, publisher = self.book_title(), r.choice(V_PUBLISHERS)
        roll = r.random()
        if roll < 0.15:
            book, when = Book(title, publisher, None, True), "forthcoming"
        elif roll < 0.25:
            year = r.randint(2026, 2028)
            book, when = Book(title, publisher, year, True), f"forthcoming {year}"
        else:
            year = r.randint(1985, 2025)
            book, when = Book(title, publisher, year), str(year)
        t.books.append(book)
        return f"{title} ({publisher}, {when})"

    def citations(self, t):
        items = [self.citation(t) for _ in range(self.rng.choice([1, 1, 2, 2, 3]))]
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

    def bio(self, name, alias, t):
        """The bio paragraphs (Markdown) of one author; books go to the truth in order."""
        r = self.rng
        role = r.choice([
            f"a senior fellow at the {self.proper_noun()} Institute",
            f"a professor of {r.choice(FIELDS)} at the University of {self.proper_noun()}",
            f"a journalist based in {self.proper_noun()}",
            f"an associate professor of {r.choice(FIELDS)} at {self.proper_noun()} University",
            f"the director of the {self.proper_noun()} Centre for {r.choice(FIELDS).title()} Studies",
        ])
        shown = alias if r.random() < 0.5 else name
        if shown != name:
            t.features.add("bio-name-differs-from-byline")
        pronoun = r.choice(["He", "She", "They"])
        verb = "are" if pronoun == "They" else "is"
        paragraphs = []
        roll = r.random()
        if roll < 0.35:
            paragraphs.append(f"{shown} is {role}.")
        elif roll < 0.6:
            paragraphs.append(f"{shown} is {role} and the author of {self.citations(t)}.")
        elif roll < 0.85:
            paragraphs.append(f"{shown} is {role}.")
            paragraphs.append(f"{pronoun} {verb} the author of {self.citations(t)}" + r.choice([".", ""]))
        else:
            paragraphs.append(f"{shown} is {role}.")
            possessive = {"He": "His", "She": "Her", "They": "Their"}[pronoun]
            paragraphs.append(f"{possessive} latest book is {self.citation(t)}.")
        for p in paragraphs:
            t.notes.append((name, p))
        # The seed's first bio ends `Amsterdam. *`: a space before the closing asterisk.
        return [f"*{p}" + (" *" if r.random() < 0.15 else "*") for p in paragraphs]

    def cue_paragraph(self, cue):
        """A body paragraph with words a disclaimer uses: body all the same."""
        r = self.rng
        if cue == "views expressed":
            roll = r.random()
            if roll < 0.4:
                first = (f"The views expressed by {self.proper_noun()} officials at the hearing were "
                         f"{r.choice(['not shared by the ministry', 'widely criticised', 'later withdrawn'])}.")
            elif roll < 0.7 and self.cue_sentences.get(cue):
                s = r.choice(self.cue_sentences[cue])
                first = s[0].upper() + s[1:].rstrip(". ") + "."
            else:
                first = (f"{self.sentence()[:-1]}, although critics said the views expressed in the report did not "
                         f"necessarily reflect the position of the {self.proper_noun()} ministry.")
        elif cue == "necessarily":
            pool = self.cue_sentences.get(cue)
            if pool and r.random() < 0.6:
                s = r.choice(pool)
                first = s[0].upper() + s[1:].rstrip(". ") + "."
            else:
                first = f"{self.sentence()[:-1]}, which does not necessarily mean the {self.proper_noun()} deal is off."
        elif cue == "first published":
            first = (f"{self.sentence()[:-1]}, according to a survey first published by the "
                     f"{self.proper_noun()} institute in {r.randint(1995, 2024)}.")
        else:  # originally appeared
            first = (f"The remarks originally appeared in an interview with a {self.proper_noun()} radio station. "
                     f"{self.sentence()}")
        rest = [self.sentence() for _ in range(r.choice([0, 0, 1, 2]))]
        if r.random() < 0.5:
            return " ".join([first] + rest)
        return " ".join(rest + [first])

    def article_varied(self, i):
        r = self.rng
        if not hasattr(self, "title_vocab"):
            self.varied_setup()
        title = " ".join(self.title_word() for _ in range(r.randint(3, 9))) + f" {i}"
        marker = r.choice(V_KINDS)
        outlet, domain = r.choice(V_OUTLETS)
        year, month, day = r.randint(1995, 2025), r.randint(1, 12), r.randint(1, 28)
        people = []
        while len(people) < r.choice([1, 1, 1, 2, 2, 3, 4]):
            person = self.person_varied()
            if all(person[0] != p[0] for p in people):
                people.append(person)
        authors = [p[0] for p in people]
        t = Truth(title=title, marker=marker, authors=authors, date=(year, month, day))
        out = [f"# {title}" + (f" ({marker})" if marker else "")]
        if r.random() < 0.65:
            t.subtitle = self.sentence()
            out.append(f"**{t.subtitle}**")
        names = [f"[{a}](#)" for a in authors] if r.random() < 0.8 else list(authors)
        if names == authors:
            t.features.add("byline-without-links")
        out.append("By " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]))
        fmt = r.random()
        if fmt < 0.4:
            out.append(f"{MONTHS[month - 1]} {day:02d}, {year}")
        elif fmt < 0.6:
            out.append(f"{MONTHS[month - 1]} {day}, {year}")
        elif fmt < 0.8:
            out.append(f"{day} {MONTHS[month - 1]} {year}")
        else:
            out.append(f"{year}-{month:02d}-{day:02d}")
        roll = r.random()
        agency = r.choice(["TASS", "Reuters", "AFP", "AP", "Sputnik", "EPA-EFE"])
        if roll < 0.3:
            t.credit = f"{self.person_varied()[0]} / {agency}"
            out.append(f"**{t.credit}**")
        elif roll < 0.5:
            t.credit = f"{self.person_varied()[0]} / {agency}"
            out.append(f"**Photo: {t.credit}**")
            t.features.add("credit-label")
        elif roll < 0.65:
            t.credit = agency if r.random() < 0.5 else f"{self.person_varied()[0]} / {agency}"
            out.append(f"**Photo credit: {t.credit}**")
            t.features.add("credit-label")
        elif roll < 0.8:
            t.credit = agency
            out.append(f"**{agency}**")

        # Body items: [markdown, truth text or None]; a broken paragraph's second half has None.
        items = []
        written = 0
        while written < self.words or len(items) < 4:
            p = self.paragraph()
            written += len(p.split())
            items.append([p, p, "plain"])
        specials = []
        for cue in ("views expressed", "necessarily", "first published", "originally appeared"):
            if r.random() < 0.25:
                specials.append(self.cue_paragraph(cue))
                t.features.add("body-" + cue.replace(" ", "-"))
        if r.random() < 0.2:
            specials.append(f"The {self.views_opening()}")
            t.features.add("body-paragraph-opens-views-expressed")
        if r.random() < 0.25:
            specials.append(f"https://{r.choice(LINK_HOSTS)}/{self.proper_noun().lower()}/report-{r.randint(1, 999)}.pdf")
            t.features.add("body-bare-link-line")
        if r.random() < 0.1:
            specials.append(f"<https://{r.choice(LINK_HOSTS)}/{self.proper_noun().lower()}-{r.randint(1, 999)}>")
            t.features.add("body-autolink-line")
        if r.random() < 0.25:
            specials.append(f"{self.sentence()[:-1]}, according to data published at "
                            f"<https://{r.choice(LINK_HOSTS)}/data/{self.proper_noun().lower()}>. {self.sentence()}")
            t.features.add("body-inline-autolink")
        if r.random() < 0.2:
            specials.append(f"{self.sentence()[:-1]}, the [{r.choice(MENTIONED)}](#) reported. {self.sentence()}")
            t.features.add("body-outlet-link")
        for sp in specials:
            items.insert(r.randrange(1, len(items) + 1), [sp, sp, "special"])
        if r.random() < 0.1:
            inner = f"{self.sentence()} {self.sentence()}"
            items.insert(r.randrange(1, len(items)), [f"*{inner}*", inner, "italic"])
            t.features.add("body-italic-paragraph")
        if r.random() < 0.25:
            # A closing italic paragraph that is text, not a bio.
            inner = " ".join(self.sentence() for _ in range(r.randint(1, 3)))
            items.append([f"*{inner}*", inner, "italic"])
            t.features.add("body-trailing-italic-paragraph")
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            if self.break_paragraph(items):
                t.features.add("broken-paragraph")
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            if self.titles:
                related = r.choice(self.titles)
                label = "Related article" if r.random() < 0.85 else "Related"
                items.insert(r.randrange(1, len(items)), [f"**{label}:** [{related}](#)", None, "related", related])
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            quote = self.sentence()
            items.insert(r.randrange(1, len(items)), [f'*"{quote}"*', None, "quote", quote])
        out += [it[0] for it in items]
        t.body = [it[1] for it in items if it[1] is not None]
        t.related = [it[3] for it in items if it[2] == "related"]
        t.quotes = [it[3] for it in items if it[2] == "quote"]
        for name, alias in people:
            if r.random() < 0.9:
                out += self.bio(name, alias, t)
        opinion = marker in ("Op-ed", "Op-Ed", "Opinion", "Commentary") or (marker is None and r.random() < 0.4)
        if outlet and opinion:
            t.disclaimer = r.choice(DISCLAIMERS).format(outlet=outlet)
            t.disclaimer_outlet = outlet
            out.append(f"*{t.disclaimer}*")
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        if r.random() < 0.9:
            t.url = f"https://www.{domain}/{year}/{month:02d}/{day:02d}/{slug}-a{r.randint(10000, 99999)}"
            out.append(f"Original url:\n\n<{t.url}>")
        self.titles.append(title)
        if len(self.titles) > 500:
            self.titles.pop(0)
        self.last_truth = t
        self.last_body = "\n\n".join(visible(p) for p in t.body)
        return "\n\n".join(out) + "\n"

    def views_opening(self):
        return (f"views expressed at the {self.proper_noun()} summit were {self.rng.choice(['mixed', 'sharply divided', 'largely positive'])}. "
                f"{self.sentence()}")

    def break_paragraph(self, items):
        """Splits a plain paragraph mid-sentence as the export does: the first half ends without
        punctuation, the second starts with a lowercase word. The truth keeps the whole paragraph."""
        r = self.rng
        candidates = [k for k, it in enumerate(items) if it[2] == "plain"]
        if not candidates:
            return
        k = r.choice(candidates)
        words = items[k][0].split(" ")
        cuts = [j for j in range(3, len(words) - 2)
                if words[j][:1].islower() and words[j - 1][-1:].isalpha()]
        if not cuts:
            return
        j = r.choice(cuts)
        full = items[k][0]
        items[k] = [" ".join(words[:j]), full, "broken"]
        items.insert(k + 1, [" ".join(words[j:]), None, "broken-tail"])
        return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", help="articles go to OUTDIR/articles/NNNN/, titles-bodies.tsv beside them")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--words", type=int, default=780)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus"))
    ap.add_argument("--truth", action="store_true",
                    help="write NNNNNNN.truth.json beside each article: the fields a correct parser extracts")
    ap.add_argument("--varied", action="store_true",
                    help="richer articles: 1-4 authors, books with commas, forthcoming books, several related "
                         "lines and pull quotes, labelled credits, disclaimer-like words and links in bodies")
    args = ap.parse_args()
    gen = Generator(args.seed, args.words, args.corpus)
    total = 0
    # Titles and bodies for the engine-limit loader, which parses nothing.
    os.makedirs(args.outdir, exist_ok=True)
    tsv = open(os.path.join(args.outdir, "titles-bodies.tsv"), "w", encoding="utf-8")
    for i in range(1, args.n + 1):
        folder = os.path.join(args.outdir, "articles", f"{(i - 1) // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        text = gen.article_varied(i) if args.varied else gen.article(i)
        data = text.encode("utf-8")
        title = text.split("\n", 1)[0].lstrip("# ")
        body = gen.last_body
        esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        tsv.write(esc(title) + "\t" + esc(body) + "\n")
        total += len(data)
        with open(os.path.join(folder, f"{i:07d}.md"), "wb") as f:
            f.write(data)
        if args.truth:
            with open(os.path.join(folder, f"{i:07d}.truth.json"), "w", encoding="utf-8") as f:
                json.dump(gen.last_truth.to_json(), f, ensure_ascii=False, indent=1)
                f.write("\n")
    tsv.close()
    print(f"{args.n} articles, {total} bytes in {args.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
