import NTMOOXML

/// Collects xl/sharedStrings.xml, flattening rich-text runs and skipping phonetic guides.
struct XLSXSharedStringsHandler: OOXMLSAXHandler {
    private(set) var strings: [String] = []
    private var current: String?
    private var inText = false
    /// Text inside `<rPh>` is a pronunciation hint (Japanese furigana), not part of the cell's value.
    private var phoneticDepth = 0

    mutating func start(_ element: String, attributes: [String: String]) throws(OOXMLParseProblem) {
        switch element {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = current != nil && phoneticDepth == 0
        default: break
        }
    }

    mutating func end(_ element: String) throws(OOXMLParseProblem) {
        switch element {
        case "t":
            inText = false
        case "rPh":
            phoneticDepth = max(phoneticDepth - 1, 0)
        case "si":
            strings.append(XLSXStringEscape.decode(current ?? ""))
            current = nil
        default:
            break
        }
    }

    mutating func characters(_ text: String) {
        if inText { current?.append(text) }
    }
}
