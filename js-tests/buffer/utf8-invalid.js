// UTF-8 decoding of ill-formed input (one U+FFFD per maximal subpart, as Node/WHATWG) and
// encoding of lone surrogates (EF BF BD).
'use strict';

function units(text) {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, '0')).join(' ');
}

const cases = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xc3, 0xa9],
  [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xe0, 0xa0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41],
  [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xf0, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x41], [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0xff, 0xfe, 0x41], [0x41, 0xe2, 0x28, 0xa1, 0x42],
  [0xef, 0xbb, 0xbf, 0x41],
];
for (const bytes of cases) {
  const buffer = Buffer.from(bytes);
  console.log(buffer.toString('hex').padEnd(12), units(buffer.toString()));
}

for (const text of ['\ud800', 'a\udc00b', '\ud83d\ude00', '\ude00\ud83d', 'x\ud83d']) {
  console.log(units(text), '->', Buffer.from(text).toString('hex'), Buffer.byteLength(text),
    Buffer.from(text, 'utf16le').toString('hex'));
}

// A write never splits a character.
for (let size = 0; size < 6; size++) {
  const buffer = Buffer.alloc(size, '.');
  const written = buffer.write('a\u20ac\u{1F600}');
  console.log('write into', size, written, buffer.toString('hex'));
}
