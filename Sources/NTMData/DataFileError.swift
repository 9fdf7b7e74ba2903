/// A problem in a data file, located by file and line (and column or field where known).
public struct DataFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    public var message: String

    public init(file: String, line: Int?, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line: message`, or `file:line: column 'x': message`, as compilers print it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return column.map { "\(place): column '\($0)': \(message)" } ?? "\(place): \(message)"
    }
}

/// Every problem found in a file; nothing from the file is used when there is one.
public struct DataFileErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [DataFileError]

    public init(_ errors: [DataFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
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
