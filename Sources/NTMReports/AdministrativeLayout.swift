import NTMCore
import NTMDOCX
import NTMExchange
import NTMOOXML

/// The parts every administrative document shares (NĐ 30/2020/NĐ-CP, Phụ lục I): the header block, the title,
/// body paragraphs and headings, tables, the recipients and signature block, and the footer line saying what the
/// document was built from. The briefing report and the notice of conclusions are both laid out with these.
struct AdministrativeLayout {
    var issuer: ReportIssuer
    var page: DOCXPage = .a4Administrative

    /// Issuer on the left with the number line as given ("Số:        /BC-VPĐP", "Số: 245/TB-UBND") below it, the
    /// national motto on the right with the place and date below; a borderless table keeps the two columns side by
    /// side in every reader.
    func header(number: String, date: LocalDate) -> DOCXBlock {
        let left = DOCXCell([
            DOCXParagraph(issuer.parent, style: .init(points: 12), alignment: .center, after: 0),
            DOCXParagraph(issuer.name, style: .init(bold: true, points: 12), alignment: .center, after: 0),
            DOCXParagraph("________", style: .init(points: 12), alignment: .center, after: 6),
            DOCXParagraph(number, style: .init(points: 13), alignment: .center, after: 0),
        ])
        let right = DOCXCell([
            DOCXParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: .init(bold: true, points: 13), alignment: .center, after: 0),
            DOCXParagraph("Độc lập - Tự do - Hạnh phúc", style: .init(bold: true, points: 14), alignment: .center, after: 0),
            DOCXParagraph("____________________", style: .init(points: 13), alignment: .center, after: 6),
            DOCXParagraph("\(issuer.place), \(ReportText.longDate(date))", style: .init(italic: true, points: 14), alignment: .center, after: 0),
        ])
        return .table(DOCXTable(columns: [40, 60], width: page.textWidth, rows: [[left, right]], borders: false))
    }

    /// The document's kind in capitals ("BÁO CÁO") and its subject below, both centred and bold.
    func title(kind: String, subject: [String]) -> [DOCXBlock] {
        var blocks: [DOCXBlock] = [.paragraph(DOCXParagraph(kind, style: .init(bold: true, points: 14), alignment: .center, before: 18, after: 0))]
        for line in subject {
            blocks.append(.paragraph(DOCXParagraph(line, style: .init(bold: true, points: 14), alignment: .center, after: 0)))
        }
        blocks.append(.paragraph(DOCXParagraph("__________", style: .init(points: 14), alignment: .center, after: 12)))
        return blocks
    }

    /// A part's heading: "I. KẾT QUẢ CHUNG", kept with what follows.
    func heading(_ number: Int, _ title: String) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                "\(ReportText.roman(number)). \(title.uppercased())", style: .bold, alignment: .left, before: 6, after: 6, firstLineIndent: 12.7,
                keepWithNext: true))
    }

    /// A body paragraph: justified, the first line indented by 12.7 mm.
    func body(_ text: String, style: DOCXRun.Style = .plain, keepWithNext: Bool = false) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                [DOCXRun(text, style: style)], alignment: .both, after: 6, firstLineIndent: 12.7, keepWithNext: keepWithNext, lineSpacing: 1.1))
    }

    /// An export table as a report table: the chosen columns (by index) at the given relative widths, a "TT" column
    /// first, the header repeated on every page; numbers right-aligned and in Vietnamese notation.
    func table(
        _ export: ExportTable, columns: [Int], widths: [Double], numbered: Bool = true, rows: [[ExportTable.Cell]]? = nil, points: Double = 12,
        rightAligned: Set<Int> = [], totalRow: Bool = false
    ) -> DOCXBlock {
        let header =
            (numbered ? [DOCXCell("TT", style: .bold, alignment: .center, shaded: true)] : [])
            + columns.map { DOCXCell(export.columns[$0].heading, style: .bold, alignment: .center, shaded: true) }
        let all = rows ?? export.rows
        let body = all.enumerated().map { index, row in
            // A totals row is not counted, and is set in bold.
            let total = totalRow && index == all.count - 1
            let style: DOCXRun.Style = total ? .bold : .plain
            return (numbered ? [DOCXCell(total ? "" : ReportText.count(index + 1), alignment: .center)] : [])
                + columns.map { column in
                    let cell = row[column]
                    return DOCXCell(
                        ReportText.cell(cell), style: style, alignment: Self.isNumber(cell) || rightAligned.contains(column) ? .right : .left)
                }
        }
        return .table(DOCXTable(columns: (numbered ? [5] : []) + widths, width: page.textWidth, header: [header], rows: body, points: points))
    }

    static func isNumber(_ cell: ExportTable.Cell) -> Bool {
        switch cell {
        case .integer, .year, .decimal, .percent, .money: true
        case .text, .date, .empty, .status: false
        }
    }

    /// "Nơi nhận" on the left, the signer's title with room to sign on the right.
    func closing() -> [DOCXBlock] {
        var left = [DOCXParagraph("Nơi nhận:", style: .init(bold: true, italic: true, points: 12), alignment: .left, after: 0)]
        for (index, recipient) in issuer.recipients.enumerated() {
            let end = index == issuer.recipients.count - 1 ? "." : ";"
            left.append(DOCXParagraph("- \(recipient)\(end)", style: .init(points: 11), alignment: .left, after: 0))
        }
        var right = [DOCXParagraph(issuer.signerTitle, style: .init(bold: true, points: 14), alignment: .center, after: 0)]
        // Four empty lines leave room for the signature and seal.
        right += Array(repeating: DOCXParagraph("", alignment: .center, after: 0), count: 4)
        if let name = issuer.signerName {
            right.append(DOCXParagraph(name, style: .init(bold: true, points: 14), alignment: .center, after: 0))
        }
        return [
            .paragraph(DOCXParagraph("", after: 6)),
            .table(DOCXTable(columns: [50, 50], width: page.textWidth, rows: [[DOCXCell(left), DOCXCell(right)]], borders: false)),
        ]
    }

    /// The whole document: header block, title, `content`, recipients and signature, with the footer line and the
    /// properties saying what it was built from. `footer` receives the data hash of `content`, which is also stored
    /// as `ntm.dataHash` after `custom`.
    func document(
        number: String, date: LocalDate, kind: String, subject: [String], content: [DOCXBlock], about: String,
        footer: (String) -> String, custom: [(name: String, value: String)]
    ) -> DOCXDocument {
        let hash = ReportFingerprint.hash(content)
        let line = footer(hash)
        return DOCXDocument(
            page: page, body: [header(number: number, date: date)] + title(kind: kind, subject: subject) + content + closing(),
            footer: self.footer(line),
            properties: OOXMLPackageParts.CoreProperties(
                creator: issuer.name, title: kind.prefix(1) + kind.dropFirst().lowercased() + " " + subject.joined(separator: " "),
                subject: about, description: line, date: date.startOfDayUTC),
            custom: custom + [("ntm.dataHash", "sha256:" + hash)])
    }

    /// "Số:        /BC-VPĐP", or with the issuer's number when it has one.
    func numberLine(symbol: String) -> String { issuer.number.map { "Số: \($0)/\(symbol)" } ?? "Số:        /\(symbol)" }

    /// The footer: what the document was built from, and the page number.
    func footer(_ line: String) -> [DOCXParagraph] {
        [
            DOCXParagraph(
                [DOCXRun(line + " · Trang ", style: .init(italic: true, points: 9)), DOCXRun(.pageNumber, style: .init(italic: true, points: 9))],
                alignment: .center, after: 0)
        ]
    }
}
