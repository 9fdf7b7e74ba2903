import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NTMCore
import NTMWeb
import Testing

/// Every role × every write endpoint × a unit or criterion inside and outside the role's scope: the server
/// must allow exactly what the access rules allow, whatever the pages offer.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    enum Scope: String, CaseIterable, Sendable { case inside, outside }

    /// What each role acts on, inside and outside its scope.
    struct Target: Sendable {
        var unit: UnitCode
        var set: CriteriaSetID = Fixture.set
        var indicator: IndicatorCode
    }

    static let districtSet: CriteriaSetID = "district-2016-2020"

    static func target(role: String, scope: Scope, endpoint: WriteEndpoint) -> Target {
        let enteringOwnDistrict = endpoint == .enterValue || endpoint == .submit || endpoint == .entryForm
        switch (role, scope) {
        case ("vanphong", .inside): return Target(unit: Fixture.commune, indicator: Fixture.poverty)
        case ("vanphong", .outside): return Target(unit: Fixture.otherCommune, indicator: Fixture.poverty)
        case ("xa", .inside): return Target(unit: Fixture.commune, indicator: Fixture.poverty)
        case ("xa", .outside): return Target(unit: Fixture.neighbour, indicator: Fixture.poverty)
        case ("huyen", .inside) where enteringOwnDistrict: return Target(unit: Fixture.district, set: districtSet, indicator: "1.1")
        case ("huyen", .outside) where enteringOwnDistrict: return Target(unit: Fixture.otherDistrict, set: districtSet, indicator: "1.1")
        case ("huyen", .inside): return Target(unit: Fixture.commune, indicator: Fixture.poverty)
        case ("huyen", .outside): return Target(unit: Fixture.otherCommune, indicator: Fixture.poverty)
        case ("so-nnptnt", .inside): return Target(unit: Fixture.commune, indicator: Fixture.irrigation)
        case ("so-nnptnt", .outside): return Target(unit: Fixture.commune, indicator: Fixture.poverty)
        case (_, .inside): return Target(unit: Fixture.commune, indicator: Fixture.poverty)
        case (_, .outside): return Target(unit: Fixture.otherCommune, indicator: Fixture.poverty)
        }
    }

    static let roles = ["vanphong", "so-nnptnt", "huyen", "xa", "lanhdao"]

    /// The rules, written out as a table independent of `AccessPolicy`.
    static func allowed(role: String, endpoint: WriteEndpoint, scope: Scope) -> Bool {
        switch (role, endpoint) {
        case ("vanphong", _): true
        case ("xa", .enterValue), ("xa", .submit), ("xa", .entryForm): scope == .inside
        case ("huyen", .enterValue), ("huyen", .submit), ("huyen", .entryForm): scope == .inside
        case ("huyen", .verify), ("huyen", .sendBack), ("huyen", .reviewForm): scope == .inside
        case ("so-nnptnt", .verify), ("so-nnptnt", .sendBack), ("so-nnptnt", .reviewForm): scope == .inside
        default: false
        }
    }

    @Test("each role may write exactly within its scope", arguments: WriteEndpoint.allCases)
    func rolesWriteOnlyWithinScope(endpoint: WriteEndpoint) async throws {
        try await WebHarness.withApp { client, _ in
            let office = try await Browser.signedIn("vanphong", on: client)
            var day = 0
            var outcomes: [String] = []
            for role in Self.roles {
                let browser = try await Browser.signedIn(role, on: client)
                for scope in Scope.allCases {
                    day += 1
                    let target = Self.target(role: role, scope: scope, endpoint: endpoint)
                    let date = LocalDate(year: 2019, month: 8, day: day) ?? Fixture.july
                    let revision = try await endpoint.prepare(target: target, date: date, office: office)
                    let response = try await endpoint.perform(as: browser, target: target, date: date, revision: revision)
                    let expected = Self.allowed(role: role, endpoint: endpoint, scope: scope)
                    let succeeded = endpoint.succeeded(response.status)
                    let refused = response.status == .forbidden
                    if expected ? !succeeded : !refused {
                        outcomes.append(
                            "\(role) \(endpoint) \(scope) \(target.unit)/\(target.indicator): expected \(expected ? "success" : "403"), got \(response.status.code) \(response.text.prefix(200))"
                        )
                    }
                }
            }
            #expect(outcomes.isEmpty, "\(outcomes.joined(separator: "\n"))")
        }
    }
}

/// The endpoints that change something, each with the state it needs first.
enum WriteEndpoint: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case enterValue, submit, verify, sendBack, approve, reopen, entryForm, reviewForm, createUser, updateUser

    var testDescription: String { rawValue }

    func succeeded(_ status: HTTPResponse.Status) -> Bool {
        switch self {
        case .entryForm, .reviewForm: status == .found
        case .updateUser: status == .ok
        default: status == .created
        }
    }

    /// A pass-fail or percentage value that fits the target's indicator.
    static func value(_ target: AuthorizationMatrixTests.Target) -> [String: Any] {
        target.indicator == Fixture.poverty ? ["type": "ratio", "numerator": 120, "denominator": 2900] : ["type": "pass-fail", "met": true]
    }

    static func slot(_ target: AuthorizationMatrixTests.Target, _ date: LocalDate) -> [String: Any] {
        ["unit": target.unit.rawValue, "criteriaSet": target.set.rawValue, "indicator": target.indicator.rawValue, "date": date.iso]
    }

    /// Brings the target's slot to the state the endpoint acts on (as the office); returns its revision.
    func prepare(target: AuthorizationMatrixTests.Target, date: LocalDate, office: Browser) async throws -> Int {
        let needs: [String]
        switch self {
        case .enterValue, .entryForm, .createUser, .updateUser: return 0
        case .submit: needs = []
        case .verify, .sendBack, .reviewForm: needs = ["submit"]
        case .approve: needs = ["submit", "verify"]
        case .reopen: needs = ["submit", "verify", "approve"]
        }
        var change = Self.slot(target, date)
        change["value"] = Self.value(target)
        change["expectedRevision"] = 0
        let written = try await office.postJSON("/api/v1/observations", ["changes": [change]])
        guard written.status == .created else { throw BrowserError(message: "prepare: \(written.status) \(written.text)") }
        var revision = 1
        for action in needs {
            var review = Self.slot(target, date)
            review["action"] = action
            review["expectedRevision"] = revision
            let response = try await office.postJSON("/api/v1/reviews", ["reviews": [review]])
            guard response.status == .created else { throw BrowserError(message: "prepare \(action): \(response.status) \(response.text)") }
            revision += 1
        }
        return revision
    }

    func perform(as browser: Browser, target: AuthorizationMatrixTests.Target, date: LocalDate, revision: Int) async throws -> TestResponse {
        func review(_ action: String, comment: String? = nil) async throws -> TestResponse {
            var review = Self.slot(target, date)
            review["action"] = action
            review["expectedRevision"] = revision
            if let comment { review["comment"] = comment }
            return try await browser.postJSON("/api/v1/reviews", ["reviews": [review]])
        }
        switch self {
        case .enterValue:
            var change = Self.slot(target, date)
            change["value"] = Self.value(target)
            change["expectedRevision"] = 0
            return try await browser.postJSON("/api/v1/observations", ["changes": [change]])
        case .submit: return try await review("submit")
        case .verify: return try await review("verify")
        case .sendBack: return try await review("return", comment: "thiếu biên bản kiểm tra")
        case .approve: return try await review("approve")
        case .reopen: return try await review("reopen", comment: "số liệu cần rà soát lại")
        case .entryForm:
            let code = target.indicator.rawValue
            let fields: [(String, String)] =
                target.indicator == Fixture.poverty
                ? [("date", date.iso), ("n:\(code)", "120"), ("d:\(code)", "2900"), ("action", "save")]
                : [("date", date.iso), ("v:\(code)", "1"), ("action", "save")]
            return try await browser.postForm("/nhap-lieu/\(target.unit)", fields)
        case .reviewForm:
            let key = "\(target.unit)|\(target.set)|\(target.indicator)|\(date.iso)|\(revision)"
            return try await browser.postForm("/tham-dinh", [("item", key), ("action", "verify")])
        case .createUser:
            return try await browser.postJSON(
                "/api/v1/users",
                [
                    "username": "moi-\(UUID().uuidString.prefix(8).lowercased())", "role": "viewer",
                    "password": "mot-mat-khau-dai",
                ])
        case .updateUser:
            return try await browser.postJSON("/api/v1/users/lanhdao", ["displayName": "Lãnh đạo tỉnh"], method: .patch)
        }
    }
}
