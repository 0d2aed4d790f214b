import type { BrowserContext, LaunchOptions } from 'playwright-core';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(
  options?: Parameters<typeof import('playwright-core').chromium.launchPersistentContext>[1] & LaunchOptions,
): Promise<{ context: BrowserContext; dispose(): Promise<void> }>;
export function dropFiles(
  page: import('playwright-core').Page,
  files: { name: string; bytes: Uint8Array; type?: string }[],
): Promise<void>;
export function carryFiles(
  page: import('playwright-core').Page,
  files: { name: string; bytes: Uint8Array; type?: string }[],
): Promise<import('playwright-core').JSHandle<DataTransfer>>;
export function dropCarried(
  page: import('playwright-core').Page,
  transfer: import('playwright-core').JSHandle<DataTransfer>,
): Promise<void>;
