'use strict';
// Domain names for URL hosts: Punycode (RFC 3492) and an approximation of UTS #46 processing
// (non-transitional, CheckHyphens off, no DNS length checks), as the WHATWG URL standard asks.
//
// The UTS #46 mapping table is not included: a label is mapped by lower-casing each code point and
// NFKC normalisation, ideographic full stops become dots, and the code points UTS #46 ignores
// (soft hyphen, zero-width space, variation selectors, ...) are dropped. Code points UTS #46
// disallows are rejected only for the common cases (controls, U+FFFD, joiners outside of their
// contexts); the Bidi rule is not checked.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function adaptBias(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function digitToChar(digit) {
  // 0..25 are a..z, 26..35 are 0..9
  return String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
}

function charToDigit(code) {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

// RFC 3492 encoding of a label's code points; null when the arithmetic would overflow.
function punycodeEncode(input) {
  const codePoints = Array.from(input, (c) => c.codePointAt(0));
  let output = '';
  for (const cp of codePoints) if (cp < 0x80) output += String.fromCharCode(cp);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let next = MAX_INT;
    for (const cp of codePoints) if (cp >= n && cp < next) next = cp;
    if (next - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) return null;
      if (cp !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
        if (q < t) break;
        output += digitToChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitToChar(q);
      bias = adaptBias(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// RFC 3492 decoding; null for input that is not valid Punycode.
function punycodeDecode(input) {
  const output = [];
  let basicEnd = input.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adaptBias(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

// Code points UTS #46 maps to nothing.
const ignoredPattern = /[\u00AD\u034F\u180B-\u180D\u200B\u2060\uFE00-\uFE0F\uFEFF]|\uDB40[\uDD00-\uDDEF]/g;
const fullStopPattern = /[\u3002\uFF0E\uFF61]/g;
// Controls, U+FFFD and the noncharacters.
const rejectedPattern = /[\u0000-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDFFE\uDFFF]/;
const leadingMarkPattern = /^\p{M}/u;

// Canonical_Combining_Class=Virama: after one of these, ZWJ and ZWNJ are allowed (RFC 5892).
const viramas = new Set([0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D,
  0x0DCA, 0x0E3A, 0x0EBA, 0x0F84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB,
  0x1BF2, 0x1BF3, 0x2D7F, 0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x11070,
  0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F,
  0x116B6, 0x1172B, 0x11839, 0x1193D, 0x1193E, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45,
  0x11D97]);
// Arabic-script letters that join only on their right (Joining_Type R) or not at all (U).
const rightOrNonJoining = /[\u0621-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0759-\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779]/;
const joiningLetter = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Mongolian}\p{Script=Phags_Pa}]/u;
const transparent = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

// RFC 5892 CONTEXTJ: a joiner follows a virama, or (ZWNJ only) sits between joining letters.
function joinersValid(label) {
  const cps = Array.from(label);
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] !== '\u200C' && cps[i] !== '\u200D') continue;
    if (i > 0 && viramas.has(cps[i - 1].codePointAt(0))) continue;
    if (cps[i] === '\u200D') return false;
    let before = i - 1;
    while (before >= 0 && transparent.test(cps[before])) before--;
    let after = i + 1;
    while (after < cps.length && transparent.test(cps[after])) after++;
    if (before < 0 || after >= cps.length) return false;
    if (!joiningLetter.test(cps[before]) || rightOrNonJoining.test(cps[before])) return false;
    if (!joiningLetter.test(cps[after]) || cps[after] === '\u0621') return false;
  }
  return true;
}

// The Bidi rule (RFC 5893) as Node 20 applies it, approximated with scripts and digit ranges in
// place of the Bidi_Class property. A label counts as right-to-left when an R, AL or AN character
// comes before its last character that is not a mark; such a label may hold no L character, must
// end (before trailing marks) with R, AL, EN or AN, and may not mix EN and AN digits.
const rtlScriptPattern = /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Old_Hungarian}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Avestan}]$/u;
const arabicNumberPattern = /^[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u0890\u0891\u08E2]$/;
const europeanNumberPattern = /^[0-9\u00B2\u00B3\u00B9\u06F0-\u06F9\u2070\u2074-\u2079\u2080-\u2089\uFF10-\uFF19]$/;
const markPattern = /^[\p{Mn}\p{Me}]$/u;
const letterPattern = /^[\p{L}\p{Mc}]$/u;

const isArabicNumber = (c) => arabicNumberPattern.test(c);
const isEuropeanNumber = (c) => europeanNumberPattern.test(c);
const isRightToLeft = (c) => rtlScriptPattern.test(c) && !isArabicNumber(c) && !isEuropeanNumber(c) && !markPattern.test(c);
const isLeftToRight = (c) => letterPattern.test(c) && !rtlScriptPattern.test(c);

function bidiValid(label) {
  const cps = Array.from(label);
  let end = cps.length - 1;
  while (end >= 0 && markPattern.test(cps[end])) end--;
  if (end < 0) return true;
  if (!cps.slice(0, end).some((c) => isRightToLeft(c) || isArabicNumber(c))) return true;
  if (cps.some(isLeftToRight)) return false;
  const last = cps[end];
  if (!isRightToLeft(last) && !isEuropeanNumber(last) && !isArabicNumber(last)) return false;
  return !(cps.some(isEuropeanNumber) && cps.some(isArabicNumber));
}

function labelValid(label) {
  return !rejectedPattern.test(label) && !leadingMarkPattern.test(label) && joinersValid(label);
}

function mapLabelText(domain) {
  let mapped = '';
  // One code point at a time, so that a capital sigma maps to σ wherever it stands.
  for (const c of domain.replace(ignoredPattern, '')) mapped += c.toLowerCase();
  mapped = mapped.normalize('NFKC');
  // NFKC can produce capitals (full-width letters): lower-case once more, then recompose.
  return mapped.toLowerCase().normalize('NFC').replace(fullStopPattern, '.');
}

// UTS #46 ToASCII as URL host parsing uses it: the ASCII domain, or null on failure.
function toASCII(domain) {
  const ascii = /^[\x00-\x7F]*$/.test(domain);
  const mapped = ascii ? domain.toLowerCase() : mapLabelText(domain);
  const labels = mapped.split('.');
  // The labels as Unicode, for the checks that apply to the decoded form of Punycode labels too.
  const unicodeLabels = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (!/^[\x00-\x7F]*$/.test(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || decoded !== mapLabelText(decoded)) {
        return null;
      }
      unicodeLabels.push(decoded);
    } else {
      unicodeLabels.push(label);
    }
  }
  if (!(ascii && !mapped.includes('xn--'))) {
    if (!unicodeLabels.every((label) => labelValid(label) && bidiValid(label))) return null;
  }
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      continue;
    } else if (!/^[\x00-\x7F]*$/.test(label)) {
      const encoded = punycodeEncode(label);
      if (encoded === null) return null;
      labels[i] = `xn--${encoded}`;
    }
  }
  return labels.join('.');
}

// UTS #46 ToUnicode: Punycode labels decoded, the rest mapped; labels that fail stay as they are.
function toUnicode(domain) {
  const mapped = /^[\x00-\x7F]*$/.test(domain) ? domain.toLowerCase() : mapLabelText(domain);
  return mapped.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    const decoded = punycodeDecode(label.slice(4));
    return decoded === null ? label : decoded;
  }).join('.');
}

module.exports = { punycodeEncode, punycodeDecode, toASCII, toUnicode };
