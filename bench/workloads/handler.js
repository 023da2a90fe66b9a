'use strict';
// Handler-heavy receive: each datagram is a JSON record from the external sender (--json); the
// handler decodes it (Buffer toString), parses it and updates a per-sensor Map, as a collector
// would. Prints the rate after warm-up, and the sensors seen so the work cannot be skipped.
//   handler.js PORT WARMUP_SECONDS MEASURED_SECONDS
const dgram = require('dgram');
const { startWindow } = require('./window');

const [port, warmup, measured] = process.argv.slice(2).map(Number);
const socket = dgram.createSocket('udp4');
const sensors = new Map();
let count = 0;
let started = false;

socket.on('message', (msg) => {
  const record = JSON.parse(msg.toString());
  const entry = sensors.get(record.sensor);
  if (entry === undefined) {
    sensors.set(record.sensor, { count: 1, sum: record.value, lastSeq: record.seq });
  } else {
    entry.count++;
    entry.sum += record.value;
    entry.lastSeq = record.seq;
  }
  count++;
  if (!started) {
    started = true;
    startWindow(warmup, measured, () => count, (rate, counted, seconds, warmupRate) => {
      let total = 0;
      for (const entry of sensors.values()) total += entry.count;
      process.stdout.write(`result rate=${rate.toFixed(0)} count=${counted} seconds=${seconds.toFixed(3)} ` +
        `warmup_rate=${warmupRate.toFixed(0)} sensors=${sensors.size} records=${total}\n`);
      process.exit(0);
    });
  }
});
socket.bind(port, '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
setTimeout(() => {
  process.stdout.write('error no traffic\n');
  process.exit(2);
}, (warmup + measured + 60) * 1000).unref();
