// Buffer.from(string, encoding), toString(encoding) and byteLength for every encoding name.
'use strict';

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Base64'];
const samples = ['', 'hello', 'héllo wörld', '€uro', '\u{1F600} smile', 'a\u0100\u00ff', 'aGVsbG8=', 'deadBEEF', 'a b\nc'];

for (const encoding of encodings) {
  for (const text of samples) {
    const buffer = Buffer.from(text, encoding);
    console.log(encoding, JSON.stringify(text), buffer.toString('hex'), buffer.length,
      Buffer.byteLength(text, encoding));
  }
}

const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xff, 0xfe]);
for (const encoding of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const text = bytes.toString(encoding);
  const units = Array.from(text, (c) => c.codePointAt(0).toString(16));
  console.log('toString', encoding, units.join(' '));
  console.log('toString range', encoding, JSON.stringify(bytes.toString(encoding, 1, 6).length));
}

console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('utf16'), Buffer.isEncoding(''), Buffer.isEncoding(null));
console.log(Buffer.from('abc').toString(undefined, 1), Buffer.from('abc').toString('utf8', -5, 100));
console.log('UDP String: ' + Buffer.from('héllo'));
console.log(`${Buffer.from([0x68, 0x69])}`, String(Buffer.from('x')));
