// Strings: top level as-is, nested quoted with the quote that needs no escaping, escapes,
// long multi-line strings split with `+`, maxStringLength.
const util = require('util');

console.log('plain', 'message');
console.log(['message', 'listening']);
console.log([''], ["it's"], ['say "hi"'], [`both ' and "`], ['all \' " `'], ["x ${y} ' \""]);
console.log(['tab\there', 'nl\nx', 'cr\r', 'back\\slash']);
console.log(['\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x80\x9f\xa0']);
console.log(['é ü 中文 😀', '\ud800', 'a\udc00b', '\u2028\u2029']);
console.log({ text: 'first line\nsecond line\nthird line that goes on and on and on and on', n: 1 });
console.log(util.inspect('line one\nline two\nline three, which is long enough to make the string split\n'));
console.log(util.inspect('a\n'.repeat(40)));
console.log(util.inspect(['abcdefghij', 'abc'], { maxStringLength: 5 }));
console.log(util.inspect('y'.repeat(10005)).slice(-40));
console.log(util.inspect({ 'a\nb': 1, 'tab\t': 2, "q'": 3, 'back\\': 4 }));
