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
            guard let position = index[column], position < fields.count else { return nil }
            let text = fields[position].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]
    public let notes: [String]

    public init(_ text: String, file: String, required: [String],
                transform: (@Sendable (String) -> String)? = nil) throws(DataFileError) {
        self.file = file
        var parser = CSVParser(transform: transform)
        let (notes, records) = parser.parse(text)
        if let unclosed = parser.unclosedQuoteLine {
            throw DataFileError(file: file, line: unclosed, message: "a quoted field is not closed")
        }
        guard let headerRecord = records.first else { throw DataFileError(file: file, line: 1, message: "the file has no header row") }
        header = headerRecord.fields.map { $0.trimmingSpaces().lowercased() }
        for column in required where !header.contains(column) {
            throw DataFileError(file: file, line: headerRecord.line,
                                message: "missing column '\(column)' (the header must name: \(required.joined(separator: ", ")))")
        }
        var index: [String: Int] = [:]
        for (position, column) in header.enumerated() where !column.isEmpty {
            guard index[column] == nil else {
                throw DataFileError(file: file, line: headerRecord.line, message: "column '\(column)' appears twice in the header")
            }
            index[column] = position
        }
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields.count > header.count && record.fields[header.count...].contains(where: { !$0.trimmingSpaces().isEmpty }) {
                throw DataFileError(file: file, line: record.line,
                                    message: "the row has \(record.fields.count) fields but the header has \(header.count)")
            }
            rows.append(Row(line: record.line, fields: record.fields, index: index))
        }
        self.rows = rows
        self.notes = notes
    }

    public func error(_ row: Row, column: String? = nil, _ message: String) -> DataFileError {
        DataFileError(file: file, line: row.line, column: column, message: message)
    }

    public func required(_ row: Row, _ column: String) throws(DataFileError) -> String {
        guard let value = row.value(column) else { throw error(row, column: column, "is empty") }
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

    mutating func parse(_ text: String) -> (notes: [String], records: [(line: Int, fields: [String])]) {
        var text = text
        return text.withUTF8 { bytes in parse(bytes) }
    }

    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (notes: [String], records: [(line: Int, fields: [String])]) {
        let quote: UInt8 = 34, comma: UInt8 = 44, newline: UInt8 = 10, carriage: UInt8 = 13
        var notes: [String] = []
        var records: [(line: Int, fields: [String])] = []
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
        func finishRecord() {
            finishField()
            let isBlank = fields.count == 1 && fields[0].trimmingSpaces().isEmpty
            if records.isEmpty && !isBlank && fields[0].hasPrefix("#") {
                notes.append(String(fields.joined(separator: ",").dropFirst()).trimmingSpaces())
            } else if !isBlank {
                records.append((recordLine, fields))
            }
            fields = []
            recordStarted = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count && bytes[index] == quote { field.append(quote); index += 1 } else { inQuotes = false }
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
                finishRecord()
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
        if recordStarted || !field.isEmpty || !fields.isEmpty { finishRecord() }
        return (notes, records)
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
