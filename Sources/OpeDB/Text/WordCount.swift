/// The number of words in a text: tokens separated by Unicode whitespace that contain at least
/// one letter or digit (`—` and `…` alone are not words; `four's` and `3` are), and each Chinese
/// or Japanese character, as word processors count them.
///
/// One pass over UTF-8 bytes; only non-ASCII scalars are decoded for their properties.
enum WordCount {
    static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var hasAlnum = false
            var inWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let isSpace: Bool
                var isAlnum = false
                if b < 0x80 {
                    isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                    isAlnum = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    i += 1
                } else {
                    let scalar = UTF8Scalar.decode(bytes, at: &i)
                    if isCJK(scalar) {
                        // Chinese and Japanese write no spaces: each character counts as a word.
                        if inWord && hasAlnum { count += 1 }
                        count += 1
                        inWord = false
                        hasAlnum = false
                        continue
                    }
                    isSpace = scalar.properties.isWhitespace
                    if !isSpace && !hasAlnum {
                        isAlnum = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    }
                }
                if isSpace {
                    if inWord && hasAlnum { count += 1 }
                    inWord = false
                    hasAlnum = false
                } else {
                    inWord = true
                    hasAlnum = hasAlnum || isAlnum
                }
            }
            if inWord && hasAlnum { count += 1 }
            return count
        }
    }

    /// A Han ideograph, hiragana or katakana: a script written without spaces between words.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }
}
