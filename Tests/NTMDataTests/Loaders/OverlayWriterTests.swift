import NTMCore
import NTMData
import Testing

@Suite("Overlay writer")
struct OverlayWriterTests {
    @Test("the bundled Trà Vinh overlay, written out and read back, is the same overlay")
    func bundledOverlayRoundTrips() throws {
        let catalog = try BundledData.catalog()
        let original = try #require(catalog.overlays.first { $0.id == "travinh-2016-2020" })
        let base = try #require(catalog.set(original.base))
        let text = OverlayWriter.text(original, header: ["written by a test"])
        let reread = try OverlayLoader.load(text, file: "written.yaml", base: base)
        #expect(reread == original)
        #expect(text.hasPrefix("# written by a test\noverlay: \"travinh-2016-2020\"\n"))
    }

    @Test("quotes, line breaks and backslashes in texts survive")
    func escapesText() throws {
        let base = try #require(try BundledData.catalog().set("commune-2021-2025"))
        let overlay = CriteriaOverlay(
            id: "thu", title: LocalizedText(vi: "Tỉnh \"Thử\"\ndòng 2 \\ hết", en: "Test: a, b"), base: base.id, province: "86",
            sources: [SourceReference(id: "S", title: "QĐ 1/QĐ-UBND: \"x\"", url: "https://example.org/a?b=1")], note: "ghi chú: #1")
        #expect(try OverlayLoader.load(OverlayWriter.text(overlay), file: "thu.yaml", base: base) == overlay)
    }
}
