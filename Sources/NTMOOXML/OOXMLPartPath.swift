import Foundation

/// Resolves relationship targets to ZIP entry names, as OPC defines them.
public enum OOXMLPartPath {
    /// The relationships part that belongs to `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    public static func relationships(of part: String) -> String {
        let directory = self.directory(of: part)
        let file = part.dropFirst(directory.count)
        return directory + "_rels/" + file + ".rels"
    }

    /// Targets are usually relative to the source part's folder ("worksheets/sheet1.xml"),
    /// but some producers write package-absolute paths ("/xl/worksheets/sheet1.xml").
    public static func resolve(_ target: String, relativeTo sourcePart: String) -> String {
        let decoded = (target.removingPercentEncoding ?? target).replacingOccurrences(of: "\\", with: "/")
        let joined = decoded.hasPrefix("/") ? decoded : directory(of: sourcePart) + decoded
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }
}
