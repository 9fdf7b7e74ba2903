import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// `/api/v1/registrations` and `/api/v1/commune-groups`: which xã register for which year, and which group (G1–G3)
/// each commune belongs to from which day. Adding is all or nothing, checked by the same rules as `ntm registrations
/// import` and `ntm units groups` (`Registration.problem`, `CommuneGroupAssignment.problem`).
struct APIRegistrations: Sendable {
    let services: WebServices

    struct RegistrationJSON: Codable, Sendable {
        let unit: String
        let targetYear: Int
        let registeredOn: LocalDate?
        let source: String?

        init(_ registration: Registration) {
            unit = registration.unit.rawValue
            targetYear = registration.targetYear
            registeredOn = registration.registeredOn
            source = registration.source
        }

        var registration: Registration {
            Registration(unit: UnitCode(unit), targetYear: targetYear, registeredOn: registeredOn, source: source.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    struct GroupJSON: Codable, Sendable {
        let unit: String
        let group: String
        let effectiveFrom: LocalDate
        let source: String?

        init(_ assignment: CommuneGroupAssignment) {
            unit = assignment.unit.rawValue
            group = assignment.group.rawValue
            effectiveFrom = assignment.effectiveFrom
            source = assignment.source
        }
    }

    struct StoredJSON: Encodable, Sendable {
        let stored: Int
    }

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.registrations) { request, _ in
            let within = Query(request: request).string("within").map { UnitCode($0) }
            let engine = try await services.evaluation.currentEngine()
            let fallback = services.defaultDate()
            // Within a province or district at any time in the commune's life: registrations outlive reorganisations.
            let all = engine.registrations.all.filter { registration in
                guard let within else { return true }
                return engine.units.versions(of: registration.unit).contains { version in
                    let day = version.validity.from ?? version.validity.until ?? fallback
                    return engine.units.ancestry(of: registration.unit, on: day).contains { $0.code == within }
                }
            }
            return try JSONResponse.make(all.map(RegistrationJSON.init))
        }
        api.on(.addRegistrations) { request, context in
            let body = try await JSONResponse.decode([RegistrationJSON].self, from: request, context: context)
            let engine = try await services.evaluation.currentEngine()
            let policy = AccessPolicy(engine: engine)
            let today = services.defaultDate()
            var problems: [FieldProblem] = []
            for (index, item) in body.enumerated() {
                let registration = item.registration
                if let problem = registration.problem(in: engine.units) {
                    problems.append(FieldProblem(field: "[\(index)].\(problem.field)", message: problem.message))
                } else if !policy.canRegister(context.account, unit: registration.unit, on: registration.registeredOn ?? today) {
                    throw AppError.forbidden(
                        LocalizedText(
                            vi: "tài khoản này không được đăng ký cho xã \(registration.unit)",
                            en: "this account may not register xã \(registration.unit)"))
                }
            }
            guard problems.isEmpty else { throw AppError.invalid(problems) }
            try await services.store.addRegistrations(body.map(\.registration), by: context.account.username)
            try await services.evaluation.catchUp()
            return try JSONResponse.make(StoredJSON(stored: body.count), status: .created)
        }
        api.on(.communeGroups) { _, _ in
            let engine = try await services.evaluation.currentEngine()
            return try JSONResponse.make(engine.units.allGroupAssignments.map(GroupJSON.init))
        }
        api.on(.addCommuneGroups) { request, context in
            let office = try APIAdmin(services: services).requireOffice(context)
            let body = try await JSONResponse.decode([GroupJSON].self, from: request, context: context)
            let units = try await services.store.loadUnits()
            var problems: [FieldProblem] = []
            var assignments: [CommuneGroupAssignment] = []
            for (index, item) in body.enumerated() {
                guard let group = CommuneGroup(code: item.group) else {
                    problems.append(
                        FieldProblem(
                            field: "[\(index)].group",
                            message: LocalizedText(
                                vi: "nhóm xã '\(item.group)' không hợp lệ (dùng G1, G2 hoặc G3)",
                                en: "unknown commune group '\(item.group)' (expected G1, G2 or G3)")))
                    continue
                }
                let assignment = CommuneGroupAssignment(
                    unit: UnitCode(item.unit), group: group, effectiveFrom: item.effectiveFrom, source: item.source.flatMap { $0.isEmpty ? nil : $0 })
                if let problem = assignment.problem(in: units) {
                    problems.append(FieldProblem(field: "[\(index)].\(problem.field)", message: problem.message))
                }
                assignments.append(assignment)
            }
            guard problems.isEmpty else { throw AppError.invalid(problems) }
            try await services.store.replaceUnits(try units.adding(assignments), by: office.username, note: "API commune-groups")
            try await services.evaluation.catchUp()
            return try JSONResponse.make(StoredJSON(stored: assignments.count), status: .created)
        }
    }
}
