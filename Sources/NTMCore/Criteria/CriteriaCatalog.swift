/// Why no criteria set can judge a unit on a date.
public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSetInForce(level: AssessmentLevel, date: LocalDate, known: [String])
    case unknownSet(CriteriaSetID)
    case overlappingSets(CriteriaSetID, CriteriaSetID)
    case duplicateSet(CriteriaSetID)
    case overlayForUnknownSet(overlay: String, base: CriteriaSetID)
    case duplicateOverlay(String)
    case invalidOverlay(overlay: String, issue: CriteriaIssue)

    public var description: String {
        switch self {
        case .noSetInForce(let level, let date, let known):
            "no \(level.rawValue)-level criteria set is in force on \(date.iso); known sets: \(known.joined(separator: ", "))"
        case .unknownSet(let id): "unknown criteria set '\(id)'"
        case .overlappingSets(let a, let b): "criteria sets '\(a)' and '\(b)' are both in force on some day for the same level"
        case .duplicateSet(let id): "criteria set '\(id)' is loaded twice"
        case .overlayForUnknownSet(let overlay, let base): "overlay '\(overlay)' refines '\(base)', which is not loaded"
        case .duplicateOverlay(let id): "overlay '\(id)' is loaded twice"
        case .invalidOverlay(let overlay, let issue): "overlay '\(overlay)': \(issue.message)"
        }
    }

    /// The problem in `language`; English is `description`.
    public func text(_ language: Language) -> String {
        guard language == .vi else { return description }
        return switch self {
        case .noSetInForce(let level, let date, let known):
            "không có bộ tiêu chí \(level.name(.vi)) nào có hiệu lực vào ngày \(date.vietnamese); các bộ tiêu chí đã có: \(known.joined(separator: ", "))"
        case .unknownSet(let id): "không có bộ tiêu chí '\(id)'"
        case .overlappingSets(let a, let b): "bộ tiêu chí '\(a)' và '\(b)' cùng có hiệu lực vào một số ngày cho cùng một cấp"
        case .duplicateSet(let id): "bộ tiêu chí '\(id)' được nạp hai lần"
        case .overlayForUnknownSet(let overlay, let base):
            "bộ tiêu chí tỉnh '\(overlay)' áp dụng cho bộ tiêu chí '\(base)', nhưng bộ này chưa được nạp"
        case .duplicateOverlay(let id): "bộ tiêu chí tỉnh '\(id)' được nạp hai lần"
        case .invalidOverlay(let overlay, let issue): "bộ tiêu chí tỉnh '\(overlay)': \(issue.text(.vi))"
        }
    }

    /// The problem in both languages.
    public var localized: LocalizedText { LocalizedText(vi: text(.vi), en: description) }
}

/// The criteria sets and provincial overlays known to the system, answering "which set judges this unit on this day".
public struct CriteriaCatalog: Sendable {
    public private(set) var sets: [CriteriaSet]
    public private(set) var overlays: [CriteriaOverlay]
    /// Sets with their province's overlays applied, computed once: every observation and evaluation asks.
    private var effectiveSets: [EffectiveKey: CriteriaSet] = [:]
    private var observableKinds: [EffectiveKey: [IndicatorCode: ObservableKind]] = [:]

    private struct EffectiveKey: Hashable {
        var set: CriteriaSetID
        var province: UnitCode?
    }

    public init(sets: [CriteriaSet], overlays: [CriteriaOverlay] = []) throws(CatalogError) {
        var ids: Set<CriteriaSetID> = []
        for set in sets where !ids.insert(set.id).inserted { throw .duplicateSet(set.id) }
        for (i, a) in sets.enumerated() {
            for b in sets[(i + 1)...]
            where a.level == b.level && a.validity.overlaps(b.validity)
                && !Set(a.appliesTo).isDisjoint(with: b.appliesTo)
            {
                throw .overlappingSets(a.id, b.id)
            }
        }
        var overlayIDs: Set<String> = []
        for overlay in overlays {
            guard overlayIDs.insert(overlay.id).inserted else { throw .duplicateOverlay(overlay.id) }
            guard let base = sets.first(where: { $0.id == overlay.base }) else {
                throw .overlayForUnknownSet(overlay: overlay.id, base: overlay.base)
            }
            if let issue = base.overlayIssues(overlay).first { throw .invalidOverlay(overlay: overlay.id, issue: issue) }
        }
        self.sets = sets.sorted { ($0.validity.from ?? .distantPast) < ($1.validity.from ?? .distantPast) }
        self.overlays = overlays
        for set in sets {
            observableKinds[EffectiveKey(set: set.id, province: nil)] = Self.kinds(of: set)
        }
        for overlay in overlays {
            let key = EffectiveKey(set: overlay.base, province: overlay.province)
            guard effectiveSets[key] == nil, let base = sets.first(where: { $0.id == overlay.base }) else { continue }
            var result = base
            for applicable in overlays where applicable.base == base.id && applicable.province == overlay.province {
                do { result = try result.applying(applicable) } catch { throw .invalidOverlay(overlay: applicable.id, issue: error) }
            }
            effectiveSets[key] = result
            observableKinds[key] = Self.kinds(of: result)
        }
    }

    private static func kinds(of set: CriteriaSet) -> [IndicatorCode: ObservableKind] {
        var kinds: [IndicatorCode: ObservableKind] = [:]
        for indicator in set.allIndicators {
            kinds[indicator.code] = indicator.derivation != nil ? .derived : .indicator(indicator.kind)
        }
        for condition in set.conditions { kinds[condition.id] = .condition }
        return kinds
    }

    public func set(_ id: CriteriaSetID) -> CriteriaSet? { sets.first { $0.id == id } }

    /// When a set is in force and which unit kinds it judges, without copying the whole set.
    public func scope(of id: CriteriaSetID) -> (validity: Validity, appliesTo: [UnitKind])? {
        guard let index = sets.firstIndex(where: { $0.id == id }) else { return nil }
        return (sets[index].validity, sets[index].appliesTo)
    }

    /// The national set of `level` in force on `date` for units of `kind`.
    public func setInForce(level: AssessmentLevel, on date: LocalDate, for kind: UnitKind? = nil) throws(CatalogError) -> CriteriaSet {
        let match = sets.first { set in
            set.level == level && set.validity.contains(date) && (kind.map { set.appliesTo.contains($0) } ?? true)
        }
        guard let match else {
            throw .noSetInForce(
                level: level, date: date,
                known: sets.filter { $0.level == level }.map { "\($0.id) (\($0.validity.vietnamese))" })
        }
        return match
    }

    /// A set as it applies in `province`: the national set with that province's overlays applied.
    public func effectiveSet(_ set: CriteriaSet, province: UnitCode?) -> CriteriaSet {
        guard let province else { return set }
        return effectiveSets[EffectiveKey(set: set.id, province: province)] ?? set
    }

    /// What `code` is in a set as it applies in `province`: an indicator of some kind, a condition, or derived.
    public func observableKind(set: CriteriaSetID, province: UnitCode?, code: IndicatorCode) -> ObservableKind? {
        if let province, let kinds = observableKinds[EffectiveKey(set: set, province: province)] { return kinds[code] }
        return observableKinds[EffectiveKey(set: set, province: nil)]?[code]
    }

    public func overlays(for set: CriteriaSetID, province: UnitCode) -> [CriteriaOverlay] {
        overlays.filter { $0.base == set && $0.province == province }
    }
}
