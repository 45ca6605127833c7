/// The words opedb knows articles by, written once: the labels pages print before a field, the
/// titles and credentials that are not part of a name, the cues of an outlet's footer.
///
/// The parser's classifiers read these lists and the Markdown writer writes the same labels, so
/// an exported article is read back by the rule it was written for. Everything is lowercase;
/// matching folds case (and, for name words, diacritics and periods).
public enum Vocabulary {
    // MARK: Labels (a label is followed by `:`)

    /// Before an image credit: `Photo credit: Jane Roe / Agency`. Longest first.
    public static let creditLabels = ["photo credit", "photograph", "photo", "image credit", "image", "credit",
                                      "picture", "illustration"]
    /// Credit labels in captions in other languages (lowercase): `Foto: …`, `Bild: …`.
    public static let captionCreditLabels = ["foto", "fotos", "bild", "quelle", "source", "crédit", "crédits", "fuente",
                                             "zdjęcie", "fot", "credits", "photos"]
    /// Words that open a credit for other work than the writing (a translation, a photo),
    /// folded: `Übersetzung Jane Doe` on a date line names the translator, not the writer. The
    /// one-word image credit labels above count too.
    public static let otherWorkCredits: Set<String> = Set(["ubersetzung", "translation", "translated", "traduction", "traduccion",
                                                            "traduzione", "tlumaczenie", "bilder", "grafik", "video"]
        + (creditLabels + captionCreditLabels).filter { !$0.contains(" ") }.map(\.folded))
    /// The label the Markdown writer puts before an image credit.
    public static let creditLabel = "Photo credit"

    /// Before the article's own address: `Original url:`. Longest first.
    public static let urlLabels = ["original url", "original link", "original article", "source url", "canonical url",
                                   "canonical", "url source", "url", "link", "source"]
    /// The label the Markdown writer puts before the URL.
    public static let urlLabel = "Original url"

    /// Before a related article's title: `Related article: [Title](#)`. Longest first.
    public static let relatedLabels = ["related articles", "related article", "related stories", "related story",
                                       "related", "read more", "read also", "also read", "see also", "more on this", "more"]
    /// The label the Markdown writer puts before a related article.
    public static let relatedLabel = "Related article"

    /// Before a bio: `About the author: Jane Doe is …`.
    public static let bioLabels = ["about the authors", "about the author", "author bio", "author's bio"]

    /// Before an outlet's footer that carries none of the disclaimer cues.
    public static let disclaimerLabel = "Disclaimer"

    /// Page furniture lines: `Tags: a, b`.
    public static let tagLabels = ["tags", "topics", "filed under", "categories"]

    /// A wire story's closing credit: `Reporting by A and B; Editing by C` (each ends with a space).
    public static let reportingLabels = ["additional reporting by ", "reporting by ", "written by ", "writing by "]

    /// What opens a byline (each ends with a space). Longest first.
    public static let bylinePrefixes = ["written by ", "words by ", "by: ", "by ", "authors: ", "author: ",
                                        "authors ", "author "]

    // MARK: Names

    /// Titles before a name, folded, without periods: `Dr. Helena Marsh` is Helena Marsh.
    public static let honorifics: Set<String> = ["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame",
                                                 "rev", "fr", "lord", "lady"]
    /// Degrees and professional credentials after a name, folded, without periods:
    /// `Rachael Link, MS, RD` is one person, Rachael Link.
    public static let credentials: Set<String> = ["ms", "ma", "mba", "msc", "mph", "md", "do", "rd", "rn", "np", "pa",
                                                  "phd", "dphil", "edd", "jd", "llm", "lld", "dds", "dmd", "pharmd",
                                                  "cpa", "cfa", "esq", "ba", "bs", "bsc", "msw", "lcsw", "rdn", "ldn",
                                                  "cdn", "cde", "cscs", "facp", "facs", "frcp", "obe", "mbe", "cbe",
                                                  "kbe", "frs", "mp", "qc", "kc", "ibclc", "aprn", "dnp", "psyd", "dvm"]
    /// Generational suffixes, kept with the name they follow: `Martin Luther King, Jr.`
    public static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md"]
    /// Lowercase particles inside surnames: `van der Berg`.
    public static let nameParticles: Set<String> = ["van", "von", "de", "der", "den", "da", "del", "della", "di", "du",
                                                    "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das"]
    /// Words naming an organisation's legal form or kind (`GmbH`, `e.V.`, `Inc`, `Stiftung`),
    /// folded without dots: an author holding one is an institution, not a person.
    public static let organisationWords: Set<String> = legalForms.union([
        "ev", "se", "corporation", "stiftung", "verlag", "verband", "verein", "gesellschaft", "ministerium", "landesanstalt",
        "bundesamt", "landesamt", "foundation", "institute", "institut", "association", "agency", "agentur",
        "fundacion", "fondation", "fondazione", "asociacion",
    ])
    /// Legal forms of a company, folded without dots (`GmbH`, `Inc.`, `S.r.l.`): the words
    /// ``organisationWords`` and ``companyForms`` share.
    static let legalForms: Set<String> = ["gmbh", "ggmbh", "ag", "kg", "ohg", "inc", "ltd", "llc", "plc", "corp", "sarl",
                                          "sas", "srl", "spa", "bv", "nv"]
    /// Job titles after a name in a byline (`Jane Doe, Staff Writer`), folded words.
    public static let roles: Set<String> = ["writer", "correspondent", "editor", "reporter", "contributor",
                                            "columnist", "staff", "bureau", "chief", "journalist", "contributors",
                                            "writers"]
    /// Social networks' hosts (a registrable name's end): their `/user/…` pages are the site's
    /// accounts, not its writers'.
    static let socialHosts: [String] = ["youtube.com", "youtu.be", "twitter.com", "x.com", "facebook.com", "instagram.com",
                                        "linkedin.com", "tiktok.com", "pinterest.com", "xing.com", "reddit.com",
                                        "threads.net", "mastodon.social", "flickr.com", "vimeo.com", "soundcloud.com"]
    /// Words ending in a period that do not end a sentence (case as written).
    public static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd",
                                                    "Co", "vs", "No", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Ph",
                                                    "Univ"]

    /// Words no sentence ends on (prepositions, articles, conjunctions), lowercase: a paragraph
    /// ending on one was broken by an export.
    public static let functionWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "from",
                                                    "with", "and", "or", "but", "than", "since", "until", "about",
                                                    "around", "over", "under", "nearly", "almost", "some", "just",
                                                    "into", "onto", "between", "after", "before", "during", "per",
                                                    "via", "as", "its", "their", "his", "her", "our", "your", "my",
                                                    "is", "was", "are", "were", "be", "been", "that", "which"]

    // MARK: Footers

    /// Phrases of an opinion disclaimer, folded: `The views expressed … do not necessarily reflect …`.
    public static let disclaimerCues = ["views expressed", "opinions expressed", "not necessarily reflect",
                                        "n't necessarily reflect", "not necessarily those of",
                                        "not necessarily represent"]
    /// Phrases of a republication footer, lowercase: `This article was originally published in …`.
    public static let republicationCues = ["originally published", "first published", "first appeared",
                                           "republished from", "originally appeared"]
    /// What makes a sentence about views a disclaimer, lowercase.
    public static let disclaimingPhrases = ["not necessarily", "n't necessarily", "do not reflect", "does not reflect",
                                            "do not represent", "does not represent", "are those of the author",
                                            "are solely those", "are the author's own", "are the author’s own",
                                            "are their own", "are his own", "are her own"]
    /// How a republication footer opens, lowercase: `This article was first published …`.
    public static let republicationOpenings = ["this article", "this story", "this piece", "this essay", "this column",
                                               "this post", "this op-ed", "this commentary", "this interview",
                                               "this analysis", "this report", "this is an edited", "a version of this",
                                               "an earlier version of this", "originally published", "first published",
                                               "republished", "the article", "this was originally", "this was first"]
    /// What precedes the outlet's name in a disclaimer or footer.
    public static let outletCues = ["position of ", "positions of ", "views of ", "view of ", "opinions of ",
                                    "opinion of ", "policy of ", "policies of ", "stance of ", "those of ",
                                    "editorial board of ", "editors of ", "published in ", "published by ",
                                    "published on ", "appeared in ", "appeared on ", "republished from "]

    /// Words of a heading that opens what follows an article on a web page — comments, related
    /// and recommended links, newsletters, sharing — folded, in the languages of the pages opedb
    /// has been measured on.
    /// A page's navigation labels, folded: an extractor's title taken from a menu's heading
    /// names no article (`Navigation und Service`, `Hauptmenü`, `Skip to content`).
    public static let navigationTitles: Set<String> = [
        "navigation", "navigation und service", "hauptnavigation", "hauptmenu", "menu", "main menu", "menue",
        "startseite", "home", "homepage", "skip to content", "skip to main content", "zum inhalt springen", "zum inhalt",
    ]

    public static let afterArticleHeadings = commentHeadings + ["related", "recommended", "read more",
                                              "more from", "more stories", "most read", "most popular", "newsletter",
                                              "subscribe", "share this", "you may also", "you might also", "trending",
                                              "ahnliche", "weitere artikel", "mehr zum thema",
                                              "das konnte sie", "a lire aussi", "sur le meme sujet",
                                              "relacionad", "czytaj takze", "zobacz takze",
                                              "leggi anche", "gerelateerd",
                                              // Lists after the text only: an "also read" box is often
                                              // set inside it, and would cut the text in two.
                                              "see also", "further reading", "read next", "latest news",
                                              "weitere themen", "mehr themen", "more topics", "weitere beitrage", "neueste beitrage",
                                              "themen im artikel", "mas vistas", "mas leidas", "les plus lus",
                                              "vous aimerez aussi", "uber den autor", "about the author", "pour approfondir",
                                              "a propos de l'auteur", "mehr kolumnen"]

    /// Words of a heading that opens an article's comments, folded (``afterArticleHeadings``
    /// holds them too): what follows is readers' text, however long.
    public static let commentHeadings = ["comment", "reply", "responses", "kommentar", "antwort", "commentaire", "comentario",
                                         "komentarz", "commenti", "reacties"]

    /// Class names that hide an element from sighted readers (screen-reader text, collapsed
    /// widgets): what they hold is not the visible page's text.
    public static let hiddenClasses = ["hidden", "hide", "sr-only", "visually-hidden", "screen-reader-text", "invisible",
                                       "d-none", "hiddenelement", "hidecompletely"]
    /// Parts of a class name that mark a headline's subtitle set inside the heading element.
    public static let subtitleClassParts = ["subtitle", "sub-title", "subline", "subheadline"]

    // MARK: Inserts between an HTML article's paragraphs

    /// Phrases of the appeals pages set inside or after an article (a newsletter sign-up, a
    /// call for support, a subscription offer), folded: with a link, in a short block, they are
    /// the site speaking to its readers, not the article.
    public static let appealPhrases = [
        "sign up here", "sign up for our", "sign up to our", "signing up to our", "our newsletter", "subscribe to our",
        "subscribe now", "subscribe here", "support our work", "support our journalism", "support us", "supporting our",
        "rely on your support", "donate", "become a member", "letter to the editor",
        "unseren newsletter", "newsletter abonnieren", "jetzt abonnieren", "abonniere unseren", "abonnieren sie unseren",
        "unterstutze uns", "unterstutzen sie uns", "unterstutze unsere arbeit", "unterstutzen sie unsere arbeit",
        "jetzt spenden", "spenden sie", "melde dich hier", "melden sie sich hier",
        "suscribete", "suscribirse aqui", "suscribase", "nuestra newsletter", "nuestro boletin",
        "abonnez-vous", "notre newsletter", "inscrivez-vous a notre", "soutenez-nous",
        "iscriviti alla nostra", "la nostra newsletter", "abbonati", "sostienici",
        "assine a nossa", "nossa newsletter", "inscreva-se", "zapisz sie do newslettera", "wesprzyj nas",
    ]
    /// Labels of a credit line standing alone between paragraphs (`Titelbild: Agency`), beside
    /// ``creditLabels`` and ``captionCreditLabels``.
    public static let creditLineLabels = ["titelbild", "aufmacherbild", "beitragsbild", "crédits photos",
                                          "crédit photo", "foto de portada", "zdjęcie główne"]

    // MARK: An HTML article's lead paragraph

    /// Last words of a class that names an article's lead paragraph, beside the standfirst
    /// words: Bootstrap's and many CMSs' `lead` (`p.lead`, `article-lead`), the French press's
    /// `chapo`/`chapeau`, the Czech and Slovak `perex`.
    public static let leadClassWords = ["lead", "chapo", "chapeau", "perex"]

    // MARK: Reader comments named in other languages (HTML class names)

    /// Stems of the words other languages' pages name their reader comments with (German
    /// `kommentare`, `kommentarModul`, `kommentieren`; Spanish and Portuguese `comentarios`; Polish
    /// `komentarze`; Dutch `reacties`), matched only with more letters after them: the bare
    /// singular (`kommentar`, `komentarz`, `comentario`) also names an opinion piece, the very text
    /// wanted. French `commentaires` and Italian `commenti` already begin with `comment`.
    public static let commentClassStems = ["kommentar", "kommentier", "comentario", "komentarz", "reactie"]

    // MARK: Tag lists under an HTML article

    /// Headings of the list of an article's tags or topics that pages set under the text
    /// (`Themen im Artikel`, `Temas`, `Schlagworte`, `Mots-clés`), folded, letters and spaces
    /// only: the keywords after them are neither the text nor links to other articles.
    public static let tagListHeadings: Set<String> = [
        "tags", "topics", "keywords", "themen", "themen im artikel", "schlagworte", "schlagworter", "stichworte",
        "stichworter", "temas", "etiquetas", "palabras clave", "mots cles", "sujets", "tematy", "tagi",
        "argomenti", "temi", "onderwerpen", "trefwoorden", "assuntos", "tags in diesem artikel", "artikel zum thema",
    ]

    // MARK: An HTML page's metadata (dates, outlet)

    /// Utility classes that hide an element only when the page is printed (Foundation,
    /// Bootstrap 3 and 4/5, common hand-written ones): on screen it shows, so the date or
    /// byline it holds is the page's.
    public static let printHiddenClasses: Set<String> = ["hide-for-print", "d-print-none", "hidden-print", "no-print",
                                                          "noprint", "print-hide", "print-hidden", "not-print",
                                                          "screen-only", "visible-screen"]
    /// Legal forms of a company, folded without dots (`GmbH`, `S.L.`, `Inc.`): a publisher
    /// named with one is the owner, and the site's own name (`og:site_name`) the masthead.
    /// Spanish and Portuguese forms (`S.L.`, `S.A.`, `C.A.`) count only here: as author words
    /// they would also be names.
    public static let companyForms: Set<String> = legalForms.union(["sl", "sa", "ca", "sau"])

    // MARK: Names a page gives as its own (HTML authors)

    /// Articles that open an outlet's name (`The Daily Planet`, `Los Tiempos`, `Die Zeit`),
    /// folded: a person's name never starts with one.
    public static let leadingArticles: Set<String> = ["the", "a", "an", "der", "die", "das", "le", "la", "les", "el",
                                                      "los", "las", "il", "lo", "gli", "de", "het", "een", "den", "det"]

    /// Endings of German job titles written as one compound (`Projektleiterin`, `Pressesprecher`,
    /// `Bundesvorsitzender`), folded: a part after a name that opens with one is the writer's
    /// role (`Jane Doe, Projektleiterin der Stiftung`), not a second writer.
    public static let roleEndings: [String] = ["leiter", "leiterin", "sprecher", "sprecherin", "referent", "referentin",
                                               "vorsitzender", "vorsitzende", "direktor", "direktorin", "beauftragter",
                                               "beauftragte", "koordinator", "koordinatorin", "redakteur", "redakteurin"]

    // MARK: Storage

    /// Separates the items of a list stored in one column (an author's aliases): the ASCII unit
    /// separator, which no article text contains (the parser collapses control characters).
    public static let listSeparator: Character = "\u{1F}"
}
