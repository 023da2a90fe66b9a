// tmpdir() and homedir() follow the environment as Node reads it.
const os = require('os');
const env = process.env;
const saved = { TMPDIR: env.TMPDIR, TMP: env.TMP, TEMP: env.TEMP, HOME: env.HOME };
function clear(...names) { for (const n of names) delete env[n]; }
clear('TMPDIR', 'TMP', 'TEMP');
console.log('none', os.tmpdir(), `${os.tmpdir}`);
env.TMPDIR = '/foo/'; console.log('TMPDIR trailing slash', os.tmpdir());
env.TMPDIR = '/'; console.log('TMPDIR root', os.tmpdir());
env.TMPDIR = '//'; console.log('TMPDIR double root', os.tmpdir());
env.TMPDIR = '/a//'; console.log('TMPDIR two slashes', os.tmpdir());
env.TMPDIR = ''; env.TMP = '/bar/'; console.log('empty TMPDIR, TMP', os.tmpdir());
clear('TMPDIR', 'TMP'); env.TEMP = 'rel/'; console.log('TEMP relative', os.tmpdir());
env.TMPDIR = '/first'; env.TMP = '/second'; console.log('TMPDIR wins', os.tmpdir());
env.HOME = '/somewhere'; console.log('HOME', os.homedir(), `${os.homedir}`);
env.HOME = ''; console.log('empty HOME', JSON.stringify(os.homedir()));
clear('HOME');
console.log('no HOME: passwd', os.homedir() === os.userInfo().homedir, os.homedir().startsWith('/'));
for (const [k, v] of Object.entries(saved)) if (v === undefined) delete env[k]; else env[k] = v;
