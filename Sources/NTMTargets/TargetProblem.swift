import NTMCore

/// Why a target cannot be accepted, naming the field: "measure", "deadline", "scope"… (the API's problem field,
/// the file's key).
public struct TargetProblem: Error, Hashable, Sendable {
    public var field: String
    public var message: LocalizedText

    public init(field: String, message: LocalizedText) {
        self.field = field
        self.message = message
    }
}
