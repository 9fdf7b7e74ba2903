import NTMOOXML

/// The word-processing bookkeeping parts of a .docx package: content types, relationships, styles, fonts, footer.
enum DOCXPackageParts {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let prefix = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(hasCustomProperties: Bool) -> String {
        var overrides: [(part: String, contentType: String)] = [
            ("/word/document.xml", "\(prefix).document.main+xml"),
            ("/word/styles.xml", "\(prefix).styles+xml"),
            ("/word/settings.xml", "\(prefix).settings+xml"),
            ("/word/fontTable.xml", "\(prefix).fontTable+xml"),
            ("/word/footer1.xml", "\(prefix).footer+xml"),
            ("/docProps/core.xml", OOXMLNamespace.corePropertiesContentType),
            ("/docProps/app.xml", OOXMLNamespace.extendedPropertiesContentType),
        ]
        if hasCustomProperties { overrides.append(("/docProps/custom.xml", OOXMLNamespace.customPropertiesContentType)) }
        return OOXMLPackageParts.contentTypes(overrides)
    }

    static func rootRelationships(hasCustomProperties: Bool) -> String {
        var relationships = [
            OOXMLRelationship(id: "rId1", type: OOXMLNamespace.officeDocumentType, target: "word/document.xml"),
            OOXMLRelationship(id: "rId2", type: OOXMLNamespace.corePropertiesType, target: "docProps/core.xml"),
            OOXMLRelationship(id: "rId3", type: OOXMLNamespace.extendedPropertiesType, target: "docProps/app.xml"),
        ]
        if hasCustomProperties {
            relationships.append(OOXMLRelationship(id: "rId4", type: OOXMLNamespace.customPropertiesType, target: "docProps/custom.xml"))
        }
        return OOXMLRelationships.xml(relationships)
    }

    static let footerRelationship = "rId4"

    static var documentRelationships: String {
        let base = OOXMLNamespace.relationships
        return OOXMLRelationships.xml([
            OOXMLRelationship(id: "rId1", type: OOXMLNamespace.stylesType, target: "styles.xml"),
            OOXMLRelationship(id: "rId2", type: base + "/settings", target: "settings.xml"),
            OOXMLRelationship(id: "rId3", type: base + "/fontTable", target: "fontTable.xml"),
            OOXMLRelationship(id: footerRelationship, type: base + "/footer", target: "footer1.xml"),
        ])
    }

    /// The document defaults: the body font at its size, Vietnamese as the language (spelling and hyphenation).
    static func styles(_ font: DOCXFont) -> String {
        let name = XMLText.escaped(font.name)
        let halfPoints = Int((font.points * 2).rounded())
        var xml = OOXMLNamespace.declaration + "<w:styles xmlns:w=\"\(main)\"><w:docDefaults><w:rPrDefault><w:rPr>"
        xml += "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(name)\" w:cs=\"\(name)\"/>"
        xml += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>"
        xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        xml += "</w:pPrDefault></w:docDefaults>"
        xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        xml += "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/>"
        xml += "<w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }

    /// The body font with its fallback (`altName`), which a reader substitutes when the font is not installed.
    static func fontTable(_ font: DOCXFont) -> String {
        OOXMLNamespace.declaration + "<w:fonts xmlns:w=\"\(main)\"><w:font w:name=\"\(XMLText.escaped(font.name))\">"
            + "<w:altName w:val=\"\(XMLText.escaped(font.fallback))\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
            + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>"
    }

    /// Vietnamese proofing, and no "compatibility mode" banner in Word (compatibilityMode 15 = Word 2013 and later).
    static var settings: String {
        OOXMLNamespace.declaration + "<w:settings xmlns:w=\"\(main)\"><w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"
    }

    static func footer(_ paragraphs: [DOCXParagraph], font: DOCXFont) -> String {
        let body = DOCXBodyXML(points: font.points)
        let content = paragraphs.isEmpty ? [DOCXParagraph([], after: 0)] : paragraphs
        return OOXMLNamespace.declaration + "<w:ftr xmlns:w=\"\(main)\" xmlns:r=\"\(OOXMLNamespace.relationships)\">"
            + content.map(body.paragraph).joined() + "</w:ftr>"
    }

    static func document(_ document: DOCXDocument) -> String {
        let body = DOCXBodyXML(points: document.font.points)
        let page = document.page
        var xml = OOXMLNamespace.declaration + "<w:document xmlns:w=\"\(main)\" xmlns:r=\"\(OOXMLNamespace.relationships)\"><w:body>"
        for block in document.body { xml += body.block(block) }
        xml += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footerRelationship)\"/>"
        xml += "<w:pgSz w:w=\"\(Twips.from(millimetres: page.width))\" w:h=\"\(Twips.from(millimetres: page.height))\"/>"
        xml += "<w:pgMar w:top=\"\(Twips.from(millimetres: page.top))\" w:right=\"\(Twips.from(millimetres: page.right))\""
        xml += " w:bottom=\"\(Twips.from(millimetres: page.bottom))\" w:left=\"\(Twips.from(millimetres: page.left))\""
        // The footer sits 10 mm from the page's edge, inside the bottom margin.
        xml += " w:header=\"\(Twips.from(millimetres: 10))\" w:footer=\"\(Twips.from(millimetres: 10))\" w:gutter=\"0\"/>"
        return xml + "</w:sectPr></w:body></w:document>"
    }
}
