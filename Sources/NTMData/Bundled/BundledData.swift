import Foundation
import NTMCore
import NTMFunds
import NTMTargets
import NTMTasks

/// The data files shipped with NTM Monitor: national criteria sets, the Trà Vinh overlay and units,
/// band schemes and the demo dataset.
public enum BundledData {
    public static let criteriaFiles = [
        "criteria/commune-2016-2020.yaml", "criteria/district-2016-2020.yaml",
        "criteria/commune-2021-2025.yaml", "criteria/commune-2026-2030.yaml",
    ]
    public static let overlayFiles = ["overlays/travinh-2016-2020.yaml"]
    public static let bandsFile = "bands.yaml"
    public static let unitsFile = "units/travinh.csv"
    public static let lineageFile = "units/travinh-lineage.csv"
    /// Every province and commune-level unit of Vietnam from the 2019 lists to after the 2025 reform, with lineage
    /// (sources in the files' comment lines).
    public static let nationalUnitsFile = "units/vietnam-units.csv"
    public static let nationalLineageFile = "units/vietnam-lineage.csv"
    public static let demoObservationsFile = "demo/observations.csv"
    public static let demoRegistrationsFile = "demo/registrations.csv"
    public static let demoTargetsFile = "demo/targets.yaml"
    /// Synthetic funding of the Trà Vinh demo, 2018–2019 (`scripts/data/generate-demo-funds.py`).
    public static let demoFundsFile = "demo/funds.csv"
    /// The programmes integrated funds may name, with their sources.
    public static let fundProgrammesFile = "programmes.csv"
    /// The 2026 half of the demo: Vĩnh Long after the reform, its illustrative overlay, commune groups and values.
    public static let demo2026OverlayFile = "demo/vinhlong-2026-2030-overlay.yaml"
    public static let demo2026GroupsFile = "demo/vinhlong-2026-groups.csv"
    public static let demo2026ObservationsFile = "demo/vinhlong-2026-observations.csv"

    /// The Trà Vinh province code and the day of the 2019 briefing the demo reproduces.
    public static let demoProvince: UnitCode = "84"
    public static let demoDates = ["2018-06-30", "2018-12-31", "2019-06-30", "2019-09-30", "2019-12-31"]
        .compactMap { LocalDate(iso: $0) }
    public static let demoBriefingDate = LocalDate(year: 2019, month: 6, day: 30) ?? demoDates[2]

    /// A shipped file by its path below `Resources/`.
    public static func file(_ path: String) throws(DataFileErrors) -> DataFile {
        let name = "Resources/\(path)"
        // bundleURL, not resourceURL: Foundation on Linux takes a "Resources" folder for the
        // resource directory of a macOS-style bundle and would resolve paths one level too deep.
        let root = Bundle.module.bundleURL
        do {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            return DataFile(name: name, text: text)
        } catch {
            throw DataFileErrors([
                DataFileError(
                    file: name, line: nil,
                    message: LocalizedText(
                        vi: "không đọc được tệp dữ liệu kèm theo chương trình: \(error.localizedDescription)",
                        en: "cannot read the bundled file: \(error.localizedDescription)"))
            ])
        }
    }

    public static func catalog() throws(DataFileErrors) -> CriteriaCatalog {
        try CatalogLoader.load(sets: criteriaFiles.map(file), overlays: overlayFiles.map(file))
    }

    public static func bandSchemes() throws(DataFileErrors) -> [BandScheme] {
        let bands = try file(bandsFile)
        return try BandSchemeLoader.load(bands.text, file: bands.name)
    }

    public static func units() throws(DataFileErrors) -> UnitHierarchy {
        try UnitsLoader.load(units: file(unitsFile), lineage: file(lineageFile))
    }

    /// The whole country, every period: 63 provinces and ≈10,600 commune-level units of 2019, the changes since, and
    /// the 34 provinces and 3,321 units from 01/07/2025.
    public static func nationalUnits() throws(DataFileErrors) -> UnitHierarchy {
        try UnitsLoader.load(units: file(nationalUnitsFile), lineage: file(nationalLineageFile))
    }

    /// One province of the national list with its predecessors' or successors' history (`UnitSelection`); the code
    /// is a 2019 province (84 Trà Vinh) or a 2025 one (86 Vĩnh Long). Nil when no province has the code.
    public static func units(province code: UnitCode) throws(DataFileErrors) -> UnitHierarchy? {
        let nation = try nationalUnits()
        guard nation.versions(of: code).contains(where: { $0.kind == .province }) else { return nil }
        let selection = UnitSelection(province: code, versions: nation.allVersions, lineage: nation.lineage)
        do {
            return try UnitHierarchy(units: selection.versions, lineage: selection.lineage)
        } catch {
            throw DataFileErrors([DataFileError(file: nationalUnitsFile, line: nil, message: error.localized)])
        }
    }

    /// The demo: Trà Vinh's units, the shipped criteria and the synthetic observations and registrations.
    public static func demoEngine() throws(DataFileErrors) -> EvaluationEngine {
        let units = try units()
        let registrations = try RegistrationsLoader.parse(file(demoRegistrationsFile), units: units)
        let catalog = try catalog()
        let engine: EvaluationEngine
        do {
            engine = try EvaluationEngine(units: units, catalog: catalog, registrations: registrations)
        } catch {
            throw DataFileErrors([DataFileError(file: "Resources", line: nil, message: LocalizedText(vi: error.text(.vi), en: error.text(.en)))])
        }
        return try ObservationsLoader.load(file(demoObservationsFile), into: engine)
    }

    /// The 2026 demo on top of `engine` (the 2019 demo's): the overlay text to store, the units with the demo's commune
    /// groups, and the 2026 values, each file checked as any office's would be.
    public static func demo2026(on engine: EvaluationEngine) throws(DataFileErrors) -> (
        overlay: DataFile, units: UnitHierarchy, observations: [Observation]
    ) {
        let overlay = try file(demo2026OverlayFile)
        let groups = try UnitsLoader.groups(file(demo2026GroupsFile), units: engine.units)
        let units: UnitHierarchy
        let withOverlay: EvaluationEngine
        do {
            units = try engine.units.adding(groups)
            let catalog = try CatalogLoader.load(
                sets: criteriaFiles.map(file), overlays: (overlayFiles + [demo2026OverlayFile]).map(file))
            withOverlay = try EvaluationEngine(units: units, catalog: catalog, registrations: engine.registrations.all)
        } catch let error as DataFileErrors {
            throw error
        } catch {
            throw DataFileErrors([DataFileError(file: demo2026GroupsFile, line: nil, message: "\(error)")])
        }
        let observations = try ObservationsLoader.parse(file(demo2026ObservationsFile), engine: withOverlay)
        return (overlay, units, observations)
    }

    /// The goals of the 24/07/2019 briefing, checked against `engine`'s units and sets.
    /// The demo's synthetic funding lines and construction debts, checked against the demo's units and criteria.
    public static func demoFunds(engine: EvaluationEngine) throws(DataFileErrors) -> FundBatch {
        try FundsLoader.parse(
            file(demoFundsFile), units: engine.units, catalog: engine.catalog, programmes: FundProgrammes(listed: fundProgrammes()))
    }

    /// Read once: every funding write and upload checks its programmes against the list.
    public static func fundProgrammes() throws(DataFileErrors) -> [FundProgrammes.Programme] {
        try programmesRead.get()
    }

    private static let programmesRead: Result<[FundProgrammes.Programme], DataFileErrors> = {
        do throws(DataFileErrors) {
            return .success(try FundsLoader.programmes(file(fundProgrammesFile)))
        } catch {
            return .failure(error)
        }
    }()

    public static func demoTargets(engine: EvaluationEngine) throws(DataFileErrors) -> [Target] {
        let targets = try file(demoTargetsFile)
        return try TargetsLoader.load(targets.text, file: targets.name, engine: engine)
    }
}

extension BundledData {
    public static let demoDirectivesFile = "demo/directives.yaml"

    /// The conclusions of the 24/07/2019 briefing as a directive with tasks, and the demo's synthetic progress.
    public static func demoDirectives(engine: EvaluationEngine, targets: [Target]) throws(DataFileErrors) -> DirectiveFile {
        let data = try file(demoDirectivesFile)
        return try DirectivesLoader.load(
            data.text, file: data.name, directory: OrganisationDirectory(units: engine.units, catalog: engine.catalog),
            targets: Set(targets.map(\.id)))
    }
}
