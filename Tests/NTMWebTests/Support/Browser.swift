import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMWeb

/// A signed-in (or anonymous) client: keeps the session cookie and CSRF token like a browser page would.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Signs in through the JSON API and keeps the session.
    static func signedIn(_ username: String, on client: any TestClientProtocol, password: String = DemoAccounts.password) async throws -> Browser {
        var browser = Browser(client)
        let response = try await browser.postJSON("/api/v1/session", ["username": username, "password": password], csrf: false)
        guard response.status == .created else { throw BrowserError(message: "sign-in of \(username) failed: \(response.status) \(response.text)") }
        browser.cookie = response.cookie(named: "ntm_session").map { "ntm_session=\($0)" }
        browser.csrf = (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["csrfToken"] as? String
        return browser
    }

    func headers(_ extra: HTTPFields = [:], csrf sendToken: Bool = true) -> HTTPFields {
        var headers = extra
        if let cookie { headers[.cookie] = cookie }
        if sendToken, let csrf { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        return headers
    }

    func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers(extra))
    }

    func postJSON(_ uri: String, _ body: Any, method: HTTPRequest.Method = .post, csrf: Bool = true) async throws -> TestResponse {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await client.execute(
            uri: uri, method: method, headers: headers([.contentType: "application/json"], csrf: csrf),
            body: ByteBuffer(bytes: data))
    }

    /// A form post as a page sends it: the token travels in the `_csrf` field, not a header.
    /// `accept` is set as the page's script sets it when it posts a form and reads the answer as JSON.
    func postForm(
        _ uri: String, _ fields: [(String, String)], token: String? = nil, cookie extraCookie: String? = nil, accept: String? = nil
    ) async throws -> TestResponse {
        var fields = fields
        if let token = token ?? csrf { fields.append(("_csrf", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var extra: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let accept { extra[.accept] = accept }
        if let cookie = [cookie, extraCookie].compactMap({ $0 }).joined(separator: "; ").nonEmpty { extra[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .post, headers: extra, body: ByteBuffer(string: body))
    }

    /// A multipart form as a page with a file input sends it; the token travels in the `_csrf` field.
    func postMultipart(_ uri: String, _ fields: [(String, String)], file: (field: String, name: String, data: Data)? = nil) async throws
        -> TestResponse
    {
        let boundary = "----ntm-test-\(UUID().uuidString)"
        var body = Data()
        var fields = fields
        if let csrf { fields.append(("_csrf", csrf)) }
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                        .utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var extra: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let cookie { extra[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .post, headers: extra, body: ByteBuffer(bytes: body))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

struct BrowserError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: Any? { try? JSONSerialization.jsonObject(with: Data(buffer: body)) }

    /// The value a `Set-Cookie` header gives `name`, and the whole header for attribute checks.
    func cookie(named name: String) -> String? {
        setCookie(named: name)?.split(separator: ";").first.map { String($0.dropFirst(name.count + 1)) }
    }

    func setCookie(named name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
