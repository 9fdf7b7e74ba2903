import NTMCore

/// A problem in a data file, located by file and line (and column or field where known).
public struct DataFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    /// The problem in Vietnamese and English.
    public var localized: LocalizedText

    /// The problem in English, for logs and tests.
    public var message: String { localized.en ?? localized.vi }

    public init(file: String, line: Int?, column: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.localized = message
    }

    /// A problem worded in one language only (messages for the office's configuration files).
    public init(file: String, line: Int?, column: String? = nil, message: String) {
        self.init(file: file, line: line, column: column, message: LocalizedText(vi: message, en: message))
    }

    /// `file:line: message`, or `file:line: column 'x': message`, as compilers print it.
    public func text(_ language: Language) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        let message = localized.text(language)
        let columnWord = language == .vi ? "cột" : "column"
        return column.map { "\(place): \(columnWord) '\($0)': \(message)" } ?? "\(place): \(message)"
    }

    public var description: String { text(.en) }
}

/// Every problem found in a file; nothing from the file is used when there is one.
public struct DataFileErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [DataFileError]

    public init(_ errors: [DataFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }

    public func text(_ language: Language) -> String { errors.map { $0.text(language) }.joined(separator: "\n") }
}

/// Gathers problems so one run reports all of them, not just the first.
struct ErrorCollector {
    private(set) var errors: [DataFileError] = []

    mutating func add(_ error: DataFileError) { errors.append(error) }

    /// Runs `body`, keeping its error and returning nil when it fails.
    mutating func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DataFileError {
            errors.append(error)
        } catch let error as DataFileErrors {
            errors.append(contentsOf: error.errors)
        } catch {
            errors.append(DataFileError(file: "?", line: nil, message: "\(error)"))
        }
        return nil
    }

    func throwIfAny() throws(DataFileErrors) {
        if !errors.isEmpty { throw DataFileErrors(errors.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }) }
    }
}
