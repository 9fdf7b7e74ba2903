import NTMCore
import NTMData

/// Builds the criteria catalog and band schemes from the documents stored in the database.
public enum StoredCatalog {
    static func file(_ document: CriteriaDocument) -> DataFile {
        DataFile(name: "store:\(document.name)@v\(document.version)", text: document.content)
    }

    public static func catalog(from documents: [CriteriaDocument]) throws -> CriteriaCatalog {
        try CatalogLoader.load(
            sets: documents.filter { $0.kind == .criteriaSet }.map(file),
            overlays: documents.filter { $0.kind == .overlay }.map(file))
    }

    /// The stored band schemes, or the binary "at the standard / not yet" when none is stored.
    public static func bandSchemes(from documents: [CriteriaDocument]) throws -> [BandScheme] {
        let schemes = try documents.filter { $0.kind == .bands }.flatMap { document in
            try BandSchemeLoader.load(document.content, file: file(document).name)
        }
        return schemes.isEmpty ? [BandScheme.standardOnly] : schemes
    }
}
