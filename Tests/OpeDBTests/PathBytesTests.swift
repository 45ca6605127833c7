import Testing
@testable import OpeDB

@Suite struct PathBytesTests {
    @Test(arguments: [
        ([UInt8]("café.md".utf8), "café.md"),
        ([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64], "caf\\xE9.md"),  // Latin-1 é
        ([0xFF, 0xFE], "\\xFF\\xFE"),
        ([0xE2, 0x82], "\\xE2\\x82"),  // a UTF-8 sequence cut short
        ([0xC3, 0xA9, 0xC3], "é\\xC3"),
    ])
    func namesThatAreNotUTF8AreShownEscaped(_ bytes: [UInt8], _ shown: String) {
        #expect(PathBytes.display(bytes) == shown)
    }

    @Test func suffixesAreWhatAUserRecognises() {
        #expect(PathBytes.suffix(of: Array("report.PDF".utf8)) == ".pdf")
        #expect(PathBytes.suffix(of: Array("README".utf8)) == nil)
        #expect(PathBytes.suffix(of: Array(".profile".utf8)) == nil)
    }
}
