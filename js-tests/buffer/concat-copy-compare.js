// concat, copy, compare and equals, including their argument clamping.
'use strict';

const parts = [Buffer.from('ab'), new Uint8Array([0x63, 0x64]), Buffer.alloc(0), Buffer.from('e')];
for (const length of [undefined, 0, 3, 5, 8]) {
  const joined = Buffer.concat(parts, length);
  console.log('concat', length, joined.toString('hex'), joined.length, joined instanceof Buffer);
}

const source = Buffer.from('abcdef');
for (const args of [[], [1], [2, 3], [0, 1, 3], [0, 4, 100], [3, 0, 6], ['x'], [1.7, 1.2, 4.9], [Infinity], [5]]) {
  const target = Buffer.alloc(4, '.');
  console.log('copy', JSON.stringify(args), source.copy(target, ...args), target.toString());
}
const overlap = Buffer.from('abcdef');
overlap.copy(overlap, 2, 0, 4);
console.log('overlap', overlap.toString());

const words = ['', 'a', 'ab', 'abc', 'abd', 'b', 'B'].map((word) => Buffer.from(word));
for (const left of words) {
  console.log(JSON.stringify(left.toString()), words.map((right) => Buffer.compare(left, right)).join(' '),
    words.map((right) => (left.equals(right) ? 'T' : 'F')).join(''));
}
console.log(Buffer.from('abcdef').compare(Buffer.from('xcdx'), 1, 3, 2, 4), Buffer.from('abc').compare(Buffer.from('abc'), 0, 2));
console.log(words.slice().sort(Buffer.compare).map(String).join(','));

const { isUtf8, isAscii } = require('buffer');
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x7f, 0x80]]) {
  console.log('isUtf8/isAscii', Buffer.from(bytes).toString('hex'), isUtf8(Buffer.from(bytes)), isAscii(new Uint8Array(bytes).buffer));
}
