import NTMOOXML

/// WordprocessingML for paragraphs and tables. Element order inside `pPr`, `rPr`, `tblPr` and `tcPr` follows the
/// schema's sequences: Word refuses a document whose properties are out of order, where LibreOffice shrugs.
struct DOCXBodyXML {
    /// Points for runs without their own size: the body's size, or in tables the table type.
    var points: Double

    func block(_ block: DOCXBlock) -> String {
        switch block {
        case .paragraph(let paragraph): self.paragraph(paragraph)
        case .table(let table): self.table(table)
        }
    }

    func paragraph(_ paragraph: DOCXParagraph) -> String {
        var xml = "<w:p><w:pPr>"
        if paragraph.keepWithNext { xml += "<w:keepNext/>" }
        let line = Int((paragraph.lineSpacing * 240).rounded())
        xml += "<w:spacing w:before=\"\(Twips.from(points: paragraph.before))\" w:after=\"\(Twips.from(points: paragraph.after))\""
        xml += " w:line=\"\(line)\" w:lineRule=\"auto\"/>"
        if paragraph.firstLineIndent > 0 { xml += "<w:ind w:firstLine=\"\(Twips.from(millimetres: paragraph.firstLineIndent))\"/>" }
        xml += "<w:jc w:val=\"\(paragraph.alignment.rawValue)\"/></w:pPr>"
        for run in paragraph.runs { xml += self.run(run) }
        return xml + "</w:p>"
    }

    func run(_ run: DOCXRun) -> String {
        let properties = runProperties(run.style)
        switch run.content {
        case .text(let text):
            return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
        case .lineBreak:
            return "<w:r>\(properties)<w:br/></w:r>"
        case .pageNumber:
            return "<w:fldSimple w:instr=\" PAGE \"><w:r>\(properties)<w:t>1</w:t></w:r></w:fldSimple>"
        }
    }

    private func runProperties(_ style: DOCXRun.Style) -> String {
        var xml = "<w:rPr>"
        if style.bold { xml += "<w:b/><w:bCs/>" }
        if style.italic { xml += "<w:i/><w:iCs/>" }
        if style.underline { xml += "<w:u w:val=\"single\"/>" }
        let halfPoints = Int(((style.points ?? points) * 2).rounded())
        xml += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
        return xml + "</w:rPr>"
    }

    func table(_ table: DOCXTable) -> String {
        let widths = table.columns.map { Twips.from(millimetres: $0) }
        let cells = DOCXBodyXML(points: table.points)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        if table.borders {
            xml += "<w:tblBorders>"
            for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }
            xml += "</w:tblBorders>"
        }
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in table.header { xml += cells.row(row, widths: widths, header: true) }
        for row in table.rows { xml += cells.row(row, widths: widths, header: false) }
        return xml + "</w:tbl>"
    }

    /// A row that never splits across pages; header rows repeat on every page the table spans.
    private func row(_ cells: [DOCXCell], widths: [Int], header: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
        var column = 0
        for cell in cells {
            let span = max(1, cell.span)
            let width = widths[min(column, widths.count)..<min(column + span, widths.count)].reduce(0, +)
            column += span
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
            if cell.shaded { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
            xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
            // A cell must end with a paragraph, even an empty one.
            let paragraphs = cell.paragraphs.isEmpty ? [DOCXParagraph([], after: 0)] : cell.paragraphs
            xml += paragraphs.map(paragraph).joined() + "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
