import NTMOOXML

/// Collects the text of every written cell once, in first-use order, for xl/sharedStrings.xml.
struct XLSXSharedStringTable: Sendable {
    private(set) var strings: [String] = []
    private var indexes: [String: Int] = [:]
    /// Excel expects `count` to be the number of references, not of distinct strings.
    private(set) var referenceCount = 0

    mutating func index(of text: String) -> Int {
        referenceCount += 1
        if let existing = indexes[text] { return existing }
        strings.append(text)
        indexes[text] = strings.count - 1
        return strings.count - 1
    }

    var isEmpty: Bool { strings.isEmpty }

    var xml: String {
        var xml = OOXMLNamespace.declaration
        xml += "<sst xmlns=\"\(XLSXNamespace.main)\" count=\"\(referenceCount)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            xml += "<si>" + XLSXText.textElement(text) + "</si>"
        }
        xml += "</sst>"
        return xml
    }
}
