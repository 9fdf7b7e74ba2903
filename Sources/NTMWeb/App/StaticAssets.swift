import Crypto
import Foundation
import Hummingbird
import NTMCore

/// The stylesheet and script, served from the bundle with long caching (their names carry a version).
struct StaticAssets: Sendable {
    /// Part of every asset link, so browsers fetch a changed file despite the day-long cache: a digest of the files'
    /// contents, which changes by itself when any of them does.
    static let version: String = {
        var hash = SHA256()
        for name in files.keys.sorted() {
            hash.update(data: Data(name.utf8))
            if let body = files[name]?.body { hash.update(data: Data(buffer: body)) }
        }
        return hash.finalize().prefix(6).map { String(format: "%02x", $0) }.joined()
    }()
    static let files: [String: (type: String, body: ByteBuffer)] = {
        var files: [String: (String, ByteBuffer)] = [:]
        let directory = Bundle.module.bundleURL.appendingPathComponent("Resources/static")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { continue }
            let type =
                name.hasSuffix(".css")
                ? "text/css; charset=utf-8" : name.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream"
            files[name] = (type, ByteBuffer(bytes: data))
        }
        return files
    }()

    func register(on router: Router<AppRequestContext>) {
        router.get("\(Paths.assets)/:file") { _, context in
            guard let name = context.parameters.get("file"), let file = Self.files[name] else {
                throw AppError.notFound(
                    LocalizedText(vi: "tệp \(context.parameters.get("file") ?? "")", en: "file \(context.parameters.get("file") ?? "")"))
            }
            return Response(
                status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=86400"],
                body: ResponseBody(byteBuffer: file.body))
        }
    }
}
