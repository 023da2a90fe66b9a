// Socket options: argument errors, EBADF before bind, kernel errors after, as Node reports them.
const dgram = require('dgram');
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.errno, e.syscall, e.info ? JSON.stringify(e.info) : '');
  }
}
show('lookup option', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
show('recvBufferSize -1', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
show('recvBufferSize string', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }));
const s = dgram.createSocket('udp4');
for (const m of ['setTTL', 'setMulticastTTL', 'setBroadcast', 'setMulticastLoopback', 'getRecvBufferSize',
  'getSendBufferSize', 'getSendQueueSize', 'getSendQueueCount', 'remoteAddress', 'disconnect']) {
  show(m, () => s[m](1));
}
show('setRecvBufferSize unbound', () => s.setRecvBufferSize(100));
show('setRecvBufferSize -1', () => s.setRecvBufferSize(-1));
show('setSendBufferSize 1.5', () => s.setSendBufferSize(1.5));
show('setTTL string', () => s.setTTL('x'));
show('setMulticastInterface number', () => s.setMulticastInterface(5));
show('addMembership none', () => s.addMembership());
show('addSourceSpecificMembership number', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
show('connect port 0', () => s.connect(0));
show('connect address number', () => s.connect(1234, 5));
console.log(String(Symbol.asyncDispose), String(Symbol.dispose), typeof s[Symbol.asyncDispose]);
s.bind(0, '127.0.0.1', () => {
  show('setTTL 1000', () => s.setTTL(1000));
  show('setTTL 64', () => s.setTTL(64));
  show('setMulticastTTL 1000', () => s.setMulticastTTL(1000));
  show('setMulticastTTL 8', () => s.setMulticastTTL(8));
  show('setBroadcast', () => s.setBroadcast(true));
  show('setMulticastLoopback', () => s.setMulticastLoopback(false));
  show('setRecvBufferSize', () => s.setRecvBufferSize(10000));
  show('getRecvBufferSize', () => s.getRecvBufferSize());
  show('setSendBufferSize', () => s.setSendBufferSize(12000));
  show('getSendBufferSize', () => s.getSendBufferSize());
  show('addMembership not multicast', () => s.addMembership('1.2.3.4'));
  show('addMembership', () => s.addMembership('224.0.0.114'));
  show('addMembership twice', () => s.addMembership('224.0.0.114'));
  show('dropMembership', () => s.dropMembership('224.0.0.114'));
  show('dropMembership again', () => s.dropMembership('224.0.0.114'));
  show('setMulticastInterface unknown', () => s.setMulticastInterface('1.2.3.4'));
  show('setMulticastInterface loopback', () => s.setMulticastInterface('127.0.0.1'));
  show('remoteAddress unconnected', () => s.remoteAddress());
  s.close();
});
