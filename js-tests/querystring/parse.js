// querystring.parse/decode: repeated keys, empty pairs, '+', malformed escapes, bad UTF-8, custom
// separators (multi-character too), maxKeys, custom decoders, and non-string input.
'use strict';

const qs = require('querystring');

const cases = [
  ['a=1&b=2&a=3&c&d=&=e&f=g=h&%20x+y=%zz&arr[]=1&arr[]=2'],
  ['a:1;b:2', ';', ':'],
  ['a=1&b=2&c=3', null, null, { maxKeys: 2 }],
  ['a=1&&&b=2', null, null, { maxKeys: 2 }],
  ['a=1&b=2', '&', '=', { maxKeys: 0 }],
  ['a=1&b=2', '&', '=', { maxKeys: -1 }],
  ['a=1&a=2&a=3', null, null, { maxKeys: 2 }],
  ['a=1&b=2&c=3', null, null, { maxKeys: '2' }],
  ['a=1&&b=2', '&&'],
  ['a==>1<>b==>2', '<>', '==>'],
  ['a=%E4%B8%AD&b=%C3&c=%E4%B8&d=%D8%00&e=%F0%9F%98%80'],
  [''],
  [5],
  [{ toString() { return 'a=1'; } }],
  ['a=1', '', ''],
  ['a=1;b=2', /;/],
  ['a+b=c+d&e%2Bf=%2b'],
  ['a[b]=1&a[c]=2'],
  ['__proto__=1&constructor=2&hasOwnProperty=3&toString=4'],
  ['&a=b&', null, null],
  ['=&='],
  ['a&a&a'],
  ['a%=b%&%=%'],
  ['a%C3=1&\u00e9=\u00e9'],
  ['A=B%41&C+D=E', null, null, { decodeURIComponent: (s) => `<${s}>` }],
  ['a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }],
  ['a=1', null, null, { decodeURIComponent: 5 }],
  ['a=1', null, null, null],
];
for (const args of cases) {
  const shown = args.map((arg) => (typeof arg === 'function' || arg instanceof RegExp ? String(arg) : JSON.stringify(arg)));
  console.log(shown.join(' '), '->', qs.parse(...args));
}
const result = qs.parse('a=1');
console.log(Object.getPrototypeOf(result), qs.decode === qs.parse);
