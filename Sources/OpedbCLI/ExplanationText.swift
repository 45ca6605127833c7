import OpeDB

/// `opedb parse --explain` as text: one line per field — its value, shortened, and why.
enum ExplanationText {
    static func render(_ article: ParsedArticle, _ explanation: ParseExplanation, path: String) -> String {
        var lines = ["\(path):"]
        for field in ParseExplanation.Field.allCases {
            let value = ExplainedArticle.value(of: field, in: article)
            let why = explanation.reason(for: field).map(ExplainedArticle.describe) ?? (value.isEmpty ? "not found" : "—")
            let shown = value.isEmpty ? "(none)" : DisplayWidth.truncate(value.replacingNewlines, to: 60)
            lines.append("  " + field.rawValue + String(repeating: " ", count: max(1, 14 - field.rawValue.count)) + " " + shown + "  ← " + why)
        }
        for warning in article.warnings { lines.append("  warning: " + warning) }
        return lines.joined(separator: "\n")
    }
}

/// `opedb parse --explain --json`: the parsed article's keys plus `explanation`, a map from each
/// field to `{rule, line, declared: {key, name, source}}`.
struct ExplainedArticle: Encodable {
    var article: ParsedArticle
    var explanation: ParseExplanation

    struct Reason: Encodable {
        var rule: String
        var line: Int?
        var declared: Declared?
    }

    struct Declared: Encodable {
        var name: String
        var source: String
        var value: String
    }

    enum ExplanationKey: String, CodingKey { case explanation }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: ExplanationKey.self)
        var reasons: [String: Reason] = [:]
        for field in ParseExplanation.Field.allCases {
            guard let reason = explanation.reason(for: field) else { continue }
            reasons[field.rawValue] = Reason(
                rule: reason.rule, line: reason.line,
                declared: reason.declared.map { Declared(name: $0.name, source: $0.source.description, value: $0.value) })
        }
        try container.encode(reasons, forKey: .explanation)
    }

    static func describe(_ reason: ParseExplanation.Reason) -> String {
        if let declared = reason.declared { return "declared \(declared.name) (\(declared.source))" }
        return reason.rule + (reason.line.map { ", line \($0)" } ?? "")
    }

    static func value(of field: ParseExplanation.Field, in a: ParsedArticle) -> String {
        switch field {
        case .title: return a.title
        case .kind: return a.kind
        case .subtitle: return a.subtitle ?? ""
        case .authors: return a.authors.map(\.name).joined(separator: "; ")
        case .date: return a.publishedOn ?? ""
        case .imageCredit: return a.imageCredit ?? ""
        case .url: return a.url ?? ""
        case .publication: return a.publication ?? ""
        case .related: return a.related.joined(separator: "; ")
        case .quotes: return a.quotes.joined(separator: "; ")
        case .notes: return a.notes.map(\.text).joined(separator: " / ")
        case .disclaimer: return a.disclaimer ?? ""
        case .body: return a.body.isEmpty ? "" : Plural.phrase(a.wordCount, "word") + ": " + a.body
        }
    }
}

