/// Titles folded for matching: case, diacritics, quotes, dashes and a kind marker ignored.
///
/// `The Taliban Wants Closer Ties With Moscow to Rid Afghanistan of 'U.S. Scourge'` matches a
/// stored `The Taliban Wants Closer Ties with Moscow to Rid Afghanistan of “U.S. Scourge” (Op-ed)`.
public enum TitleKey {
    public static func make(_ title: String) -> String {
        let (bare, _) = TitleMarker.split(title)
        var result = ""
        var pendingSpace = false
        for c in bare.folded {
            if c.isLetter || c.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(c)
            } else if c.isQuote || c == "." {
                continue
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
