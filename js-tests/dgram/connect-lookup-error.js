// A connect() whose lookup fails reports the error to its callback; the socket stays unconnected.
const dgram = require('dgram');
const socket = dgram.createSocket({
  type: 'udp4',
  lookup: (host, family, callback) => {
    const error = new Error(`custom lookup failed for ${host}`);
    error.code = 'ECUSTOM';
    process.nextTick(callback, error);
  },
});
socket.bind(0, () => {
  socket.connect(9, 'example.invalid', (err) => {
    console.log('callback', err.code, err.message);
    try {
      socket.remoteAddress();
    } catch (e) {
      console.log(e.code);
    }
    socket.close();
  });
});
