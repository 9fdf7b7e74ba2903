import Foundation
import NTMCore
import NTMData
import NTMStore
import Testing

extension Conformance {
    static let criteriaLibrary: [ConformanceCase] = [
        ConformanceCase(name: "an overlay for a province the store does not have is refused at its line, with a hint, and nothing is stored") {
            store in
            try await Values.seedReference(store)
            let before = try await store.documents()
            let text = """
                overlay: test-2021-2025
                title: {vi: "Thử"}
                base: commune-2021-2025
                province: "084"
                sources: [{id: T, title: "Thử"}]
                indicators: []
                """
            let library = CriteriaLibrary(store: store)
            let error = await #expect(throws: DataFileErrors.self) {
                try await library.load(DataFile(name: "thu.yaml", text: text), by: "office")
            }
            #expect(
                error?.errors.map { $0.text(.vi) } == [
                    "thu.yaml:4: tỉnh '084' không có trong danh sách đơn vị; có phải '84'? Sửa mã tỉnh trong tệp cho đúng"
                ])
            let unknown = await #expect(throws: DataFileErrors.self) {
                try await library.load(DataFile(name: "thu.yaml", text: text.replacingOccurrences(of: "\"084\"", with: "\"99\"")), by: "office")
            }
            #expect(unknown?.errors.map(\.line) == [4])
            #expect(try await store.documents() == before)
        },
        ConformanceCase(name: "the threshold editor's values become a new overlay version, judged with and shown as a diff") { store in
            try await Values.seedReference(store)
            let library = CriteriaLibrary(store: store)
            let catalog = try StoredCatalog.catalog(from: try await store.documents())
            let set = try #require(catalog.set("commune-2026-2030"))
            let source = SourceReference(id: "ED1", title: "QĐ thử của UBND tỉnh Vĩnh Long")
            func edit(_ g2: Int) -> IndicatorEdit {
                IndicatorEdit(
                    indicator: "3.a", kind: .percentage, comparator: .atLeast,
                    cells: [
                        .init(scope: .group(.g1), year: nil, value: .number(FixedDecimal(8)), illustrative: false),
                        .init(scope: .group(.g2), year: nil, value: .number(FixedDecimal(g2)), illustrative: true),
                    ])
            }
            let day = LocalDate(iso: "2026-11-30")!
            let first = try await library.saveEdits([edit(6)], set: set, province: "86", source: source, basedOn: 0, by: "vpdp", on: day)
            #expect(first.name == "commune-2026-2030-86")
            #expect(first.version == 1)
            let second = try await library.saveEdits([edit(7)], set: set, province: "86", source: source, basedOn: 1, by: "vpdp", on: day)
            #expect(second.version == 2)
            await #expect(throws: StoreError.documentChanged("commune-2026-2030-86", expected: 1, current: 2)) {
                try await library.saveEdits([edit(9)], set: set, province: "86", source: source, basedOn: 1, by: "other", on: day)
            }
            #expect(
                try await library.changes("commune-2026-2030-86", from: 1, to: 2).map { $0.text(.vi) } == [
                    "~ Chỉ tiêu 3.a G2: ngưỡng: 6 (QĐ thử của UBND tỉnh Vĩnh Long, minh họa) → 7 (QĐ thử của UBND tỉnh Vĩnh Long, minh họa)"
                ])
            let engine = try await EvaluationService.referenceEngine(store: store)
            let effective = engine.catalog.effectiveSet(set, province: "86")
            let indicator = try #require(effective.allIndicators.first { $0.code == "3.a" })
            #expect(indicator.kind == .percentage)
            #expect(indicator.thresholds.map(\.value) == [.number(FixedDecimal(8)), .number(FixedDecimal(7))])
            #expect(indicator.thresholds.map(\.illustrative) == [false, true])
            #expect(effective.source("ED1")?.title == "QĐ thử của UBND tỉnh Vĩnh Long")
            // The national set and other provinces are untouched.
            #expect(engine.catalog.effectiveSet(set, province: "01").allIndicators.first { $0.code == "3.a" }?.kind == nil)
            #expect(try await store.audit(AuditFilter(action: "load-criteria")).filter { $0.key == "commune-2026-2030-86" }.count == 2)
        },
    ]
}
