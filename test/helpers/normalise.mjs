/**
 * The one normalisation of program output the suites apply before
 * comparing it with an expected file. A plain ES module (types in
 * normalise.d.mts) so the snapshot scripts, which run under node without
 * a TypeScript loader, share it with the suites.
 *
 * Without options it applies the rules the CPython goldens were made with
 * (test/goldens/make_goldens.py applies the same ones to CPython's output):
 * every `0x` followed by lowercase hex digits becomes `0xADDR`, and the
 * time on unittest's summary line (a whole line `Ran N tests in 0.123s`)
 * becomes `X.XXX` (`Ran N tests in X.XXXs`). File paths
 * need no rule here: the suites run a program under its bare file name, as
 * the goldens' CPython runs do.
 *
 * The trace snapshots ask for more (`{ times: true, labelAddresses: true }`):
 * times become `_ ms` and `_%`, and addresses `0x@1`, `0x@2`, … in order of
 * first appearance, so a reused address still reads as the same label.
 */

/** unittest's TextTestRunner summary line (runner.py: "Ran %d test%s in %.3fs"). */
const UNITTEST_RAN = /^(Ran \d+ tests? in )\d+\.\d{3}s$/gm;

/**
 * @param {string} text
 * @param {{ times?: boolean, labelAddresses?: boolean }} [options]
 * @returns {string}
 */
export function normalise(text, options = {}) {
  let out = text.replace(UNITTEST_RAN, "$1X.XXXs");
  if (options.times === true) out = out.replace(/\d+\.\d+ ms/g, "_ ms").replace(/\d+\.\d+%/g, "_%");
  if (options.labelAddresses !== true) return out.replace(/0x[0-9a-f]+/g, "0xADDR");
  const labels = new Map();
  return out.replace(/0x[0-9a-f]+/g, (address) => {
    let label = labels.get(address);
    if (label === undefined) {
      label = `0x@${labels.size + 1}`;
      labels.set(address, label);
    }
    return label;
  });
}
