import NTMOOXML

/// Turns the distinct cell styles of a workbook into xl/styles.xml and hands out their `s` indexes.
struct XLSXStyleTable: Sendable {
    /// What actually distinguishes two cell formats once fills and number formats are normalised.
    private struct Format: Hashable, Sendable {
        var fontID: Int
        var fillID: Int
        var numberFormatID: Int
        var borderID: Int
        var locked: Bool
        var wrap: Bool
        var horizontal: XLSXStyle.HorizontalAlignment?
    }

    /// Fonts are fixed so that bold and italic never need a lookup: index = bold + 2 × italic.
    private static let fontVariants = ["", "<b/>", "<i/>", "<b/><i/>"]
    /// Custom number formats are numbered from 164, after the built-in ones.
    private static let firstCustomFormat = 164

    private var fills: [String] = []
    private var fillIDs: [String: Int] = [:]
    private var customFormats: [String] = []
    private var customFormatIDs: [String: Int] = [:]
    private static let plainFormat = Format(fontID: 0, fillID: 0, numberFormatID: 0, borderID: 0, locked: true, wrap: false, horizontal: nil)
    /// Index 0 is Excel's default format, which plain cells use.
    private var formats: [Format] = [plainFormat]
    private var formatIDs: [Format: Int] = [plainFormat: 0]
    private var styleCache: [XLSXStyle: Int] = [.plain: 0]

    mutating func index(of style: XLSXStyle) throws(XLSXError) -> Int {
        if let cached = styleCache[style] { return cached }
        let format = Format(
            fontID: (style.bold ? 1 : 0) + (style.italic ? 2 : 0),
            fillID: try fillID(style.fill),
            numberFormatID: numberFormatID(style.numberFormat),
            borderID: style.border ? 1 : 0,
            locked: style.locked,
            wrap: style.wrap,
            horizontal: style.horizontal
        )
        let id: Int
        if let existing = formatIDs[format] {
            id = existing
        } else {
            formats.append(format)
            id = formats.count - 1
            formatIDs[format] = id
        }
        styleCache[style] = id
        return id
    }

    /// Built-in codes keep their numbers (so readers need no numFmts entry for them); others are declared.
    private mutating func numberFormatID(_ format: XLSXNumberFormat?) -> Int {
        guard let format, format != .general else { return 0 }
        for id in [1, 2, 3, 4, 9, 10, 49] where XLSXNumberFormat.builtin(id) == format { return id }
        if let existing = customFormatIDs[format.code] { return existing }
        customFormats.append(format.code)
        let id = Self.firstCustomFormat + customFormats.count - 1
        customFormatIDs[format.code] = id
        return id
    }

    /// The two leading fills are mandated by Excel, so custom fills start at index 2.
    private mutating func fillID(_ fill: String?) throws(XLSXError) -> Int {
        guard let fill else { return 0 }
        let argb = try Self.argb(fill)
        if let existing = fillIDs[argb] { return existing }
        fills.append(argb)
        let id = fills.count + 1
        fillIDs[argb] = id
        return id
    }

    static func argb(_ fill: String) throws(XLSXError) -> String {
        let hex = fill.hasPrefix("#") ? String(fill.dropFirst()) : fill
        let isHex = hex.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit }
        guard isHex, hex.count == 6 || hex.count == 8 else {
            throw .malformed(
                part: "xl/styles.xml", line: nil,
                message: "fill \"\(fill)\" is not an RGB hex colour such as \"FFF2CC\"")
        }
        return (hex.count == 6 ? "FF" + hex : hex).uppercased()
    }

    var xml: String {
        var xml = OOXMLNamespace.declaration + "<styleSheet xmlns=\"\(XLSXNamespace.main)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(Self.firstCustomFormat + offset)\" formatCode=\"\(XMLText.escaped(code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"\(Self.fontVariants.count)\">"
        for variant in Self.fontVariants {
            xml += "<font>\(variant)<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        }
        xml += "</fonts><fills count=\"\(fills.count + 2)\">"
        xml += "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for argb in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(argb)\"/><bgColor indexed=\"64\"/>"
            xml += "</patternFill></fill>"
        }
        xml += "</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        let thin = "style=\"thin\"><color auto=\"1\"/>"
        xml += "<border><left \(thin)</left><right \(thin)</right><top \(thin)</top><bottom \(thin)</bottom><diagonal/></border>"
        xml += "</borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(formats.count)\">"
        for format in formats {
            xml += Self.xf(format)
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return xml
    }

    private static func xf(_ format: Format) -> String {
        var attributes = "numFmtId=\"\(format.numberFormatID)\" fontId=\"\(format.fontID)\" fillId=\"\(format.fillID)\""
        attributes += " borderId=\"\(format.borderID)\" xfId=\"0\""
        if format.numberFormatID != 0 { attributes += " applyNumberFormat=\"1\"" }
        if format.fontID != 0 { attributes += " applyFont=\"1\"" }
        if format.fillID != 0 { attributes += " applyFill=\"1\"" }
        if format.borderID != 0 { attributes += " applyBorder=\"1\"" }
        let aligned = format.wrap || format.horizontal != nil
        if aligned { attributes += " applyAlignment=\"1\"" }
        if !format.locked { attributes += " applyProtection=\"1\"" }
        var children = ""
        if aligned {
            children += "<alignment"
            if let horizontal = format.horizontal { children += " horizontal=\"\(horizontal.rawValue)\"" }
            if format.wrap { children += " vertical=\"top\" wrapText=\"1\"" }
            children += "/>"
        }
        if !format.locked { children += "<protection locked=\"0\"/>" }
        return children.isEmpty ? "<xf \(attributes)/>" : "<xf \(attributes)>\(children)</xf>"
    }
}
