'use strict';
// Receive throughput: counts datagrams from the external sender. From the first datagram it waits
// out the warm-up (the JIT's time), then counts for the measured seconds and prints the rate.
//   receive.js PORT WARMUP_SECONDS MEASURED_SECONDS
const dgram = require('dgram');
const { startWindow } = require('./window');

const [port, warmup, measured] = process.argv.slice(2).map(Number);
const socket = dgram.createSocket('udp4');
let count = 0;
let started = false;

socket.on('message', () => {
  count++;
  if (!started) {
    started = true;
    startWindow(warmup, measured, () => count, (rate, counted, seconds, warmupRate) => {
      process.stdout.write(`result rate=${rate.toFixed(0)} count=${counted} seconds=${seconds.toFixed(3)} ` +
        `warmup_rate=${warmupRate.toFixed(0)}\n`);
      process.exit(0);
    });
  }
});
socket.bind(port, '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
setTimeout(() => {
  process.stdout.write('error no traffic\n');
  process.exit(2);
}, (warmup + measured + 60) * 1000).unref();
