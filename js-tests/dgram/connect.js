// connect(): the 'connect' event and callback, remoteAddress(), sends without an address, the
// errors for a port/address on a connected socket, disconnect().
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  client.on('connect', () => console.log('connect event'));
  server.on('message', (msg, rinfo) => {
    console.log('server got', msg.toString(), rinfo.port === client.address().port);
    if (msg.toString() === 'second') {
      client.disconnect();
      try {
        client.remoteAddress();
      } catch (e) {
        console.log('after disconnect', e.code, e.message);
      }
      try {
        client.disconnect();
      } catch (e) {
        console.log('disconnect twice', e.code, e.message);
      }
      client.close();
      server.close();
    }
  });
  client.connect(port, '127.0.0.1', (err) => {
    console.log('connect callback', err);
    const remote = client.remoteAddress();
    console.log(remote.address, remote.family, remote.port === port);
    try {
      client.connect(port);
    } catch (e) {
      console.log('connect twice', e.code, e.message);
    }
    try {
      client.send('x', port, '127.0.0.1');
    } catch (e) {
      console.log('send with address', e.code, e.message);
    }
    client.send('first', (err, bytes) => {
      console.log('first sent', err, bytes);
      client.send(Buffer.from('xsecondx'), 1, 6, (err2, bytes2) => console.log('second sent', err2, bytes2));
    });
  });
});
