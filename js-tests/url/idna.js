// Internationalised domain names: UTS #46 mapping (case, width, compatibility forms, ignored
// code points), Punycode in both directions, invalid labels, the joiner (CONTEXTJ) and Bidi rules
// as Node 20 applies them, through new URL(), url.domainToASCII and url.domainToUnicode.
'use strict';

const url = require('url');

const domains = [
  '例え.テスト', 'мойдомен.рф', 'ΕΛΛΗΝΙΚΆ.gr', 'Bücher.de', 'ÖBB.at', '中文.中国', '한국.kr', 'ไทย.th', 'हिन्दी.भारत',
  'עברית.il', 'مثال.إختبار', 'مثال1.com', '1مثال.com', 'a.مثال', '1.مثال', 'مثال.1', 'ab١.com', '١٢٣.com', 'x١.com',
  'مثال١2.com', 'www.ÄÖÜ.com', '☃.net', 'i❤.ws', '𝓗𝓮𝓵𝓵𝓸.com', 'ⓐⓑⓒ.com', 'ǅ.com', 'İstanbul.tr', 'ß.de', 'ς.gr',
  'Σ.gr', 'ﬀ.com', '①.com', '½.com', '™.com', 'a‌b.com', 'क्‌ष.com', 'क्‍ष.com', '\u0301a.com', 'a\u0301.com',
  'xn--mnchen-3ya.de', 'xn--MNCHEN-3YA.de', 'XN--mnchen-3ya.de', 'xn--zz.de', 'xn--abc-.de', 'xn---abc.de',
  'münchen.xn--p1ai', 'a.b.c.d.e.f', '-.com', 'a-.com', '.', '..', 'a..', '127.0.0.1', '0x7f.0.0.1', '::1', '[::1]',
  'ex%41mple.com', 'exa%mple.com', 'ex\u00admple.com', 'x\ufe0fy.com', 'x\u2060y.com', 'x\u200by.com', '\ufeffx.com',
  'x\uDB40\uDD00y.com', 'a\uFFFDb.com', 'a\u0080b.com', 'a\uFDD0.com', 'a\uD83F\uDFFE.com', '\u3002com', 'a\uff0eb',
  'a\uff61b', 'ＡＢＣ．ｃｏｍ', 'e\u0301.com', 'é.com', 'ᄀ.com', 'ㄱ.com', '𝟏𝟐𝟑.com', '٣.com', 'x.١٢٣', 'ab--cd.com',
  'ab--\u00e9.com', 'مثالa', 'aمثال', '-مثال', 'مثال-', 'مثال1', 'مثال١', 'مثال1١', '١مثال', '1مثال1', 'a1.مثال',
  'مثال.a', 'مثال.1a', 'a.b.مثال', 'שלום', 'שלוםa', 'aשלום', 'של1ום', '1של', 'של\u0301', '\u0301של', 'שa.com', 'a.ש',
  'ש.a', 'ش٠1', 'ش1٠', 'x\u0660', 'ש\u0660', 'ש\u0300', 'a\u05D0', 'é\u05D0', '\u05D0é', '\u05D0\u00a3', '\u05D0!',
  '\u05D0 .com', 'א.ב', '\u0627\u200c\u0628', '\u0628\u200c\u0627', '\u0628\u200c\u0628', '\u0628\u200c', 'a\u200cb',
  'aא', 'aב', 'aש', 'aאב', 'abא', 'aאb', 'bא', 'zא', 'אa', 'אb', '1א', 'א1', '-א', 'א-', 'aمثال', 'aم', 'aمث', 'bم',
  'ab\u0645', 'a\u05D0\u05D1', 'a\u05E9', 'a\u05DC', 'a\u05D5\u05DD', 'ab\u0660c', 'a\u0660', '\u0660a', '\u06612',
  'x1\u05D0', '\u05D0\u0301', '\u05D0a\u0301', '\u05D0\u06F1', '\u05D0\u06F1\u0661', 'a\u05D0\u0301', '\u05D0\u00b2',
  '\u05D0\u2460', '\u05D0\u05D0\u00e9', 'ab\u05D0c', '\u05D0\u0903', '\u05D0\u3042', '\u05D0\u4e00', '\u05D0\u00aa',
  'a.\u05D0.b', '1a.\u05D0', 'xn--abc-', 'xn--abc-.de', 'xn--a', 'xn--', 'xn--4db', 'xn--a-0hc', 'xn--ls8h',
];
for (const domain of domains) {
  let host;
  try {
    host = new URL(`http://${domain}/`).host;
  } catch (error) {
    host = `${error.code}`;
  }
  console.log(JSON.stringify(domain), host, JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
