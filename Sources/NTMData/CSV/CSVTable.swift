/// A parsed CSV file: a header and rows, each remembering its line, for located errors.
///
/// Lines starting with `#` before the header carry notes (such as the data's source) and are kept.
struct CSVTable {
    struct Row {
        let line: Int
        let fields: [String: String]

        func value(_ column: String) -> String? {
            guard let text = fields[column]?.trimmingSpaces(), !text.isEmpty else { return nil }
            return text
        }
    }

    let file: String
    let header: [String]
    let rows: [Row]
    let notes: [String]

    init(_ text: String, file: String, required: [String]) throws(DataFileError) {
        self.file = file
        var records: [(line: Int, fields: [String])] = []
        var notes: [String] = []
        var fields: [String] = [], field = "", inQuotes = false, line = 1, recordLine = 1, atFieldStart = true
        var chars = Array(text.replacingCRLF())
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var index = 0
        func endRecord() {
            fields.append(field)
            let isBlank = fields.count == 1 && fields[0].trimmingSpaces().isEmpty
            if records.isEmpty && !isBlank && fields[0].hasPrefix("#") {
                notes.append(String(fields.joined(separator: ",").dropFirst()).trimmingSpaces())
            } else if !isBlank {
                records.append((recordLine, fields))
            }
            fields = []
            field = ""
            atFieldStart = true
        }
        while index < chars.count {
            let char = chars[index]
            if inQuotes {
                if char == "\"" {
                    if index + 1 < chars.count && chars[index + 1] == "\"" { field.append("\""); index += 1 } else { inQuotes = false }
                } else {
                    if char == "\n" { line += 1 }
                    field.append(char)
                }
            } else if char == "\"" && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else if char == "," {
                fields.append(field)
                field = ""
                atFieldStart = true
            } else if char == "\n" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(char)
                atFieldStart = false
            }
            index += 1
        }
        if inQuotes { throw DataFileError(file: file, line: recordLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let headerRecord = records.first else { throw DataFileError(file: file, line: 1, message: "the file has no header row") }
        header = headerRecord.fields.map { $0.trimmingSpaces().lowercased() }
        for column in required where !header.contains(column) {
            throw DataFileError(file: file, line: headerRecord.line,
                                message: "missing column '\(column)' (the header must name: \(required.joined(separator: ", ")))")
        }
        var seen: Set<String> = []
        for column in header where !column.isEmpty && !seen.insert(column).inserted {
            throw DataFileError(file: file, line: headerRecord.line, message: "column '\(column)' appears twice in the header")
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            if record.fields.count > header.count && record.fields[header.count...].contains(where: { !$0.trimmingSpaces().isEmpty }) {
                throw DataFileError(file: file, line: record.line,
                                    message: "the row has \(record.fields.count) fields but the header has \(header.count)")
            }
            var map: [String: String] = [:]
            for (position, column) in header.enumerated() where position < record.fields.count {
                map[column] = record.fields[position].precomposed()
            }
            rows.append(Row(line: record.line, fields: map))
        }
        self.rows = rows
        self.notes = notes
    }

    func error(_ row: Row, column: String? = nil, _ message: String) -> DataFileError {
        DataFileError(file: file, line: row.line, column: column, message: message)
    }

    func required(_ row: Row, _ column: String) throws(DataFileError) -> String {
        guard let value = row.value(column) else { throw error(row, column: column, "is empty") }
        return value
    }
}

extension String {
    func trimmingSpaces() -> String { String(Substring(self).trimmingSpaces()) }

    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousCR = false
        for char in self {
            // Swift treats "\r\n" as one Character; normalise it and lone "\r" to "\n".
            if char == "\r\n" { result.append("\n"); previousCR = false; continue }
            if char == "\r" { result.append("\n"); previousCR = true; continue }
            if char == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            result.append(char)
        }
        return result
    }
}
