import Foundation
import NTMCore

/// Which values an engine loaded from the store judges with.
public enum ValueBasis: String, Sendable, Codable, CaseIterable {
    /// The latest approved value of each slot: the official numbers.
    case approved
    /// The latest value of each slot, whatever its review status: the working numbers.
    case latest
}

/// The persistent store, one protocol per aggregate so each capability's storage can be read (and faked) on its
/// own: maintenance, reference data (units, criteria documents, registrations), observations, accounts, the
/// audit trail and targets. One implementation per database (SQLite, PostgreSQL); both pass the same conformance tests.
public protocol NTMStore: MaintenanceStore, ReferenceStore, ObservationStore, AccountStore, AuditStore, TargetStore, TaskStore, BriefingStore,
    FundStore
{}

/// Schema and whole-store operations.
public protocol MaintenanceStore: Sendable {
    /// `sqlite:/path` or `postgres://host/db`, for messages; never contains a password.
    var description: String { get }

    /// Applies pending migrations in order; returns the names applied.
    @discardableResult func migrate() async throws -> [String]
    func appliedMigrations() async throws -> [String]

    /// Writes a consistent copy of the store to `path` (SQLite's online backup; pg_dump for PostgreSQL).
    func backup(to path: String) async throws
}

/// Units with their history, the criteria documents and the registrations: what evaluations are made against.
public protocol ReferenceStore: Sendable {
    /// Replaces the units, their lineage and commune groups (reference data), recording the change.
    func replaceUnits(_ units: UnitHierarchy, by user: String, note: String) async throws
    func loadUnits() async throws -> UnitHierarchy

    /// Stores a criteria set, overlay or band-scheme file as a new version unless its content is unchanged.
    @discardableResult func saveDocument(_ document: NewCriteriaDocument, by user: String) async throws -> CriteriaDocument
    /// The latest version of every document.
    func documents() async throws -> [CriteriaDocument]
    func documentVersions(_ name: String) async throws -> [CriteriaDocument]

    func addRegistrations(_ registrations: [Registration], by user: String) async throws
    func registrations() async throws -> [Registration]

    /// The audit id of the latest change to units, criteria documents or registrations (0 when none): a server
    /// compares it to see whether another process changed the reference data its engine was loaded from.
    func referenceRevision() async throws -> Int64
}

/// The audit entities whose changes alter what an engine is loaded from.
enum ReferenceEntities {
    static let all = ["units", "criteria-document", "registration"]
    static let sqlList = all.map { "'\($0)'" }.joined(separator: ", ")
}

/// Values with their full history and review.
public protocol ObservationStore: Sendable {
    /// Appends new values, all or nothing. Each change names the revision it replaces; a stale one
    /// fails the whole write with a conflict. Values must already be validated against the criteria.
    @discardableResult
    func write(_ changes: [ObservationChange], status: ReviewStatus, by user: String, batch: String?) async throws -> [ObservationRecord]
    /// Appends a large batch of new values (an import) as they arrive from `feed`, all in one transaction:
    /// nothing is kept if the feed ends with an error or a change conflicts. Returns how many were stored.
    /// Same rules as `write`, but the audit trail gets one summary entry and no records are returned.
    @discardableResult
    func importValues(_ feed: ChangeFeed, status: ReviewStatus, by user: String, batch: String) async throws -> Int
    /// Moves values through review, all or nothing.
    @discardableResult
    func review(_ requests: [ReviewRequest], by user: String) async throws -> [ObservationRecord]
    /// Every revision of a slot, oldest first.
    func history(_ slot: ObservationSlot) async throws -> [ObservationRecord]
    /// The current revision of each slot matching the filter.
    func currentRecords(_ filter: RecordFilter) async throws -> [ObservationRecord]
    /// Loads the values an engine should hold into a copy of `engine` and returns it, with how many
    /// stored values the engine's criteria no longer know (skipped).
    func load(basis: ValueBasis, into engine: EvaluationEngine) async throws -> (engine: EvaluationEngine, skipped: Int)
    /// Revisions stored after `id`, oldest first, so a running engine can catch up with other writers.
    func records(after id: Int64, limit: Int) async throws -> [ObservationRecord]
    func latestRecordID() async throws -> Int64
}

/// Which current values to list (for data entry and review queues).
public struct RecordFilter: Hashable, Sendable {
    public var units: [UnitCode]?
    public var criteriaSet: CriteriaSetID?
    public var date: LocalDate?
    public var statuses: [ReviewStatus]?
    public var indicators: [IndicatorCode]?
    public var limit: Int

    public init(
        units: [UnitCode]? = nil, criteriaSet: CriteriaSetID? = nil, date: LocalDate? = nil,
        statuses: [ReviewStatus]? = nil, indicators: [IndicatorCode]? = nil, limit: Int = 10_000
    ) {
        self.units = units
        self.criteriaSet = criteriaSet
        self.date = date
        self.statuses = statuses
        self.indicators = indicators
        self.limit = limit
    }
}

extension ObservationStore {
    /// Imports changes already in memory.
    @discardableResult
    public func importValues(_ changes: [ObservationChange], status: ReviewStatus, by user: String, batch: String) async throws -> Int {
        try await importValues(ChangeFeed(changes), status: status, by: user, batch: batch)
    }
}
