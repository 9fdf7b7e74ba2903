import Foundation
import NTMCore

/// Every path the application serves, in one place; links are built from these, never typed inline.
enum Paths {
    static let overview = "/"
    static let briefing = "/giao-ban"
    static let login = "/dang-nhap"
    static let logout = "/dang-xuat"
    static let district = "/huyen"
    static let commune = "/xa"
    static let matrix = "/ma-tran"
    static let entry = "/nhap-lieu"
    /// After `/nhap-lieu/:code`: the live evaluation of the form as typed.
    static let entryPreviewSegment = "xem-truoc"
    static let review = "/tham-dinh"
    static let criteria = "/bo-tieu-chi"
    static let audit = "/nhat-ky"
    static let todo = "/viec-can-lam"
    static let targets = "/muc-tieu"
    /// The coordination office's form to add a target, or to change one (`?id=`).
    static let targetForm = "/sua-muc-tieu"
    /// Tasks given by directives: scorecards, what needs attention, every task; one task with its reports.
    static let tasks = "/nhiem-vu"
    static func task(_ id: String) -> String { "\(tasks)/\(id)" }
    static let taskReportSegment = "bao-cao"
    static let taskCompleteSegment = "hoan-thanh"
    static let taskExtendSegment = "gia-han"
    /// Briefing sessions with their frozen figures, and one compared with now.
    static let sessions = "/cuoc-hop"
    static func session(_ id: String) -> String { "\(sessions)/\(id)" }
    /// The organisations of the programme with their codes: the office, departments, districts and communes.
    static let organisations = "/co-quan"
    /// A department's view: its criteria across the province, where unmet and how far, and the tasks it leads.
    static let departments = "/so-nganh"
    static func department(_ code: String) -> String { "\(departments)/\(code)" }
    /// Directives (conclusions of briefings) and the tasks each gives.
    /// Funding by source, unit and criterion, with disbursement rates and construction debts.
    static let funds = "/nguon-von"
    static let fundsTemplate = "/nguon-von/mau-excel"
    static let fundsImport = "/nguon-von/nhap-file"
    /// The office's documents: the briefing report and the notices of conclusions, as Word or PDF.
    static let reports = "/bao-cao"
    static let reportBriefing = "/bao-cao/bao-cao-giao-ban"
    static let reportConclusionsPrefix = "/bao-cao/thong-bao-ket-luan"
    static func reportConclusions(_ session: String) -> String { "\(reportConclusionsPrefix)/\(session)" }
    static let directives = "/chi-dao"
    static func directive(_ id: String) -> String { "\(directives)/\(id)" }
    static let search = "/tim-kiem"
    static let users = "/nguoi-dung"
    static let account = "/tai-khoan"
    static let accountPassword = "/tai-khoan/mat-khau"
    static let health = "/health"
    static let historySegment = "lich-su"
    static let templateSegment = "mau-excel"
    static let importFile = "/nhap-file"
    static let importConfirm = "/nhap-file/xac-nhan"
    static let assets = "/static"
    static func asset(_ file: String) -> String { "\(assets)/\(file)?v=\(StaticAssets.version)" }

    static let api = "/api/v1"
    static let apiSession = "/api/v1/\(APIEndpoint.signIn.path)"
    static let apiPreview = "/api/v1/\(APIEndpoint.preview.path)"

    static func district(_ code: UnitCode) -> String { "\(district)/\(code)" }
    static func commune(_ code: UnitCode) -> String { "\(commune)/\(code)" }
    static func entry(_ code: UnitCode) -> String { "\(entry)/\(code)" }
    static func history(_ code: UnitCode) -> String { "\(commune)/\(code)/\(historySegment)" }
    /// The data-entry template of a commune, or of every commune of a district.
    static func template(_ code: UnitCode, district isDistrict: Bool) -> String {
        "\(isDistrict ? district : commune)/\(code)/\(templateSegment)"
    }
    static func criteriaSet(_ id: CriteriaSetID) -> String { "\(criteria)/\(id)" }
    /// The stored criteria documents (sets, overlays, band schemes), their versions and the upload form.
    static let criteriaDocuments = "/van-ban-tieu-chi"
    /// Registrations for a target year and commune groups, with the office's (and districts') forms.
    static let registrations = "/dang-ky"
    static let communeGroupForm = "/dang-ky/nhom-xa"
    static func criteriaDocument(_ name: String) -> String {
        "\(criteriaDocuments)/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)"
    }
    static let thresholdEditorSegment = "nhap-nguong"
    /// The threshold editor of a set for a province.
    static func thresholdEditor(_ id: CriteriaSetID, province: UnitCode) -> String {
        "\(criteria)/\(id)/\(thresholdEditorSegment)?province=\(province)"
    }

    /// A path with query items, percent-encoded.
    static func with(_ path: String, _ items: [String: String?]) -> String {
        let query = items.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? $0.1)" }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }
}

extension CharacterSet {
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+?#")
        return set
    }()
}
