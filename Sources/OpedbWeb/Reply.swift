import Hummingbird
import NIOCore
import OpeDB

/// The three kinds of body the site sends: an HTML page, a JSON twin, the original text.
enum Reply {
    static let htmlHeaders: HTTPFields = [.contentType: "text/html; charset=utf-8"]
    static let jsonHeaders: HTTPFields = [.contentType: "application/json; charset=utf-8"]

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: htmlHeaders, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// The CLI's JSON for the same value, byte for byte: `print` adds the closing newline there.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(status: status, headers: jsonHeaders, body: .init(byteBuffer: ByteBuffer(string: try jsonBody(value))))
    }

    /// The body ``json(_:status:)`` sends.
    static func jsonBody<T: Encodable>(_ value: T) throws -> String {
        try JSONOutput.string(value) + "\n"
    }

    /// An article's stored original, as `opedb show --source` prints it. Declared UTF-8 only
    /// when it is (a Windows-1252 file is sent as its bytes); never sniffed as markup.
    static func source(_ bytes: [UInt8]) -> Response {
        let utf8 = String(validating: bytes, as: UTF8.self) != nil
        return Response(status: .ok, headers: [.contentType: utf8 ? "text/plain; charset=utf-8" : "text/plain"],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A failure: a message page, or `{"error": …}` for a JSON twin.
    static func failure(_ error: WebError, json: Bool) -> Response {
        if json, let response = try? Reply.json(["error": error.message], status: error.status) { return response }
        return html(MessagePage.render(error), status: error.status)
    }
}
