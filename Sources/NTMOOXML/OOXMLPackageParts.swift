import Foundation

/// The bookkeeping parts every package has: content types, the root relationships and the document properties.
public enum OOXMLPackageParts {
    /// `[Content_Types].xml`: defaults for .rels and .xml, then one override per listed part (path, content type).
    public static func contentTypes(_ overrides: [(part: String, contentType: String)]) -> String {
        var xml = OOXMLNamespace.declaration + "<Types xmlns=\"\(OOXMLNamespace.contentTypes)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"\(OOXMLNamespace.relationshipsContentType)\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for entry in overrides {
            xml += "<Override PartName=\"\(entry.part)\" ContentType=\"\(entry.contentType)\"/>"
        }
        return xml + "</Types>"
    }

    /// Document properties. No time stamps unless given: the same inputs must give the same bytes.
    public struct CoreProperties: Sendable {
        public var creator: String
        public var title: String?
        public var subject: String?
        public var description: String?
        /// Written as both created and modified, when given.
        public var date: Date?

        public init(creator: String, title: String? = nil, subject: String? = nil, description: String? = nil, date: Date? = nil) {
            self.creator = creator
            self.title = title
            self.subject = subject
            self.description = description
            self.date = date
        }
    }

    public static func coreProperties(_ properties: CoreProperties) -> String {
        var xml = OOXMLNamespace.declaration
        xml += "<cp:coreProperties"
        xml += " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title = properties.title { xml += "<dc:title>\(XMLText.escaped(title))</dc:title>" }
        if let subject = properties.subject { xml += "<dc:subject>\(XMLText.escaped(subject))</dc:subject>" }
        xml += "<dc:creator>\(XMLText.escaped(properties.creator))</dc:creator>"
        if let description = properties.description { xml += "<dc:description>\(XMLText.escaped(description))</dc:description>" }
        if let date = properties.date {
            let text = date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(text)</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(text)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    public static var appProperties: String {
        OOXMLNamespace.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>NTM Monitor</Application></Properties>"
    }

    /// Custom document properties (name → text), in the given order: what a report was built from.
    public static func customProperties(_ properties: [(name: String, value: String)]) -> String {
        var xml = OOXMLNamespace.declaration
        xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
        xml += " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        for (index, property) in properties.enumerated() {
            // The format identifier is fixed by the specification for user-defined properties; ids start at 2.
            xml += "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(index + 2)\" name=\"\(XMLText.escaped(property.name))\">"
            xml += "<vt:lpwstr>\(XMLText.escaped(property.value))</vt:lpwstr></property>"
        }
        return xml + "</Properties>"
    }
}
