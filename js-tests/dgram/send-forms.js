// Every send() form of Node 20 reaches the receiver with the right bytes; callbacks get (null, bytes).
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const expected = 9;
const received = [];
server.on('message', (msg, rinfo) => {
  received.push(`${JSON.stringify(msg.toString())} ${rinfo.size} ${rinfo.family} ${rinfo.address}`);
  if (received.length === expected) {
    console.log(received.sort().join('\n'));
    client.close();
    server.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const done = (label) => (err, bytes) => console.log('callback', label, err, bytes);
  client.send('string', port, '127.0.0.1', done('string'));
  client.send(Buffer.from('buffer'), port, '127.0.0.1', done('buffer'));
  client.send(new Uint8Array([116, 121, 112, 101, 100]), port, '127.0.0.1');
  client.send(new DataView(new Uint8Array([100, 97, 116, 97, 118, 105, 101, 119]).buffer, 0, 8), port, '127.0.0.1');
  client.send(['li', Buffer.from('st')], port, '127.0.0.1', done('list'));
  client.send(Buffer.from('xxoffsetxx'), 2, 6, port, '127.0.0.1', done('offset'));
  client.send('no-address', port, done('no-address'));
  client.send('localhost', 0, 9, port, 'localhost', done('localhost'));
  client.send([], port, '127.0.0.1', done('empty-list'));
});
