import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of an ``HTMLTree``: a borrowed pointer, valid while its tree lives.
///
/// Names of elements and attributes are lowercase (libxml2's HTML parser folds them), so
/// comparisons are plain byte comparisons.
struct HTMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    var isText: Bool {
        let type = pointer.pointee.type
        return type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE
    }

    /// The element's tag, lowercase; empty for other nodes.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    var tag: HTMLTag { isElement ? HTMLTag(name: pointer.pointee.name) : .other }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }
    var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent)
    }

    /// The children, in order.
    var children: Children { Children(cursor: pointer.pointee.children) }

    struct Children: Sequence, IteratorProtocol {
        var cursor: xmlNodePtr?
        mutating func next() -> HTMLNode? {
            guard let current = cursor else { return nil }
            cursor = current.pointee.next
            return HTMLNode(current)
        }
    }

    /// A text node's content as UTF-8 bytes (entities already decoded by libxml2).
    func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let content = pointer.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: content, count: strlen(content)))
    }

    /// The value of attribute `name` (lowercase), entities decoded.
    func attribute(_ name: StaticString) -> String? {
        var attr = pointer.pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, strcmp(attrName, name.utf8Start) == 0 {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attr = current.pointee.next
        }
        return nil
    }

    /// `body` over the bytes of attribute `name`'s value as the page wrote it (its first text
    /// node, entities already decoded by libxml2), without making a string; nil when absent.
    func withAttributeBytes<R>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var attr = pointer.pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, strcmp(attrName, name.utf8Start) == 0 {
                guard let content = current.pointee.children?.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
                return body(UnsafeBufferPointer(start: content, count: strlen(content)))
            }
            attr = current.pointee.next
        }
        return nil
    }

    /// The attributes the element table reads, found in one walk over the attribute list
    /// (instead of one walk per name, for every element of the page).
    struct LayoutAttributes {
        var classNames: String?
        var id: String?
        var role: String?
        /// `hidden`, `aria-hidden=true`, `display:none` or `visibility:hidden` inline.
        var hidden = false
        /// `itemprop=articleBody` (schema.org microdata): the page's own word for its text.
        var articleBody = false
    }

    var layoutAttributes: LayoutAttributes {
        var found = LayoutAttributes()
        var attr = pointer.pointee.properties
        while let current = attr {
            attr = current.pointee.next
            guard let name = current.pointee.name else { continue }
            func value() -> String {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            switch name[0] {
            case UInt8(ascii: "c") where strcmp(name, "class") == 0: found.classNames = value()
            case UInt8(ascii: "i") where strcmp(name, "id") == 0: found.id = value()
            case UInt8(ascii: "r") where strcmp(name, "role") == 0: found.role = value()
            case UInt8(ascii: "h") where strcmp(name, "hidden") == 0: found.hidden = true
            case UInt8(ascii: "a") where strcmp(name, "aria-hidden") == 0: if value() == "true" { found.hidden = true }
            case UInt8(ascii: "i") where strcmp(name, "itemprop") == 0: found.articleBody = value().fastRange(of: "articleBody") != nil
            case UInt8(ascii: "s") where strcmp(name, "style") == 0:
                let compact = value().lowercased().filter { $0 != " " }
                if compact.fastRange(of: "display:none") != nil || compact.fastRange(of: "visibility:hidden") != nil { found.hidden = true }
            default: break
            }
        }
        return found
    }

    func hasAttribute(_ name: StaticString) -> Bool {
        var attr = pointer.pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, strcmp(attrName, name.utf8Start) == 0 { return true }
            attr = current.pointee.next
        }
        return false
    }

    /// The `class` and `id` attributes together, lowercase: what class cues are read from.
    var classAndID: String? {
        let cls = attribute("class")
        let id = attribute("id")
        switch (cls, id) {
        case (nil, nil): return nil
        case (let c?, nil): return c.lowercased()
        case (nil, let i?): return i.lowercased()
        case (let c?, let i?): return (c + " " + i).lowercased()
        }
    }

    /// All descendant text, whitespace collapsed; scripts and styles left out.
    var text: String {
        var bytes: [UInt8] = []
        appendText(into: &bytes)
        return String(decoding: bytes, as: UTF8.self).collapsingWhitespace
    }

    private func appendText(into bytes: inout [UInt8]) {
        if isText {
            withTextBytes { bytes.append(contentsOf: $0) }
            return
        }
        guard isElement else { return }
        let tag = tag
        if tag == .script || tag == .style || tag == .noscript || tag == .template { return }
        if tag == .br || tag.isBlock { bytes.append(0x20) }
        for child in children { child.appendText(into: &bytes) }
        if tag.isBlock { bytes.append(0x20) }
    }

    var nodeID: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }
}
