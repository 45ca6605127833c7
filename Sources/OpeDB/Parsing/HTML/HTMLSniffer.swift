/// Tells an HTML page from a Markdown or text article by its first bytes.
enum HTMLSniffer {
    /// After a BOM and whitespace: `<!doctype html`, `<html`, `<head`, an XML declaration followed
    /// by `<html`, or `<html` / `<body` anywhere in the first kilobyte (pages saved with a
    /// leading comment or stray text); within 64 KB when the bytes open with a head element
    /// (`<style>`, `<script>`, `<meta>`…). ASCII case is ignored.
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var head = bytes[start..<min(bytes.count, start + 1024)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            // UTF-16 with a BOM: the ASCII bytes of every other position are enough to sniff.
            let offset = bytes[0] == 0xFF ? 2 : 3
            head = stride(from: offset, to: min(bytes.count, 2048), by: 2).map { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A ? bytes[$0] | 0x20 : bytes[$0] }
        }
        let body = head.drop(while: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
        for opening in ["<!doctype html", "<html", "<head"] where body.starts(with: opening.utf8) { return true }
        if body.starts(with: "<?xml".utf8) { return contains(body, "<html") }
        if contains(body, "<html") || contains(body, "<body") { return true }
        // Pages that open with a long `<style>` or `<script>` before their `<html>` (a CMS
        // printing its head elements early): look further, but only after such an opening.
        guard headOpenings.contains(where: { body.starts(with: $0.utf8) }) else { return false }
        let further = bytes[start..<min(bytes.count, start + 65_536)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }[...]
        return contains(further, "<html") || contains(further, "<body") || contains(further, "<head")
    }

    /// Elements of a page's head that a page may start with before its `<html>`.
    private static let headOpenings = ["<script", "<style", "<meta ", "<link ", "<title>", "<base ", "<!--"]

    private static func contains(_ hay: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard hay.count >= n.count else { return false }
        var i = hay.startIndex
        while i <= hay.endIndex - n.count {
            if hay[i] == n[0], hay[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}
