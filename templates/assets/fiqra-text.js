// Fiqra: Arabic text as normalised, lightly stemmed tokens, exactly as the build makes them
// (org.fiqra.text.ArabicTokens: Lucene's ArabicNormalizer and ArabicStemmer), so that a query typed
// with other hamza forms, diacritics or digits finds what the index holds. A parity test runs this
// file under Node and compares its tokens with the Java ones. No dependency; browser and Node.
(function (root) {
  "use strict";

  var PREFIXES = ["\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
    "\u0644\u0644", "\u0648"];
  var SUFFIXES = ["\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647",
    "\u064A\u0629", "\u0647", "\u0629", "\u064A"];
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

  /** Arabic-Indic, extended Arabic-Indic and superscript digits as ASCII digits. */
  function toAscii(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(48 + c - 0x0660);
      else if (c >= 0x06F0 && c <= 0x06F9) out += String.fromCharCode(48 + c - 0x06F0);
      else if (c === 0x2070) out += "0";
      else if (c === 0x00B9) out += "1";
      else if (c === 0x00B2) out += "2";
      else if (c === 0x00B3) out += "3";
      else if (c >= 0x2074 && c <= 0x2079) out += String.fromCharCode(48 + c - 0x2070);
      else out += s.charAt(i);
    }
    return out;
  }

  /** Lucene's ArabicNormalizer: alef forms, alef maqsura, teh marbuta, harakat and tatweel. */
  function normalize(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c === 0x0622 || c === 0x0623 || c === 0x0625) out += "\u0627";
      else if (c === 0x0649) out += "\u064A";
      else if (c === 0x0629) out += "\u0647";
      else if (c === 0x0640 || (c >= 0x064B && c <= 0x0652)) continue;
      else out += s.charAt(i);
    }
    return out;
  }

  /** Lucene's ArabicStemmer: one prefix, then each suffix in turn. */
  function stemArabic(s) {
    for (var i = 0; i < PREFIXES.length; i++) {
      var p = PREFIXES[i];
      var enough = p.length === 1 ? s.length >= 4 : s.length >= p.length + 2;
      if (enough && s.lastIndexOf(p, 0) === 0) {
        s = s.substring(p.length);
        break;
      }
    }
    for (var j = 0; j < SUFFIXES.length; j++) {
      var x = SUFFIXES[j];
      if (s.length >= x.length + 2 && s.substring(s.length - x.length) === x) s = s.substring(0, s.length - x.length);
    }
    return s;
  }

  function stem(word) {
    return stemArabic(normalize(toAscii(word).toLowerCase()));
  }

  function isWordChar(ch) {
    var c = ch.charCodeAt(0);
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    return LETTER_OR_DIGIT.test(ch) || c === 0x0640 || (c >= 0x064B && c <= 0x065F) || c === 0x0670;
  }

  /** The words of a text: [{start, end, stem}], as ArabicTokens.of does it. */
  function tokens(text) {
    var out = [];
    var i = 0;
    while (i < text.length) {
      if (!isWordChar(text.charAt(i))) { i++; continue; }
      var start = i;
      while (i < text.length && isWordChar(text.charAt(i))) i++;
      var s = stem(text.substring(start, i));
      if (s.length > 0) out.push({ start: start, end: i, stem: s });
    }
    return out;
  }

  var DIGIT = /\p{Nd}/u;

  /**
   * The tokens of a text for search, as ArabicTokens.searchTokens makes them: words, except that words
   * joined by "/" or "." into a chain with a digit in it are one symbol token ("A/RES/70/1" is
   * "a/res/70/1", "٢٩٣/٦٤" is "293/64"), normalised and not stemmed.
   */
  function searchTokens(text) {
    var words = tokens(text);
    var out = [];
    var i = 0;
    while (i < words.length) {
      var j = i;
      while (j + 1 < words.length && words[j + 1].start === words[j].end + 1
          && (text.charAt(words[j].end) === "/" || text.charAt(words[j].end) === ".")) j++;
      var chain = text.substring(words[i].start, words[j].end);
      if (j > i && DIGIT.test(chain)) {
        out.push({ start: words[i].start, end: words[j].end, stem: normalize(toAscii(chain).toLowerCase()) });
        i = j + 1;
      } else {
        out.push(words[i++]);
      }
    }
    return out;
  }

  var api = { tokens: tokens, searchTokens: searchTokens, stem: stem };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.FiqraText = api;
})(this);
