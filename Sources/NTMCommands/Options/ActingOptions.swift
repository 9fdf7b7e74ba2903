import ArgumentParser
import NTMCore
import NTMStore

/// The store and the account a command writes as. The account must exist there, so the web's rules apply to the
/// command line too (`TaskDesk`): the office issues and freezes, a task's lead organisation reports.
struct ActingOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file (default ntm.sqlite, or NTM_DATABASE_URL) or postgres://user:password@host/database.")
    var database: String?
    @Option(help: "The account acting: the office for directives, sessions and extensions; the lead organisation's for reports.")
    var user: String
    @Option(help: "Language: vi or en.") var lang: Language = .vi

    /// Runs `body` with the store, the account and the store's approved values loaded.
    func withAccount<T: Sendable>(_ body: (any NTMStore, Account, EvaluationService) async throws -> T) async throws -> T {
        let text = CommandText(language: lang)
        let user = self.user
        return try await StoreLocation.resolve(database).withStore(logger: CommandLogging.logger) { store in
            guard let account = try await store.account(user)?.account else {
                throw text.error(vi: "không có tài khoản '\(user)'", en: "no account '\(user)'")
            }
            return try await body(store, account, try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger))
        }
    }
}
