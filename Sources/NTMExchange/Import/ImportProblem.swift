import NTMCore
import NTMData

/// One thing wrong with an imported file, located as an officer would look for it, with what to do.
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    /// 1-based, as the spreadsheet or text editor shows it.
    public var row: Int?
    /// A column letter and its header, e.g. "K (Tử số)", or a CSV column name.
    public var column: String?
    public var message: LocalizedText
    public var fix: LocalizedText?

    public init(
        file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, message: LocalizedText,
        fix: LocalizedText? = nil
    ) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// `file, sheet 'Nhập liệu', row 12, column L (Tử số): what is wrong — what to do`.
    public func text(_ language: Language) -> String {
        let vi = language == .vi
        var place = file
        if let sheet { place += vi ? ", trang '\(sheet)'" : ", sheet '\(sheet)'" }
        if let row { place += vi ? ", dòng \(row)" : ", row \(row)" }
        if let column { place += vi ? ", cột \(column)" : ", column \(column)" }
        return "\(place): \(message.text(language))" + (fix.map { " — \($0.text(language))" } ?? "")
    }

    public var description: String { text(.vi) }

    init(_ error: DataFileError) {
        self.init(file: error.file, row: error.line, column: error.column, message: error.localized)
    }
}

/// Every problem of an import; nothing is written when there is one.
public struct ImportProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) { self.problems = problems }

    public func text(_ language: Language) -> String { problems.map { $0.text(language) }.joined(separator: "\n") }

    public var description: String { text(.vi) }
}

/// The changes an import will make, once every row is valid.
public struct ImportPlan: Sendable {
    public var changes: [ObservationChange]
    /// Cells whose text was converted from a legacy Vietnamese encoding (TCVN3/ABC or VNI).
    public var convertedCells: Int
    public var criteriaSet: CriteriaSetID?
    public var date: LocalDate?
}
