import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A problem a part handler finds in well-formed XML; the parser adds the part name and line.
public struct OOXMLParseProblem: Error, Sendable {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}

/// Receives the events of one part, with namespace prefixes already stripped from element names.
public protocol OOXMLSAXHandler {
    mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem)
    mutating func end(_ element: String) throws(OOXMLParseProblem)
    mutating func characters(_ text: String)
}

extension OOXMLSAXHandler {
    public mutating func end(_ element: String) throws(OOXMLParseProblem) {}
    public mutating func characters(_ text: String) {}
}

/// Streams a part through `XMLParser`, so even a 100k-row sheet is never held as a DOM.
public enum OOXMLSAX {
    public static func parse<Handler: OOXMLSAXHandler>(
        _ data: Data,
        part: String,
        with handler: Handler
    ) throws(OOXMLError) -> Handler {
        // A stream, not `XMLParser(data:)`: given all bytes at once, Linux's parser fails past 10 MB
        // ("Huge input lookup"), and a 100k-row sheet is larger than that.
        let parser = XMLParser(stream: InputStream(data: data))
        // Prefixes are stripped by hand: producers differ in the prefixes they pick,
        // and platforms in how they report them.
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = OOXMLSAXDelegate(handler: handler, part: part)
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = delegate.failure {
            throw failure
        }
        // Linux's XMLParser recovers from many errors and still reports success, so errors are tracked here.
        if let error = delegate.xmlError {
            throw .malformed(part: part, line: error.line, message: OOXMLXMLErrorText.describe(code: error.code))
        }
        guard succeeded else {
            let code = parser.parserError.map { ($0 as NSError).code } ?? -1
            throw .malformed(part: part, line: parser.lineNumber, message: OOXMLXMLErrorText.describe(code: code))
        }
        guard delegate.sawRootElement else {
            throw .malformed(part: part, line: nil, message: "the part holds no XML")
        }
        guard delegate.depth == 0 else {
            throw .malformed(
                part: part, line: parser.lineNumber,
                message: "the XML ends before all elements are closed")
        }
        guard let finished = delegate.handler as? Handler else {
            throw .malformed(part: part, line: nil, message: "internal parser state was lost")
        }
        return finished
    }

    /// Finds an attribute by local name, whatever prefix the producer gave it (`r:id`, `ns1:id`, …).
    public static func attribute(_ localName: String, in attributes: [String: String]) -> String? {
        if let value = attributes[localName] { return value }
        let suffix = ":" + localName
        return attributes.first { $0.key.hasSuffix(suffix) }?.value
    }

    public static func localName(_ qualifiedName: String) -> String {
        let bytes = qualifiedName.utf8
        guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")) else { return qualifiedName }
        return String(qualifiedName[bytes.index(after: colon)...])
    }
}

/// Bridges `XMLParserDelegate` callbacks to a value-type handler and turns its problems into located errors.
private final class OOXMLSAXDelegate: NSObject, XMLParserDelegate {
    var handler: any OOXMLSAXHandler
    let part: String
    private(set) var failure: OOXMLError?
    private(set) var xmlError: (code: Int, line: Int)?
    private(set) var depth = 0
    private(set) var sawRootElement = false

    init(handler: any OOXMLSAXHandler, part: String) {
        self.handler = handler
        self.part = part
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        depth += 1
        sawRootElement = true
        do {
            try handler.start(OOXMLSAX.localName(elementName), attributes: attributes)
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        depth -= 1
        do {
            try handler.end(OOXMLSAX.localName(elementName))
        } catch {
            fail(parser, error)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.characters(string)
    }

    /// Whitespace-only text such as a cell holding " " can arrive here instead of as characters.
    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        handler.characters(whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        handler.characters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        // Namespace complaints (libxml2 codes 200–299) do not make the XML unreadable; producers differ there.
        guard xmlError == nil, failure == nil, !(200..<300).contains(code) else { return }
        xmlError = (code, parser.lineNumber)
        parser.abortParsing()
    }

    private func fail(_ parser: XMLParser, _ problem: OOXMLParseProblem) {
        failure = .malformed(part: part, line: parser.lineNumber, message: problem.message)
        parser.abortParsing()
    }
}
