import Foundation
import NTMOOXML

/// Writes a `DOCXDocument` as the bytes of a .docx file; the .xlsx writer's sibling on the same OOXML packaging.
public enum DOCXWriter {
    /// The same document always gives byte-identical data: fixed ZIP entry dates, parts in a fixed order, and
    /// document dates only when the document gives them.
    public static func write(_ document: DOCXDocument) throws(OOXMLError) -> Data {
        let hasCustom = !document.custom.isEmpty
        var parts: [OOXMLPart] = [
            OOXMLPart("[Content_Types].xml", xml: DOCXPackageParts.contentTypes(hasCustomProperties: hasCustom)),
            OOXMLPart("_rels/.rels", xml: DOCXPackageParts.rootRelationships(hasCustomProperties: hasCustom)),
            OOXMLPart("docProps/core.xml", xml: OOXMLPackageParts.coreProperties(document.properties)),
            OOXMLPart("docProps/app.xml", xml: OOXMLPackageParts.appProperties),
        ]
        if hasCustom { parts.append(OOXMLPart("docProps/custom.xml", xml: OOXMLPackageParts.customProperties(document.custom))) }
        parts += [
            OOXMLPart("word/document.xml", xml: DOCXPackageParts.document(document)),
            OOXMLPart("word/_rels/document.xml.rels", xml: DOCXPackageParts.documentRelationships),
            OOXMLPart("word/styles.xml", xml: DOCXPackageParts.styles(document.font)),
            OOXMLPart("word/settings.xml", xml: DOCXPackageParts.settings),
            OOXMLPart("word/fontTable.xml", xml: DOCXPackageParts.fontTable(document.font)),
            OOXMLPart("word/footer1.xml", xml: DOCXPackageParts.footer(document.footer, font: document.font)),
        ]
        return try OOXMLZip.archive(parts)
    }

    public static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
}
