/**
 * The allocator model: where `id()` addresses come from, and how many bytes
 * the program has live.
 *
 * It models CPython's pymalloc closely enough that address reuse behaves as
 * in CPython: a request of at most 512 bytes is rounded up to a multiple of
 * 16 (a size class); each class hands out blocks from its own 16 KiB pools,
 * and a freed block goes on its class's free list, LIFO, so the next
 * allocation of that size class gets the address just freed (`id(a) ==
 * id(b)` after `a` died). Larger requests come from a separate "malloc"
 * region, rounded to 16 bytes, with a free list per exact size.
 *
 * Addresses are plain numbers below 2**53, 16-byte aligned, in the
 * 0x7f… range CPython's heap usually has on 64-bit Linux.
 *
 * A request names the whole block and `pre`, how far into the block the
 * address handed back lies: 0 for most, GC_HEADER_SIZE (16) for an object
 * with the GC header, whose block is PyGC_Head followed by the object and
 * whose `id()` is the address after the header (CPython 3.11's
 * _PyObject_GC_New / gc_alloc). The size class comes from the whole block,
 * so a list (16 + 40 bytes) is in the 64-byte class and a float (24) in the
 * 32-byte one, and a block freed by one kind of object is reused by the
 * other exactly when pymalloc would. Free lists keep the addresses as they
 * were handed out, with their `pre` alongside, so a block reused with the
 * same `pre` (the common case) is handed out without arithmetic.
 *
 * The same byte accounting drives the heap limit: a request that would take
 * the live total over the limit calls the registered `onExhausted` hook
 * (the runtime makes it raise MemoryError) before anything is handed out.
 * Raising needs memory too (the exception object, the traceback entries
 * made while it unwinds, what the handler does), so once a MemoryError has
 * been raised a reserve of RESERVE_BYTES above the limit stays open until
 * the live total falls back under the limit, and the exception being built
 * is never refused. CPython gets the same effect from its preallocated
 * MemoryError instances and from the memory the failed request did not
 * take.
 */

const SMALL_REQUEST_THRESHOLD = 512;
const ALIGNMENT = 16;
const POOL_SIZE = 16 * 1024;
const SMALL_BASE = 0x7f3a_0000_0000;
const LARGE_BASE = 0x7f1c_0000_0000;

const STATIC_BASE = 0x55d0_0000_0000;
const NCLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT + 1;

/** Free blocks per small size class (index = size / 16), LIFO.
 *
 * Addresses are above 2**31, so V8 keeps each as a heap-allocated number.
 * The free lists are made generic ("PACKED_ELEMENTS") arrays so that they
 * hold those number objects themselves: a block handed out again is the
 * same number object, stored into the new object's `ob_addr` without
 * allocating (see PyObject's constructor), instead of a fresh box per
 * allocation as an unboxed-double array would need. */
const smallFree: number[][] = [];
/** The `pre` each entry of smallFree was handed out with (parallel). */
const smallFreePre: number[][] = [];
function genericNumberArray(): number[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as number[];
}
/** Next unused address and end of the current pool, per size class. */
const poolNext: number[] = [];
const poolEnd: number[] = [];
for (let i = 0; i < NCLASSES; i++) {
  smallFree.push(genericNumberArray());
  smallFreePre.push([]);
  poolNext.push(0);
  poolEnd.push(0);
}
let nextPool = SMALL_BASE;
let staticNext = STATIC_BASE;
/** Free blocks of the large region, per rounded size, LIFO (block
 *  addresses, without `pre`). */
const largeFree = new Map<number, number[]>();
let largeNext = LARGE_BASE;

/** The heap limit a run has unless it asks for another: 1 GiB. */
export const DEFAULT_HEAP_LIMIT = 1024 * 1024 * 1024;

export const heapStats = {
  liveBytes: 0,
  peakBytes: 0,
  liveBlocks: 0,
  peakBlocks: 0,
  /** Live blocks of the small size classes: what CPython's pymalloc
   *  counts (sys.getallocatedblocks). */
  smallBlocks: 0,
  totalAllocs: 0,
  /** The heap limit in bytes (`-X heap-limit`); default 1 GiB, which
   *  every run starts from (resetAllocator). */
  limit: DEFAULT_HEAP_LIMIT,
};

/** The live total the host's memory allows: the live total when the host
 *  check last found the host short of memory, else Infinity. Requests are
 *  refused above the lower of this and `heapStats.limit`. */
let hostCeiling = Infinity;
/** The lower of `heapStats.limit` and `hostCeiling`, as of the last
 *  allocation that went past it (see ceiling()). */
function ceiling(): number {
  return heapStats.limit < hostCeiling ? heapStats.limit : hostCeiling;
}

/** Bytes of requests between two host checks: little next to what the
 *  host check keeps free (a MiB of model bytes is a few MiB of the
 *  engine's), and enough that the check costs nothing measurable. */
const HOST_CHECK_BYTES = 1024 * 1024;
/** A single request at least this large asks the host check first. */
const HOST_CHECK_LARGE = 4 * 1024 * 1024;
/** Bytes of requests left before the next host check. */
let hostCountdown = HOST_CHECK_BYTES;
/** Is there room on the host for `nbytes` more model bytes (0: for the
 *  program to go on)? Installed by the runtime's embedder; null: no check. */
let hostCheck: ((nbytes: number) => boolean) | null = null;

/** Install (or remove, with null) the check of the host's memory (see the
 *  header). */
export function setHostMemoryCheck(check: ((nbytes: number) => boolean) | null): void {
  hostCheck = check;
  hostCountdown = HOST_CHECK_BYTES;
}

/** Headroom above the limit after a MemoryError (see the header). */
const RESERVE_BYTES = 1024 * 1024;
/** The reserve is open: a MemoryError was raised and the live total has
 *  not yet fallen back under the limit. */
let reserveOpen = false;
/** onExhausted is running (building the MemoryError). */
let raising = false;

let onExhausted: (nbytes: number) => never = (nbytes) => {
  throw new Error(`heap limit exceeded allocating ${nbytes} bytes`);
};

/** The runtime registers how to raise MemoryError. */
export function setExhaustedHook(hook: (nbytes: number) => never): void {
  onExhausted = hook;
}

export function roundSize(nbytes: number): number {
  return nbytes <= ALIGNMENT ? ALIGNMENT : (nbytes + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
}

/**
 * The most items a list or tuple may hold. Their items live in one
 * JavaScript array, and V8 aborts the process when an array's backing
 * store would pass FixedArray::kMaxLength (about 2**27 elements on 64-bit),
 * whatever the heap limit says; so a request beyond this raises
 * MemoryError, as running out of memory would in CPython.
 */
export const MAX_ARRAY_ITEMS = 1 << 26;

/** Item arrays of more items than this ask the host check first. */
const HOST_CHECK_ITEMS = 1 << 17;

/** MemoryError unless an item array of `n` fits (see MAX_ARRAY_ITEMS),
 *  and, for a large one, the host has room for it: the engine grows a
 *  full array to about 1.5 times its items, and the old copy lives until
 *  the new one is filled, so growing one of n items takes 12n bytes at
 *  once, which the model (CPython growing its item array by an eighth)
 *  does not count. */
export function itemsCheck(n: number): void {
  if (n <= HOST_CHECK_ITEMS || raising) return;
  if (n > MAX_ARRAY_ITEMS) {
    raising = true;
    try {
      onExhausted(8 * n);
    } finally {
      raising = false;
    }
  }
  if (hostCheck !== null && !hostCheck(12 * n)) hostRefused(8 * n);
}

/** Would `nbytes` more fit under the heap limit? Checked before large
 *  allocations (e.g. `[0] * n`) so no JavaScript memory is touched first. */
export function heapCheck(nbytes: number): void {
  const live = heapStats.liveBytes + nbytes;
  if (live > heapStats.limit || live > hostCeiling) overLimit(nbytes, live);
  else if (nbytes >= HOST_CHECK_LARGE && hostCheck !== null && !raising && !hostCheck(nbytes)) hostRefused(nbytes);
}

/** The host check found no room for a request of `nbytes`: the ceiling
 *  comes down to what is live (unless a MemoryError is unwinding under it
 *  already), and the request is refused as one over the limit. */
function hostRefused(nbytes: number): void {
  if (hostCeiling === Infinity || !reserveOpen) hostCeiling = heapStats.liveBytes;
  const live = heapStats.liveBytes + nbytes;
  if (live > hostCeiling) overLimit(nbytes, live);
}

/** HOST_CHECK_BYTES of requests since the last host check: ask the host
 *  again, and lift or lower the ceiling by what it says. A request of
 *  `nbytes` is under way. */
function hostMemoryCheck(nbytes: number): void {
  hostCountdown = HOST_CHECK_BYTES;
  if (hostCheck === null || raising) return;
  if (hostCheck(nbytes)) hostCeiling = Infinity;
  else hostRefused(nbytes);
}

/** A request would take the live total to `live`, over the limit: raise
 *  MemoryError, unless the reserve covers it or the MemoryError itself is
 *  being built. Returns when the request may go ahead. */
function overLimit(nbytes: number, live: number): void {
  if (raising) return;
  if (reserveOpen && live <= ceiling() + RESERVE_BYTES) return;
  reserveOpen = true;
  raising = true;
  try {
    onExhausted(nbytes);
  } finally {
    raising = false;
  }
}

/** The bytes of CPython's PyGC_Head, before every GC object. */
export const GC_HEADER_SIZE = 16;

/** A block of `nbytes`; returns its address plus `pre` (0 or
 *  GC_HEADER_SIZE: see the header). */
export function allocBlock(nbytes: number, pre: number): number {
  const size = nbytes <= SMALL_REQUEST_THRESHOLD ? roundSize(nbytes) : roundLarge(nbytes);
  const live = heapStats.liveBytes + size;
  if (live > heapStats.limit || live > hostCeiling) overLimit(nbytes, live);
  if ((hostCountdown -= size) < 0) hostMemoryCheck(size);
  heapStats.liveBytes = live;
  if (live > heapStats.peakBytes) heapStats.peakBytes = live;
  const blocks = ++heapStats.liveBlocks;
  if (blocks > heapStats.peakBlocks) heapStats.peakBlocks = blocks;
  heapStats.totalAllocs++;
  if (size <= SMALL_REQUEST_THRESHOLD) {
    heapStats.smallBlocks++;
    return allocSmall(size, pre);
  }
  return allocLarge(size) + pre;
}

function roundLarge(nbytes: number): number {
  return Math.ceil(nbytes / ALIGNMENT) * ALIGNMENT;
}

function allocSmall(size: number, pre: number): number {
  const cls = size >> 4;
  const free = smallFree[cls];
  if (free.length > 0) {
    const addr = free.pop()!;
    const was = smallFreePre[cls].pop()!;
    return was === pre ? addr : addr - was + pre;
  }
  let next = poolNext[cls];
  if (next === 0 || next + size > poolEnd[cls]) {
    next = nextPool;
    nextPool += POOL_SIZE;
    poolEnd[cls] = next + POOL_SIZE;
  }
  poolNext[cls] = next + size;
  return next + pre;
}

function allocLarge(size: number): number {
  const free = largeFree.get(size);
  if (free !== undefined && free.length > 0) return free.pop()!;
  const addr = largeNext;
  largeNext += size;
  return addr;
}

/** Return a block; `addr` is what allocBlock returned, `nbytes` and `pre`
 *  what were passed to it. */
export function freeBlock(addr: number, nbytes: number, pre: number): void {
  const small = nbytes <= SMALL_REQUEST_THRESHOLD;
  const size = small ? roundSize(nbytes) : roundLarge(nbytes);
  heapStats.liveBytes -= size;
  heapStats.liveBlocks--;
  if (reserveOpen && heapStats.liveBytes <= ceiling()) reserveOpen = false;
  if (small) {
    heapStats.smallBlocks--;
    smallFree[size >> 4].push(addr);
    smallFreePre[size >> 4].push(pre);
  } else {
    let free = largeFree.get(size);
    if (free === undefined) largeFree.set(size, (free = genericNumberArray()));
    free.push(addr - pre);
  }
}

/**
 * A block a freelist keeps (heap/gc.ts): the object is freed as far as the
 * byte accounting goes, but its address stays out of the free lists until
 * `returnHeldBlock` (the freelist cleared) or until a new object of its
 * type takes it (`unallocBlock` then gives back the block that object had
 * been handed instead).
 */
export function freeBlockHeld(nbytes: number): void {
  const size = roundSize(nbytes);
  heapStats.liveBytes -= size;
  heapStats.liveBlocks--;
  heapStats.smallBlocks--;
  if (reserveOpen && heapStats.liveBytes <= ceiling()) reserveOpen = false;
}

/** A held block's address back in its class's free list (see freeBlockHeld). */
export function returnHeldBlock(addr: number, nbytes: number, pre: number): void {
  const cls = roundSize(nbytes) >> 4;
  smallFree[cls].push(addr);
  smallFreePre[cls].push(pre);
}

/**
 * Undo where allocBlock put a small block, leaving the byte accounting as
 * it is (the object lives on at another address): the block just carved
 * from its pool goes back to the pool, any other to the top of its free
 * list, where the last allocation took it from.
 */
export function unallocBlock(addr: number, nbytes: number, pre: number): void {
  const size = roundSize(nbytes);
  const cls = size >> 4;
  if (addr - pre + size === poolNext[cls]) {
    poolNext[cls] = addr - pre;
    return;
  }
  smallFree[cls].push(addr);
  smallFreePre[cls].push(pre);
}

/** Shutdown is starting: it must be able to tear down a program that
 *  ended at the limit (copying sys.modules, running `__del__` methods and
 *  atexit functions, reporting their errors), so the limit and the host's
 *  ceiling move up to RESERVE_BYTES above what is live now. What the
 *  program had is freed from here on. */
export function openShutdownReserve(): void {
  const top = heapStats.liveBytes + RESERVE_BYTES;
  if (heapStats.limit < top) heapStats.limit = top;
  if (hostCeiling < top) hostCeiling = top;
  reserveOpen = false;
}

/** Account for memory an object holds outside its own block (a list's item
 *  array, a dict's table), which CPython allocates separately. Positive to
 *  grow, negative to shrink. */
export function accountBytes(delta: number): void {
  if (delta > 0) {
    const live = heapStats.liveBytes + delta;
    if (live > heapStats.limit || live > hostCeiling) overLimit(delta, live);
    if ((hostCountdown -= delta) < 0) hostMemoryCheck(delta);
    heapStats.liveBytes = live;
    if (live > heapStats.peakBytes) heapStats.peakBytes = live;
  } else {
    heapStats.liveBytes += delta;
    if (reserveOpen && heapStats.liveBytes <= ceiling()) reserveOpen = false;
  }
}

/** Where the allocator stood when the first run began: the objects made
 *  once per process before it (by interpreterInit: the static types'
 *  dicts, interned names, …) stay alive across runs, so every run starts
 *  from here rather than from the empty heap, and never hands out their
 *  blocks again. */
let baseline: {
  smallFree: number[][];
  smallFreePre: number[][];
  poolNext: number[];
  poolEnd: number[];
  nextPool: number;
  largeFree: [number, number[]][];
  largeNext: number;
} | null = null;

/** The free lists and pools as they were when the first run began. */
function restoreBaseline(): void {
  if (baseline === null) {
    baseline = {
      smallFree: smallFree.map((a) => a.slice()),
      smallFreePre: smallFreePre.map((a) => a.slice()),
      poolNext: poolNext.slice(),
      poolEnd: poolEnd.slice(),
      nextPool,
      largeFree: [...largeFree].map(([k, v]) => [k, v.slice()]),
      largeNext,
    };
  }
  const b = baseline;
  for (let i = 0; i < NCLASSES; i++) {
    const free = smallFree[i];
    free.length = 0;
    for (const a of b.smallFree[i]) free.push(a);
    smallFreePre[i] = b.smallFreePre[i].slice();
    poolNext[i] = b.poolNext[i];
    poolEnd[i] = b.poolEnd[i];
  }
  nextPool = b.nextPool;
  largeFree.clear();
  for (const [k, v] of b.largeFree) {
    const free = genericNumberArray();
    for (const a of v) free.push(a);
    largeFree.set(k, free);
  }
  largeNext = b.largeNext;
}

/** The run is over: its free lists (an address for every block it
 *  freed, millions after a large program) go back to the host, so that
 *  nothing of the run stays reachable until the next one begins. The
 *  counters stay for the run's statistics. */
export function releaseAllocator(): void {
  if (baseline !== null) restoreBaseline();
}

/** Forget the run's heap: a fresh one for a new run in the same process
 *  (see `baseline`). */
export function resetAllocator(): void {
  restoreBaseline();
  heapStats.limit = DEFAULT_HEAP_LIMIT;
  heapStats.liveBytes = 0;
  heapStats.peakBytes = 0;
  heapStats.liveBlocks = 0;
  heapStats.smallBlocks = 0;
  heapStats.peakBlocks = 0;
  heapStats.totalAllocs = 0;
  reserveOpen = false;
  raising = false;
  hostCeiling = Infinity;
  hostCountdown = HOST_CHECK_BYTES;
}

/** An address in the static region, for objects CPython allocates
 *  statically (types, None, small ints): never freed, not counted live. */
export function allocStaticAddr(nbytes: number): number {
  const addr = staticNext;
  staticNext += roundLarge(nbytes);
  return addr;
}

/** Whether `addr` came from allocStaticAddr (a static object). */
export function isStaticAddress(addr: number): boolean {
  return addr >= STATIC_BASE && addr < staticNext;
}
