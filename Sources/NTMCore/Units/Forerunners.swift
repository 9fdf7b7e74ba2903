extension UnitHierarchy {
    /// The units that, on `date`, stood for what `code` became: `code` itself when it existed then and was not formed
    /// later from others; otherwise, back through every later lineage change into it, the units existing on `date`
    /// whose territory went into it. Tỉnh Vĩnh Long (86) of 2026 stands, in 2019, for Trà Vinh (84), Bến Tre (83)
    /// and the old Vĩnh Long (86): a series over time counts each period's own units.
    public func forerunners(of code: UnitCode, on date: LocalDate) -> [UnitCode] {
        var result: [UnitCode] = []
        var frontier = [code]
        var seen: Set<UnitCode> = []
        while let current = frontier.popLast() {
            guard seen.insert(current).inserted else { continue }
            let later = lineage.filter { $0.to == current && $0.date > date }
            let continues = later.isEmpty || later.contains { $0.from == current }
            if continues, unit(current, on: date) != nil { result.append(current) }
            frontier += later.map(\.from).filter { $0 != current }
        }
        return result.sorted()
    }
}

extension UnitHierarchy {
    /// The district-level unit a commune formed in a reorganisation came from: its predecessors' district on the day
    /// before the most recent change into it on or before `date`, the one most of them shared (the lowest code on a
    /// tie). Nil for a commune not formed from others, or whose predecessors had no district.
    public func formerDistrict(of code: UnitCode, on date: LocalDate) -> AdministrativeUnit? {
        let events = lineage.filter { $0.to == code && $0.date <= date }
        guard let latest = events.map(\.date).max() else { return nil }
        let dayBefore = latest.adding(days: -1)
        var counts: [UnitCode: (unit: AdministrativeUnit, count: Int)] = [:]
        for event in events where event.date == latest {
            guard let district = districtLevelUnit(of: event.from, on: dayBefore) else { continue }
            counts[district.code, default: (district, 0)].count += 1
        }
        return counts.values.sorted { ($0.count, $1.unit.code) > ($1.count, $0.unit.code) }.first?.unit
    }
}
