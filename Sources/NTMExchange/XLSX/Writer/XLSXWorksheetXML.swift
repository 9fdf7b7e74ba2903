import NTMOOXML

/// Builds the XML of one worksheet part, registering its strings and styles in the workbook-wide tables.
struct XLSXWorksheetXML {
    /// Excel's limit on the text of one cell; longer text makes Excel repair the file.
    static let maxTextLength = 32_767

    let sheet: XLSXSheet
    let part: String
    /// The first visible sheet is selected so Excel never opens on a hidden one.
    let isSelected: Bool

    func make(strings: inout XLSXSharedStringTable, styles: inout XLSXStyleTable) throws(XLSXError) -> String {
        try checkGridSize()
        // Computed once per column rather than once per cell: it matters on 100k-row sheets.
        let columnLetters = (0..<(sheet.rows.map(\.count).max() ?? 0)).map(XLSXColumn.letters)
        var bounds: (first: XLSXCellReference, last: XLSXCellReference)?
        var sheetData = ""
        for (rowIndex, row) in sheet.rows.enumerated() {
            var rowXML = ""
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(columnLetters[columnIndex])\(rowIndex + 1)"
                guard let cellXML = try cellXML(cell, at: reference, strings: &strings, styles: &styles) else {
                    continue
                }
                rowXML += cellXML
                let first = bounds?.first ?? XLSXCellReference(row: rowIndex, column: columnIndex)
                bounds = (
                    XLSXCellReference(row: min(first.row, rowIndex), column: min(first.column, columnIndex)),
                    XLSXCellReference(row: rowIndex, column: max(bounds?.last.column ?? columnIndex, columnIndex))
                )
            }
            if !rowXML.isEmpty {
                sheetData += "<row r=\"\(rowIndex + 1)\">" + rowXML + "</row>"
            }
        }

        var xml = OOXMLNamespace.declaration
        xml += "<worksheet xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(OOXMLNamespace.relationships)\">"
        if sheet.page?.fitToWidth == true { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        let dimension = bounds.map { $0.first == $0.last ? $0.first.a1 : "\($0.first.a1):\($0.last.a1)" } ?? "A1"
        xml += "<dimension ref=\"\(dimension)\"/>"
        xml += sheetViewsXML
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        xml += columnsXML
        xml += sheetData.isEmpty ? "<sheetData/>" : "<sheetData>\(sheetData)</sheetData>"
        if sheet.isProtected {
            // No password: protection here prevents accidents, and a hash would only give false confidence.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\""
            xml += " formatCells=\"0\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if let filter = sheet.autoFilter { xml += "<autoFilter ref=\"\(filter.a1)\"/>" }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0.a1)\"/>" }.joined() + "</mergeCells>"
        }
        xml += try validationsXML
        xml += pageXML
        xml += "</worksheet>"
        return xml
    }

    /// Drop-down lists. Choices are written inline, so together they must fit Excel's 255-character formula limit.
    private var validationsXML: String {
        get throws(XLSXError) {
            let validations = sheet.validations.filter { !$0.ranges.isEmpty }
            guard !validations.isEmpty else { return "" }
            var xml = "<dataValidations count=\"\(validations.count)\">"
            for validation in validations {
                let list = validation.choices.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
                guard list.utf16.count <= 255, !validation.choices.contains(where: { $0.contains(",") }) else {
                    throw .malformed(part: part, line: nil, message: "the choices of a drop-down list must be short and contain no commas")
                }
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                if let prompt = validation.prompt { xml += " prompt=\"\(XMLText.escaped(String(prompt.prefix(255))))\"" }
                if let error = validation.error { xml += " error=\"\(XMLText.escaped(String(error.prefix(255))))\"" }
                xml +=
                    " sqref=\"\(validation.ranges.map(\.a1).joined(separator: " "))\"><formula1>\(XMLText.escaped("\"" + list + "\""))</formula1></dataValidation>"
            }
            return xml + "</dataValidations>"
        }
    }

    /// A4 (paper size 9) with the margins offices use, fitted to the page width when asked.
    private var pageXML: String {
        guard let page = sheet.page else {
            return "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        }
        var xml = "<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(page.orientation.rawValue)\""
        if page.fitToWidth { xml += " fitToWidth=\"1\" fitToHeight=\"0\"" }
        xml += "/>"
        if page.header != nil || page.footer != nil {
            xml += "<headerFooter>"
            if let header = page.header { xml += "<oddHeader>\(XMLText.escaped(header))</oddHeader>" }
            if let footer = page.footer { xml += "<oddFooter>\(XMLText.escaped(footer))</oddFooter>" }
            xml += "</headerFooter>"
        }
        return xml
    }

    private func checkGridSize() throws(XLSXError) {
        if sheet.rows.count > XLSXCellReference.maxRows {
            throw .malformed(
                part: part, line: nil,
                message: "sheet \"\(sheet.name)\" has \(sheet.rows.count) rows; "
                    + "Excel allows at most \(XLSXCellReference.maxRows)")
        }
        if let widest = sheet.rows.map(\.count).max(), widest > XLSXCellReference.maxColumns {
            throw .malformed(
                part: part, line: nil,
                message: "sheet \"\(sheet.name)\" has \(widest) columns; "
                    + "Excel allows at most \(XLSXCellReference.maxColumns)")
        }
    }

    private func cellXML(
        _ cell: XLSXCell,
        at reference: String,
        strings: inout XLSXSharedStringTable,
        styles: inout XLSXStyleTable
    ) throws(XLSXError) -> String? {
        let style = try styles.index(of: cell.style)
        let opening = "<c r=\"\(reference)\"" + (style == 0 ? "" : " s=\"\(style)\"")
        switch cell.value {
        case .text(let text) where !text.isEmpty:
            // UTF-8 is never shorter than UTF-16, so the cheap count settles almost every case.
            guard text.utf8.count <= Self.maxTextLength || text.utf16.count <= Self.maxTextLength else {
                throw .malformed(
                    part: part, line: nil,
                    message: "cell \(reference) holds \(text.utf16.count) "
                        + "characters; Excel allows at most \(Self.maxTextLength)")
            }
            return opening + " t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let lexical):
            guard XLSXNumberLexicon.isValid(lexical) else {
                throw .malformed(
                    part: part, line: nil,
                    message: "cell \(reference): \"\(lexical)\" is not a number such as \"21.8\"")
            }
            return opening + "><v>\(lexical)</v></c>"
        case .bool(let flag):
            return opening + " t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .text, .empty:
            // An empty cell is only worth writing when its style matters, e.g. an unlocked entry cell.
            return style == 0 ? nil : opening + "/>"
        }
    }

    private var sheetViewsXML: String {
        let frozenRows = min(max(sheet.frozenRows, 0), XLSXCellReference.maxRows - 1)
        var view = "<sheetView workbookViewId=\"0\"" + (isSelected ? " tabSelected=\"1\"" : "")
        guard frozenRows > 0 else { return "<sheetViews>\(view)/></sheetViews>" }
        let topLeft = "A\(frozenRows + 1)"
        view += "><pane ySplit=\"\(frozenRows)\" topLeftCell=\"\(topLeft)\""
        view += " activePane=\"bottomLeft\" state=\"frozen\"/>"
        view += "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/></sheetView>"
        return "<sheetViews>\(view)</sheetViews>"
    }

    private var columnsXML: String {
        let columns = sheet.columnWidths.prefix(XLSXCellReference.maxColumns).enumerated().compactMap { index, width in
            guard width.isFinite, width > 0 else { return nil as String? }
            let clamped = min(width, 255)  // Excel's maximum column width
            return "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(clamped)\" customWidth=\"1\"/>"
        }
        return columns.isEmpty ? "" : "<cols>" + columns.joined() + "</cols>"
    }
}
