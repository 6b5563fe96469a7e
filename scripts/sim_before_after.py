#!/usr/bin/env python3
"""Before/after table of the simulator audit designs (issue 15).

Usage: scripts/sim_before_after.sh [--summary] OLD_CLI NEW_CLI [DESIGN_DIR] [-- NEW_CLI_FLAGS...]

Runs `OLD_CLI evaluate FILE` and `NEW_CLI evaluate [NEW_CLI_FLAGS] FILE` for every design file in
DESIGN_DIR (default tests/data/simulator_audit) under the default carbon settings and prints one
markdown table per design: latency, dynamic energy by component, static energy, area by component,
and embodied / operational / total carbon, old vs new with the relative change. NEW_CLI_FLAGS (e.g.
carbon options the old CLI does not know) go to the new CLI only. With --summary, one table with a
row per design instead (SUMMARY columns, "before → after").
"""
import json
import pathlib
import subprocess
import sys

ROWS = [
    # (label, unit scale, unit, extractor)
    ("latency", 1e3, "ms", lambda r: r["latency_s"]),
    ("dynamic energy: MAC", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["mac"]),
    ("dynamic energy: register file", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["register_file"]),
    ("dynamic energy: L2", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["l2"]),
    ("dynamic energy: GLB", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["glb"]),
    ("dynamic energy: DRAM", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["dram"]),
    ("dynamic energy: total", 1e3, "mJ",
     lambda r: r["energy_per_inference_j"] - r["energy_breakdown_j"]["static"]),
    ("static energy (in inference)", 1e3, "mJ", lambda r: r["energy_breakdown_j"]["static"]),
    ("area: PE arrays", 1, "mm²", lambda r: r["area_breakdown_mm2"]["pe"]),
    ("area: vector lanes", 1, "mm²", lambda r: r["area_breakdown_mm2"]["vector_lanes"]),
    ("area: L2", 1, "mm²", lambda r: r["area_breakdown_mm2"]["l2"]),
    ("area: GLB", 1, "mm²", lambda r: r["area_breakdown_mm2"]["glb"]),
    ("area: total", 1, "mm²", lambda r: r["area_mm2"]),
    ("carbon: embodied", 1e3, "g", lambda r: r["carbon"]["embodied_kg"]),
    ("carbon: embodied P5", 1e3, "g", lambda r: r["carbon"]["embodied_p5_kg"]),
    ("carbon: embodied P95", 1e3, "g", lambda r: r["carbon"]["embodied_p95_kg"]),
    ("carbon: operational dynamic", 1e3, "g", lambda r: r["carbon"]["dynamic_kg"]),
    ("carbon: operational static", 1e3, "g", lambda r: r["carbon"]["static_kg"]),
    ("carbon: operational", 1e3, "g", lambda r: r["carbon"]["operational_kg"]),
    ("carbon: operational low (leakage band)", 1e3, "g", lambda r: r["carbon"]["operational_low_kg"]),
    ("carbon: operational high (leakage band)", 1e3, "g", lambda r: r["carbon"]["operational_high_kg"]),
    ("carbon: total", 1e3, "g", lambda r: r["carbon"]["total_kg"]),
]

# The one-row-per-design table of --summary: labels of ROWS.
SUMMARY = ["latency", "dynamic energy: total", "dynamic energy: register file", "static energy (in inference)",
           "area: PE arrays", "area: total", "carbon: embodied", "carbon: operational", "carbon: total"]


def evaluate(cli, design, flags=()):
    out = subprocess.run([cli, "evaluate", *flags, str(design)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def value(row, result):
    try:
        return row[3](result) * row[1]
    except (KeyError, TypeError):
        return None   # the field does not exist in that version's output


def fmt(v, digits=4):
    return "—" if v is None else f"{v:.{digits}g}"


def main():
    args = sys.argv[1:]
    summary = "--summary" in args[:1]
    if summary:
        args = args[1:]
    flags = []
    if "--" in args:
        flags = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    old_cli, new_cli = args[0], args[1]
    root = pathlib.Path(__file__).resolve().parent.parent
    design_dir = pathlib.Path(args[2]) if len(args) == 3 else root / "tests/data/simulator_audit"
    designs = sorted(design_dir.glob("*.json"))
    if not designs:
        sys.exit(f"no design files in {design_dir}")
    rows = {row[0]: row for row in ROWS}
    if summary:
        print("| design | " + " | ".join(f"{label} {rows[label][2]}" for label in SUMMARY) + " |")
        print("|---" * (len(SUMMARY) + 1) + "|")
    for design in designs:
        name = json.loads(design.read_text()).get("name", design.stem)
        old, new = evaluate(old_cli, design), evaluate(new_cli, design, flags)
        if summary:
            # Areas to 7 digits: a change of a few hundred µm² is still visible.
            digits = {label: 7 if label.startswith("area") else 4 for label in SUMMARY}
            cells = [f"{fmt(value(rows[label], old), digits[label])} → {fmt(value(rows[label], new), digits[label])}"
                     for label in SUMMARY]
            print(f"| {design.stem} | " + " | ".join(cells) + " |")
            continue
        print(f"### {design.stem}\n\n{name}\n")
        print("| quantity | unit | before | after | change |")
        print("|---|---|---|---|---|")
        for row in ROWS:
            a, b = value(row, old), value(row, new)
            change = "—" if a is None or b is None or a == 0 else f"{(b - a) / a * 100:+.1f} %"
            print(f"| {row[0]} | {row[2]} | {fmt(a)} | {fmt(b)} | {change} |")
        print()


if __name__ == "__main__":
    main()
