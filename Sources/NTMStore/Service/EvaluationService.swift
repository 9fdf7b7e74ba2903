import Foundation
import Logging
import NTMCore
import NTMData

/// Keeps an evaluation engine loaded from the store current with every write, so the very next read after
/// a write shows the new numbers. Writes go through the service: it validates them against the criteria,
/// stores them, and applies what changed to the engine and to the summaries it keeps live.
///
/// The actor only guards the engine and the live roll-ups and hands out copies (copy-on-write, so cheap). The
/// expensive work — building a national roll-up (≈35 ms), assembling a summary, explaining a commune — runs
/// outside its isolation on those copies, so one slow request never makes every other request queue behind it.
public actor EvaluationService {
    public nonisolated let store: any NTMStore
    public nonisolated let basis: ValueBasis
    public nonisolated let version = EngineVersion()
    /// How often reads look for other servers' writes; this service's own writes show at once.
    public nonisolated let catchUpInterval: Duration
    private var lastCatchUp = ContinuousClock.now
    public private(set) var engine: EvaluationEngine
    public private(set) var bandSchemes: BandSchemeCatalog
    private var lastSeen: Int64
    /// The store's reference revision the engine was loaded at: units, criteria or registrations changed by another
    /// process (`ntm units import`, `ntm init`, a second server) make the next catch-up reload everything.
    private var referenceSeen: Int64
    private var live: [SummaryKey: LiveSummary] = [:]
    private var liveOrder: [SummaryKey] = []
    /// The communes each applied batch of writes touched, by the version it produced: a roll-up built outside the
    /// actor from an older engine copy catches up with these before it is kept.
    private var touchLog: [(version: Int, units: Set<UnitCode>)] = []
    static let touchLogLimit = 512
    private let logger: Logger

    /// Live summaries kept for repeated views (province overview, briefing, registered list).
    static let liveSummaryLimit = 32

    private struct SummaryKey: Hashable {
        var scope: EvaluationScope
        var date: LocalDate
        var bands: String?
        var grouping: LiveSummary.Grouping
    }

    public init(
        store: any NTMStore, basis: ValueBasis = .approved, catchUpInterval: Duration = .zero,
        logger: Logger = Logger(label: "ntm.evaluation")
    ) async throws {
        self.store = store
        self.basis = basis
        self.catchUpInterval = catchUpInterval
        self.logger = logger
        referenceSeen = try await store.referenceRevision()
        let loaded = try await Self.load(store: store, basis: basis, logger: logger)
        engine = loaded.engine
        bandSchemes = BandSchemeCatalog(loaded.bands)
        lastSeen = loaded.lastSeen
    }

    /// Units, criteria, band schemes, registrations and values, as the store holds them now.
    static func load(store: any NTMStore, basis: ValueBasis, logger: Logger)
        async throws -> (engine: EvaluationEngine, bands: [BandScheme], lastSeen: Int64)
    {
        let lastSeen = try await store.latestRecordID()
        let documents = try await store.documents()
        let catalog = try StoredCatalog.catalog(from: documents)
        let bands = try StoredCatalog.bandSchemes(from: documents)
        let units = try await store.loadUnits()
        let registrations = try await store.registrations()
        let empty = try EvaluationEngine(units: units, catalog: catalog, registrations: registrations)
        let (engine, skipped) = try await store.load(basis: basis, into: empty)
        if skipped > 0 {
            logger.warning("values the loaded criteria do not know were skipped", metadata: ["count": "\(skipped)"])
        }
        return (engine, bands, lastSeen)
    }

    /// Applies revisions other processes stored since the last look (several servers on one PostgreSQL).
    public func catchUp() async throws {
        lastCatchUp = .now
        let reference = try await store.referenceRevision()
        if reference != referenceSeen {
            try await reload(at: reference)
            return
        }
        while true {
            let records = try await store.records(after: lastSeen, limit: 10_000)
            guard !records.isEmpty else { return }
            apply(records)
        }
    }

    /// Validates, stores and applies new values. All or nothing; the errors name the failing slots.
    /// The stored revisions are taken in through `catchUp`, never applied directly: another process may
    /// have committed just before this write, and its lower ids must not be skipped.
    @discardableResult
    public func write(
        _ changes: [ObservationChange], status: ReviewStatus = .draft, by user: String,
        batch: String? = nil
    ) async throws -> [ObservationRecord] {
        for change in changes { try engine.validate(change.observation) }
        let records = try await store.write(changes, status: status, by: user, batch: batch)
        try await catchUp()
        return records
    }

    /// Stores a large validated import and applies it.
    @discardableResult
    public func importValues(_ changes: [ObservationChange], status: ReviewStatus, by user: String, batch: String) async throws -> Int {
        for change in changes { try engine.validate(change.observation) }
        let count = try await store.importValues(changes, status: status, by: user, batch: batch)
        try await catchUp()
        return count
    }

    @discardableResult
    public func review(_ requests: [ReviewRequest], by user: String) async throws -> [ObservationRecord] {
        let records = try await store.review(requests, by: user)
        try await catchUp()
        return records
    }

    /// Loads everything again after the reference data changed: the units, criteria or registrations every roll-up
    /// and evaluation depends on. Rare (an import of units, a criteria file, registrations), and a full load takes
    /// 1–2 s for the nation, so it is done at once rather than patched in.
    private func reload(at reference: Int64) async throws {
        let loaded = try await Self.load(store: store, basis: basis, logger: logger)
        engine = loaded.engine
        bandSchemes = BandSchemeCatalog(loaded.bands)
        lastSeen = loaded.lastSeen
        referenceSeen = reference
        live = [:]
        liveOrder = []
        touchLog = []
        version.bump()
        logger.info("reference data changed in the store: engine reloaded", metadata: ["revision": "\(reference)"])
    }

    /// Catches up unless it did so within `catchUpInterval`: reads stay cheap under load.
    public func catchUpIfDue() async throws {
        if ContinuousClock.now - lastCatchUp >= catchUpInterval { try await catchUp() }
    }

    /// Records newer than `lastSeen` (the store returns them in id order) into the engine and the live summaries.
    private func apply(_ records: [ObservationRecord]) {
        var touched: Set<UnitCode> = []
        for record in records where record.id > lastSeen {
            lastSeen = record.id
            guard basis == .latest || record.status == .approved else { continue }
            if engine.restore(record.observation) { touched.insert(record.slot.unit) }
        }
        guard !touched.isEmpty else { return }
        version.bump()
        touchLog.append((version.current, touched))
        if touchLog.count > Self.touchLogLimit { touchLog.removeFirst(touchLog.count - Self.touchLogLimit) }
        for key in live.keys {
            for unit in touched { live[key]?.refresh(unit, engine: engine) }
        }
    }

    /// Scheme `id` as it applies to the commune set in force on `date` (its default when `id` is nil or does not fit).
    public func bandScheme(_ id: String?, on date: LocalDate) throws -> BandScheme {
        let set: CriteriaSet
        do { set = try engine.catalog.setInForce(level: .commune, on: date, for: .commune) } catch { throw EngineError.catalog(error) }
        return bandSchemes.resolve(id, for: set)
    }

    /// A roll-up kept live: the first request builds it, later writes adjust it incrementally. Building and
    /// assembling happen outside the actor, on a copy of the engine.
    public nonisolated func summary(
        of scope: EvaluationScope, on date: LocalDate, bands id: String? = nil, language: Language = .vi,
        grouping: LiveSummary.Grouping = .district, includeCommunes: Bool = true
    ) async throws -> ScopeSummary {
        let key = SummaryKey(scope: scope, date: date, bands: id, grouping: grouping)
        let (kept, engine, scheme, builtAt) = try await liveSummary(key)
        if let kept { return kept.summary(engine: engine, language: language, includeCommunes: includeCommunes) }
        // Not kept: built here, outside the actor's isolation, then offered back for later requests.
        let built = try LiveSummary(engine: engine, scope: scope, on: date, bands: scheme, grouping: grouping)
        await keep(built, key: key, builtAt: builtAt)
        return built.summary(engine: engine, language: language, includeCommunes: includeCommunes)
    }

    /// The kept roll-up for `key` (if any), with the engine copy it matches, the band scheme and the engine version.
    private func liveSummary(_ key: SummaryKey) async throws -> (LiveSummary?, EvaluationEngine, BandScheme, Int) {
        try await catchUpIfDue()
        if let summary = live[key] {
            liveOrder.removeAll { $0 == key }
            liveOrder.append(key)
            return (summary, engine, summary.bands.scheme, version.current)
        }
        return (nil, engine, try bandScheme(key.bands, on: key.date), version.current)
    }

    /// Keeps a roll-up built from the engine as of version `builtAt`, after re-judging the communes written since;
    /// when the writes since then are no longer all logged, it is simply not kept.
    private func keep(_ summary: LiveSummary, key: SummaryKey, builtAt: Int) {
        guard live[key] == nil else { return }
        var summary = summary
        if builtAt != version.current {
            guard let first = touchLog.first, first.version <= builtAt + 1 else { return }
            for entry in touchLog where entry.version > builtAt {
                for unit in entry.units { summary.refresh(unit, engine: engine) }
            }
        }
        live[key] = summary
        liveOrder.append(key)
        if liveOrder.count > Self.liveSummaryLimit { live[liveOrder.removeFirst()] = nil }
    }

    /// A unit's explained evaluation; `overrides` evaluates values being typed in, without storing them. Computed
    /// outside the actor on a copy of the engine.
    public nonisolated func evaluate(
        _ unit: UnitCode, on date: LocalDate, language: Language = .vi,
        overrides: [IndicatorCode: ObservationValue] = [:]
    ) async throws -> UnitEvaluation {
        try await currentEngine().evaluate(unit, on: date, language: language, overrides: overrides)
    }

    /// The current engine, after catching up with other servers if due: a copy the caller may compute on freely.
    public func currentEngine() async throws -> EvaluationEngine {
        try await catchUpIfDue()
        return engine
    }
}

extension EvaluationService {
    /// Units, criteria and registrations without any values: enough to validate imports and write templates.
    public static func referenceEngine(store: any NTMStore) async throws -> EvaluationEngine {
        let documents = try await store.documents()
        return try EvaluationEngine(
            units: try await store.loadUnits(), catalog: try StoredCatalog.catalog(from: documents),
            registrations: try await store.registrations())
    }
}
