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
    /// The problem in Vietnamese and English.
    public var localized: LocalizedText

    /// The problem in English, for logs and tests. Setting it words the problem in that one text for both languages.
    public var message: String {
        get { localized.en ?? localized.vi }
        set { localized = LocalizedText(vi: newValue, en: newValue) }
    }

    public init(_ location: CriteriaLocation, _ message: LocalizedText) {
        self.location = location
        self.localized = message
    }

    /// A problem worded in one text only, used for both languages.
    public init(_ location: CriteriaLocation, _ message: String) {
        self.init(location, LocalizedText(vi: message, en: message))
    }

    /// A problem worded in Vietnamese and English.
    public init(_ location: CriteriaLocation, vi: String, en: String) {
        self.init(location, LocalizedText(vi: vi, en: en))
    }

    /// The problem in `language`.
    public func text(_ language: Language) -> String { localized.text(language) }

    public var description: String { message }
}
