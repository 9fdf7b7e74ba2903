import Foundation
import NTMCore
import NTMData
import NTMFunds

/// A funding file as an officer sends it: the filled .xlsx template or a CSV (UTF-8 with or without BOM, UTF-16, or a
/// legacy Vietnamese encoding), read into one checked batch. Errors name the file, Excel's row (or the CSV's line)
/// and the column; nothing is returned when there is one. Pages, API and CLI read funding files through here.
public enum FundsFile {
    public static func read(
        _ data: Data, name: String, units: UnitHierarchy, catalog: CriteriaCatalog, programmes: FundProgrammes
    ) throws -> FundBatch {
        let text: String
        switch try FileImport.format(of: data, fileName: name) {
        case .template: text = try SheetText.csv(data, name: name)
        case .csv: text = LegacyVietnamese.decode(data)
        }
        return try FundsLoader.parse(DataFile(name: name, text: text), units: units, catalog: catalog, programmes: programmes)
    }
}
