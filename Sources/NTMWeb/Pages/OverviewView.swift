import NTMCore

/// The overview's content, built from a summary: the figures a briefing reads out, the district table,
/// the per-criterion chart and the trend.
struct OverviewView {
    struct Tile {
        let label: String
        let value: String
        let detail: String?
    }

    struct BandCell {
        let label: String
        let value: String
    }

    struct GroupRow {
        let name: String
        let href: String?
        let communes: String
        let atStandard: String
        let share: String
        let average: String
        let noData: String
        let bands: [BandCell]
        let standing: String?
        let standingMet: Bool
    }

    struct Alert {
        let text: String
    }

    struct Lagging {
        let label: String
        let value: String
    }

    let t: [String: String]
    let headline: String
    let scopeName: String
    let dateText: String
    let criteriaSetTitle: String
    let legalBasis: String
    let tiles: [Tile]
    let bandHeaders: [String]
    let groups: [GroupRow]
    let groupLabel: String
    /// Whether the group table has a district-criteria column (none after the 2025 reform).
    let hasStanding: Bool
    let alerts: [Alert]
    let criteriaChart: String
    let trendChart: String?
    let lagging: [Lagging]
    let illustrative: Bool
    let undetermined: String?
    let synthetic: Bool
    let matrixHref: String
    let briefingHref: String

    init(
        summary: ScopeSummary, trend: [(LocalDate, FixedDecimal)], query: OverviewQuery, language: Language, synthetic: Bool,
        reform: LocalDate? = nil
    ) {
        let strings = UIStrings.table(language)
        let format = Formatting(language: language)
        t = strings
        headline = BriefingText.headline(summary, language: language)
        scopeName = summary.scopeName
        dateText = language == .vi ? summary.date.vietnamese : summary.date.iso
        criteriaSetTitle = summary.criteriaSetTitle
        legalBasis = summary.legalBasis + (summary.overlays.isEmpty ? "" : "; " + summary.overlays.joined(separator: ", "))
        // No value at all for the period is not "0 communes at the standard, 0 criteria each": it is no data.
        let noData = strings["noData"] ?? ""
        let anyData = summary.noDataCommunes < summary.communes
        var tiles = [
            Tile(label: strings["communes"] ?? "", value: format.count(summary.communes), detail: nil),
            Tile(
                label: strings["atStandard"] ?? "", value: anyData ? format.count(summary.atStandard) : "—",
                detail: anyData ? format.percent(summary.atStandardPercent) : noData),
            Tile(
                label: strings["average"] ?? "", value: anyData ? format.number(summary.averageCriteria) : "—",
                detail: "/\(summary.totalCriteria)"),
        ]
        if summary.noDataCommunes > 0 && anyData {
            tiles.append(Tile(label: noData, value: format.count(summary.noDataCommunes), detail: nil))
        }
        if let districts = summary.districtsAssessed, districts > 0 {
            tiles.append(
                Tile(
                    label: language == .vi ? "Huyện đạt chuẩn" : "Districts at standard",
                    value: "\(summary.districtsAtStandard ?? 0)/\(districts)", detail: nil))
        }
        self.tiles = tiles
        let bandHeaders = summary.bands.map { Self.bandLabel($0, total: summary.totalCriteria, language: language) }
        self.bandHeaders = bandHeaders
        // After the 2025 reform communes sit directly under the province: the rows are provinces, and say so.
        let provinceRows = query.grouping == .province || summary.groups.allSatisfy { $0.kind == .province }
        groupLabel =
            query.grouping == .formerDistrict && !provinceRows
            ? (strings["formerDistrict"] ?? "") : provinceRows ? (strings["province"] ?? "") : (strings["district"] ?? "")
        hasStanding = summary.groups.contains { $0.standing != nil }
        groups = summary.groups.map { group in
            let standing = group.standing.map { "\($0.criteriaMet)/\($0.totalCriteria)" }
            return GroupRow(
                name: group.name, href: query.grouping == .district ? Paths.with(Paths.district(group.code), ["date": query.date.iso]) : nil,
                communes: format.count(group.communes), atStandard: format.count(group.atStandard),
                share: group.noData < group.communes ? format.percent(group.atStandardPercent) : "—",
                average: group.noData < group.communes ? format.number(group.averageCriteria) : "—",
                noData: format.count(group.noData),
                bands: zip(bandHeaders, group.bands).map { BandCell(label: $0, value: format.count($1)) },
                standing: standing, standingMet: group.standing?.reachedStandard ?? false)
        }
        alerts = BriefingText.alerts(summary, language: language).map(Alert.init)
        criteriaChart = Charts.bars(
            summary.criteria.map {
                Charts.Bar(label: (language == .vi ? "TC" : "C") + "\($0.number)", title: $0.name, value: $0.communesMeeting, total: summary.communes)
            }, caption: strings["criteriaChart"] ?? "")
        trendChart =
            trend.count > 1
            ? Charts.trend(
                trend.map {
                    Charts.Point(label: format.date($0.0), value: $0.1.doubleValue, text: format.number($0.1, decimals: 1))
                }, caption: strings["trend"] ?? "",
                marker: reform.flatMap { day in
                    trend.lastIndex { $0.0 < day }.map {
                        Charts.Marker(afterIndex: $0, label: (language == .vi ? "Sắp xếp ĐVHC " : "Reorganisation ") + format.date(day))
                    }
                }) : nil
        // With no value at all, every criterion is "0 communes" and none is lagging more than another.
        lagging = (anyData ? summary.laggingCriteria.prefix(5) : []).map {
            Lagging(
                label: "\(language == .vi ? "TC" : "C")\($0.number) \($0.name)",
                value: "\(format.count($0.communesMeeting))/\(format.count(summary.communes))")
        }
        illustrative = summary.usesIllustrativeThresholds
        undetermined = summary.undeterminedCommunes > 0 ? "\(format.count(summary.undeterminedCommunes)) \(strings["undeterminedNotice"] ?? "")" : nil
        self.synthetic = synthetic
        matrixHref = Paths.with(Paths.matrix, query.items)
        briefingHref = Paths.with(Paths.briefing, query.items)
    }

    /// `19/19`, `14–18`, `< 14`.
    static func bandLabel(_ band: ScopeSummary.BandCount, total: Int, language: Language) -> String {
        BandScheme.label(min: band.min, max: band.max, total: total, language: language, compact: true)
    }
}
