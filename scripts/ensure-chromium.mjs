// The real-browser tests drive Debian's Chromium (never a downloaded browser). On a fresh machine
// install it from Debian's packages (with CJK fonts, so pages render as published); say so clearly
// when that is not possible.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `hezhang: the browser tests need Chromium at ${chromium}: run "sudo apt-get install chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.error('hezhang: installing Debian chromium and fonts-noto-cjk for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}
