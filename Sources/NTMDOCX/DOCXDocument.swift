import Foundation
import NTMOOXML

/// A Word document to write: its page, its body in order, the footer printed on every page and its properties.
/// The writer turns the same value into the same bytes, so a report regenerated from the same inputs is identical.
public struct DOCXDocument: Sendable {
    public var page: DOCXPage
    public var body: [DOCXBlock]
    /// Printed at the foot of every page; a `.pageNumber` run gives the page's number.
    public var footer: [DOCXParagraph]
    public var properties: OOXMLPackageParts.CoreProperties
    /// Custom document properties (name, text): what the document was built from.
    public var custom: [(name: String, value: String)]
    /// The body font and size, and a fallback named in the font table for machines without it.
    public var font: DOCXFont

    public init(
        page: DOCXPage = .a4Administrative, body: [DOCXBlock], footer: [DOCXParagraph] = [],
        properties: OOXMLPackageParts.CoreProperties, custom: [(name: String, value: String)] = [], font: DOCXFont = .administrative
    ) {
        self.page = page
        self.body = body
        self.footer = footer
        self.properties = properties
        self.custom = custom
        self.font = font
    }
}

/// The body font. Times New Roman is what NĐ 30/2020 asks for; Debian machines and LibreOffice lack it and use
/// Liberation Serif (metric-compatible, with every Vietnamese letter), named as the fallback so layout holds.
public struct DOCXFont: Hashable, Sendable {
    public var name: String
    public var fallback: String
    public var points: Double

    public init(name: String, fallback: String, points: Double) {
        self.name = name
        self.fallback = fallback
        self.points = points
    }

    public static let administrative = DOCXFont(name: "Times New Roman", fallback: "Liberation Serif", points: 14)
}

/// Page size and margins in millimetres, portrait.
public struct DOCXPage: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double

    public init(width: Double, height: Double, top: Double, bottom: Double, left: Double, right: Double) {
        self.width = width
        self.height = height
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// A4 with the margins NĐ 30/2020/NĐ-CP (Phụ lục I) sets for administrative documents: top and bottom 20–25 mm,
    /// left 30–35 mm, right 15–20 mm; the lower bound of each leaves the most room for tables.
    public static let a4Administrative = DOCXPage(width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15)

    /// The width between the margins, which tables fill.
    public var textWidth: Double { width - left - right }
}

/// One block of the body.
public enum DOCXBlock: Sendable {
    case paragraph(DOCXParagraph)
    case table(DOCXTable)
}

/// Millimetres to twentieths of a point (twips), Word's unit for page geometry and table widths.
enum Twips {
    static func from(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }
    static func from(points: Double) -> Int { Int((points * 20).rounded()) }
}

extension DOCXBlock {
    /// The block's text: a paragraph's runs, or a table's cells by row (tab between cells, newline between rows).
    public var text: String {
        switch self {
        case .paragraph(let paragraph): paragraph.text
        case .table(let table):
            (table.header + table.rows).map { row in row.map { $0.paragraphs.map(\.text).joined(separator: "\n") }.joined(separator: "\t") }
                .joined(separator: "\n")
        }
    }
}
