/// Namespace, relationship and content-type URIs of the transitional OOXML parts the writer emits.
enum XLSXNamespace {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    static let officeDocumentType = relationships + "/officeDocument"
    static let worksheetType = relationships + "/worksheet"
    static let stylesType = relationships + "/styles"
    static let sharedStringsType = relationships + "/sharedStrings"
    static let extendedPropertiesType = relationships + "/extended-properties"
    static let corePropertiesType =
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
}
