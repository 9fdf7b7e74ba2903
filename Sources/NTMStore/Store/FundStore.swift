import Foundation
import NTMCore
import NTMFunds

/// Funding figures and construction debts, append-only: every entry is a revision of its slot and none is ever
/// changed or removed.
public protocol FundStore: Sendable {
    /// Stores a checked batch (`FundBatch.problems` empty, the writer allowed) all or nothing, as one audit entry.
    /// An entry equal to its slot's latest revision (same amount and document) is left out, so a template filled
    /// in again and re-imported writes only what changed.
    @discardableResult func saveFunds(_ batch: FundBatch, by user: String) async throws -> FundSaveSummary
    /// Every revision of every amount, with its line.
    func fundAmounts() async throws -> [Recorded<FundAmount>]
    /// Every revision of every commune's construction debt.
    func constructionDebts() async throws -> [Recorded<ConstructionDebt>]
    /// The audit id of the latest funding write (0 when none): a cache of the book compares it to reload.
    func fundRevision() async throws -> Int64
}

/// What a funding write stored.
public struct FundSaveSummary: Hashable, Sendable, Codable {
    /// New revisions written.
    public var written: Int
    /// Entries equal to what was already stored, left out.
    public var unchanged: Int

    public init(written: Int, unchanged: Int) {
        self.written = written
        self.unchanged = unchanged
    }
}

/// How both stores key, revise and audit funding entries: planned once so they cannot drift apart.
enum StoredFunds {
    static let entity = "funds"

    /// The stored form of a line's key: optional parts as '' and 0.
    struct Key: Hashable {
        var year: Int
        var unit: String
        var source: String
        var programme: String
        var contribution: String
        var capital: String
        var origin: String
        var criterion: Int
        var project: String

        init(
            year: Int, unit: String, source: String, programme: String, contribution: String, capital: String, origin: String, criterion: Int,
            project: String
        ) {
            self.year = year
            self.unit = unit
            self.source = source
            self.programme = programme
            self.contribution = contribution
            self.capital = capital
            self.origin = origin
            self.criterion = criterion
            self.project = project
        }

        init(_ line: FundingLine) {
            year = line.year
            unit = line.unit.rawValue
            source = line.source.rawValue
            programme = line.programme ?? ""
            contribution = line.contribution?.rawValue ?? ""
            capital = line.capital.rawValue
            origin = line.origin.rawValue
            criterion = line.criterion ?? 0
            project = line.project ?? ""
        }

        /// The line a stored key stands for; a code this version does not know is an error, not a guess.
        func line() throws -> FundingLine {
            guard let source = FundingSource(rawValue: source), let capital = CapitalType(rawValue: capital),
                let origin = PlanOrigin(rawValue: origin)
            else { throw StoreError.unsupported("a funding line has codes this version does not know: \(source), \(capital), \(origin)") }
            let contribution = contribution.isEmpty ? nil : ContributionKind(rawValue: contribution)
            if !self.contribution.isEmpty && contribution == nil {
                throw StoreError.unsupported("a funding line has contribution kind '\(self.contribution)'")
            }
            return FundingLine(
                year: year, unit: UnitCode(unit), source: source, programme: programme.isEmpty ? nil : programme,
                contribution: contribution, capital: capital, origin: origin, criterion: criterion == 0 ? nil : criterion,
                project: project.isEmpty ? nil : project)
        }
    }

    /// The latest stored revision of a slot.
    struct Latest {
        var revision: Int
        var amount: Int64
        var document: String
    }

    /// The revision entry `index` of `list` is stored as, or nil when it equals the latest one. A negative amount
    /// that reached the store unchecked is refused here, inside the write, so the batch leaves nothing behind.
    static func revision(for amount: Money, document: String, after latest: Latest?, list: String, index: Int) throws(FundError) -> Int? {
        guard amount.dong >= 0 else {
            throw .invalid([
                FundProblem(
                    list: list, index: index, field: "amount",
                    message: LocalizedText(
                        vi: "số tiền không được âm (\(amount.vietnamese))", en: "the amount cannot be negative (\(amount.english))"))
            ])
        }
        guard let latest else { return 1 }
        return latest.amount == amount.dong && latest.document == document ? nil : latest.revision + 1
    }

    /// One change as the audit entry lists it.
    struct Change: Encodable {
        var unit: String
        var line: FundingLine? = nil
        var phase: FundPhase? = nil
        var asOf: String
        var before: Int64?
        var amount: Int64
        var document: String
        var revision: Int
    }

    static func audit(_ changes: [Change]) throws -> PendingAudit {
        let units = Set(changes.map(\.unit)).sorted()
        let key = units.count <= 3 ? units.joined(separator: ",") : "\(units.prefix(3).joined(separator: ",")),… (\(units.count))"
        return PendingAudit(action: "save-funds", entity: entity, key: key, before: nil, after: try StoredJSON.encode(changes))
    }

    static func phase(_ text: String) throws -> FundPhase {
        guard let phase = FundPhase(rawValue: text) else { throw StoreError.unsupported("a fund amount has phase '\(text)'") }
        return phase
    }

    static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else { throw StoreError.unsupported("a funding entry has date '\(text)'") }
        return date
    }
}
