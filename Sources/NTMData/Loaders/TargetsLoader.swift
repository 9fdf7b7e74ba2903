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

    static let measureKinds = [
        "share-at-standard", "communes-at-standard", "every-commune-at-least", "district-criteria-at-least", "district-at-standard",
        "criterion-met-everywhere", "average-criteria",
    ]

    private static func target(_ node: YAMLNode) throws -> Target {
        let map = try node.mapping(allowing: keys)
        let scopeNode = try map.required("scope")
        let scopeText = try scopeNode.nonEmptyString()
        guard let scope = EvaluationScope(parsing: scopeText) else {
            throw scopeNode.error(
                vi: "phạm vi '\(scopeText)' không hợp lệ (mã đơn vị, registered:NĂM[@MÃ] hoặc all)",
                en: "scope '\(scopeText)' is not a unit code, registered:YEAR[@CODE] or all")
        }
        let ownerNode = try map.required("owner")
        let ownerText = try ownerNode.nonEmptyString()
        guard let owner = OrganisationRef(text: ownerText) else {
            throw ownerNode.error(
                vi: "'\(ownerText)' không phải tổ chức (office, department:MÃ hoặc unit:MÃ)",
                en: "'\(ownerText)' is not an organisation (office, department:CODE or unit:CODE)")
        }
        let source = try map.required("source").mapping(allowing: ["document", "date", "text"])
        return Target(
            id: try map.required("id").nonEmptyString(), title: try map.required("title").localizedText(), scope: scope,
            measure: try measure(map.required("measure")), start: try map.optional("start")?.date(),
            deadline: try map.required("deadline").date(),
            source: TargetSource(
                document: try source.required("document").nonEmptyString(), date: try source.required("date").date(),
                text: try source.optional("text")?.string()),
            owner: owner, notes: try map.optional("notes")?.string())
    }

    private static func measure(_ node: YAMLNode) throws -> Measure {
        let map = try node.mapping(allowing: ["kind", "value"])
        let kindNode = try map.required("kind")
        let kind = try kindNode.nonEmptyString()
        switch kind {
        case "share-at-standard": return .shareAtStandard(try map.required("value").decimal())
        case "communes-at-standard": return .communesAtStandard(try map.required("value").int())
        case "every-commune-at-least": return .everyCommuneAtLeast(criteria: try map.required("value").int())
        case "district-criteria-at-least": return .districtCriteriaAtLeast(try map.required("value").int())
        case "district-at-standard": return .districtAtStandard
        case "criterion-met-everywhere": return .criterionMetEverywhere(try map.required("value").int())
        case "average-criteria": return .averageCriteria(try map.required("value").decimal())
        default:
            throw kindNode.error(
                vi: "loại chỉ tiêu '\(kind)' không có; dùng: \(measureKinds.joined(separator: ", "))",
                en: "unknown measure '\(kind)'; use one of: \(measureKinds.joined(separator: ", "))")
        }
    }
}
