'use strict';
// Readable.from() over arrays, strings, Buffers, generators and async generators; for await over
// a Readable; break destroying the stream; errors reaching the loop; the iterator helpers.
const { Readable } = require('stream');

async function collect(label, readable) {
  const out = [];
  for await (const chunk of readable) out.push(Buffer.isBuffer(chunk) ? `<${chunk.toString()}>` : chunk);
  console.log(label, out, 'objectMode', readable.readableObjectMode);
}

(async () => {
  await collect('array', Readable.from([1, 'two', { three: 3 }]));
  await collect('string', Readable.from('whole string'));
  await collect('buffer', Readable.from(Buffer.from('bytes')));
  await collect('generator', Readable.from((function* numbers() { yield 1; yield 2; })()));
  await collect('async generator', Readable.from((async function* later() {
    yield 'a';
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield 'b';
  })()));
  await collect('not object mode', Readable.from(['x', 'y'], { objectMode: false }));

  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  await collect('byte stream', bytes);

  let cleaned = false;
  const endless = Readable.from((function* forever() {
    try { for (let i = 0; ; i++) yield i; } finally { cleaned = true; }
  })());
  for await (const value of endless) {
    if (value === 2) break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after break: destroyed', endless.destroyed, 'generator cleaned', cleaned);

  const failing = new Readable({ read() { this.destroy(new Error('source failed')); } });
  try {
    for await (const chunk of failing) console.log('never', chunk);
  } catch (err) {
    console.log('loop threw', err.message);
  }

  const throwingGenerator = Readable.from((function* boom() { yield 1; throw new Error('generator threw'); })());
  throwingGenerator.on('error', (err) => console.log('error event', err.message));
  throwingGenerator.on('data', (value) => console.log('data before error', value));
  await new Promise((resolve) => throwingGenerator.on('close', resolve));

  console.log('map/filter', await Readable.from([1, 2, 3, 4]).map((x) => x * 10).filter((x) => x > 15).toArray());
  console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  const iterator = Readable.from(['only'])[Symbol.asyncIterator]();
  console.log('manual next', await iterator.next(), await iterator.next());
  console.log('Readable.from(null) throws:');
  try { Readable.from(null); } catch (err) { console.log(' ', err.name, err.code, err.message); }
})();
