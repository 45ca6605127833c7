import Testing
@testable import OpeDB

/// Bylines as pages print them: the names, without the words and dates around them.
@Suite struct VisibleBylineTests {
    @Test(arguments: [
        ("By Orla Quennell", true, ["Orla Quennell"]),
        // An interview's two people.
        ("Orla Quennell im Gespräch mit Gus Hallorann", false, ["Orla Quennell", "Gus Hallorann"]),
        ("Orla Quennell in conversation with Gus Hallorann", false, ["Orla Quennell", "Gus Hallorann"]),
        ("Von Jonte Wahlberg und Mira Oksanen | 3. Mai 2021", true, ["Jonte Wahlberg", "Mira Oksanen"]),
        // A capitalised particle belongs to the name; the lowercase word before a date does not.
        ("Par Aimé Le Goff le 3 mars 2020", true, ["Aimé Le Goff"]),
        ("Por Lucía El Haddad el 4 de mayo", true, ["Lucía El Haddad"]),
        // The weekday or month before the date is cut with the date.
        ("Tobias Quandt Fr, 13. März 2020", false, ["Tobias Quandt"]),
        ("Selma Wirtanen Do 9 Apr 2020", false, ["Selma Wirtanen"]),
        ("Posted by Gus Hallorann on May 3", true, ["Gus Hallorann"]),
        ("Ivo Marsh wrote this", true, []),
        ("Eingestellt von Wenke Adlung um 10:14", true, ["Wenke Adlung"]),
        ("Interview: Jasna Mirkov", true, ["Jasna Mirkov"]),
        // The date first, then the word that introduces the names.
        ("Posted on May 3, 2021 by Gus Hallorann", true, ["Gus Hallorann"]),
        ("Veröffentlicht am 3. Mai 2021 von Wenke Adlung", true, ["Wenke Adlung"]),
        // Credit lines: the writer, not the illustrator or the photographer.
        ("Ein Artikel von Wenke Adlung | 27.01.2022 - 12:45", true, ["Wenke Adlung"]),
        ("Text von Orla Quennell Illustration von Ivo Marsh", true, ["Orla Quennell"]),
        ("Text & Fotos: Jonte Wahlberg", true, ["Jonte Wahlberg"]),
        // Spanish relative time after the names.
        ("Por Lucía Ferrer y Tobias Quandt Hace 2 horas", true, ["Lucía Ferrer", "Tobias Quandt"]),
        // Not names: a heading's lowercase words, a `By the numbers` box.
        ("By the numbers", true, []),
        ("Masken über Ausgangssperren", false, []),
        ("Ana de la Cruz", false, ["Ana de la Cruz"]),
        // An opener glued to a name counts; a word in capitals throughout that starts like one does not.
        ("vonChris Aldana", true, ["Chris Aldana"]),
        ("DISCLOSURE & PRIVACY POLICY", true, []),
        ("DIY & CRAFTS", true, []),
        ("ByJ.R. Quill", true, ["J.R. Quill"]),
        // The label without its name, a month alone: nobody.
        ("Rezept von", false, []),
        ("Dezember", false, []),
        // A login name keeps its digits; a number that starts a word is the date.
        ("Author: Quill2man am 29.12.2010, 13:36 Uhr", true, ["Quill2man"]),
        ("wrenfan1984", false, ["wrenfan1984"]),
        ("Beitrag von q23 | 21.01.2009, 05:42", true, ["q23"]),
        // An author box's link, read before its name.
        ("Alle Beiträge", false, []),
        ("View all posts", false, []),
        // The next label ends the names.
        ("Autor: Fenna Brookhart Quelle: Wrenmouth Herald", true, ["Fenna Brookhart"]),
        ("By the numbers:", true, []),
        // French sets a space before the colon; an agency glued after a slash is no part of the name.
        ("Auteur : Aurélie Vantongeren", true, ["Aurélie Vantongeren"]),
        ("Autor: Jonte Wahlberg/WPX", true, ["Jonte Wahlberg"]),
        // A guest post's credit; an author box's link to the writer's other posts.
        ("Ein Gastbeitrag von Wenke Adlung", true, ["Wenke Adlung"]),
        ("View all posts by Orla Quennell", true, ["Orla Quennell"]),
        ("Alle Beiträge von Wenke Adlung", true, ["Wenke Adlung"]),
        // A blog theme's category before or after the names; an author box's contact link.
        ("Posted in Gardens by wrenfan on May 3, 2021", true, ["wrenfan"]),
        ("Posted by Gus Hallorann under Gardens, Tides", true, ["Gus Hallorann"]),
        ("Alles von Wenke Adlung Kontakt", true, ["Wenke Adlung"]),
        // Soft hyphens a page sets for line breaking.
        ("Von Jon\u{AD}te Wahl\u{AD}berg", true, ["Jonte Wahlberg"]),
        // German `vom` (`from`) before a blogger's name; before a date it names nobody.
        ("vom Wrenfinder", true, ["Wrenfinder"]),
        ("vom 3. Mai 2021", true, []),
        // A German compound job title after the name is no second writer.
        ("Autorin: Fenna Brookhart, Projektleiterin der Stiftung in Wrenmouth.", true, ["Fenna Brookhart"]),
    ])
    func readsNames(_ text: String, _ requireOpener: Bool, _ expected: [String]) {
        #expect(VisibleByline.names(in: text, requireOpener: requireOpener) == expected)
    }

    /// The parts of a date or meta line that open with a byline word.
    @Test(arguments: [
        ("Meinung | By Fenna Brookhart | April 13, 2020", ["By Fenna Brookhart"]),
        ("Datum: 19.11.2021 Autor: Fenna Brookhart Quelle: Wrenmouth Herald", ["Autor: Fenna Brookhart Quelle: Wrenmouth Herald"]),
        ("Fenna Brookhart | 13. April 2020", []),
        ("19.11.2021", []),
        // A label without its colon opening a meta box's line.
        ("Autor Fenna Brookhart,", ["Autor: Fenna Brookhart,"]),
        ("Autor", []),
    ])
    func labelledParts(_ text: String, _ expected: [String]) {
        #expect(VisibleByline.labelledParts(of: text) == expected)
    }

    /// A byline label alone in its element: the names follow in the next one.
    @Test(arguments: [("Autor", true), ("Auteur :", true), ("By", true), ("Written by:", true), ("Autorenleben", false),
                      ("By Orla Quennell", false)])
    func loneLabels(_ text: String, _ expected: Bool) {
        #expect(VisibleByline.isLoneLabel(text) == expected)
    }

    /// The one person a date line names beside its dates: never a place of one word, two
    /// people, or a line without a number.
    @Test(arguments: [
        ("Fenna Brookhart, 01.12.2021", ["Fenna Brookhart"]),
        ("04.02.2022 | 13:10 Uhr | Fenna Brookhart", ["Fenna Brookhart"]),
        ("Fenna Brookhart | Publicado hace 3 horas", ["Fenna Brookhart"]),
        ("Wrenmouth, 01.12.2021", []),
        ("Fenna Brookhart | Gus Hallorann | 01.12.2021", []),
        ("Fenna Brookhart | Wrenmouth Herald", []),
        ("Posted on | 01.12.2021 | Fenna Brookhart", []),
        ("Mai 2021 | Fenna Brookhart", ["Fenna Brookhart"]),
        ("Montag Abend, 01.12.2021", []),
        ("Fenna Brookhart Stand: 05. Februar 2020", ["Fenna Brookhart"]),
        // A translator's or photographer's credit names no writer.
        ("01.12.2021 | Übersetzung Fenna Brookhart", []),
        ("01.12.2021 | Foto Fenna Brookhart", []),
        // The name and the date in one part, or glued by a converter.
        ("Fenna Brookhart 19.10.2019, 05:00 Uhr", ["Fenna Brookhart"]),
        ("Fenna Brookhart19.10.2019, 05:00 Uhr", ["Fenna Brookhart"]),
        ("28. Jan. 2022 Fenna Brookhart", ["Fenna Brookhart"]),
        ("Wrenmouth 19.10.2019", []),
        ("Tuesday 19.10.2019", []),
    ])
    func datelineNames(_ text: String, _ expected: [String]) {
        #expect(VisibleByline.datelineNames(in: text) == expected)
    }

    /// A full name alone closing the text, in bold or italics or in brackets, signs it; a bold
    /// heading with digits, an outlet's name, a name in plain type do not.
    @Test(arguments: [
        ("**Orla Quennell**", "Orla Quennell", ["Orla Quennell"]),
        ("*Gus Hallorann*", "Gus Hallorann", ["Gus Hallorann"]),
        ("(Jonte Wahlberg) +++", "(Jonte Wahlberg) +++", ["Jonte Wahlberg"]),
        ("Orla Quennell", "Orla Quennell", []),
        ("**The Wrenmouth Herald**", "The Wrenmouth Herald", []),
        ("**Tides in 2021**", "Tides in 2021", []),
        ("**Wrenmouth Webdienste GmbH**", "Wrenmouth Webdienste GmbH", []),
        ("**Orla**", "Orla", []),
    ])
    func signatureNames(_ markup: String, _ plain: String, _ expected: [String]) {
        #expect(VisibleByline.signatureNames(markup: markup, plain: plain) == expected)
    }

    /// A name made of the host's labels is the site (`Wren-Archiv` on `archiv.wren.example`); a
    /// name merely built on one (`Wrenfinder`) or a person's is not.
    @Test(arguments: [("Wren-Archiv", "archiv.wren.example", true), ("Wren Archiv", "archiv.wren.example", true),
                      ("Wrenfinder", "archiv.wren.example", false), ("Orla Quennell", "orlaquennell.example", false),
                      ("Wren-Archiv", nil, false)])
    func spellsHost(_ name: String, _ host: String?, _ expected: Bool) {
        #expect(VisibleByline.spellsHost(name, host: host) == expected)
    }

    /// Byline class words of other languages, as the element's last word; not a photo's credit
    /// or the writer's picture.
    @Test(arguments: [("content-left-autor", true), ("autor", true), ("articulo-autor autor-container", true),
                      ("autores", true), ("foto-autor", false), ("post-autor-bild", false), ("autorenleben", false),
                      ("img-autor", false), ("entry-title", false)])
    func bylineClasses(_ classes: String, _ expected: Bool) {
        #expect(VisibleByline.isBylineClass(classes) == expected)
    }

    /// Texts that may open a byline; `By` glued to a capitalised name counts, a word that merely
    /// starts with `by` does not.
    @Test(arguments: [("ByOrla Quennell", true), ("By Orla Quennell", true), ("Bylines matter", false), ("byways", false),
                      ("Posted on May 3 by Gus Hallorann", true), ("Orla Quennell", false)])
    func mayOpen(_ text: String, _ expected: Bool) {
        #expect(VisibleByline.mayOpen(text) == expected)
    }

    /// A credit line names its writer after a label with its colon, wherever the label stands on it.
    @Test(arguments: [
        ("Autor: Orla Quennell", ["Orla Quennell"]),
        ("Auteur : Orla Quennell", ["Orla Quennell"]),
        ("Datum: 19.11.2021 Autor: Orla Quennell Quelle: Tidewatch", ["Orla Quennell"]),
        ("Text: Orla Quennell / tidewatch.example", ["Orla Quennell"]),
        ("By Orla Quennell", []),
        ("Autor des Buches ist Orla Quennell.", []),
    ])
    func labelledCredit(_ line: String, _ names: [String]) {
        #expect(VisibleByline.labelledCredit(line) == names)
    }

    /// A meta list closing a clipped text (`* Author: …`, `* Published: …`) names the writer.
    @Test func aMetaListClosingTheTextNamesTheWriter() throws {
        let text = "# Tide tables\n\nThe text begins here.\n\nIt goes on.\n\n* Author: Orla Quennell\n* Published: 03 December 2019\n"
        #expect(try ArticleParser().parse(text: text).authors.map(\.name) == ["Orla Quennell"])
        // A book's details closing a review name the book's author, not the review's.
        let review = "# Tide tables\n\nThe text begins here.\n\nIt goes on.\n\n* Author: Orla Quennell\n* Publisher: Wren Press\n"
        #expect(try ArticleParser().parse(text: review).authors.isEmpty)
    }

    /// A credit over the text's source, as the text's last two paragraphs, names the writer; a
    /// credit over anything else (a book's publisher) does not.
    @Test(arguments: [
        ("Autor: Orla Quennell\n\nQuelle: Tidewatch", ["Orla Quennell"]),
        ("*Author: Orla Quennell*\n\n*Source: Tidewatch*", ["Orla Quennell"]),
        ("Autor: Orla Quennell\n\nVerlag: Wren Press", []),
        ("Autor: Orla Quennell\n\nQuelle: Tidewatch, Ausgabe vom Mai, Seiten 4 bis 9, mit Tabellen und Karten der Gezeiten im ganzen Jahr", []),
    ])
    func aCreditOverTheSourceClosingTheTextNamesTheWriter(_ closing: String, _ names: [String]) throws {
        let text = "---\ntitle: Tide tables\n---\nThe text begins here.\n\nIt goes on.\n\n\(closing)\n"
        #expect(try ArticleParser().parse(text: text).authors.map(\.name) == names)
    }
}
