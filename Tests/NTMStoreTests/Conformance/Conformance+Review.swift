import Foundation
import NTMCore
import NTMStore
import Testing

extension Conformance {
    static let review: [ConformanceCase] = [
        ConformanceCase(name: "draft → submitted → verified → approved, each step a revision; approved values are locked") { store in
            let slot = Values.slot()
            try await store.write([Values.change(slot, Values.ratio(10, 20), expected: .none)], status: .draft, by: "xa", batch: nil)
            try await store.review([ReviewRequest(slot: slot, action: .submit, expected: .revision(1))], by: "xa")
            try await store.review([ReviewRequest(slot: slot, action: .verify, expected: .revision(2))], by: "huyen")
            let approved = try await store.review([ReviewRequest(slot: slot, action: .approve, expected: .revision(3))], by: "vpdp")
            #expect(approved.first?.status == .approved)
            #expect(try await store.history(slot).map(\.status) == [.draft, .submitted, .verified, .approved])
            await #expect(throws: StoreError.review(slot, .locked)) {
                try await store.write([Values.change(slot, Values.ratio(11, 20), expected: .revision(4))], status: .draft, by: "xa", batch: nil)
            }
            let reopened = try await store.review(
                [ReviewRequest(slot: slot, action: .reopen(comment: "Sai số hộ"), expected: .revision(4))], by: "vpdp")
            #expect(reopened.first?.status == .draft)
            #expect(reopened.first?.comment == "Sai số hộ")
            try await store.write([Values.change(slot, Values.ratio(11, 20), expected: .revision(5))], status: .draft, by: "xa", batch: nil)
            let audit = try await store.audit(AuditFilter(action: "reopen"))
            #expect(audit.first?.actor == "vpdp")
            #expect(audit.first?.after?.contains("Sai số hộ") == true)
        },
        ConformanceCase(name: "a value sent back with a comment can be corrected and submitted again") { store in
            let slot = Values.slot()
            try await store.write([Values.change(slot, Values.ratio(10, 20), expected: .none)], status: .draft, by: "xa", batch: nil)
            try await store.review([ReviewRequest(slot: slot, action: .submit, expected: .revision(1))], by: "xa")
            await #expect(throws: StoreError.review(slot, .underReview(.submitted))) {
                try await store.write([Values.change(slot, Values.ratio(9, 20), expected: .revision(2))], status: .draft, by: "xa", batch: nil)
            }
            try await store.review([ReviewRequest(slot: slot, action: .sendBack(comment: "Thiếu minh chứng"), expected: .revision(2))], by: "huyen")
            try await store.write(
                [Values.change(slot, Values.ratio(9, 20), expected: .revision(3), evidence: "BC-2")], status: .draft, by: "xa", batch: nil)
            try await store.review([ReviewRequest(slot: slot, action: .submit, expected: .revision(4))], by: "xa")
            let history = try await store.history(slot)
            #expect(history.map(\.status) == [.draft, .submitted, .returned, .draft, .submitted])
            #expect(history[2].comment == "Thiếu minh chứng")
        },
        ConformanceCase(name: "steps out of order are refused") { store in
            let slot = Values.slot()
            try await store.write([Values.change(slot, Values.ratio(10, 20), expected: .none)], status: .draft, by: "xa", batch: nil)
            await #expect(throws: StoreError.review(slot, .notAllowed(from: .draft, action: "approve"))) {
                try await store.review([ReviewRequest(slot: slot, action: .approve, expected: .revision(1))], by: "vpdp")
            }
            await #expect(throws: StoreError.noValue(Values.slot("29521", "12"))) {
                try await store.review([ReviewRequest(slot: Values.slot("29521", "12"), action: .submit, expected: .latest)], by: "xa")
            }
            #expect(try await store.history(slot).count == 1)
        },
    ]
}
