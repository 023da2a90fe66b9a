// unref() before bind() persists; ref() after it brings liveness back; both return the socket.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
console.log(socket.unref() === socket, socket.unref() === socket);
socket.bind(0, () => {
  console.log('listening');
  setTimeout(() => {
    console.log('timer fired; ref again');
    console.log(socket.ref() === socket);
    setTimeout(() => socket.close(() => console.log('closed')), 50).unref();
  }, 20);
});
process.on('exit', (code) => console.log('exit', code));
