import Foundation
import NTMCore
import NTMData
import NTMStore
import NTMTargets
import Testing

extension Conformance {
    static func target(_ id: String, share: String = "70", deadline: String = "2019-10-15") -> TargetDocument {
        TargetDocument(
            id: id, title: LocalizedText(vi: "Càng Long: ≥ \(share)% số xã đạt chuẩn", en: "Càng Long: ≥ \(share)%"), scope: "unit:844",
            measure: .init(kind: "share-at-standard", value: share), start: LocalDate(iso: "2019-06-30"),
            deadline: LocalDate(iso: deadline) ?? LocalDate(year: 2019, month: 10, day: 15)!,
            source: .init(document: "Kết luận giao ban", date: LocalDate(year: 2019, month: 7, day: 24)!, text: "ít nhất 70%"),
            owner: "unit:844", notes: nil)
    }

    static let targets: [ConformanceCase] = [
        ConformanceCase(name: "targets are stored whole, listed by deadline, and read back as the same target") { store in
            try await store.saveTarget(target("b", deadline: "2019-12-31"), by: "vanphong")
            try await store.saveTarget(target("a"), by: "vanphong")
            let stored = try await store.targets()
            #expect(stored.map(\.id) == ["a", "b"])
            #expect(stored.first == target("a"))
            #expect(try stored.first?.target().measure == .shareAtStandard(FixedDecimal(70)))
        },
        ConformanceCase(name: "a changed target replaces the old one, both kept in the audit; an unchanged save records nothing") {
            store in
            try await store.saveTarget(target("a"), by: "vanphong")
            try await store.saveTarget(target("a", share: "80"), by: "vanphong")
            try await store.saveTarget(target("a", share: "80"), by: "vanphong")
            #expect(try await store.targets().map(\.measure.value) == ["80"])
            let audit = try await store.audit(AuditFilter(entity: "target"))
            #expect(Set(audit.map(\.action)) == ["create-target", "update-target"])
            #expect(audit.count == 2)
            let update = try #require(audit.first { $0.action == "update-target" })
            #expect(update.before?.contains("\"value\":\"70\"") == true)
            #expect(update.after?.contains("\"value\":\"80\"") == true)
            #expect(update.key == "a")
        },
    ]
}
