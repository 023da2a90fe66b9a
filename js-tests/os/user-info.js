// userInfo(): the passwd entry of the effective user, in each encoding Node accepts.
const os = require('os');
const u = os.userInfo();
console.log(Object.getPrototypeOf(u) === null, Object.keys(u));
console.log(typeof u.uid, typeof u.gid, Number.isInteger(u.uid), typeof u.username, u.homedir.startsWith('/'),
  typeof u.shell);
console.log(u.uid === (process.getuid ? process.getuid() : u.uid));
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), b.username.toString() === u.username, b.homedir.toString() === u.homedir,
  b.shell.toString() === u.shell, b.uid === u.uid);
console.log('BUFFER', Buffer.isBuffer(os.userInfo({ encoding: 'BUFFER' }).shell));
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'ucs2', 'ascii', 'HEX']) {
  const e = os.userInfo({ encoding });
  console.log(encoding, e.username === Buffer.from(u.username).toString(encoding.toLowerCase()),
    e.homedir === Buffer.from(u.homedir).toString(encoding.toLowerCase()));
}
for (const options of [null, 5, 'buffer', [], {}, { encoding: 'bogus' }, { encoding: 5 }, { encoding: 'hex ' }]) {
  const e = os.userInfo(options);
  console.log(JSON.stringify(options), e.username === u.username, e.shell === u.shell);
}
let reads = 0;
os.userInfo({ get encoding() { reads++; return 'hex'; } });
console.log('encoding read', reads);
try {
  os.userInfo({ get encoding() { throw new Error('boom'); } });
} catch (e) {
  console.log(e.message);
}
