import NTMCore

/// Writes CSV the way spreadsheets read it back: RFC 4180 quoting, `\n` line ends, UTF-8 — the one CSV writer.
///
/// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
/// gets a leading apostrophe, so a commune's "=HYPERLINK(…)" stays text in the office's copy; plain numbers
/// such as "-3.25" are left alone.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    /// `byteOrderMark`: Excel on Windows reads a double-clicked CSV as the ANSI code page unless it starts with one.
    public init(notes: [String] = [], header: [String], byteOrderMark: Bool = false) {
        if byteOrderMark { text = "\u{FEFF}" }
        for note in notes { text += "# \(note)\n" }
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += fields.map { Self.quoted(Self.neutralized($0)) }.joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "#" }) else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }

    /// A field a spreadsheet would take for a formula, made inert.
    public static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        if (try? NumberText.decimal(field)) != nil && !field.contains(where: { $0 == "," || $0 == " " }) { return field }
        return "'" + field
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for char in self { result += char == "\"" ? "\"\"" : String(char) }
        return result
    }
}

/// Writes observations and registrations in the formats their loaders read.
public enum DataWriter {
    public static func observationsCSV(_ observations: [Observation], notes: [String] = []) -> String {
        var writer = CSVWriter(notes: notes, header: ObservationsLoader.columns)
        for observation in observations {
            var value = "", numerator = "", denominator = ""
            switch observation.value {
            case .passFail(let met): value = met ? "Đạt" : "Không đạt"
            case .ratio(let n, let d):
                numerator = String(n)
                denominator = String(d)
            case .percent(let number), .amount(let number): value = NumberText.unambiguous(number)
            case .count(let count): value = String(count)
            }
            writer.append([
                observation.unit.rawValue, observation.criteriaSet.rawValue, observation.indicator.rawValue,
                observation.date.iso, value, numerator, denominator, observation.source ?? "", observation.evidence ?? "",
            ])
        }
        return writer.text
    }

    public static func registrationsCSV(_ registrations: [Registration], notes: [String] = []) -> String {
        var writer = CSVWriter(notes: notes, header: ["unit", "target_year", "registered_on", "source"])
        for registration in registrations {
            writer.append([
                registration.unit.rawValue, String(registration.targetYear), registration.registeredOn?.iso ?? "",
                registration.source ?? "",
            ])
        }
        return writer.text
    }

    public static func communeGroupsCSV(_ assignments: [CommuneGroupAssignment], notes: [String] = []) -> String {
        var writer = CSVWriter(notes: notes, header: ["unit", "group", "effective_from", "source"])
        for assignment in assignments {
            writer.append([assignment.unit.rawValue, assignment.group.rawValue, assignment.effectiveFrom.iso, assignment.source ?? ""])
        }
        return writer.text
    }
}
