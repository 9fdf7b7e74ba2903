/// The user-interface languages: Vietnamese first, English second.
public enum Language: String, CaseIterable, Sendable, Codable {
    case vi
    case en
}

/// A text in Vietnamese with an optional English version.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var vi: String
    public var en: String?

    public init(vi: String, en: String? = nil) {
        self.vi = vi
        self.en = en
    }

    /// English when asked for and available, else Vietnamese (the legal text).
    public func text(_ language: Language) -> String {
        language == .en ? (en ?? vi) : vi
    }
}
