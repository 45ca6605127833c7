/// Aligned text tables that fit the terminal, measured in display columns: wide (CJK) characters
/// take two, combining marks none. Cells too long for their column end in an ellipsis.
struct Table {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// Flexible columns give up width when the table is too wide, the least important first.
        var flexible = false
        /// Which flexible columns keep their width longest (a name before an affiliation).
        var importance = 0
        /// A shorter form of each cell (years for dates), used before any flexible column shrinks.
        var short: [String]? = nil
    }

    var columns: [Column]
    var rows: [[String]]

    /// The narrowest a flexible column becomes.
    static let minimumWidth = 8

    func render(width: Int, style: Style) -> String {
        guard !columns.isEmpty else { return "" }
        // Cells come from the archive: control characters are shown escaped, never sent to the terminal.
        var rows = rows.map { $0.map { $0.escapingControls() } }
        func natural(_ i: Int) -> Int { max(DisplayWidth.of(columns[i].title), rows.map { DisplayWidth.of($0[i]) }.max() ?? 0) }
        var widths = columns.indices.map(natural)
        let gap = 2
        var total: Int { widths.reduce(0, +) + gap * (columns.count - 1) }
        // First the short forms (dates as years), then the least important flexible columns, the
        // widest first, down to the minimum; the most important (names) give up width last.
        for i in columns.indices where total > width {
            guard let short = columns[i].short, short.count == rows.count else { continue }
            for r in rows.indices { rows[r][i] = short[r].escapingControls() }
            widths[i] = natural(i)
        }
        for tier in Set(columns.filter(\.flexible).map(\.importance)).sorted() {
            while total > width {
                guard let i = columns.indices.filter({ columns[$0].flexible && columns[$0].importance == tier && widths[$0] > Self.minimumWidth })
                    .max(by: { widths[$0] < widths[$1] }) else { break }
                widths[i] -= 1
            }
        }
        var lines: [String] = []
        lines.append(style.bold(line(columns.map(\.title), widths)))
        for row in rows { lines.append(line(row, widths)) }
        return lines.joined(separator: "\n")
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, cell) in cells.enumerated() {
            let fitted = DisplayWidth.truncate(cell, to: widths[i])
            let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(fitted)))
            let isLast = i == cells.count - 1
            switch columns[i].alignment {
            case .left: parts.append(isLast ? fitted : fitted + pad)
            case .right: parts.append(pad + fitted)
            }
        }
        return parts.joined(separator: "  ")
    }
}

/// How many terminal columns text takes.
enum DisplayWidth {
    static func of<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || v == 0x7F ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` cut to `width` columns, ending in `…` when it was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for c in text {
            let w = of(String(c))
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
