// Binding a port in use: the 'error' event carries EADDRINUSE, the bind callback never runs,
// and the socket may bind again (to a free port) afterwards. With reuseAddr on both sockets the
// same port binds twice.
const dgram = require('dgram');
const holder = dgram.createSocket('udp4');
holder.bind(0, '127.0.0.1', () => {
  const port = holder.address().port;
  const socket = dgram.createSocket('udp4');
  socket.once('error', (err) => {
    console.log('error:', err.code, err.syscall, err.message === `bind EADDRINUSE 127.0.0.1:${port}`);
    socket.bind(0, '127.0.0.1', () => {
      console.log('bound again to another port:', socket.address().port !== port);
      socket.close();
      reuse();
    });
  });
  socket.bind(port, '127.0.0.1', () => console.log('unexpected bind callback'));

  function reuse() {
    const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    a.bind(0, '127.0.0.1', () => {
      const shared = a.address().port;
      const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      b.bind(shared, '127.0.0.1', () => {
        console.log('reuseAddr: both on one port:', b.address().port === shared);
        a.close();
        b.close();
        holder.close(() => console.log('done'));
      });
    });
  }
});
