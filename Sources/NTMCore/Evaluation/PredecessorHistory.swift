/// What a unit formed in a reorganisation inherits to show: each unit it came from, as that unit was the day before
/// the change, with its NTM record — the last day it was assessed, its criteria met then, and the first day it was
/// at the standard. The 2025 merger ends every pre-reform commune; without this, its history would vanish from the
/// new commune's page.
public struct PredecessorRecord: Hashable, Sendable {
    public var event: LineageEvent
    /// The predecessor's version on the day before the change.
    public var unit: AdministrativeUnit
    /// Its district (or town, city) on that day; nil where there is none.
    public var districtName: String?
    /// Its criteria on the last day values were recorded before the change; nil when it was never assessed.
    public var lastSnapshot: CriteriaSnapshot?
    /// The first recorded day it met every criterion; nil when it never did.
    public var reachedOn: LocalDate?

    public init(
        event: LineageEvent, unit: AdministrativeUnit, districtName: String?, lastSnapshot: CriteriaSnapshot?, reachedOn: LocalDate?
    ) {
        self.event = event
        self.unit = unit
        self.districtName = districtName
        self.lastSnapshot = lastSnapshot
        self.reachedOn = reachedOn
    }
}

extension LineageKind {
    /// `sáp nhập toàn bộ`, `sáp nhập một phần`, `chia tách`, `đổi tên`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.mergedInto, .vi): "sáp nhập toàn bộ"
        case (.mergedInto, .en): "merged whole"
        case (.partlyMergedInto, .vi): "sáp nhập một phần"
        case (.partlyMergedInto, .en): "merged in part"
        case (.splitInto, .vi): "chia tách"
        case (.splitInto, .en): "split off"
        case (.renamed, .vi): "đổi tên, loại hoặc cấp trên"
        case (.renamed, .en): "renamed or moved"
        }
    }
}

extension EvaluationEngine {
    /// The units `code` was formed from (one step back through the lineage), oldest change first, each with its
    /// NTM record up to the day before the change.
    public func predecessorHistory(of code: UnitCode) -> [PredecessorRecord] {
        units.lineage.filter { $0.to == code }.compactMap { event in
            let dayBefore = event.date.adding(days: -1)
            guard let version = units.unit(event.from, on: dayBefore) else { return nil }
            let snapshots = criteriaHistory(of: [event.from], through: dayBefore)[event.from] ?? []
            return PredecessorRecord(
                event: event, unit: version, districtName: units.districtLevelUnit(of: event.from, on: dayBefore)?.name,
                lastSnapshot: snapshots.last(where: { $0.outcome.hasData }),
                reachedOn: snapshots.first { $0.outcome.reachedStandard }?.date)
        }
    }
}
