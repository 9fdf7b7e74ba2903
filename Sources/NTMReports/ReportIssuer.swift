import NTMCore

/// Who issues a document and how it is addressed: the header block's left column, the number's symbol, the place
/// before the date, the signature block and the recipients (Nơi nhận), as NĐ 30/2020/NĐ-CP (Phụ lục I) lays them out.
public struct ReportIssuer: Hashable, Sendable {
    /// The body above the issuer, upper case ("UBND TỈNH TRÀ VINH").
    public var parent: String
    /// The issuer, upper case ("VĂN PHÒNG ĐIỀU PHỐI NTM").
    public var name: String
    /// The issuer as a sentence names it ("Văn phòng Điều phối nông thôn mới tỉnh Trà Vinh").
    public var sentenceName: String
    /// The place before the date ("Trà Vinh").
    public var place: String
    /// The register number, left blank for the office's clerk to fill in at signing unless given.
    public var number: String?
    /// The signer's title in the signature block ("CHÁNH VĂN PHÒNG").
    public var signerTitle: String
    public var signerName: String?
    public var recipients: [String]

    public init(
        parent: String, name: String, sentenceName: String, place: String, number: String? = nil, signerTitle: String, signerName: String? = nil,
        recipients: [String]
    ) {
        self.parent = parent
        self.name = name
        self.sentenceName = sentenceName
        self.place = place
        self.number = number
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }

    /// The province's coordination office: its parent and place come from the province's name on `date`, so a
    /// report of Vĩnh Long after the 2025 merger is issued by Vĩnh Long's office, one of Trà Vinh before it by
    /// Trà Vinh's. The recipients are the usual ones for a briefing report; the office edits them as it likes.
    public static func coordinationOffice(province: AdministrativeUnit?, districtLevel: Bool) -> ReportIssuer {
        let place = province.map { placeName($0.name) } ?? "Việt Nam"
        var recipients = ["Như trên", "Thường trực UBND tỉnh (b/c)", "Các sở, ban, ngành thành viên Ban Chỉ đạo"]
        recipients.append(districtLevel ? "UBND các huyện, thị xã, thành phố" : "UBND các xã, phường")
        recipients.append("Lưu: VT, VPĐP")
        return ReportIssuer(
            parent: "UBND " + (province.map { $0.name.uppercased() } ?? "TỈNH"), name: "VĂN PHÒNG ĐIỀU PHỐI NTM",
            sentenceName: "Văn phòng Điều phối nông thôn mới" + (province.map { " " + $0.name.lowercasedFirstWord } ?? ""), place: place,
            signerTitle: "CHÁNH VĂN PHÒNG", recipients: recipients)
    }

    /// "Tỉnh Trà Vinh" → "Trà Vinh", "Thành phố Cần Thơ" → "Cần Thơ".
    static func placeName(_ name: String) -> String {
        for prefix in ["Tỉnh ", "Thành phố ", "TP. "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }
}

extension String {
    /// "Tỉnh Trà Vinh" → "tỉnh Trà Vinh", as a name reads inside a sentence.
    var lowercasedFirstWord: String {
        guard let space = firstIndex(of: " ") else { return self }
        return self[..<space].lowercased() + self[space...]
    }
}
