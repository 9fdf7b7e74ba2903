import NTMCore
import NTMData
import NTMFunds
import NTMTargets
import NTMTasks

/// Fills a new store with the bundled reference data and, for the demo, the synthetic Trà Vinh values.
public enum StoreSeeder {
    /// Criteria sets, overlays, band schemes and the Trà Vinh units, recorded as loaded by `user`.
    /// The bundled criteria and band schemes, and `units` (Trà Vinh's by default) described by `note` in the history.
    public static func seedReferenceData(
        _ store: any NTMStore, by user: String, units: UnitHierarchy? = nil,
        note: String = "bundled Trà Vinh units (2019 and the 2025 reorganisation)"
    ) async throws {
        for path in BundledData.criteriaFiles {
            let file = try BundledData.file(path)
            try await store.saveDocument(NewCriteriaDocument(name: documentName(path), kind: .criteriaSet, content: file.text), by: user)
        }
        let units = try units ?? BundledData.units()
        let provinces = Set(units.allVersions.filter { $0.kind == .province }.map(\.code.rawValue))
        for path in BundledData.overlayFiles {
            let file = try BundledData.file(path)
            // A province's overlay only where that province is loaded (`ntm init --province` of another province).
            guard let province = CriteriaDocumentHeader(file.text).province, provinces.contains(province) else { continue }
            try await store.saveDocument(NewCriteriaDocument(name: documentName(path), kind: .overlay, content: file.text), by: user)
        }
        let bands = try BundledData.file(BundledData.bandsFile)
        try await store.saveDocument(NewCriteriaDocument(name: "bands", kind: .bands, content: bands.text), by: user)
        try await store.replaceUnits(units, by: user, note: note)
    }

    /// Reference data plus the demo's registrations and values, approved, in one import batch, and the goals of
    /// the 24/07/2019 briefing as targets.
    public static func seedDemo(_ store: any NTMStore, by user: String) async throws {
        try await seedReferenceData(store, by: user)
        let engine = try BundledData.demoEngine()
        try await store.addRegistrations(engine.registrations.all, by: user)
        let changes = engine.observations.allObservations().map { ObservationChange($0, expected: .latest) }
        try await store.importValues(changes, status: .approved, by: user, batch: "demo-travinh")
        let targets = try BundledData.demoTargets(engine: engine)
        try await store.saveTargets(targets.map(TargetDocument.init), by: user)
        try await seedDemoDirectives(store, engine: engine, targets: targets, by: user)
        // Synthetic funding 2018–2019, entered as the office's one batch.
        try await store.saveFunds(try BundledData.demoFunds(engine: engine), by: user)
        // 2026: Vĩnh Long after the reform, with an illustrative overlay, synthetic commune groups and values.
        let demo2026 = try BundledData.demo2026(on: engine)
        try await store.saveDocument(
            NewCriteriaDocument(name: "vinhlong-2026-2030-demo", kind: .overlay, content: demo2026.overlay.text), by: user)
        try await store.replaceUnits(demo2026.units, by: user, note: "nhóm xã minh họa 2026 (demo)")
        try await store.importValues(
            demo2026.observations.map { ObservationChange($0, expected: .latest) }, status: .approved, by: user, batch: "demo-vinhlong-2026")
    }

    /// The 24/07/2019 conclusions as a directive with tasks, then the synthetic progress, each written as the
    /// account the file names (the demo's stand-ins for department, district and commune officers).
    static func seedDemoDirectives(_ store: any NTMStore, engine: EvaluationEngine, targets: [Target], by user: String) async throws {
        // The session whose conclusions they are, with the figures it presented: the 17 xã registered for 2019 on 30/06/2019.
        let set = try engine.catalog.setInForce(level: .commune, on: BundledData.demoBriefingDate, for: .commune)
        let bands = BandSchemeCatalog(try BundledData.bandSchemes()).resolve(nil, for: set)
        let summary = try engine.summary(
            of: .registered(year: 2019, within: BundledData.demoProvince), on: BundledData.demoBriefingDate, bands: bands)
        let organisations: [OrganisationRef] =
            [.office] + ["SNNPTNT", "SYT", "SGDDT", "SGTVT", "SVHTTDL", "SXD", "SLDTBXH"].map { .department($0) }
            + ["844", "845", "846", "847", "848", "849", "850"].map { .unit(UnitCode($0), since: nil) }
        try await store.createSession(
            BriefingSession(
                id: "giao-ban-2019-07-24", title: "Giao ban trực tuyến về 17 xã đăng ký đạt chuẩn nông thôn mới năm 2019",
                heldOn: LocalDate(year: 2019, month: 7, day: 24) ?? BundledData.demoBriefingDate, chair: "Phó Chủ tịch UBND tỉnh",
                participants: organisations, snapshot: BriefingSnapshot(summary, basis: ValueBasis.approved.rawValue)),
            by: user)
        let file = try BundledData.demoDirectives(engine: engine, targets: targets)
        try await store.createDirectives(file.directives, by: user)
        for (task, progress, author) in file.progress { try await store.recordTask(progress, task: task, by: author) }
    }

    /// `criteria/commune-2016-2020.yaml` → `commune-2016-2020`.
    static func documentName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file
    }
}
