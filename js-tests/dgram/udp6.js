// An IPv6 socket on ::1 sends and receives; rinfo says IPv6.
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
server.on('message', (msg, rinfo) => {
  console.log(msg.toString(), rinfo.family, rinfo.address, rinfo.size);
  server.close();
});
server.bind(0, '::1', () => {
  const client = dgram.createSocket('udp6');
  console.log(server.address().address, server.address().family);
  client.send('over ipv6', server.address().port, '::1', (err) => {
    console.log('sent', err);
    client.close();
  });
});
