/**
 * 64-bit hash arithmetic without bigints, for the hashes CPython computes
 * in `Py_uhash_t` (tuplehash's xxHash-style mixing).
 *
 * A 64-bit value is a pair of uint32 halves. Hash slots return JS
 * numbers, so a 64-bit result is folded by `foldHash64`: values that fit
 * in 53 bits are returned exactly; larger ones keep their low 53 bits
 * (sign-extended), so the low bits that choose a dict/set slot — and thus
 * set iteration order — stay exactly CPython's.
 */

let rhi = 0;
let rlo = 0;

function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a0 = alo & 0xffff;
  const a1 = alo >>> 16;
  const b0 = blo & 0xffff;
  const b1 = blo >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const lowFull = a0 * b0 + (mid % 65536) * 65536;
  const lo = lowFull >>> 0;
  const carry = Math.floor(lowFull / 4294967296);
  const hiPart = a1 * b1 + Math.floor(mid / 65536) + carry;
  rhi = (hiPart + Math.imul(ahi, blo) + Math.imul(alo, bhi)) >>> 0;
  rlo = lo;
}

function add64(ahi: number, alo: number, bhi: number, blo: number): void {
  const lo = alo + blo;
  const carry = lo >= 4294967296 ? 1 : 0;
  rlo = lo >>> 0;
  rhi = (ahi + bhi + carry) >>> 0;
}

const P1_HI = 0x9e3779b1,
  P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d,
  P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f,
  P5_LO = 0x165667c5;

/** High and low uint32 halves of an integral number's 64-bit two's complement. */
export function hiOf(h: number): number {
  return Math.floor(h / 4294967296) >>> 0;
}
export function loOf(h: number): number {
  return h >>> 0;
}

/**
 * The exact 64-bit value behind the last hash that `foldHash64` /
 * `foldHashBig` returned (`folded`, the JS number, and its halves `hi`,
 * `lo`), and behind a cached hash as its object hands it out again
 * (`recallHash`). A caller that needs a hash's every bit (hash(),
 * `__hash__()`, tuple and frozenset hashes over their items') reads it
 * right after the hash call: `hashHi(h)`; the low half is always `h >>> 0`.
 */
export const hashReg = { folded: NaN, hi: 0, lo: 0 };

/** The high half of hash `h`, just returned by a hash call. */
export function hashHi(h: number): number {
  return h === hashReg.folded ? hashReg.hi : hiOf(h);
}

/** A cached hash handed out again: `h` with the high half kept beside it. */
export function recallHash(h: number, hi: number): number {
  hashReg.folded = h;
  hashReg.hi = hi;
  hashReg.lo = h >>> 0;
  return h;
}

/** A hash as Python code sees it (hash(), `__hash__()`): exact. */
export function exactHash(h: number): number | bigint {
  if (Number.isSafeInteger(h) && h !== hashReg.folded) return h;
  const b = BigInt.asIntN(64, (BigInt(hashHi(h) >>> 0) << 32n) | BigInt(h >>> 0));
  const n = Number(b);
  return BigInt(n) === b ? n : b;
}

/**
 * A 64-bit two's-complement hash as a JS number: exact when the value is
 * a double (always below 2**53, and e.g. hash(0.5) == 2**60); otherwise
 * its low 53 bits, sign-extended (so the slot-choosing low bits stay
 * exact). Equal 64-bit values always give the same number.
 */
export function foldHash64(hi: number, lo: number): number {
  hi >>>= 0;
  lo >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) lo = 0xfffffffe; // -1 → -2
  const shi = hi | 0;
  let v: number;
  if (shi >= -0x200000 && shi < 0x200000) {
    v = shi * 4294967296 + lo;
  } else {
    v = (hi & 0x1fffff) * 4294967296 + lo;
    if (v >= 2 ** 52) v -= 2 ** 53;
  }
  hashReg.folded = v;
  hashReg.hi = hi;
  hashReg.lo = lo;
  return v;
}

/** The same folding for a hash computed as a bigint (|h| < 2**63). */
export function foldHashBig(h: bigint): number {
  if (h === -1n) h = -2n;
  const n = Number(h);
  if (Number.isSafeInteger(n)) return n;
  const u = BigInt.asUintN(64, h);
  return foldHash64(Number(u >> 32n), Number(u & 0xffffffffn));
}

/** CPython 3.11's tuplehash over the items' hashes (high and low halves). */
export function hash64Mix(his: readonly number[], los: readonly number[]): number {
  const n = his.length;
  let ahi = P5_HI;
  let alo = P5_LO;
  for (let i = 0; i < n; i++) {
    mul64(his[i]!, los[i]!, P2_HI, P2_LO);
    add64(ahi, alo, rhi, rlo);
    // rotate left 31
    const hi = rhi;
    const lo = rlo;
    const nlo = (((lo & 1) << 31) | (hi >>> 1)) >>> 0;
    const nhi = (((hi & 1) << 31) | (lo >>> 1)) >>> 0;
    mul64(nhi, nlo, P1_HI, P1_LO);
    ahi = rhi;
    alo = rlo;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  const xlo = (n ^ (P5_LO ^ 3527539)) >>> 0;
  add64(ahi, alo, P5_HI, xlo);
  if (rhi === 0xffffffff && rlo === 0xffffffff) return 1546275796;
  return foldHash64(rhi, rlo);
}

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64;
}

/** CPython's frozenset_hash over the table (entry hashes in slot order,
 *  0 for empty slots, -1 for dummies), with fill and used counts. */
export function frozensetHash(
  hashes: readonly number[],
  his: readonly number[],
  used: number,
  fill: number,
  mask: number,
): number {
  let hash = 0n;
  for (let i = 0; i < hashes.length; i++) {
    hash ^= shuffleBits((BigInt(his[i]! >>> 0) << 32n) | BigInt(hashes[i]! >>> 0));
  }
  if (((mask + 1 - fill) & 1) !== 0) hash ^= shuffleBits(0n);
  if (((fill - used) & 1) !== 0) hash ^= shuffleBits(M64);
  hash ^= ((BigInt(used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const hi = Number(hash >> 32n);
  const lo = Number(hash & 0xffffffffn);
  return foldHash64(hi, lo);
}

// ---------------------------------------------------------------- _Py_HashBytes

/**
 * CPython 3.11's hash of str and bytes data (Python/pyhash.c): SipHash-1-3
 * over the bytes, keyed with the hash secret, which PYTHONHASHSEED=0 sets
 * to zeros (refpy's runs always hash so: DIFFERENCES.md, sys.flags). The
 * state is four 64-bit words kept as uint32 halves (SIP[0] v0's high
 * half, SIP[1] its low half, then v1, v2, v3).
 */
const SIP = new Uint32Array(8);

function sipAdd(a: number, b: number): void {
  const lo = SIP[a + 1]! + SIP[b + 1]!;
  SIP[a + 1] = lo;
  SIP[a] = SIP[a]! + SIP[b]! + (lo > 0xffffffff ? 1 : 0);
}

/** Rotate word `a` left by `s` bits (0 < s < 64). */
function sipRotl(a: number, s: number): void {
  let hi = SIP[a]!;
  let lo = SIP[a + 1]!;
  if (s >= 32) {
    const t = hi;
    hi = lo;
    lo = t;
    s -= 32;
  }
  if (s > 0) {
    const nhi = (hi << s) | (lo >>> (32 - s));
    lo = (lo << s) | (hi >>> (32 - s));
    hi = nhi;
  }
  SIP[a] = hi;
  SIP[a + 1] = lo;
}

function sipXor(a: number, b: number): void {
  SIP[a] ^= SIP[b]!;
  SIP[a + 1] ^= SIP[b + 1]!;
}

/** HALF_ROUND(a, b, c, d, s, t) on word indexes (0, 2, 4, 6). */
function sipHalfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  sipAdd(a, b);
  sipAdd(c, d);
  sipRotl(b, s);
  sipXor(b, a);
  sipRotl(d, t);
  sipXor(d, c);
  sipRotl(a, 32);
}

function sipRound(): void {
  sipHalfRound(0, 2, 4, 6, 13, 16);
  sipHalfRound(4, 2, 0, 6, 17, 21);
}

/** Little-endian 32-bit word of `data` at `i` (bytes past `end` are 0). */
function le32(data: Uint8Array, i: number, end: number): number {
  let w = 0;
  for (let k = 3; k >= 0; k--) w = (w << 8) | (i + k < end ? data[i + k]! : 0);
  return w >>> 0;
}

/** _Py_HashBytes: the hash of the first `len` bytes of `data` (0 for
 *  none; -1 becomes -2). */
export function _Py_HashBytes(data: Uint8Array, len: number): number {
  if (len === 0) return foldHash64(0, 0);
  // k0 = k1 = 0: the initial words are the constants alone.
  SIP[0] = 0x736f6d65;
  SIP[1] = 0x70736575;
  SIP[2] = 0x646f7261;
  SIP[3] = 0x6e646f6d;
  SIP[4] = 0x6c796765;
  SIP[5] = 0x6e657261;
  SIP[6] = 0x74656462;
  SIP[7] = 0x79746573;
  let i = 0;
  for (; len - i >= 8; i += 8) {
    const lo = le32(data, i, len);
    const hi = le32(data, i + 4, len);
    SIP[6] ^= hi;
    SIP[7] ^= lo;
    sipRound();
    SIP[0] ^= hi;
    SIP[1] ^= lo;
  }
  // The last 0-7 bytes, with the length's low byte on top.
  const lo = le32(data, i, len);
  const hi = (le32(data, i + 4, len) | ((len & 0xff) << 24)) >>> 0;
  SIP[6] ^= hi;
  SIP[7] ^= lo;
  sipRound();
  SIP[0] ^= hi;
  SIP[1] ^= lo;
  SIP[5] ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  return foldHash64((SIP[0]! ^ SIP[2]! ^ SIP[4]! ^ SIP[6]!) >>> 0, (SIP[1]! ^ SIP[3]! ^ SIP[5]! ^ SIP[7]!) >>> 0);
}

/** Scratch space for a str's data in CPython's representation. */
let strData = new Uint8Array(256);

/**
 * The hash of a str as CPython's unicode_hash computes it: _Py_HashBytes
 * over PyUnicode_DATA, whose kind is the narrowest holding every code
 * point (1, 2 or 4 bytes each, little-endian).
 */
export function _Py_HashString(s: string): number {
  const n = s.length;
  if (n === 0) return foldHash64(0, 0);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  // A surrogate pair is one code point past U+FFFF (kind 4); a lone
  // surrogate is a code point of kind 2.
  let astral = false;
  if (max >= 0xd800) {
    for (let i = 0; i + 1 < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          astral = true;
          break;
        }
      }
    }
  }
  const kind = astral ? 4 : max < 0x100 ? 1 : 2;
  if (strData.length < n * kind) strData = new Uint8Array(Math.max(n * kind, strData.length * 2));
  const d = strData;
  let len = 0;
  if (kind === 1) {
    for (let i = 0; i < n; i++) d[len++] = s.charCodeAt(i);
  } else if (kind === 2) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      d[len++] = c & 0xff;
      d[len++] = c >>> 8;
    }
  } else {
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      d[len++] = c & 0xff;
      d[len++] = (c >>> 8) & 0xff;
      d[len++] = c >>> 16;
      d[len++] = 0;
    }
  }
  return _Py_HashBytes(d, len);
}
