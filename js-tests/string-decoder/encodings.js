// StringDecoder for utf16le, base64, base64url, hex, latin1 and ascii; encoding names; inputs;
// errors; how a decoder looks.
const { StringDecoder } = require('string_decoder');
const util = require('util');

const state = (d) => `[${[...d.lastChar].join(',')}] need=${d.lastNeed} total=${d.lastTotal}`;
function run(encoding, chunks) {
  const decoder = new StringDecoder(encoding);
  const out = [];
  for (const chunk of chunks) {
    if (chunk === 'END') out.push(`end:${JSON.stringify(decoder.end())}`);
    else if (chunk[0] === 'END') out.push(`end(buf):${JSON.stringify(decoder.end(Buffer.from(chunk.slice(1))))}`);
    else out.push(JSON.stringify(decoder.write(Buffer.from(chunk))));
    out.push(state(decoder));
  }
  console.log(encoding.padEnd(9), JSON.stringify(chunks), '=>', out.join(' | '));
}

run('utf16le', [[0x41], [0x00, 0x42], [0x00], 'END']);
run('utf16le', [[0x3d, 0xd8], [0x00, 0xde], 'END']);
run('utf16le', [[0x3d, 0xd8], 'END']);
run('utf16le', [[0x3d, 0xd8, 0x41], 'END']);
run('utf16le', [[0x3d], [0xd8], [0x00], [0xde], 'END']);
run('utf16le', [[0x3d, 0xd8], [0x41, 0x00], 'END']);
run('utf16le', [[0x00, 0xde], 'END']);
run('utf16le', [[0x41], 'END']);
run('utf16le', [[0x3d, 0xd8, 0x3d, 0xd8], [0x00, 0xde], 'END']);
run('base64', [[0x61], [0x62], [0x63, 0x64], 'END']);
run('base64', [[0x61, 0x62, 0x63, 0x64, 0x65], ['END', 0x66]]);
run('base64', [[0x61], 'END', [0x62], 'END']);
run('base64url', [[0xfb, 0xff], [0xfe], [0xff], 'END']);
run('hex', [[0x01, 0xff], 'END']);
run('latin1', [[0xe9, 0x80], 'END']);
run('ascii', [[0xe9, 0x41], 'END']);

function attempt(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
for (const name of [undefined, null, '', 'utf8', 'UTF-8', 'utf-8', 'utf16le', 'UTF-16LE', 'ucs2', 'UCS-2', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'bogus', 5, 'buffer']) {
  attempt(`encoding ${String(name)}`, () => new StringDecoder(name).encoding);
}
attempt('write string', () => new StringDecoder().write('abc'));
attempt('write number', () => new StringDecoder().write(5));
attempt('write null', () => new StringDecoder().write(null));
attempt('write nothing', () => new StringDecoder().write());
attempt('write Uint8Array', () => new StringDecoder().write(new Uint8Array([0x41])));
attempt('write DataView', () => new StringDecoder().write(new DataView(new Uint8Array([0x41, 0x42]).buffer)));
attempt('write Uint16Array', () => new StringDecoder().write(new Uint16Array([0x4241])));
attempt('write ArrayBuffer', () => new StringDecoder().write(new Uint8Array([0x41]).buffer));
attempt('write array', () => new StringDecoder().write([0x41]));
attempt('end string', () => new StringDecoder().end('abc'));
attempt('end number', () => new StringDecoder().end(5));
attempt('text string', () => new StringDecoder().text('abc', 1));
attempt('write on object', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));

const sd = require('string_decoder');
console.log(Object.keys(sd), StringDecoder.name, StringDecoder.length);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype));
console.log(Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed'));
for (const encoding of ['utf8', 'ascii', 'base64', 'ucs2', 'latin1', 'hex', 'base64url']) {
  console.log(new StringDecoder(encoding));
}
const decoder = new StringDecoder('utf8');
decoder.write(Buffer.from([0xe2, 0x82]));
console.log(decoder, Object.keys(decoder));
console.log(util.inspect(decoder, { showHidden: true }));
console.log(decoder.lastChar, Buffer.isBuffer(decoder.lastChar));
