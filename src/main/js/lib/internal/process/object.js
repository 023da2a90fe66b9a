'use strict';
// The `process` object: an EventEmitter with Node's facts, streams, exit and nextTick.

const EventEmitter = require('events');
const { nextTick } = require('internal/process/task_queues');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, makeNodeError, errnoException } = require('internal/errors');
const { createStdioStream } = require('internal/process/stdio');

const NODE_VERSION = 'v20.20.2';

function createProcess(host) {
  const binding = host.binding('process');
  const facts = JSON.parse(binding.info());
  const processPrototype = Object.create(EventEmitter.prototype);
  Object.defineProperty(processPrototype, Symbol.toStringTag, { value: 'process', configurable: true });
  const process = Object.create(processPrototype);
  EventEmitter.call(process);

  Object.assign(process, {
    version: NODE_VERSION,
    versions: { node: NODE_VERSION.slice(1), datagraal: '0.1.0', graaljs: typeof Graal === 'object' ? String(Graal.versionGraalVM) : 'unknown', java: facts.javaVersion },
    arch: facts.arch,
    platform: facts.platform,
    release: { name: 'node', lts: 'Iron' },
    title: 'node',
    argv: facts.argv,
    argv0: 'node',
    execArgv: facts.execArgv,
    execPath: facts.execPath,
    env: createEnv(facts.env),
    pid: Number(facts.pid),
    ppid: Number(facts.ppid),
    _exiting: false,
    config: { variables: {} },
    features: {},
  });
  // Node 20 checks what is stored in exitCode, and keeps it as given.
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== undefined && code !== null) toExitCode(code);
      exitCode = code;
    },
    enumerable: true, configurable: false,
  });
  if (facts.execArgv.includes('--no-deprecation')) process.noDeprecation = true;
  process.datagraal = { strictSendBounds: facts.strictSendBounds === 'true' };

  process.nextTick = nextTick;
  const { emitWarning, writeWarning } = require('internal/process/warning');
  process.emitWarning = emitWarning;
  process.on('warning', writeWarning);
  process.cwd = () => binding.cwd();
  process.chdir = (directory) => {
    if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    const result = binding.chdir(directory);
    if (result < 0) {
      const code = result === -2 ? 'ENOENT' : 'ENOTDIR';
      const text = result === -2 ? 'no such file or directory' : 'not a directory';
      const error = new Error(`${code}: ${text}, chdir '${binding.cwd()}' -> '${directory}'`);
      Object.assign(error, { errno: result, code, syscall: 'chdir', path: binding.cwd(), dest: directory });
      throw error;
    }
  };
  process.exit = function exit(code) {
    if (code !== undefined && code !== null) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode ?? 0);
    }
    binding.reallyExit(toExitCode(process.exitCode ?? 0));
  };
  process.reallyExit = (code) => binding.reallyExit(code | 0);
  process.hrtime = function hrtime(previous) {
    if (previous !== undefined) {
      if (!Array.isArray(previous)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
      if (previous.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    }
    const nanos = binding.hrtimeNanos();
    let seconds = Math.floor(nanos / 1e9);
    let rest = nanos - seconds * 1e9;
    if (previous !== undefined) {
      seconds -= previous[0];
      rest -= previous[1];
      if (rest < 0) { seconds--; rest += 1e9; }
    }
    return [seconds, rest];
  };
  process.hrtime.bigint = () => BigInt(Math.round(binding.hrtimeNanos()));
  const startNanos = binding.hrtimeNanos();
  process.uptime = () => (binding.hrtimeNanos() - startNanos) / 1e9;
  // The JS heap is the JVM's heap here; ArrayBuffers live in it too, so they are not counted apart.
  process.memoryUsage = function memoryUsage() {
    return { rss: binding.rss(), heapTotal: binding.heapTotal(), heapUsed: binding.heapUsed(), external: 0,
      arrayBuffers: 0 };
  };
  process.memoryUsage.rss = () => binding.rss();
  process.cpuUsage = function cpuUsage(previous) {
    if (previous !== undefined) {
      if (previous === null || typeof previous !== 'object') throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', previous);
      for (const key of ['user', 'system']) {
        const value = previous[key];
        if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', value);
        if (value < 0 || !Number.isFinite(value)) {
          throw makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${key}' is invalid. Received ${value}`);
        }
      }
    }
    const [user, system] = binding.cpuUsage().split(' ').map(Number);
    return previous === undefined ? { user, system } : { user: user - previous.user, system: system - previous.system };
  };
  process.umask = function umask(mask) {
    if (mask !== undefined) mask = require('internal/fs/utils').parseFileMode(mask, 'mask');
    const previous = binding.umask(mask === undefined ? -1 : mask);
    if (previous < 0) throw errnoException(previous, 'umask');
    return previous;
  };
  for (const call of ['getuid', 'geteuid', 'getgid', 'getegid']) {
    process[call] = function () {
      const id = binding.identity(call);
      if (id === -38) throw errnoException(id, call);
      return id >>> 0;
    };
  }
  require('internal/process/signals').setupSignals(process, binding);

  const stdio = host.binding('stdio');
  process.stdout = createStdioStream(binding, 1, stdio);
  process.stderr = createStdioStream(binding, 2, stdio);
  // Made on first use, as Node does: a script that never reads stdin never starts its reader.
  let stdin;
  Object.defineProperty(process, 'stdin', {
    get() {
      stdin ??= require('internal/process/stdin').createStdin(stdio);
      return stdin;
    },
    enumerable: true, configurable: true,
  });
  return process;
}

// process.env: what is stored becomes a string, as in Node (the environment holds text only).
function createEnv(variables) {
  return new Proxy(variables, {
    set(target, key, value) {
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, descriptor) {
      return Reflect.defineProperty(target, key, { ...descriptor, value: `${descriptor.value}` });
    },
  });
}

// An exit code as a number: an integer, or a string that reads as one; else Node's errors.
function toExitCode(code) {
  if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) return Number(code);
  require('internal/validators').validateInteger(code, 'code');
  return code;
}

module.exports = { createProcess, toExitCode, NODE_VERSION };
