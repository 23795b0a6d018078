/**
 * Types for the parts of pako 2.1.0 (npm `pako`, MIT and zlib licences,
 * a line-by-line port of zlib 1.2.x's deflate and inflate) that the
 * `zlib` module calls: the z_stream, deflate, inflate and the checksums,
 * under zlib's own names. pako ships no declarations for lib/zlib/.
 */
declare module "pako/lib/zlib/zstream.js" {
  /** zlib's z_stream; `input`/`output` stand for the buffers next_in and
   *  next_out point into, which become indices. `state` is the deflate or
   *  inflate state, opaque here but for deflateCopy/inflateCopy. */
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    total_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    total_out: number;
    msg: string;
    state: Record<string, unknown> | null;
    data_type: number;
    adler: number;
  }
  export default ZStream;
}

declare module "pako/lib/zlib/deflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  export function deflateInit2(
    strm: ZStream,
    level: number,
    method: number,
    windowBits: number,
    memLevel: number,
    strategy: number,
  ): number;
  export function deflate(strm: ZStream, flush: number): number;
  export function deflateEnd(strm: ZStream): number;
  export function deflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
}

declare module "pako/lib/zlib/inflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  export function inflateInit2(strm: ZStream, windowBits: number): number;
  export function inflate(strm: ZStream, flush: number): number;
  export function inflateEnd(strm: ZStream): number;
  export function inflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
}

declare module "pako/lib/zlib/crc32.js" {
  /** crc32(crc, buf, len, pos): a signed 32-bit result. */
  export default function crc32(crc: number, buf: Uint8Array, len: number, pos: number): number;
}

declare module "pako/lib/zlib/adler32.js" {
  /** adler32(adler, buf, len, pos): a signed 32-bit result. */
  export default function adler32(adler: number, buf: Uint8Array, len: number, pos: number): number;
}
