'use strict';
// Soak: a ping-pong between two sockets of this process for SECONDS (default 600), one datagram
// in flight. Runs unchanged under node and bin/datagraal. Prints RSS and heap in use at the start
// (after 5 s of warm-up), every minute, and at the end, with the round trips made:
//   soak runtime=... t=...s roundTrips=... rssMB=... heapUsedMB=...
//   soak.js [SECONDS=600]
const dgram = require('dgram');

const seconds = Number(process.argv[2] ?? 600);
const warmupMs = Math.min(5000, seconds * 250);
const runtime = process.datagraal ? 'datagraal' : 'node';
const started = Date.now();
let roundTrips = 0;
let stopping = false;

function print(label) {
  const usage = process.memoryUsage();
  const t = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`soak ${label} runtime=${runtime} t=${t}s roundTrips=${roundTrips} ` +
    `rssMB=${(usage.rss / 1048576).toFixed(1)} heapUsedMB=${(usage.heapUsed / 1048576).toFixed(1)}`);
}

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
client.on('message', (msg) => {
  roundTrips++;
  if (!stopping) client.send(msg);
});

server.bind(0, '127.0.0.1', () => {
  client.connect(server.address().port, '127.0.0.1', () => {
    client.send(Buffer.alloc(64, 'p'));
    setTimeout(() => print('start'), warmupMs);
    const minutes = setInterval(() => print('minute'), 60000);
    setTimeout(() => {
      stopping = true;
      clearInterval(minutes);
      print('end');
      client.close();
      server.close();
    }, seconds * 1000);
  });
});
