/// Accounts belong to an organisation (the office, a department, a district or commune by unit version) instead of
/// carrying a unit code and a hand-typed list of criterion numbers. District and commune accounts name the unit
/// version without a start date (every unit before the 2025 reform); department accounts are matched to their
/// department from the criteria the province assigns it, when the store is next opened (`AccountUpgrade`).
enum AddUserOrganisations: Migration {
    static let name = "007-add-user-organisations"

    static let sqlite = [
        "ALTER TABLE users ADD COLUMN organisation TEXT",
        "UPDATE users SET organisation = 'unit:' || unit WHERE role IN ('district', 'commune') AND unit IS NOT NULL AND unit <> ''",
        "UPDATE users SET organisation = 'office' WHERE role = 'office'",
    ]

    static let postgres = [
        "ALTER TABLE users ADD COLUMN organisation TEXT",
        "UPDATE users SET organisation = 'unit:' || unit WHERE role IN ('district', 'commune') AND unit IS NOT NULL AND unit <> ''",
        "UPDATE users SET organisation = 'office' WHERE role = 'office'",
    ]
}
