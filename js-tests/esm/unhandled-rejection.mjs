// An unhandled rejection in an ES module is fatal (exit code 1), as in Node 20.
console.log('before');
Promise.reject(new Error('nobody handles this'));
setTimeout(() => console.log('never printed'), 200);
