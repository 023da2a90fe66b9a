'use strict';
// setTimeout/setInterval on loop timers (one Java timer handle per active Timeout, so ref and
// unref are the handle's own flags), setImmediate on a JS queue run in the loop's check phase.

const { validateFunction } = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
const binding = internalBinding('timers');
const kTimer = Symbol('timer');
const kRefed = Symbol('refed');
const timeoutsById = new Map();
let nextTimeoutId = 1;

function Timeout(callback, after, args, isRepeat) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning?.(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  this._idleTimeout = after;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  this[kRefed] = true;
  this[kTimer] = null;
  this._id = 0;
  arm(this);
}

function arm(timeout) {
  let timer = timeout[kTimer];
  if (timer === null) {
    timer = binding.createTimer();
    timeout[kTimer] = timer;
    if (!timeout[kRefed]) timer.unref();
  }
  timer.start(timeout._idleTimeout, () => fire(timeout));
}

function fire(timeout) {
  if (timeout._destroyed) return;
  if (timeout._repeat === null) release(timeout);
  const args = timeout._timerArgs;
  if (args === undefined) timeout._onTimeout();
  else timeout._onTimeout(...args);
  // An interval is re-armed after its callback, from the loop time of that moment, as Node does.
  if (timeout._repeat !== null && !timeout._destroyed) {
    timeout._idleTimeout = timeout._repeat;
    arm(timeout);
  }
}

function release(timeout) {
  timeout._destroyed = true;
  const timer = timeout[kTimer];
  if (timer !== null) {
    timer.close();
    timeout[kTimer] = null;
  }
  if (timeout._id !== 0) timeoutsById.delete(timeout._id);
}

Timeout.prototype.ref = function ref() {
  this[kRefed] = true;
  this[kTimer]?.ref();
  return this;
};
Timeout.prototype.unref = function unref() {
  this[kRefed] = false;
  this[kTimer]?.unref();
  return this;
};
Timeout.prototype.hasRef = function hasRef() {
  return this[kRefed];
};
Timeout.prototype.refresh = function refresh() {
  if (!this._destroyed) arm(this);
  return this;
};
Timeout.prototype.close = function close() {
  clearTimeout(this);
  return this;
};
Timeout.prototype[Symbol.toPrimitive] = function toPrimitive() {
  if (this._id === 0) {
    this._id = nextTimeoutId++;
    if (!this._destroyed) timeoutsById.set(this._id, this);
  }
  return this._id;
};

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length > 0 ? args : undefined, false);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length > 0 ? args : undefined, true);
}

function clearTimeout(timeout) {
  if (timeout instanceof Timeout) {
    release(timeout);
  } else if (typeof timeout === 'number' || typeof timeout === 'string') {
    const known = timeoutsById.get(+timeout);
    if (known !== undefined) release(known);
  }
}

// Immediates: a FIFO run in the check phase. Java calls runImmediate() repeatedly, one
// immediate per call, so that ticks and promise jobs run between two immediates as in Node.
function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this[kRefed] = true;
}

let immediateQueue = [];
let currentBatch = [];
let batchIndex = 0;
let refedImmediates = 0;
let checkStarted = false;
let checkRefed = false;

function updateImmediateCheck() {
  const pending = immediateQueue.length > 0 || batchIndex < currentBatch.length;
  const refed = refedImmediates > 0;
  if (pending !== checkStarted || (pending && refed !== checkRefed)) {
    binding.toggleImmediates(pending, refed);
    checkStarted = pending;
    checkRefed = refed;
  }
}

Immediate.prototype.ref = function ref() {
  if (!this[kRefed] && !this._destroyed) {
    this[kRefed] = true;
    refedImmediates++;
    updateImmediateCheck();
  }
  return this;
};
Immediate.prototype.unref = function unref() {
  if (this[kRefed] && !this._destroyed) {
    this[kRefed] = false;
    refedImmediates--;
    updateImmediateCheck();
  }
  return this;
};
Immediate.prototype.hasRef = function hasRef() {
  return this[kRefed];
};

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  const immediate = new Immediate(callback, args.length > 0 ? args : undefined);
  immediateQueue.push(immediate);
  refedImmediates++;
  updateImmediateCheck();
  return immediate;
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) refedImmediates--;
  updateImmediateCheck();
}

/** Runs the next immediate of this check phase; returns whether more remain in the phase. */
function runImmediate(startOfPhase) {
  if (startOfPhase) {
    // Immediates left by a callback that threw run first, before the ones queued since.
    const leftover = currentBatch.slice(batchIndex);
    currentBatch = leftover.length > 0 ? leftover.concat(immediateQueue) : immediateQueue;
    immediateQueue = [];
    batchIndex = 0;
  }
  while (batchIndex < currentBatch.length) {
    const immediate = currentBatch[batchIndex++];
    if (immediate._destroyed) continue;
    immediate._destroyed = true;
    if (immediate[kRefed]) refedImmediates--;
    try {
      const args = immediate._argv;
      if (args === undefined) immediate._onImmediate();
      else immediate._onImmediate(...args);
    } finally {
      if (batchIndex >= currentBatch.length) updateImmediateCheck();
    }
    break;
  }
  const more = batchIndex < currentBatch.length;
  if (!more) updateImmediateCheck();
  return more;
}
binding.setImmediateRunner(runImmediate);

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval: clearTimeout, setImmediate, clearImmediate,
  Timeout, Immediate,
};

// require('timers').promises is the timers/promises module, loaded on first use.
Object.defineProperty(module.exports, 'promises', {
  get() {
    return require('timers/promises');
  },
  enumerable: true,
  configurable: true,
});

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises versions.
for (const name of ['setTimeout', 'setImmediate']) {
  Object.defineProperty(module.exports[name], Symbol.for('nodejs.util.promisify.custom'), {
    get() {
      return require('timers/promises')[name];
    },
    enumerable: true,
    configurable: false,
  });
}
