import Foundation
import NTMOOXML

/// Explains to the person uploading a file why it is not an .xlsx workbook and what to do instead.
enum XLSXFileDiagnosis {
    private static let saveAsAdvice =
        "Open it in Excel or LibreOffice Calc, save it as \"Excel Workbook (.xlsx)\", and upload that file."

    static func message(forNonZip data: Data) -> String {
        // Compound File Binary: legacy .xls, but also any password-encrypted .xlsx.
        let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if data.starts(with: compoundFileSignature) {
            return "This file is an Excel 97–2003 (.xls) workbook or is protected by a password. "
                + "Remove any password to open it, then " + saveAsAdvice.prefix(1).lowercased()
                + saveAsAdvice.dropFirst()
        }
        if data.isEmpty {
            return "The file is empty. " + saveAsAdvice
        }
        return "This file is not an Excel workbook (.xlsx); it may be a CSV, PDF or other document. " + saveAsAdvice
    }

    static func message(forZipWithoutWorkbook package: OOXMLPackage) -> String {
        if package.contains("content.xml") || package.contains("mimetype") {
            return "This file is an OpenDocument spreadsheet (.ods). " + saveAsAdvice
        }
        if package.contains("xl/workbook.bin") {
            return "This file is a binary Excel workbook (.xlsb). " + saveAsAdvice
        }
        return "This file is a ZIP archive but not an Excel workbook: it has no xl/workbook.xml. " + saveAsAdvice
    }
}
