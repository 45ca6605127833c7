/// Outlets linked from a body: `[New York Times](#)`.
enum Mention {
    static func outletName(_ linkText: String) -> String? {
        let text = linkText.trimmed
        guard !text.isEmpty, text.count <= 60, text.split(separator: " ").count <= 7,
              text.first?.isUppercase == true else { return nil }
        if let known = KnownOutlets.canonicalName(text) { return known }
        let last = text.split(separator: " ").last.map(String.init) ?? ""
        let endings: Set<String> = ["Times", "Post", "Journal", "News", "Review", "Gazette", "Tribune", "Herald",
                                    "Telegraph", "Observer", "Chronicle", "Guardian", "Economist"]
        return endings.contains(last) ? text : nil
    }
}
