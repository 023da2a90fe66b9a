// The port is free again when 'close' fires: a new socket binds the same port at once (no
// reuseAddr), in the close callback and also right after close() returns.
const dgram = require('dgram');
const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', () => {
  const port = first.address().port;
  first.close(() => {
    const second = dgram.createSocket('udp4');
    second.on('error', (e) => console.log('second', e.code));
    second.bind(port, '127.0.0.1', () => {
      console.log('second bound the same port', second.address().port === port);
      second.close();
      const third = dgram.createSocket('udp4');
      third.on('error', (e) => console.log('third', e.code));
      third.bind(port, '127.0.0.1', () => {
        console.log('third bound the same port', third.address().port === port);
        third.close();
      });
    });
  });
});
