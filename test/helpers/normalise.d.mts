/** Types of normalise.mjs (see there). */
export interface NormaliseOptions {
  /** `N.N ms` → `_ ms`, `N.N%` → `_%`. */
  times?: boolean;
  /** Addresses → `0x@1`, `0x@2`, … by first appearance, instead of `0xADDR`. */
  labelAddresses?: boolean;
}
export function normalise(text: string, options?: NormaliseOptions): string;
