// Briefing mode: every step must be read without scrolling. The type already scales with the screen (CSS);
// when a step holds more than usual (a district of 30 communes), shrink it in steps of 5 % down to 60 %.
(function () {
  "use strict";
  function fits() {
    var root = document.documentElement;
    return root.scrollHeight <= window.innerHeight + 1 && root.scrollWidth <= window.innerWidth + 1;
  }
  function fit() {
    var body = document.body;
    var scale = 1;
    body.style.setProperty("--fit", "1");
    while (!fits() && scale > 0.6) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      body.style.setProperty("--fit", String(scale));
    }
    body.setAttribute("data-fit", String(scale));
  }
  function start() {
    if (!document.body.classList.contains("briefing")) return;
    fit();
    var pending = null;
    window.addEventListener("resize", function () {
      if (pending) window.clearTimeout(pending);
      pending = window.setTimeout(fit, 100);
    });
    document.querySelectorAll("details").forEach(function (details) {
      details.addEventListener("toggle", fit);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
