import Foundation
import NTMCore

/// The checks a funding batch passes before anything is stored, against the units and criteria that exist.
/// Pure, so the import, the forms, the API and the CLI refuse the same things.
extension FundBatch {
    /// Every problem of the batch; empty when it may be stored.
    public func problems(units: UnitHierarchy, catalog: CriteriaCatalog, programmes: FundProgrammes) -> [FundProblem] {
        var problems: [FundProblem] = []
        var seen: [String: Money] = [:]
        for (index, entry) in amounts.enumerated() {
            func problem(_ field: String, vi: String, en: String) {
                problems.append(FundProblem(list: "amounts", index: index, field: field, message: LocalizedText(vi: vi, en: en)))
            }
            let line = entry.line
            if !(2000...2100).contains(line.year) {
                problem("year", vi: "năm \(line.year) không hợp lệ", en: "year \(line.year) is not valid")
            } else if !entry.isWithinYear {
                problem(
                    "asOf", vi: "ngày \(entry.asOf.vietnamese) nằm ngoài năm \(line.year)\(entry.phase == .settled ? " và năm sau" : "")",
                    en: "\(entry.asOf.iso) is outside \(line.year)\(entry.phase == .settled ? " and the year after" : "")")
            }
            if let unit = units.unit(line.unit, on: entry.asOf) {
                if !(unit.kind == .province || unit.kind.isDistrictLevel || unit.kind.isCommuneLevel) {
                    problem("unit", vi: "\(unit.name) không phải tỉnh, huyện hay xã", en: "\(unit.name) is not a province, district or commune")
                }
            } else {
                problem(
                    "unit", vi: "không có đơn vị mã \(line.unit) vào ngày \(entry.asOf.vietnamese)",
                    en: "no unit with code \(line.unit) on \(entry.asOf.iso)")
            }
            let programme = line.programme?.trimmingCharacters(in: .whitespaces) ?? ""
            if line.source == .integrated && programme.isEmpty {
                problem(
                    "programme", vi: "vốn lồng ghép cần ghi tên chương trình nguồn", en: "integrated funds need the name of their programme")
            } else if line.source != .integrated && !programme.isEmpty {
                problem(
                    "programme", vi: "chỉ vốn lồng ghép mới ghi chương trình nguồn", en: "only integrated funds name a programme")
            } else if !programme.isEmpty && programmes.canonical(programme) == nil && !programmes.acceptsNew {
                problem(
                    "programme",
                    vi: "chương trình '\(programme)' chưa có trong danh mục (\(programmes.names)); Văn phòng Điều phối bổ sung chương trình mới",
                    en: "programme '\(programme)' is not in the list (\(programmes.names)); the coordination office adds new ones")
            }
            if line.contribution != nil && line.source != .community {
                problem(
                    "contribution", vi: "hình thức đóng góp chỉ dùng cho nguồn nhân dân đóng góp",
                    en: "a contribution kind is only for contributions of the people")
            }
            if let criterion = line.criterion, !Self.criteria(in: catalog, on: entry.asOf).contains(criterion) {
                problem(
                    "criterion", vi: "không có tiêu chí số \(criterion) trong bộ tiêu chí hiệu lực ngày \(entry.asOf.vietnamese)",
                    en: "no criterion \(criterion) in the criteria sets in force on \(entry.asOf.iso)")
            }
            if entry.amount.dong < 0 {
                problem(
                    "amount", vi: "số tiền không được âm (\(entry.amount.vietnamese))", en: "the amount cannot be negative (\(entry.amount.english))")
            }
            problems += Self.documentProblems(entry.document, list: "amounts", index: index)
            let slot = "\(line)|\(entry.phase.rawValue)|\(entry.asOf.iso)"
            if let earlier = seen[slot], earlier != entry.amount {
                problem(
                    "amount", vi: "dòng này ghi lại cùng giai đoạn, cùng ngày với số tiền khác (\(earlier.vietnamese))",
                    en: "this repeats the same phase and day with another amount (\(earlier.english))")
            }
            seen[slot] = entry.amount
        }
        for (index, debt) in debts.enumerated() {
            func problem(_ field: String, vi: String, en: String) {
                problems.append(FundProblem(list: "debts", index: index, field: field, message: LocalizedText(vi: vi, en: en)))
            }
            if let unit = units.unit(debt.unit, on: debt.asOf) {
                if !unit.kind.isCommuneLevel {
                    problem(
                        "unit", vi: "nợ đọng XDCB ghi cho xã; \(unit.name) không phải xã",
                        en: "construction debt is a commune's; \(unit.name) is not one")
                }
            } else {
                problem(
                    "unit", vi: "không có xã mã \(debt.unit) vào ngày \(debt.asOf.vietnamese)",
                    en: "no commune with code \(debt.unit) on \(debt.asOf.iso)")
            }
            if debt.amount.dong < 0 {
                problem("amount", vi: "số nợ không được âm (\(debt.amount.vietnamese))", en: "the debt cannot be negative (\(debt.amount.english))")
            }
            problems += Self.documentProblems(debt.document, list: "debts", index: index)
        }
        return problems
    }

    /// A document reference is a line of text an officer can cite: no control characters, 200 characters at most.
    static func documentProblems(_ document: String, list: String, index: Int) -> [FundProblem] {
        guard document.count > 200 || document.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return []
        }
        return [
            FundProblem(
                list: list, index: index, field: "document",
                message: LocalizedText(
                    vi: "số hiệu văn bản dài tối đa 200 ký tự, không có ký tự điều khiển",
                    en: "the document reference holds at most 200 characters and no control characters"))
        ]
    }

    static func criteria(in catalog: CriteriaCatalog, on date: LocalDate) -> Set<Int> {
        Set(catalog.sets.filter { $0.validity.contains(date) }.flatMap { $0.criteria.map(\.number) })
    }
}

extension FundAmount {
    /// Figures are dated within their year; settlement (*quyết toán*) closes a year's accounts during the next one.
    public var isWithinYear: Bool {
        asOf.year == line.year || (phase == .settled && asOf.year == line.year + 1)
    }
}
