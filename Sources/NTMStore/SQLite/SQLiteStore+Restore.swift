import Foundation
import GRDB

extension SQLiteStore {
    /// Restores a backup made by `backup(to:)` into `path`, which must not hold a database yet unless `replace`.
    public static func restore(from backup: String, to path: String, replace: Bool) throws {
        let files = FileManager.default
        guard files.fileExists(atPath: backup) else {
            throw StoreError.backupFailed("no backup file at \(backup)")
        }
        guard URL(fileURLWithPath: backup).standardizedFileURL != URL(fileURLWithPath: path).standardizedFileURL else {
            throw StoreError.backupFailed("the backup and the store are the same file (\(path)); restore into another path")
        }
        let exists = files.fileExists(atPath: path)
        if exists && !replace {
            throw StoreError.backupFailed("\(path) already exists; pass --force to replace it")
        }
        // The copy goes to a side file first: the store is only replaced once the backup has been read whole,
        // so an unreadable or truncated backup leaves it untouched.
        let staging = path + ".restoring"
        for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: staging + suffix) }
        do {
            let source = try DatabaseQueue(
                path: backup,
                configuration: {
                    var c = Configuration()
                    c.readonly = true
                    return c
                }())
            let destination = try DatabaseQueue(path: staging)
            try source.backup(to: destination)
            try destination.close()
            try source.close()
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: staging + suffix) }
            throw StoreError.backupFailed("\(backup) could not be read as an NTM Monitor backup: \(error); \(path) was left unchanged")
        }
        if exists {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        }
        try files.moveItem(atPath: staging, toPath: path)
    }
}
