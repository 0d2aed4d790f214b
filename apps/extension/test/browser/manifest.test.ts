/**
 * The built manifests as the browsers read them: Chrome's lists its icons (PNG files of the sizes it
 * names), Firefox's declares that nothing is collected (data_collection_permissions, which Firefox
 * asks of new extensions and WXT warns about when it is missing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const FIREFOX_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

/** A PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('names an icon for every size the browser shows, each a PNG of that size', () => {
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
    for (const [size, path] of Object.entries(manifest.icons as Record<string, string>)) {
      const file = join(EXTENSION_DIR, path);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: Number(size), height: Number(size) });
    }
    expect(manifest.action?.default_icon ?? manifest.icons).toBeTruthy();
  });
});

describe.skipIf(!existsSync(FIREFOX_DIR))('the Firefox manifest', () => {
  it('declares that the extension collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Object.keys(manifest.icons ?? {})).toContain('128');
  });
});
