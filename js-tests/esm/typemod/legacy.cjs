module.exports = 'a .cjs file stays CommonJS';
