// Names that do not resolve (the reserved .invalid domain): send reports getaddrinfo ENOTFOUND to
// its callback, or as an 'error' event without one; connect reports it to its callback and the
// socket stays unconnected; bind emits 'error'. Every socket stays usable afterwards.
const dgram = require('dgram');
const describe = (err) => `${err.name} ${err.code} ${err.errno} ${err.syscall} ${err.hostname} | ${err.message}`;

const socket = dgram.createSocket('udp4');
socket.send('x', 9, 'nonexistent.invalid', (err) => {
  console.log('send callback:', describe(err));
  socket.once('error', (err2) => {
    console.log('send error event:', describe(err2));
    socket.connect(9, 'nonexistent.invalid', (err3) => {
      console.log('connect callback:', describe(err3));
      try {
        socket.remoteAddress();
      } catch (e) {
        console.log('after failed connect:', e.code);
      }
      socket.send('still usable', 9, '127.0.0.1', (err4, bytes) => {
        console.log('send to an address:', err4, bytes);
        socket.close();
        const binder = dgram.createSocket('udp4');
        binder.on('error', (err5) => {
          console.log('bind error event:', describe(err5));
          binder.close(() => console.log('done'));
        });
        binder.bind(0, 'nonexistent.invalid', () => console.log('unexpected listening'));
      });
    });
  });
  socket.send('x', 9, 'nonexistent.invalid');
});
