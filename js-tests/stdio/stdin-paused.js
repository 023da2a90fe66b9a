'use strict';
// process.stdin in paused mode ('readable' and read()), then the same input piped through a
// Transform into process.stdout, which pipe() does not end.
const { Transform } = require('stream');

const chunks = [];
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) chunks.push(chunk);
});
process.stdin.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('read', all.length, 'bytes, Buffer:', Buffer.isBuffer(chunks[0]));
  const numbered = new Transform({
    transform(chunk, encoding, callback) {
      callback(null, String(chunk).split('\n').filter(Boolean).map((line, i) => `${i + 1}: ${line}\n`).join(''));
    },
  });
  const { Readable } = require('stream');
  Readable.from([all]).pipe(numbered).pipe(process.stdout);
  numbered.on('end', () => setImmediate(() => console.log('stdout still writable:', process.stdout.writable)));
});
