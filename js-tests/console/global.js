'use strict';
// The global console object: its keys, the inspector no-ops, require('console').
const { inspect } = require('util');

console.log(Object.keys(console));
console.log(inspect(console));
console.log(String(console), Object.prototype.toString.call(console));
console.log(require('console') === console, require('node:console') === console);
console.log(console.log.name, console.log.length, console.debug.name, console.error.name, console.groupCollapsed.name);
console.log(console.profile(), console.profileEnd(), console.timeStamp('x'));
console.log(Object.keys(console.context('ctx')));
const task = console.createTask('task');
console.log(Object.keys(task), task.run(() => 5));
const { log, count } = console;
log('detached log');
count('detached');
console.log('%s|%d|%i|%f|%j|%o|%O|%%|%c', 'a', 42.5, 42.5, '3.5', { j: 1 }, [1], { O: 1 }, 'css');
console.log({ deep: { er: { est: { x: 1 } } } }, [1, 2, 3], new Map([[1, 2]]), 'str');
console.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 5 });
