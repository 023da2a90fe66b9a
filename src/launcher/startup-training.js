// The training run of the start-up cache (see bin/datagraal): what a typical dgram script does
// in its first moments, so that the JVM has loaded and linked those classes before the next run.
'use strict';
const dgram = require('dgram');
const util = require('util');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4', reuseAddr: true });
server.on('message', (msg, rinfo) => {
  console.log('server got %s from %s:%d', msg, rinfo.address, rinfo.port);
  console.log(util.inspect({ msg, rinfo, list: [1, 2, 3], map: new Map([['a', 1]]) }));
  server.send(Buffer.from(msg.toString('hex'), 'utf8'), rinfo.port, rinfo.address, (err) => {
    if (err) throw err;
  });
});
client.on('message', (msg) => {
  console.log('client got', msg.toString());
  setTimeout(() => {
    client.close();
    server.unref();
    process.exit(0);
  }, 1);
});
server.bind(0, '127.0.0.1', () => {
  const { port } = server.address();
  client.send('hello', port, 'localhost', (err, bytes) => {
    if (err) throw err;
    process.stdout.write(`sent ${bytes}\n`);
  });
});
