import HTTPTypes
import NTMCore

/// The heading of an error page, in the reader's language: "404 · Not Found" means nothing to a commune officer.
enum StatusTitle {
    static func text(_ status: Int, _ language: Language) -> String {
        let vi = language == .vi
        switch status {
        case 400: return vi ? "Yêu cầu không hợp lệ" : "Bad request"
        case 401: return vi ? "Cần đăng nhập" : "Sign-in required"
        case 403: return vi ? "Không có quyền" : "Not allowed"
        case 404: return vi ? "Không tìm thấy" : "Not found"
        case 405: return vi ? "Thao tác không được hỗ trợ" : "Method not allowed"
        case 409: return vi ? "Số liệu đã thay đổi" : "Conflict"
        case 413: return vi ? "Tệp quá lớn" : "Too large"
        case 415: return vi ? "Sai định dạng nội dung" : "Unsupported media type"
        case 422: return vi ? "Dữ liệu chưa hợp lệ" : "Invalid data"
        case 429: return vi ? "Quá nhiều lần thử" : "Too many attempts"
        case 501: return vi ? "Máy chủ chưa hỗ trợ" : "Not available on this server"
        case 503: return vi ? "Máy chủ đang bận" : "Server busy"
        case 500...: return vi ? "Lỗi máy chủ" : "Server error"
        default: return HTTPResponse.Status(code: status).reasonPhrase
        }
    }

    /// What to tell a person when the framework, not our code, refused the request (an unknown address).
    static func detail(_ status: HTTPResponse.Status, _ language: Language) -> String {
        let vi = language == .vi
        switch status.code {
        case 404:
            return vi ? "Không có trang nào ở địa chỉ này. Hãy dùng menu để đến trang cần xem." : "There is no page at this address. Use the menu."
        case 405: return vi ? "Địa chỉ này không nhận thao tác đó." : "This address does not accept that method."
        default: return text(status.code, language)
        }
    }
}
