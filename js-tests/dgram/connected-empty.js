// Zero-length datagrams sent on a connected socket arrive: an empty Buffer, an empty array, and
// an empty string, each with its send callback reporting 0 bytes.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
let received = 0;
server.on('message', (msg, rinfo) => {
  console.log('got', msg.length, rinfo.size, rinfo.port === client.address().port);
  if (++received === 3) {
    server.close();
    client.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  client.connect(server.address().port, '127.0.0.1', () => {
    client.send(Buffer.alloc(0), (err, bytes) => console.log('empty buffer sent', err, bytes));
    client.send([], (err, bytes) => console.log('empty array sent', err, bytes));
    client.send('', (err, bytes) => console.log('empty string sent', err, bytes));
  });
});
