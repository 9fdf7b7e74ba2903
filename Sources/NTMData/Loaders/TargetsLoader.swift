import NTMCore
import NTMTargets

/// Reads targets from YAML (`targets: [...]`), checking each against the engine's units and sets, every problem
/// with its file and line. Nothing is returned unless every target is valid.
///
/// ```yaml
/// targets:
///   - id: cang-long-70-2019
///     title: {vi: "Càng Long: ≥ 70% số xã đạt chuẩn", en: "Càng Long: ≥ 70% of xã at the standard"}
///     scope: "844"                       # a unit code, registered:2019@84, or all
///     measure: {kind: share-at-standard, value: 70}
///     deadline: 2019-10-15
///     source: {document: "Kết luận giao ban 24/7/2019", date: 2019-07-24, text: "…"}
///     owner: unit:844                    # office, department:CODE or unit:CODE
/// ```
public enum TargetsLoader {
    public static func load(_ text: String, file: String, engine: EvaluationEngine) throws(DataFileErrors) -> [Target] {
        var collector = ErrorCollector()
        let root: YAMLNode
        do { root = try YAMLNode.parse(text, file: file) } catch { throw DataFileErrors([error]) }
        let list = collector.attempt { try root.mapping(allowing: ["targets"]).required("targets").sequence() } ?? []
        var targets: [Target] = []
        var seen: Set<String> = []
        for item in list {
            guard let target = collector.attempt({ try self.target(item) }) else { continue }
            for problem in target.problems(engine: engine) {
                // At the line of the key the problem is about ("scope:", "deadline:"), else at the target.
                let at = (try? item.mapping(allowing: Self.keys).optional(problem.field)) ?? item
                collector.add(
                    at.error(
                        LocalizedText(
                            vi: "mục tiêu '\(target.id)', \(problem.field): \(problem.message.vi)",
                            en: "target '\(target.id)', \(problem.field): \(problem.message.text(.en))")))
            }
            if !seen.insert(target.id).inserted {
                collector.add(item.error(vi: "mã mục tiêu '\(target.id)' bị trùng", en: "target id '\(target.id)' is used twice"))
            }
            targets.append(target)
        }
        try collector.throwIfAny()
        return targets
    }

    static let keys: Set<String> = ["id", "title", "scope", "measure", "start", "deadline", "source", "owner", "notes"]

    private static func target(_ node: YAMLNode) throws -> Target {
        let map = try node.mapping(allowing: keys)
        let measure = try map.required("measure").mapping(allowing: ["kind", "value"])
        let source = try map.required("source").mapping(allowing: ["document", "date", "text"])
        let document = TargetDocument(
            id: try map.required("id").nonEmptyString(), title: try map.required("title").localizedText(),
            scope: try map.required("scope").nonEmptyString(),
            measure: .init(kind: try measure.required("kind").nonEmptyString(), value: try measure.optional("value")?.string()),
            start: try map.optional("start")?.date(), deadline: try map.required("deadline").date(),
            source: .init(
                document: try source.required("document").nonEmptyString(), date: try source.required("date").date(),
                text: try source.optional("text")?.string()),
            owner: try map.required("owner").nonEmptyString(), notes: try map.optional("notes")?.string())
        do {
            return try document.target()
        } catch {
            // At the line of the field that cannot be read.
            throw (map.optional(error.field) ?? node).error(error.message)
        }
    }
}
