// TextDecoder as Node 20 has it: labels, BOM handling, fatal mode, streaming, input types,
// the single-byte legacy encodings, errors and inspect output.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const json = (text) => JSON.stringify(text);

const decoder = new TextDecoder();
console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM, util.TextDecoder === TextDecoder);
console.log(json(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))));
console.log(json(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
console.log(json(decoder.decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82]))));
console.log(json(decoder.decode(new Uint8Array([0xf0, 0x9f, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe0, 0x80]))));
console.log(json(decoder.decode()), json(decoder.decode(undefined)));

const stream = new TextDecoder();
const bytes = Buffer.from('€a😀é');
let text = '';
for (const byte of bytes) text += stream.decode(new Uint8Array([byte]), { stream: true });
text += stream.decode();
console.log('byte by byte', text === '€a😀é');
console.log(json(stream.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), json(stream.decode()));
const bom = new TextDecoder();
console.log('bom split', json(bom.decode(new Uint8Array([0xef]), { stream: true }) +
  bom.decode(new Uint8Array([0xbb, 0xbf, 0x41]), { stream: true }) + bom.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
const empty = new TextDecoder();
console.log('empty chunk keeps bom state', json(empty.decode(new Uint8Array([]), { stream: true })),
  json(empty.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));

const fatal = new TextDecoder('utf-8', { fatal: true });
attempt('fatal', () => fatal.decode(new Uint8Array([0xff])));
attempt('fatal at end of stream', () => { fatal.decode(new Uint8Array([0xe2]), { stream: true }); return fatal.decode(); });
attempt('fatal decoder is reset', () => fatal.decode(new Uint8Array([0x41])));

console.log('utf-16be', json(new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0, 0x41, 0xd8, 0x3d, 0xde, 0x00]))));
console.log('utf-16le lone high', json(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x41, 0]))));
console.log('utf-16le lone low', json(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xdc, 0x41, 0]))));
console.log('utf-16le odd', json(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x42]))));
console.log('utf-16le boms', json(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0xff, 0xfe, 0x41]))));
attempt('utf-16le fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x3d, 0xd8, 0x41, 0])));
const u16 = new TextDecoder('utf-16le');
console.log('utf-16le stream', json(u16.decode(new Uint8Array([0x41]), { stream: true }) + '|' +
  u16.decode(new Uint8Array([0x00, 0x3d]), { stream: true }) + '|' + u16.decode(new Uint8Array([0xd8, 0x00, 0xde]))));
console.log('latin1', [...new TextDecoder('latin1').decode(new Uint8Array([0x41, 0x80, 0x9f, 0xe9, 0xff]))].map((c) => c.charCodeAt(0)));

const labels = ['utf8', 'UTF-8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16', 'ucs-2', 'utf-16be', 'latin1', 'ascii',
  'iso-8859-1', 'us-ascii', 'windows-1252', 'iso-8859-2', 'l2', 'koi8-r', 'koi8-u', 'ibm866', 'macintosh',
  'windows-1251', 'iso-8859-15', 'iso-8859-8-i', 'windows-874', 'x-mac-cyrillic', 'x-user-defined', 'iso-8859-16',
  'replacement', 'utf-32', 'bogus', ' BOGUS '];
const sample = new Uint8Array([0x41, 0x00, 0x80, 0xa4, 0xc0, 0xe9, 0xff]);
for (const label of labels) {
  attempt(label, () => {
    const d = new TextDecoder(label);
    return `${d.encoding} ${json(d.decode(sample))}`;
  });
}
attempt('iso-8859-3 unmapped', () => json(new TextDecoder('iso-8859-3').decode(new Uint8Array([0xa5]))));
attempt('iso-8859-3 unmapped fatal', () => new TextDecoder('iso-8859-3', { fatal: true }).decode(new Uint8Array([0xa5])));
attempt('ibm866 low bytes', () => [...new TextDecoder('ibm866').decode(new Uint8Array([0x1a, 0x1c, 0x7f]))].map((c) => c.charCodeAt(0)));

attempt('undefined label', () => new TextDecoder(undefined).encoding);
attempt('null label', () => new TextDecoder(null).encoding);
attempt('symbol label', () => new TextDecoder(Symbol('x')));
attempt('options number', () => new TextDecoder('utf-8', 5));
attempt('options checked before label', () => new TextDecoder('bogus', 5));
attempt('options null', () => new TextDecoder('utf-8', null).fatal);
attempt('truthy options', () => { const d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }); return [d.fatal, d.ignoreBOM]; });
for (const encoding of ['utf-8', 'utf-16le', 'latin1', 'koi8-r']) {
  attempt(`${encoding} decode string`, () => new TextDecoder(encoding).decode('abc'));
}
attempt('decode null', () => decoder.decode(null));
attempt('decode number', () => decoder.decode(5));
attempt('decode ArrayBuffer', () => decoder.decode(new Uint8Array([104, 105]).buffer));
attempt('decode DataView', () => decoder.decode(new DataView(new Uint8Array([104, 105]).buffer)));
attempt('decode Uint16Array', () => decoder.decode(new Uint16Array([0x6968])));
attempt('decode Buffer slice', () => decoder.decode(Buffer.from('xhix').subarray(1, 3)));
attempt('decode odd options', () => json(decoder.decode(new Uint8Array([0x41]), 5)));
attempt('decode null options', () => decoder.decode(new Uint8Array([0x41]), null));
attempt('decode on object', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
attempt('encoding on object', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));

console.log(decoder);
console.log(new TextDecoder('utf-16le', { fatal: true }));
console.log(util.inspect({ a: { b: decoder } }, { depth: 1 }), util.inspect({ a: decoder }, { depth: 0 }));
console.log(Object.prototype.toString.call(decoder), Object.getOwnPropertyNames(TextDecoder.prototype), Object.keys(TextDecoder.prototype));
console.log(Object.getOwnPropertySymbols(decoder).length, Object.getOwnPropertySymbols(TextDecoder.prototype));
