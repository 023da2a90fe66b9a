// process.memoryUsage(): Node's five fields, all numbers; rss is the resident size (more than
// the heap in use), and memoryUsage.rss() gives it alone.
const usage = process.memoryUsage();
console.log(Object.keys(usage));
console.log(Object.values(usage).every((value) => typeof value === 'number' && value >= 0));
console.log(usage.heapUsed > 0, usage.heapUsed <= usage.heapTotal, usage.rss > usage.heapUsed / 4);
const rss = process.memoryUsage.rss();
console.log(typeof rss, rss > 1e6);
