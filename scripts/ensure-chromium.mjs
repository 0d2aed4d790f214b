// The real-browser tests drive Debian's Chromium (never a downloaded browser), and the page's load test
// assembles a 500-page PDF with qpdf. On a fresh machine install what is missing from Debian's packages
// (Chromium with CJK fonts, so pages render as published); say so clearly when that is not possible.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium', 'fonts-noto-cjk');
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
if (!hasQpdf) missing.push('qpdf');

if (missing.length > 0) {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    const advice = `sudo apt-get install ${missing.join(' ')}`;
    if (!existsSync(chromium)) {
      console.error(`hezhang: the browser tests need Chromium at ${chromium}: run "${advice}" (or set CHROMIUM_PATH).`);
      process.exit(1);
    }
    // Without qpdf only the 500-page load test is skipped (it says so); everything else runs.
    console.error(`hezhang: the 500-page load test needs qpdf: run "${advice}".`);
  } else {
    console.error(`hezhang: installing ${missing.join(', ')} from Debian's packages for the tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  }
}
