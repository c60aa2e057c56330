#!/usr/bin/env python3
"""Generates the evidence benchmark's input: N files of mixed sizes, TOTAL bytes in all.

    make_evidence_files.py FOLDER [--count 1000] [--total-mib 1024] [--seed 1]

Sizes follow what a case file holds: many letters and photos (tens of KiB to a few MiB), some
scanned reports (several MiB) and a few videos or audio recordings (tens of MiB). The content is
pseudo-random (incompressible, all distinct) and the same for a given seed, so runs compare.
"""
import argparse
import os
import random
import sys


def sizes(count, total, rng):
    # Weights per class: (share of files, low, high) in bytes, before scaling to the total.
    classes = [(0.70, 8 << 10, 512 << 10), (0.25, 512 << 10, 4 << 20), (0.05, 8 << 20, 48 << 20)]
    raw = []
    for share, low, high in classes:
        raw += [rng.randint(low, high) for _ in range(round(count * share))]
    raw = raw[:count] + [rng.randint(8 << 10, 512 << 10) for _ in range(count - len(raw))]
    scale = total / sum(raw)
    result = [max(1, int(s * scale)) for s in raw]
    result[-1] += total - sum(result)
    rng.shuffle(result)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--total-mib", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    extensions = [".pdf", ".jpg", ".png", ".docx", ".eml", ".mp3", ".mp4", ".txt"]
    for index, size in enumerate(sizes(args.count, args.total_mib << 20, rng)):
        name = os.path.join(args.folder, "piece-%04d%s" % (index, extensions[index % len(extensions)]))
        with open(name, "wb") as out:
            left = size
            while left > 0:
                chunk = min(left, 8 << 20)
                out.write(rng.randbytes(chunk))
                left -= chunk
    print("%d files, %d MiB in %s" % (args.count, args.total_mib, args.folder), file=sys.stderr)


if __name__ == "__main__":
    main()
