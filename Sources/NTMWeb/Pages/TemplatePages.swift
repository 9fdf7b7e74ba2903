import Foundation
import Hummingbird
import NTMCore
import NTMExchange

/// "Tải mẫu Excel": the data-entry template of a commune, or of every commune of a district, prefilled with the
/// values in force on the chosen date.
struct TemplatePages: Sendable {
    let services: WebServices

    func register(on router: RouterGroup<SignedInContext>) {
        router.get("\(Paths.commune)/:code/\(Paths.templateSegment)") { request, context in try await download(request, context: context) }
        router.get("\(Paths.district)/:code/\(Paths.templateSegment)") { request, context in try await download(request, context: context) }
    }

    func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let code = UnitCode(context.parameters.get("code") ?? "")
        let date = try Query(request: request).date(default: services.defaultDate())
        let language = context.language
        let engine = try await services.evaluation.currentEngine()
        guard let unit = engine.units.unit(code, on: date) else { throw EngineError.unknownUnit(code, on: date) }
        // The template shows working values (drafts, returned values): the same readers as the entry and review pages.
        guard AccessPolicy(engine: engine).canReadWorkingValues(context.account, unit: code, on: date) else {
            throw AppError.forbidden(
                LocalizedText(
                    vi: "tài khoản \(context.account.username) không được tải biểu mẫu của \(unit.name)",
                    en: "account \(context.account.username) may not download the template of \(unit.name)"))
        }
        let workbook: XLSXWorkbook
        do {
            workbook = try await TemplateWriter.workbook(
                for: code, on: date, engine: engine, store: services.store, language: language, generatedAt: services.clock.now())
        } catch let problem as TemplateWriter.Problem {
            throw AppError.badRequest(problem.message)
        }
        return FileDownload.response(
            try XLSXWriter.write(workbook), fileName: TemplateWriter.fileName(scope: code, on: date, language: language),
            contentType: FileDownload.xlsx)
    }
}
