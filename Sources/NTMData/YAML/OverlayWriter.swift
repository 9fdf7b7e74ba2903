import Foundation
import NTMCore

/// Writes a provincial overlay in the YAML format `OverlayLoader` reads, every field included, so an overlay
/// changed in the threshold editor (or generated for a synthetic dataset) is stored as text like any decision
/// the office uploads, and reads back as the same overlay.
public enum OverlayWriter {
    /// `header` becomes the file's leading comment lines: what wrote the file and why.
    public static func text(_ overlay: CriteriaOverlay, header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines += [
            "overlay: \(quoted(overlay.id))",
            "title: \(localized(overlay.title))",
            "base: \(quoted(overlay.base.rawValue))",
            "province: \(quoted(overlay.province.rawValue))",
            "illustrative: \(overlay.illustrative)",
        ]
        if let decision = overlay.decision {
            var fields = ["decision: \(quoted(decision.decision))"]
            if let signed = decision.signedOn { fields.append("signed: \(quoted(signed.iso))") }
            if let title = decision.title { fields.append("title: \(localized(title))") }
            if let source = decision.source { fields.append("source: \(quoted(source))") }
            lines.append("decision: {" + fields.joined(separator: ", ") + "}")
        }
        if let note = overlay.note { lines.append("note: \(quoted(note))") }
        lines.append(overlay.sources.isEmpty ? "sources: []" : "sources:")
        lines += overlay.sources.map { source in
            "  - {id: \(quoted(source.id)), title: \(quoted(source.title))" + (source.url.map { ", url: \(quoted($0))" } ?? "") + "}"
        }
        if !overlay.departments.isEmpty {
            lines.append("departments:")
            lines += overlay.departments.map { "  - {code: \(quoted($0.code)), name: \(localized($0.name))}" }
        }
        if !overlay.responsible.isEmpty {
            lines.append("responsible:")
            for (number, assignment) in overlay.responsible.sorted(by: { $0.key < $1.key }) {
                var fields = ["criterion: \(number)", "department: \(quoted(assignment.department))"]
                if assignment.illustrative != overlay.illustrative { fields.append("illustrative: \(assignment.illustrative)") }
                if let source = assignment.source { fields.append("source: \(quoted(source))") }
                lines.append("  - {" + fields.joined(separator: ", ") + "}")
            }
        }
        lines.append(overlay.indicators.isEmpty ? "indicators: []" : "indicators:")
        for patch in overlay.indicators { lines += indicator(patch, overlayIllustrative: overlay.illustrative) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func indicator(_ patch: IndicatorPatch, overlayIllustrative: Bool) -> [String] {
        var lines = ["  - code: \(quoted(patch.code.rawValue))"]
        if let name = patch.name { lines.append("    name: \(localized(name))") }
        if let kind = patch.kind { lines.append("    kind: \(kind.rawValue)") }
        if let comparator = patch.comparator { lines.append("    comparator: \(quoted(comparator.rawValue))") }
        if let unit = patch.unit { lines.append("    unit: \(localized(unit))") }
        if let rule = patch.notApplicableWhen {
            lines.append(
                "    not-applicable-when: {condition: \(quoted(rule.condition.rawValue))"
                    + (rule.source.map { ", source: \(quoted($0))" } ?? "") + "}")
        }
        if patch.thresholds.isEmpty { return lines }
        lines.append("    thresholds:")
        for threshold in patch.thresholds {
            var fields = ["scope: \(threshold.scope.label)"]
            if let year = threshold.year { fields.append("year: \(year)") }
            fields.append("value: \(value(threshold.value))")
            fields.append("source: \(quoted(threshold.source))")
            if threshold.illustrative != overlayIllustrative { fields.append("illustrative: \(threshold.illustrative)") }
            if let note = threshold.note { fields.append("note: \(quoted(note))") }
            lines.append("      - {" + fields.joined(separator: ", ") + "}")
        }
        return lines
    }

    static func value(_ value: ThresholdValue) -> String {
        switch value {
        case .met: "met"
        case .none: "none"
        case .number(let number): number.plain
        }
    }

    static func localized(_ text: LocalizedText) -> String {
        "{vi: \(quoted(text.vi))" + (text.en.map { ", en: \(quoted($0))" } ?? "") + "}"
    }

    /// A double-quoted YAML scalar: backslashes, quotes and line breaks escaped, so any text survives.
    static func quoted(_ text: String) -> String {
        let escaped =
            text
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        return "\"" + escaped + "\""
    }
}
