/// A unit as an import file states it on one day: a row of the statistics office's list.
public struct StatedUnit: Hashable, Sendable {
    public var code: UnitCode
    public var name: String
    public var kind: UnitKind
    public var parent: UnitCode?
    /// Where the file says it, for messages.
    public var line: Int

    public init(code: UnitCode, name: String, kind: UnitKind, parent: UnitCode?, line: Int) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
        self.line = line
    }
}

/// One change an import makes to the units, as the diff shows it.
public struct UnitChange: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A code the store did not have on the day.
        case added
        /// A unit of the store the file no longer lists: it ends the day before.
        case ended
        /// The same code under another name, kind or parent from the day.
        case changed
    }

    public var kind: Kind
    public var code: UnitCode
    public var before: AdministrativeUnit?
    public var after: AdministrativeUnit?

    /// "+ 29999 Xã Mới (xã, thuộc 844) từ 01/01/2026".
    public func text(_ language: Language) -> String {
        let vi = language == .vi
        func describe(_ unit: AdministrativeUnit) -> String {
            "\(unit.name) (\(unit.kind.name(language))" + (unit.parent.map { vi ? ", thuộc \($0)" : ", under \($0)" } ?? "") + ")"
        }
        switch kind {
        case .added:
            guard let after else { return "+ \(code)" }
            let from = after.validity.from.map { vi ? " từ \($0.vietnamese)" : " from \($0.iso)" } ?? ""
            return "+ \(code) \(describe(after))\(from)"
        case .ended:
            guard let before else { return "− \(code)" }
            let until = before.validity.until.map { vi ? " đến hết \($0.vietnamese)" : " until \($0.iso)" } ?? ""
            return "− \(code) \(describe(before))\(until)"
        case .changed:
            guard let before, let after else { return "~ \(code)" }
            let from = after.validity.from.map { vi ? " từ \($0.vietnamese)" : " from \($0.iso)" } ?? ""
            return "~ \(code) \(describe(before)) → \(describe(after))\(from)"
        }
    }
}

/// Why an import's units cannot be taken, with the file's line when it has one.
public struct UnitImportProblem: Error, Hashable, Sendable {
    public var line: Int?
    public var message: LocalizedText

    public init(line: Int?, message: LocalizedText) {
        self.line = line
        self.message = message
    }
}

/// What importing a unit list would do to the store's units: the changes (the diff shown before applying) and the
/// whole resulting list, checked as a hierarchy before anything is written.
public struct UnitImportPlan: Sendable {
    public var changes: [UnitChange]
    public var result: UnitHierarchy

    /// A list of the units of some provinces as they stand on `date` (the statistics office's export): codes it names
    /// are added or changed from `date`; units of those provinces it leaves out end the day before. Versions that
    /// start after `date` stay as they are: a new version ends where the one it replaces would have.
    public static func snapshot(
        _ stated: [StatedUnit], on date: LocalDate, current: UnitHierarchy, lineage extra: [LineageEvent] = []
    ) throws(UnitImportProblem) -> UnitImportPlan {
        var versions = current.allVersions
        // Where each version sits, so ending one is a lookup, not a scan of the nation's 16,000 versions.
        var position = Dictionary(versions.enumerated().map { (UnitVersionKey($1), $0) }, uniquingKeysWith: { first, _ in first })
        var dropped: Set<Int> = []
        func end(_ unit: AdministrativeUnit) {
            guard let index = position[UnitVersionKey(unit)] else { return }
            if unit.validity.from == date {
                dropped.insert(index)
                position[UnitVersionKey(unit)] = nil
            } else {
                versions[index].validity.until = dayBefore
            }
        }
        var changes: [UnitChange] = []
        let dayBefore = date.adding(days: -1)
        var seen: [UnitCode: Int] = [:]
        for unit in stated {
            if let first = seen[unit.code] {
                throw UnitImportProblem(
                    line: unit.line,
                    message: LocalizedText(
                        vi: "mã \(unit.code) đã có ở dòng \(first)", en: "code \(unit.code) already appears on line \(first)"))
            }
            seen[unit.code] = unit.line
            let now = current.unit(unit.code, on: date)
            if let now, now.name == unit.name, now.kind == unit.kind, now.parent == unit.parent { continue }
            // A new version runs until the current one would have ended, or until a later version of the code begins.
            let next = current.versions(of: unit.code).compactMap(\.validity.from).filter { $0 > date }.min()
            let fresh = AdministrativeUnit(
                code: unit.code, name: unit.name, kind: unit.kind, parent: unit.parent,
                validity: Validity(from: date, until: now?.validity.until ?? next?.adding(days: -1)), region: now?.region)
            if let now {
                end(now)
                changes.append(UnitChange(kind: .changed, code: unit.code, before: now, after: fresh))
            } else {
                changes.append(UnitChange(kind: .added, code: unit.code, before: nil, after: fresh))
            }
            versions.append(fresh)
        }
        // Units of the listed provinces the list leaves out end the day before it.
        let provinces = stated.filter { $0.kind == .province }.map(\.code)
        for province in provinces {
            for unit in current.descendants(of: province, on: date) where seen[unit.code] == nil && unit.kind != .hamlet {
                end(unit)
                var ended = unit
                ended.validity.until = dayBefore
                changes.append(UnitChange(kind: .ended, code: unit.code, before: ended, after: nil))
            }
        }
        let kept = versions.indices.filter { !dropped.contains($0) }.map { versions[$0] }
        return UnitImportPlan(changes: changes, result: try hierarchy(kept, current: current, extra: extra))
    }

    /// Versions in the project's format: each code the file names gets exactly the file's versions.
    public static func versions(
        _ stated: [AdministrativeUnit], current: UnitHierarchy, lineage extra: [LineageEvent] = []
    ) throws(UnitImportProblem) -> UnitImportPlan {
        let byCode = Dictionary(grouping: stated, by: \.code)
        let codes = Set(byCode.keys)
        var changes: [UnitChange] = []
        for code in codes.sorted() {
            let before = current.versions(of: code)
            let after = byCode[code] ?? []
            guard Set(before) != Set(after) else { continue }
            if before.isEmpty {
                changes += after.map { UnitChange(kind: .added, code: code, before: nil, after: $0) }
            } else {
                changes.append(UnitChange(kind: .changed, code: code, before: before.last, after: after.last))
            }
        }
        let kept = current.allVersions.filter { !codes.contains($0.code) }
        return UnitImportPlan(changes: changes, result: try hierarchy(kept + stated, current: current, extra: extra))
    }

    private static func hierarchy(
        _ versions: [AdministrativeUnit], current: UnitHierarchy, extra: [LineageEvent]
    ) throws(UnitImportProblem) -> UnitHierarchy {
        let known = Set(current.lineage)
        let groups = current.allCodes.flatMap { current.groupAssignments(of: $0) }
        do {
            return try UnitHierarchy(units: versions, lineage: current.lineage + extra.filter { !known.contains($0) }, communeGroups: groups)
        } catch {
            throw UnitImportProblem(line: nil, message: error.localized)
        }
    }
}
