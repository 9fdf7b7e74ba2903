import Foundation

/// Finding a unit by what people type: part of its name, with or without Vietnamese marks ("duc my" finds
/// "Xã Đức Mỹ"), or its code. Former names count too, so a commune merged in 2025 is still found by its old name.
public enum UnitSearch {
    /// One unit found: the version to show (the one in force on the date, else its last one) and whether it is in
    /// force on that date.
    public struct Hit: Sendable, Equatable {
        public var unit: AdministrativeUnit
        public var current: Bool
    }

    /// Text folded for comparison: lower case, no diacritics, "đ" read as "d", runs of spaces as one.
    public static func folded(_ text: String) -> String {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased().replacingOccurrences(of: "đ", with: "d")
        let bare = lowered.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "vi"))
        return bare.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Units whose name (any version) contains every word typed, or whose code starts with the digits typed; units in force on
    /// `date` first, then by how early the match starts in the name, then by name. At most `limit`.
    public static func search(_ text: String, in units: UnitHierarchy, on date: LocalDate, limit: Int = 50) -> [Hit] {
        let query = folded(text)
        guard !query.isEmpty else { return [] }
        let words = query.split(separator: " ").map(String.init)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let typedCode = !trimmed.isEmpty && trimmed.allSatisfy(\.isASCIIDigit) ? trimmed : nil
        var best: [UnitCode: (hit: Hit, position: Int)] = [:]
        for version in units.allVersions {
            let name = folded(version.name)
            let position: Int
            if let typedCode, version.code.rawValue.hasPrefix(typedCode) {
                // A code, whole or its first digits: the exact one first.
                position = version.code.rawValue == typedCode ? -2 : -1
            } else if words.allSatisfy({ name.contains($0) }), let range = name.range(of: words[0]) {
                position = name.distance(from: name.startIndex, to: range.lowerBound)
            } else {
                continue
            }
            let shown = units.unit(version.code, on: date) ?? units.latestVersion(version.code) ?? version
            let hit = Hit(unit: shown, current: units.unit(version.code, on: date) != nil)
            if let known = best[version.code], known.position <= position { continue }
            best[version.code] = (hit, position)
        }
        let ordered = best.values.sorted { left, right in
            if left.hit.current != right.hit.current { return left.hit.current }
            if left.position != right.position { return left.position < right.position }
            return left.hit.unit.name.localizedStandardCompare(right.hit.unit.name) == .orderedAscending
        }
        return ordered.prefix(limit).map(\.hit)
    }
}
