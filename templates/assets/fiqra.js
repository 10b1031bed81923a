// Fiqra: the copy controls of a clause page. No framework, no inline script, no request.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    }
    fallback(text);
    done();
    return Promise.resolve();
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* the text stays selectable */ }
    document.body.removeChild(area);
  }

  document.addEventListener("click", function (event) {
    var control = event.target.closest("[data-copy]");
    if (!control) { return; }
    event.preventDefault();
    var text = control.getAttribute("data-copy") === "link"
      ? new URL(control.getAttribute("href"), window.location.href).href
      : control.getAttribute("data-text");
    var label = control.textContent;
    copy(text, function () {
      control.textContent = control.getAttribute("data-done");
      control.classList.add("done");
      window.setTimeout(function () {
        control.textContent = label;
        control.classList.remove("done");
      }, 2000);
    });
  });
})();

// Fiqra: sortable tables (the citator). A header button sorts its column; again, the other way.
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("button[data-sort]").forEach(function (button) {
      button.addEventListener("click", function () {
        var key = button.getAttribute("data-sort");
        var numeric = button.hasAttribute("data-numeric");
        var descending = button.getAttribute("aria-sort") !== (numeric ? "descending" : "ascending");
        if (!numeric) { descending = button.getAttribute("aria-sort") === "ascending"; }
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, "en", { numeric: true });
          return descending ? -c : c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        table.querySelectorAll("button[data-sort]").forEach(function (b) { b.removeAttribute("aria-sort"); });
        button.setAttribute("aria-sort", descending ? "descending" : "ascending");
      });
    });
  });
})();

// Fiqra: the language switch keeps the reader's place (the same anchor in the other language).
(function () {
  "use strict";
  document.querySelectorAll("a[data-keep-hash]").forEach(function (a) {
    a.addEventListener("click", function () {
      if (window.location.hash) { a.setAttribute("href", a.getAttribute("href").split("#")[0] + window.location.hash); }
    });
  });
})();

// Fiqra: the header's search box opens the search page with the query (by script too, since a form
// submission to a file:// address is refused by some browsers).
(function () {
  "use strict";
  document.querySelectorAll("form.site-search").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var q = form.elements.q.value.trim();
      event.preventDefault();
      if (q) { window.location.href = form.getAttribute("action") + "?q=" + encodeURIComponent(q); }
    });
  });
})();
