import NTMCore

/// Small SVG charts drawn on the server, with text labels so they read without colour and in screen readers.
enum Charts {
    struct Bar {
        var label: String
        var title: String
        var value: Int
        var total: Int
    }

    /// Horizontal bars, one per criterion: how many communes meet it out of how many.
    static func bars(_ bars: [Bar], caption: String) -> String {
        let rowHeight = 22, labelWidth = 56, width = 640, barWidth = width - labelWidth - 70
        let height = bars.count * rowHeight + 8
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(caption))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * rowHeight
            let fraction = bar.total > 0 ? Double(bar.value) / Double(bar.total) : 0
            let length = Int((Double(barWidth) * fraction).rounded())
            let full = bar.value == bar.total && bar.total > 0
            svg += "<g><title>\(escape(bar.title)): \(bar.value)/\(bar.total)</title>"
            svg += "<text x=\"0\" y=\"\(y + 15)\" class=\"chart-label\">\(escape(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"15\" class=\"chart-track\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"15\" class=\"\(full ? "chart-bar-full" : "chart-bar")\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\" class=\"chart-value\">\(bar.value)/\(bar.total)</text></g>"
        }
        return svg + "</svg>"
    }

    struct Point {
        var label: String
        var value: Double
        /// The value as the page's language writes it ("48,2" in Vietnamese).
        var text: String
    }

    /// A dashed line between two points of a trend, labelled: the day units were reorganised.
    struct Marker {
        var afterIndex: Int
        var label: String
    }

    /// A line of percentages over dates, with an optional marker between two of them.
    static func trend(_ points: [Point], caption: String, marker: Marker? = nil) -> String {
        let width = 640, height = 220, left = 44, right = 20, top = 16, bottom = 40
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(caption))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plotHeight - plotHeight * tick / 100
            svg += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y)\" y2=\"\(y)\" class=\"chart-grid\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" class=\"chart-axis\" text-anchor=\"end\">\(tick)%</text>"
        }
        guard !points.isEmpty else { return svg + "</svg>" }
        let step = points.count > 1 ? Double(plotWidth) / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, point in
            (
                x: Double(left) + step * Double(index) + (points.count == 1 ? Double(plotWidth) / 2 : 0),
                y: Double(top) + Double(plotHeight) * (1 - min(max(point.value, 0), 100) / 100)
            )
        }
        if let marker, coordinates.indices.contains(marker.afterIndex + 1) {
            let x = Int((coordinates[marker.afterIndex].x + coordinates[marker.afterIndex + 1].x) / 2)
            svg += "<g class=\"chart-marker\"><line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(top)\" y2=\"\(top + plotHeight)\" stroke-dasharray=\"4 4\"/>"
            // The label reads away from the nearer edge, so it is never cut off.
            let (labelX, anchor) = x > left + plotWidth / 2 ? (x - 4, "end") : (x + 4, "start")
            svg += "<text x=\"\(labelX)\" y=\"\(top + 12)\" class=\"chart-axis\" text-anchor=\"\(anchor)\">\(escape(marker.label))</text></g>"
        }
        svg += "<polyline class=\"chart-line\" points=\"" + coordinates.map { "\(Int($0.x)),\(Int($0.y))" }.joined(separator: " ") + "\"/>"
        for (index, point) in points.enumerated() {
            let (x, y) = (Int(coordinates[index].x), Int(coordinates[index].y))
            let value = escape(point.text)
            // The first and last date labels hang inwards: centred, "01/12/2026" would be cut at the chart's edge.
            let anchor = points.count < 2 ? "middle" : index == 0 ? "start" : index == points.count - 1 ? "end" : "middle"
            svg += "<g><title>\(escape(point.label)): \(value)%</title><circle cx=\"\(x)\" cy=\"\(y)\" r=\"4\" class=\"chart-dot\"/>"
            svg += "<text x=\"\(x)\" y=\"\(y - 9)\" class=\"chart-value\" text-anchor=\"\(anchor)\">\(value)%</text>"
            svg += "<text x=\"\(x)\" y=\"\(height - 14)\" class=\"chart-axis\" text-anchor=\"\(anchor)\">\(escape(point.label))</text></g>"
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for char in text {
            switch char {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(char)
            }
        }
        return result
    }
}
