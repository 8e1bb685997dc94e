"""Generate protos/cognito/idp/v1/*.proto from the installed botocore's cognito-idp model.

    python -m tools.protogen [--out protos] [--model-file F --paginators-file F]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from tools.protogen.model import build_api, load_model
from tools.protogen.numbering import read_published
from tools.protogen.render import PACKAGE_DIR, render_all

REPO = Path(__file__).resolve().parents[2]


def generate(out: Path, model_file: Path | None = None,
             paginators_file: Path | None = None) -> list[Path]:
    """Write the generated protos under `out`, keeping the numbers already published there."""
    options = out / PACKAGE_DIR / "options.proto"
    if not options.exists():  # another tree (tests): it needs our hand-written options too
        options.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / "protos" / PACKAGE_DIR / "options.proto", options)
    service, paginators = load_model(model_file, paginators_file)
    api = build_api(service, paginators)
    published = read_published(out, PACKAGE_DIR)
    written = []
    for relative, text in render_all(api, published).items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.protogen", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "protos",
                        help="proto root to write (and read published numbers from)")
    parser.add_argument("--model-file", type=Path, help="a service-2.json to use instead")
    parser.add_argument("--paginators-file", type=Path, help="a paginators-1.json to use")
    args = parser.parse_args(argv)
    written = generate(args.out, args.model_file, args.paginators_file)
    print(f"protogen: wrote {len(written)} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
