import Testing
@testable import OpeDB

/// Encodings: a BOM, a declaration, or a guess that says so.
@Suite struct HTMLCharsetTests {
    /// "Café – naïve" in Windows-1252 bytes.
    static let cafe1252: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65]

    private func page(_ head: String, _ text: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + text
            + Array("</p>\(TestSupport.prose)</article></body></html>".utf8)
    }

    private func firstParagraph(_ bytes: [UInt8]) throws -> (String, [String]) {
        let document = try HTMLReader.read(bytes)
        return (document.blocks.first { $0.kind == .paragraph }?.plainText ?? "", document.warnings)
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">",
        "<meta charset=iso-8859-1>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
    ])
    func declaredWindows1252(_ head: String) throws {
        let (text, warnings) = try firstParagraph(page(head, Self.cafe1252))
        #expect(text == "Café – naïve")
        #expect(warnings.isEmpty)
    }

    @Test func byteOrderMarkWins() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + page("<meta charset=\"windows-1252\">", Array("Café – naïve".utf8))
        let (text, warnings) = try firstParagraph(bytes)
        #expect(text == "Café – naïve")
        #expect(warnings.isEmpty)
    }

    @Test func undeclaredUTF8IsReadAsUTF8() throws {
        let (text, warnings) = try firstParagraph(page("", Array("Café – naïve".utf8)))
        #expect(text == "Café – naïve")
        #expect(warnings.isEmpty)
    }

    @Test func undeclaredNonUTF8IsGuessedWithAWarning() throws {
        let (text, warnings) = try firstParagraph(page("", Self.cafe1252))
        #expect(text == "Café – naïve")
        #expect(warnings == ["no usable charset declared and not valid UTF-8; read as Windows-1252"])
    }

    @Test func aWrongLatin1DeclarationOnUTF8Text() throws {
        let (text, warnings) = try firstParagraph(page("<meta charset=\"iso-8859-1\">", Array("Café – naïve".utf8)))
        #expect(text == "Café – naïve")
        #expect(warnings.count == 1)
    }

    @Test func otherCharsetsAreConvertedByLibxml2() throws {
        // "Łódź" in ISO-8859-2.
        let (text, _) = try firstParagraph(page("<meta charset=\"iso-8859-2\">", [0xA3, 0xF3, 0x64, 0xBC]))
        #expect(text == "Łódź")
    }

    @Test(arguments: [
        ("<meta charset=\"UTF-8\">", "utf-8"),
        ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Windows-1250'>", "windows-1250"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>", "iso-8859-15"),
        ("<title>No declaration</title>", nil),
    ])
    func findsTheDeclaration(_ head: String, _ expected: String?) {
        #expect(HTMLCharset.declaredCharset(Array(head.utf8)) == expected)
    }
}
