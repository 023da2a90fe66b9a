// A 65,507-byte datagram (IPv4's largest) arrives whole; a zero-length one arrives too.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const sizes = [];
server.on('message', (msg, rinfo) => {
  sizes.push(`${msg.length} ${rinfo.size}`);
  if (sizes.length === 2) {
    console.log(sizes.sort().join('\n'));
    server.close();
    client.close();
  }
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const big = Buffer.alloc(65507, 7);
  client.send(big, port, '127.0.0.1', (err, bytes) => {
    console.log('big sent', err, bytes);
    client.send(Buffer.alloc(0), port, '127.0.0.1', (err2, bytes2) => console.log('empty sent', err2, bytes2));
  });
  client.send(Buffer.alloc(65508), port, '127.0.0.1', (err) => console.log('too big', err.code, err.message.replace(String(port), 'PORT')));
});
