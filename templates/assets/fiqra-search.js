// Fiqra: the search page. It reads the index the build wrote under search/ (org.fiqra.search.SearchIndex)
// by adding <script src> elements (they work from file:// and under the site's CSP; fetch of a local file
// does not), loading only the shards of the query's tokens and the clauses it shows. Tokens come from
// fiqra-text.js, which tokenises as the build does. No framework, no request outside the site.
(function () {
  "use strict";
  var config = document.getElementById("search-config");
  if (!config || !window.FiqraText) { return; }
  var base = config.getAttribute("data-index");
  var lang = config.getAttribute("data-lang");
  var PAGE = 20;
  var store = { meta: null, shards: {}, buckets: {}, docs: null };
  var loading = {};

  window.FiqraSearch = {
    meta: function (l, m) { if (l === lang) { store.meta = m; } },
    shard: function (l, n, s) { if (l === lang) { store.shards[n] = s; } },
    clauses: function (l, n, rows) { if (l === lang) { store.buckets[n] = rows; } },
    docs: function (l, d) { if (l === lang) { store.docs = d; } }
  };

  /** Loads one file of the index once; resolves when its script has run. */
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = base + path;
        s.onload = function () { resolve(); };
        s.onerror = function () { reject(new Error(base + path)); };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  }

  // ------------------------------------------------------------------ the query

  /** The query's terms (unique stems) and its phrases (lists of stems), from text in quotes. */
  function parse(q) {
    var phrases = [];
    var rest = q.replace(/["«“]([^"»”]*)["»”]/g, function (_, p) {
      var t = FiqraText.searchTokens(p).map(function (k) { return k.stem; });
      if (t.length > 1) { phrases.push(t); }
      return " " + p + " ";
    });
    var words = FiqraText.searchTokens(rest).map(function (k) { return k.stem; });
    var terms = [];
    words.forEach(function (w) { if (terms.indexOf(w) < 0) { terms.push(w); } });
    return { terms: terms, words: words, phrases: phrases };
  }

  /** FNV-1a over UTF-16 code units: the shard of a token, as SearchIndex.shardOf computes it. */
  function shardOf(token, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  /** A token's postings: {df, capped, ids, weights}, or null where the index does not hold it. */
  function postings(token) {
    var shard = store.shards[shardOf(token, store.meta.shards)];
    var e = shard && Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : null;
    if (!e) { return null; }
    if (!e.ids) {
      var parts = e[2] ? e[2].split(",") : [];
      var ids = new Int32Array(parts.length), weights = new Uint8Array(parts.length), n = 0;
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i];
        n += parseInt(p.substring(0, p.length - 1), 36);
        ids[i] = n;
        weights[i] = parseInt(p.charAt(p.length - 1), 36);
      }
      e.ids = ids;
      e.weights = weights;
    }
    return { df: e[0], capped: e[1] === 1, ids: e.ids, weights: e.weights };
  }

  function weightOf(list, clause) {
    var lo = 0, hi = list.ids.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, v = list.ids[mid];
      if (v === clause) { return list.weights[mid]; }
      if (v < clause) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return 0;
  }

  function idf(df) {
    var n = store.meta.clauses;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The clause numbers a filter allows, as ranges [from, to), or null for all. */
  function ranges(filters) {
    var out = null;
    if (filters.body || filters.year) {
      out = [];
      var body = filters.body ? store.meta.bodies.map(function (b) { return b[0]; }).indexOf(filters.body) : -1;
      store.meta.groups.forEach(function (g) {
        if ((!filters.body || g[0] === body) && (!filters.year || String(g[1]) === filters.year)) { out.push([g[2], g[3]]); }
      });
    }
    if (filters.doc) {
      var doc = (store.docs || []).filter(function (d) { return d[0] === filters.doc; })[0];
      var range = doc ? [doc[2], doc[3]] : [0, 0];
      out = (out || [[0, store.meta.clauses]]).map(function (r) {
        return [Math.max(r[0], range[0]), Math.min(r[1], range[1])];
      }).filter(function (r) { return r[0] < r[1]; });
    }
    return out;
  }

  function within(clause, rs) {
    if (!rs) { return true; }
    for (var i = 0; i < rs.length; i++) { if (clause >= rs[i][0] && clause < rs[i][1]) { return true; } }
    return false;
  }

  /**
   * The clauses that may answer: every term present (a capped list that lacks a clause leaves it to be
   * checked against its text), in the filters; ranked by BM25.
   */
  function candidates(query, filters) {
    var lists = [];
    for (var i = 0; i < query.terms.length; i++) {
      var l = postings(query.terms[i]);
      if (!l) { return { list: [], exact: true }; }
      l.idf = idf(l.df);
      lists.push(l);
    }
    var topic = filters.topic ? postings("#t:" + filters.topic) : null;
    if (filters.topic && !topic) { return { list: [], exact: true }; }
    var rs = ranges(filters);
    // The rarest list drives: a complete one before a capped one, else the one with the fewest clauses
    // in the whole index (its document frequency), whose best postings are the likeliest answers.
    var driver = null;
    lists.concat(topic ? [topic] : []).forEach(function (l) {
      var better = !driver || (driver.capped && !l.capped) || (driver.capped === l.capped && l.df < driver.df);
      if (better) { driver = l; }
    });
    var out = [];
    var exact = !driver.capped && query.phrases.length === 0;
    for (var k = 0; k < driver.ids.length; k++) {
      var clause = driver.ids[k];
      if (!within(clause, rs)) { continue; }
      if (topic && weightOf(topic, clause) === 0) { continue; }
      var score = 0, check = query.phrases.length > 0 || driver.capped, ok = true;
      for (var j = 0; j < lists.length && ok; j++) {
        var w = weightOf(lists[j], clause);
        if (w) { score += lists[j].idf * w / 10; }
        else if (lists[j].capped) { score += lists[j].idf * 0.5; check = true; exact = false; }
        else { ok = false; }
      }
      if (ok) { out.push({ clause: clause, score: score, check: check }); }
    }
    out.sort(function (a, b) { return b.score - a.score || a.clause - b.clause; });
    return { list: out, exact: exact };
  }

  // ------------------------------------------------------------------ the clauses

  function row(clause) {
    var r = store.buckets[Math.floor(clause / store.meta.bucket)][clause % store.meta.bucket];
    return { href: r[0], citation: r[1], citationRuns: r[2], id: r[3], text: r[4], textRuns: r[5], rtl: r[6] === 1,
      symbols: r[7] ? r[7].split(" ") : [] };
  }

  function loadRows(cands) {
    var wanted = {};
    cands.forEach(function (c) { wanted[Math.floor(c.clause / store.meta.bucket)] = true; });
    return Promise.all(Object.keys(wanted).map(function (b) { return load("c/" + b + ".js"); }));
  }

  /** Whether a clause's text holds every term, and each phrase as written; and whether the words stand together. */
  function verify(query, r) {
    var tokens = FiqraText.searchTokens(r.text);
    var stems = tokens.map(function (t) { return t.stem; });
    var present = {};
    stems.concat(r.symbols).forEach(function (s) { present[s] = true; });
    var ok = query.terms.every(function (t) { return present[t]; }) && query.phrases.every(function (p) { return at(stems, p) >= 0; });
    return { ok: ok, tokens: tokens, together: query.words.length > 1 && at(stems, query.words) >= 0 };
  }

  function at(stems, phrase) {
    outer: for (var i = 0; i + phrase.length <= stems.length; i++) {
      for (var j = 0; j < phrase.length; j++) { if (stems[i + j] !== phrase[j]) { continue outer; } }
      return i;
    }
    return -1;
  }

  /**
   * The next page of results from the ranked candidates, checked against their texts where needed. A page
   * reads the texts of at most ROUNDS × PAGE candidates, so that a query whose candidates mostly fail the
   * check (common words in a large corpus) still loads little; "more results" goes on from there.
   */
  var ROUNDS = 3;
  function next(state) {
    var results = [];
    var rounds = 0;
    function step() {
      if (results.length >= PAGE || state.at >= state.list.length || rounds++ >= ROUNDS) {
        // Words standing together, as typed, come first within the page.
        results.sort(function (a, b) { return (b.together - a.together) || (b.score - a.score) || (a.clause - b.clause); });
        return Promise.resolve(results);
      }
      var batch = state.list.slice(state.at, state.at + PAGE);
      state.at += batch.length;
      return loadRows(batch).then(function () {
        batch.forEach(function (c) {
          if (results.length >= PAGE) { state.at--; return; }
          var r = row(c.clause);
          var v = verify(state.query, r);
          if (c.check && !v.ok) { state.dropped++; return; }
          results.push({ clause: c.clause, score: c.score, together: v.together ? 1 : 0, row: r, tokens: v.tokens });
        });
        return step();
      });
    }
    return step();
  }

  // ------------------------------------------------------------------ the page

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var selects = {
    doc: document.getElementById("search-doc"), body: document.getElementById("search-body"),
    year: document.getElementById("search-year"), topic: document.getElementById("search-topic")
  };
  var current = null;
  var pendingDoc = "";

  function number(n) {
    var s = String(n);
    return lang === "ar" ? s.replace(/[0-9]/g, function (d) { return "٠١٢٣٤٥٦٧٨٩".charAt(+d); }) : s;
  }

  function message(name, n) {
    return (config.getAttribute("data-msg-" + name) || "").replace("{0}", number(n));
  }

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
    return o;
  }

  function fillFilters() {
    var m = store.meta;
    m.bodies.forEach(function (b) { option(selects.body, b[0], b[1]); });
    var years = [];
    m.groups.forEach(function (g) { if (g[1] && years.indexOf(g[1]) < 0) { years.push(g[1]); } });
    years.sort(function (a, b) { return b - a; }).forEach(function (y) { option(selects.year, String(y), number(y)); });
    var children = {};
    m.topics.forEach(function (t) { (children[t[2] || ""] = children[t[2] || ""] || []).push(t); });
    (function add(parent, depth) {
      (children[parent] || []).forEach(function (t) {
        option(selects.topic, t[0], "\u00a0\u00a0".repeat(depth) + t[1]);
        add(t[0], depth + 1);
      });
    })("", 0);
  }

  function fillDocuments() {
    return load("docs.js").then(function () {
      if (selects.doc.options.length === 1) { store.docs.forEach(function (d) { option(selects.doc, d[0], d[1]); }); }
      if (pendingDoc) { selects.doc.value = pendingDoc; pendingDoc = ""; }
    });
  }

  /** Text with its Latin runs isolated (on Arabic text) and the query's terms marked, into an element. */
  function fill(element, text, runs, marks) {
    var cuts = [];
    for (var i = 0; i + 1 < runs.length; i += 2) { cuts.push([runs[i], runs[i + 1], "bdi"]); }
    marks.forEach(function (m) { cuts.push([m[0], m[1], "mark"]); });
    cuts.sort(function (a, b) { return a[0] - b[0] || (a[2] === "bdi" ? -1 : 1); });
    var at = 0;
    function text_(to, parent) { if (to > at) { parent.appendChild(document.createTextNode(text.substring(at, to))); at = to; } }
    cuts.forEach(function (c) {
      if (c[0] < at) { return; }
      text_(c[0], element);
      var e = document.createElement(c[2]);
      if (c[2] === "bdi") { e.setAttribute("dir", "ltr"); }
      // A mark inside a Latin run stays inside it.
      marks.forEach(function (m) {
        if (c[2] === "bdi" && m[0] >= c[0] && m[1] <= c[1]) {
          text_(m[0], e);
          var k = document.createElement("mark");
          k.textContent = text.substring(m[0], m[1]);
          e.appendChild(k);
          at = m[1];
        }
      });
      text_(c[1], e);
      element.appendChild(e);
    });
    text_(text.length, element);
  }

  /**
   * The part of a long text to show, as [start, end]: where most of the query's terms stand within a
   * short stretch (the first such place), so that a phrase or the words together are in view.
   */
  function window_(text, matched) {
    var MAX = 320, SPAN = 160;
    if (text.length <= MAX) { return [0, text.length]; }
    var best = 0, bestCount = 0;
    matched.forEach(function (t, i) {
      var seen = {}, count = 0;
      for (var j = i; j < matched.length && matched[j].start - t.start <= SPAN; j++) {
        if (!seen[matched[j].stem]) { seen[matched[j].stem] = true; count++; }
      }
      if (count > bestCount) { bestCount = count; best = t.start; }
    });
    var start = Math.max(0, best - 90);
    if (start > 0) { var sp = text.indexOf(" ", start); start = sp >= 0 && sp < best ? sp + 1 : start; }
    var end = Math.min(text.length, start + MAX);
    if (end < text.length) { var e = text.lastIndexOf(" ", end); end = e > start ? e : end; }
    return [start, end];
  }

  function shift(spans, start, end) {
    var out = [];
    for (var i = 0; i + 1 < spans.length; i += 2) {
      var s = Math.max(spans[i], start), e = Math.min(spans[i + 1], end);
      if (s < e) { out.push(s - start, e - start); }
    }
    return out;
  }

  function show(results, state) {
    results.forEach(function (res) {
      var r = res.row;
      var li = document.createElement("li");
      li.className = "result";
      var head = document.createElement("p");
      head.className = "result-head";
      var a = document.createElement("a");
      a.href = r.href;
      fill(a, r.citation, r.citationRuns, []);
      head.appendChild(a);
      var id = document.createElement("code");
      id.className = "clause-id";
      id.setAttribute("dir", "ltr");
      id.textContent = r.id;
      head.appendChild(document.createTextNode(" "));
      head.appendChild(id);
      li.appendChild(head);
      var marks = [];
      var matched = res.tokens.filter(function (t) { return state.query.terms.indexOf(t.stem) >= 0; });
      matched.forEach(function (t) {
        var last = marks[marks.length - 1];
        // Matched words with only a space between them are one mark.
        if (last && /^\s+$/.test(r.text.substring(last[1], t.start))) { last[1] = t.end; } else { marks.push([t.start, t.end]); }
      });
      var w = window_(r.text, matched);
      var snippet = document.createElement("p");
      snippet.className = "snippet";
      if (r.rtl && lang !== "ar") { snippet.setAttribute("lang", "ar"); snippet.setAttribute("dir", "rtl"); }
      if (w[0] > 0) { snippet.appendChild(document.createTextNode("… ")); }
      var part = document.createElement("span");
      fill(part, r.text.substring(w[0], w[1]), shift(r.textRuns, w[0], w[1]),
        marks.filter(function (m) { return m[0] >= w[0] && m[1] <= w[1]; }).map(function (m) { return [m[0] - w[0], m[1] - w[0]]; }));
      snippet.appendChild(part);
      if (w[1] < r.text.length) { snippet.appendChild(document.createTextNode(" …")); }
      li.appendChild(snippet);
      list.appendChild(li);
    });
  }

  function filters() {
    return { doc: selects.doc.value || pendingDoc, body: selects.body.value, year: selects.year.value, topic: selects.topic.value };
  }

  function run() {
    var q = input.value.trim();
    var f = filters();
    list.textContent = "";
    more.hidden = true;
    var query = parse(q);
    if (!query.terms.length) {
      status.textContent = q ? message("none", 0) : "";
      return Promise.resolve();
    }
    status.textContent = message("loading", 0);
    var shards = {};
    query.terms.concat(f.topic ? ["#t:" + f.topic] : []).forEach(function (t) { shards[shardOf(t, store.meta.shards)] = true; });
    var needs = Object.keys(shards).map(function (n) { return load("t/" + n + ".js"); });
    if (f.doc) { needs.push(fillDocuments()); }
    return Promise.all(needs).then(function () {
      var c = candidates(query, f);
      var state = { query: query, list: c.list, exact: c.exact, at: 0, dropped: 0 };
      current = state;
      return next(state).then(function (results) {
        if (current !== state) { return; }
        var total = state.exact ? state.list.length : null;
        status.textContent = !results.length ? message("none", 0)
          : total !== null ? message("results", total) : message("about", state.list.length - state.dropped);
        show(results, state);
        more.hidden = state.at >= state.list.length;
      });
    }).catch(function (e) {
      status.textContent = message("error", 0);
      if (window.console) { console.warn("Fiqra search: cannot load " + e.message); }
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    Object.keys(selects).forEach(function (k) {
      var v = params.get(k) || "";
      if (k === "doc") { pendingDoc = v; } else { selects[k].value = v; }
    });
  }

  function toAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set("q", input.value.trim()); }
    var f = filters();
    Object.keys(f).forEach(function (k) { if (f[k]) { params.set(k, f[k]); } });
    try {
      window.history.replaceState(null, "", "?" + params.toString());
    } catch (e) { /* some browsers refuse it on file://: the results are still shown */ }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    toAddress();
    run();
  });
  Object.keys(selects).forEach(function (k) {
    selects[k].addEventListener("change", function () { if (input.value.trim()) { toAddress(); run(); } });
  });
  selects.doc.addEventListener("focus", fillDocuments);
  more.addEventListener("click", function () {
    var state = current;
    next(state).then(function (results) {
      show(results, state);
      more.hidden = state.at >= state.list.length;
    });
  });

  load("meta.js").then(function () {
    if (!store.meta || store.meta.v !== 1) { throw new Error("meta.js"); }
    fillFilters();
    fromAddress();
    document.documentElement.classList.add("search-ready");
    return run();
  }).catch(function () {
    status.textContent = message("error", 0);
  });
})();
