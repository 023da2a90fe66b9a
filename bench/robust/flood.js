'use strict';
// Flood target: one socket whose 'message' handler is slow (busy for HANDLER_US microseconds),
// flooded by FloodSender.java with COUNT datagrams at full speed. Runs unchanged under node and
// bin/datagraal. It prints `listening PORT` when ready, then, once no datagram came for IDLE_MS:
//   flood runtime=... sent=COUNT received=... lossPercent=... timerFires=... maxTimerGapMs=...
//         heapUsedStartMB=... heapUsedMaxMB=... rssStartMB=... rssMaxMB=... seconds=...
// Excess datagrams must be dropped by the kernel (as under Node), never held in a growing queue
// inside the runtime: the heap stays bounded, and a 10 ms interval timer keeps firing meanwhile.
//   flood.js COUNT [--handler-us 20] [--idle-ms 2000]
const dgram = require('dgram');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = Number(args[0] ?? 1e6);
const handlerNanos = BigInt(Math.round(option('--handler-us', 20) * 1000));
const idleMs = option('--idle-ms', 2000);
const mb = (bytes) => (bytes / 1048576).toFixed(1);

let received = 0;
let firstAt = 0;
let lastAt = 0;
let timerFires = 0;
let timerFiresDuringFlood = 0;
let maxGap = 0;
let lastTick = Date.now();
const start = process.memoryUsage();
let maxHeapUsed = start.heapUsed;
let maxRss = start.rss;

const socket = dgram.createSocket('udp4');
socket.on('message', () => {
  received++;
  lastAt = Date.now();
  if (firstAt === 0) firstAt = lastAt;
  const until = process.hrtime.bigint() + handlerNanos;
  while (process.hrtime.bigint() < until) {
    // the slow handler
  }
});

const timer = setInterval(() => {
  const now = Date.now();
  timerFires++;
  if (firstAt !== 0) {
    timerFiresDuringFlood++;
    maxGap = Math.max(maxGap, now - lastTick);
  }
  lastTick = now;
  const usage = process.memoryUsage();
  maxHeapUsed = Math.max(maxHeapUsed, usage.heapUsed);
  maxRss = Math.max(maxRss, usage.rss);
  if (firstAt !== 0 && now - lastAt > idleMs) report();
}, 10);

function report() {
  clearInterval(timer);
  socket.close();
  const runtime = process.datagraal ? 'datagraal' : 'node';
  console.log(`flood runtime=${runtime} sent=${count} received=${received} ` +
    `lossPercent=${(100 * (1 - received / count)).toFixed(2)} timerFiresDuringFlood=${timerFiresDuringFlood} ` +
    `maxTimerGapMs=${maxGap} heapUsedStartMB=${mb(start.heapUsed)} heapUsedMaxMB=${mb(maxHeapUsed)} ` +
    `rssStartMB=${mb(start.rss)} rssMaxMB=${mb(maxRss)} seconds=${((lastAt - firstAt) / 1000).toFixed(2)}`);
}

socket.bind(0, '127.0.0.1', () => console.log(`listening ${socket.address().port}`));
