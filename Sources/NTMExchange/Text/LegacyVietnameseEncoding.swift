/// A legacy 8-bit Vietnamese font encoding found in old provincial files.
public enum LegacyVietnameseEncoding: String, Sendable, CaseIterable {
    /// TCVN 5712:1993 VN3, also called ABC: the ".VnTime"/".VnArial" fonts, one byte per letter.
    case tcvn3
    /// VNI for Windows: the "VNI-Times" fonts, a base letter followed by a mark byte.
    case vni
}
