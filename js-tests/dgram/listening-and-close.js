// Event order around bind and close, and what the bind callback sees.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4', () => {});
socket.on('listening', () => console.log('listening event', socket.eventNames()));
socket.on('close', () => console.log('close event'));
socket.bind({ port: 0, address: '127.0.0.1' }, function () {
  console.log('bind callback', this === socket, socket.eventNames());
  const address = socket.address();
  console.log(address.address, address.family, typeof address.port);
  socket.close(() => console.log('close callback'));
  console.log('close returned');
});
console.log('bind returned');
