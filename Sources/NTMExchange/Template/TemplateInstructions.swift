import Foundation
import NTMCore

/// The "Hướng dẫn" sheet: how to fill in the template, in the officer's words, so the form explains itself when it is
/// passed on by e-mail or Zalo without the web page that produced it.
enum TemplateInstructions {
    static func sheet(heading: TemplateHeading, generatedAt: Date) -> XLSXSheet {
        let language = heading.language
        let vi = language == .vi
        let made = VietnamTime.date(of: generatedAt)
        var rows: [[XLSXCell]] = [
            [.text(vi ? "HƯỚNG DẪN NHẬP SỐ LIỆU" : "HOW TO FILL IN THIS FORM", style: XLSXStyle(bold: true))],
            [.text(vi ? "Đơn vị: \(heading.unitName)" : "Unit: \(heading.unitName)")],
            [.text(vi ? "Số liệu đến ngày: \(heading.date.vietnamese)" : "Values as of: \(heading.date.vietnamese)")],
            [.text(vi ? "Biểu mẫu tạo ngày: \(made.vietnamese)" : "Form made on: \(made.vietnamese)")],
            [],
        ]
        let steps = vi ? stepsVietnamese : stepsEnglish
        for (index, step) in steps.enumerated() {
            rows.append([.number(String(index + 1), style: XLSXStyle(horizontal: .right)), .text(step, style: XLSXStyle(wrap: true))])
        }
        rows.append([])
        rows.append([.text("", style: TemplateRows.entry), .text(vi ? "Ô màu vàng: ô cần nhập" : "Yellow cell: to fill in")])
        return XLSXSheet(
            name: TemplateFormat.instructionsSheet(language), rows: rows, columnWidths: [6, 100], isProtected: true,
            page: XLSXPageSetup(orientation: .portrait, fitToWidth: true))
    }

    static let stepsVietnamese = [
        "Mỗi dòng của trang \"Nhập liệu\" là một chỉ tiêu của một xã. Chỉ nhập vào các ô màu vàng: Giá trị mới (hoặc Tử số và Mẫu số), Nguồn số liệu, Minh chứng, Ghi chú.",
        "Cột \"Giá trị hiện tại\" là số liệu đang áp dụng, ghi nhận ngày ở cột \"Số liệu ngày\". Chỉ tiêu không thay đổi thì để trống ô Giá trị mới.",
        "Chỉ tiêu Đạt/Không đạt: chọn trong danh sách của ô. Điều kiện: chọn Có hoặc Không.",
        "Tỷ lệ (%): nhập tử số và mẫu số (ví dụ 45 và 50), hoặc nhập tỷ lệ: 90, 90% hoặc 90,5. Ô định dạng phần trăm được hiểu đúng (0,9 hiển thị 90%).",
        "Số thập phân dùng dấu phẩy (45,5) hoặc dấu chấm (45.5); số có phân cách hàng nghìn viết 1.250.000.",
        "Không sửa các cột Mã xã, Mã chỉ tiêu, Phiên bản; không thêm, xóa hay đổi tên cột. Có thể xóa những dòng không cần.",
        "Nhập tệp tại trang của xã hoặc huyện trên NTM Monitor, mục \"Nhập file Excel/CSV\". Hệ thống kiểm tra toàn bộ tệp và cho xem trước các thay đổi; nếu có lỗi, không số liệu nào được lưu và mỗi lỗi ghi rõ dòng, cột cần sửa.",
        "Nếu người khác đã sửa số liệu sau khi tải biểu mẫu, hệ thống báo xung đột ở dòng đó: tải biểu mẫu mới và nhập lại.",
    ]

    static let stepsEnglish = [
        "Each row of the \"Data entry\" sheet is one indicator of one commune. Fill in the yellow cells only: New value (or Numerator and Denominator), Source, Evidence, Note.",
        "\"Current value\" is the value in force, recorded on the date in \"Value as of\". Leave New value empty when nothing changed.",
        "Met/Not met indicators: pick from the cell's list. Conditions: pick Yes or No.",
        "Percentages: enter the numerator and denominator (e.g. 45 and 50), or the rate: 90, 90% or 90.5. Cells formatted as percentages are read correctly (0.9 shown as 90%).",
        "Decimals take a comma (45,5) or a point (45.5); thousands are written 1.250.000 or 1,250,000.",
        "Do not edit the Commune code, Indicator code and Revision columns; do not add, delete or rename columns. Rows you do not need may be deleted.",
        "Import the file on the commune's or district's page in NTM Monitor, \"Import Excel/CSV\". The whole file is checked and the changes are shown before anything is saved; if there is an error nothing is saved and each error names its row and column.",
        "If someone changed a value after you downloaded the form, that row is reported as a conflict: download a new form and enter it again.",
    ]
}
