import NTMCommands
import NTMCore
import NTMData
import Testing

/// The demo must tell the story of the 2019 Trà Vinh briefing.
@Suite("Trà Vinh demo dataset")
struct DemoDatasetTests {
    let engine: EvaluationEngine
    let briefing: BandScheme

    init() throws {
        engine = try BundledData.demoEngine()
        briefing = try #require(try BundledData.bandSchemes().first { $0.id == "briefing" })
    }

    @Test("on 30/06/2019, of the 17 xã registered for 2019, 02 meet 19/19, 13 meet 14–18 and 02 fewer than 14")
    func briefingOf24July2019() throws {
        let summary = try engine.summary(of: .registered(year: 2019, within: "84"), on: BundledData.demoBriefingDate, bands: briefing)
        #expect(summary.communes == 17)
        #expect(summary.bands.map(\.communes) == [2, 13, 2])
        #expect(
            BriefingText.headline(summary, language: .vi)
                == "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí.")
    }

    /// The roll-up judges stored values on its own read path (`CompiledCriteriaSet.storedOutcome`); the commune page
    /// explains through `judge`. On real-shaped data (conditions, the ĐBKK substitution, illustrative levels) they agree.
    @Test("the roll-up's result for every xã equals its explained evaluation, on every demo day")
    func rollUpAgreesWithExplanation() throws {
        for day in ["2018-06-30", "2018-12-31", "2019-06-30", "2019-09-30", "2019-12-31", "2020-03-31"] {
            let date = try #require(LocalDate(iso: day))
            let live = try LiveSummary(engine: engine, scope: .unit("84"), on: date, bands: briefing)
            #expect(live.communeCodes.count == 85)
            for code in live.communeCodes {
                let outcome = try #require(live.outcome(of: code))
                let explained = try engine.evaluate(code, on: date)
                let met = explained.criteria.indices.filter { explained.criteria[$0].status.countsAsMet }
                let undetermined = explained.criteria.indices.filter { explained.criteria[$0].status == .undetermined }
                #expect((0..<outcome.criteriaCount).filter(outcome.isMet) == met, "\(code) \(day)")
                #expect((0..<outcome.criteriaCount).filter(outcome.isUndetermined) == undetermined, "\(code) \(day)")
                #expect(outcome.reachedStandard == explained.reachedStandard, "\(code) \(day)")
                #expect(outcome.hasData == explained.hasData, "\(code) \(day)")
                #expect(outcome.usesIllustrative == explained.usesIllustrativeThresholds, "\(code) \(day)")
            }
        }
    }

    @Test("39/85 xã at the standard at the end of 2018 and 55/85 at the end of 2019")
    func provinceTotals() throws {
        let end2018 = try engine.summary(of: .unit("84"), on: LocalDate(iso: "2018-12-31")!, bands: briefing)
        #expect(end2018.communes == 85)
        #expect(end2018.atStandard == 39)
        #expect(end2018.communeRows.allSatisfy { $0.criteriaMet >= 5 })
        let end2019 = try engine.summary(of: .unit("84"), on: LocalDate(iso: "2019-12-31")!, bands: briefing)
        #expect(end2019.atStandard == 55)
    }

    @Test("per-criterion counts on 30/06/2019 match the 2019 provincial figures")
    func criterionCounts() throws {
        let summary = try engine.summary(of: .unit("84"), on: BundledData.demoBriefingDate, bands: briefing)
        let counts = Dictionary(uniqueKeysWithValues: summary.criteria.map { ($0.number, $0.communesMeeting) })
        #expect(counts[2] == 67)
        #expect(counts[3] == 85)
        #expect(counts[4] == 81)
        #expect(counts[5] == 54)
        #expect(counts[6] == 67)
        #expect(counts[15] == 81)
        #expect(summary.undeterminedCommunes == 0)
    }

    @Test("district facts: Tiểu Cần complete, Cầu Kè 10/10 by the end of 2019, Càng Long 6/9 district criteria")
    func districtFacts() throws {
        let mid = try engine.summary(of: .unit("84"), on: BundledData.demoBriefingDate, bands: briefing)
        let byCode = Dictionary(uniqueKeysWithValues: mid.groups.map { ($0.code, $0) })
        #expect(byCode["846"]?.atStandard == 9)
        #expect(byCode["846"]?.standing?.reachedStandard == true)
        #expect(byCode["844"]?.standing?.criteriaMet == 6)
        #expect(byCode["844"]?.standing?.unmetCriteria == [1, 5, 8])
        let end = try engine.summary(of: .unit("84"), on: LocalDate(iso: "2019-12-31")!, bands: briefing)
        let endByCode = Dictionary(uniqueKeysWithValues: end.groups.map { ($0.code, $0) })
        #expect(endByCode["845"]?.atStandard == 10)
        #expect(endByCode["845"]?.standing?.reachedStandard == true)
        #expect(endByCode["844"]?.atStandard == 10)
    }

    @Test("every observation says it is synthetic")
    func labelledSynthetic() {
        #expect(engine.observations.allObservations().allSatisfy { $0.source?.contains("synthetic") == true })
    }

    @Test("the shipped demo files are exactly what the generator writes")
    func regenerates() throws {
        let generated = try DemoFiles.generate()
        #expect(generated.observations == (try BundledData.file(BundledData.demoObservationsFile).text))
        #expect(generated.registrations == (try BundledData.file(BundledData.demoRegistrationsFile).text))
        #expect(generated.groups2026 == (try BundledData.file(BundledData.demo2026GroupsFile).text))
        #expect(generated.observations2026 == (try BundledData.file(BundledData.demo2026ObservationsFile).text))
    }

    @Test("the 2026 demo: every Vĩnh Long xã has a group and six synthetic values, judged against the illustrative overlay")
    func demo2026() throws {
        let demo = try BundledData.demo2026(on: engine)
        let day = LocalDate(iso: "2026-06-30")!
        let communes = demo.units.communes(under: "86", on: day).filter { $0.kind == .commune }
        #expect(!communes.isEmpty)
        #expect(communes.allSatisfy { demo.units.communeGroup(of: $0.code, on: day) != nil })
        #expect(demo.observations.count == communes.count * 6)
        #expect(demo.observations.allSatisfy { $0.source?.contains("synthetic") == true && $0.date == day })
        #expect(demo.overlay.text.contains("illustrative: true"))
    }
}
