// The training run of the start-up cache (see bin/datagraal): what a typical dgram script does,
// so that the next runs find those classes loaded and linked. It exchanges a few datagrams, then
// keeps a receive loop busy for a few seconds, long enough for the JIT to compile JS at both of
// its tiers: the cache then also holds the Graal compiler's own classes and profiles, which a
// JVM otherwise loads and warms while the program's first traffic waits.
'use strict';
const dgram = require('dgram');
const util = require('util');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const sensors = new Map();
let received = 0;

function busyPhase(port) {
  const deadline = Date.now() + 4000;
  server.on('message', (msg) => {
    const record = JSON.parse(msg.toString());
    sensors.set(record.sensor, (sensors.get(record.sensor) ?? 0) + record.value);
    received++;
  });
  const burst = () => {
    for (let i = 0; i < 50; i++) {
      client.send(JSON.stringify({ sensor: `s${i % 8}`, value: i, seq: received }), port, '127.0.0.1');
    }
    if (Date.now() < deadline) {
      setImmediate(burst);
    } else {
      setTimeout(() => {
        console.log(util.inspect({ received, sensors }));
        process.exit(0);
      }, 10);
    }
  };
  burst();
}

server.once('message', (msg, rinfo) => {
  console.log('server got %s from %s:%d', msg, rinfo.address, rinfo.port);
  console.log(util.inspect({ msg, rinfo, list: [1, 2, 3], map: new Map([['a', 1]]) }));
  server.send(Buffer.from(msg.toString('hex'), 'utf8'), rinfo.port, rinfo.address, (err) => {
    if (err) throw err;
  });
});
client.once('message', (msg) => {
  console.log('client got', msg.toString());
  setTimeout(() => busyPhase(server.address().port), 1);
});
server.bind(0, '127.0.0.1', () => {
  const { port } = server.address();
  client.send('hello', port, 'localhost', (err, bytes) => {
    if (err) throw err;
    process.stdout.write(`sent ${bytes}\n`);
  });
});
