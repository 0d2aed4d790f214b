/** Types of damage.mjs (plain JavaScript, so that the fixture scripts run it with node as it is). */
export type Random = () => number;
export function random(seed: number): Random;
export function int(rnd: Random, below: number): number;
export function pick<T>(rnd: Random, items: readonly T[]): T;
export function encodeGb18030(text: string): Uint8Array;
export function encodeUtf16le(text: string, bom?: boolean): Uint8Array;
export function randomBytes(rnd: Random, length: number): Uint8Array;
export function flipBytes(rnd: Random, bytes: Uint8Array, count: number): Uint8Array;
export function truncate(bytes: Uint8Array, share: number): Uint8Array;
export function cutMiddle(bytes: Uint8Array, from: number, to: number): Uint8Array;
export function concat(...parts: Uint8Array[]): Uint8Array;
export const MARKUP_TEXT: readonly string[];
