import Foundation
import GRDB

extension SQLiteStore {
    /// Restores a backup made by `backup(to:)` into `path`, which must not hold a database yet unless `replace`.
    public static func restore(from backup: String, to path: String, replace: Bool) throws {
        guard FileManager.default.fileExists(atPath: backup) else {
            throw StoreError.backupFailed("no backup file at \(backup)")
        }
        if FileManager.default.fileExists(atPath: path) {
            guard replace else {
                throw StoreError.backupFailed("\(path) already exists; pass --force to replace it")
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let source = try DatabaseQueue(path: backup, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let destination = try DatabasePool(path: path)
        try source.backup(to: destination)
        try destination.close()
        try source.close()
    }
}
