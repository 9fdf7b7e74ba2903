import NTMCore

/// Writes CSV the way spreadsheets read it back: RFC 4180 quoting, `\n` line ends, UTF-8.
struct CSVWriter {
    private(set) var text = ""

    init(notes: [String] = [], header: [String]) {
        for note in notes { text += "# \(note)\n" }
        append(header)
    }

    mutating func append(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "#" }) else { return field }
        return "\"" + field.replacingQuotes() + "\""
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
            case .percent(let number), .amount(let number): value = number.plain
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
}
