/// Finds a calendar date in the short texts pages print near a headline, in the languages of
/// the web: `2019-10-21`, `21.10.2019`, `21.10.19`, `21 octobre 2019`, `6. August 2009`, `October 21, 2019`,
/// `21 de octubre de 2019`, `21 października 2019`.
enum DateText {
    /// The first date in `text` as `YYYY-MM-DD`, or nil.
    static func find(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(400))
        if let iso = numeric(bytes) { return iso }
        return named(text)
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, `DD.MM.YYYY`, `DD.MM.YY`, `DD/MM/YYYY` (`MM/DD/YYYY` when
    /// the day cannot be a month).
    private static func numeric(_ b: [UInt8]) -> String? {
        func number(_ i: inout Int, maxDigits: Int) -> Int? {
            var value = 0, digits = 0
            while i < b.count, digits < maxDigits, b[i] >= 0x30, b[i] <= 0x39 {
                value = value * 10 + Int(b[i] - 0x30)
                digits += 1
                i += 1
            }
            if i < b.count, b[i] >= 0x30, b[i] <= 0x39 { return nil }  // too many digits
            return digits > 0 ? value : nil
        }
        var i = 0
        while i < b.count {
            guard b[i] >= 0x30, b[i] <= 0x39, i == 0 || !(b[i - 1] >= 0x30 && b[i - 1] <= 0x39) else {
                i += 1
                continue
            }
            let start = i
            var j = i
            if let first = number(&j, maxDigits: 4), j < b.count {
                let separator = b[j]
                let digits = j - start
                if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") {
                    var k = j + 1
                    while k < b.count, b[k] == 0x20, separator == UInt8(ascii: ".") { k += 1 }
                    if let second = number(&k, maxDigits: 2), k < b.count, b[k] == separator {
                        var l = k + 1
                        while l < b.count, b[l] == 0x20, separator == UInt8(ascii: ".") { l += 1 }
                        let thirdStart = l
                        if var third = number(&l, maxDigits: 4) {
                            // `28.09.1912:44`: a two-digit year run into the time after it (two
                            // elements' texts without a space), not the year 1912.
                            if separator == UInt8(ascii: "."), digits <= 2, l - thirdStart == 4, l + 1 < b.count,
                               b[l] == UInt8(ascii: ":"), b[l + 1] >= 0x30, b[l + 1] <= 0x39 {
                                third /= 100
                                l -= 2
                            }
                            if digits == 4, l - thirdStart <= 2, let iso = DateParser.isoDate(first, second, third) { return iso }
                            if digits <= 2, l - thirdStart == 4 {
                                if separator == UInt8(ascii: "/"), first <= 12, second > 12,
                                   let iso = DateParser.isoDate(third, first, second) { return iso }
                                if let iso = DateParser.isoDate(third, second, first) { return iso }
                            }
                            // `31.10.23`: German pages shorten the year to two digits; not a
                            // part of a longer dotted number (`1.10.23.4`, a version).
                            if digits <= 2, l - thirdStart == 2, separator == UInt8(ascii: "."),
                               start == 0 || b[start - 1] != UInt8(ascii: "."),
                               l == b.count || !(b[l] == UInt8(ascii: ".") && l + 1 < b.count && b[l + 1] >= 0x30 && b[l + 1] <= 0x39),
                               let iso = DateParser.isoDate(2000 + third, second, first) { return iso }
                        }
                    }
                }
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// Whether a folded word names a month, whole or by a three-letter abbreviation that names
    /// one month only.
    static func isMonthName<S: StringProtocol>(_ word: S) -> Bool {
        months[String(word)] != nil || ((3...4).contains(word.count) && abbreviations[String(word.prefix(3))] != nil)
    }

    /// A day, a month's name and a year, in either order.
    private static func named(_ text: String) -> String? {
        let tokens = text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(80).map(String.init)
        for (i, token) in tokens.enumerated() {
            guard let month = months[token] ?? ((3...4).contains(token.count) ? abbreviations[String(token.prefix(3))] : nil) else { continue }
            // Day before: `21 octobre 2019`, `21 de octubre de 2019`, `6. August 2009`.
            var d = i - 1
            if d >= 0, tokens[d] == "de" || tokens[d] == "del" { d -= 1 }
            var y = i + 1
            if y < tokens.count, tokens[y] == "de" || tokens[y] == "del" { y += 1 }
            if d >= 0, let day = day(tokens[d]), y < tokens.count, let year = year(tokens[y]),
               let iso = DateParser.isoDate(year, month, day) { return iso }
            // Day after: `October 21, 2019`, `Oct 21st 2019`.
            if i + 2 < tokens.count, let day = day(tokens[i + 1]), let year = year(tokens[i + 2]),
               let iso = DateParser.isoDate(year, month, day) { return iso }
        }
        return nil
    }

    private static func day(_ token: String) -> Int? {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        let suffix = token.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th", "er", "e", "o"].contains(String(suffix)),
              let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func year(_ token: String) -> Int? {
        guard token.count == 4, let value = Int(token), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// Month names, folded (no diacritics): English, German, French, Spanish, Italian,
    /// Portuguese, Dutch, Polish (genitive), Swedish/Danish/Norwegian.
    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "jaenner", "janner"],
            ["february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego"],
            ["march", "maerz", "marz", "mars", "marzo", "marco", "maart", "marca"],
            ["april", "avril", "abril", "aprile", "kwietnia"],
            ["may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj"],
            ["june", "juni", "juin", "junio", "giugno", "junho", "czerwca"],
            ["july", "juli", "juillet", "julio", "luglio", "julho", "lipca"],
            ["august", "aout", "agosto", "augustus", "sierpnia", "augusti"],
            ["september", "septembre", "septiembre", "settembre", "setembro", "wrzesnia"],
            ["october", "oktober", "octobre", "octubre", "ottobre", "outubro", "pazdziernika"],
            ["november", "novembre", "noviembre", "novembro", "listopada"],
            ["december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "grudnia"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() { for name in list { table[name] = index + 1 } }
        return table
    }()

    /// Three-letter abbreviations that name one month only (`jan`, `feb`, `okt`, `dez`…).
    private static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "abr": 4, "jun": 6, "jul": 7, "aug": 8,
        "ago": 8, "sep": 9, "set": 9, "oct": 10, "okt": 10, "ott": 10, "out": 10, "nov": 11, "dec": 12,
        "dez": 12, "dic": 12,
    ]
}
