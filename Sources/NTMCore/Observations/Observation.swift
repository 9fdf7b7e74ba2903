/// A value for one indicator of one unit as of a date, with where it came from.
public struct Observation: Hashable, Sendable, Codable {
    public var unit: UnitCode
    public var criteriaSet: CriteriaSetID
    public var indicator: IndicatorCode
    public var date: LocalDate
    public var value: ObservationValue
    /// Where the number comes from (a report, a survey, a statistics table).
    public var source: String?
    /// A reference to the supporting document (file name, archive number, link).
    public var evidence: String?

    public init(
        unit: UnitCode, criteriaSet: CriteriaSetID, indicator: IndicatorCode, date: LocalDate,
        value: ObservationValue, source: String? = nil, evidence: String? = nil
    ) {
        self.unit = unit
        self.criteriaSet = criteriaSet
        self.indicator = indicator
        self.date = date
        self.value = value
        self.source = source
        self.evidence = evidence
    }
}
