// isIP / isIPv4 / isIPv6 and the net module's surface (TCP itself is not compared here).
const net = require('net');
const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '::', '::1',
  'fe80::1%eth0', '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1::2::3', 'x', '', 5, null, undefined, {}, ' 1.2.3.4'];
for (const input of inputs) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
console.log(net.isIP.length, net.isIPv4.name, net.BlockList.length, net.SocketAddress.length);
console.log(net.createConnection === net.connect, net.Stream === net.Socket, typeof net.Server, typeof net.createServer);
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('family bad', () => net.setDefaultAutoSelectFamily(5));
show('family false', () => net.setDefaultAutoSelectFamily(false));
console.log(net.getDefaultAutoSelectFamily());
show('timeout 5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(5));
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
show('timeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
show('timeout string', () => net.setDefaultAutoSelectFamilyAttemptTimeout('x'));
show('timeout fraction', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
show('timeout 300', () => net.setDefaultAutoSelectFamilyAttemptTimeout(300));
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
