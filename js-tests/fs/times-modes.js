// utimes/futimes/lutimes (seconds, numeric strings, Dates; microsecond precision), chmod/fchmod,
// their promise and FileHandle forms, and their errors.
'use strict';

const fs = require('fs');
const { scratch } = require('./fixtures/scratch');

const { at, attempt } = scratch('times-modes');
fs.writeFileSync(at('file'), 'x');
fs.symlinkSync('file', at('link'));
const ns = (path, lstat = false) => {
  const s = (lstat ? fs.lstatSync : fs.statSync)(path, { bigint: true });
  return `${s.atimeNs} ${s.mtimeNs} ${s.atimeMs}`;
};

for (const time of [new Date(1000000000123), 1000000000.123, 1000000000.5, 1.0000001, 1234.56789123, 0.3, '1000', '12.5']) {
  fs.utimesSync(at('file'), time, time);
  console.log('utimes', JSON.stringify(time), ns(at('file')));
}
fs.utimesSync(at('file'), 100, 200);
console.log('atime and mtime apart', ns(at('file')), fs.statSync(at('file')).atime.toISOString(), fs.statSync(at('file')).mtime.toISOString());
for (const bad of ['abc', {}, NaN, Infinity, null, undefined, new Date(NaN)]) {
  attempt(`utimes ${String(bad)}`, () => fs.utimesSync(at('file'), bad, 1));
}
attempt('utimes missing', () => fs.utimesSync(at('missing'), 1, 1));
attempt('lutimes missing', () => fs.lutimesSync(at('missing'), 1, 1));
attempt('futimes bad fd', () => fs.futimesSync(987654, 1, 1));
attempt('futimes bad time', () => fs.futimesSync(0, 'x', 1));
const before = ns(at('file'));
fs.lutimesSync(at('link'), 5, 6);
console.log('lutimes changes the link only', ns(at('link'), true), ns(at('file')) === before);
const fd = fs.openSync(at('file'), 'r+');
fs.futimesSync(fd, new Date(7000), 8);
console.log('futimes', ns(at('file')));
fs.fchmodSync(fd, 0o640);
console.log('fchmod', (fs.fstatSync(fd).mode & 0o777).toString(8));
attempt('fchmod bad mode', () => fs.fchmodSync(fd, 'rwx'));
attempt('fchmod bad fd', () => fs.fchmodSync(987654, 0o600));
fs.closeSync(fd);
console.log('_toUnixTimestamp', fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'), fs._toUnixTimestamp(3.25),
  Math.abs(fs._toUnixTimestamp(-3) - Date.now() / 1000) < 60);

fs.utimes(at('file'), 11, 12, (error) => {
  console.log('cb utimes', error, ns(at('file')));
  fs.lutimes(at('link'), 13, 14, (error2) => {
    console.log('cb lutimes', error2, ns(at('link'), true));
    const handle = fs.openSync(at('file'), 'r');
    fs.futimes(handle, 15, 16, (error3) => {
      fs.fchmod(handle, 0o600, (error4) => {
        console.log('cb futimes/fchmod', error3, error4, ns(at('file')), (fs.statSync(at('file')).mode & 0o777).toString(8));
        fs.closeSync(handle);
        fs.utimes(at('missing'), 1, 1, (error5) => {
          console.log('cb utimes missing', error5.code, error5.syscall);
          promises();
        });
      });
    });
  });
});

async function promises() {
  await fs.promises.utimes(at('file'), 21, 22);
  console.log('promise utimes', ns(at('file')));
  await fs.promises.lutimes(at('link'), 23, 24);
  console.log('promise lutimes', ns(at('link'), true));
  const handle = await fs.promises.open(at('file'), 'r+');
  await handle.utimes(25, new Date(26000));
  await handle.chmod(0o604);
  console.log('FileHandle utimes/chmod', ns(at('file')), (fs.statSync(at('file')).mode & 0o777).toString(8));
  await handle.close();
  await fs.promises.utimes(at('missing'), 1, 1).catch((error) => console.log('promise utimes missing', error.code, error.syscall));
}
