import NTMCore

/// One thing wrong with an entry of a funding batch, named by the entry's position and field (`amounts[3].asOf`),
/// so an import can point at the row and column and a form at its field.
public struct FundProblem: Hashable, Sendable {
    /// `amounts` or `debts`.
    public var list: String
    public var index: Int
    public var field: String
    public var message: LocalizedText

    public init(list: String, index: Int, field: String, message: LocalizedText) {
        self.list = list
        self.index = index
        self.field = field
        self.message = message
    }

    public var path: String { "\(list)[\(index)].\(field)" }
}

/// Why a funding write was refused. Nothing of the batch is stored.
public enum FundError: Error, Hashable, Sendable {
    case invalid([FundProblem])
    /// The account may not write the funds of this unit.
    case forbidden(unit: UnitCode, LocalizedText)
    case overflow

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.invalid(let problems), _): problems.map { "\($0.path): \($0.message.text(language))" }.joined(separator: "; ")
        case (.forbidden(_, let why), _): why.text(language)
        case (.overflow, _): MoneyError.overflow.text(language)
        }
    }
}

extension FundError: CustomStringConvertible {
    public var description: String { text(.en) }
}

/// A figure that is accepted but looks wrong and is said so: more disbursed than allocated happens with advances
/// (*tạm ứng*), so it is a warning, not a refusal.
public struct FundWarning: Hashable, Sendable {
    public var line: FundingLine
    public var message: LocalizedText

    public init(line: FundingLine, message: LocalizedText) {
        self.line = line
        self.message = message
    }
}
