'use strict';
// Leaks: CYCLES rounds of create, bind, send, close, one after another. Runs unchanged under node
// and bin/datagraal; prints open descriptors (/proc/self/fd), threads (/proc/self/task), heap in
// use and RSS after a warm-up and at the end:
//   leaks runtime=... cycles=... fdsBefore=... fdsAfter=... threadsBefore=... threadsAfter=...
//         heapUsedBeforeMB=... heapUsedAfterMB=... rssBeforeMB=... rssAfterMB=... received=...
//   leaks.js [CYCLES=100000]
// LeaksTest (JUnit) requires it for runCycles() and adds what only Java sees (selector keys, a
// heap measured after a full GC).
const dgram = require('dgram');
const fs = require('fs');

function countEntries(dir) {
  try {
    return fs.readdirSync(dir).length;
  } catch {
    return -1; // not Linux
  }
}

// Runs `cycles` rounds against the sink; resolves once every socket is closed.
async function runCycles(cycles, sinkPort) {
  for (let i = 0; i < cycles; i++) {
    const socket = dgram.createSocket('udp4');
    await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
    await new Promise((resolve, reject) => socket.send('leak?', sinkPort, '127.0.0.1',
      (err) => (err ? reject(err) : resolve())));
    await new Promise((resolve) => socket.close(resolve));
    // A loop turn with a poll phase: the sink reads, closed channels leave the selector.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // A few loop turns, so closed channels leave the selector.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

// A receiving socket the cycles send to; `received` counts what arrived.
function openSink() {
  const sink = dgram.createSocket('udp4');
  const state = { sink, received: 0, port: 0 };
  sink.on('message', () => state.received++);
  return new Promise((resolve) => sink.bind(0, '127.0.0.1', () => {
    state.port = sink.address().port;
    resolve(state);
  }));
}

function snapshot() {
  // With --expose-gc (run.sh passes it to both runtimes) the heap is measured after a full GC.
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const usage = process.memoryUsage();
  return { fds: countEntries('/proc/self/fd'), threads: countEntries('/proc/self/task'), heapUsed: usage.heapUsed,
    rss: usage.rss };
}

async function main() {
  const cycles = Number(process.argv[2] ?? 1e5);
  const mb = (bytes) => (bytes / 1048576).toFixed(1);
  const state = await openSink();
  await runCycles(Math.min(1000, Math.ceil(cycles / 100)), state.port); // warm-up
  const before = snapshot();
  await runCycles(cycles, state.port);
  const after = snapshot();
  state.sink.close();
  console.log(`leaks runtime=${process.datagraal ? 'datagraal' : 'node'} cycles=${cycles} ` +
    `fdsBefore=${before.fds} fdsAfter=${after.fds} threadsBefore=${before.threads} threadsAfter=${after.threads} ` +
    `heapUsedBeforeMB=${mb(before.heapUsed)} heapUsedAfterMB=${mb(after.heapUsed)} ` +
    `rssBeforeMB=${mb(before.rss)} rssAfterMB=${mb(after.rss)} received=${state.received}`);
}

if (require.main === module) main();
module.exports = { runCycles, openSink, snapshot };
