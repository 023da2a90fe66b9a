// Binding a port in use emits 'error' with Node's system error shape.
const dgram = require('dgram');
const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = dgram.createSocket('udp4');
  second.on('error', (err) => {
    console.log(err.name, err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(err.message === `bind EADDRINUSE 127.0.0.1:${port}`);
    second.close();
    first.close();
  });
  second.bind(port, '127.0.0.1');
});
