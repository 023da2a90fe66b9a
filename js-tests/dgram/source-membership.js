// Source-specific multicast: the addresses are checked first (EINVAL), then an unbound socket is
// bound before joining, as libuv does; IPv4 and IPv6 groups; leaving twice is the kernel's EINVAL.
const dgram = require('dgram');
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
  }
}
const s = dgram.createSocket('udp4');
show('bad group', () => s.addSourceSpecificMembership('10.0.0.1', '0'));
show('bad group leaves it unbound', () => s.address());
show('source of another family', () => s.addSourceSpecificMembership('::1', '232.1.1.1'));
show('source not a string', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
show('join', () => s.addSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
show('bound by the join', () => s.address().port > 0);
show('leave', () => s.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
show('leave twice', () => s.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
s.close();
show('after close', () => s.addSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
const s6 = dgram.createSocket('udp6');
show('v6 join', () => s6.addSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
show('v6 bound by the join', () => s6.address().port > 0);
show('v6 leave', () => s6.dropSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
show('v6 leave twice', () => s6.dropSourceSpecificMembership('2001:db8::1', 'ff3e::1234'));
s6.close();
