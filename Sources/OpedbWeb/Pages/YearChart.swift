/// Articles per year as an inline SVG bar chart: no script, no image request, and each bar a
/// link to that year's articles. Years without articles inside the range show as gaps.
enum YearChart {
    /// The most years drawn (the latest ones): bars stay wide enough to click.
    static let maximumYears = 40

    static func render(_ m: inout Markup, perYear: [String: Int]) {
        let known = perYear.compactMap { key, value in Int(key).map { ($0, value) } }
        guard let first = known.map(\.0).min(), let last = known.map(\.0).max(),
              let highest = known.map(\.1).max(), highest > 0 else {
            m.element("p", ["class": "muted"], text: "No dated articles yet.")
            return
        }
        let start = max(first, last - maximumYears + 1)
        let years = Array(start...last)
        let step = 40, chartHeight = 120, top = 16, labelHeight = 22
        let width = years.count * step, height = top + chartHeight + labelHeight
        let every = max(1, (years.count + 11) / 12)
        let total = known.filter { $0.0 >= start }.reduce(0) { $0 + $1.1 }
        let label = "Articles per year, \(start) to \(last): \(total) articles"
        m.element("svg", ["class": "chart", "viewBox": "0 0 \(width) \(height)",
                          "width": String(width * 5 / 4), "height": String(height * 5 / 4), "role": "img", "aria-label": label,
                          "xmlns": "http://www.w3.org/2000/svg"]) { m in
            m.element("title", text: label)
            for (i, year) in years.enumerated() {
                let count = perYear[String(year)] ?? 0
                let x = i * step + 5
                if count > 0 {
                    let barHeight = max(2, count * chartHeight / highest)
                    let y = top + chartHeight - barHeight
                    let href = "/search" + QueryString.make([("since", String(year)), ("until", String(year)), ("sort", "newest")])
                    m.element("a", ["href": href]) { m in
                        m.element("rect", ["class": "bar", "x": String(x), "y": String(y), "width": String(step - 10),
                                           "height": String(barHeight), "rx": "2"]) { m in
                            m.element("title", text: "\(year): \(count) article\(count == 1 ? "" : "s")")
                        }
                        if years.count <= 16 {
                            m.element("text", ["x": String(x + (step - 10) / 2), "y": String(y - 4), "text-anchor": "middle"],
                                      text: String(count))
                        }
                    }
                }
                if i % every == 0 || year == last {
                    m.element("text", ["x": String(x + (step - 10) / 2), "y": String(height - 6), "text-anchor": "middle"],
                              text: String(year))
                }
            }
        }
    }
}
