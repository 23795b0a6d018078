"""Writes src/unicode/unicodedata-db.ts, CPython 3.11's Unicode database.

Run with CPython 3.11.7: `python3 src/unicode/make_unicodedata_db.py`. The
tables are read from that interpreter's own `unicodedata` (Unicode 14.0.0)
and `ucd_3_2_0`, so refpy answers as the interpreter it mirrors, whatever
Unicode version the JavaScript engine's ICU carries. The output is a few
base64 strings of packed varints (ucd.ts decodes them on first use):

- RECORDS/RUNS: every code point's (category, bidirectional, combining,
  east_asian_width, mirrored, normalization quick check "yes" bits) as
  runs over 0..0x10FFFF of indices into a table of distinct records;
- NUMERIC: decimal, digit and numeric values of the code points having one;
- DECOMP: the decomposition mappings (Hangul syllables are computed);
- COMPOSITES: the primary composites, whose canonical pairs NFC composes;
- NAMES: the names, delta-coded by code point, each as the count of words
  shared with the previous name plus indices into a frequency-sorted word
  list (every NAME_BLOCK-th shares none, so a block decodes alone); runs named PREFIX-<hex code point> (Tangut, Khitan, Nushu,
  CJK compatibility ideographs) as ranges; Hangul syllables and CJK unified
  ideographs are computed, as unicodedata.c's _getucname does;
- ALIASES and NAMED_SEQUENCES: the extra names `lookup` knows. Python does
  not list them, so the candidates come from the Unicode 14.0.0 data Perl
  ships (Name.pl, NamedSequences.txt), and each is kept only if this
  interpreter's `lookup` agrees;
- OLD: ucd_3_2_0's answers where they differ from the current ones.
- CTYPE: the properties str's methods use (unicodectype.c): the flag bits
  and the full case mappings, as runs of distinct records.
"""

import base64
import pathlib
import re
import sys
import unicodedata
from fractions import Fraction

assert sys.version_info[:3] == (3, 11, 7), "run this with CPython 3.11.7"
assert unicodedata.unidata_version == "14.0.0"

OUT = pathlib.Path(__file__).resolve().parent / "unicodedata-db.ts"
PERL_UNICORE = pathlib.Path("/usr/share/perl/5.36.0/unicore")
N = 0x110000
old = unicodedata.ucd_3_2_0

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
              "Co", "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
# unicodedata.c's _PyUnicode_CategoryNames has "Cn" twice (index 0 and 17); one is enough here.
CATEGORIES = list(dict.fromkeys(CATEGORIES))
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
        "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
DECOMP_TAGS = ["", "<noBreak>", "<compat>", "<super>", "<fraction>", "<sub>", "<font>", "<circle>", "<wide>",
               "<vertical>", "<square>", "<isolated>", "<final>", "<initial>", "<medial>", "<small>", "<narrow>"]
FORMS = ["NFD", "NFKD", "NFC", "NFKC"]

CJK_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D),
              (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]
SBASE, SCOUNT = 0xAC00, 11172
# CPython's normalization_3_2_0 (NormalizationCorrections.txt): code points
# whose 3.2.0 decomposition was corrected later; checked below.
CORRECTIONS_3_2_0 = {0x2F868: 0x2136A, 0x2F874: 0x5F33, 0x2F91F: 0x43AB, 0x2F95F: 0x7AAE, 0x2F9BF: 0x4D57}


def algorithmic_name(cp):
    return SBASE <= cp < SBASE + SCOUNT or any(a <= cp <= b for a, b in CJK_RANGES)


class Bytes:
    def __init__(self):
        self.b = bytearray()

    def uint(self, v):
        assert v >= 0
        while v >= 0x80:
            self.b.append((v & 0x7F) | 0x80)
            v >>= 7
        self.b.append(v)

    def sint(self, v):
        self.uint(v * 2 if v >= 0 else -v * 2 - 1)

    def text(self, s):
        data = s.encode()
        self.uint(len(data))
        self.b += data

    def b64(self):
        return base64.b64encode(bytes(self.b)).decode()


def runs_of(values):
    """Runs (length, record index) over all code points, and the records."""
    index = {}
    out = Bytes()
    prev, start = None, 0
    for cp in range(N + 1):
        v = values(cp) if cp < N else None
        if v != prev:
            if prev is not None:
                out.uint(cp - start)
                out.uint(index.setdefault(prev, len(index)))
            prev, start = v, cp
    return out, list(index)


def qc_yes_bits(ch):
    """Bit i set when normalize(FORMS[i], ch) returns ch itself: the
    quick check said YES (unicodedata.c's is_normalized_quickcheck)."""
    if ord(ch) < 128:
        return 15
    return sum(1 << i for i, f in enumerate(FORMS) if unicodedata.normalize(f, ch) is ch)


def ucd_record(cp):
    ch = chr(cp)
    return (CATEGORIES.index(unicodedata.category(ch)), BIDI.index(unicodedata.bidirectional(ch)),
            unicodedata.combining(ch), EAW.index(unicodedata.east_asian_width(ch)), unicodedata.mirrored(ch),
            qc_yes_bits(ch))


def numeric_fraction(x):
    f = Fraction(x).limit_denominator(1000)
    assert f.numerator / f.denominator == x, x
    return f


def write_numeric():
    out = Bytes()
    last = 0
    count = 0
    for cp in range(N):
        ch = chr(cp)
        num = unicodedata.numeric(ch, None)
        if num is None:
            assert unicodedata.decimal(ch, None) is None and unicodedata.digit(ch, None) is None
            continue
        f = numeric_fraction(num)
        out.uint(cp - last)
        last = cp
        out.uint(unicodedata.decimal(ch, -1) + 1)
        out.uint(unicodedata.digit(ch, -1) + 1)
        out.sint(f.numerator)
        out.uint(f.denominator)
        count += 1
    return out, count


def write_decomp():
    out = Bytes()
    last = 0
    count = 0
    for cp in range(N):
        if SBASE <= cp < SBASE + SCOUNT:
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = DECOMP_TAGS.index(parts[0]) if parts[0].startswith("<") else 0
        cps = [int(p, 16) for p in (parts[1:] if tag else parts)]
        assert " ".join(([DECOMP_TAGS[tag]] if tag else []) + ["%04X" % c for c in cps]) == d
        out.uint(cp - last)
        last = cp
        out.uint(tag)
        out.uint(len(cps))
        prev = cp
        for c in cps:
            out.sint(c - prev)
            prev = c
        count += 1
    return out, count


def write_composites():
    """Code points that NFC builds from their two-character canonical
    decomposition (the composition exclusions and singletons left out)."""
    out = Bytes()
    last = 0
    count = 0
    for cp in range(N):
        if SBASE <= cp < SBASE + SCOUNT:
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<") or len(d.split()) != 2:
            continue
        pair = "".join(chr(int(p, 16)) for p in d.split())
        if unicodedata.normalize("NFC", pair) == chr(cp):
            out.uint(cp - last)
            last = cp
            count += 1
    return out, count


def name_entries():
    """(cp, name) of the stored names, and the PREFIX-<hex> ranges."""
    entries = []
    ranges = []
    for cp in range(N):
        if algorithmic_name(cp):
            continue
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        prefix, _, tail = name.rpartition("-")
        if prefix and tail == "%04X" % cp and " " in prefix:
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, prefix])
            continue
        entries.append((cp, name))
    return entries, ranges


NAME_BLOCK = 64


def write_names(entries):
    freq = {}
    for _, name in entries:
        for w in name.split(" "):
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(words)}
    out = Bytes()
    last = 0
    prev_words = []
    for k, (cp, name) in enumerate(entries):
        ws = name.split(" ")
        shared = 0
        # Every NAME_BLOCK-th entry stands alone, so a reader can start there.
        while k % NAME_BLOCK and shared < min(len(ws), len(prev_words)) and ws[shared] == prev_words[shared]:
            shared += 1
        out.uint(cp - last)
        last = cp
        out.uint(shared)
        out.uint(len(ws) - shared)
        for w in ws[shared:]:
            out.uint(index[w])
        prev_words = ws
    return out, words


def perl_names():
    """(code points, name) pairs of Perl's Name.pl: a line of hex code
    points, then a line with the name."""
    text = (PERL_UNICORE / "Name.pl").read_text()
    for m in re.finditer(r"^([0-9A-F]{4,6}(?: [0-9A-F]{4,6})*)\n([^\n]+)$", text, re.M):
        yield [int(p, 16) for p in m.group(1).split()], m.group(2)


def lookup_or_none(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


def write_aliases_and_sequences():
    aliases = []
    seqs = []
    seen = set()
    for cps, name in perl_names():
        if name in seen:
            continue
        s = "".join(map(chr, cps))
        if lookup_or_none(name) != s:
            continue
        if len(cps) == 1:
            if unicodedata.name(s, None) == name:
                continue
            aliases.append((cps[0], name))
        else:
            seqs.append((cps, name))
        seen.add(name)
    for line in (PERL_UNICORE / "NamedSequences.txt").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        name, cps = line.split(";")
        cps = [int(p, 16) for p in cps.split()]
        if name not in seen and lookup_or_none(name) == "".join(map(chr, cps)):
            seqs.append((cps, name))
            seen.add(name)
    # unicodedata_db.h has 470 aliases (0xf0000..0xf01d6) and 461 named
    # sequences (0xf0200..0xf03cd).
    assert len(aliases) == 470, len(aliases)
    assert len(seqs) == 461, len(seqs)
    out = Bytes()
    out.uint(len(aliases))
    for cp, name in aliases:
        out.uint(cp)
        out.text(name)
    out.uint(len(seqs))
    for cps, name in seqs:
        out.text(name)
        out.uint(len(cps))
        for c in cps:
            out.uint(c)
    return out


def old_answers(ch):
    return (old.category(ch), old.bidirectional(ch), old.combining(ch), old.east_asian_width(ch), old.mirrored(ch),
            old.decomposition(ch), old.decimal(ch, None), old.numeric(ch, None), old.name(ch, None) is not None)


def new_answers(ch):
    u = unicodedata
    return (u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
            u.decomposition(ch), u.decimal(ch, None), u.numeric(ch, None), u.name(ch, None) is not None)


def old_record(cp):
    """ucd_3_2_0's differing answers for cp: a mask of which differ, then
    those answers; None when all agree. digit() has no 3.2.0 change
    record in CPython; decomposition and name only ever disappear (the
    code point was unassigned in 3.2.0)."""
    ch = chr(cp)
    assert old.digit(ch, None) == unicodedata.digit(ch, None)
    a, b = old_answers(ch), new_answers(ch)
    if a == b:
        return None
    mask = sum(1 << i for i in range(len(a)) if a[i] != b[i])
    cat, bidi, comb, eaw, mirrored, decomp, dec, num, named = a
    values = [mask]
    if mask & 1:
        values.append(CATEGORIES.index(cat))
    if mask & 2:
        values.append(BIDI.index(bidi))
    if mask & 4:
        values.append(comb)
    if mask & 8:
        values.append(EAW.index(eaw))
    if mask & 16:
        values.append(mirrored)
    if mask & 32:
        assert decomp == "", (hex(cp), decomp)
    if mask & 64:
        values.append(dec + 1 if dec is not None else 0)
    if mask & 128:
        f = numeric_fraction(num) if num is not None else Fraction(-1)
        values += [f.denominator, f.numerator + 1]
    if mask & 256:
        assert not named
    return tuple(values)


def write_old():
    """(length, record) runs over all code points; record 0 is "no
    difference", record i the (i-1)th distinct old_record."""
    runs, records = runs_of(lambda cp: old_record(cp) or ())
    out = Bytes()
    out.uint(len(records))
    for r in records:
        out.uint(len(r))
        for v in r:
            out.uint(v)
    for k, v in CORRECTIONS_3_2_0.items():
        assert old.normalize("NFD", chr(k)) == old.normalize("NFD", chr(v)) != unicodedata.normalize("NFD", chr(k))
    return out, runs, len(records)


# ------------------------------------------------------------ str's properties (unicodectype.c)

CT_ALPHA, CT_DECIMAL, CT_DIGIT, CT_NUMERIC, CT_LOWER, CT_UPPER, CT_TITLE, CT_SPACE = 1, 2, 4, 8, 16, 32, 64, 128
CT_PRINTABLE, CT_XID_START, CT_XID_CONTINUE, CT_CASED, CT_CASE_IGNORABLE, CT_LINEBREAK = 256, 512, 1024, 2048, 4096, 8192


def ctype_record(cp):
    ch = chr(cp)
    flags = 0
    if ch.isalpha():
        flags |= CT_ALPHA
    if ch.isdecimal():
        flags |= CT_DECIMAL
    if ch.isdigit():
        flags |= CT_DIGIT
    if ch.isnumeric():
        flags |= CT_NUMERIC
    if ch.islower():
        flags |= CT_LOWER
    if ch.isupper():
        flags |= CT_UPPER
    if unicodedata.category(ch) == "Lt":
        flags |= CT_TITLE
    if ch.isspace():
        flags |= CT_SPACE
    if ch.isprintable():
        flags |= CT_PRINTABLE
    if ch.isidentifier():
        flags |= CT_XID_START
    if ("a" + ch).isidentifier():
        flags |= CT_XID_CONTINUE
    # Case_Ignorable, read through lower()'s final-sigma rule: Σ becomes ς
    # after a cased letter (Lowercase, Uppercase or Lt), case-ignorables
    # skipped going back. `ch + "Σ"` is final when ch is cased and not
    # ignorable; `"A" + ch + "Σ"` when ch is ignorable or cased.
    cased_not_ignorable = (ch + "Σ").lower().endswith("ς")
    if ("A" + ch + "Σ").lower().endswith("ς") and not cased_not_ignorable:
        flags |= CT_CASE_IGNORABLE
    if flags & (CT_LOWER | CT_UPPER | CT_TITLE):
        flags |= CT_CASED
    if len(("x" + ch + "y").splitlines()) > 1:
        flags |= CT_LINEBREAK

    def mapping(s):
        return s if s != ch else None

    def delta_or_list(s):
        if s is None:
            return 0
        if len(s) == 1:
            return ("d", ord(s) - cp)
        return tuple(map(ord, s))

    return (flags, delta_or_list(mapping(ch.lower())), delta_or_list(mapping(ch.upper())),
            delta_or_list(mapping(ch.title())),
            delta_or_list(mapping(ch.casefold())))


def write_ctype():
    runs, records = runs_of(ctype_record)
    out = Bytes()
    out.uint(len(records))
    for flags, *maps in records:
        out.uint(flags)
        for m in maps:
            if m == 0:
                out.uint(0)
            elif m[0] == "d":
                out.uint(1)
                out.sint(m[1])
            else:
                out.uint(1 + len(m))
                for c in m:
                    out.uint(c)
    return out, runs, len(records)


def main():
    runs, records = runs_of(ucd_record)
    rec = Bytes()
    rec.uint(len(records))
    for r in records:
        for v in r:
            rec.uint(v)
    numeric, n_numeric = write_numeric()
    decomp, n_decomp = write_decomp()
    composites, n_comp = write_composites()
    entries, ranges = name_entries()
    names, words = write_names(entries)
    rng = Bytes()
    rng.uint(len(ranges))
    for a, b, prefix in ranges:
        rng.uint(a)
        rng.uint(b - a)
        rng.text(prefix)
    extra = write_aliases_and_sequences()
    olds, old_runs, n_old = write_old()
    ctype, ctype_runs, n_ctype = write_ctype()
    assert all(" " not in w and "\n" not in w for w in words)

    def const(name, value, doc):
        return f"/** {doc} */\nexport const {name} =\n  {value};\n"

    parts = [
        "// Generated by src/unicode/make_unicodedata_db.py from CPython 3.11.7's unicodedata; do not edit.\n",
        "// biome-ignore-all format: generated\n\n",
        f'export const UNIDATA_VERSION = "{unicodedata.unidata_version}";\n\n',
        const("CATEGORY_NAMES", repr(CATEGORIES), "General categories, by record value."),
        const("BIDIRECTIONAL_NAMES", repr(BIDI), "Bidirectional classes, by record value."),
        const("EAST_ASIAN_WIDTH_NAMES", repr(EAW), "East Asian widths, by record value."),
        const("DECOMP_TAGS", repr(DECOMP_TAGS), "Decomposition tags, by value (0: canonical)."),
        const("RECORDS", repr(rec.b64()), f"{len(records)} distinct (category, bidirectional, combining, "
              "east_asian_width, mirrored, quick-check-yes bits) records."),
        const("RUNS", repr(runs.b64()), "(length, record) runs over all code points."),
        const("NUMERIC", repr(numeric.b64()),
              f"{n_numeric} (cp delta, decimal+1, digit+1, numerator, denominator) entries."),
        const("DECOMP", repr(decomp.b64()), f"{n_decomp} (cp delta, tag, count, code point deltas) entries."),
        const("COMPOSITES", repr(composites.b64()), f"{n_comp} primary composites (cp deltas)."),
        const("NAME_WORDS", repr(" ".join(words)), f"{len(words)} name words, most frequent first."),
        f"/** Every NAME_BLOCK-th entry of NAMES shares no words with the one before. */\n"
        f"export const NAME_BLOCK = {NAME_BLOCK};\n",
        const("NAMES", repr(names.b64()),
              f"{len(entries)} (cp delta, shared words, new word count, word indices) entries."),
        const("NAME_RANGES", repr(rng.b64()), f"{len(ranges)} (start, length-1, prefix) ranges named PREFIX-<hex>."),
        const("ALIASES_AND_SEQUENCES", repr(extra.b64()), "Name aliases (cp, name), then named sequences."),
        const("OLD_RECORDS", repr(olds.b64()), f"{n_old} ucd_3_2_0 records (length, mask, differing answers)."),
        const("OLD_RUNS", repr(old_runs.b64()), "(length, record) runs over all code points."),
        const("CORRECTIONS_3_2_0", repr(sorted(CORRECTIONS_3_2_0.items())).replace("(", "[").replace(")", "]"),
              "normalization_3_2_0: decompositions as Unicode 3.2.0 had them."),
        const("CTYPE_RECORDS", repr(ctype.b64()), f"{n_ctype} (flags, lower, upper, title, fold) records."),
        const("CTYPE_RUNS", repr(ctype_runs.b64()), "(length, record) runs over all code points."),
    ]
    OUT.write_text("".join(parts))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


main()
