// Fiqra preview: reloads the page when a rebuild has changed it, and shows the build's errors over
// the page while a source has one. Served by the preview server only, never published.
(function () {
  'use strict';
  // The build this page was served from; a newer one that changed it reloads it (the panel of a failed
  // build, if the site is still broken, comes back with the first answer after the reload).
  var from = /[?&]build=(\d+)/.exec(document.currentScript ? document.currentScript.src : '');
  var seen = from ? Number(from[1]) : -1;
  var overlay = null;

  function show(status) {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    if (status.ok) return;
    overlay = document.createElement('section');
    overlay.id = 'fiqra-build-problems';
    overlay.setAttribute('role', 'alert');
    overlay.dir = 'ltr';
    overlay.lang = 'en';
    var s = overlay.style;
    s.position = 'fixed'; s.insetInline = '0'; s.bottom = '0'; s.maxHeight = '60vh'; s.overflow = 'auto';
    s.zIndex = '2147483647'; s.background = '#fff4f4'; s.color = '#611'; s.borderTop = '3px solid #b00';
    s.padding = '0.75rem 1rem'; s.font = '14px/1.5 monospace'; s.textAlign = 'left';
    var h = document.createElement('h2');
    // A build that published left out (or showed as plain paragraphs) the documents with errors; one that
    // failed left the last site that built.
    h.textContent = status.published
      ? 'The site was built, but these sources have errors. Fix the source and save:'
      : 'The build failed; this is the last site that built. Fix the source and save:';
    h.style.font = 'bold 15px/1.4 sans-serif';
    h.style.margin = '0 0 0.5rem';
    overlay.appendChild(h);
    var list = document.createElement('ul');
    list.style.margin = '0';
    list.style.paddingInlineStart = '1.2rem';
    status.problems.forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p;
      li.style.whiteSpace = 'pre-wrap';
      list.appendChild(li);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  // The first request answers at once (the page may be showing a build that since failed); the next ones
  // wait for the build after the last one seen. A newer build reloads the page only if it changed the page.
  function poll(after) {
    var query = 'after=' + after + '&since=' + seen + '&page=' + encodeURIComponent(location.pathname);
    fetch('/__fiqra/status?' + query, { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        if (seen >= 0 && status.build > seen && status.reload) {
          location.reload();
          return;
        }
        seen = status.build;
        show(status);
        poll(seen);
      }, function () {
        setTimeout(function () { poll(seen); }, 1000);
      });
  }

  poll(-1);
}());
