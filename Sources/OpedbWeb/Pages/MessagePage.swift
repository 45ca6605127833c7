/// The page for a failed request: what went wrong in one sentence, and ways on.
enum MessagePage {
    static func render(_ error: WebError) -> String {
        Layout.page(title: error.title, section: .none) { m in
            m.element("h1", text: error.title)
            m.element("p", ["class": "error", "role": "alert"], text: error.message)
            m.element("p") { m in
                m.element("a", ["href": "/"], text: "Home")
                m.text(" · ")
                m.element("a", ["href": "/search"], text: "Search")
            }
        }
    }
}
