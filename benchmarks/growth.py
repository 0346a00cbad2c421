"""Cost against input size: `python benchmarks/growth.py [--max-kb 128] [--ner]`.

Generates inputs of doubling size for the shapes that once cost the square of their size
(nested parentheses, runs of capitalised institution words, many agreements in one article,
one sentence that never ends, long scope lists, punctuation runs) and for ordinary news text,
runs the pipeline on each and prints the time, the time per KB and the growth exponent of
each doubling: about 1 when cost grows linearly, about 2 when it grows with the square. It
measures; it asserts nothing (timings depend on the machine and its load). Each size is run
`--repeat` times and the fastest run is kept.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LEAD = "Bandung – Pemerintah Kota Bandung dan Universitas Padjadjaran menandatangani nota kesepahaman. "
NEWS = ("Pemerintah Kota Bandung dan Universitas Padjadjaran menandatangani nota kesepahaman tentang "
        "kerja sama pendidikan di Balai Kota Bandung, Selasa (5/3/2024). Penandatanganan dilakukan oleh "
        "Wali Kota Bandung Yana Mulyana dan Rektor Unpad Rina Indiastuti, disaksikan Sekretaris Daerah. "
        "Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat.\n\n")
FILLER = ("Hujan deras mengguyur sebagian wilayah kota sejak sore hari dan menyebabkan genangan di "
          "beberapa ruas jalan utama, sementara petugas dinas terkait terus memantau keadaan.\n\n")


def _fill(unit: str, size: int, lead: str = LEAD) -> str:
    return lead + unit * max(1, (size - len(lead)) // len(unit))


SHAPES: dict[str, Callable[[int], str]] = {
    "news text": lambda size: _fill(FILLER, size),
    "many agreements": lambda size: _fill(NEWS, size, lead=""),
    "nested parentheses": lambda size: LEAD + "(" * (size // 2) + "x" + ")" * (size // 2),
    "punctuation run": lambda size: LEAD + "MoU" + "!" * size + " selesai.",
    "capitalised run": lambda size: _fill("Dinas Badan Kantor Lembaga Pusat ", size),
    "endless sentence": lambda size: _fill("pendidikan, kesehatan, ", size),
    "long scope list": lambda size: LEAD + "Kerja sama meliputi " + _fill("bidang pendidikan, ", size, lead="")
    + "dan kesehatan.",
    "one long word": lambda size: LEAD + "a" * size + ".",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-kb", type=int, default=128, help="largest input, in KB (sizes double from 4)")
    parser.add_argument("--ner", action="store_true", help="include the statistical NER")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    arguments = parser.parse_args()

    from extract.api import extract_text, load_pipeline

    nlp = load_pipeline(use_ner=arguments.ner)
    extract_text(NEWS, nlp=nlp)  # load patterns and gazetteers
    sizes = [4096 * 2 ** step for step in range(int(math.log2(arguments.max_kb / 4)) + 1)]
    print(f"{'shape':<20} {'KB':>5} {'seconds':>8} {'ms/KB':>7} {'exponent':>8}")
    for name in arguments.shape or SHAPES:
        previous: tuple[int, float] | None = None
        for size in sizes:
            text = SHAPES[name](size)
            best = math.inf
            for _ in range(arguments.repeat):
                started = time.perf_counter()
                extract_text(text, nlp=nlp)
                best = min(best, time.perf_counter() - started)
            exponent = ""
            if previous is not None and previous[1] > 0.01:
                exponent = f"{math.log(best / previous[1]) / math.log(len(text) / previous[0]):.2f}"
            print(f"{name:<20} {len(text) // 1024:>5} {best:>8.3f} {1000 * best / (len(text) / 1024):>7.2f} "
                  f"{exponent:>8}", flush=True)
            previous = (len(text), best)


if __name__ == "__main__":
    main()
