import HTTPTypes
import Hummingbird
import OpeDB

/// What every response passes through: only GET and HEAD get in; every failure becomes a
/// message page (or JSON error) with a 4xx status; every response carries the security headers.
struct SiteMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let json = path.hasSuffix(".json")
        var response: Response
        if request.method != .get && request.method != .head {
            response = Reply.failure(.methodNotAllowed, json: json)
            response.headers[.allow] = "GET, HEAD"
        } else {
            do {
                response = try await next(request, context)
            } catch let error as WebError {
                response = Reply.failure(error, json: json)
            } catch let error as HTTPError where error.status == .notFound {
                response = Reply.failure(.notFound("there is no page at this address"), json: json)
            } catch {
                response = Reply.failure(Site.webError(error), json: json)
            }
        }
        response.headers[.contentSecurityPolicy] = Stylesheet.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if request.method == .head { response = response.createHeadResponse() }
        return response
    }
}

extension HTTPField.Name {
    static var contentSecurityPolicy: Self { .init("Content-Security-Policy")! }
    static var xContentTypeOptions: Self { .init("X-Content-Type-Options")! }
    static var referrerPolicy: Self { .init("Referrer-Policy")! }
}
