import Hummingbird
import OpeDB

/// `/stats`: counts, size, date range and articles per year; `/stats.json` is `opedb stats --json`.
enum StatsPage {
    static func respond(pool: ArchivePool, json: Bool) throws -> Response {
        let stats = try pool.withArchive { archive in try Maintenance(archive: archive).statistics() }
        if json { return try Reply.json(stats) }
        return Reply.html(render(stats))
    }

    static func render(_ s: ArchiveStatistics) -> String {
        Layout.page(title: "Stats", section: .stats, jsonTwin: "/stats.json") { m in
            m.element("h1", text: "Stats")
            m.element("table") { m in
                m.element("tbody") { m in
                    row(&m, "Articles", String(s.articles))
                    row(&m, "Authors", String(s.authors))
                    row(&m, "Books", String(s.books))
                    row(&m, "Publications", String(s.publications))
                    row(&m, "Size on disk", size(s.sizeBytes))
                    if let first = s.firstPublished, let last = s.lastPublished { row(&m, "Published", "\(first) – \(last)") }
                }
            }
            m.element("h2", text: "Articles per year")
            YearChart.render(&m, perYear: s.perYear)
            if !s.perYear.isEmpty {
                m.element("table") { m in
                    m.element("thead") { m in
                        m.element("tr") { m in
                            m.element("th", text: "Year")
                            m.element("th", ["class": "n"], text: "Articles")
                        }
                    }
                    m.element("tbody") { m in
                        for year in s.perYear.keys.sorted(by: >) {
                            m.element("tr") { m in
                                m.element("td") { m in
                                    m.element("a", ["href": "/search" + QueryString.make([("since", year), ("until", year), ("sort", "newest")])], text: year)
                                }
                                m.element("td", ["class": "n"], text: String(s.perYear[year] ?? 0))
                            }
                        }
                    }
                }
            }
        }
    }

    private static func row(_ m: inout Markup, _ label: String, _ value: String) {
        m.element("tr") { m in
            m.element("th", ["scope": "row"], text: label)
            m.element("td", ["class": "n"], text: value)
        }
    }

    static func size(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(bytes) B" : "\(Double(Int(value * 10)) / 10) \(units[unit])"
    }
}
