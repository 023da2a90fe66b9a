// An error thrown while the entry module runs is fatal: exit code 1, after what ran before.
console.log('before the throw');
await null;
throw new Error('thrown at top level');
