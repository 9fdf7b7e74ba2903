import NTMCore

/// The story the Trà Vinh demo tells, as numbers of criteria met per xã on 31/12/2018, 30/06/2019 and
/// 31/12/2019 (the three anchor dates; `TraVinhDemo` derives 30/06/2018 and 30/09/2019 from them). Anchored to the facts in the reference notes: 39/85 xã at the standard at the end of 2018
/// (Tiểu Cần and TX Duyên Hải complete), 17 xã registered for 2019 of which on 30/06/2019 two meet
/// 19/19, thirteen 14–18 and two fewer than 14 (the 24/7/2019 briefing), 55/85 at the end of 2019
/// (Cầu Kè 10/10, Càng Long 10/13 with Huyền Hội, Bình Phú and Nhị Long left for 2020).
/// Everything else (which xã, which criteria) is synthetic.
enum TraVinhDemoPlan {
    /// xã at the standard since before 31/12/2018.
    static let atStandardBy2018: [UnitCode] = [
        "29263",  // TP Trà Vinh: Long Đức
        "29269", "29272", "29275", "29281", "29284", "29290", "29293",  // Càng Long (7)
        "29311", "29317", "29320", "29323", "29326", "29332",  // Cầu Kè (6)
        "29347", "29350", "29353", "29356", "29359", "29362", "29365", "29368", "29371",  // Tiểu Cần (9)
        "29377", "29380", "29383", "29389", "29392",  // Châu Thành (5)
        "29431", "29422", "29425",  // Cầu Ngang (3, Vĩnh Kim among them)
        "29464", "29479",  // Trà Cú (2)
        "29530",  // Huyện Duyên Hải (1)
        "29515", "29518", "29524", "29527", "29539",  // TX Duyên Hải (5)
    ]

    /// The 17 xã registered for 2019 and their criteria met on the three dates.
    static let registered2019: [(UnitCode, [Int])] = [
        ("29296", [15, 17, 19]), ("29299", [14, 16, 19]), ("29305", [16, 18, 19]),  // Càng Long
        ("29314", [17, 19, 19]), ("29329", [15, 16, 19]), ("29335", [16, 17, 19]), ("29338", [14, 15, 19]),  // Cầu Kè
        ("29395", [16, 19, 19]), ("29398", [15, 17, 19]), ("29401", [13, 14, 19]),  // Châu Thành
        ("29386", [15, 16, 19]), ("29404", [14, 15, 19]),
        ("29428", [16, 18, 19]), ("29434", [13, 14, 19]),  // Cầu Ngang
        ("29467", [12, 13, 19]), ("29476", [15, 16, 19]),  // Trà Cú
        ("29521", [10, 11, 15]),  // Huyện Duyên Hải
    ]

    /// The remaining xã, their target year and criteria met on the three dates.
    static let others: [(UnitCode, Int, [Int])] = [
        ("29278", 2020, [15, 16, 17]), ("29287", 2020, [14, 15, 17]), ("29302", 2020, [15, 16, 16]),  // Càng Long
        ("29407", 2020, [14, 15, 16]), ("29410", 2020, [12, 13, 14]), ("29413", 2020, [13, 14, 15]),  // Châu Thành
        ("29437", 2020, [13, 14, 15]), ("29440", 2020, [14, 14, 16]),  // Cầu Ngang
        ("29449", 2021, [11, 12, 13]), ("29446", 2021, [12, 12, 13]), ("29452", 2021, [10, 11, 12]),
        ("29455", 2021, [11, 11, 12]), ("29458", 2021, [9, 10, 11]), ("29443", 2022, [9, 9, 10]),
        ("29482", 2020, [13, 14, 15]), ("29488", 2020, [12, 13, 15]), ("29491", 2020, [13, 13, 14]),  // Trà Cú
        ("29494", 2020, [12, 13, 14]), ("29473", 2021, [10, 11, 12]), ("29485", 2021, [11, 11, 12]),
        ("29509", 2021, [10, 10, 11]), ("29470", 2021, [9, 10, 11]), ("29489", 2021, [10, 10, 11]),
        ("29503", 2021, [8, 9, 10]), ("29506", 2021, [9, 9, 10]),
        ("29536", 2020, [13, 14, 15]), ("29497", 2021, [10, 11, 12]), ("29533", 2021, [9, 10, 11]),  // Huyện Duyên Hải
        ("29500", 2022, [8, 9, 9]),
    ]

    /// xã at the standard by 31/12/2018 that reached it in the second half of 2018, registered for 2018, with the
    /// criteria they still missed on 30/06/2018. Synthetic: it gives the forecast a history in which the slow
    /// criteria (roads, schools, culture halls) were seen being met, as they were across the province that year.
    static let reachedIn2018: [(UnitCode, [Int])] = [
        ("29269", [5, 2]), ("29272", [5, 17, 10]), ("29311", [2, 6]), ("29317", [5, 6, 13]),
        ("29377", [5, 2, 6]), ("29380", [17]), ("29422", [5, 13]), ("29431", [2, 10, 17, 6]),
        ("29464", [5, 6]), ("29530", [2, 5, 13, 17]),
    ]

    /// Registered xã that reached the standard by 30/09/2019, ahead of the year's end: the three of Càng Long
    /// that bring it to 10/13 for the 15/10/2019 deadline of the 24/7/2019 briefing.
    static let reachedBySeptember2019: Set<UnitCode> = ["29296", "29299", "29305"]

    /// xã whose plan has no commercial infrastructure, so TC7 is not considered ("không xét").
    static let noMarketInPlan: Set<UnitCode> = ["29365", "29371", "29527", "29539", "29320"]

    /// Per-criterion counts of xã meeting them on 30/06/2019 that the reference gives for Trà Vinh
    /// (giao thông 67/85, thủy lợi 85/85, điện 81/85, trường học 54/85, CSVC văn hóa 67/85, y tế 81/85).
    static let criterionMetOnBriefingDate: [Int: Int] = [2: 67, 3: 85, 4: 81, 5: 54, 6: 67, 15: 81]

    /// District criteria of QĐ 558 not met on each anchor date. Càng Long lacks 1, 5 and 8 (reference: 6/9 in 2019-2020);
    /// Cầu Kè 6/9 in mid-2019 and complete for 2019; Tiểu Cần complete since 2018; the others are synthetic.
    static let districtUnmet: [UnitCode: [Set<Int>]] = [
        "844": [[1, 5, 8], [1, 5, 8], [1, 5, 8]],
        "845": [[1, 5, 6, 7], [5, 6, 7], []],
        "846": [[], [], []],
        "847": [[1, 5, 6, 7], [1, 5, 7], [5, 7]],
        "848": [[1, 2, 5, 6, 7], [2, 5, 6, 7], [2, 5, 7]],
        "849": [[1, 2, 5, 6, 7, 8], [2, 5, 6, 7, 8], [2, 5, 6, 7]],
        "850": [[2, 3, 5, 6, 7], [2, 5, 6, 7], [2, 5, 7]],
    ]
}
