/// A workbook to write.
public struct XLSXWorkbook: Hashable, Sendable {
    public var sheets: [XLSXSheet]
    /// Recorded as the document author in docProps/core.xml.
    public var creator: String

    public init(sheets: [XLSXSheet] = [], creator: String = "NTM Monitor") {
        self.sheets = sheets
        self.creator = creator
    }
}
