// System errors as Node builds them: errno, code, syscall, address, port and the message (bind
// EADDRINUSE 0.0.0.0:PORT, send EMSGSIZE 127.0.0.1:PORT, getsockname/setTTL EBADF, addMembership
// EINVAL), with exactly Node's own properties; bind() coerces a bad port instead of throwing.
const dgram = require('dgram');
function describe(label, e) {
  const port = e.port;
  console.log(label, e.name, e.code, e.errno, e.syscall, e.address, typeof port,
    JSON.stringify(e.message.replace(/:\d+$/, ":PORT")), Object.keys(e).join(','));
}
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    describe(label, e);
  }
}
show('bind 65536', () => dgram.createSocket('udp4').bind(65536).close());
show('bind string', () => dgram.createSocket('udp4').bind('abc').close());
show('bind address number', () => dgram.createSocket('udp4').bind(0, 5));
const unbound = dgram.createSocket('udp4');
show('address unbound', () => unbound.address());
show('setTTL unbound', () => unbound.setTTL(5));
show('addMembership bad group', () => unbound.addMembership('not-an-ip'));
unbound.close();
const a = dgram.createSocket('udp4');
a.bind(0, () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    describe('bind in use', e);
    console.log(e.message === `bind EADDRINUSE 0.0.0.0:${port}`, e.port === port);
    b.close();
    const big = Buffer.alloc(65508);
    a.send(big, port, '127.0.0.1', (err) => {
      describe('send too big', err);
      console.log(err.message === `send EMSGSIZE 127.0.0.1:${port}`, err.port === port);
      const c = dgram.createSocket('udp4');
      c.connect(port, '127.0.0.1', () => {
        c.send(big, (err2) => {
          describe('connected send too big', err2);
          c.close();
          a.close();
        });
      });
    });
  });
  b.bind(port);
});
