import ArgumentParser
import Foundation
import NTMCore
import NTMData

/// `ntm criteria`: check and read criteria files.
public struct CriteriaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Validate and show criteria sets and provincial overlays; store them as versions, list the versions, compare two.",
        subcommands: [Validate.self, Show.self, List.self, Load.self, Versions.self, Diff.self])

    public init() {}

    /// `ntm criteria validate FILE…`
    public struct Validate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check criteria set or overlay files; prints every problem as file:line: message.")

        @Argument(help: "YAML files: national sets or provincial overlays.")
        var files: [String]

        public init() {}

        public func run() throws { print(try output()) }

        public func output() throws -> String {
            let bundled = (try? BundledData.catalog().sets) ?? []
            var lines: [String] = []
            var failures: [DataFileError] = []
            for path in files {
                let file = try DataOptions().read(path)
                do {
                    lines.append("\(path): OK — " + (try CatalogLoader.validate(file, sets: bundled)))
                } catch {
                    failures += error.errors
                }
            }
            if !failures.isEmpty { throw DataFileErrors(failures) }
            return lines.joined(separator: "\n")
        }
    }

    /// `ntm criteria show SET [--missing]`
    public struct Show: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Show a criteria set: legal basis, criteria, indicators, thresholds and sources.")

        @Argument(help: "A bundled set id (e.g. commune-2016-2020) or a YAML file.")
        var set: String

        @Flag(help: "List only what the set leaves unset.")
        var missing = false

        @Option(help: "Apply the bundled overlays of this province (e.g. 84).")
        var province: String?

        @Option(help: "Language: vi or en.")
        var lang: Language = .vi

        public init() {}

        public func run() throws { print(try output()) }

        public func output() throws -> String {
            let catalog = try BundledData.catalog()
            var criteriaSet: CriteriaSet
            if let bundled = catalog.set(CriteriaSetID(set)) {
                criteriaSet = bundled
            } else if FileManager.default.fileExists(atPath: set) {
                let file = try DataOptions().read(set)
                criteriaSet = try CriteriaSetLoader.load(file.text, file: file.name)
            } else {
                throw ValidationError("'\(set)' is neither a bundled set (\(catalog.sets.map(\.id.rawValue).joined(separator: ", "))) nor a file")
            }
            if let province { criteriaSet = catalog.effectiveSet(criteriaSet, province: UnitCode(province)) }
            return CriteriaSetText.render(criteriaSet, missingOnly: missing, language: lang)
        }
    }

    /// `ntm criteria list`
    public struct List: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "List the bundled criteria sets and overlays.")

        public init() {}

        public func run() throws { print(try output()) }

        public func output() throws -> String {
            let catalog = try BundledData.catalog()
            let sets = catalog.sets.map { set in
                "\(set.id)  \(set.legalBasis.decision)  \(set.validity.vietnamese)  \(set.level.rawValue)  "
                    + "\(set.criteria.count) TC / \(set.allIndicators.count) CT  " + (set.completeness.isComplete ? "" : "(incomplete)")
            }
            let overlays = catalog.overlays.map { "\($0.id)  → \($0.base)  province \($0.province)" + ($0.illustrative ? "  (illustrative)" : "") }
            return (sets + overlays).joined(separator: "\n")
        }
    }
}
