import CDigest
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The site's one stylesheet, inline in every page (no second request), and the hash that
/// lets the Content-Security-Policy allow exactly it and no other style.
enum Stylesheet {
    /// System fonts (serif for reading, sans for chrome); light and dark through
    /// `prefers-color-scheme`; one column on a phone, results beside facets on a desktop.
    static let css: StaticString = """
    :root{--bg:#fdfcf8;--fg:#1f1d1a;--muted:#6a655c;--rule:#e3ded3;--accent:#8a2c0d;--mark:#fbe7a1;--panel:#f4f1ea;--bar:#b5542f;
    color-scheme:light dark}
    @media (prefers-color-scheme:dark){:root{--bg:#16161a;--fg:#e8e6e1;--muted:#a09a90;--rule:#34343a;--accent:#f0a070;--mark:#5c4a12;--panel:#202026;--bar:#d9825a}}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
    a{color:var(--accent);text-underline-offset:.15em}
    a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
    .skip,.sr{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.4rem .8rem;z-index:9}
    header.site{border-bottom:1px solid var(--rule);background:var(--panel)}
    header.site .in{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.4rem;max-width:72rem;margin:0 auto;padding:.7rem 1.2rem}
    header.site .brand{font-weight:700;font-size:1.2rem;color:var(--fg);text-decoration:none;letter-spacing:.02em}
    header.site nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.95rem}
    header.site nav a{color:var(--muted);text-decoration:none}header.site nav a:hover,header.site nav a[aria-current]{color:var(--fg);text-decoration:underline}
    main{max-width:72rem;margin:0 auto;padding:1.2rem 1.2rem 3rem}
    footer.site{max-width:69.6rem;margin:0 auto;padding:1rem 0 2rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule)}
    @media (max-width:72rem){footer.site{margin:0 1.2rem}}
    header.site form.search{margin:0 0 0 auto;flex:1 1 14rem;max-width:22rem;flex-wrap:nowrap}
    header.site form.search input[type=search]{flex:1 1 auto;padding:.35rem .6rem}
    header.site form.search button{padding:.35rem .7rem}
    h1{font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:2rem;line-height:1.2;margin:.4rem 0 .8rem}
    h2{font-size:1.15rem;margin:1.8rem 0 .6rem}
    .muted,.meta{color:var(--muted)}.meta{font-size:.9rem}
    form.search{display:flex;gap:.5rem;margin:.6rem 0 1rem;flex-wrap:wrap}
    form.search input[type=search]{flex:1 1 16rem;min-width:0;font:inherit;padding:.55rem .7rem;border:1px solid var(--rule);border-radius:6px;background:var(--bg);color:var(--fg)}
    button,select{font:inherit;padding:.5rem .9rem;border:1px solid var(--rule);border-radius:6px;background:var(--panel);color:var(--fg);cursor:pointer}
    .counts{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0;padding:0;list-style:none}
    .counts li{background:var(--panel);border:1px solid var(--rule);border-radius:8px;padding:.6rem 1rem;min-width:8rem}
    .counts a{display:block;color:var(--muted);text-decoration:none}.counts a:hover strong{text-decoration:underline}
    .counts strong{display:block;font-size:1.5rem;color:var(--accent)}
    .chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
    .chart .bar{fill:var(--bar)}.chart a:hover .bar,.chart a:focus .bar{fill:var(--accent)}
    .chart text{fill:var(--muted);font-size:11px;font-family:system-ui,sans-serif}
    .layout{display:grid;grid-template-columns:minmax(0,1fr) 15rem;gap:2rem}
    @media (max-width:50rem){.layout{grid-template-columns:1fr}.layout aside{order:2}}
    ol.results{list-style:none;padding:0;margin:0}
    ol.results li{padding:.9rem 0;border-bottom:1px solid var(--rule)}
    ol.results h3{margin:0 0 .15rem;font-size:1.1rem;font-family:Georgia,"Times New Roman",serif}
    ol.results p{margin:.25rem 0 0}
    mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
    .facets h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:1.2rem 0 .4rem}
    .facets ul{list-style:none;margin:0;padding:0;font-size:.92rem}
    .facets li{display:flex;justify-content:space-between;gap:.5rem;padding:.1rem 0}
    .facets li span{color:var(--muted)}
    .filters{display:flex;flex-wrap:wrap;gap:.4rem;margin:.2rem 0 .8rem;padding:0;list-style:none}
    .filters li a{display:inline-block;background:var(--panel);border:1px solid var(--rule);border-radius:99px;padding:.1rem .7rem;font-size:.88rem;text-decoration:none;color:var(--fg)}
    .sort{font-size:.92rem;margin:.2rem 0 .4rem}
    .more{margin-top:1.4rem;font-size:.92rem}.more summary{cursor:pointer}
    .field{display:block;margin:.5rem 0}.field span{display:block;font-size:.82rem;color:var(--muted)}
    .field input{width:100%;font:inherit;padding:.35rem .5rem;border:1px solid var(--rule);border-radius:4px;background:var(--bg);color:var(--fg)}
    .record a{overflow-wrap:anywhere}
    .error{border-left:4px solid var(--accent);background:var(--panel);padding:.7rem 1rem;margin:1rem 0}
    nav.pages{display:flex;justify-content:space-between;gap:1rem;margin:1.2rem 0;font-size:.95rem}
    article.piece{max-width:42rem;margin:0 auto;font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:1.1rem;line-height:1.65}
    article.piece .kind{font-family:system-ui,sans-serif;font-size:.78rem;text-transform:uppercase;letter-spacing:.12em;color:var(--accent);margin:0}
    article.piece .standfirst{font-size:1.25rem;color:var(--muted);margin:0 0 1rem}
    article.piece .byline{font-family:system-ui,sans-serif;font-size:.95rem;margin:.2rem 0}
    article.piece .meta{font-family:system-ui,sans-serif}
    article.piece h2{font-family:system-ui,sans-serif;font-size:1.1rem}
    aside.pull{margin:1.6rem 0;padding:.4rem 0 .4rem 1.2rem;border-left:4px solid var(--accent);font-size:1.3rem;font-style:italic}
    aside.pull blockquote{margin:0}
    section.after{font-family:system-ui,sans-serif;font-size:.95rem;border-top:1px solid var(--rule);margin-top:2rem}
    .disclaimer{font-style:italic;color:var(--muted)}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top}
    th{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    .scroll{overflow-x:auto}
    pre.source{white-space:pre-wrap;word-break:break-word;background:var(--panel);padding:1rem;border-radius:6px;font-size:.85rem}
    @media (max-width:40rem){body{font-size:16px}h1{font-size:1.6rem}main{padding:1rem .9rem 2rem}article.piece{font-size:1.05rem}
    footer.site{margin:0 .9rem}header.site form.search{margin:0;max-width:none}
    .hide-narrow{display:none}}
    """

    /// `'sha256-…'` of ``css``, for `style-src` in the Content-Security-Policy.
    static let hashSource: String = {
        let bytes = Array(css.description.utf8)
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { buffer in
            digest.withUnsafeMutableBufferPointer { opedb_sha256(buffer.baseAddress, buffer.count, $0.baseAddress!) }
        }
        return "'sha256-" + Data(digest).base64EncodedString() + "'"
    }()

    /// Nothing loads from elsewhere; no script runs; the one inline stylesheet is this one.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(hashSource); img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}
