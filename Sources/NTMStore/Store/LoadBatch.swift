/// How many values a store's `load` hands to the engine at a time: enough for each run of one criteria set to find
/// its table once, few enough that the batch stays a few hundred kilobytes.
enum LoadBatch {
    static let size = 8_192
}
