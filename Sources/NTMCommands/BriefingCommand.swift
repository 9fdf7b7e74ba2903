import ArgumentParser
import Foundation
import NTMCore
import NTMStore
import NTMTasks

/// `ntm briefing`: briefing sessions with their frozen figures (chốt số liệu).
public struct BriefingCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "briefing", abstract: "Briefing sessions: freeze the figures presented, list, show one and compare it with now.",
        subcommands: [Snapshot.self, List.self, Show.self])

    public init() {}

    /// `ntm briefing snapshot`: freezes a scope's figures on a day as a session's, with the office account acting.
    public struct Snapshot: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "snapshot", abstract: "Freeze the figures of a scope on a day as a briefing session (office account).")
        @OptionGroup var acting: ActingOptions
        @Option(help: "Id: letters, digits, - and _.") var id: String
        @Option(help: "The meeting's title.") var title: String
        @Option(help: "The day of the meeting.") var held: LocalDate
        @Option(help: "Who chaired it.") var chair: String
        @Option(help: "A participating organisation (office, department:CODE, unit:CODE); repeat for several.") var participant: [String] = []
        @Option(help: "Scope: a unit code, registered:YEAR[@CODE] or all.") var scope: String
        @Option(help: "The day the figures are evaluated on (chốt số liệu).") var date: LocalDate

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: acting.lang)
            guard let scope = EvaluationScope(parsing: scope) else {
                throw text.error(vi: "phạm vi '\(self.scope)' không hợp lệ", en: "scope '\(self.scope)' is not valid")
            }
            let participants = try participant.map { value in
                guard let reference = OrganisationRef(text: value) else {
                    throw text.error(vi: "--participant '\(value)' không phải cơ quan", en: "--participant '\(value)' is not an organisation")
                }
                return reference
            }
            let (id, title, held, chair, date) = (id, title, held, chair, date)
            let session = try await acting.withAccount { store, account, service in
                try await TaskDesk(store: store, engine: await service.engine).holdSession(
                    id: id, title: title, heldOn: held, chair: chair, participants: participants, scope: scope, figuresOn: date,
                    service: service, as: account)
            }
            return text(vi: "đã chốt số liệu cuộc họp \(id): ", en: "froze the figures of briefing \(id): ") + session.snapshot.headline
        }
    }

    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "Every briefing session, newest first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let sessions = try await store.withStore { try await $0.sessions() }
            var table = TextTable(header: [
                text(vi: "Mã", en: "Id"), text(vi: "Ngày họp", en: "Held on"), text(vi: "Số liệu đến", en: "Figures as of"),
                text(vi: "Cuộc họp", en: "Title"),
            ])
            for stored in sessions {
                let session = stored.session
                table.add([session.id, Self.date(session.heldOn, lang), Self.date(session.snapshot.evaluatedOn, lang), session.title])
            }
            return table.render()
        }

        static func date(_ date: LocalDate, _ language: Language) -> String { language == .vi ? date.vietnamese : date.iso }
    }

    /// `ntm briefing show ID`: the frozen figures, and with `--compare DATE` what changed since.
    public struct Show: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "show", abstract: "One session's frozen figures; --compare DATE shows what changed since.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The session's id.") var id: String
        @Option(help: "Evaluate the scope again on this day and list the xã that changed.") var compare: LocalDate?
        @Option(help: "Language: vi or en.") var lang: Language = .vi

        public init() {}

        public func run() async throws { print(try await output()) }

        public func output() async throws -> String {
            let text = CommandText(language: lang)
            let (id, compare) = (id, compare)
            let (stored, now) = try await store.withStore { store -> (StoredBriefing, BriefingSnapshot?) in
                guard let stored = try await store.sessions().first(where: { $0.session.id == id }) else { throw TaskError.unknownSession(id) }
                guard let compare, let scope = EvaluationScope(parsing: stored.session.snapshot.scope) else { return (stored, nil) }
                let service = try await EvaluationService(store: store, basis: .approved, logger: CommandLogging.logger)
                return (stored, BriefingSnapshot(try await service.summary(of: scope, on: compare), basis: service.basis.rawValue))
            }
            let snapshot = stored.session.snapshot
            var lines = [
                "\(stored.session.title) — \(List.date(stored.session.heldOn, lang))",
                text(
                    vi: "Số liệu đến ngày \(snapshot.evaluatedOn.vietnamese) (\(snapshot.basis))",
                    en: "Figures as of \(snapshot.evaluatedOn.iso) (\(snapshot.basis))"),
                snapshot.headline,
            ]
            var table = TextTable(header: [
                text(vi: "Xã", en: "Xã"), text(vi: "Huyện", en: "District"), text(vi: "Số TC đạt", en: "Met"), text(vi: "TC chưa đạt", en: "Unmet"),
            ])
            for commune in snapshot.communes {
                table.add([
                    commune.name, commune.district, "\(commune.criteriaMet)/\(snapshot.totalCriteria)",
                    commune.unmet.map(String.init).joined(separator: ", "),
                ])
            }
            lines += ["", table.render(), "", "sha256:\(stored.contentHash)"]
            if let now {
                let comparison = SnapshotComparison(then: snapshot, now: now)
                lines += [
                    "",
                    text(
                        vi: "So với ngày \(now.evaluatedOn.vietnamese): \(now.headline)", en: "Compared with \(now.evaluatedOn.iso): \(now.headline)"),
                ]
                for change in comparison.changes {
                    lines.append(
                        "  \(change.name): \(change.before.criteriaMet) → \(change.now.criteriaMet)"
                            + (change.newlyMet.isEmpty
                                ? "" : text(vi: "; đạt thêm ", en: "; newly met ") + change.newlyMet.map { "TC\($0)" }.joined(separator: ", "))
                            + (change.lost.isEmpty
                                ? "" : text(vi: "; không còn đạt ", en: "; lost ") + change.lost.map { "TC\($0)" }.joined(separator: ", ")))
                }
                if comparison.changes.isEmpty { lines.append(text(vi: "  không xã nào thay đổi", en: "  no xã changed")) }
            }
            return lines.joined(separator: "\n")
        }
    }
}
