// A script whose only handle is an unref'd bound socket exits at once.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.bind(0, () => {
  socket.unref();
  console.log('bound and unref\'d');
});
process.on('exit', (code) => console.log('exit', code));
