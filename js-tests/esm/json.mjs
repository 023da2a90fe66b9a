// JSON modules need the type attribute, as in Node 20.
import data from './fixtures/data.json' with { type: 'json' };

console.log(data, data.list.length);
const again = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(again.default === data);
try {
  await import('./fixtures/data.json');
} catch (error) {
  console.log('without the attribute:', error.name);
}
