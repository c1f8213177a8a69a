// A real WordPress for the end-to-end test (wordpress.test.mjs): Debian's WordPress 6.1, run by a
// MariaDB and an Apache of its own, both started here (no systemd, no service scripts) on loopback
// only (MariaDB on a Unix socket, no TCP at all; Apache on 127.0.0.1:<free port>), with a fresh
// database and content directory in a scratch folder, and stopped by their process ids.
//
//   const wp = await startWordPress();   // wp.url, wp.content (the seeded ids), wp.php(), wp.stop()
//
// The packages come from install-packages.sh (apt-get, only what is missing). The system is only
// touched there and in one file, /etc/wordpress/config-news-elements-<port>.php (Debian's
// wp-config.php reads its settings from /etc/wordpress; Apache names the file with
// WORDPRESS_CONFIG), removed again by stop().
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const MODULES = '/usr/lib/apache2/modules';

const log = (message) => console.error(`[real-wordpress] ${message}`);

/** Runs a command to its end; rejects with its output when it fails. */
function run(command, args, { env, input, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    // No input: stdin is /dev/null (apt-get and dpkg close a pipe early: EPIPE).
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${err || out}`), { code, out, err }));
    });
    if (input !== undefined) {
      child.stdin.on('error', reject);
      child.stdin.end(input);
    }
  });
}

/** The last lines of a log file, for a failure's message. */
const tail = (file, lines = 15) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on 127.0.0.1 (the kernel's choice). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `check` resolves true, polling; fails with `what` after `tries`. */
async function until(what, check, child, tries = 120, every = 250) {
  for (let i = 0; i < tries; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.signalCode ?? child.exitCode}) before it was ready`);
    if (await check().catch(() => false)) return;
    await sleep(every);
  }
  throw new Error(`${what}: not ready after ${(tries * every) / 1000} s`);
}

const socketAccepts = (path) =>
  new Promise((resolve) => {
    const socket = connect(path);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Whether a process id is alive. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops one process by its id: SIGTERM, then SIGKILL if it is still there after `grace` ms. */
async function stopPid(pid, name, grace = 10_000) {
  if (!pid || !alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < grace && alive(pid); waited += 100) await sleep(100);
  if (alive(pid)) {
    log(`${name} (pid ${pid}) did not stop on SIGTERM: SIGKILL`);
    process.kill(pid, 'SIGKILL');
  }
}

/** Installs what is missing (apt-get); throws, loudly, when it cannot. */
async function installPackages() {
  const started = Date.now();
  try {
    await run('bash', [join(HERE, 'install-packages.sh')], { quiet: false });
  } catch (error) {
    throw new Error(
      `THE REAL WORDPRESS COULD NOT BE INSTALLED, so the wordpress adapter was NOT tested against it.\n` +
        `test/real/install-packages.sh needs Debian 12 with apt-get, as root.\n${error.message}`,
    );
  }
  return (Date.now() - started) / 1000;
}

function apacheConfig({ port, dir, configName }) {
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'rewrite', 'env', 'headers'];
  const php = readdirSync(MODULES).find((file) => /^libphp[\d.]*\.so$/.test(file));
  if (!php) throw new Error(`no mod_php in ${MODULES} (libapache2-mod-php)`);
  return `# The real-WordPress test's own Apache (test/real/wordpress.mjs), nothing of /etc/apache2.
${modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`).join('\n')}
LoadModule php_module ${MODULES}/${php}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User www-data
Group www-data
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir}
ErrorLog ${dir}/apache-error.log
LogFormat "%r %>s" short
CustomLog ${dir}/apache-access.log short
TypesConfig /etc/mime.types
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 16
KeepAlive On
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${configName}
DocumentRoot ${WORDPRESS}
DirectoryIndex index.php index.html
Alias /wp-content ${dir}/wp-content
# The same-origin pages and a copy of dist/ (served by WordPress's own Apache, as a portal's theme would).
Alias /portal ${dir}/portal
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
  # Pretty permalinks (what WordPress writes to .htaccess).
  RewriteEngine On
  RewriteBase /
  RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory ${dir}/wp-content>
  Require all granted
</Directory>
<Directory ${dir}/portal>
  Require all granted
  Header set Cache-Control no-store
</Directory>
`;
}

function wordpressConfig({ port, dir, socket }) {
  const home = `http://127.0.0.1:${port}`;
  return `<?php
// The real-WordPress test's site (test/real/wordpress.mjs); removed when the test stops it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wp-real-pass');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${dir}/wp-content');
define('WP_CONTENT_URL', '${home}/wp-content');
define('WP_HOME', '${home}');
define('WP_SITEURL', '${home}');
define('AUTH_KEY', 'wp-real-1'); define('SECURE_AUTH_KEY', 'wp-real-2'); define('LOGGED_IN_KEY', 'wp-real-3'); define('NONCE_KEY', 'wp-real-4');
define('AUTH_SALT', 'wp-real-5'); define('SECURE_AUTH_SALT', 'wp-real-6'); define('LOGGED_IN_SALT', 'wp-real-7'); define('NONCE_SALT', 'wp-real-8');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`;
}

/**
 * Installs (if need be), starts and seeds a WordPress. Resolves to { url, port, content, php,
 * setPermalinks, stop, timings }; on any failure, stops what it started and rejects.
 */
export async function startWordPress() {
  const timings = { install: await installPackages() };
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'news-real-wp-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const configName = `news-elements-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  // MariaDB runs as the mysql user: its socket, pid file and log live in a folder of its own.
  const mysqlDir = join(dir, 'mysql');
  const socket = join(mysqlDir, 'mysqld.sock');
  const pids = {};
  const children = [];

  const stop = async () => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    // Apache first (its PHP talks to MariaDB), each by the pid it was started with.
    await stopPid(pids.apache, 'apache');
    await stopPid(pids.mariadb, 'mariadb');
    rmSync(configFile, { force: true });
    if (!process.env.NEWS_REAL_WP_KEEP) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  };
  // Should this process end without stop() (a crash, Ctrl-C, the test runner's timeout), its
  // servers end with it: SIGTERM by pid, which each passes on to its own workers.
  const onExit = () => {
    for (const pid of [pids.apache, pids.mariadb]) if (pid && alive(pid)) process.kill(pid, 'SIGTERM');
    rmSync(configFile, { force: true });
  };
  const onSignal = (signal) => {
    onExit();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // ---------- MariaDB: a fresh data directory, a socket, no networking ----------
    const datadir = join(mysqlDir, 'data');
    mkdirSync(mysqlDir);
    await run('chown', ['mysql:mysql', mysqlDir]);
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=mysql', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const mariadb = spawn(
      'mariadbd',
      ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, `--pid-file=${mysqlDir}/mariadb.pid`, '--skip-networking', '--user=mysql', `--log-error=${mysqlDir}/mariadb.log`, '--innodb-buffer-pool-size=64M', '--skip-log-bin'],
      { stdio: 'ignore' },
    );
    pids.mariadb = mariadb.pid;
    children.push(mariadb);
    await until('mariadb', () => socketAccepts(socket), mariadb).catch((error) => {
      throw new Error(`${error.message}\n${tail(join(mysqlDir, 'mariadb.log'))}`);
    });
    await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
      input: `CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wp-real-pass';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
FLUSH PRIVILEGES;`,
    });
    log(`mariadb pid ${mariadb.pid}, socket ${socket}`);

    // ---------- WordPress's settings, its content directory ----------
    mkdirSync(join(dir, 'wp-content/uploads'), { recursive: true });
    mkdirSync(join(dir, 'portal'), { recursive: true });
    writeFileSync(configFile, wordpressConfig({ port, dir, socket }));
    chmodSync(configFile, 0o644);

    // ---------- Apache in the foreground, as a child of this process ----------
    writeFileSync(join(dir, 'apache.conf'), apacheConfig({ port, dir, configName }));
    await run('apache2', ['-f', join(dir, 'apache.conf'), '-t']);
    // A process group of its own: Apache's prefork ends its workers with a SIGTERM to its whole
    // group (killpg), which would otherwise be this one's.
    const apache = spawn('apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let apacheErrors = '';
    apache.stderr.on('data', (chunk) => (apacheErrors += chunk));
    pids.apache = apache.pid;
    children.push(apache);
    const url = `http://127.0.0.1:${port}`;
    await until('apache', async () => (await fetch(`${url}/readme.html`)).ok, apache).catch((error) => {
      throw new Error(`${error.message}\n${apacheErrors}\n${tail(join(dir, 'apache-error.log'))}`);
    });
    log(`apache pid ${apache.pid}, ${url}`);

    // ---------- wp_install and the content ----------
    const php = (script, args = []) => run('php', [join(HERE, script), ...args], { env: { WORDPRESS_CONFIG: configName, NEWS_WP_HOST: `127.0.0.1:${port}` } });
    log((await php('install.php')).trim());
    const content = JSON.parse(await php('seed.php', [join(HERE, 'media')]));
    timings.start = (Date.now() - started) / 1000;
    log(`seeded: ${Object.keys(content.posts).length} posts, started in ${timings.start.toFixed(1)} s`);

    /** Plain ('') or pretty permalinks, as a site owner sets them in Settings → Permalinks. */
    const setPermalinks = async (structure) => {
      await php('permalinks.php', [structure]);
    };
    /** Copies files into the folder that WordPress's Apache serves at /portal/. */
    const publish = (files) => {
      for (const [name, source] of Object.entries(files)) {
        const target = join(dir, 'portal', name);
        mkdirSync(join(target, '..'), { recursive: true });
        if (typeof source === 'string' && existsSync(source)) cpSync(source, target, { recursive: true });
        else writeFileSync(target, source.text);
      }
    };
    const accessLog = () => (existsSync(join(dir, 'apache-access.log')) ? readFileSync(join(dir, 'apache-access.log'), 'utf8') : '');
    return { url, port, dir, content, pids, php, setPermalinks, publish, accessLog, stop, timings };
  } catch (error) {
    await stop();
    throw error;
  }
}
