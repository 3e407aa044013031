// Stable identifiers for exported sessions, rooms and persons. Calendar apps, video pipelines and schedule readers
// (c3voc, Giggity, EventFahrplan) key their data on these guids, so they must not change between releases: an imported
// record keeps the UUID it came with, anything else gets a name-based UUIDv5 (RFC 9562 §5.5) derived from the conference
// id and the record's own code, which no release changes. Pure TypeScript (SHA-1 included) so it runs anywhere.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Podium's namespace for conference-scoped names (itself a UUIDv5 of the URL namespace and "https://podium.dev/"). */
export const PODIUM_GUID_NAMESPACE = '897c2643-51d4-59f2-a03b-a249f01c199b';

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** A UUIDv5 of `name` in `namespace` (a UUID string), lower case. */
export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new RangeError(`Not a UUID namespace: "${namespace}"`);
  const ns = namespace.replace(/-/g, '');
  const nsBytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) nsBytes[i] = parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(nsBytes, 0);
  input.set(nameBytes, 16);
  const hash = sha1(input);
  const b = hash.slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type GuidKind = 'session' | 'room' | 'person' | 'conference';

/**
 * The exported guid of a record: its imported UUID when it has one (kept lower case), else a UUIDv5 of
 * "<kind>:<conferenceId>:<key>" where key is the session code, room id or speaker code.
 */
export function stableGuid(kind: GuidKind, conferenceId: string, key: string, importedId?: string | null): string {
  if (isUuid(importedId)) return importedId.toLowerCase();
  return uuidV5(PODIUM_GUID_NAMESPACE, `${kind}:${conferenceId}:${key}`);
}

/** SHA-1 (FIPS 180-4) of a byte string; only used for UUIDv5, where it is what the standard prescribes. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => ov.setUint32(i * 4, h));
  return out;
}
