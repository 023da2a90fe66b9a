'use strict';
// Micro benchmark of two per-datagram hot paths: Buffer string encoding/decoding and
// EventEmitter#emit. Plain JS that runs unchanged under `node` and `bin/datagraal`:
//
//   node bench/micro/buffer-and-emit.js [name-filter-regexp]
//
// Each operation is warmed up (so that a JIT has compiled it), then timed in several rounds; the
// median round is printed as "<operation> <ns per call>", one line per operation.
// Settings (environment): BENCH_WARMUP_MS (default 2000) and BENCH_ROUND_MS (default 300) per
// operation, BENCH_ROUNDS (default 5).

const { EventEmitter } = require('events');

const warmupMs = Number(process.env.BENCH_WARMUP_MS || 2000);
const roundMs = Number(process.env.BENCH_ROUND_MS || 300);
const rounds = Number(process.env.BENCH_ROUNDS || 5);
const filter = process.argv[2] ? new RegExp(process.argv[2]) : null;

// Results flow into this sink so that no engine can drop the measured work as dead code.
let sink = 0;

// Text of `size` UTF-8 bytes: ASCII, or two-byte characters (U+00E9) when `twoByte` is set.
function makeText(size, twoByte) {
  if (!twoByte) {
    let text = '';
    for (let i = 0; text.length < size; i++) text += String.fromCharCode(0x20 + (i * 7) % 95);
    return text;
  }
  return '\u00e9'.repeat(size / 2);
}

const sizes = [['16B', 16], ['1KiB', 1024], ['64KiB', 64 * 1024]];
const operations = [];

for (const [label, size] of sizes) {
  const ascii = makeText(size, false);
  const twoByte = makeText(size, true);
  const asciiBuffer = Buffer.from(ascii, 'utf8');
  const twoByteBuffer = Buffer.from(twoByte, 'utf8');
  const binaryBuffer = Buffer.alloc(size);
  for (let i = 0; i < size; i++) binaryBuffer[i] = (i * 31 + 7) & 0xff;
  const hexText = binaryBuffer.toString('hex');
  const base64Text = binaryBuffer.toString('base64');

  operations.push(
    [`utf8-encode-ascii-${label}`, () => Buffer.from(ascii, 'utf8').length],
    [`utf8-encode-2byte-${label}`, () => Buffer.from(twoByte, 'utf8').length],
    [`utf8-decode-ascii-${label}`, () => asciiBuffer.toString('utf8').length],
    [`utf8-decode-2byte-${label}`, () => twoByteBuffer.toString('utf8').length],
    [`latin1-encode-${label}`, () => Buffer.from(ascii, 'latin1').length],
    [`latin1-decode-${label}`, () => binaryBuffer.toString('latin1').length],
    [`hex-encode-${label}`, () => Buffer.from(hexText, 'hex').length],
    [`hex-decode-${label}`, () => binaryBuffer.toString('hex').length],
    [`base64-encode-${label}`, () => Buffer.from(base64Text, 'base64').length],
    [`base64-decode-${label}`, () => binaryBuffer.toString('base64').length],
  );
}

// emit with 0, 1 and 2 listeners, passing 1 or 2 arguments (a datagram and its rinfo, say).
const message = Buffer.from('ping');
const rinfo = { address: '127.0.0.1', family: 'IPv4', port: 41234, size: 4 };
for (const listenerCount of [0, 1, 2]) {
  const emitter = new EventEmitter();
  for (let i = 0; i < listenerCount; i++) emitter.on('message', (msg, info) => { sink += info === undefined ? 1 : 2; });
  operations.push(
    [`emit-${listenerCount}-listeners-1-arg`, () => (emitter.emit('message', message) ? 1 : 0)],
    [`emit-${listenerCount}-listeners-2-args`, () => (emitter.emit('message', message, rinfo) ? 1 : 0)],
  );
}

// A timing loop of its own per operation (compiled from distinct source text, which engines do not
// share between functions), so that no engine sees one call site calling every operation.
function makeTimer(name) {
  // eslint-disable-next-line no-new-func
  return new Function('operation', 'count', `// ${name}
    const start = process.hrtime.bigint();
    let local = 0;
    for (let i = 0; i < count; i++) local += operation();
    return [Number(process.hrtime.bigint() - start), local];
  `);
}

// Calls per round: grows until one batch takes a tenth of a round.
function callsPerRound(timeCalls, operation) {
  let count = 1;
  for (;;) {
    const elapsed = timeCalls(operation, count);
    if (elapsed >= roundMs * 1e5 || count >= 1 << 30) return Math.max(1, Math.round(count * (roundMs * 1e6) / elapsed));
    count *= 2;
  }
}

function measure(name, operation) {
  const timer = makeTimer(name);
  // Elapsed nanoseconds of `count` calls.
  const timeCalls = (op, count) => {
    const [elapsed, local] = timer(op, count);
    sink += local;
    return elapsed;
  };
  const warmupEnd = Date.now() + warmupMs;
  while (Date.now() < warmupEnd) timeCalls(operation, 100);
  const count = callsPerRound(timeCalls, operation);
  const perCall = [];
  for (let round = 0; round < rounds; round++) perCall.push(timeCalls(operation, count) / count);
  perCall.sort((a, b) => a - b);
  return perCall[rounds >> 1];
}

for (const [name, operation] of operations) {
  if (filter && !filter.test(name)) continue;
  const nanos = measure(name, operation);
  console.log(`${name} ${nanos < 100 ? nanos.toFixed(1) : Math.round(nanos)}`);
}
if (sink === -1) console.log('unreachable');
