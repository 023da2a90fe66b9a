'use strict';
// Send throughput with every send callback counted: sends SIZE-byte datagrams to the external
// counting receiver in batches of BATCH; the next batch starts (setImmediate) once every callback
// of the last one has run, so the loop keeps turning. The rate is callbacks per second after the
// warm-up; at the end it checks that every send got its callback.
//   send.js PORT SIZE WARMUP_SECONDS MEASURED_SECONDS [BATCH]
const dgram = require('dgram');
const { startWindow } = require('./window');

const [port, size, warmup, measured, batchArg] = process.argv.slice(2).map(Number);
const batch = batchArg || 64;
const socket = dgram.createSocket('udp4');
const payload = Buffer.alloc(size, 's');
let issued = 0;
let completed = 0;
let failed = 0;
let running = true;

function onSent(error) {
  if (error) failed++;
  completed++;
  if (completed === issued) {
    if (running) setImmediate(sendBatch);
    else finish();
  }
}

function sendBatch() {
  if (!running) return;
  for (let i = 0; i < batch; i++) {
    issued++;
    socket.send(payload, port, '127.0.0.1', onSent);
  }
}

let result;
function finish() {
  process.stdout.write(`${result} sent=${issued} callbacks=${completed} failed=${failed}\n`);
  socket.close();
}

startWindow(warmup, measured, () => completed, (rate, counted, seconds, warmupRate) => {
  running = false;
  result = `result rate=${rate.toFixed(0)} count=${counted} seconds=${seconds.toFixed(3)} ` +
    `warmup_rate=${warmupRate.toFixed(0)}`;
  if (completed === issued) finish();
});
sendBatch();
