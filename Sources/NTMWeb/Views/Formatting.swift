import NTMCore

/// How numbers, values, thresholds and statuses read on the pages, in either language.
struct Formatting {
    let language: Language

    func number(_ value: FixedDecimal, decimals: Int = 2) -> String {
        language == .vi ? value.vietnamese(decimals: decimals) : value.rounded(decimals: decimals).plain
    }

    func count(_ value: Int) -> String {
        language == .vi ? value.formatted(.number.locale(.init(identifier: "vi_VN"))) : value.formatted(.number.locale(.init(identifier: "en_US")))
    }

    func percent(_ value: FixedDecimal) -> String { number(value) + "%" }

    /// 31/07/2019 in Vietnamese, 2019-07-31 in English.
    func date(_ date: LocalDate) -> String { language == .vi ? date.vietnamese : date.iso }

    /// `≥ 70%` or `Đạt`; nil when the threshold is not configured.
    func threshold(_ result: IndicatorResult) -> String? {
        result.thresholdText(language)
    }

    func value(_ value: ObservationValue?) -> String? {
        value.map { $0.text(language) }
    }

    /// `thiếu 4,5 điểm %` / `vượt 0,01 điểm %`, only for unmet numeric indicators (`IndicatorResult.gapText`).
    func gap(_ result: IndicatorResult) -> String? {
        result.gapText(language)
    }

    /// A CSS class for a status badge; colours are never the only signal, the badge also has text.
    static func statusClass(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "status-met"
        case .notMet: "status-notmet"
        case .noData: "status-nodata"
        case .notConfigured: "status-unset"
        case .notApplicable: "status-na"
        }
    }

    static func statusClass(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "status-met"
        case .notMet: "status-notmet"
        case .undetermined: "status-nodata"
        case .notApplicable: "status-na"
        }
    }

    /// 2 → "02", as the province's reports write small counts.
    func padded(_ value: Int) -> String {
        language == .vi ? BriefingText.padded(value) : String(value)
    }
}
