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
 * The exact value behind the last hash that `foldHash64` / `foldHashBig`
 * could not return exactly. builtin hash() clears `folded`, asks for the
 * hash, and shows `exact` when the hash it got is `folded`: so hash(x)
 * prints CPython's 64-bit number even where the slot's JS number holds
 * only its low bits.
 */
export const lastInexactHash = { folded: NaN, exact: 0n };

/**
 * A 64-bit two's-complement hash as a JS number: exact when the value is
 * a double (always below 2**53, and e.g. hash(0.5) == 2**60); otherwise
 * its low 53 bits, sign-extended (so the slot-choosing low bits stay
 * exact). Equal 64-bit values always give the same number.
 */
export function foldHash64(hi: number, lo: number): number {
  const shi = hi | 0;
  if (shi >= -0x200000 && shi < 0x200000) {
    const v = shi * 4294967296 + lo;
    return v === -1 ? -2 : v;
  }
  // Beyond 2**53 a double has at least one trailing zero bit (negation
  // keeps the count of trailing zeros), so odd values are never exact.
  if ((lo & 1) === 0) {
    const b = BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
    const n = Number(b);
    if (BigInt(n) === b) return n;
  }
  let v = (hi & 0x1fffff) * 4294967296 + lo;
  if (v >= 2 ** 52) v -= 2 ** 53;
  if (v === -1) v = -2;
  lastInexactHash.folded = v;
  lastInexactHash.exact = BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  return v;
}

/** The same folding for a hash computed as a bigint (|h| < 2**63). */
export function foldHashBig(h: bigint): number {
  if (h === -1n) return -2;
  const n = Number(h);
  if (n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER) return n;
  if (BigInt(n) === h) return n;
  let v = Number(BigInt.asIntN(53, h));
  if (v === -1) v = -2;
  lastInexactHash.folded = v;
  lastInexactHash.exact = h;
  return v;
}

/** CPython 3.11's tuplehash over the items' hashes. */
export function hash64Mix(lanes: readonly number[]): number {
  let ahi = P5_HI;
  let alo = P5_LO;
  for (let i = 0; i < lanes.length; i++) {
    const h = lanes[i];
    mul64(hiOf(h), loOf(h), P2_HI, P2_LO);
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
  const xlo = (lanes.length ^ (P5_LO ^ 3527539)) >>> 0;
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
export function frozensetHash(hashes: readonly number[], used: number, fill: number, mask: number): number {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
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
