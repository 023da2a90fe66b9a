// Built-in subpath modules are their parent module's members, with and without node:.
const pairs = [
  ['path/posix', () => require('path').posix],
  ['util/types', () => require('util').types],
  ['assert/strict', () => require('assert').strict],
  ['dns/promises', () => require('dns').promises],
  ['fs/promises', () => require('fs').promises],
  ['stream/promises', () => require('stream').promises],
  ['timers/promises', () => require('timers').promises],
];
for (const [id, member] of pairs) {
  console.log(id, require(id) === member(), require(`node:${id}`) === require(id));
}
console.log(typeof require('readline/promises').createInterface, typeof require('stream/consumers').text);
