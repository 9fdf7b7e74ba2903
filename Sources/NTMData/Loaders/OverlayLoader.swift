import NTMCore

/// Reads a provincial overlay and checks it against the national set it refines.
public enum OverlayLoader {
    static let topKeys: Set<String> = [
        "overlay", "title", "base", "province", "decision", "illustrative", "note", "sources", "departments",
        "responsible", "indicators",
    ]

    /// Whether a YAML text is an overlay rather than a national set (it has a top-level `overlay:` key).
    public static func isOverlay(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("overlay:") }
    }

    /// The base set's id named by an overlay text, so callers can find the set to check against.
    public static func baseID(_ text: String, file: String) throws(DataFileErrors) -> CriteriaSetID {
        do {
            let top = try YAMLNode.parse(text, file: file).mapping(allowing: topKeys)
            return CriteriaSetID(try top.required("base").nonEmptyString())
        } catch let error as DataFileError {
            throw DataFileErrors([error])
        } catch {
            throw DataFileErrors([DataFileError(file: file, line: nil, message: "\(error)")])
        }
    }

    public static func load(_ text: String, file: String, base: CriteriaSet) throws(DataFileErrors) -> CriteriaOverlay {
        var collector = ErrorCollector()
        let root: YAMLNode
        do { root = try YAMLNode.parse(text, file: file) } catch { throw DataFileErrors([error]) }
        guard let top = collector.attempt({ try root.mapping(allowing: topKeys) }) else {
            try collector.throwIfAny()
            throw DataFileErrors([])
        }
        let id = collector.attempt { try top.required("overlay").nonEmptyString() } ?? "?"
        var parsing = CriteriaParsing(file: file, origin: .overlay(id), dimension: base.dimension)
        let illustrative = collector.attempt { try top.optional("illustrative")?.bool() ?? false } ?? false
        let title = collector.attempt { try top.required("title").localizedText() }
        let baseID = collector.attempt { CriteriaSetID(try top.required("base").nonEmptyString()) }
        let province = collector.attempt { UnitCode(try top.required("province").nonEmptyString()) }
        let decision = collector.attempt { try top.optional("decision").map(parsing.legalBasis) } ?? nil
        let sources = collector.attempt { try parsing.sources(top.optional("sources")) } ?? []
        let departments = collector.attempt { try parsing.departments(top.optional("departments")) } ?? []
        var responsible: [Int: DepartmentAssignment] = [:]
        if let list = collector.attempt({ try top.optional("responsible")?.sequence() }) ?? nil {
            for item in list {
                collector.attempt {
                    let map = try item.mapping(allowing: ["criterion", "department", "illustrative", "source"])
                    let number = try map.required("criterion").int()
                    parsing.lines[.overlayCriterion(number)] = item.line
                    if responsible[number] != nil {
                        throw item.error(vi: "tiêu chí \(number) được giao hai lần", en: "criterion \(number) is assigned twice")
                    }
                    responsible[number] = DepartmentAssignment(
                        department: try map.required("department").nonEmptyString(),
                        illustrative: try map.optional("illustrative")?.bool() ?? illustrative,
                        source: try map.optional("source")?.nonEmptyString())
                }
            }
        }
        var patches: [IndicatorPatch] = []
        if let list = collector.attempt({ try top.optional("indicators")?.sequence() }) ?? nil {
            for item in list {
                guard let indicator = collector.attempt({ try parsing.indicator(item, defaultIllustrative: illustrative) }) else { continue }
                if let problem = unsupportedField(indicator) {
                    collector.add(
                        item.error(
                            vi:
                                "bộ tiêu chí tỉnh không được đặt '\(problem)' của chỉ tiêu \(indicator.code); chỉ được đặt name, kind, comparator, unit, not-applicable-when và thresholds",
                            en:
                                "an overlay cannot set '\(problem)' of indicator \(indicator.code); only name, kind, comparator, unit, not-applicable-when and thresholds"
                        ))
                    continue
                }
                patches.append(
                    IndicatorPatch(
                        code: indicator.code, name: indicator.name, kind: indicator.kind,
                        comparator: indicator.comparator, unit: indicator.unit,
                        thresholds: indicator.thresholds, notApplicableWhen: indicator.notApplicableWhen))
            }
        }
        let note = collector.attempt { try top.optional("note")?.string() } ?? nil
        try collector.throwIfAny()
        guard let title, let baseID, let province else { throw DataFileErrors([]) }
        let overlay = CriteriaOverlay(
            id: id, title: title, base: baseID, province: province, decision: decision,
            illustrative: illustrative, sources: sources, departments: departments,
            responsible: responsible, indicators: patches, note: note)
        var issues = base.overlayIssues(overlay)
        if issues.isEmpty {
            // Merged, the set must still be sound: wrong-kind thresholds, duplicates, percentages out of range.
            if let merged = try? base.applying(overlay) { issues = merged.validationIssues() }
        }
        if !issues.isEmpty { throw DataFileErrors(parsing.located(issues, documentLine: root.line)) }
        return overlay
    }

    private static func unsupportedField(_ indicator: Indicator) -> String? {
        if indicator.years != nil { return "years" }
        if indicator.derivation != nil { return "derived" }
        if indicator.provinceSpecified { return "province-specified" }
        if indicator.nationalTarget != nil { return "national-target" }
        if indicator.provisionalCode { return "provisional-code" }
        return nil
    }
}

/// Checks that every overlay names a province among the loaded units. An overlay applies where its `province`
/// code equals a unit's code exactly, so "6" for the units' "06" would otherwise apply to nobody, silently.
/// The catalog loader does not know the units; callers that have both run this check.
public enum OverlayProvinceCheck {
    /// One error for each overlay whose province code is not a province in `units` at any date, with a hint
    /// when a province code differs from it only by leading zeros. The error sits at the `province:` line of
    /// the overlay's file in `overlayFiles` (matched by the overlay's id), or names "overlays" when no file is given.
    public static func problems(overlays: [CriteriaOverlay], overlayFiles: [DataFile]?, units: UnitHierarchy) -> [DataFileError] {
        var provinces: Set<UnitCode> = []
        for version in units.allVersions where version.kind == .province { provinces.insert(version.code) }
        let misplaced = overlays.filter { !provinces.contains($0.province) }
        guard !misplaced.isEmpty else { return [] }
        let places = provinceLines(overlayFiles ?? [])
        let sortedProvinces = provinces.sorted()
        return misplaced.map { overlay in
            let place = places[overlay.id]
            return DataFileError(
                file: place?.file ?? "overlays", line: place?.line,
                message: message(for: overlay.province, provinces: sortedProvinces, units: units))
        }
    }

    private static func message(for code: UnitCode, provinces: [UnitCode], units: UnitHierarchy) -> LocalizedText {
        let bare = withoutLeadingZeros(code.rawValue)
        if let match = provinces.first(where: { withoutLeadingZeros($0.rawValue) == bare }) {
            return LocalizedText(
                vi: "tỉnh '\(code)' không có trong danh sách đơn vị; có phải '\(match)'? Sửa mã tỉnh trong tệp cho đúng",
                en: "province '\(code)' is not among the units; did you mean '\(match)'? Correct the province code in the file")
        }
        if let unit = units.latestVersion(code) {
            return LocalizedText(
                vi: "mã '\(code)' trong danh sách đơn vị là \(unit.kind.name(.vi)), không phải tỉnh; ghi mã của tỉnh",
                en: "code '\(code)' is a \(unit.kind.name(.en)) among the units, not a province; write the province's code")
        }
        return LocalizedText(
            vi: "tỉnh '\(code)' không có trong danh sách đơn vị; ghi mã tỉnh đúng như trong tệp đơn vị",
            en: "province '\(code)' is not among the units; write the province code as the units file gives it")
    }

    private static func withoutLeadingZeros(_ code: String) -> Substring {
        code.drop(while: { $0 == "0" })
    }

    /// The file and `province:` line of each overlay id, for files that parse; the first file wins.
    private static func provinceLines(_ files: [DataFile]) -> [String: (file: String, line: Int?)] {
        var result: [String: (file: String, line: Int?)] = [:]
        for file in files {
            guard let root = try? YAMLNode.parse(file.text, file: file.name),
                let top = try? root.mapping(allowing: OverlayLoader.topKeys),
                let id = try? top.required("overlay").nonEmptyString(),
                result[id] == nil
            else { continue }
            result[id] = (file.name, top.optional("province")?.line ?? root.line)
        }
        return result
    }
}
