import Foundation

/// Converts text typed with legacy Vietnamese fonts (TCVN3/ABC, VNI) to Unicode NFC.
public enum LegacyVietnamese {
    /// The legacy encoding the text appears to use, or nil when it is plain Unicode (or ASCII) text.
    public static func detect(_ text: String) -> LegacyVietnameseEncoding? {
        Detector.detect(text)
    }

    /// Converts text known to be in `encoding` (as Latin-1/Windows-1252 characters) to Unicode NFC.
    public static func convert(_ text: String, from encoding: LegacyVietnameseEncoding) -> String {
        convert(text, from: encoding, capitalFont: false)
    }

    /// Converts text known to be in `encoding`; `capitalFont` says it was shown in an
    /// all-capital font such as ".VnTimeH", where every letter, toned vowels included, is a capital.
    public static func convert(_ text: String, from encoding: LegacyVietnameseEncoding, capitalFont: Bool) -> String {
        // Composing first lets decomposed Latin-1 letters (e + U+0302) match their codes.
        let composed = text.precomposedStringWithCanonicalMapping
        let decoded =
            switch encoding {
            case .tcvn3: TCVN3Decoder.decode(composed, capitalFont: capitalFont)
            case .vni: VNIDecoder.decode(composed, capitalFont: capitalFont)
            }
        return decoded.precomposedStringWithCanonicalMapping
    }

    /// Detects and converts; always returns NFC. `converted` says which legacy encoding was found.
    public static func normalize(_ text: String) -> (text: String, converted: LegacyVietnameseEncoding?) {
        let composed = text.precomposedStringWithCanonicalMapping
        guard let encoding = detect(composed) else { return (composed, nil) }
        return (convert(composed, from: encoding), encoding)
    }

    /// Decodes a text file's bytes: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, otherwise Windows-1252.
    public static func decode(_ data: Data) -> String {
        TextBytes.decode(data)
    }
}
