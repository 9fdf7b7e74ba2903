/// What the office enters in the threshold editor for one indicator: how it is measured, where the national set
/// leaves that unset, and values for cells of its table, all from one source document.
public struct IndicatorEdit: Hashable, Sendable {
    public var indicator: IndicatorCode
    public var kind: IndicatorKind?
    public var comparator: Comparator?
    public var cells: [CellValue]

    public struct CellValue: Hashable, Sendable {
        public var scope: ThresholdScope
        public var year: Int?
        public var value: ThresholdValue
        /// A value chosen for a demo or a pilot, not read from a decision.
        public var illustrative: Bool

        public init(scope: ThresholdScope, year: Int?, value: ThresholdValue, illustrative: Bool) {
            self.scope = scope
            self.year = year
            self.value = value
            self.illustrative = illustrative
        }
    }

    public init(indicator: IndicatorCode, kind: IndicatorKind? = nil, comparator: Comparator? = nil, cells: [CellValue] = []) {
        self.indicator = indicator
        self.kind = kind
        self.comparator = comparator
        self.cells = cells
    }

    public var isEmpty: Bool { kind == nil && comparator == nil && cells.isEmpty }
}

extension CriteriaOverlay {
    /// A province's first overlay on `set`, for an office that has no overlay file yet: its own, empty, and
    /// not illustrative (each value says whether it is).
    public static func new(on set: CriteriaSet, province: UnitCode, provinceName: String) -> CriteriaOverlay {
        CriteriaOverlay(
            id: "\(set.id.rawValue)-\(province.rawValue)",
            title: LocalizedText(
                vi: "\(provinceName): ngưỡng của tỉnh cho \(set.title.vi)", en: "\(provinceName): the province's thresholds for \(set.id)"),
            base: set.id, province: province)
    }

    /// The source for a document cited by title: the overlay's own with that title (its link updated when one is
    /// given), or a new `EDn` id, so saving twice from the same decision cites it once.
    public func citing(title: String, url: String) -> SourceReference {
        if var existing = sources.first(where: { $0.title == title }) {
            if !url.isEmpty { existing.url = url }
            return existing
        }
        var number = sources.count + 1
        while sources.contains(where: { $0.id == "ED\(number)" }) { number += 1 }
        return SourceReference(id: "ED\(number)", title: title, url: url.isEmpty ? nil : url)
    }

    /// The overlay with `edits` written into it: each edited cell replaces the overlay's own value for that cell
    /// (or adds one), cited to `source`, which joins the overlay's sources when it is new. Thresholds keep their
    /// order; positions are renumbered as a file written from the result would number them.
    public func applying(_ edits: [IndicatorEdit], source: SourceReference) -> CriteriaOverlay {
        var result = self
        let active = edits.filter { !$0.isEmpty }
        if active.contains(where: { !$0.cells.isEmpty }) {
            if let index = result.sources.firstIndex(where: { $0.id == source.id }) {
                result.sources[index] = source
            } else {
                result.sources.append(source)
            }
        }
        for edit in active {
            var patch =
                result.indicators.first { $0.code == edit.indicator } ?? IndicatorPatch(code: edit.indicator)
            if let kind = edit.kind { patch.kind = kind }
            if let comparator = edit.comparator { patch.comparator = comparator }
            for cell in edit.cells {
                patch.thresholds.removeAll { $0.scope == cell.scope && $0.year == cell.year }
                patch.thresholds.append(
                    Threshold(
                        value: cell.value, scope: cell.scope, year: cell.year, source: source.id,
                        illustrative: cell.illustrative, origin: .overlay(id)))
            }
            for position in patch.thresholds.indices { patch.thresholds[position].position = position }
            if let index = result.indicators.firstIndex(where: { $0.code == edit.indicator }) {
                result.indicators[index] = patch
            } else {
                result.indicators.append(patch)
            }
        }
        return result
    }
}

/// Why a value typed into the threshold editor is not a threshold of its indicator's kind.
public enum ThresholdInputProblem: Error, Hashable, Sendable {
    case number(NumberText.Problem, typed: String)
    case notMet(typed: String)
    case notNone(typed: String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.number(let problem, let typed), _): problem.text(typed, language)
        case (.notMet(let typed), .vi): "chỉ tiêu Đạt/Không đạt chỉ có ngưỡng 'Đạt', không phải '\(typed)'"
        case (.notMet(let typed), .en): "a pass-fail indicator's threshold is 'Met', not '\(typed)'"
        case (.notNone(let typed), .vi): "chỉ tiêu 'không được có' chỉ có ngưỡng 'Không', không phải '\(typed)'"
        case (.notNone(let typed), .en): "a must-be-none indicator's threshold is 'None', not '\(typed)'"
        }
    }
}

extension ThresholdValue {
    /// A threshold as an officer types it for an indicator of `kind`: `Đạt` for pass-fail, `Không` (or 0) for
    /// must-be-none, otherwise a number written the Vietnamese or English way, with `%` allowed for percentages.
    public static func parse(_ typed: String, kind: IndicatorKind) throws(ThresholdInputProblem) -> ThresholdValue {
        let text = typed.trimmingSpaces()
        switch kind {
        case .passFail:
            guard PassFailText.parse(text) == true else { throw .notMet(typed: text) }
            return .met
        case .mustBeNone:
            guard PassFailText.parse(text) == false || NumberText.lexical(text) == .zero else { throw .notNone(typed: text) }
            return .none
        case .percentage:
            do { return .number(try NumberText.percent(text).value) } catch { throw .number(error, typed: text) }
        case .amount, .count:
            do { return .number(try NumberText.decimal(text)) } catch { throw .number(error, typed: text) }
        }
    }
}
