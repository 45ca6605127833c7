import Testing
@testable import OpeDB

/// A gallery's captions are its text; a news photo's caption is not.
@Suite struct GalleryCaptionsTests {
    private let items = [
        ("The harbour clerk", "What you need: a grey waistcoat, a ledger under one arm and a pencil behind the ear, as worn in 1871."),
        ("The pilot", "What you need: a navy jumper, a peaked cap and a rolled chart, all of which a charity shop will have."),
        ("The tide table", "What you need: a white sheet with the month's high and low waters written on it in a large, clear hand."),
        ("The lighthouse", "What you need: a red and white striped top, a torch, and a friend willing to be a passing ship all night."),
        ("The estuary", "What you need: anything blue and green, a few shells sewn on, and a paper boat pinned to one shoulder."),
        ("The fishmonger", "What you need: a striped apron, white wellingtons and a cardboard cod, ideally with a price tag on it."),
        ("The council", "What you need: a suit, a clipboard and a badge reading 'budget committee', which will frighten everyone."),
        ("The ferry", "What you need: a cardboard box painted white, two straps over the shoulders and a timetable that is wrong."),
        ("The storm", "What you need: a grey cape, a spray bottle of water and the willingness to howl at the other guests."),
        ("The gull", "What you need: white clothes, an orange paper beak and a stolen chip, which is the part people remember."),
    ]

    private var gallery: String {
        "<article><h1>Ten costumes from the Wrenmouth estuary</h1><p>Make these in an evening.</p>"
            + items.enumerated().map { i, item in
                "<figure><h2>\(i + 1). \(item.0)</h2><img src='/c\(i).jpg'><figcaption><p>\(item.1)</p>"
                    + "<p>Photo: Wren Archive</p></figcaption></figure>"
            }.joined() + "</article>"
    }

    @Test func aGallerysCaptionsAreItsText() throws {
        let blocks = try TestSupport.read(body: gallery).blocks
        let text = blocks.filter { $0.hint == nil }.map(\.plainText)
        for item in items { #expect(text.contains(item.1)) }
        // Short credit lines stay captions.
        #expect(!text.contains("Photo: Wren Archive"))
        #expect(blocks.contains { $0.hint == .caption && $0.plainText == "Photo: Wren Archive" })
    }

    @Test func aNewsPhotosCaptionIsNotText() throws {
        let caption = "The clerk's first tide table, printed in 1871 and kept in the harbour office ever since, on display this week."
        let prose = String(repeating: TestSupport.prose, count: 4)
        let blocks = try TestSupport.read(body: """
            <article><h1>Tide tables</h1>\(prose)
            <figure><img src="/t.jpg"><figcaption>\(caption)</figcaption></figure>
            <figure><img src="/u.jpg"><figcaption>\(caption) Again.</figcaption></figure>
            <figure><img src="/v.jpg"><figcaption>\(caption) And again.</figcaption></figure></article>
            """).blocks
        #expect(!blocks.contains { $0.hint == nil && $0.plainText.hasPrefix("The clerk's first tide table") })
        #expect(blocks.contains { $0.hint == .caption && $0.plainText == caption })
    }

    @Test func twoCaptionsAreNotAGallery() {
        let long = String(repeating: "A long caption about the harbour at dawn. ", count: 20)
        let blocks = [Block(.paragraph, "Intro."), Block(.paragraph, long, hint: .caption), Block(.paragraph, long, hint: .caption)]
        #expect(GalleryCaptions.asText(blocks, otherText: 6) == nil)
    }
}
