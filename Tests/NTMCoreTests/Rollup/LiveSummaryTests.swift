import NTMCore
import Testing

@Suite("Roll-ups")
struct LiveSummaryTests {
    @Test("district and province counts: at the standard, per band, average and per criterion")
    func countsPerDistrict() throws {
        let observations =
            Fixtures.allMet("100") + Fixtures.allMet("110")
            + [Fixtures.observation("101", "1.1", .passFail(true)), Fixtures.observation("101", "3.2", .count(1))]
        let summary = try Fixtures.engine(observations: observations).summary(of: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(summary.communes == 3)
        #expect(summary.atStandard == 2)
        #expect(summary.bands.map(\.communes) == [2, 0, 1])
        #expect(summary.averageCriteria == FixedDecimal("3"))  // (4 + 4 + 1) / 3
        #expect(summary.criteria.map(\.communesMeeting) == [3, 2, 2, 2])
        #expect(summary.groups.map(\.name) == ["Huyện A", "Huyện B"])
        #expect(summary.groups.map(\.atStandard) == [1, 1])
        #expect(summary.laggingCriteria.first?.number == 2)
        #expect(summary.alerts.first?.communes.isEmpty == true)
    }

    @Test("after one value changes, refreshing one commune equals evaluating everything again")
    func refreshEqualsRecompute() throws {
        var engine = try Fixtures.engine(observations: Fixtures.allMet("100") + Fixtures.allMet("101"))
        var live = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(live.total.atStandard == 2)
        try engine.record(Fixtures.observation("101", "2.1", .ratio(numerator: 30, denominator: 100)))
        live.refresh("101", engine: engine)
        let fresh = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(live.total == fresh.total)
        #expect(live.groupTallies == fresh.groupTallies)
        #expect(live.total.atStandard == 1)
        let refreshedOutsider = live.refresh("999", engine: engine)
        #expect(!refreshedOutsider)
    }

    @Test("the registered scope covers the xã registered for the year as of the date")
    func registeredScope() throws {
        let engine = try Fixtures.engine(
            observations: Fixtures.allMet("100"),
            registrations: [
                Registration(unit: "100", targetYear: 2019), Registration(unit: "101", targetYear: 2019),
                Registration(unit: "101", targetYear: 2020, registeredOn: "2019-07-01"),
                Registration(unit: "110", targetYear: 2020),
            ])
        let june = try engine.summary(of: .registered(year: 2019, within: nil), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(june.communeRows.map(\.code) == ["100", "101"])
        #expect(june.groups.allSatisfy { $0.standing == nil })
        let august = try engine.summary(of: .registered(year: 2019, within: "10"), on: "2019-08-01", bands: Fixtures.threeBands)
        #expect(august.communeRows.map(\.code) == ["100"])
    }

    @Test("a roll-up repeated on one engine sees values and registrations added since, though its roster is kept")
    func keptRosterSeesChanges() throws {
        var engine = try Fixtures.engine(observations: Fixtures.allMet("100"))
        let before = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(before.total.atStandard == 1)
        #expect(before.total.noDataCommunes == 2)
        for observation in Fixtures.allMet("110") { try engine.record(observation) }
        engine.register(Registration(unit: "110", targetYear: 2019))
        let after = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(after.total.atStandard == 2)
        #expect(after.total.noDataCommunes == 1)
        let registered = try LiveSummary(
            engine: engine, scope: .registered(year: 2019, within: nil), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(registered.communeCodes == ["110"])
        engine.register(Registration(unit: "100", targetYear: 2019))
        let more = try LiveSummary(
            engine: engine, scope: .registered(year: 2019, within: nil), on: Fixtures.day, bands: Fixtures.threeBands)
        #expect(more.communeCodes == ["100", "110"])
    }

    @Test("band schemes must cover every criteria count exactly once")
    func bandSchemesPartition() {
        #expect(throws: BandSchemeError.notAPartition(scheme: "test", total: 19)) {
            try BandScheme(
                id: "test", title: LocalizedText(vi: "x"),
                bands: [Band(id: "a", min: .allMinus(0), max: .allMinus(0)), Band(id: "b", min: .criteria(0), max: .criteria(10))]
            )
            .resolved(total: 19)
        }
        #expect(throws: BandSchemeError.emptyBand(scheme: "test", band: "2-3", total: 2)) { try Fixtures.threeBands.resolved(total: 2) }
    }

    @Test("scopes parse from the command line forms")
    func parsesScopes() {
        #expect(EvaluationScope(parsing: "84") == .unit("84"))
        #expect(EvaluationScope(parsing: "province:84") == .unit("84"))
        #expect(EvaluationScope(parsing: "registered:2019") == .registered(year: 2019, within: nil))
        #expect(EvaluationScope(parsing: "registered:2019@844") == .registered(year: 2019, within: "844"))
        #expect(EvaluationScope(parsing: "all") == .everything)
        #expect(EvaluationScope(parsing: "registered:x") == nil)
    }
}

@Suite("Roll-up shapes")
struct LiveSummaryShapeTests {
    @Test("grouped by province, the rows are provinces and no district standing is claimed")
    func groupedByProvince() throws {
        let engine = try Fixtures.engine(observations: Fixtures.allMet("100"))
        let live = try LiveSummary(engine: engine, scope: .everything, on: Fixtures.day, bands: Fixtures.threeBands, grouping: .province)
        let summary = live.summary(engine: engine)
        #expect(summary.groups.map(\.name) == ["Tỉnh Thử"])
        #expect(summary.groups.first?.communes == 3)
        #expect(summary.districtsAssessed == nil)
    }

    @Test("leaving out commune rows keeps the alerts, which name communes")
    func withoutCommuneRows() throws {
        let failing = ["101", "110"].map {
            Observation(unit: UnitCode($0), criteriaSet: Fixtures.set, indicator: "1.1", date: Fixtures.day, value: .passFail(false))
        }
        let engine = try Fixtures.engine(observations: Fixtures.allMet("100") + failing)
        let live = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
        let lean = live.summary(engine: engine, includeCommunes: false)
        let full = live.summary(engine: engine)
        #expect(lean.communeRows.isEmpty)
        #expect(full.communeRows.count == 3)
        #expect(lean.alerts == full.alerts)
        #expect(lean.alerts.first?.communes.map(\.code).sorted() == ["101", "110"])
    }

    /// No values is not zero criteria: such communes are counted apart, not banded, not alerted, not averaged.
    @Test("communes without any value are counted as having no data, outside the bands, alerts and average")
    func noDataIsNotZero() throws {
        let engine = try Fixtures.engine(observations: Fixtures.allMet("100"))
        let summary = try LiveSummary(engine: engine, scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands).summary(engine: engine)
        #expect(summary.communes == 3)
        #expect(summary.noDataCommunes == 2)
        #expect(summary.bands.map(\.communes).reduce(0, +) == 1)
        #expect(summary.alerts.allSatisfy { $0.communes.isEmpty })
        #expect(summary.averageCriteria == FixedDecimal(4))
        #expect(summary.communeRows.filter { !$0.hasData }.map(\.band) == ["no-data", "no-data"])
        #expect(BriefingText.headline(summary, language: .vi).hasSuffix("; 02 xã chưa có số liệu."))
        let nothing = try LiveSummary(engine: try Fixtures.engine(), scope: .unit("1"), on: Fixtures.day, bands: Fixtures.threeBands)
            .summary(engine: engine)
        #expect(BriefingText.headline(nothing, language: .vi) == "Chưa có số liệu đánh giá của 03 xã đến ngày 30/06/2019.")
    }
}
