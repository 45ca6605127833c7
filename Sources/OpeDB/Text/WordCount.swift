/// The number of words in a text: tokens separated by Unicode whitespace that contain at least
/// one letter or digit (`—` and `…` alone are not words; `four's` and `3` are).
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
}
