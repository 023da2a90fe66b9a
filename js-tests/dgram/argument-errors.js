// Argument and state errors not pinned by the other cases, each with Node's name, code and message:
// ERR_INVALID_ARG_TYPE and its "Received ..." tail, ERR_SOCKET_BAD_PORT, ERR_SOCKET_BAD_TYPE,
// ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BUFFER_SIZE (EINVAL past a C int), ERR_MISSING_ARGS,
// ERR_SOCKET_DGRAM_NOT_CONNECTED and ERR_SOCKET_DGRAM_NOT_RUNNING.
const dgram = require('dgram');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
show('signal not a signal', () => dgram.createSocket({ type: 'udp4', signal: 'x' }));
show('sendBufferSize 1.5', () => dgram.createSocket({ type: 'udp4', sendBufferSize: 1.5 }));
show('type number', () => dgram.createSocket(4));
show('type object without type', () => dgram.createSocket({}));
const s = dgram.createSocket('udp4');
show('send no port', () => s.send('abc'));
show('send port null', () => s.send('abc', null, '127.0.0.1'));
show('send port negative', () => s.send('abc', -1, '127.0.0.1'));
show('send port float', () => s.send('abc', 1.5, '127.0.0.1'));
show('send port NaN', () => s.send('abc', NaN, '127.0.0.1'));
show('send address object', () => s.send('abc', 1234, {}));
show('send boolean', () => s.send(true, 1234, '127.0.0.1'));
show('send null', () => s.send(null, 1234, '127.0.0.1'));
show('send list with number', () => s.send(['a', 1], 1234, '127.0.0.1'));
show('sendto offset string', () => s.sendto(Buffer.from('abc'), '1', 1, 1234, '127.0.0.1'));
show('sendto address missing', () => s.sendto(Buffer.from('abc'), 0, 3, 1234));
show('dropMembership none', () => s.dropMembership());
show('dropSourceSpecificMembership group number', () => s.dropSourceSpecificMembership('10.0.0.1', 5));
show('setRecvBufferSize 2**31', () => s.setRecvBufferSize(2 ** 31));
show('setSendBufferSize string', () => s.setSendBufferSize('100'));
show('setMulticastTTL string', () => s.setMulticastTTL('x'));
s.close();
const c = dgram.createSocket('udp4');
show('connect port string', () => c.connect('abc'));
show('connect port too big', () => c.connect(65536));
show('connect no port', () => c.connect());
show('disconnect unconnected', () => c.disconnect());
c.close();
const closed = dgram.createSocket('udp4');
closed.close();
show('bind after close', () => closed.bind(0));
show('addMembership after close', () => closed.addMembership('224.0.0.1'));
show('setMulticastInterface after close', () => closed.setMulticastInterface('127.0.0.1'));
show('connect after close', () => closed.connect(1234));
