/**
 * The PDF standard security handler (ISO 32000-2 §7.6.4), far enough to read an encrypted file's
 * streams as pdf.js does: with the empty user password (how permission-restricted PDFs — common among
 * published budgets — open without asking) or the caller's. RC4 (revisions 2–4), AES-128 (V4, AESV2)
 * and AES-256 (revisions 5 and 6, AESV3). Without it the pre-scan would be blind to every encrypted
 * file pdf.js opens. Keys are derived with MD5 (md5.ts) and SHA-2, AES runs through Web Crypto
 * (Node 20 and every browser have it).
 */
import { concat } from './bytes.js';
import { md5 } from './md5.js';
import { type ObjectTable, resolve } from './objects.js';
import { isDict, isStr, nameOf, type PdfDict, type PdfValue } from './syntax.js';

/** Decrypts one object's stream data; undefined when it cannot (then the stream is not counted). */
export type StreamDecryptor = (num: number, gen: number, data: Uint8Array) => Promise<Uint8Array | undefined>;

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

type Method = 'none' | 'rc4' | 'aes128' | 'aes256';

const subtle = () => globalThis.crypto?.subtle;

/**
 * The file's stream decryptor for `password` (default: the empty one), or undefined when the file
 * uses another handler, a method this does not know, or a password it does not know: the pre-scan
 * then leaves the file's streams to the bounds applied while pdf.js reads.
 */
export async function streamDecryptor(table: ObjectTable, password = ''): Promise<StreamDecryptor | undefined> {
  const encrypt = resolve(table, table.trailer?.get('Encrypt'));
  if (!isDict(encrypt) || nameOf(encrypt.get('Filter')) !== 'Standard') return undefined;
  const v = numberOf(encrypt.get('V'));
  const r = numberOf(encrypt.get('R'));
  const method = methodOf(encrypt, v);
  if (method === 'none') return async (_num, _gen, data) => data;
  // AES needs Web Crypto (a page opened outside a secure context has none): RC4 does not.
  if (!method || (method !== 'rc4' && !subtle())) return undefined;
  try {
    let decrypt: StreamDecryptor;
    if (r === 5 || r === 6) {
      const key = await aes256Key(encrypt, r, password);
      if (!key) return undefined;
      decrypt = async (_n, _g, data) => aesDecrypt(key, data);
    } else {
      const key = rc4Key(table, encrypt, r, password);
      if (!key) return undefined;
      decrypt = async (num, gen, data) => {
        const objectKey = md5(
          key,
          Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]),
          method === 'aes128' ? Uint8Array.from([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array(0),
        ).subarray(0, Math.min(key.length + 5, 16));
        return method === 'aes128' ? aesDecrypt(objectKey, data) : rc4(objectKey, data);
      };
    }
    // A key Web Crypto refuses (a declared length no AES has) leaves that stream uncounted.
    return (num, gen, data) => decrypt(num, gen, data).catch(() => undefined);
  } catch {
    return undefined;
  }
}

/** How streams are encrypted: V1–V3 RC4; V4/V5 by the crypt filter /StmF names. */
function methodOf(encrypt: PdfDict, v: number): Method | undefined {
  if (v < 4) return 'rc4';
  const stmF = nameOf(encrypt.get('StmF')) ?? 'Identity';
  if (stmF === 'Identity') return 'none';
  const cf = encrypt.get('CF');
  const filter = isDict(cf) ? cf.get(stmF) : undefined;
  const cfm = isDict(filter) ? nameOf(filter.get('CFM')) : undefined;
  if (cfm === 'V2') return 'rc4';
  if (cfm === 'AESV2') return 'aes128';
  if (cfm === 'AESV3') return 'aes256';
  if (cfm === 'None') return 'none';
  return undefined;
}

/** Algorithm 2 (key) and 6 (the user password checked against /U), revisions 2–4. */
function rc4Key(table: ObjectTable, encrypt: PdfDict, r: number, password: string): Uint8Array | undefined {
  const o = bytesOf(encrypt.get('O'));
  const u = bytesOf(encrypt.get('U'));
  if (!o || !u) return undefined;
  const length = r === 2 ? 5 : (numberOf(encrypt.get('Length')) || 40) / 8;
  const ids = resolve(table, table.trailer?.get('ID'));
  const id = Array.isArray(ids) ? (bytesOf(ids[0]) ?? new Uint8Array(0)) : new Uint8Array(0);
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, numberOf(encrypt.get('P')) | 0, true);
  const metadata = encrypt.get('EncryptMetadata') !== false;
  let hash = md5(
    padded(password),
    o.subarray(0, 32),
    p,
    id,
    r >= 4 && !metadata ? Uint8Array.from([255, 255, 255, 255]) : new Uint8Array(0),
  );
  if (r >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, length));
  const key = hash.slice(0, length);
  // The key is right when it makes the user password's check value (Algorithms 4 and 5).
  if (r === 2) return equal(rc4(key, PAD), u.subarray(0, 32)) ? key : undefined;
  let check = rc4(key, md5(PAD, id));
  for (let i = 1; i <= 19; i++)
    check = rc4(
      key.map((b) => b ^ i),
      check,
    );
  return equal(check, u.subarray(0, 16)) ? key : undefined;
}

/** Algorithm 2.A: the file key of revisions 5 and 6, from /U and /UE (user password only). */
async function aes256Key(encrypt: PdfDict, r: number, password: string): Promise<Uint8Array | undefined> {
  const u = bytesOf(encrypt.get('U'));
  const ue = bytesOf(encrypt.get('UE'));
  if (!u || !ue || u.length < 48 || ue.length < 32) return undefined;
  const pw = new TextEncoder().encode(password).subarray(0, 127);
  const hash = r === 5 ? sha256Hash : hash2B;
  if (!equal(await hash(pw, u.subarray(32, 40)), u.subarray(0, 32))) return undefined;
  const intermediate = await hash(pw, u.subarray(40, 48));
  return aesCbcRaw(intermediate, new Uint8Array(16), ue.subarray(0, 32), 'decrypt');
}

async function sha256Hash(pw: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await (subtle() as SubtleCrypto).digest('SHA-256', concat([pw, salt]) as BufferSource));
}

/** Algorithm 2.B (revision 6), with an empty user key (the user password's hash). */
async function hash2B(pw: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  const crypto = subtle() as SubtleCrypto;
  let k = new Uint8Array(await crypto.digest('SHA-256', concat([pw, salt]) as BufferSource));
  for (let round = 0; ; round++) {
    const one = concat([pw, k]);
    const k1 = new Uint8Array(one.length * 64);
    for (let i = 0; i < 64; i++) k1.set(one, i * one.length);
    const e = await aesCbcRaw(k.subarray(0, 16), k.subarray(16, 32), k1, 'encrypt');
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i] as number;
    const algorithm = ['SHA-256', 'SHA-384', 'SHA-512'][sum % 3] as string;
    k = new Uint8Array(await crypto.digest(algorithm, e as BufferSource));
    if (round >= 63 && (e[e.length - 1] as number) <= round - 31) break;
  }
  return k.subarray(0, 32);
}

/**
 * An encrypted stream: the first 16 bytes are the IV, the rest AES-CBC. Decrypted as pdf.js does,
 * leniently: a trailing partial block is dropped, and the padding taken off only where it is valid —
 * a file whose padding Web Crypto would reject is still read by pdf.js, so the scan must see it too.
 */
async function aesDecrypt(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const body = data.subarray(16, 16 + Math.floor(Math.max(0, data.length - 16) / 16) * 16);
  if (body.length === 0) return new Uint8Array(0);
  const plain = await aesCbcRaw(key, data.subarray(0, 16), body, 'decrypt');
  const pad = plain[plain.length - 1] as number;
  if (pad < 1 || pad > 16) return plain;
  for (let i = plain.length - pad; i < plain.length; i++) if (plain[i] !== pad) return plain;
  return plain.subarray(0, plain.length - pad);
}

/**
 * AES-CBC without padding (Web Crypto always pads): encrypting drops the padding block it adds;
 * decrypting first appends the encryption of a full padding block, so that the check passes.
 */
async function aesCbcRaw(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  direction: 'encrypt' | 'decrypt',
): Promise<Uint8Array> {
  const crypto = subtle() as SubtleCrypto;
  const k = await crypto.importKey('raw', key as BufferSource, 'AES-CBC', false, ['encrypt', 'decrypt']);
  if (direction === 'encrypt') {
    const out = new Uint8Array(
      await crypto.encrypt({ name: 'AES-CBC', iv: iv as BufferSource }, k, data as BufferSource),
    );
    return out.subarray(0, data.length);
  }
  const last = data.subarray(data.length - 16);
  const padding = new Uint8Array(16).fill(16);
  const extra = new Uint8Array(
    await crypto.encrypt({ name: 'AES-CBC', iv: last as BufferSource }, k, padding),
  ).subarray(0, 16);
  const plain = await crypto.decrypt(
    { name: 'AES-CBC', iv: iv as BufferSource },
    k,
    concat([data, extra]) as BufferSource,
  );
  return new Uint8Array(plain);
}

/** RC4, the cipher of revisions 2–4. */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    const t = s[i] as number;
    s[i] = s[j] as number;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    const t = s[i] as number;
    s[i] = s[j] as number;
    s[j] = t;
    out[k] = (data[k] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

function padded(password: string): Uint8Array {
  const pw = Uint8Array.from([...password].map((c) => c.charCodeAt(0) & 0xff)).subarray(0, 32);
  return concat([pw, PAD.subarray(0, 32 - pw.length)]);
}

function bytesOf(v: PdfValue | undefined): Uint8Array | undefined {
  return isStr(v) ? v.bytes : undefined;
}

function numberOf(v: PdfValue | undefined): number {
  return typeof v === 'number' ? v : 0;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
