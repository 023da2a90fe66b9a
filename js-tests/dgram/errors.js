// Argument and state errors carry Node's name, code and message.
const dgram = require('dgram');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('bad type', () => dgram.createSocket('udp5'));
show('no type', () => dgram.createSocket());
const s = dgram.createSocket('udp4');
show('number message', () => s.send(5, 1234, '127.0.0.1'));
show('object message', () => s.send({}, 1234, '127.0.0.1'));
show('bad list', () => s.send([1], 1234, '127.0.0.1'));
show('port 0', () => s.send('x', 0, '127.0.0.1'));
show('port string', () => s.send('x', 'abc', '127.0.0.1'));
show('port too big', () => s.send('x', 65536, '127.0.0.1'));
show('address number', () => s.send('x', 1234, 5));
show('address before bind', () => s.address());
s.bind(0, () => {
  show('bind twice', () => s.bind(0));
  s.close();
  show('send after close', () => s.send('x', 1234, '127.0.0.1'));
  show('close twice', () => s.close());
  show('address after close', () => s.address());
  console.log(s.ref() === s, s.unref() === s);
});
