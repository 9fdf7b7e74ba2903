/// Package-level namespace, relationship and content-type URIs shared by every OOXML format.
public enum OOXMLNamespace {
    public static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    public static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    public static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    public static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    public static let officeDocumentType = relationships + "/officeDocument"
    public static let stylesType = relationships + "/styles"
    public static let extendedPropertiesType = relationships + "/extended-properties"
    public static let customPropertiesType = relationships + "/custom-properties"
    public static let corePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

    public static let relationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml"
    public static let corePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml"
    public static let extendedPropertiesContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    public static let customPropertiesContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
}
