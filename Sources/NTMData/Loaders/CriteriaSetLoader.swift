import NTMCore

/// Reads a national criteria set from YAML (see docs/CRITERIA_FORMAT.md) and validates it completely.
public enum CriteriaSetLoader {
    static let topKeys: Set<String> = [
        "id", "title", "level", "applies-to", "legal-basis", "validity", "thresholds-by", "completeness",
        "completeness-note", "declared", "note", "sources", "departments", "conditions", "region-rules", "groups",
        "criteria", "preconditions",
    ]
    static let criterionKeys: Set<String> = [
        "number", "name", "rule", "indicators-complete", "assessed-as-whole", "source", "guidance", "note", "indicators",
    ]

    /// Parses and validates; throws every problem found, each with its line.
    public static func load(_ text: String, file: String) throws(DataFileErrors) -> CriteriaSet {
        var collector = ErrorCollector()
        let root: YAMLNode
        do { root = try YAMLNode.parse(text, file: file) } catch { throw DataFileErrors([error]) }
        guard let top = collector.attempt({ try root.mapping(allowing: topKeys) }) else {
            try collector.throwIfAny()
            throw DataFileErrors([])
        }
        let id = collector.attempt { CriteriaSetID(try top.required("id").nonEmptyString()) } ?? "?"
        let level =
            collector.attempt { () throws -> AssessmentLevel in
                let node = try top.required("level")
                guard let level = AssessmentLevel(rawValue: try node.string()) else {
                    throw node.error(
                        vi: "'level' phải là 'commune' (cấp xã) hoặc 'district' (cấp huyện)", en: "level must be 'commune' or 'district'")
                }
                return level
            } ?? .commune
        let dimension =
            collector.attempt { () throws -> ThresholdDimension in
                let node = try top.required("thresholds-by")
                guard let dimension = ThresholdDimension(rawValue: try node.string()) else {
                    throw node.error(
                        vi: "'thresholds-by' phải là 'region', 'commune-group' hoặc 'none'",
                        en: "thresholds-by must be 'region', 'commune-group' or 'none'")
                }
                return dimension
            } ?? .region
        var parsing = CriteriaParsing(file: file, origin: .criteriaSet(id), dimension: dimension)
        let title = collector.attempt { try top.required("title").localizedText() }
        let legalBasis = collector.attempt { try parsing.legalBasis(top.required("legal-basis")) }
        let validity = collector.attempt { () throws -> (Validity, String?) in
            let node = try top.required("validity")
            parsing.lines[.validity] = node.line
            let map = try node.mapping(allowing: ["from", "until", "note"])
            return (
                Validity(from: try map.required("from").date(), until: try map.optional("until")?.date()),
                try map.optional("note")?.string()
            )
        }
        let completeness =
            collector.attempt { () throws -> Completeness in
                guard let node = top.optional("completeness") else { return .complete }
                switch try node.string() {
                case "complete": return .complete
                case "incomplete":
                    let note = try top.optional("completeness-note")?.nonEmptyString()
                    guard let note else {
                        throw node.error(
                            vi: "bộ tiêu chí chưa đầy đủ cần có 'completeness-note' ghi rõ còn thiếu gì",
                            en: "an incomplete set needs a 'completeness-note' saying what is missing")
                    }
                    return .incomplete(note: note)
                case let other:
                    throw node.error(
                        vi: "'completeness' phải là 'complete' hoặc 'incomplete', không phải '\(other)'",
                        en: "completeness must be 'complete' or 'incomplete', not '\(other)'")
                }
            } ?? .complete
        let declared =
            collector.attempt { () throws -> (Int?, Int?) in
                guard let node = top.optional("declared") else { return (nil, nil) }
                let map = try node.mapping(allowing: ["criteria", "indicators"])
                return (try map.optional("criteria")?.int(), try map.optional("indicators")?.int())
            } ?? (nil, nil)
        let appliesTo =
            collector.attempt { () throws -> [UnitKind]? in
                guard let node = top.optional("applies-to") else { return nil }
                return try node.sequence().map { item in
                    let text = try item.string()
                    guard let kind = UnitKind(rawValue: text) else {
                        throw item.error(vi: "loại đơn vị '\(text)' không hợp lệ", en: "unknown unit kind '\(text)'")
                    }
                    return kind
                }
            } ?? nil
        let sources = collector.attempt { try parsing.sources(top.optional("sources")) } ?? []
        let departments = collector.attempt { try parsing.departments(top.optional("departments")) } ?? []
        let conditions = collector.attempt { try conditionList(top.optional("conditions"), parsing: &parsing) } ?? []
        let regionRules = collector.attempt { try regionRuleList(top.optional("region-rules")) } ?? []
        let groups = collector.attempt { try groupList(top.optional("groups"), parsing: &parsing) } ?? []
        var criteria: [Criterion] = []
        if let list = collector.attempt({ try top.required("criteria").sequence() }) {
            for item in list {
                var inner = ErrorCollector()
                if let criterion = collector.attempt({ try self.criterion(item, parsing: &parsing, collector: &inner) }) {
                    criteria.append(criterion)
                }
                for error in inner.errors { collector.add(error) }
            }
        }
        var preconditions: [Indicator] = []
        if let list = collector.attempt({ try top.optional("preconditions")?.sequence() }) ?? nil {
            for item in list {
                if let indicator = collector.attempt({ try parsing.indicator(item) }) { preconditions.append(indicator) }
            }
        }
        let note = collector.attempt { try top.optional("note")?.string() } ?? nil
        try collector.throwIfAny()
        guard let title, let legalBasis, let validity else { throw DataFileErrors([]) }
        var set = CriteriaSet(
            id: id, title: title, level: level, legalBasis: legalBasis, validity: validity.0, validityNote: validity.1,
            dimension: dimension, appliesTo: appliesTo, groups: groups, criteria: criteria, preconditions: preconditions,
            conditions: conditions, regionSubstitutions: regionRules, sources: sources, departments: departments,
            completeness: completeness, declaredCriteria: declared.0, declaredIndicators: declared.1, note: note)
        set.appliedOverlays = []
        let issues = set.validationIssues()
        if !issues.isEmpty { throw DataFileErrors(parsing.located(issues, documentLine: root.line)) }
        return set
    }

    /// Reads a criterion; a broken indicator is recorded and skipped so the others are still checked.
    private static func criterion(_ node: YAMLNode, parsing: inout CriteriaParsing, collector: inout ErrorCollector) throws -> Criterion {
        let map = try node.mapping(allowing: criterionKeys)
        let number = try map.required("number").int()
        parsing.lines[.criterion(number)] = node.line
        let name = try map.required("name").localizedText()
        var rule = CriterionRule.allApplicable
        if let ruleNode = map.optional("rule") {
            if case .scalar = ruleNode.node {
                guard try ruleNode.string() == "all" else {
                    throw ruleNode.error(vi: "'rule' phải là 'all' hoặc {at-least: N}", en: "rule must be 'all' or {at-least: N}")
                }
            } else {
                rule = .atLeast(try ruleNode.mapping(allowing: ["at-least"]).required("at-least").int())
            }
        }
        var indicators: [Indicator] = []
        for item in try map.optional("indicators")?.sequence() ?? [] {
            if let indicator = collector.attempt({ try parsing.indicator(item) }) { indicators.append(indicator) }
        }
        let whole = try map.optional("assessed-as-whole")?.bool() ?? false
        if whole {
            guard indicators.isEmpty else {
                throw node.error(
                    vi: "tiêu chí \(number) được đánh giá chung cả tiêu chí nên không được liệt kê chỉ tiêu",
                    en: "criterion \(number) is assessed as a whole, so it cannot list indicators")
            }
            let source = try map.required("source").nonEmptyString()
            let code = IndicatorCode(String(number))
            indicators = [
                Indicator(
                    code: code, name: name, kind: .passFail,
                    thresholds: [Threshold(value: .met, source: source, origin: parsing.origin)],
                    note: "Đánh giá chung cả tiêu chí — criterion assessed as a whole")
            ]
            parsing.lines[.indicator(code)] = node.line
        }
        let guidance =
            try map.optional("guidance")?.sequence().map { item -> Guidance in
                let guidanceMap = try item.mapping(allowing: ["text", "source"])
                return Guidance(text: try guidanceMap.required("text").nonEmptyString(), source: try guidanceMap.optional("source")?.nonEmptyString())
            } ?? []
        return Criterion(
            number: number, name: name, indicators: indicators, rule: rule, guidance: guidance,
            assessedAsWhole: whole, indicatorsComplete: try map.optional("indicators-complete")?.bool() ?? true,
            note: try map.optional("note")?.string())
    }

    private static func conditionList(_ node: YAMLNode?, parsing: inout CriteriaParsing) throws -> [ConditionDefinition] {
        guard let node else { return [] }
        return try node.sequence().map { item in
            let map = try item.mapping(allowing: ["id", "question", "source"])
            let id = IndicatorCode(try map.required("id").nonEmptyString())
            parsing.lines[.condition(id)] = item.line
            return ConditionDefinition(
                id: id, question: try map.required("question").localizedText(),
                source: try map.optional("source")?.nonEmptyString())
        }
    }

    private static func regionRuleList(_ node: YAMLNode?) throws -> [RegionSubstitution] {
        guard let node else { return [] }
        return try node.sequence().map { item in
            let map = try item.mapping(allowing: ["when", "use-region", "source"])
            let regionNode = try map.required("use-region")
            let regionText = try regionNode.string()
            guard let region = Region(code: regionText) else {
                throw regionNode.error(vi: "vùng '\(regionText)' không hợp lệ", en: "unknown region '\(regionText)'")
            }
            return RegionSubstitution(
                condition: IndicatorCode(try map.required("when").nonEmptyString()), region: region,
                source: try map.optional("source")?.nonEmptyString())
        }
    }

    private static func groupList(_ node: YAMLNode?, parsing: inout CriteriaParsing) throws -> [CriterionGroup] {
        guard let node else { return [] }
        return try node.sequence().map { item in
            let map = try item.mapping(allowing: ["id", "name", "criteria"])
            let id = try map.required("id").nonEmptyString()
            parsing.lines[.group(id)] = item.line
            return CriterionGroup(
                id: id, name: try map.required("name").localizedText(),
                criteria: try map.required("criteria").sequence().map { try $0.int() })
        }
    }
}
