// NTM Monitor's only script: live evaluation while entering values, select-all in the review queue,
// and keyboard stepping in briefing mode. Pages work without it.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var token = csrf ? csrf.getAttribute("content") : "";

  function valueOf(row) {
    var code = row.getAttribute("data-code");
    var kind = row.getAttribute("data-kind");
    function field(prefix) {
      var element = row.querySelector('[name="' + prefix + ":" + code + '"]');
      return element && !element.disabled ? element.value.trim() : "";
    }
    if (kind === "pass-fail") {
      var answer = field("v");
      return answer === "" ? null : { type: "pass-fail", met: answer === "1" };
    }
    if (kind === "percentage") {
      var n = field("n"), d = field("d");
      if (n === "" || d === "" || !/^\d+$/.test(n) || !/^\d+$/.test(d)) return null;
      return { type: "ratio", numerator: Number(n), denominator: Number(d) };
    }
    if (kind === "amount" || kind === "count") {
      var text = field("v").replace(/\s/g, "");
      if (text === "") return null;
      // Vietnamese notation: dots group thousands, the comma marks decimals.
      if (text.indexOf(",") >= 0) text = text.replace(/\./g, "").replace(",", ".");
      else if ((text.match(/\./g) || []).length > 1) text = text.replace(/\./g, "");
      if (!/^\d+(\.\d+)?$/.test(text)) return null;
      return kind === "count" ? { type: "count", value: Math.round(Number(text)) } : { type: "amount", value: Number(text) };
    }
    return null;
  }

  function setupEntry(form) {
    var timer = null;
    var live = document.getElementById("live-met");
    var note = document.getElementById("live-status");
    // The server's words for each status, so the badges read as they do after a reload.
    var labels = JSON.parse(form.getAttribute("data-labels") || "{}");
    var classes = { "met": "met", "not-met": "notmet", "no-data": "nodata", "not-configured": "unset", "not-applicable": "na",
                    "criterion-met": "met", "criterion-not-met": "notmet", "criterion-undetermined": "nodata", "criterion-not-applicable": "na" };
    function show(badge, status) {
      if (!badge || !classes[status]) return;
      badge.className = "badge status-" + classes[status];
      badge.textContent = labels[status] || badge.textContent;
    }
    function evaluate() {
      var values = [];
      form.querySelectorAll(".entry-row").forEach(function (row) {
        var value = valueOf(row);
        if (value) values.push({ indicator: row.getAttribute("data-code"), value: value });
      });
      var request = new XMLHttpRequest();
      request.open("POST", form.getAttribute("data-preview"));
      request.setRequestHeader("Content-Type", "application/json");
      request.setRequestHeader("X-CSRF-Token", token);
      request.setRequestHeader("Accept-Language", document.documentElement.lang);
      request.onload = function () {
        var body;
        try { body = JSON.parse(request.responseText); } catch (e) { return; }
        if (request.status !== 200) { note.textContent = body.detail || ""; return; }
        note.textContent = body.reachedStandard ? "✓" : "";
        live.textContent = body.criteriaMet + "/" + body.totalCriteria;
        var statuses = {};
        body.criteria.forEach(function (criterion) {
          show(form.querySelector('[data-criterion-status="' + criterion.number + '"]'), "criterion-" + criterion.status);
          criterion.indicators.forEach(function (result) { statuses[result.code] = result.status.status; });
        });
        body.preconditions.forEach(function (result) { statuses[result.code] = result.status.status; });
        form.querySelectorAll(".entry-row").forEach(function (row) {
          var status = statuses[row.getAttribute("data-code")];
          if (status) show(row.querySelector("[data-status]"), status);
        });
      };
      request.send(JSON.stringify({ unit: form.getAttribute("data-unit"), date: form.getAttribute("data-date"), values: values }));
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(evaluate, 250);
    });
    form.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(evaluate, 50);
    });
  }

  function setupReview(form) {
    var all = document.getElementById("select-all");
    if (!all) return;
    all.addEventListener("change", function () {
      form.querySelectorAll('input[name="item"]').forEach(function (box) { box.checked = all.checked; });
    });
  }

  function setupBriefing() {
    document.addEventListener("keydown", function (event) {
      if (event.target.closest("input, select, textarea")) return;
      var rel = null;
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") rel = "next";
      if (event.key === "ArrowLeft" || event.key === "PageUp") rel = "prev";
      if (rel) {
        var link = document.querySelector('a[rel="' + rel + '"]');
        if (link) { event.preventDefault(); window.location.href = link.href; }
      }
    });
    var button = document.getElementById("fullscreen");
    if (button && document.documentElement.requestFullscreen) {
      button.addEventListener("click", function () { document.documentElement.requestFullscreen(); });
    } else if (button) {
      button.hidden = true;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var entry = document.getElementById("entry");
    if (entry) setupEntry(entry);
    var review = document.getElementById("review");
    if (review) setupReview(review);
    if (document.body.classList.contains("briefing")) setupBriefing();
  });
})();
