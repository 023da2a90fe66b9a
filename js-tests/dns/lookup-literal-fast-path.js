// dgram's lookup call (an address and a family number): IP literals answer at once, anything
// else (an empty name included) takes the general way with its warnings and errors.
const dns = require('dns');
process.on('warning', (w) => console.log('warning', w.name, w.code));
const calls = [['127.0.0.1', 4], ['127.0.0.1', 6], ['::1', 4], ['', 4], ['', 6], ['10.1.2.3', 0]];
let i = 0;
(function next() {
  if (i === calls.length) return;
  const [name, family] = calls[i++];
  dns.lookup(name, family, (...result) => { console.log(JSON.stringify(name), family, result); next(); });
})();
try { dns.lookup('127.0.0.1', 5, () => {}); } catch (e) { console.log(e.code, e.message); }
