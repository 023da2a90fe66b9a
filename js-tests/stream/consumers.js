'use strict';
// stream/consumers: a stream read whole as text, JSON, a Buffer or an ArrayBuffer, with a
// multi-byte character split between chunks; async generators work too.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable } = require('stream');

(async () => {
  const euro = Buffer.from('cost: 3€');
  console.log('text', await text(Readable.from([euro.subarray(0, 7), euro.subarray(7)])));
  console.log('json', await json(Readable.from(['{"a":', '[1,2]}'])));
  console.log('buffer', await buffer(Readable.from([Buffer.from('ab'), 'cd'])));
  const bytes = await arrayBuffer(Readable.from([Buffer.from([1, 2, 3])]));
  console.log('arrayBuffer', bytes instanceof ArrayBuffer, bytes.byteLength);
  console.log('generator', await text((async function* gen() { yield 'x'; yield 'y'; })()));
  try {
    await json(Readable.from(['{broken']));
  } catch (error) {
    console.log(error.name);
  }
})();
