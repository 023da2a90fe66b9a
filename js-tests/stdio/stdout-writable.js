'use strict';
// process.stdout as a Writable: write() returns true and calls back on a later tick with null,
// encodings, TypedArrays, the errors of a bad chunk, and being the target of pipe().
const { Readable } = require('stream');
const out = process.stdout;

console.log('writable', out.writable, 'writableLength', out.writableLength, 'hwm', out.writableHighWaterMark, 'isTTY', out.isTTY,
  'columns', out.columns, 'fd', out.fd, process.stderr.fd);
let order = [];
const returned = out.write('plain\n', (err) => { order.push(`callback(${err})`); });
order.push('after write');
console.log('write returned', returned);
out.write('6869206865780a', 'hex');
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write(new Uint16Array([0x3231, 0x0a33]));
process.nextTick(() => console.log(order));
for (const bad of [5, null, {}, undefined]) {
  try {
    out.write(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  out.write('x', 'nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
setTimeout(() => {
  const source = Readable.from(['piped ', 'into ', 'stdout\n']);
  source.pipe(out);
  source.on('end', () => setImmediate(() => console.log('after pipe, writableEnded', out.writableEnded)));
}, 1);
