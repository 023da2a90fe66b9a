'use strict';
// setServers/getServers: the address forms Node accepts and how it writes them back, its
// errors, the default servers from /etc/resolv.conf, Resolver options and setLocalAddress checks,
// and that dns.setServers rebinds the module's functions (one taken earlier keeps the old servers).

const dns = require('dns');
const fs = require('fs');

function attempt(label, action) {
  try {
    console.log(label, action());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

// The defaults come from the system: compare them with the nameserver lines.
let configured = [];
try {
  configured = fs.readFileSync('/etc/resolv.conf', 'latin1').split('\n')
    .map((line) => line.replace(/[#;].*/, '').trim().split(/\s+/))
    .filter((words) => words[0] === 'nameserver' && require('net').isIP(words[1]))
    .map((words) => words[1]);
} catch {
  // No resolv.conf: c-ares uses 127.0.0.1.
}
if (configured.length === 0) configured = ['127.0.0.1'];
console.log('defaults match resolv.conf', JSON.stringify(dns.getServers()) === JSON.stringify(configured));

const forms = [
  ['1.2.3.4'], ['1.2.3.4:53'], ['1.2.3.4:5353'], ['::1'], ['[::1]'], ['[::1]:53'], ['[::1]:5353'],
  ['2001:DB8:0:0::0001'], ['fe80::1%lo'], ['[fe80::2%lo]:54'], ['[1.2.3.4]:53'], ['[1.2.3.4]'],
  ['1.2.3.4', '1.2.3.4:53', '5.6.7.8', '1.2.3.4'], ['[::1]:65535'], ['0.0.0.0'], [],
];
for (const servers of forms) attempt(`setServers ${JSON.stringify(servers)}`, () => {
  dns.setServers(servers);
  return dns.getServers();
});
for (const bad of [['a.b.c'], ['1.2.3.4:abc'], ['1.2.3.4:'], [' 1.2.3.4'], [''], ['1.2.3.4:-1'], ['::1:x'], [1], '1.2.3.4', null, [['1.2.3.4']]]) {
  attempt(`setServers ${JSON.stringify(bad)}`, () => dns.setServers(bad));
}

const resolver = new dns.Resolver();
resolver.setServers(['9.9.9.9', '[2620:fe::fe]:5353']);
console.log('resolver servers', resolver.getServers(), 'module servers', dns.getServers());
console.log('inspect', require('util').inspect(new dns.Resolver()));
for (const [label, args] of [
  ['v4', ['127.0.0.1']], ['v4 v6', ['127.0.0.1', '::1']], ['v6', ['::1']], ['v6 v4', ['::1', '127.0.0.1']],
  ['two v6', ['::1', '::1']], ['two v4', ['127.0.0.1', '1.2.3.4']], ['name', ['localhost']], ['number', [1]],
  ['none', []], ['v6 number', ['127.0.0.1', 5]],
]) {
  attempt(`setLocalAddress ${label}`, () => resolver.setLocalAddress(...args));
}
for (const options of [
  undefined, null, 5, {}, { timeout: -1 }, { timeout: 0, tries: 1 }, { timeout: 'x' }, { timeout: -2 }, { timeout: 1.5 },
  { timeout: 2 ** 31 }, { tries: 0 }, { tries: -1 }, { tries: 'x' }, { tries: 2.5 },
]) {
  attempt(`new Resolver(${JSON.stringify(options)})`, () => typeof new dns.Resolver(options));
}
attempt('Resolver()', () => dns.Resolver());

dns.setServers(['192.0.2.1']);
const earlier = dns.resolve4;
const earlierGetServers = dns.getServers;
dns.setServers(['192.0.2.2']);
console.log('rebound', earlier === dns.resolve4, earlierGetServers(), dns.getServers(), dns.promises.getServers());
dns.promises.setServers(['192.0.2.3:99']);
console.log('promises.setServers', dns.getServers(), dns.promises.getServers());
