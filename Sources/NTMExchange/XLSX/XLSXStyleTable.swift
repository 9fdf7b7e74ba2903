/// Turns the distinct cell styles of a workbook into xl/styles.xml and hands out their `s` indexes.
struct XLSXStyleTable: Sendable {
    /// What actually distinguishes two cell formats once fills are normalised.
    private struct Format: Hashable, Sendable {
        var fontID: Int
        var fillID: Int
        var locked: Bool
        var wrap: Bool
    }

    /// Fonts are fixed so that bold and italic never need a lookup: index = bold + 2 × italic.
    private static let fontVariants = ["", "<b/>", "<i/>", "<b/><i/>"]

    private var fills: [String] = []
    private var fillIDs: [String: Int] = [:]
    /// Index 0 is Excel's default format, which plain cells use.
    private var formats: [Format] = [Format(fontID: 0, fillID: 0, locked: true, wrap: false)]
    private var formatIDs: [Format: Int] = [Format(fontID: 0, fillID: 0, locked: true, wrap: false): 0]
    private var styleCache: [XLSXStyle: Int] = [.plain: 0]

    mutating func index(of style: XLSXStyle) throws(XLSXError) -> Int {
        if let cached = styleCache[style] { return cached }
        let format = Format(
            fontID: (style.bold ? 1 : 0) + (style.italic ? 2 : 0),
            fillID: try fillID(style.fill),
            locked: style.locked,
            wrap: style.wrap
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
        var xml = XLSXNamespace.declaration + "<styleSheet xmlns=\"\(XLSXNamespace.main)\">"
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
        xml += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
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
        var attributes = "numFmtId=\"0\" fontId=\"\(format.fontID)\" fillId=\"\(format.fillID)\""
        attributes += " borderId=\"0\" xfId=\"0\""
        if format.fontID != 0 { attributes += " applyFont=\"1\"" }
        if format.fillID != 0 { attributes += " applyFill=\"1\"" }
        if format.wrap { attributes += " applyAlignment=\"1\"" }
        if !format.locked { attributes += " applyProtection=\"1\"" }
        var children = ""
        if format.wrap { children += "<alignment wrapText=\"1\"/>" }
        if !format.locked { children += "<protection locked=\"0\"/>" }
        return children.isEmpty ? "<xf \(attributes)/>" : "<xf \(attributes)>\(children)</xf>"
    }
}
