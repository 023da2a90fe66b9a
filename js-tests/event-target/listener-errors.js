// A listener's exception does not stop the dispatch: it is reported as an uncaught exception
// on the next tick, after dispatchEvent returned. A returned thenable's rejection is reported
// too; listener objects run like async functions, so their errors come after the microtasks.
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));

const target = new EventTarget();
target.addEventListener('e', () => { console.log('l1'); throw new Error('sync boom'); });
target.addEventListener('e', () => console.log('l2 still runs'));
target.addEventListener('e', async () => { console.log('l3 async'); throw new Error('async boom'); });
target.addEventListener('e', { handleEvent: 5 });
target.addEventListener('e', { handleEvent() { throw new Error('handleEvent boom'); } });
target.addEventListener('e', () => {
  console.log('l4 returns a thenable');
  return {
    then(resolve, reject) {
      console.log('then called during dispatch');
      reject(new Error('thenable boom'));
    },
  };
});
target.addEventListener('e', () => 42);
process.nextTick(() => console.log('tick queued before dispatch'));
Promise.resolve().then(() => console.log('microtask queued before dispatch'));
console.log('dispatch returns', target.dispatchEvent(new Event('e')));
console.log('after dispatch');
