import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

/// The sign-in boundary and the API description, checked against the router's own route table, so a route
/// added later is covered without anyone remembering to list it.
@Suite("Route table")
struct RouteTableTests {
    /// Routes anyone may use: health, assets, signing in and out, and the API's description.
    static let open: Set<String> = [
        "GET /health", "GET /dang-nhap", "POST /dang-nhap", "POST /dang-xuat", "GET /api/v1/openapi.yaml", "POST /api/v1/session",
    ]

    /// A concrete path for a route template.
    static func sample(_ template: String) -> String {
        template.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            switch segment {
            case "{code}", "{unit}": "29305"
            case "{id}": "commune-2016-2020"
            case "{username}": "xa"
            case "*", "**": "app.css"
            default: String(segment)
            }
        }.joined(separator: "/")
    }

    @Test("every route but the open ones refuses an anonymous request: 401 for the API, the sign-in page for pages")
    func everyRouteNeedsSignIn() async throws {
        try await WebHarness.withApp { client, services in
            let routes = buildRouter(services: services).routes.map { (method: $0.method, path: "\($0.path)") }
            #expect(routes.count > 30, "the route table is read, not empty")
            #expect(!routes.contains { $0.path.contains(":") }, "parameters are named {name} in the table")
            for route in routes where !Self.open.contains("\(route.method) \(route.path)") && !route.path.hasPrefix("/static") {
                let uri = Self.sample(route.path)
                let isAPI = uri.hasPrefix("/api/")
                let headers: HTTPFields = isAPI ? [.contentType: "application/json"] : [.contentType: "application/x-www-form-urlencoded"]
                let response = try await client.execute(
                    uri: uri, method: route.method, headers: headers, body: route.method == .get ? nil : ByteBuffer(string: isAPI ? "{}" : "a=b"))
                if isAPI {
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(route.method) \(route.path)")
                } else if route.method == .get {
                    #expect(response.status == .seeOther || response.status == .found, "\(route.method) \(route.path)")
                    #expect(response.headers[.location]?.hasPrefix("/dang-nhap?next=") == true, "\(route.method) \(route.path)")
                } else {
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path)")
                }
            }
        }
    }

    @Test("the OpenAPI document and the router list the same API operations")
    func openAPIMatchesRoutes() async throws {
        try await WebHarness.withApp { client, services in
            let routed = Set(
                buildRouter(services: services).routes.map { "\($0.method) \($0.path)" }.filter { $0.contains(" /api/v1/") }
                    .map { $0.replacingOccurrences(of: "/api/v1", with: "") }
            ).subtracting(["GET /openapi.yaml"])
            let document = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get).text
            var described: Set<String> = []
            var path: String?
            for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("  /"), line.hasSuffix(":") {
                    path = String(line.dropFirst(2).dropLast())
                } else if !line.hasPrefix(" ") {
                    path = nil
                } else if let path, let match = ["get", "post", "patch", "put", "delete"].first(where: { line == "    \($0):" }) {
                    described.insert("\(match.uppercased()) \(path)")
                }
            }
            #expect(described.count > 15, "the document is read, not empty")
            #expect(routed.subtracting(described).isEmpty, "routed but not described: \(routed.subtracting(described).sorted())")
            #expect(described.subtracting(routed).isEmpty, "described but not routed: \(described.subtracting(routed).sorted())")
        }
    }
}
