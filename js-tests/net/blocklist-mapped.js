// BlockList rules against IPv4, IPv6 and IPv4-mapped IPv6 addresses, across families.
const net=require('net');
function mk(fn){ const b=new net.BlockList(); fn(b); return b; }
const cases = [
 ['v6 /0 vs v4', b=>b.addSubnet('::',0,'ipv6'), ['1.2.3.4'], ['::1','ipv6']],
 ['v6 ::/8 vs v4', b=>b.addSubnet('::',8,'ipv6'), ['1.2.3.4'], ['::ffff:1.2.3.4','ipv6']],
 ['v6 ::ffff:0:0/96 vs v4', b=>b.addSubnet('::ffff:0.0.0.0',96,'ipv6'), ['1.2.3.4'], ['0.0.0.0']],
 ['v6 ::ffff:1.0.0.0/90', b=>b.addSubnet('::ffff:0.0.0.0',90,'ipv6'), ['1.2.3.4'], ['::ffff:1.2.3.4', 'ipv6']],
 ['v4 /0 vs v6', b=>b.addSubnet('0.0.0.0',0), ['::1','ipv6'], ['::ffff:1.2.3.4','ipv6'], ['1.1.1.1']],
 ['v4 range vs v6 mapped', b=>b.addRange('1.0.0.0','2.0.0.0'), ['::ffff:1.5.0.0','ipv6'], ['::1.5.0.0','ipv6']],
 ['v6 range mapped vs v4', b=>b.addRange('::ffff:1.0.0.0','::ffff:2.0.0.0', 'ipv6'), ['1.5.0.0'], ['3.0.0.0']],
 ['v6 range wide vs v4', b=>b.addRange('::','ffff::', 'ipv6'), ['1.5.0.0'], ['::ffff:1.5.0.0','ipv6']],
 ['v6 addr compat vs v4', b=>b.addAddress('::1.2.3.4','ipv6'), ['1.2.3.4']],
 ['v4 addr vs compat', b=>b.addAddress('1.2.3.4'), ['::1.2.3.4','ipv6'], ['::ffff:1.2.3.4','ipv6']],
 ['v4 subnet nonaligned', b=>b.addSubnet('10.1.2.3', 8), ['10.200.0.0'], ['11.0.0.0']],
 ['v4 subnet 0 prefix', b=>b.addSubnet('10.1.2.3', 0), ['200.0.0.1']],
 ['v6 subnet nonaligned', b=>b.addSubnet('1:2:3:4::5', 33, 'ipv6'), ['1:2:3fff::','ipv6'], ['1:2:8000::','ipv6']],
 ['v6 subnet mapped /120', b=>b.addSubnet('::ffff:1.2.3.0', 120, 'ipv6'), ['1.2.3.77'], ['1.2.4.1']],
 ['v4 subnet vs mapped', b=>b.addSubnet('1.2.3.0', 24), ['::ffff:1.2.3.77','ipv6'], ['::ffff:1.2.4.1','ipv6']],
 ['v6 range reversed-ish', b=>b.addRange('::ffff:1.2.3.4','::ffff:1.2.3.4', 'ipv6'), ['1.2.3.4']],
 ['v4 range vs mixed', b=>b.addRange(new net.SocketAddress({address:'1.0.0.0'}), new net.SocketAddress({address:'::ffff:2.0.0.0', family:'ipv6'})), ['1.5.0.0'], ['::ffff:1.5.0.0','ipv6'], ['3.0.0.0']],

 ['::/96', b=>b.addSubnet('::',96,'ipv6'), ['1.2.3.4'], ['0.0.0.0']],
 ['ffff::/1', b=>b.addSubnet('ffff::',1,'ipv6'), ['1.2.3.4']],
 ['::ffff:1.0.0.0 - ffff::', b=>b.addRange('::ffff:1.0.0.0','ffff::', 'ipv6'), ['1.5.0.0'], ['0.5.0.0']],
 [':: - ::ffff:2.0.0.0', b=>b.addRange('::','::ffff:2.0.0.0', 'ipv6'), ['1.5.0.0'], ['3.5.0.0']],
 ['::ffff:0:0 - ::ffff:ffff:ffff', b=>b.addRange('::ffff:0.0.0.0','::ffff:255.255.255.255', 'ipv6'), ['1.5.0.0']],
 ['::fffe:0:0 - ::1:0:0:0', b=>b.addRange('::fffe:0:0','::1:0:0:0', 'ipv6'), ['1.5.0.0'], ['::ffff:1.5.0.0','ipv6']],
 ['v6 /128 mapped', b=>b.addSubnet('::ffff:1.2.3.4',128,'ipv6'), ['1.2.3.4'], ['1.2.3.5']],
 ['v4 /32', b=>b.addSubnet('1.2.3.4',32), ['::ffff:1.2.3.4','ipv6'], ['1.2.3.4']],
];
for (const [name, fn, ...checks] of cases) {
  let b;
  try { b = mk(fn); } catch (e) { console.log(name, 'ERR', e.code, e.message); continue; }
  console.log(name, b.rules, checks.map(c=>c.join('/')+'='+b.check(...c)).join(' '));
}
