import ArgumentParser
import Foundation
import NTMCore
import NTMStore
import NTMWeb

/// `ntm user add|passwd|role|list`: accounts, for setting up a server before anyone can sign in.
public struct UserCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Quản lý tài khoản / manage accounts (office, department, district, commune, viewer).",
        subcommands: [Add.self, Password.self, RoleChange.self, List.self])

    public init() {}

    /// Reads a password from `--password-file`, NTM_PASSWORD or, interactively, from the terminal without echo.
    static func readPassword(prompt: String, file: String?, language: Language) throws -> String {
        if let file {
            do {
                var text = try String(contentsOfFile: file, encoding: .utf8)
                while text.last == "\n" || text.last == "\r" { text.removeLast() }
                return text
            } catch {
                throw ValidationError(language == .vi ? "--password-file: không đọc được \(file)" : "--password-file: cannot read \(file)")
            }
        }
        if let password = ProcessInfo.processInfo.environment["NTM_PASSWORD"] { return password }
        guard let password = String(validatingCString: getpass(prompt)) else {
            throw ValidationError(language == .vi ? "chưa nhập mật khẩu" : "no password given")
        }
        return password
    }

    /// The same rules the web application applies (`AccountRules`), reported as one command-line error.
    static func check(_ account: Account, password: String?, store: any NTMStore, language: Language) async throws {
        let directory = OrganisationDirectory(
            units: try await store.loadUnits(), catalog: try StoredCatalog.catalog(from: try await store.documents()))
        let problems = AccountRules.problems(account, password: password, directory: directory)
        guard problems.isEmpty else {
            throw ValidationError(problems.map { "--\($0.field): \($0.message.text(language))" }.joined(separator: "; "))
        }
    }

    /// `--organisation` as given, or the unit `--unit` names today.
    static func organisation(_ text: String?, unit: String?, store: any NTMStore, language: Language) async throws -> OrganisationRef?? {
        if let text {
            if text.isEmpty { return .some(nil) }
            guard let reference = OrganisationRef(text: text) else {
                throw ValidationError(
                    language == .vi
                        ? "--organisation: '\(text)' không phải tổ chức (office, department:MÃ hoặc unit:MÃ[@YYYY-MM-DD])"
                        : "--organisation: '\(text)' is not an organisation (office, department:CODE or unit:CODE[@YYYY-MM-DD])")
            }
            return .some(reference)
        }
        guard let unit else { return nil }
        if unit.isEmpty { return .some(nil) }
        let units = try await store.loadUnits()
        guard let version = units.unit(UnitCode(unit), on: VietnamTime.today(SystemClock())) ?? units.latestVersion(UnitCode(unit)) else {
            throw ValidationError(language == .vi ? "--unit: không có đơn vị mã \(unit)" : "--unit: no unit has code \(unit)")
        }
        return .some(.unit(version))
    }

    static func describe(_ account: Account) -> String {
        "\(account.username): \(account.role.rawValue)" + (account.organisation.map { " (\($0.text))" } ?? "") + (account.active ? "" : " [disabled]")
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Tạo tài khoản (mật khẩu từ NTM_PASSWORD hoặc nhập khi được hỏi) / create an account.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Username: 2–64 characters of a-z, 0-9, '.', '-', '_'.") var username: String
        @Option(help: "office, department, district, commune or viewer.") var role: Role
        @Option(help: "Display name (default: the username).") var name: String?
        @Option(help: "office, department:CODE (e.g. department:SYT) or unit:CODE[@YYYY-MM-DD].") var organisation: String?
        @Option(help: "Shorthand for --organisation unit:CODE: the district or commune with this code today.") var unit: String?
        @Option(help: "Read the password from this file (its first line) instead of NTM_PASSWORD or the prompt.") var passwordFile: String?
        @Option(help: "Language of the messages: vi or en.") var lang: Language = .vi

        func run() async throws {
            let actor = store.actor, options = self
            let password = try UserCommand.readPassword(
                prompt: lang == .vi ? "Mật khẩu của \(username): " : "Password for \(username): ", file: passwordFile, language: lang)
            try await store.withStore { store in
                let organisation = try await UserCommand.organisation(options.organisation, unit: options.unit, store: store, language: options.lang)
                let account = Account(
                    username: options.username, displayName: options.name ?? options.username, role: options.role,
                    organisation: organisation ?? (options.role == .office ? .office : nil))
                try await UserCommand.check(account, password: password, store: store, language: options.lang)
                guard try await store.account(options.username) == nil else {
                    throw ValidationError(options.lang == .vi ? "đã có người dùng \(options.username)" : "user \(options.username) already exists")
                }
                try await store.saveAccount(account, passwordHash: try await Passwords.hash(password), by: actor)
                print((options.lang == .vi ? "đã tạo tài khoản " : "created account ") + UserCommand.describe(account))
            }
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passwd", abstract: "Đặt mật khẩu (từ NTM_PASSWORD hoặc nhập khi được hỏi) / set a user's password.")
        @OptionGroup var store: StoreOptions
        @Argument var username: String
        @Option(help: "Read the password from this file (its first line) instead of NTM_PASSWORD or the prompt.") var passwordFile: String?
        @Option(help: "Language of the messages: vi or en.") var lang: Language = .vi

        func run() async throws {
            let password = try UserCommand.readPassword(
                prompt: lang == .vi ? "Mật khẩu mới của \(username): " : "New password for \(username): ", file: passwordFile, language: lang)
            let actor = store.actor, username = username, lang = lang
            try await store.withStore { store in
                guard let stored = try await store.account(username) else {
                    throw ValidationError(lang == .vi ? "không có người dùng \(username)" : "no user \(username)")
                }
                try await UserCommand.check(stored.account, password: password, store: store, language: lang)
                try await store.saveAccount(stored.account, passwordHash: try await Passwords.hash(password), by: actor)
            }
            print(lang == .vi ? "đã đổi mật khẩu của \(username)" : "changed the password of \(username)")
        }
    }

    struct RoleChange: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role", abstract: "Đổi vai trò, tổ chức hoặc trạng thái / change a user's role, organisation or active state.")
        @OptionGroup var store: StoreOptions
        @Argument var username: String
        @Option(help: "office, department, district, commune or viewer.") var role: Role?
        @Option(help: "office, department:CODE or unit:CODE[@YYYY-MM-DD]; empty to clear.") var organisation: String?
        @Option(help: "Shorthand for --organisation unit:CODE: the district or commune with this code today.") var unit: String?
        @Option(help: "true to enable, false to disable the account.") var active: Bool?
        @Option(help: "Language of the messages: vi or en.") var lang: Language = .vi

        func run() async throws {
            let actor = store.actor, options = self
            let account = try await store.withStore { store -> Account in
                guard var account = try await store.account(options.username)?.account else {
                    throw ValidationError(options.lang == .vi ? "không có người dùng \(options.username)" : "no user \(options.username)")
                }
                if let role = options.role { account.role = role }
                if let organisation = try await UserCommand.organisation(
                    options.organisation, unit: options.unit, store: store, language: options.lang)
                {
                    account.organisation = organisation
                }
                if let active = options.active { account.active = active }
                try await UserCommand.check(account, password: nil, store: store, language: options.lang)
                try await store.saveAccount(account, passwordHash: nil, by: actor)
                return account
            }
            print(UserCommand.describe(account))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê tài khoản / list the accounts.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let accounts = try await store.withStore { try await $0.accounts() }
            for account in accounts {
                print(
                    [
                        account.username, account.role.rawValue, account.organisation?.text ?? "-", account.active ? "active" : "disabled",
                        account.displayName,
                    ].joined(separator: "\t"))
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
