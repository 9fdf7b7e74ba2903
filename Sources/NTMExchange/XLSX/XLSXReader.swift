import Foundation

/// Reads the sheets of an .xlsx file written by this module, Excel, LibreOffice or openpyxl.
public enum XLSXReader {
    /// Sheets come back in tab order, hidden ones included.
    public static func read(_ data: Data) throws(XLSXError) -> [XLSXReadSheet] {
        let package = try XLSXPackage(data)
        let workbookPart = try workbookPart(in: package)
        guard let workbookData = try package.data(workbookPart) else {
            throw .notASpreadsheet(XLSXFileDiagnosis.message(forZipWithoutWorkbook: package))
        }
        let entries = try XLSXSAX.parse(workbookData, part: workbookPart, with: XLSXWorkbookHandler()).sheets
        let relationshipsPart = XLSXPartPath.relationships(of: workbookPart)
        let relationships = try self.relationships(in: relationshipsPart, of: package) ?? []
        if relationships.isEmpty, !entries.isEmpty {
            throw .missingPart(relationshipsPart)
        }
        let sharedStrings = try self.sharedStrings(in: package, workbookPart: workbookPart, relationships)

        return try entries.map { (entry) throws(XLSXError) -> XLSXReadSheet in
            guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }) else {
                throw .malformed(
                    part: relationshipsPart, line: nil,
                    message: "no relationship \(entry.relationshipID) for sheet \"\(entry.name)\"")
            }
            let part = XLSXPartPath.resolve(relationship.target, relativeTo: workbookPart)
            guard let sheetData = try package.data(part) else { throw .missingPart(part) }
            let handler = XLSXWorksheetHandler(sharedStrings: sharedStrings)
            let grid = try XLSXSAX.parse(sheetData, part: part, with: handler).grid
            return XLSXReadSheet(name: entry.name, isHidden: entry.isHidden, grid: grid)
        }
    }

    /// The package's own relationships name the workbook part; the conventional name is only a fallback.
    private static func workbookPart(in package: XLSXPackage) throws(XLSXError) -> String {
        let fallback = "xl/workbook.xml"
        let root = try relationships(in: "_rels/.rels", of: package) ?? []
        if let document = root.first(where: { $0.hasType("officeDocument") && !$0.isExternal }) {
            let part = XLSXPartPath.resolve(document.target, relativeTo: "")
            if package.contains(part) { return part }
        }
        guard package.contains(fallback) else {
            throw .notASpreadsheet(XLSXFileDiagnosis.message(forZipWithoutWorkbook: package))
        }
        return fallback
    }

    private static func relationships(
        in part: String,
        of package: XLSXPackage
    ) throws(XLSXError) -> [XLSXRelationship]? {
        guard let data = try package.data(part) else { return nil }
        return try XLSXSAX.parse(data, part: part, with: XLSXRelationshipsHandler()).relationships
    }

    /// A workbook whose cells are all numbers or inline strings has no shared-strings part at all.
    private static func sharedStrings(
        in package: XLSXPackage,
        workbookPart: String,
        _ relationships: [XLSXRelationship]
    ) throws(XLSXError) -> [String] {
        let part =
            relationships.first { $0.hasType("sharedStrings") && !$0.isExternal }
            .map { XLSXPartPath.resolve($0.target, relativeTo: workbookPart) } ?? "xl/sharedStrings.xml"
        guard let data = try package.data(part) else { return [] }
        return try XLSXSAX.parse(data, part: part, with: XLSXSharedStringsHandler()).strings
    }
}
