import NTMCore
import NTMData
import NTMFunds

/// Funding figures as people write them, whatever the door (pages, API, CLI, imports): who may write is checked
/// (`AccessPolicy.canWriteFunds`), the content against the units and criteria, then the store writes all of it
/// or nothing, audited under the account's name. What looks wrong but happens (an advance) comes back as warnings.
public struct FundDesk: Sendable {
    let store: any NTMStore
    let ledger: FundLedger
    let engine: EvaluationEngine
    let policy: AccessPolicy

    public init(store: any NTMStore, ledger: FundLedger, engine: EvaluationEngine) {
        self.store = store
        self.ledger = ledger
        self.engine = engine
        policy = AccessPolicy(engine: engine)
    }

    /// What a write stored and the warnings about the lines it touched.
    public struct Outcome: Sendable {
        public var summary: FundSaveSummary
        public var warnings: [FundWarning]
    }

    /// The programmes the account's writes may name: the bundled list, those already stored, and for the office
    /// any new one.
    public func programmes(for account: Account) async throws -> FundProgrammes {
        FundProgrammes(
            listed: try BundledData.fundProgrammes(), used: try await ledger.book().programmes,
            acceptsNew: account.active && account.role == .office)
    }

    public func save(_ given: FundBatch, as account: Account) async throws -> Outcome {
        if let refusal = policy.fundRefusal(account, batch: given) { throw refusal }
        let programmes = try await programmes(for: account)
        let batch = programmes.canonicalized(given)
        let problems = batch.problems(units: engine.units, catalog: engine.catalog, programmes: programmes)
        guard problems.isEmpty else { throw FundError.invalid(problems) }
        let summary = try await store.saveFunds(batch, by: account.username)
        guard let latest = batch.amounts.map(\.asOf).max() else { return Outcome(summary: summary, warnings: []) }
        let book = try await ledger.book()
        return Outcome(summary: summary, warnings: book.advances(among: batch.amounts.map(\.line), on: latest))
    }
}

/// The funding book of a store, loaded once and reloaded when a funding write (from this process or another)
/// has changed the store since: one cheap query per read instead of a full load.
public actor FundLedger {
    let store: any FundStore
    private var cached: (revision: Int64, book: FundBook)?

    public init(store: any FundStore) { self.store = store }

    public func book() async throws -> FundBook {
        let revision = try await store.fundRevision()
        if let cached, cached.revision == revision { return cached.book }
        let book = FundBook(amounts: try await store.fundAmounts(), debts: try await store.constructionDebts())
        cached = (revision, book)
        return book
    }
}
