import NTMCore

extension FundFigures {
    /// A labelled line of a funds table, as the funds page and its Excel download both head it.
    public struct Line: Sendable {
        public var label: String
        public var totals: PhaseTotals
    }

    /// This year's plan, the funds carried over into it, and their total.
    public func origins(_ language: Language) -> [Line] {
        [
            Line(label: PlanOrigin.currentYear.name.text(language) + " \(year)", totals: currentYear),
            Line(label: PlanOrigin.carriedOver.name.text(language), totals: carriedOver),
            Line(label: language == .vi ? "Tổng cộng" : "Total", totals: total),
        ]
    }

    /// The figures by criterion, earmarked ones in criterion order and the rest last; `name` gives a criterion's name.
    public func criteria(named name: (Int) -> String?, language: Language) -> [Line] {
        byCriterion.sorted { ($0.key ?? .max) < ($1.key ?? .max) }.map { number, totals in
            let label =
                number.map { "\(language == .vi ? "TC" : "C")\($0) \(name($0) ?? "")" }
                ?? (language == .vi ? "Không gắn với tiêu chí" : "Not earmarked")
            return Line(label: label, totals: totals)
        }
    }

    /// The figures by capital type, in the types' order.
    public func capitals(_ language: Language) -> [Line] {
        CapitalType.allCases.compactMap { capital in byCapital[capital].map { Line(label: capital.name.text(language), totals: $0) } }
    }

    /// A unit's row label: its name, or for the scope's own lines "Cấp Tỉnh Trà Vinh (chung)".
    public func label(of row: UnitRow, language: Language) -> String {
        guard row.unit.code == scope.code else { return row.unit.name }
        return language == .vi ? "Cấp \(row.unit.name) (chung)" : "\(row.unit.name) itself"
    }
}
