// A ref'd bound socket keeps the process alive: an unref'd timer still gets to fire.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.bind(0, () => console.log('bound'));
setTimeout(() => {
  console.log('still alive after 300 ms');
  socket.close(() => console.log('closed'));
}, 300).unref();
process.on('exit', (code) => console.log('exit', code));
