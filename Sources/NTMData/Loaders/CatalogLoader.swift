import NTMCore

/// Builds a criteria catalog from set and overlay files, reporting every problem with its file and line.
public enum CatalogLoader {
    public static func load(sets setFiles: [DataFile], overlays overlayFiles: [DataFile] = []) throws(DataFileErrors) -> CriteriaCatalog {
        var collector = ErrorCollector()
        var sets: [CriteriaSet] = []
        var fileOfSet: [CriteriaSetID: String] = [:]
        for file in setFiles {
            if let set = collector.attempt({ try CriteriaSetLoader.load(file.text, file: file.name) }) {
                sets.append(set)
                fileOfSet[set.id] = file.name
            }
        }
        try collector.throwIfAny()
        var overlays: [CriteriaOverlay] = []
        var fileOfOverlay: [String: String] = [:]
        for file in overlayFiles {
            guard let baseID = collector.attempt({ try OverlayLoader.baseID(file.text, file: file.name) }) else { continue }
            guard let base = sets.first(where: { $0.id == baseID }) else {
                collector.add(
                    DataFileError(
                        file: file.name, line: nil,
                        message: LocalizedText(
                            vi: "bộ tiêu chí tỉnh áp dụng cho bộ tiêu chí '\(baseID)', nhưng bộ này chưa được nạp",
                            en: "the overlay refines set '\(baseID)', which is not loaded")))
                continue
            }
            if let overlay = collector.attempt({ try OverlayLoader.load(file.text, file: file.name, base: base) }) {
                overlays.append(overlay)
                fileOfOverlay[overlay.id] = file.name
            }
        }
        try collector.throwIfAny()
        do {
            return try CriteriaCatalog(sets: sets, overlays: overlays)
        } catch {
            let file: String =
                switch error {
                case .overlappingSets(let id, _), .duplicateSet(let id), .unknownSet(let id): fileOfSet[id] ?? "criteria"
                case .overlayForUnknownSet(let overlay, _), .duplicateOverlay(let overlay), .invalidOverlay(let overlay, _):
                    fileOfOverlay[overlay] ?? "overlays"
                case .noSetInForce: "criteria"
                }
            throw DataFileErrors([DataFileError(file: file, line: nil, message: error.localized)])
        }
    }

    /// As `load(sets:overlays:)`, and also refuses an overlay whose province is not a province among `units`
    /// (see `OverlayProvinceCheck`), instead of letting it apply to nobody.
    public static func load(
        sets setFiles: [DataFile], overlays overlayFiles: [DataFile] = [], units: UnitHierarchy
    ) throws(DataFileErrors) -> CriteriaCatalog {
        let catalog = try load(sets: setFiles, overlays: overlayFiles)
        let problems = OverlayProvinceCheck.problems(overlays: catalog.overlays, overlayFiles: overlayFiles, units: units)
        if !problems.isEmpty { throw DataFileErrors(problems) }
        return catalog
    }

    /// Loads a single file that may be a set or an overlay, for `ntm criteria validate`.
    /// An overlay is checked against the bundled set it names unless `sets` provides it.
    public static func validate(_ file: DataFile, sets: [CriteriaSet]) throws(DataFileErrors) -> String {
        if OverlayLoader.isOverlay(file.text) {
            let baseID = try OverlayLoader.baseID(file.text, file: file.name)
            guard let base = sets.first(where: { $0.id == baseID }) else {
                throw DataFileErrors([
                    DataFileError(
                        file: file.name, line: nil,
                        message: LocalizedText(
                            vi: "bộ tiêu chí tỉnh áp dụng cho bộ tiêu chí '\(baseID)', nhưng không có bộ tiêu chí này",
                            en: "the overlay refines set '\(baseID)', which is not known"))
                ])
            }
            let overlay = try OverlayLoader.load(file.text, file: file.name, base: base)
            return "overlay \(overlay.id) for \(overlay.base), province \(overlay.province): \(overlay.indicators.count) indicators refined"
        }
        let set = try CriteriaSetLoader.load(file.text, file: file.name)
        return "set \(set.id): \(set.criteria.count) criteria, \(set.allIndicators.count) indicators, \(set.missingItems().count) items missing"
    }
}
