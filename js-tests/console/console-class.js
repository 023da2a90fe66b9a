'use strict';
// new console.Console(stdout[, stderr]) and its options, writing to stand-in streams.
const { EventEmitter } = require('events');
const { inspect } = require('util');

const written = [];
const stream = (name) => Object.assign(new EventEmitter(), {
  write(chunk, callback) {
    written.push(`${name}:${JSON.stringify(chunk)}:${typeof callback}`);
    return true;
  },
});
const flush = (label) => {
  console.log(`-- ${label}`);
  for (const line of written) console.log(line);
  written.length = 0;
};

const c = new console.Console(stream('out'), stream('err'));
c.log('hello %s', 'world', 42);
c.info('info');
c.debug('debug %d', 5);
c.dirxml({ a: 1 }, 'two', 3);
c.warn('warn');
c.error('error %o', [1]);
c.dir({ a: { b: { c: { d: 1 } } } });
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } });
c.dir({ x: 1 }, { colors: true });
c.log();
c.log('');
c.log('%s %s', 'only-one');
c.log('%c styled', 'color: red');
c.clear();
flush('two streams');

const single = new console.Console(stream('only'));
single.log('to stdout');
single.error('to the same stream');
flush('one stream');

const plain = [];
const direct = new console.Console({ stdout: { write(chunk) { plain.push(chunk); } }, ignoreErrors: false });
direct.log('no EventEmitter needed');
direct.error('stderr defaults to stdout');
console.log(JSON.stringify(plain));

try {
  new console.Console({ write(chunk) { plain.push(chunk); } }).log('lost');
} catch (error) {
  console.log(error.name, error.message, JSON.stringify(plain));
}

const options = new console.Console({ stdout: stream('opt'), inspectOptions: { depth: 0, breakLength: 20 } });
options.log({ a: { b: 1 } }, [1, 2, 3, 4, 5, 6, 7, 8]);
options.dir({ a: { b: 1 } });
options.table([{ a: { b: 1 } }]);
flush('inspectOptions');

const colored = new console.Console({ stdout: stream('color'), colorMode: true });
colored.log('%s and %o', 'str', { n: 1 }, 5);
flush('colorMode');

const called = console.Console(stream('call'));
console.log(called instanceof console.Console, {} instanceof console.Console, console instanceof console.Console);
const { log } = called;
log('detached');
flush('without new');

console.log(Object.keys(c));
console.log(Object.getOwnPropertyNames(c).filter((key) => !Object.keys(c).includes(key)));
console.log(Object.getOwnPropertySymbols(c).map(String));
console.log(inspect(c));
console.log(c.log.name, c.log.length, Object.hasOwn(c.log, 'prototype'), console.Console.name, console.Console.length);
console.log(Object.getOwnPropertyNames(console.Console.prototype));
const P = console.Console.prototype;
console.log(P.debug === P.log, P.info === P.log, P.dirxml === P.log, P.error === P.warn, P.groupCollapsed === P.group);

class Sub extends console.Console {
  log(...args) { super.log('SUB', ...args); }
}
const sub = new Sub(stream('sub'));
sub.log('x');
sub.count();
flush('subclass');

for (const make of [
  () => new console.Console(),
  () => new console.Console({}),
  () => new console.Console({ write() {} }, {}),
  () => new console.Console({ stdout: stream('x'), groupIndentation: 1001 }),
  () => new console.Console({ stdout: stream('x'), groupIndentation: 'x' }),
  () => new console.Console({ stdout: stream('x'), groupIndentation: 1.5 }),
  () => new console.Console({ stdout: stream('x'), colorMode: 'x' }),
  () => new console.Console({ stdout: stream('x'), inspectOptions: { colors: true }, colorMode: true }),
  () => new console.Console({ stdout: stream('x'), inspectOptions: 5 }),
]) {
  try {
    make();
    console.log('created');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
