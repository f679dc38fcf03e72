#!/usr/bin/env python3
"""Whether two builds' outputs hold the same site and the same search index.

    same_index.py BASELINE_OUTPUT NEW_OUTPUT

Every file outside `pagefind/` must be byte for byte the same. Under
`pagefind/` the two must have the same file names; Pagefind's compressed
files (`.pf_meta`, `.pf_index`, `.pf_filter`, `.pf_fragment`: gzip of its
signature and bytes) must hold the same bytes once decompressed, and every
other file must be byte for byte the same. So an index whose files are
compressed at another gzip level passes, and any change to what a browser
reads out of it fails. Prints what differs and exits 1, or prints
"identical" and exits 0.
"""

import gzip
import pathlib
import sys

COMPRESSED = (".pf_meta", ".pf_index", ".pf_filter", ".pf_fragment")


def files(root):
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = (pathlib.Path(a) for a in sys.argv[1:])
    a, b = files(old), files(new)
    problems = [f"only in {old}: {n}" for n in sorted(a - b)]
    problems += [f"only in {new}: {n}" for n in sorted(b - a)]
    repacked = 0
    for name in sorted(a & b):
        x, y = (old / name).read_bytes(), (new / name).read_bytes()
        if x == y:
            continue
        if name.startswith("pagefind/") and name.endswith(COMPRESSED):
            if gzip.decompress(x) == gzip.decompress(y):
                repacked += 1
                continue
            problems.append(f"differs once decompressed: {name}")
        else:
            problems.append(f"differs: {name}")
    for line in problems[:20]:
        print(line)
    if problems:
        print(f"{len(problems)} differences")
        sys.exit(1)
    print(f"identical ({len(a)} files, {repacked} compressed differently, same bytes inside)")


if __name__ == "__main__":
    main()
