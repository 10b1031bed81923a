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
