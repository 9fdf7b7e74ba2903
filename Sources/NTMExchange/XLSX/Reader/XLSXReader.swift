import Foundation
import NTMOOXML

/// Reads the sheets of an .xlsx file written by this module, Excel, LibreOffice or openpyxl.
public enum XLSXReader {
    /// Sheets come back in tab order, hidden ones included. `limits` bound what decompression may produce.
    public static func read(_ data: Data, limits: OOXMLPackage.Limits = .standard) throws(XLSXError) -> [XLSXReadSheet] {
        do {
            return try readPackage(try OOXMLPackage(data, limits: limits))
        } catch let error as XLSXError {
            throw error
        } catch let error as OOXMLError {
            throw XLSXError(error, data: data)
        } catch {
            throw .malformed(part: "(zip)", line: nil, message: "\(error)")
        }
    }

    private static func readPackage(_ package: OOXMLPackage) throws -> [XLSXReadSheet] {
        let workbookPart = try workbookPart(in: package)
        guard let workbookData = try package.data(workbookPart) else {
            throw XLSXError.notASpreadsheet(XLSXFileDiagnosis.message(forZipWithoutWorkbook: package))
        }
        let entries = try OOXMLSAX.parse(workbookData, part: workbookPart, with: XLSXWorkbookHandler()).sheets
        let relationshipsPart = OOXMLPartPath.relationships(of: workbookPart)
        let relationships = try OOXMLRelationships.read(relationshipsPart, of: package) ?? []
        if relationships.isEmpty, !entries.isEmpty {
            throw XLSXError.missingPart(relationshipsPart)
        }
        let sharedStrings = try self.sharedStrings(in: package, workbookPart: workbookPart, relationships)
        let styleFormats = try self.styleFormats(in: package, workbookPart: workbookPart, relationships)

        return try entries.map { entry in
            guard let relationship = relationships.first(where: { $0.id == entry.relationshipID }) else {
                throw XLSXError.malformed(
                    part: relationshipsPart, line: nil,
                    message: "no relationship \(entry.relationshipID) for sheet \"\(entry.name)\"")
            }
            let part = OOXMLPartPath.resolve(relationship.target, relativeTo: workbookPart)
            guard let sheetData = try package.data(part) else { throw XLSXError.missingPart(part) }
            let handler = XLSXWorksheetHandler(sharedStrings: sharedStrings, styleFormats: styleFormats)
            let grid = try OOXMLSAX.parse(sheetData, part: part, with: handler).grid
            return XLSXReadSheet(name: entry.name, isHidden: entry.isHidden, grid: grid)
        }
    }

    /// The package's own relationships name the workbook part; the conventional name is only a fallback.
    private static func workbookPart(in package: OOXMLPackage) throws -> String {
        let fallback = "xl/workbook.xml"
        let root = try OOXMLRelationships.read("_rels/.rels", of: package) ?? []
        if let document = root.first(where: { $0.hasType("officeDocument") && !$0.isExternal }) {
            let part = OOXMLPartPath.resolve(document.target, relativeTo: "")
            if package.contains(part) { return part }
        }
        guard package.contains(fallback) else {
            throw XLSXError.notASpreadsheet(XLSXFileDiagnosis.message(forZipWithoutWorkbook: package))
        }
        return fallback
    }

    /// A workbook whose cells are all numbers or inline strings has no shared-strings part at all.
    private static func sharedStrings(in package: OOXMLPackage, workbookPart: String, _ relationships: [OOXMLRelationship]) throws -> [String] {
        let part = self.part("sharedStrings", in: relationships, workbookPart: workbookPart) ?? "xl/sharedStrings.xml"
        guard let data = try package.data(part) else { return [] }
        return try OOXMLSAX.parse(data, part: part, with: XLSXSharedStringsHandler()).strings
    }

    /// The number format behind each cell style, so a percent- or date-formatted number is read for what it shows.
    private static func styleFormats(in package: OOXMLPackage, workbookPart: String, _ relationships: [OOXMLRelationship]) throws
        -> [XLSXNumberFormat.Kind]
    {
        let part = self.part("styles", in: relationships, workbookPart: workbookPart) ?? "xl/styles.xml"
        guard let data = try package.data(part) else { return [] }
        return try OOXMLSAX.parse(data, part: part, with: XLSXStylesHandler()).kinds
    }

    private static func part(_ type: String, in relationships: [OOXMLRelationship], workbookPart: String) -> String? {
        relationships.first { $0.hasType(type) && !$0.isExternal }.map { OOXMLPartPath.resolve($0.target, relativeTo: workbookPart) }
    }
}
