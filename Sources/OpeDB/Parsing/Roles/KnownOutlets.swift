/// Well-known news outlets: their names as readers know them and the domains they publish on.
///
/// Used to name the publication of an article from its URL when it has no disclaimer, and to
/// recognise outlets linked from a body (`[New York Times](#)` → "The New York Times").
enum KnownOutlets {
    struct Outlet: Sendable {
        var name: String
        var domains: [String]
    }

    static let all: [Outlet] = [
        Outlet(name: "The Moscow Times", domains: ["themoscowtimes.com"]),
        Outlet(name: "The New York Times", domains: ["nytimes.com"]),
        Outlet(name: "The Washington Post", domains: ["washingtonpost.com"]),
        Outlet(name: "The Wall Street Journal", domains: ["wsj.com"]),
        Outlet(name: "The Guardian", domains: ["theguardian.com", "guardian.co.uk"]),
        Outlet(name: "The Observer", domains: ["observer.com"]),
        Outlet(name: "BBC News", domains: ["bbc.co.uk", "bbc.com"]),
        Outlet(name: "Financial Times", domains: ["ft.com"]),
        Outlet(name: "The Economist", domains: ["economist.com"]),
        Outlet(name: "Reuters", domains: ["reuters.com"]),
        Outlet(name: "Associated Press", domains: ["apnews.com"]),
        Outlet(name: "Bloomberg", domains: ["bloomberg.com"]),
        Outlet(name: "Al Jazeera", domains: ["aljazeera.com", "aljazeera.net"]),
        Outlet(name: "CNN", domains: ["cnn.com"]),
        Outlet(name: "NPR", domains: ["npr.org"]),
        Outlet(name: "Politico", domains: ["politico.com", "politico.eu"]),
        Outlet(name: "Foreign Policy", domains: ["foreignpolicy.com"]),
        Outlet(name: "Foreign Affairs", domains: ["foreignaffairs.com"]),
        Outlet(name: "The Atlantic", domains: ["theatlantic.com"]),
        Outlet(name: "The New Yorker", domains: ["newyorker.com"]),
        Outlet(name: "Los Angeles Times", domains: ["latimes.com"]),
        Outlet(name: "USA Today", domains: ["usatoday.com"]),
        Outlet(name: "The Independent", domains: ["independent.co.uk"]),
        Outlet(name: "The Telegraph", domains: ["telegraph.co.uk"]),
        Outlet(name: "The Times", domains: ["thetimes.co.uk"]),
        Outlet(name: "Le Monde", domains: ["lemonde.fr"]),
        Outlet(name: "Der Spiegel", domains: ["spiegel.de"]),
        Outlet(name: "Deutsche Welle", domains: ["dw.com"]),
        Outlet(name: "Meduza", domains: ["meduza.io"]),
        Outlet(name: "Novaya Gazeta", domains: ["novayagazeta.ru", "novayagazeta.eu"]),
        Outlet(name: "Kommersant", domains: ["kommersant.ru", "kommersant.com"]),
        Outlet(name: "Vedomosti", domains: ["vedomosti.ru"]),
        Outlet(name: "Radio Free Europe/Radio Liberty", domains: ["rferl.org"]),
        Outlet(name: "Project Syndicate", domains: ["project-syndicate.org"]),
        Outlet(name: "Carnegie Endowment for International Peace", domains: ["carnegieendowment.org"]),
        Outlet(name: "The Hill", domains: ["thehill.com"]),
        Outlet(name: "Newsweek", domains: ["newsweek.com"]),
        Outlet(name: "Time", domains: ["time.com"]),
        Outlet(name: "Los Angeles Review of Books", domains: ["lareviewofbooks.org"]),
        Outlet(name: "The Diplomat", domains: ["thediplomat.com"]),
        Outlet(name: "Eurasianet", domains: ["eurasianet.org"]),
        Outlet(name: "Kyiv Independent", domains: ["kyivindependent.com"]),
        Outlet(name: "The Irish Times", domains: ["irishtimes.com"]),
        Outlet(name: "The Times of India", domains: ["timesofindia.indiatimes.com"]),
        Outlet(name: "South China Morning Post", domains: ["scmp.com"]),
        Outlet(name: "The Japan Times", domains: ["japantimes.co.jp"]),
        Outlet(name: "The Globe and Mail", domains: ["theglobeandmail.com"]),
        Outlet(name: "The Sydney Morning Herald", domains: ["smh.com.au"]),
        Outlet(name: "Haaretz", domains: ["haaretz.com"]),
        Outlet(name: "Agence France-Presse", domains: ["afp.com"]),
    ]

    /// The outlet publishing on `domain` (or a subdomain of it).
    static func named(forDomain domain: String) -> String? {
        var host = Substring(domain.lowercased())
        while true {
            if let name = byDomain[String(host)] { return name }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = host[host.index(after: dot)...]
            guard host.contains(".") else { return nil }
        }
    }

    /// The main domain of a known outlet, by name.
    static func domain(forName name: String) -> String? {
        domainByKey[PublicationName.key(name)]
    }

    /// The canonical name of an outlet written as `name` ("New York Times" → "The New York Times").
    static func canonicalName(_ name: String) -> String? {
        byKey[PublicationName.key(name)]
    }

    private static let byDomain: [String: String] = {
        var map: [String: String] = [:]
        for outlet in all { for d in outlet.domains { map[d] = outlet.name } }
        return map
    }()

    /// Called for every publication and mention an article stores: a table, not a scan.
    private static let domainByKey: [String: String] = {
        var map: [String: String] = [:]
        for outlet in all { map[PublicationName.key(outlet.name)] = outlet.domains.first }
        return map
    }()

    private static let byKey: [String: String] = {
        var map: [String: String] = [:]
        for outlet in all { map[PublicationName.key(outlet.name)] = outlet.name }
        map["nyt"] = "The New York Times"
        map["wapo"] = "The Washington Post"
        map["wsj"] = "The Wall Street Journal"
        map["bbc"] = "BBC News"
        map["ap"] = "Associated Press"
        map["afp"] = "Agence France-Presse"
        map["rfe/rl"] = "Radio Free Europe/Radio Liberty"
        return map
    }()
}

/// How publication names compare: case and diacritics folded, a leading "The" ignored.
public enum PublicationName {
    public static func key(_ name: String) -> String {
        var folded = name.folded.collapsingWhitespace
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }
}
