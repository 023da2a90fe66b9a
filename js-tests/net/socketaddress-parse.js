// SocketAddress: which address texts parse (inet_pton rules, zones) and validation order.
const net=require('net');
function t(o){ try { const r=new net.SocketAddress(o); console.log('ok', JSON.stringify(o), r.toJSON()); } catch(e) { console.log(JSON.stringify(o), e.name, e.code, e.message); } }
for (const a of ['fe80::1%nonexist','fe80::1%','fe80::1%a%b','::1%lo', '1.2.3.4%x', ' ::1', '::1 ', '1:2:3:4:5:6:7:8:9', '1::2::3', ':::', '::ffff:1.2.3', '::ffff:1.2.3.04', '12345::', '0000:0000:0000:0000:0000:0000:0000:0001', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8::', 'g::', '::1.2.3.4.5', '1:2:3:4:5:6:7:1.2.3.4', '0:0:0:0:0:ffff:1.2.3.4', 'fe80:0000:0000:0000:0000:0000:0000:0001%eth0', '1'.repeat(3)+'.0.0.1', '256.1.1.1', '1.2.3.4.', '0.0.0.0', '00.0.0.0', '0x1.2.3.4', '1.2.3.4 ']) t({address:a, family: a.includes(':')?'ipv6':'ipv4'});
t({address:5, family:'x'});
t({address:'bad', port: 70000});
t({address:'bad', flowlabel: -1});
t({address:'1.2.3.4', port: 70000, flowlabel: -1, family:'x'});
t({address:'1.2.3.4', port: 70000, flowlabel: -1});
t([]);
t({family:'IPv6'});
t({address:'1.2.3.4', port: 5.0, flowlabel: 3});
t({address:'1.2.3.4', port: 0x10});
t({address:'1.2.3.4', port: true});
t({address:'1.2.3.4', family: null});
t({address:'1.2.3.4', family: undefined});
t({address:'1.2.3.4', port: undefined});
for (const a of ['::100','::1:0','::0.0.0.1','::0.0.0.2','::ffff:0:0','::ffff:1:0','0:0:0:0:0:1:0:0','::1:2']) t({address:a, family:'ipv6'});
t({address:5, port:70000});
t({address:5, flowlabel:-1});
t({port:70000, flowlabel:-1});
