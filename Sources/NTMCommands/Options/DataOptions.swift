import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMExchange

/// Where the units, criteria and observations come from; the bundled demo when none is given.
public struct DataOptions: ParsableArguments {
    @Option(name: .customLong("criteria"), help: "A criteria set (YAML). Repeat for several. Default: the bundled national sets.")
    var criteriaFiles: [String] = []

    @Option(
        name: .customLong("overlay"),
        help: "A provincial overlay (YAML). Repeat for several. Default: the bundled overlays, when --criteria is not given.")
    var overlayFiles: [String] = []

    @Option(name: .customLong("units"), help: "Units CSV (code,name,kind,parent,valid_from,valid_until,region). Default: the bundled Trà Vinh units.")
    var unitsFile: String?

    @Option(name: .customLong("lineage"), help: "Unit lineage CSV (date,kind,from,to,source).")
    var lineageFile: String?

    @Option(name: .customLong("groups"), help: "Commune groups CSV (unit,group,effective_from,source).")
    var groupsFile: String?

    @Option(name: .customLong("observations"), help: "Observations CSV. Repeat for several.")
    var observationFiles: [String] = []

    @Option(name: .customLong("registrations"), help: "Registrations CSV (unit,target_year,registered_on,source).")
    var registrationsFile: String?

    public init() {}

    /// True when no data option is given: the bundled demo is used.
    var usesDemo: Bool {
        criteriaFiles.isEmpty && overlayFiles.isEmpty && unitsFile == nil && lineageFile == nil && groupsFile == nil
            && observationFiles.isEmpty && registrationsFile == nil
    }

    /// The criteria sets and overlays; an overlay whose province is not among `units` is refused (a code written
    /// "6" for "06" would otherwise apply to no commune, silently).
    func catalog(units: UnitHierarchy) throws -> CriteriaCatalog {
        if criteriaFiles.isEmpty && overlayFiles.isEmpty { return try BundledData.catalog() }
        let sets = criteriaFiles.isEmpty ? try BundledData.criteriaFiles.map(BundledData.file) : try criteriaFiles.map(read)
        let overlays = overlayFiles.isEmpty && criteriaFiles.isEmpty ? try BundledData.overlayFiles.map(BundledData.file) : try overlayFiles.map(read)
        return try CatalogLoader.load(sets: sets, overlays: overlays, units: units)
    }

    func engine() throws -> EvaluationEngine {
        if usesDemo { return try BundledData.demoEngine() }
        let units: UnitHierarchy
        if let unitsFile {
            units = try UnitsLoader.load(units: read(unitsFile), lineage: lineageFile.map(read), groups: groupsFile.map(read))
        } else {
            units = try BundledData.units()
        }
        let registrations = try registrationsFile.map { try RegistrationsLoader.parse(read($0), units: units) } ?? []
        var engine = try EvaluationEngine(units: units, catalog: catalog(units: units), registrations: registrations)
        for file in observationFiles { engine = try ObservationsLoader.load(read(file), into: engine) }
        return engine
    }

    func read(_ path: String) throws -> DataFile {
        do {
            // The same decoding as `ntm import`: UTF-8 with or without BOM, UTF-16, or Windows-1252 as Excel saves
            // "CSV" on a Windows set to Vietnamese or English.
            return DataFile(name: path, text: LegacyVietnamese.decode(try Data(contentsOf: URL(fileURLWithPath: path))))
        } catch {
            throw DataFileErrors([
                DataFileError(
                    file: path, line: nil,
                    message: LocalizedText(
                        vi: "không đọc được tệp (\(error.localizedDescription))", en: "cannot read the file (\(error.localizedDescription))"))
            ])
        }
    }
}

extension Language: ExpressibleByArgument {}

/// Output format of commands that print results.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text
    case json
}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

enum JSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
