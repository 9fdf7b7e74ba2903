import NTMCore

/// A parsed CSV file: a header and rows, each remembering its line, for located errors.
///
/// Parsed from UTF-8 bytes (imports reach hundreds of thousands of rows). Lines starting with `#` before
/// the header carry notes (such as the data's source) and are kept. Non-ASCII fields are normalised to NFC,
/// through `transform` when given (e.g. to convert legacy Vietnamese encodings).
public struct CSVTable: Sendable {
    /// One data row and its line in the file.
    public struct Row: Sendable {
        public let line: Int
        let fields: [String]
        let index: [String: Int]

        /// The trimmed cell of `column`, or nil when the column is absent or the cell empty.
        public func value(_ column: String) -> String? {
            value(at: index[column])
        }

        /// The trimmed cell at a position found once with `CSVTable.position(of:)`, for large files.
        public func value(at position: Int?) -> String? {
            guard let position, position < fields.count else { return nil }
            let text = fields[position].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]
    public let notes: [String]

    public init(
        _ text: String, file: String, required: [String],
        transform: (@Sendable (String) -> String)? = nil
    ) throws(DataFileError) {
        var rows: [Row] = []
        let header = try Self.scan(text, file: file, required: required, transform: transform) { _, row in
            rows.append(row)
            return true
        }
        self.file = file
        self.header = header.header
        self.notes = header.notes
        self.rows = rows
    }

    private init(file: String, header: [String], notes: [String]) {
        self.file = file
        self.header = header
        self.notes = notes
        rows = []
    }

    /// Reads a file row by row without keeping the rows: `row` gets each data row with a table that knows the
    /// header (for positions and errors) and returns false to stop. Returns that header-only table.
    @discardableResult
    public static func scan(
        _ text: String, file: String, required: [String], transform: (@Sendable (String) -> String)? = nil,
        row handle: (CSVTable, Row) -> Bool
    ) throws(DataFileError) -> CSVTable {
        var parser = CSVParser(transform: transform)
        var notes: [String] = []
        var table: CSVTable?
        var index: [String: Int] = [:]
        var failure: DataFileError?
        parser.parse(text) { line, fields in
            guard let current = table else {
                if fields[0].hasPrefix("#") {
                    notes.append(String(fields.joined(separator: ",").dropFirst()).trimmingSpaces())
                    return true
                }
                let header = fields.map { $0.trimmingSpaces().lowercased() }
                if let missing = required.first(where: { !header.contains($0) }) {
                    failure = DataFileError(
                        file: file, line: line,
                        message: LocalizedText(
                            vi: "thiếu cột '\(missing)' (dòng tiêu đề phải có các cột: \(required.joined(separator: ", ")))",
                            en: "missing column '\(missing)' (the header must name: \(required.joined(separator: ", ")))"))
                    return false
                }
                for (position, column) in header.enumerated() where !column.isEmpty {
                    guard index[column] == nil else {
                        failure = DataFileError(
                            file: file, line: line,
                            message: LocalizedText(
                                vi: "cột '\(column)' xuất hiện hai lần trong dòng tiêu đề", en: "column '\(column)' appears twice in the header"))
                        return false
                    }
                    index[column] = position
                }
                table = CSVTable(file: file, header: header, notes: notes)
                return true
            }
            if fields.count > current.header.count && fields[current.header.count...].contains(where: { !$0.trimmingSpaces().isEmpty }) {
                failure = DataFileError(
                    file: file, line: line,
                    message: LocalizedText(
                        vi: "dòng có \(fields.count) ô nhưng dòng tiêu đề chỉ có \(current.header.count) cột",
                        en: "the row has \(fields.count) fields but the header has \(current.header.count)"))
                return false
            }
            return handle(current, Row(line: line, fields: fields, index: index))
        }
        if let failure { throw failure }
        if let unclosed = parser.unclosedQuoteLine {
            throw DataFileError(
                file: file, line: unclosed,
                message: LocalizedText(vi: "có ô mở dấu ngoặc kép (\") nhưng không đóng lại", en: "a quoted field is not closed"))
        }
        guard let table else {
            throw DataFileError(file: file, line: 1, message: LocalizedText(vi: "tệp không có dòng tiêu đề", en: "the file has no header row"))
        }
        return table
    }

    /// The position of a column in each row, or nil when the header lacks it.
    public func position(of column: String) -> Int? { header.firstIndex(of: column) }

    public func error(_ row: Row, column: String? = nil, _ message: String) -> DataFileError {
        DataFileError(file: file, line: row.line, column: column, message: message)
    }

    public func error(_ row: Row, column: String? = nil, _ message: LocalizedText) -> DataFileError {
        DataFileError(file: file, line: row.line, column: column, message: message)
    }

    public func required(_ row: Row, _ column: String) throws(DataFileError) -> String {
        guard let value = row.value(column) else { throw error(row, column: column, LocalizedText(vi: "đang để trống", en: "is empty")) }
        return value
    }
}

/// RFC 4180 parsing over UTF-8 bytes: quotes, doubled quotes, CRLF, a byte-order mark.
struct CSVParser {
    let transform: (@Sendable (String) -> String)?
    private(set) var unclosedQuoteLine: Int?
    /// Cleaned non-ASCII fields, memoised: the same source note repeats on thousands of rows.
    private var cleaned: [String: String] = [:]

    init(transform: (@Sendable (String) -> String)?) {
        self.transform = transform
    }

    /// Calls `record` with every non-blank record and its first line; `record` returns false to stop.
    mutating func parse(_ text: String, _ record: (Int, [String]) -> Bool) {
        var text = text
        text.withUTF8 { bytes in parse(bytes, record) }
    }

    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ record: (Int, [String]) -> Bool) {
        let quote: UInt8 = 34, comma: UInt8 = 44, newline: UInt8 = 10, carriage: UInt8 = 13
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, recordLine = 1
        var inQuotes = false, atFieldStart = true, hasNonASCII = false, recordStarted = false
        func finishField() {
            fields.append(makeString(field, nonASCII: hasNonASCII))
            field.removeAll(keepingCapacity: true)
            hasNonASCII = false
            atFieldStart = true
        }
        /// Returns false when the reader wants no more records.
        func finishRecord() -> Bool {
            finishField()
            defer {
                fields = []
                recordStarted = false
            }
            let isBlank = fields.count == 1 && fields[0].trimmingSpaces().isEmpty
            return isBlank || record(recordLine, fields)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count && bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == newline { line += 1 }
                    if byte >= 0x80 { hasNonASCII = true }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where atFieldStart:
                inQuotes = true
                atFieldStart = false
                recordStarted = true
            case comma:
                finishField()
                recordStarted = true
            case newline, carriage:
                if byte == carriage && index < bytes.count && bytes[index] == newline { index += 1 }
                guard finishRecord() else { return }
                line += 1
                recordLine = line
            default:
                if byte >= 0x80 { hasNonASCII = true }
                field.append(byte)
                atFieldStart = false
                recordStarted = true
            }
        }
        if inQuotes { unclosedQuoteLine = recordLine }
        if recordStarted || !field.isEmpty || !fields.isEmpty { _ = finishRecord() }
    }

    private mutating func makeString(_ bytes: [UInt8], nonASCII: Bool) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        guard nonASCII || transform != nil else { return raw }
        if let known = cleaned[raw] { return known }
        let result = (transform ?? { $0 })(raw).precomposed()
        if cleaned.count < 100_000 { cleaned[raw] = result }
        return result
    }
}
