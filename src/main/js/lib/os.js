'use strict';
// Node 20's `os` module. The facts come from the `os` binding (uname, getifaddrs, /proc, passwd);
// this file shapes them as Node does: the same function names, Symbol.toPrimitive on the ones
// that take no arguments, Node's errors, and the same object shapes and key orders.

const { makeNodeError, systemError } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { formatIPv4, formatIPv6 } = require('internal/inet');

const binding = internalBinding('os');

function unameField(index) {
  return JSON.parse(binding.uname())[index];
}

const kSystemError = 'A system error occurred';

function getOSType() { return unameField(0); }
function getOSRelease() { return unameField(2); }
function getOSVersion() { return unameField(3); }
function getMachine() { return unameField(4); }

const hostname = function wrappedFn() { return unameField(1); };

const uptime = function wrappedFn() {
  const seconds = binding.uptime();
  if (seconds < 0) throw systemError('ERR_SYSTEM_ERROR', kSystemError, -38, 'uv_uptime');
  return seconds;
};

const homedir = function wrappedFn() {
  // libuv: $HOME when it is set at all (even empty), else the passwd entry.
  const home = process.env.HOME;
  if (typeof home === 'string') return home;
  const user = passwdEntry();
  if (typeof user === 'number') throw systemError('ERR_SYSTEM_ERROR', kSystemError, user, 'uv_os_homedir');
  return user.homedir;
};

function passwdEntry() {
  const raw = binding.userInfo();
  if (raw[0] !== '{') return Number(raw);
  return JSON.parse(raw);
}

function getFreeMem() { return binding.freemem(); }
function getTotalMem() { return binding.totalmem(); }
function getAvailableParallelism() { return binding.availableParallelism(); }

function loadavg() {
  return JSON.parse(binding.loadavg());
}

function cpus() {
  const list = JSON.parse(binding.cpus());
  const result = [];
  for (const [model, speed, user, nice, sys, idle, irq] of list) {
    result.push({ model, speed, times: { user, nice, sys, idle, irq } });
  }
  return result;
}

function arch() { return process.arch; }
function platform() { return process.platform; }
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function endianness() { return littleEndian ? 'LE' : 'BE'; }

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function bytesOfHex(hex) {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

// "address/bits" when the mask is a run of ones followed by zeros, else null.
function cidrOf(address, mask) {
  let ones = 0;
  let i = 0;
  for (; i < mask.length && mask[i] === 0xff; i++) ones += 8;
  if (i < mask.length) {
    let byte = mask[i];
    while (byte & 0x80) {
      ones++;
      byte = (byte << 1) & 0xff;
    }
    if (byte !== 0) return null;
    for (i++; i < mask.length; i++) if (mask[i] !== 0) return null;
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const raw = binding.networkInterfaces();
  if (raw == null) throw systemError('ERR_SYSTEM_ERROR', kSystemError, -38, 'uv_interface_addresses');
  const result = {};
  for (const [name, family, addressHex, netmaskHex, macHex, internal, scopeid] of JSON.parse(raw)) {
    const addressBytes = bytesOfHex(addressHex);
    const maskBytes = bytesOfHex(netmaskHex);
    const format = family === 4 ? formatIPv4 : formatIPv6;
    const address = format(addressBytes);
    const entry = {
      address,
      netmask: format(maskBytes),
      family: family === 4 ? 'IPv4' : 'IPv6',
      mac: macHex.match(/../g).join(':'),
      internal,
      cidr: cidrOf(address, maskBytes),
    };
    if (family === 6) entry.scopeid = scopeid;
    if (result[name] === undefined) result[name] = [];
    result[name].push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  const result = binding.getPriority(pid);
  if (result < 0) throw systemError('ERR_SYSTEM_ERROR', kSystemError, result, 'uv_os_getpriority');
  return result - 20;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const result = binding.setPriority(pid, priority);
  if (result === -2147483648) {
    throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
      `os.setPriority() is not supported by datagraal in this JVM: ${binding.nativeUnavailableReason()}`);
  }
  if (result < 0) throw systemError('ERR_SYSTEM_ERROR', kSystemError, result, 'uv_os_setpriority');
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const encoding = options?.encoding;
  const user = passwdEntry();
  if (typeof user === 'number') throw systemError('ERR_SYSTEM_ERROR', kSystemError, user, 'uv_os_get_passwd');
  const info = { __proto__: null, uid: Number(user.uid), gid: Number(user.gid) };
  const { Buffer } = require('buffer');
  const wanted = typeof encoding === 'string' ? encoding.toLowerCase() : undefined;
  for (const key of ['username', 'homedir', 'shell']) {
    const value = user[key];
    if (wanted === 'buffer') {
      info[key] = Buffer.from(value, 'utf8');
    } else if (wanted !== undefined && wanted !== 'utf8' && wanted !== 'utf-8' && Buffer.isEncoding(wanted)) {
      info[key] = Buffer.from(value, 'utf8').toString(wanted);
    } else {
      info[key] = value;
    }
  }
  return info;
}

// ---- constants (Linux values) ----

function readOnlyTable(entries) {
  const table = { __proto__: null };
  for (const [name, value] of entries) {
    Object.defineProperty(table, name, { value, writable: false, enumerable: true, configurable: false });
  }
  return table;
}

const constants = { __proto__: null };
Object.defineProperty(constants, 'UV_UDP_REUSEADDR', { value: 4, writable: false, enumerable: true, configurable: false });
constants.dlopen = readOnlyTable([
  ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0], ['RTLD_DEEPBIND', 8],
]);
constants.errno = readOnlyTable([
  ['E2BIG', 7], ['EACCES', 13], ['EADDRINUSE', 98], ['EADDRNOTAVAIL', 99], ['EAFNOSUPPORT', 97],
  ['EAGAIN', 11], ['EALREADY', 114], ['EBADF', 9], ['EBADMSG', 74], ['EBUSY', 16], ['ECANCELED', 125],
  ['ECHILD', 10], ['ECONNABORTED', 103], ['ECONNREFUSED', 111], ['ECONNRESET', 104], ['EDEADLK', 35],
  ['EDESTADDRREQ', 89], ['EDOM', 33], ['EDQUOT', 122], ['EEXIST', 17], ['EFAULT', 14], ['EFBIG', 27],
  ['EHOSTUNREACH', 113], ['EIDRM', 43], ['EILSEQ', 84], ['EINPROGRESS', 115], ['EINTR', 4], ['EINVAL', 22],
  ['EIO', 5], ['EISCONN', 106], ['EISDIR', 21], ['ELOOP', 40], ['EMFILE', 24], ['EMLINK', 31],
  ['EMSGSIZE', 90], ['EMULTIHOP', 72], ['ENAMETOOLONG', 36], ['ENETDOWN', 100], ['ENETRESET', 102],
  ['ENETUNREACH', 101], ['ENFILE', 23], ['ENOBUFS', 105], ['ENODATA', 61], ['ENODEV', 19], ['ENOENT', 2],
  ['ENOEXEC', 8], ['ENOLCK', 37], ['ENOLINK', 67], ['ENOMEM', 12], ['ENOMSG', 42], ['ENOPROTOOPT', 92],
  ['ENOSPC', 28], ['ENOSR', 63], ['ENOSTR', 60], ['ENOSYS', 38], ['ENOTCONN', 107], ['ENOTDIR', 20],
  ['ENOTEMPTY', 39], ['ENOTSOCK', 88], ['ENOTSUP', 95], ['ENOTTY', 25], ['ENXIO', 6], ['EOPNOTSUPP', 95],
  ['EOVERFLOW', 75], ['EPERM', 1], ['EPIPE', 32], ['EPROTO', 71], ['EPROTONOSUPPORT', 93],
  ['EPROTOTYPE', 91], ['ERANGE', 34], ['EROFS', 30], ['ESPIPE', 29], ['ESRCH', 3], ['ESTALE', 116],
  ['ETIME', 62], ['ETIMEDOUT', 110], ['ETXTBSY', 26], ['EWOULDBLOCK', 11], ['EXDEV', 18],
]);
constants.signals = readOnlyTable([
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12],
  ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15], ['SIGCHLD', 17], ['SIGSTKFLT', 16], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29],
  ['SIGPWR', 30], ['SIGSYS', 31],
]);
constants.priority = readOnlyTable([
  ['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
  ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20],
]);

// `${os.hostname}` is the host name, as in Node, for the functions without arguments.
for (const fn of [arch, getAvailableParallelism, endianness, getFreeMem, homedir, hostname, platform,
  getOSRelease, tmpdir, getTotalMem, getOSType, uptime, getOSVersion, getMachine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
