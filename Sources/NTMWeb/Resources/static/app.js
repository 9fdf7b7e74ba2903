// NTM Monitor's only script: live evaluation and a row filter while entering values, select-all in the review queue,
// sortable tables, every criterion opened for printing, and keyboard stepping in briefing mode. Pages work without it.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var token = csrf ? csrf.getAttribute("content") : "";
  var vietnamese = (document.documentElement.lang || "vi").toLowerCase().indexOf("en") !== 0;
  // Words the templates do not carry: Vietnamese first, English when the page is in English.
  function say(vi, en) { return vietnamese ? vi : en; }
  function capitalised(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }

  var spaces = /[\s\u00a0\u202f\u2009]/g;

  // ---------------------------------------------------------------------------------------------------------------
  // Data entry: the live (provisional) evaluation. The script never reads a number itself: it sends the form as it
  // stands to the server, which reads it with the same parser a save uses and answers with the evaluation or with
  // the problems of each row, so the page and the save can never disagree about what "1.250" means.

  // A percentage row with only one of its two counts while the user is still in it: not yet a problem.
  function halfTypedRatio(row) {
    if (row.getAttribute("data-kind") !== "percentage" || !row.contains(document.activeElement)) return false;
    var filled = valueInputs(row).filter(function (element) { return element.value.trim() !== ""; }).length;
    return filled === 1;
  }

  // The row's inputs that carry a value (not evidence, not the hidden revision).
  function valueInputs(row) {
    var code = row.getAttribute("data-code");
    return ["v", "n", "d"].map(function (prefix) { return row.querySelector('[name="' + prefix + ":" + code + '"]'); })
      .filter(function (element) { return element && !element.disabled; });
  }

  function addDescribedBy(element, id) {
    var ids = (element.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    if (ids.indexOf(id) < 0) ids.push(id);
    element.setAttribute("aria-describedby", ids.join(" "));
  }

  function removeDescribedBy(element, id) {
    var ids = (element.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (each) { return each && each !== id; });
    if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
    else element.removeAttribute("aria-describedby");
  }

  // Shows `problems` ({ code: [{ input, message }] }) at their fields and clears every other row's live problem.
  function showProblems(form, problems) {
    form.querySelectorAll(".entry-row").forEach(function (row) {
      var code = row.getAttribute("data-code");
      var id = "live-err-" + code.replace(/[^\w-]/g, "_");
      var list = problems[code] || [];
      var box = row.querySelector(".live-error");
      valueInputs(row).forEach(function (element) {
        var flagged = list.some(function (problem) { return problem.input === element; });
        if (flagged) {
          element.setAttribute("aria-invalid", "true");
          element.setAttribute("data-live-invalid", "");
          addDescribedBy(element, id);
        } else if (element.hasAttribute("data-live-invalid")) {
          element.removeAttribute("aria-invalid");
          element.removeAttribute("data-live-invalid");
          removeDescribedBy(element, id);
        }
      });
      if (!list.length) {
        if (box) box.parentNode.removeChild(box);
        return;
      }
      var message = list.map(function (problem) { return problem.message; }).filter(Boolean).join(" · ");
      if (!box) {
        box = document.createElement("p");
        box.className = "field-error live-error";
        box.id = id;
        box.setAttribute("role", "alert");
        (row.querySelector(".entry-inputs") || row).appendChild(box);
      }
      // Only a changed message is written, so a screen reader hears it once rather than on every keystroke.
      if (box.textContent !== message) box.textContent = message;
    });
  }

  // A message the server put on the page after a refused save describes what was typed then; once the user edits the
  // row it is out of date, and the live check speaks for the row instead.
  function retireServerError(row) {
    var code = row.getAttribute("data-code");
    var old = document.getElementById("err-" + code);
    if (!old || old.hidden) return;
    old.hidden = true;
    row.classList.remove("invalid");
    valueInputs(row).forEach(function (element) {
      removeDescribedBy(element, "err-" + code);
      if (!element.hasAttribute("data-live-invalid")) element.removeAttribute("aria-invalid");
    });
  }

  function setupEntry(form, onEvaluated) {
    var timer = null;
    var sequence = 0;
    var request = null;
    var live = form.querySelector(".live");
    var met = document.getElementById("live-met");
    var note = document.getElementById("live-status");
    var rows = Array.prototype.slice.call(form.querySelectorAll(".entry-row"));
    // The server's words for each status, so the badges read as they do after a reload.
    var labels = JSON.parse(form.getAttribute("data-labels") || "{}");
    var classes = { "met": "met", "not-met": "notmet", "no-data": "nodata", "not-configured": "unset", "not-applicable": "na",
                    "criterion-met": "met", "criterion-not-met": "notmet", "criterion-undetermined": "nodata", "criterion-not-applicable": "na" };
    // The badges as the server drew them, to go back to when no evaluation of the typed values exists.
    var badges = Array.prototype.slice.call(form.querySelectorAll("[data-criterion-status], .entry-row [data-status]"));
    var drawn = badges.map(function (badge) { return { className: badge.className, text: badge.textContent }; });

    function show(badge, status) {
      if (!badge || !classes[status]) return;
      badge.className = "badge status-" + classes[status];
      badge.textContent = labels[status] || badge.textContent;
    }
    function settle() {
      live.classList.remove("pending");
      live.removeAttribute("aria-busy");
    }
    // No verdict for what is typed: say so instead of leaving an earlier one on screen.
    function unavailable(reason) {
      settle();
      met.textContent = "—";
      note.textContent = say("Chưa tính được: ", "Not computed: ") + reason;
      note.classList.add("problem");
      badges.forEach(function (badge, index) {
        badge.className = drawn[index].className;
        badge.textContent = drawn[index].text;
      });
      onEvaluated();
    }
    var fixFields = say("sửa ô báo lỗi", "correct the fields marked in error");

    function evaluate() {
      var mine = ++sequence;
      if (request) { request.abort(); request = null; }
      var incomplete = rows.filter(halfTypedRatio).map(function (row) { return row.getAttribute("data-code"); });
      if (incomplete.length) {
        unavailable(say("chỉ tiêu " + incomplete.join(", ") + " cần cả tử số và mẫu số",
                        "indicator " + incomplete.join(", ") + " needs both numerator and denominator"));
        return;
      }
      request = new XMLHttpRequest();
      var current = request;
      current.open("POST", form.getAttribute("data-preview"));
      current.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
      current.setRequestHeader("Accept", "application/json, application/problem+json");
      current.setRequestHeader("X-CSRF-Token", token);
      current.setRequestHeader("Accept-Language", document.documentElement.lang);
      current.onload = function () {
        // An answer to an older request describes values that are no longer typed.
        if (mine !== sequence) return;
        request = null;
        var body = null;
        try { body = JSON.parse(current.responseText); } catch (e) { body = null; }
        if (current.status < 200 || current.status > 299 || !body || !body.criteria) {
          // Each problem names the indicator (the row); its message is shown under the row's fields.
          var fieldProblems = {}, count = 0, unplaced = [];
          ((body && body.errors) || []).forEach(function (error) {
            var code = String(error.field || "");
            var row = code ? form.querySelector('.entry-row[data-code="' + code.replace(/["\\]/g, "") + '"]') : null;
            if (!row) { unplaced.push(error.message); return; }
            fieldProblems[code] = valueInputs(row).map(function (element, index) {
              return { input: element, message: index === 0 ? capitalised(String(error.message || "")) : "" };
            });
            count++;
          });
          showProblems(form, fieldProblems);
          var reason = count && !unplaced.length ? fixFields
            : unplaced.join("; ") || (body && (body.detail || body.title)) || (say("máy chủ trả lời ", "the server answered ") + current.status);
          unavailable(reason);
          return;
        }
        showProblems(form, {});
        settle();
        note.classList.remove("problem");
        note.textContent = body.reachedStandard ? "✓" : "";
        met.textContent = body.criteriaMet + "/" + body.totalCriteria;
        var statuses = {};
        body.criteria.forEach(function (criterion) {
          show(form.querySelector('[data-criterion-status="' + criterion.number + '"]'), "criterion-" + criterion.status);
          criterion.indicators.forEach(function (result) { statuses[result.code] = result.status.status; });
        });
        (body.preconditions || []).forEach(function (result) { statuses[result.code] = result.status.status; });
        rows.forEach(function (row) {
          var status = statuses[row.getAttribute("data-code")];
          if (status) show(row.querySelector("[data-status]"), status);
        });
        onEvaluated();
      };
      current.onerror = function () {
        if (mine !== sequence) return;
        request = null;
        unavailable(say("không kết nối được máy chủ", "the server could not be reached"));
      };
      current.send(new URLSearchParams(new FormData(form)).toString());
    }

    function schedule(delay) {
      clearTimeout(timer);
      // Until the answer comes, the verdict on screen is for what was typed before: dim it and keep readers quiet.
      live.classList.add("pending");
      live.setAttribute("aria-busy", "true");
      timer = setTimeout(evaluate, delay);
    }
    form.addEventListener("input", function (event) {
      var row = event.target.closest(".entry-row");
      if (row) retireServerError(row);
      schedule(250);
    });
    form.addEventListener("change", function () { schedule(50); });
    // Leaving a half-filled ratio turns "still typing" into a problem at the field.
    form.addEventListener("focusout", function (event) {
      var row = event.target.closest(".entry-row");
      if (row && row.getAttribute("data-kind") === "percentage") schedule(50);
    });
    // A page re-drawn after a refused save shows typed values next to a verdict for the stored ones: check them now.
    if (form.querySelector(".entry-row.invalid")) evaluate();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Data entry: show all rows, only the indicators not met, or only the fields still to fill in.

  function setupEntryFilter(form) {
    var bar = document.getElementById("entry-filter");
    if (!bar) return function () {};
    var rows = Array.prototype.slice.call(form.querySelectorAll(".entry-row"));
    var fieldsets = Array.prototype.slice.call(form.querySelectorAll("fieldset.criterion-entry"));
    function notMet(row) { return !!row.querySelector("[data-status].status-notmet"); }
    function empty(row) { return valueInputs(row).every(function (element) { return element.value.trim() === ""; }); }
    // Empty, returned, or still editable (a draft or never saved); approved and submitted values are locked.
    function toEnter(row) {
      var kind = row.getAttribute("data-kind");
      if (kind === "derived" || kind === "unset") return false;
      if (row.classList.contains("invalid") || row.querySelector('[aria-invalid="true"]')) return true;
      var review = row.getAttribute("data-review") || "";
      if (review === "review-returned") return true;
      if (row.hasAttribute("data-locked")) return false;
      return empty(row) || review !== "review-approved";
    }
    var choices = [
      { id: "tat-ca", label: say("Tất cả", "All"), test: function () { return true; } },
      { id: "chua-dat", label: say("Chỉ tiêu chưa đạt", "Indicators not met"), test: notMet },
      { id: "can-nhap", label: say("Cần nhập", "To fill in"), test: toEnter },
    ];
    var storageKey = "ntm.entry-filter";
    var chosen = "tat-ca";
    var fromHash = /(?:^#|&)loc=([\w-]+)/.exec(window.location.hash);
    var stored = null;
    try { stored = window.localStorage.getItem(storageKey); } catch (e) { stored = null; }
    [fromHash && fromHash[1], stored].some(function (id) {
      if (id && choices.some(function (choice) { return choice.id === id; })) { chosen = id; return true; }
      return false;
    });

    var label = document.createElement("span");
    label.className = "filter-label";
    label.id = "entry-filter-label";
    label.textContent = say("Hiện:", "Show:");
    bar.appendChild(label);
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-labelledby", "entry-filter-label");
    var buttons = choices.map(function (choice) {
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("data-filter", choice.id);
      button.appendChild(document.createTextNode(choice.label + " "));
      var count = document.createElement("span");
      count.className = "count";
      button.appendChild(count);
      button.addEventListener("click", function () { choose(choice.id, true); });
      bar.appendChild(button);
      return button;
    });
    var nothing = document.createElement("p");
    nothing.className = "filter-empty";
    nothing.hidden = true;
    nothing.setAttribute("role", "status");
    var firstFieldset = fieldsets[0];
    if (firstFieldset) firstFieldset.parentNode.insertBefore(nothing, firstFieldset);

    function counts() {
      choices.forEach(function (choice, index) {
        buttons[index].querySelector(".count").textContent = "(" + rows.filter(choice.test).length + ")";
      });
    }
    function choose(id, remember) {
      chosen = id;
      var choice = choices.filter(function (each) { return each.id === id; })[0];
      var shown = 0;
      rows.forEach(function (row) {
        row.hidden = !choice.test(row);
        if (!row.hidden) shown++;
      });
      fieldsets.forEach(function (fieldset) {
        var own = fieldset.querySelectorAll(".entry-row");
        fieldset.hidden = own.length > 0 && !fieldset.querySelector(".entry-row:not([hidden])");
      });
      buttons.forEach(function (button) { button.setAttribute("aria-pressed", String(button.getAttribute("data-filter") === id)); });
      nothing.hidden = shown > 0;
      nothing.textContent = shown > 0 ? "" : say("Không có chỉ tiêu nào ở mục này.", "No indicator in this view.");
      counts();
      if (remember) {
        try { window.localStorage.setItem(storageKey, id); } catch (e) { /* private mode: the hash still keeps it */ }
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", window.location.pathname + window.location.search + (id === "tat-ca" ? "" : "#loc=" + id));
        }
      }
    }
    bar.hidden = false;
    choose(chosen, false);
    // After a live evaluation the counts change; rows stay where they are until the user picks a filter again, so
    // the row being typed in never disappears under the cursor.
    return counts;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Sortable tables: a button in each header cell of table.data and table.matrix; the tfoot stays where it is.

  var collator = window.Intl && Intl.Collator ? new Intl.Collator(vietnamese ? "vi" : "en", { numeric: true, sensitivity: "base" }) : null;
  var blank = /^[—–\-]?$/;
  var statusRank = { "status-met": 0, "status-na": 1, "status-unset": 2, "status-nodata": 3, "status-notmet": 4 };

  // Visible text: the visually hidden copies (matrix cells) are for screen readers.
  function cellText(cell) {
    var copy = cell.cloneNode(true);
    copy.querySelectorAll(".visually-hidden").forEach(function (hidden) { hidden.parentNode.removeChild(hidden); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  // "1.234" and "11,76%" in Vietnamese pages, "1,234" and "11.76%" in English ones.
  function plainNumber(text) {
    var body = text.replace(spaces, "").replace(/\u2212/g, "-");
    if (vietnamese) {
      if (body.indexOf(",") >= 0) body = body.replace(/\./g, "").replace(",", ".");
      else if (/^-?\d{1,3}(\.\d{3})+$/.test(body)) body = body.replace(/\./g, "");
    } else {
      body = body.replace(/,/g, "");
    }
    var value = Number(body);
    return isNaN(value) ? null : value;
  }

  // A number for the cell's text when it starts with one: dates, "18/19", "243/2927 (8,3%)", "11,76%", "1.234".
  function numericKey(text) {
    var date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
    if (date) return Number(date[3]) * 10000 + Number(date[2]) * 100 + Number(date[1]);
    var iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
    if (iso) return Number(iso[1] + iso[2] + iso[3] + (iso[4] || "00") + (iso[5] || "00"));
    var ratio = /^([-\u2212]?[\d.,]+)\s*\/\s*([\d.,]+)/.exec(text);
    if (ratio) {
      var n = plainNumber(ratio[1]), d = plainNumber(ratio[2]);
      if (n !== null && d) return n / d + n * 1e-9; // equal shares: the larger count first
    }
    var number = /^[-\u2212+]?\d[\d.,\s\u00a0]*/.exec(text);
    return number ? plainNumber(number[0].trim()) : null;
  }

  function cellAt(row, column) {
    var at = 0;
    for (var i = 0; i < row.cells.length; i++) {
      if (at === column) return row.cells[i];
      at += row.cells[i].colSpan || 1;
      if (at > column) return null;
    }
    return null;
  }

  function setupSorting(table) {
    if (!table.tHead || !table.tHead.rows.length || table.getAttribute("data-sortable") === "no") return;
    var header = table.tHead.rows[table.tHead.rows.length - 1];
    var column = 0;
    Array.prototype.slice.call(header.cells).forEach(function (th) {
      var index = column;
      column += th.colSpan || 1;
      if (th.colSpan > 1 || th.querySelector("input, select, button, a") || !th.textContent.trim() || th.getAttribute("data-sortable") === "no") return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      var arrow = document.createElement("span");
      arrow.className = "sort-arrow";
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = "↕";
      button.appendChild(arrow);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.slice.call(header.cells).forEach(function (other) {
          if (other === th) return;
          other.removeAttribute("aria-sort");
          var otherArrow = other.querySelector(".sort-arrow");
          if (otherArrow) otherArrow.textContent = "↕";
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        arrow.textContent = ascending ? "▲" : "▼";
        sortTable(table, index, ascending);
      });
    });
  }

  function sortTable(table, column, ascending) {
    Array.prototype.slice.call(table.tBodies).forEach(function (body) {
      var entries = Array.prototype.slice.call(body.rows).map(function (row, position) {
        var cell = cellAt(row, column);
        var text = cell ? (cell.getAttribute("data-sort") || cellText(cell)) : "";
        var rank = null;
        if (cell) {
          for (var name in statusRank) { if (cell.classList.contains(name)) rank = statusRank[name]; }
        }
        return { row: row, position: position, text: text, rank: rank, number: rank !== null ? rank : numericKey(text), empty: rank === null && blank.test(text) };
      });
      // Numbers only when every filled cell of the column starts with one; otherwise Vietnamese alphabetical order.
      var numeric = entries.every(function (entry) { return entry.empty || entry.number !== null; });
      var direction = ascending ? 1 : -1;
      entries.sort(function (a, b) {
        if (a.empty !== b.empty) return a.empty ? 1 : -1; // blanks last either way
        var order = 0;
        if (!a.empty) {
          if (numeric) order = a.number - b.number;
          else order = collator ? collator.compare(a.text, b.text) : a.text.localeCompare(b.text, "vi");
        }
        return order * direction || a.position - b.position;
      });
      entries.forEach(function (entry) { body.appendChild(entry.row); });
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Printing: every criterion open on paper, then back as the user left them.

  function setupPrinting() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      opened = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
      opened.forEach(function (details) { details.open = true; });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (details) { details.open = false; });
      opened = [];
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
    if (entry) {
      var recount = setupEntryFilter(entry);
      setupEntry(entry, recount);
    }
    var review = document.getElementById("review");
    if (review) setupReview(review);
    document.querySelectorAll("table.data, table.matrix").forEach(setupSorting);
    setupPrinting();
    if (document.body.classList.contains("briefing")) setupBriefing();
  });
})();
