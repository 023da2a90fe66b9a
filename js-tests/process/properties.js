// process's facts and small methods: argv and friends, env (values become strings), cwd/chdir,
// ids, version info, hrtime, uptime, cpuUsage, umask, kill of itself, and their argument errors.
const path = require('path');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, '!!', error.name, error.code, String(error.message).replaceAll(__dirname, '<here>'));
  }
};

show('argv', () => [process.argv.length, process.argv[0] === process.execPath, path.basename(process.argv[1])]);
show('argv0/execArgv', () => [typeof process.argv0, process.execArgv, typeof process.execPath]);
show('env', () => [typeof process.env.PATH, process.env.NO_SUCH_VARIABLE_HERE, 'PATH' in process.env]);
show('env stores strings', () => {
  process.env.DG_NUMBER = 5;
  process.env.DG_UNDEFINED = undefined;
  process.env.DG_OBJECT = { a: 1 };
  const seen = [process.env.DG_NUMBER, process.env.DG_UNDEFINED, process.env.DG_OBJECT, Object.keys(process.env).includes('DG_NUMBER')];
  delete process.env.DG_NUMBER;
  return [...seen, process.env.DG_NUMBER, 'DG_NUMBER' in process.env];
});
show('cwd', () => process.cwd() === __dirname);
show('chdir', () => {
  process.chdir('..');
  const parent = process.cwd();
  process.chdir(__dirname);
  return [parent === path.dirname(__dirname), process.cwd() === __dirname];
});
show('chdir missing', () => process.chdir('./no-such-dir'));
show('chdir missing fields', () => {
  try {
    process.chdir('./no-such-dir');
  } catch (error) {
    return [error.errno, error.syscall, error.path === __dirname, error.dest];
  }
});
show('chdir(5)', () => process.chdir(5));
show('pid/ppid', () => [Number.isInteger(process.pid), process.pid > 0, Number.isInteger(process.ppid), process.ppid !== process.pid]);
show('platform/arch', () => [process.platform, ['x64', 'arm64'].includes(process.arch)]);
show('version', () => [/^v20\.\d+\.\d+$/.test(process.version), `v${process.versions.node}` === process.version, process.release.name]);
show('title/toStringTag', () => [typeof process.title, Object.prototype.toString.call(process)]);
show('hrtime', () => {
  const start = process.hrtime();
  const elapsed = process.hrtime(start);
  return [start.length, Number.isInteger(start[0]), Number.isInteger(start[1]), start[1] < 1e9, elapsed[0] >= 0, elapsed[1] >= 0];
});
show('hrtime(5)', () => process.hrtime(5));
show('hrtime([1])', () => process.hrtime([1]));
show('hrtime.bigint', () => {
  const a = process.hrtime.bigint();
  return [typeof a, process.hrtime.bigint() >= a];
});
show('uptime', () => [typeof process.uptime(), process.uptime() >= 0, process.uptime() < 600]);
show('cpuUsage', () => {
  const first = process.cpuUsage();
  const diff = process.cpuUsage(first);
  return [Object.keys(first), first.user >= 0, first.system >= 0, diff.user >= 0, diff.system >= 0];
});
show('cpuUsage(5)', () => process.cpuUsage(5));
show('cpuUsage(user: -1)', () => process.cpuUsage({ user: -1, system: 0 }));
show('cpuUsage(system: "x")', () => process.cpuUsage({ user: 1, system: 'x' }));
show('umask', () => {
  const original = process.umask(0o027);
  const set = process.umask();
  const fromString = process.umask('0022');
  const now = process.umask(original);
  return [typeof original, set.toString(8), fromString.toString(8), now.toString(8), process.umask() === original];
});
show('umask("x")', () => process.umask('x'));
show('umask(-1)', () => process.umask(-1));
show('ids', () => ['getuid', 'geteuid', 'getgid', 'getegid'].map((name) => Number.isInteger(process[name]())));
show('kill 0', () => process.kill(process.pid, 0));
show('kill unknown signal', () => process.kill(process.pid, 'SIGNOPE'));
show('kill bad pid', () => process.kill('abc'));
show('kill 1.5', () => process.kill(1.5));
show('kill missing process', () => {
  try {
    process.kill(2 ** 22 + 12345, 0);
  } catch (error) {
    return [error.message, error.code, error.errno, error.syscall];
  }
});
