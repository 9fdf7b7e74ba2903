import Foundation
import NTMCore
import NTMData

/// The office's criteria documents in the store: loading a set, an overlay or the band schemes as a new version
/// (checked against everything else stored, so a version the engine could not load is never saved), the versions
/// of a document, what changed between two of them, and the threshold editor's writes. The web pages, the API and
/// `ntm criteria` all go through here.
public struct CriteriaLibrary: Sendable {
    public let store: any NTMStore

    public init(store: any NTMStore) { self.store = store }

    /// Checks `file` against the stored criteria and units and saves it as the next version of its document (named
    /// by the id inside it). `basedOn` is the version the writer started from (0: a new document; nil: no check).
    /// Errors name `file.name` and the line; nothing is saved unless the whole catalog still loads.
    @discardableResult
    public func load(_ file: DataFile, basedOn: Int? = nil, by user: String) async throws -> CriteriaDocument {
        let documents = try await store.documents()
        let units = try await store.loadUnits()
        let candidate = try Self.candidate(file, stored: documents)
        if let existing = documents.first(where: { $0.name == candidate.name }), existing.kind != candidate.kind {
            throw DataFileErrors([
                DataFileError(
                    file: file.name, line: nil,
                    message: LocalizedText(
                        vi:
                            "đã có văn bản '\(candidate.name)' loại \(existing.kind.rawValue); tệp này là \(candidate.kind.rawValue), hãy đặt id khác",
                        en:
                            "document '\(candidate.name)' is a \(existing.kind.rawValue); this file is a \(candidate.kind.rawValue), give it another id"
                    ))
            ])
        }
        var files = documents.filter { $0.name != candidate.name }.map { (kind: $0.kind, file: StoredCatalog.file($0)) }
        files.append((candidate.kind, file))
        let catalog = try CatalogLoader.load(
            sets: files.filter { $0.kind == .criteriaSet }.map(\.file), overlays: files.filter { $0.kind == .overlay }.map(\.file))
        // Only the new file's province is checked: stored overlays were accepted against the units of their day.
        let misplaced = OverlayProvinceCheck.problems(
            overlays: catalog.overlays.filter { $0.id == candidate.name && candidate.kind == .overlay }, overlayFiles: [file],
            units: units)
        if !misplaced.isEmpty { throw DataFileErrors(misplaced) }
        if candidate.kind == .bands { _ = try BandSchemeLoader.load(file.text, file: file.name) }
        return try await store.saveDocument(
            NewCriteriaDocument(name: candidate.name, kind: candidate.kind, content: file.text, basedOn: basedOn), by: user)
    }

    /// What a file is and the document name it is stored under: the set's `id`, the overlay's `overlay`, or `bands`.
    static func candidate(_ file: DataFile, stored: [CriteriaDocument]) throws -> (name: String, kind: CriteriaDocumentKind) {
        if file.text.split(separator: "\n").contains(where: { $0.hasPrefix("schemes:") }) { return ("bands", .bands) }
        if OverlayLoader.isOverlay(file.text) {
            let baseID = try OverlayLoader.baseID(file.text, file: file.name)
            let sets = try stored.filter { $0.kind == .criteriaSet }.map { try CriteriaSetLoader.load($0.content, file: StoredCatalog.file($0).name) }
            guard let base = sets.first(where: { $0.id == baseID }) else {
                throw DataFileErrors([
                    DataFileError(
                        file: file.name, line: nil,
                        message: LocalizedText(
                            vi:
                                "bộ tiêu chí tỉnh áp dụng cho bộ tiêu chí '\(baseID)', nhưng bộ này chưa được nạp (đã có: \(sets.map(\.id.rawValue).joined(separator: ", ")))",
                            en:
                                "the overlay refines set '\(baseID)', which is not loaded (loaded: \(sets.map(\.id.rawValue).joined(separator: ", ")))"
                        ))
                ])
            }
            return (try OverlayLoader.load(file.text, file: file.name, base: base).id, .overlay)
        }
        return (try CriteriaSetLoader.load(file.text, file: file.name).id.rawValue, .criteriaSet)
    }

    /// Every version of a document, oldest first.
    public func versions(_ name: String) async throws -> [CriteriaDocument] {
        let versions = try await store.documentVersions(name)
        guard !versions.isEmpty else { throw StoreError.unknownDocument(name) }
        return versions.sorted { $0.version < $1.version }
    }

    /// What changed from version `from` to version `to` of a document: a set is compared as it stands, an overlay
    /// as its base set (as stored now) with that version applied, band schemes line by line.
    public func changes(_ name: String, from: Int, to: Int) async throws -> [CriteriaChange] {
        let versions = try await versions(name)
        guard let old = versions.first(where: { $0.version == from }) else { throw StoreError.unknownDocument("\(name)@v\(from)") }
        guard let new = versions.first(where: { $0.version == to }) else { throw StoreError.unknownDocument("\(name)@v\(to)") }
        switch new.kind {
        case .criteriaSet:
            let before = try CriteriaSetLoader.load(old.content, file: StoredCatalog.file(old).name)
            return try CriteriaSetLoader.load(new.content, file: StoredCatalog.file(new).name).changes(since: before)
        case .overlay:
            let catalog = try StoredCatalog.catalog(from: try await store.documents())
            let baseID = try OverlayLoader.baseID(new.content, file: StoredCatalog.file(new).name)
            guard let base = catalog.set(baseID) else { throw StoreError.unknownDocument(baseID.rawValue) }
            let before = try base.applying(OverlayLoader.load(old.content, file: StoredCatalog.file(old).name, base: base))
            return try base.applying(OverlayLoader.load(new.content, file: StoredCatalog.file(new).name, base: base)).changes(since: before)
        case .bands:
            let oldLines = old.content.split(separator: "\n").map(String.init), newLines = new.content.split(separator: "\n").map(String.init)
            let removed = oldLines.filter { !newLines.contains($0) }.map { line in
                CriteriaChange(kind: .removed, subject: LocalizedText(vi: "dòng", en: "line"), before: LocalizedText(vi: line, en: line))
            }
            let added = newLines.filter { !oldLines.contains($0) }.map { line in
                CriteriaChange(kind: .added, subject: LocalizedText(vi: "dòng", en: "line"), after: LocalizedText(vi: line, en: line))
            }
            return removed + added
        }
    }

    /// The overlay the threshold editor writes for `set` in `province`, and the version it was read at (0 when the
    /// province has none yet, and a new one is proposed). With several overlays, the last applied is edited: its
    /// values win.
    public func editableOverlay(set: CriteriaSet, province: UnitCode) async throws -> (overlay: CriteriaOverlay, version: Int) {
        let documents = try await store.documents()
        let catalog = try StoredCatalog.catalog(from: documents)
        if let overlay = catalog.overlays(for: set.id, province: province).last,
            let document = documents.first(where: { $0.kind == .overlay && $0.name == overlay.id })
        {
            return (overlay, document.version)
        }
        let units = try await store.loadUnits()
        let name = units.latestVersion(province)?.name ?? province.rawValue
        return (CriteriaOverlay.new(on: set, province: province, provinceName: name), 0)
    }

    /// Writes the editor's values into the province's overlay as its next version, read back and checked like any
    /// uploaded file. Refused when someone saved the overlay after `basedOn`.
    @discardableResult
    public func saveEdits(
        _ edits: [IndicatorEdit], set: CriteriaSet, province: UnitCode, source: SourceReference, basedOn: Int, by user: String,
        on date: LocalDate
    ) async throws -> CriteriaDocument {
        try await saveEdits(edits, set: set, province: province, citing: { _ in source }, basedOn: basedOn, by: user, on: date)
    }

    /// As above, with the source chosen from the overlay being edited (`CriteriaOverlay.citing(title:url:)`), so the
    /// overlay is read once per save.
    @discardableResult
    public func saveEdits(
        _ edits: [IndicatorEdit], set: CriteriaSet, province: UnitCode, citing source: (CriteriaOverlay) -> SourceReference,
        basedOn: Int, by user: String, on date: LocalDate
    ) async throws -> CriteriaDocument {
        let (overlay, _) = try await editableOverlay(set: set, province: province)
        let edited = overlay.applying(edits, source: source(overlay))
        let text = OverlayWriter.text(
            edited,
            header: [
                "Lưu từ trang Nhập ngưỡng của tỉnh (NTM Monitor), \(user), ngày \(date.vietnamese).",
                "Các phiên bản trước, kể cả ghi chú trong đó, vẫn được giữ: ntm criteria versions \(edited.id)",
            ])
        return try await load(DataFile(name: "\(edited.id).yaml", text: text), basedOn: basedOn, by: user)
    }
}
