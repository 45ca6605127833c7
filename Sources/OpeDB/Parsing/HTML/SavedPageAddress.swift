/// The address a saving tool wrote into the page it saved: read only when the page declares no
/// address of its own, since that is where the reader found it.
///
/// - the Wayback Machine, in the head of every capture it serves
///   (`__wm.wombat("http://example.org:80/a","20120216182711",…)`): the capture's address,
///   `https://web.archive.org/web/20120216182711/http://example.org/a`, as its canonical link
///   would give it;
/// - a browser's "Save as" mark (Chrome, Internet Explorer):
///   `<!-- saved from url=(0024)https://example.org/a -->`;
/// - SingleFile's header comment: `Page saved with SingleFile`, then `url: https://example.org/a`.
///
/// The tools write these at the top of the page, each in its place — a browser's mark before
/// `<html>`, SingleFile's before `<head>`, the Wayback Machine's in the head — so only there are
/// they read (within the first 32 KB): the same words quoted in an article's text, code or
/// scripts are not a mark.
enum SavedPageAddress {
    /// How far into the page the tools' marks are looked for.
    static let searchedBytes = 32_768

    static func address(in bytes: [UInt8]) -> String? {
        let top = bytes.prefix(searchedBytes)
        let body = min(start(of: "</head", in: top) ?? top.endIndex, start(of: "<body", in: top) ?? top.endIndex)
        let head = top.prefix(upTo: body)
        // A browser writes its mark before `<html>`, SingleFile its comment before `<head>`.
        let beforeHead = top.prefix(upTo: min(start(of: "<head", in: head) ?? body, body))
        let beforeHTML = top.prefix(upTo: min(start(of: "<html", in: beforeHead) ?? beforeHead.endIndex, beforeHead.endIndex))
        let address = waybackCapture(in: head)
            ?? value(after: "<!-- saved from url=(", in: beforeHTML).map(afterLength)
            ?? singleFile(in: beforeHead)
        guard let address, HTMLText.isArticleURL(address) else { return nil }
        return address
    }

    // MARK: The tools' marks

    private static func waybackCapture(in head: ArraySlice<UInt8>) -> String? {
        guard let start = position(of: "__wm.wombat(\"", in: head) else { return nil }
        let original = head[start...].prefix(while: { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\n") })
        let afterOriginal = original.endIndex
        guard afterOriginal + 3 < head.endIndex, head[afterOriginal] == UInt8(ascii: "\""), head[afterOriginal + 1] == UInt8(ascii: ","),
              head[afterOriginal + 2] == UInt8(ascii: "\"") else { return nil }
        let stamp = head[(afterOriginal + 3)...].prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        guard stamp.count >= 4, stamp.count <= 14, let written = String(validating: original, as: UTF8.self) else { return nil }
        // `http:\/\/example.org`: the call's string as a JavaScript literal may escape its slashes.
        let url = written.replacingOccurrences(of: "\\/", with: "/")
        return "https://web.archive.org/web/\(String(decoding: stamp, as: UTF8.self))/\(withoutDefaultPort(url))"
    }

    private static func singleFile(in head: ArraySlice<UInt8>) -> String? {
        guard let mark = position(of: "Page saved with SingleFile", in: head) else { return nil }
        return value(after: " url: ", in: head[mark..<min(head.endIndex, mark + 1_024)])
    }

    /// `(0024)https://…` → `https://…`: the length a browser writes before the address.
    private static func afterLength(_ text: String) -> String {
        guard let close = text.firstIndex(of: ")") else { return text }
        return String(text[text.index(after: close)...])
    }

    /// `http://example.org:80/a` → `http://example.org/a` (and `:443` for https): the Wayback
    /// Machine names the port its crawler used, which the address as published leaves out.
    private static func withoutDefaultPort(_ url: String) -> String {
        for (scheme, port) in [("http://", ":80"), ("https://", ":443")] where url.hasPrefix(scheme) {
            let rest = url.dropFirst(scheme.count)
            let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            let host = rest[..<hostEnd]
            if host.hasSuffix(port) { return scheme + host.dropLast(port.count) + rest[hostEnd...] }
        }
        return url
    }

    // MARK: Bytes

    /// The text after `marker` up to the next space, quote, `<` or line end; nil when empty.
    private static func value(after marker: String, in bytes: ArraySlice<UInt8>) -> String? {
        guard let start = position(of: marker, in: bytes) else { return nil }
        let stops: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")]
        let value = bytes[start...].prefix(while: { !stops.contains($0) })
        guard !value.isEmpty, let text = String(validating: value, as: UTF8.self) else { return nil }
        return text
    }

    /// The index where the first occurrence of `tag` starts in `bytes`, in any case of letters.
    private static func start(of tag: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let needle = Array(tag.lowercased().utf8)
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while i <= last {
            if bytes[i] == UInt8(ascii: "<"),
               zip(bytes[i..<(i + needle.count)], needle).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }) { return i }
            i += 1
        }
        return nil
    }

    /// The index just after the first occurrence of `marker` in `bytes`.
    private static func position(of marker: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let needle = Array(marker.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }
}
