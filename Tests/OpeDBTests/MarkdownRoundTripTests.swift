import Testing
@testable import OpeDB

/// Export → add is exact: random articles built from the model, written by ``MarkdownWriter``
/// and parsed back, give the fields they were built from; and a parsed article written and parsed
/// again is unchanged. Seeded, so a failure names the seed and index that reproduce it.
@Suite struct MarkdownRoundTripTests {
    static let seed: UInt64 = 20261201
    static let count = 2_000

    @Test func randomArticlesSurviveExportAndAdd() throws {
        var rng = SplitMix(seed: Self.seed)
        var failures: [String] = []
        for index in 0..<Self.count {
            let record = RandomArticle.make(&rng, id: index + 1)
            let first = try ArticleParser().parse(text: MarkdownWriter.render(record))
            let differences = RandomArticle.differences(record, first)
            if !differences.isEmpty {
                failures.append("seed \(Self.seed) #\(index): \(differences.joined(separator: "; "))")
            }
            let second = try ArticleParser().parse(text: MarkdownWriter.render(RandomArticle.record(from: first, id: index + 1)))
            if second != first {
                failures.append("seed \(Self.seed) #\(index): not stable on a second export")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func theWriterLabelsWhatTheReaderReadsFirst() throws {
        var record = RandomArticle.record(from: ParsedArticle(title: "Quiet Harbours"), id: 1)
        record.imageCredit = "Photo: Ines Varga / Northlight"
        record.body = "Original url: https://example.org/not-this\n\nhttps://example.org/report.pdf\n\nThe views expressed here are many."
        record.subtitle = "Analysis"
        let parsed = try ArticleParser().parse(text: MarkdownWriter.render(record))
        #expect(parsed.imageCredit == "Photo: Ines Varga / Northlight")
        #expect(parsed.subtitle == "Analysis" && parsed.kind == "news")
        #expect(parsed.url == nil && parsed.disclaimer == nil)
        #expect(parsed.body == record.body)
    }
}

/// Random articles in the model's terms, and the comparison of what a parse gave back.
enum RandomArticle {
    static let givenNames = ["Anna", "Boris", "Zoë", "Jiří", "Łukasz", "Renée", "Søren", "Ágnes", "Kenji", "Amara",
                             "Ines", "Tomasz", "Mei", "Olu", "Hanna"]
    static let surnames = ["Abramov", "Dvořák", "Eklund", "Novák", "Wójcik", "Okafor", "Haddad", "Moreau", "van der Berg",
                           "Nakamura", "Castellano", "Þórsdóttir", "O'Neill", "Fischer-Lang"]
    static let words = ["harbour", "pilots", "council", "budget", "river", "archive", "winter", "ministry", "railway",
                        "school", "prices", "report", "election", "coast", "grain", "bridge", "museum", "water"]
    static let sentences = [
        "The views expressed at the summit were sharply divided.",
        "The views expressed in the report do not necessarily reflect a consensus, officials said.",
        "Godzilla first appeared in 1954 as a lizard woken by atomic tests.",
        "The story was first published in a regional paper and then forgotten.",
        "Prices rose by 4% in the second quarter, the ministry said.",
        "Critics said the plan, first announced in March, was rushed.",
        "She said the council would meet again on Tuesday.",
        "Nobody expected the river to rise so fast.",
        "Ms. Haddad told reporters the bridge would reopen in 2027.",
        "“We are not done,” the mayor said, “not by a long way.”",
        "Its cost — about £5m — is disputed [by some] & defended *by others*.",
        "Use a_b and 2*3 and `code` and <b>tags</b> as written.",
    ]
    static let publishers = ["Harvard University Press", "Farrar, Straus and Giroux", "Lantern House", "Meridian Books"]
    static let outlets = ["The Harbour Gazette", "Nordic Herald", "The Baltic Review"]
    static let kinds = ["news", "op-ed", "analysis", "opinion", "interview", "editorial"]

    static func make(_ rng: inout SplitMix, id: Int) -> ArticleRecord {
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func chance(_ p: Double) -> Bool { Double(rng.next() % 1000) / 1000 < p }
        func sentence() -> String { chance(0.5) ? pick(sentences) : (pick(words).capitalizedFirst + " " + (0..<Int(rng.next() % 12 + 4)).map { _ in pick(words) }.joined(separator: " ") + ".") }

        var authors: [String] = []
        for _ in 0..<(chance(0.15) ? 0 : Int(rng.next() % 4) + 1) {
            var name = pick(givenNames)
            if chance(0.2) { name += " " + String(pick(Array("ABCDEFGHJKLMNPRST"))) + "." }
            name += " " + pick(surnames)
            // Two spellings of one person (`Hanna P. O'Neill`, `Hanna O'Neill`) are one author.
            if !authors.contains(where: { PersonName($0).matches(PersonName(name)) }) { authors.append(name) }
        }
        let titleWords = (0..<Int(rng.next() % 6 + 2)).map { _ in pick(words).capitalizedFirst }
        var body: [String] = []
        for _ in 0..<Int(rng.next() % 6 + 1) {
            switch rng.next() % 10 {
            case 0: body.append("https://example.org/report-\(rng.next() % 100).pdf")
            case 1: body.append("The views expressed by residents were mixed, and " + sentence().lowercased())
            case 2: body.append("- " + pick(words) + "\n- " + pick(words))
            default: body.append((0..<Int(rng.next() % 3 + 1)).map { _ in sentence() }.joined(separator: " "))
            }
        }
        var notes: [AuthorNote] = []
        for author in authors where chance(0.6) {
            var text = "\(author) is a fellow at the \(pick(words).capitalizedFirst) Institute."
            if chance(0.5) {
                text += " \(author.split(separator: " ").first!) is the author of \(pick(words).capitalizedFirst), \(pick(words).capitalizedFirst) and Other Stories (\(pick(publishers)), \(1990 + rng.next() % 35))."
            }
            notes.append(AuthorNote(author: author, text: text))
        }
        let kind = pick(kinds)
        let outlet = pick(outlets)
        let disclaimer: String? = kind == "op-ed" && chance(0.7)
            ? "The views expressed in opinion pieces do not necessarily reflect the position of \(outlet)." : nil
        let year = 1995 + Int(rng.next() % 30), month = 1 + Int(rng.next() % 12), day = 1 + Int(rng.next() % 28)
        let date = chance(0.85) ? String(format2(year, 4)) + "-" + format2(month, 2) + "-" + format2(day, 2) : nil
        return ArticleRecord(
            id: id, title: titleWords.joined(separator: " ") + (chance(0.1) ? " & *More*" : ""),
            subtitle: chance(0.6) ? sentence() : nil, kind: kind, publishedOn: date,
            url: chance(0.8) ? "https://www.example.org/\(year)/\(format2(month, 2))/a-\(id)" : nil,
            publication: nil,
            authors: authors.enumerated().map { .init(id: $0 + 1, name: $1, bylineName: $1, affiliation: nil) },
            imageCredit: chance(0.5) ? pick(["\(pick(givenNames)) \(pick(surnames)) / Reuters", "Photo: Getty Images", "AP"]) : nil,
            body: body.joined(separator: "\n\n"), wordCount: 0,
            related: (0..<Int(rng.next() % 3)).map { _ in .init(title: titleWords.reversed().joined(separator: " ") + ", Again", id: nil) },
            quotes: (0..<Int(rng.next() % 3)).map { _ in pick(["Nobody expected the river to rise so fast", "He called it “folly” twice", "It is \"fine\", they said"]) },
            authorNotes: notes, books: [], mentions: [], disclaimer: disclaimer, sourcePath: nil, addedAt: "", updatedAt: "")
    }

    /// What the parse changed of the fields the record was built with.
    static func differences(_ r: ArticleRecord, _ p: ParsedArticle) -> [String] {
        var d: [String] = []
        func check<T: Equatable>(_ name: String, _ want: T, _ got: T) { if want != got { d.append("\(name): \(want) ≠ \(got)") } }
        check("title", r.title, p.title)
        check("kind", r.kind, p.kind)
        check("subtitle", r.subtitle, p.subtitle)
        check("authors", r.authors.map(\.bylineName), p.authors.map(\.name))
        check("date", r.publishedOn, p.publishedOn)
        check("credit", r.imageCredit, p.imageCredit)
        check("url", r.url, p.url)
        check("related", r.related.map(\.title), p.related)
        check("quotes", r.quotes, p.quotes)
        check("notes", r.authorNotes.map(\.text), p.notes.map(\.text))
        check("disclaimer", r.disclaimer, p.disclaimer)
        check("body", r.body, p.body)
        return d
    }

    /// The record the archive would store for a parsed article.
    static func record(from p: ParsedArticle, id: Int) -> ArticleRecord {
        ArticleRecord(
            id: id, title: p.title, subtitle: p.subtitle, kind: p.kind, publishedOn: p.publishedOn, url: p.url,
            publication: p.publication.map { .init(id: 1, name: $0, domain: p.domain) },
            authors: p.authors.enumerated().map { .init(id: $0 + 1, name: $1.name, bylineName: $1.name, affiliation: $1.affiliation) },
            imageCredit: p.imageCredit, body: p.body, wordCount: p.wordCount,
            related: p.related.map { .init(title: $0, id: nil) }, quotes: p.quotes, authorNotes: p.notes,
            books: [], mentions: p.mentions, disclaimer: p.disclaimer, sourcePath: nil, addedAt: "", updatedAt: "")
    }

    private static func format2(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
