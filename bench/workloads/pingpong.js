'use strict';
// Ping-pong round trip: one SIZE-byte datagram in flight to the external echo server; each reply
// sends the next. Round trips of the measured seconds after the warm-up give p50 and p99 in
// microseconds. A reply lost for 1 s is re-sent and counted (loopback should lose none).
//   pingpong.js PORT SIZE WARMUP_SECONDS MEASURED_SECONDS
const dgram = require('dgram');

const [port, size, warmup, measured] = process.argv.slice(2).map(Number);
const socket = dgram.createSocket('udp4');
const payload = Buffer.alloc(size, 'p');
const samples = [];
let measuring = false;
let sentAt = 0;
let resent = 0;

function ping() {
  sentAt = performance.now();
  socket.send(payload, port, '127.0.0.1');
}

socket.on('message', () => {
  const now = performance.now();
  if (measuring) samples.push(now - sentAt);
  ping();
});

const lossCheck = setInterval(() => {
  if (performance.now() - sentAt > 1000) {
    resent++;
    ping();
  }
}, 250);

setTimeout(() => {
  measuring = true;
  const startTime = performance.now();
  setTimeout(() => {
    measuring = false;
    const seconds = (performance.now() - startTime) / 1000;
    clearInterval(lossCheck);
    socket.close();
    const sorted = Float64Array.from(samples).sort();
    const at = (q) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 1000);
    process.stdout.write(`result p50=${at(0.5).toFixed(1)} p99=${at(0.99).toFixed(1)} ` +
      `rate=${(sorted.length / seconds).toFixed(0)} count=${sorted.length} resent=${resent}\n`);
  }, measured * 1000);
}, warmup * 1000);
ping();
