import NTMCore

/// Parsing shared by criteria sets and overlays: the pieces both file kinds contain.
struct CriteriaParsing {
    let file: String
    let origin: ThresholdOrigin
    let dimension: ThresholdDimension
    /// Lines of the things core validation may complain about.
    var lines: [CriteriaLocation: Int] = [:]

    static let indicatorKeys: Set<String> = [
        "code", "name", "kind", "comparator", "unit", "years", "province-specified", "provisional-code",
        "national-target", "not-applicable-when", "derived", "note", "thresholds",
    ]
    static let thresholdKeys: Set<String> = ["scope", "values", "value", "year", "source", "illustrative", "note"]

    func sources(_ node: YAMLNode?) throws -> [SourceReference] {
        guard let node else { return [] }
        return try node.sequence().map { item in
            let map = try item.mapping(allowing: ["id", "title", "url"])
            return SourceReference(
                id: try map.required("id").nonEmptyString(), title: try map.required("title").nonEmptyString(),
                url: try map.optional("url")?.nonEmptyString())
        }
    }

    func departments(_ node: YAMLNode?) throws -> [Department] {
        guard let node else { return [] }
        return try node.sequence().map { item in
            let map = try item.mapping(allowing: ["code", "name"])
            return Department(code: try map.required("code").nonEmptyString(), name: try map.required("name").localizedText())
        }
    }

    func legalBasis(_ node: YAMLNode) throws -> LegalBasis {
        let map = try node.mapping(allowing: ["decision", "signed", "title", "source"])
        return LegalBasis(
            decision: try map.required("decision").nonEmptyString(), signedOn: try map.optional("signed")?.date(),
            title: try map.optional("title")?.localizedText(), source: try map.optional("source")?.nonEmptyString())
    }

    func kind(_ node: YAMLNode) throws -> IndicatorKind {
        let text = try node.string()
        guard let kind = IndicatorKind(rawValue: text) else {
            let expected = IndicatorKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw node.error(
                vi: "loại chỉ tiêu '\(text)' không hợp lệ (dùng một trong: \(expected))",
                en: "unknown indicator kind '\(text)' (expected one of: \(expected))")
        }
        return kind
    }

    func comparator(_ node: YAMLNode) throws -> Comparator {
        let text = try node.string()
        guard let comparator = Comparator(symbol: text) else {
            throw node.error(
                vi: "phép so sánh '\(text)' không hợp lệ (dùng >=, <= hoặc =)", en: "unknown comparator '\(text)' (expected >=, <= or =)")
        }
        return comparator
    }

    func years(_ node: YAMLNode) throws -> ClosedRange<Int> {
        let text = try node.string()
        let parts = text.split(separator: "-").map { Int($0.trimmingSpaces()) }
        guard parts.count == 2, let first = parts[0], let last = parts[1], first <= last else {
            throw node.error(
                vi: "cần khoảng năm dạng ĐẦU-CUỐI, ví dụ 2016-2020, nhưng đang ghi '\(text)'",
                en: "expected years as FIRST-LAST, e.g. 2016-2020, found '\(text)'")
        }
        return first...last
    }

    func scope(_ node: YAMLNode) throws -> ThresholdScope {
        let text = try node.nonEmptyString()
        if text == "all" { return .all }
        if let region = Region(code: text) { return .region(region) }
        if let group = CommuneGroup(code: text) { return .group(group) }
        throw node.error(
            vi: "vùng hoặc nhóm xã '\(text)' không hợp lệ (dùng all, mã vùng như DBSCL, hoặc G1/G2/G3)",
            en: "unknown region or group '\(text)' (expected all, a region code such as DBSCL, or G1/G2/G3)")
    }

    func thresholdValue(_ node: YAMLNode) throws -> ThresholdValue {
        let text = try node.nonEmptyString()
        switch text.lowercased() {
        case "đạt", "dat", "met": return .met
        case "không", "khong", "none": return .none
        default:
            guard let number = FixedDecimal(text) else {
                throw node.error(
                    vi: "giá trị ngưỡng '\(text)' không phải Đạt, Không hay một số",
                    en: "threshold value '\(text)' is neither Đạt, Không nor a number")
            }
            return .number(number)
        }
    }

    /// Reads one `thresholds` entry, which may stand for several cells (`values:`).
    mutating func thresholds(
        _ node: YAMLNode, indicator: IndicatorCode, firstPosition: Int,
        defaultIllustrative: Bool
    ) throws -> [Threshold] {
        let map = try node.mapping(allowing: Self.thresholdKeys)
        let source = try map.required("source").nonEmptyString()
        let year = try map.optional("year")?.int()
        let illustrative = try map.optional("illustrative")?.bool() ?? defaultIllustrative
        let note = try map.optional("note")?.string()
        var cells: [(ThresholdScope, ThresholdValue, Int?)] = []
        if let values = map.optional("values") {
            if map.has("scope") || map.has("value") {
                throw node.error(
                    vi: "chỉ ghi 'values' hoặc 'scope' kèm 'value', không ghi cả hai", en: "give either 'values' or 'scope' with 'value', not both")
            }
            guard case .mapping(let pairs) = values.node else {
                throw values.error(
                    vi: "'values' phải ghi giá trị theo từng vùng hoặc nhóm xã (vùng: giá trị)",
                    en: "'values' must map regions or groups to values")
            }
            for (key, value) in pairs {
                let keyNode = YAMLNode(node: key, file: file)
                cells.append((try scope(keyNode), try thresholdValue(YAMLNode(node: value, file: file)), keyNode.line))
            }
        } else {
            cells.append((try scope(map.required("scope")), try thresholdValue(map.required("value")), node.line))
        }
        var result: [Threshold] = []
        for (offset, cell) in cells.enumerated() {
            let position = firstPosition + offset
            lines[.threshold(indicator, origin, position: position)] = cell.2 ?? node.line
            result.append(
                Threshold(
                    value: cell.1, scope: cell.0, year: year, source: source, illustrative: illustrative,
                    origin: origin, position: position, note: note))
        }
        return result
    }

    /// Reads an indicator of a set (`isOverlay == false`) or the fields an overlay may set.
    mutating func indicator(_ node: YAMLNode, defaultIllustrative: Bool = false) throws -> Indicator {
        let map = try node.mapping(allowing: Self.indicatorKeys)
        let code = IndicatorCode(try map.required("code").nonEmptyString())
        lines[.indicator(code)] = node.line
        lines[.overlayIndicator(code)] = node.line
        var thresholds: [Threshold] = []
        if let list = map.optional("thresholds") {
            for item in try list.sequence() {
                thresholds += try self.thresholds(
                    item, indicator: code, firstPosition: thresholds.count,
                    defaultIllustrative: defaultIllustrative)
            }
        }
        var notApplicable: NotApplicableRule?
        if let rule = map.optional("not-applicable-when") {
            let ruleMap = try rule.mapping(allowing: ["condition", "source"])
            notApplicable = NotApplicableRule(
                condition: IndicatorCode(try ruleMap.required("condition").nonEmptyString()),
                source: try ruleMap.optional("source")?.nonEmptyString())
        }
        var nationalTarget: NationalTarget?
        if let target = map.optional("national-target") {
            let targetMap = try target.mapping(allowing: ["text", "source"])
            nationalTarget = NationalTarget(
                text: try targetMap.required("text").nonEmptyString(),
                source: try targetMap.optional("source")?.nonEmptyString())
        }
        var derivation: Derivation?
        if let derived = map.optional("derived") {
            let text = try derived.string()
            guard let value = Derivation(rawValue: text) else {
                let expected = Derivation.allCases.map(\.rawValue).joined(separator: ", ")
                throw derived.error(
                    vi: "cách tính '\(text)' không hợp lệ (dùng \(expected))", en: "unknown derivation '\(text)' (expected \(expected))")
            }
            derivation = value
        }
        return Indicator(
            code: code, name: try map.optional("name")?.localizedText(), nameIllustrative: defaultIllustrative && map.has("name"),
            kind: try map.optional("kind").map(kind), comparator: try map.optional("comparator").map(comparator),
            unit: try map.optional("unit")?.localizedText(), thresholds: thresholds,
            years: try map.optional("years").map(years), notApplicableWhen: notApplicable, derivation: derivation,
            provinceSpecified: try map.optional("province-specified")?.bool() ?? false,
            nationalTarget: nationalTarget, provisionalCode: try map.optional("provisional-code")?.bool() ?? false,
            note: try map.optional("note")?.string())
    }

    /// Turns core validation issues into located errors.
    func located(_ issues: [CriteriaIssue], documentLine: Int?) -> [DataFileError] {
        issues.map { issue in
            DataFileError(file: file, line: lines[issue.location] ?? documentLine, message: issue.localized)
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
