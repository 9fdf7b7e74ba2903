/// Where in a criteria file a problem sits; loaders turn it into a line number.
public enum CriteriaLocation: Hashable, Sendable {
    case document
    case validity
    case group(String)
    case criterion(Int)
    case indicator(IndicatorCode)
    case threshold(IndicatorCode, ThresholdOrigin, position: Int)
    case condition(IndicatorCode)
    case overlayIndicator(IndicatorCode)
    case overlayCriterion(Int)
}

/// A problem found while validating a criteria set or overlay.
public struct CriteriaIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: CriteriaLocation
    public var message: String

    public init(_ location: CriteriaLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { message }
}
