import Foundation
import Hummingbird
import NTMCore
import NTMStore

/// Read endpoints: units, criteria sets, values and their history, evaluations and summaries.
struct APIReads: Sendable {
    let services: WebServices

    func register(on api: RouterGroup<SignedInContext>) {
        api.on(.units) { request, context in
            let query = Query(request: request)
            let date = try query.date(default: services.defaultDate())
            let engine = try await services.evaluation.currentEngine()
            var units = engine.units.allCodes.compactMap { engine.units.unit($0, on: date) }
            if let parent = query.string("parent") { units = units.filter { $0.parent?.rawValue == parent } }
            // `kind=` (empty) is a malformed filter, refused like an unknown kind rather than read as no filter.
            if let text = request.uri.queryParameters.get("kind") {
                guard let kind = UnitKind(rawValue: text) else {
                    throw AppError.badRequest(.init(vi: "loại đơn vị '\(text)' không hợp lệ", en: "unknown unit kind '\(text)'"), field: "kind")
                }
                units = units.filter { $0.kind == kind }
            }
            return try JSONResponse.make(units.map { UnitJSON($0, group: engine.units.communeGroup(of: $0.code, on: date)) })
        }
        api.on(.unit) { request, context in
            let code = UnitCode(context.parameters.get("code") ?? "")
            let date = try Query(request: request).date(default: services.defaultDate())
            let engine = try await services.evaluation.currentEngine()
            guard let unit = engine.units.unit(code, on: date) else {
                throw AppError.notFound(LocalizedText(vi: "đơn vị \(code) vào ngày \(date.vietnamese)", en: "unit \(code) on \(date.iso)"))
            }
            return try JSONResponse.make(
                UnitDetailJSON(
                    unit: UnitJSON(unit, group: engine.units.communeGroup(of: code, on: date)),
                    children: engine.units.children(of: code, on: date).map { UnitJSON($0, group: engine.units.communeGroup(of: $0.code, on: date)) },
                    lineage: engine.units.lineage(of: code)))
        }
        api.on(.criteriaSets) { _, context in
            let catalog = try await services.evaluation.currentEngine().catalog
            return try JSONResponse.make(
                catalog.sets.map { set in
                    CriteriaSetSummaryJSON(
                        id: set.id.rawValue, title: set.title.text(context.language), level: set.level.rawValue,
                        decision: set.legalBasis.decision, validFrom: set.validity.from?.iso, validUntil: set.validity.until?.iso,
                        complete: set.completeness.isComplete, criteria: set.criteria.count, indicators: set.allIndicators.count,
                        overlays: catalog.overlays.filter { $0.base == set.id }.map(\.id))
                })
        }
        api.on(.criteriaSet) { request, context in
            return try JSONResponse.make(try await criteriaSet(request, context: context))
        }
        api.on(.criteriaSetMissing) { request, context in
            return try JSONResponse.make(try await criteriaSet(request, context: context).missingItems())
        }
        api.on(.observations) { request, context in
            let query = Query(request: request)
            var statuses: [ReviewStatus]?
            if let text = query.string("status") {
                statuses = try text.split(separator: ",").map { value in
                    guard let status = ReviewStatus(rawValue: String(value)) else {
                        throw AppError.badRequest(.init(vi: "trạng thái '\(value)' không hợp lệ", en: "unknown status '\(value)'"), field: "status")
                    }
                    return status
                }
            }
            let filter = RecordFilter(
                units: query.string("unit").map { [UnitCode($0)] },
                criteriaSet: query.string("criteriaSet").map { CriteriaSetID($0) },
                date: request.uri.queryParameters.get("date") == nil ? nil : try query.date(default: services.defaultDate()),
                statuses: statuses, limit: try query.int("limit", default: 1000, range: 1...10_000))
            let visibility = RecordVisibility(engine: try await services.evaluation.currentEngine(), account: context.account)
            return try JSONResponse.make(visibility.visible(try await services.store.currentRecords(filter)))
        }
        api.on(.history) { request, context in
            let query = Query(request: request)
            guard let unit = query.string("unit"), let set = query.string("criteriaSet"), let indicator = query.string("indicator") else {
                throw AppError.badRequest(
                    .init(vi: "cần unit, criteriaSet, indicator và date", en: "unit, criteriaSet, indicator and date are required"))
            }
            let slot = ObservationSlot(
                unit: UnitCode(unit), criteriaSet: CriteriaSetID(set), indicator: IndicatorCode(indicator),
                date: try query.date(default: services.defaultDate()))
            let visibility = RecordVisibility(engine: try await services.evaluation.currentEngine(), account: context.account)
            return try JSONResponse.make(visibility.visible(try await services.store.history(slot)))
        }
        api.on(.evaluation) { request, context in
            let date = try Query(request: request).date(default: services.defaultDate())
            let unit = UnitCode(context.parameters.get("unit") ?? "")
            return try JSONResponse.make(try await services.evaluation.evaluate(unit, on: date, language: context.language))
        }
        api.on(.summary) { request, context in
            let query = try await OverviewQuery(request: request, services: services)
            let communes = try Query(request: request).bool("communes", default: true)
            let key = "api-summary|\(query.cacheKey)|\(communes)|\(context.language.rawValue)"
            let body = try await services.cache.body(for: key, version: try await services.currentVersion()) {
                let summary = try await services.evaluation.summary(
                    of: query.scope, on: query.date, bands: query.bands, language: context.language,
                    grouping: query.grouping, includeCommunes: communes)
                return String(decoding: try JSONResponse.encoder.encode(summary), as: UTF8.self)
            }
            return JSONResponse.make(data: Data(body.utf8))
        }
    }

    private func criteriaSet(_ request: Request, context: SignedInContext) async throws -> CriteriaSet {
        let catalog = try await services.evaluation.currentEngine().catalog
        let id = CriteriaSetID(context.parameters.get("id") ?? "")
        guard let set = catalog.set(id) else { throw AppError.notFound(LocalizedText(vi: "bộ tiêu chí \(id)", en: "criteria set \(id)")) }
        return catalog.effectiveSet(set, province: Query(request: request).string("province").map { UnitCode($0) })
    }
}

/// Reads `scope=` values: a unit code, `registered:YEAR[@CODE]` or `all`.
enum ScopeParameter {
    static func parse(_ text: String?, default fallback: UnitCode?) throws -> EvaluationScope {
        guard let text else { return fallback.map(EvaluationScope.unit) ?? .everything }
        guard let scope = EvaluationScope(parsing: text) else {
            throw AppError.badRequest(
                .init(
                    vi: "phạm vi '\(text)' không hợp lệ (mã đơn vị, registered:NĂM hoặc all)",
                    en: "'\(text)' is not a scope (a unit code, registered:YEAR or all)"), field: "scope")
        }
        return scope
    }
}
