'use strict';
// The encoding _write() receives for each way of calling write() and end(), in byte mode, with
// decodeStrings false, and in object mode (where Node 20 passes on what the caller gave).
const { Writable, Duplex, Transform } = require('stream');

for (const options of [{ objectMode: true }, {}, { decodeStrings: false }, { objectMode: true, defaultEncoding: 'hex' }]) {
  const w = new Writable({
    ...options,
    write(chunk, encoding, callback) { console.log(JSON.stringify(options), typeof chunk, encoding); callback(); },
  });
  w.write('ab');
  w.write('ab', () => {});
  w.write('ab', 'latin1');
  w.write(Buffer.from('x'));
  w.write(new Uint16Array([1]));
  w.end('cd');
}
const t = new Transform({ objectMode: true, transform(chunk, encoding, callback) { console.log('transform', encoding); callback(); } });
t.write({});
t.end({}, () => {});
const d = new Duplex({ writableObjectMode: true, read() {}, write(chunk, encoding, callback) { console.log('duplex', encoding); callback(); } });
d.write({});
