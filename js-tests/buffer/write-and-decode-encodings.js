'use strict';
// buf.write and buf.toString in every encoding: argument forms, partial writes, bytes that the
// encoding cannot show, characters it cannot hold, and views over a SharedArrayBuffer.
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, '->', JSON.stringify(result));
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}
const units = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16)).join(' ');

for (const encoding of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex']) {
  show(`write ${encoding}`, () => { const b = Buffer.alloc(7, '.'); return [b.write('YWJj€dé', 1, encoding), b.toString('hex')]; });
  show(`write ${encoding} length 3`, () => { const b = Buffer.alloc(7, '.'); return [b.write('YWJj€dé', 1, 3, encoding), b.toString('hex')]; });
  show(`write ${encoding} into 3`, () => { const b = Buffer.alloc(3, '.'); return [b.write('abcdef', 0, encoding), b.toString('hex')]; });
  const bytes = Buffer.from([0x61, 0x80, 0xff, 0xc3, 0xa9, 0x00]);
  show(`${encoding} toString`, () => units(bytes.toString(encoding)));
  show(`${encoding} toString 1..4`, () => units(bytes.toString(encoding, 1, 4)));
  show(`${encoding} from wide text`, () => Buffer.from('a\u0100\u20ac\ud83d\ude00\ud800z', encoding).toString('hex'));
  show(`${encoding} byteLength wide text`, () => Buffer.byteLength('a\u0100\u20ac\ud83d\ude00\ud800z', encoding));
}
show('write(text, "hex")', () => { const b = Buffer.alloc(4); return [b.write('abcd', 'hex'), b.toString('hex')]; });
show('write(text, 1, "hex")', () => { const b = Buffer.alloc(4); return [b.write('abcd', 1, 'hex'), b.toString('hex')]; });
show('write()', () => Buffer.alloc(4).write());
show('write offset NaN', () => Buffer.alloc(4).write('a', NaN));
show('write offset "1"', () => Buffer.alloc(4).write('a', '1'));
show('write length 9', () => Buffer.alloc(4).write('abcdef', 0, 9));
show('write length 1.5', () => Buffer.alloc(4).write('abcdef', 0, 1.5));
show('write offset -1', () => Buffer.alloc(4).write('abcdef', -1));
show('write encoding null', () => Buffer.alloc(4).write('abcdef', 0, 2, null));
show('write encoding 5', () => Buffer.alloc(4).write('abcdef', 0, 2, 5));
show('latin1 of a surrogate pair', () => Buffer.from('\ud83d\ude00', 'latin1').toString('hex'));
show('ascii of wide characters', () => Buffer.from('é€\u0100', 'ascii').toString('hex'));
show('utf16le odd byte count', () => units(Buffer.from([0x61, 0, 0x62]).toString('utf16le')));
show('utf16le lone surrogates kept', () => units(Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc]).toString('ucs2')));
show('hex mixed case', () => Buffer.from('AbCdEf', 'hex').toString('hex'));
show('hex stops at a bad pair', () => Buffer.from('abxyab', 'hex').toString('hex'));
show('hex bad first pair', () => Buffer.from('xy', 'hex').length);
show('hex odd length', () => Buffer.from('abc', 'hex').toString('hex'));
show('hex wide characters', () => Buffer.from('\u0161\u0162', 'hex').toString('hex'));
show('base64 with spaces', () => Buffer.from(' Y W J j \n', 'base64').toString());
show('base64 with url characters', () => Buffer.from('-_-_', 'base64').toString('hex'));
show('base64url with standard characters', () => Buffer.from('+/+/', 'base64url').toString('hex'));
show('base64 padding in the middle', () => Buffer.from('YQ==YWJj', 'base64').toString());
show('base64 one character', () => Buffer.from('Y', 'base64').length);
show('base64 five characters', () => Buffer.from('YWJjZ', 'base64').toString());
show('base64url with padding', () => Buffer.from('YQ==', 'base64url').toString());
show('base64 of 0..5 bytes', () => [0, 1, 2, 3, 4, 5].map((n) => `${Buffer.alloc(n, 0xfb).toString('base64')}|${Buffer.alloc(n, 0xfb).toString('base64url')}`));

const shared = Buffer.from(new SharedArrayBuffer(16));
show('SharedArrayBuffer write', () => [shared.write('héllo €'), shared.toString('hex')]);
show('SharedArrayBuffer toString', () => [shared.toString(), shared.toString('latin1', 0, 10), require('buffer').isUtf8(shared)]);
const sharedLong = Buffer.from(new SharedArrayBuffer(300));
sharedLong.fill('ab€');
show('SharedArrayBuffer long', () => [sharedLong.toString().length, sharedLong.toString('base64').length,
  sharedLong.toString('hex').slice(0, 20), sharedLong.toString('latin1').length, sharedLong.toString('ucs2').length]);
