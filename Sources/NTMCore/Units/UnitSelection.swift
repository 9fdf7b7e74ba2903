/// One province's part of a national unit list, with the history that leads into it and out of it: what a store
/// needs to serve that province in any period.
///
/// Taken are every version of every unit that lay under a unit with the province's code (for a code kept through the
/// 2025 reform, such as 86 Vĩnh Long, both the old province and the new); the units one lineage step away from them
/// below province level (the 2025 communes that took over a 2019 province's communes, or the former communes a 2025
/// commune was formed from); and the parent versions of all of those over their lifetimes. Lineage events are kept
/// when both ends were selected as they stood on the event's date.
public struct UnitSelection: Sendable {
    public var versions: [AdministrativeUnit]
    public var lineage: [LineageEvent]

    public init(province code: UnitCode, versions all: [AdministrativeUnit], lineage events: [LineageEvent]) {
        let index = VersionIndex(all)
        var selected = Set<UnitVersionKey>()
        // 1. Everything under the province's code, at any time.
        for version in all where index.province(of: version) == code { selected.insert(UnitVersionKey(version)) }
        // 2. One lineage step below province level, both ways.
        let selectedCodes = Set(selected.map(\.code))
        for event in events {
            let before = event.date.adding(days: -1)
            guard let from = index.version(of: event.from, on: before), let to = index.version(of: event.to, on: event.date),
                from.kind != .province, to.kind != .province
            else { continue }
            if selectedCodes.contains(event.from) { selected.insert(UnitVersionKey(to)) }
            if selectedCodes.contains(event.to) { selected.insert(UnitVersionKey(from)) }
        }
        // 3. The parents over each selected version's lifetime, up to the province.
        var pending = Array(selected)
        while let key = pending.popLast() {
            guard let version = index.version(key), let parent = version.parent else { continue }
            for candidate in index.versions(of: parent) where candidate.validity.overlaps(version.validity) {
                if selected.insert(UnitVersionKey(candidate)).inserted { pending.append(UnitVersionKey(candidate)) }
            }
        }
        versions = all.filter { selected.contains(UnitVersionKey($0)) }
        lineage = events.filter { event in
            guard let from = index.version(of: event.from, on: event.date.adding(days: -1)),
                let to = index.version(of: event.to, on: event.date)
            else { return false }
            return selected.contains(UnitVersionKey(from)) && selected.contains(UnitVersionKey(to))
        }
    }
}

/// Unit versions by code, for walking a list before it becomes a hierarchy.
private struct VersionIndex {
    private var byCode: [UnitCode: [AdministrativeUnit]] = [:]

    init(_ versions: [AdministrativeUnit]) {
        for version in versions { byCode[version.code, default: []].append(version) }
    }

    func versions(of code: UnitCode) -> [AdministrativeUnit] { byCode[code] ?? [] }

    func version(_ key: UnitVersionKey) -> AdministrativeUnit? { byCode[key.code]?.first { $0.validity.from == key.from } }

    func version(of code: UnitCode, on date: LocalDate) -> AdministrativeUnit? { byCode[code]?.first { $0.validity.contains(date) } }

    /// The code of the province a version lay in when it began (itself for a province).
    func province(of version: AdministrativeUnit) -> UnitCode? {
        var current = version
        for _ in 0..<16 {
            if current.kind == .province { return current.code }
            guard let parent = current.parent else { return nil }
            let start = current.validity.from
            guard let next = byCode[parent]?.first(where: { start.map($0.validity.contains) ?? ($0.validity.from == nil) }) ?? byCode[parent]?.first
            else { return nil }
            current = next
        }
        return nil
    }
}
