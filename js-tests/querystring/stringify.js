// querystring.stringify/encode and escape/unescape/unescapeBuffer: value types, arrays, custom
// separators and encoders, Node's escaping set, lone surrogates, and lenient unescaping.
'use strict';

const qs = require('querystring');

console.log(qs.stringify({ a: 1, b: [1, 2], c: '', d: null, e: undefined, f: true, g: { x: 1 }, h: '\u00e9 ~!*()\'',
  i: NaN, j: Infinity, k: 10n, l: -0, m: false, n: -1.5e-7 }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(JSON.stringify([qs.stringify('x'), qs.stringify(null), qs.stringify(5), qs.stringify([1, 2]), qs.stringify({}),
  qs.stringify({ a: undefined }), qs.stringify({ a: [], b: 1 }), qs.stringify({ a: [], b: [] })]));
console.log(qs.stringify({ 'a b': ['c d', 'e'] }), qs.stringify({ a: [[1, 2]] }), qs.stringify({ a: [{}] }));
console.log(qs.stringify({ a: 1 }, '', ''), JSON.stringify(qs.stringify(Object.create({ inherited: 1 }))),
  qs.stringify({ a: 'b' }, '&', '=', { encodeURIComponent: null }));
console.log(qs.stringify({ x: 'a\u0080b\u07ff\u0800\uffff', '\uD83D\uDE00': 'y' }));
console.log(qs.encode === qs.stringify, qs.encode({ z: 'z' }));
try {
  qs.stringify({ a: '\uDC00' });
} catch (error) {
  console.log('lone surrogate', error.name, error.code, error.message);
}

console.log(qs.escape('a b&c=d/\u00e9'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), JSON.stringify(qs.escape('')));
for (const bad of ['\uD800', 'x\uDBFFy', 'x\uDBFF', '\uDBFF\uDBFF\uDC00', '\uDFFF']) {
  try {
    console.log('escape', JSON.stringify(bad), qs.escape(bad));
  } catch (error) {
    console.log('escape', JSON.stringify(bad), error.name, error.code, error.message);
  }
}
try {
  qs.escape(Symbol('s'));
} catch (error) {
  console.log('escape symbol', error.name);
}
console.log(qs.unescape('a%20b+c%zz%E4%B8%AD'), qs.unescape('%E4%B8'), qs.unescape('%'), qs.unescape('a+b', true), qs.unescape('%41%42'));
console.log(qs.unescapeBuffer('a%20b%zz'), qs.unescapeBuffer('a+b', true).toString(), qs.unescapeBuffer('a%2'),
  qs.unescapeBuffer('\u00e9%41'), qs.unescapeBuffer('%E4%B8%AD').toString());
const original = qs.unescape;
qs.unescape = (s) => `[${s}]`;
console.log('parse uses a replaced unescape for bad escapes', qs.parse('a=%zz&b=%41'));
qs.unescape = original;
const originalEscape = qs.escape;
qs.escape = (s) => `(${s})`;
console.log('stringify uses a replaced escape', qs.stringify({ k: 'v' }));
qs.escape = originalEscape;
