import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Plain-language names for the XMLParser errors a damaged or hand-edited part is likely to hit.
enum OOXMLXMLErrorText {
    static func describe(code: Int) -> String {
        let reason: String
        // libxml2's own numbers, which Linux reports: 26 and 27 are an undeclared entity such as `&lang;`, whose
        // text the parser would otherwise drop without a word.
        if code == 26 || code == 27 {
            return "the text uses an entity that is not declared (such as &name;), so part of it cannot be read (XML parser error \(code))"
        }
        switch XMLParser.ErrorCode(rawValue: code) {
        case .tagNameMismatchError?: reason = "an end tag does not match its start tag"
        case .prematureDocumentEndError?: reason = "the XML ends too early (the file may be truncated)"
        case .emptyDocumentError?: reason = "the part holds no XML"
        case .invalidCharacterError?: reason = "the XML contains a character that is not allowed"
        case .undeclaredEntityError?, .entityRefAtEOFError?, .entityRefLoopError?:
            reason = "an entity reference is invalid"
        case .gtRequiredError?, .ltRequiredError?, .attributeNotStartedError?, .attributeNotFinishedError?:
            reason = "an element or attribute is not written correctly"
        default: reason = "the XML is not well-formed"
        }
        return "\(reason) (XML parser error \(code))"
    }
}
