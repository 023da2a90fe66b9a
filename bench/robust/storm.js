'use strict';
// Send storm: COUNT send() calls from loops, with or without callbacks, to a receiver in the same
// process on loopback. Runs unchanged under node and bin/datagraal.
//   storm.js [COUNT=1000000] [--no-callbacks] [--size BYTES=64] [--window DATAGRAMS=2000]
//            [--sndbuf BYTES=1048576]
// Each loop sends until WINDOW datagrams are on their way (sent, not yet received), then waits
// for the receiver to catch up, so its kernel buffer never overflows: everything sent must
// arrive. It checks that every callback runs exactly once, with (null, SIZE) or an error; that
// every datagram that was not reported failed reaches the receiver; and it samples
// getSendQueueCount()/Size() as datagrams arrive (they grow when the kernel buffer is full: EAGAIN
// and ENOBUFS queue the datagram until the socket is writable, see throttled-loopback.sh).
// Prints one line `storm key=value ...` and exits 1 if a check failed.
const dgram = require('dgram');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = Number(args.find((a, i) => /^\d+$/.test(a) && !/^--/.test(args[i - 1] ?? '')) ?? 1e6);
const withCallbacks = !args.includes('--no-callbacks');
const size = option('--size', 64);
const windowSize = option('--window', 2000);
const sendBufferSize = option('--sndbuf', 1 << 20);

const payload = Buffer.alloc(size, 'x');
const calls = new Uint8Array(count); // callbacks per send: must end all 1
let callbacks = 0;
let failures = 0;
let badArguments = 0;
let received = 0;
let sent = 0;
let maxQueueCount = 0;
let maxQueueSize = 0;
let waiting = false;
const started = process.hrtime.bigint();

const receiver = dgram.createSocket({ type: 'udp4', recvBufferSize: 4 << 20 });
const sender = dgram.createSocket({ type: 'udp4', sendBufferSize });

function onSent(index) {
  return (err, bytes) => {
    calls[index]++;
    callbacks++;
    if (err) failures++;
    else if (err !== null || bytes !== size) badArguments++;
    maybeDone();
  };
}

function sendLoop(port) {
  waiting = false;
  const end = Math.min(count, received + failures + windowSize);
  for (; sent < end; sent++) {
    if (withCallbacks) sender.send(payload, port, '127.0.0.1', onSent(sent));
    else sender.send(payload, port, '127.0.0.1');
  }
  if (sent < count) waiting = true;
}

function sampleQueue() {
  maxQueueCount = Math.max(maxQueueCount, sender.getSendQueueCount());
  maxQueueSize = Math.max(maxQueueSize, sender.getSendQueueSize());
}

receiver.on('message', () => {
  received++;
  if ((received & 15) === 0) sampleQueue();
  // Half the window has drained: the next loop (not from inside this handler).
  if (waiting && sent - received - failures <= windowSize / 2) {
    waiting = false;
    setImmediate(sendLoop, receiver.address().port);
  }
  maybeDone();
});

let finished = false;
function maybeDone() {
  if (finished || received + failures < count || (withCallbacks && callbacks < count)) return;
  finished = true;
  // A moment for late duplicates (a callback twice, a datagram twice) to show up.
  setTimeout(report, 200);
}

function report() {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let missing = 0;
  let duplicated = 0;
  if (withCallbacks) {
    for (let i = 0; i < count; i++) {
      if (calls[i] === 0) missing++;
      else if (calls[i] > 1) duplicated++;
    }
  }
  const ok = missing === 0 && duplicated === 0 && badArguments === 0 && received + failures === count &&
    (!withCallbacks || callbacks === count);
  console.log(`storm runtime=${process.release.name === 'node' && !process.datagraal ? 'node' : 'datagraal'} ` +
    `count=${count} callbacks=${withCallbacks ? callbacks : 'off'} missingCallbacks=${missing} ` +
    `duplicateCallbacks=${duplicated} badArguments=${badArguments} errors=${failures} received=${received} ` +
    `maxQueueCount=${maxQueueCount} maxQueueBytes=${maxQueueSize} seconds=${seconds.toFixed(2)} ` +
    `sendsPerSecond=${Math.round(count / seconds)} ok=${ok}`);
  sender.close();
  receiver.close();
  process.exitCode = ok ? 0 : 1;
}

receiver.bind(0, '127.0.0.1', () => {
  sender.bind(0, '127.0.0.1', () => sendLoop(receiver.address().port));
});
