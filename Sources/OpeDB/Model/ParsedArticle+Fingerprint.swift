extension ParsedArticle {
    /// SHA-256 of everything extracted (warnings aside), to tell whether a re-parse changed anything.
    ///
    /// Fields are written length-prefixed into one buffer and hashed once: encoding the article as
    /// JSON first cost more than the rest of the hashing on the ingest path. Every stored field must
    /// be written here; a test counts them so a new field cannot be forgotten.
    public var fingerprint: String {
        var out = FingerprintBuffer()
        out.bytes.reserveCapacity(body.utf8.count + 1024)
        out.write(title)
        out.write(kind)
        out.write(subtitle)
        out.write(authors.count)
        for author in authors {
            out.write(author.name)
            out.write(author.aliases)
            out.write(author.affiliation)
        }
        out.write(publishedOn)
        out.write(dateIsUpdate ? 1 : 0)
        out.write(imageCredit)
        out.write(url)
        out.write(publication)
        out.write(domain)
        out.write(related)
        out.write(quotes)
        out.write(notes.count)
        for note in notes {
            out.write(note.author)
            out.write(note.text)
        }
        out.write(books.count)
        for book in books {
            out.write(book.title)
            out.write(book.subtitle)
            out.write(book.publisher)
            out.write(book.year ?? -1)
            out.write(book.forthcoming ? 1 : 0)
            out.write(book.author)
            out.write(book.role.rawValue)
        }
        out.write(mentions)
        out.write(disclaimer)
        out.write(body)
        out.write(wordCount)
        return SHA256.hex(out.bytes)
    }

    /// How many stored properties ``fingerprint`` covers (all but `warnings`).
    static let fingerprintedFieldCount = 18
}

/// A byte buffer in which every value is tagged and length-prefixed, so different articles
/// never serialise to the same bytes.
private struct FingerprintBuffer {
    var bytes: [UInt8] = []

    mutating func write(_ number: Int) {
        bytes.append(0x01)
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String) {
        bytes.append(0x02)
        withUnsafeBytes(of: Int64(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ text: String?) {
        if let text { write(text) } else { bytes.append(0x00) }
    }

    mutating func write(_ list: [String]) {
        write(list.count)
        for text in list { write(text) }
    }
}
