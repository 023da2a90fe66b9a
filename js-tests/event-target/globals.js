// The web globals of this part of Node 20: present, enumerable where Node makes them so, and
// replaceable by assignment.
const names = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException',
  'structuredClone', 'performance', 'TextEncoder', 'TextDecoder', 'queueMicrotask'];
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], 'enumerable:', descriptor.enumerable, 'configurable:', descriptor.configurable);
}
console.log(Object.keys(globalThis).filter((key) => names.includes(key)));
globalThis.performance = 'replaced';
console.log(performance);
AbortController = 'also replaced';
console.log(AbortController, typeof AbortSignal);
console.log(typeof require('perf_hooks').performance.now);
