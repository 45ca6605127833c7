import Foundation
import Testing
@testable import OpeDB

/// Whole pages converted to Markdown (`Benchmarks/realworld/make_forms.py` writes them to
/// `../realworld-forms/`, outside the repository; skipped when absent): the title stays above a
/// floor for each converter, a little below what `Benchmarks/realworld/measure.py` measures, so a
/// regression in ``WholePage`` or ``RawHTML`` shows and noise does not.
@Suite struct RealWorldMarkdownTests {
    static let forms = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("realworld-forms")
    static let labels = RealWorldHTMLTests.folder.appendingPathComponent("labels.json")

    struct Label: Decodable {
        var title: String?
    }

    static var available: Bool {
        FileManager.default.fileExists(atPath: labels.path) && FileManager.default.fileExists(atPath: forms.path)
    }

    /// Measured at this commit (measure.py): markdownify 82.1%, html2text 76.0%, pandoc 80.6%.
    @Test(.enabled(if: available), arguments: [("markdownify", 0.79), ("html2text", 0.73), ("pandoc", 0.77)])
    func titlesStayAboveTheirFloors(_ form: String, _ floor: Double) throws {
        let labels = try JSONDecoder().decode([String: Label].self, from: Data(contentsOf: Self.labels))
        let folder = Self.forms.appendingPathComponent(form)
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        var titles = 0
        for (name, label) in labels {
            let file = folder.appendingPathComponent(String(name.dropLast(".html.gz".count)) + ".md")
            guard let title = label.title, let bytes = try? TestSupport.bytes(file),
                  let article = try? ArticleParser().parse(bytes: bytes) else { continue }
            if RealWorldHTMLTests.normalized(article.title) == RealWorldHTMLTests.normalized(title) { titles += 1 }
        }
        #expect(Double(titles) / Double(labels.count) >= floor)
    }
}
