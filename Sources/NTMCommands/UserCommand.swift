import ArgumentParser
import Foundation
import NTMCore
import NTMStore
import NTMWeb

/// `ntm user add|passwd|role|list`: accounts, for setting up a server before anyone can sign in.
public struct UserCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts (office, department, district, commune, viewer).",
        subcommands: [Add.self, Password.self, RoleChange.self, List.self])

    public init() {}

    /// Reads a password from NTM_PASSWORD or, interactively, from the terminal without echo.
    static func readPassword(prompt: String) throws -> String {
        if let password = ProcessInfo.processInfo.environment["NTM_PASSWORD"] { return password }
        guard let password = String(validatingCString: getpass(prompt)) else { throw ValidationError("no password given") }
        return password
    }

    /// The same rules the web application applies (`AccountRules`), reported as one command-line error.
    static func check(_ account: Account, password: String?, store: any NTMStore) async throws {
        let units = try await store.loadUnits()
        let problems = AccountRules.problems(account, password: password) { !units.versions(of: $0).isEmpty }
        guard problems.isEmpty else {
            throw ValidationError(problems.map { "--\($0.field): \($0.message.en ?? $0.message.vi)" }.joined(separator: "; "))
        }
    }

    /// `3,13` → [3, 13]; anything else is refused rather than dropped.
    static func criteria(_ text: String) throws -> [Int] {
        try text.split(separator: ",").map { part in
            guard let number = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--criteria: '\(part)' is not a criterion number (write them like 3,13)")
            }
            return number
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Create an account (password from NTM_PASSWORD or the prompt).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Username: 3–64 characters of a-z, 0-9, '.', '-', '_'.") var username: String
        @Option(help: "office, department, district, commune or viewer.") var role: Role
        @Option(help: "Display name (default: the username).") var name: String?
        @Option(help: "The district or commune code, for district and commune accounts.") var unit: String?
        @Option(help: "Criteria numbers a department answers for, comma separated (e.g. 3,13).") var criteria: String?

        func run() async throws {
            let account = Account(
                username: username, displayName: name ?? username, role: role, unit: unit.map { UnitCode($0) },
                criteria: try criteria.map(UserCommand.criteria) ?? [])
            let password = try UserCommand.readPassword(prompt: "Password for \(username): ")
            let actor = store.actor, username = username
            try await store.withStore { store in
                try await UserCommand.check(account, password: password, store: store)
                guard try await store.account(username) == nil else { throw ValidationError("user \(username) already exists") }
                try await store.saveAccount(account, passwordHash: try await Passwords.hash(password), by: actor)
            }
            print("created \(role.rawValue) account \(username)")
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set a user's password (from NTM_PASSWORD or the prompt).")
        @OptionGroup var store: StoreOptions
        @Argument var username: String

        func run() async throws {
            let password = try UserCommand.readPassword(prompt: "New password for \(username): ")
            let actor = store.actor, username = username
            try await store.withStore { store in
                guard let stored = try await store.account(username) else { throw ValidationError("no user \(username)") }
                try await UserCommand.check(stored.account, password: password, store: store)
                try await store.saveAccount(stored.account, passwordHash: try await Passwords.hash(password), by: actor)
            }
            print("changed the password of \(username)")
        }
    }

    struct RoleChange: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a user's role, unit, criteria or active state.")
        @OptionGroup var store: StoreOptions
        @Argument var username: String
        @Option(help: "office, department, district, commune or viewer.") var role: Role?
        @Option(help: "The district or commune code.") var unit: String?
        @Option(help: "Criteria numbers, comma separated.") var criteria: String?
        @Option(help: "true to enable, false to disable the account.") var active: Bool?

        func run() async throws {
            let actor = store.actor, options = self
            let account = try await store.withStore { store -> Account in
                guard var account = try await store.account(options.username)?.account else { throw ValidationError("no user \(options.username)") }
                if let role = options.role { account.role = role }
                if let unit = options.unit { account.unit = unit.isEmpty ? nil : UnitCode(unit) }
                if let criteria = options.criteria { account.criteria = try UserCommand.criteria(criteria) }
                if let active = options.active { account.active = active }
                try await UserCommand.check(account, password: nil, store: store)
                try await store.saveAccount(account, passwordHash: nil, by: actor)
                return account
            }
            print(
                "\(account.username): \(account.role.rawValue)" + (account.unit.map { " of \($0)" } ?? "")
                    + (account.criteria.isEmpty ? "" : " for criteria \(account.criteria.map(String.init).joined(separator: ","))")
                    + (account.active ? "" : " (disabled)"))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let accounts = try await store.withStore { try await $0.accounts() }
            for account in accounts {
                print(
                    [
                        account.username, account.role.rawValue, account.unit?.rawValue ?? "-",
                        account.criteria.map(String.init).joined(separator: ","), account.active ? "active" : "disabled",
                        account.displayName,
                    ].joined(separator: "\t"))
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
