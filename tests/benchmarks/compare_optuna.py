#!/usr/bin/env python3
"""Hypervolume of CarbonDSE's search against Optuna's NSGA-II and TPE samplers (issue 4, benchmark 2).

Usage:
    python3 tests/benchmarks/compare_optuna.py [--cli build/lead/app/carbondse-cli]
        [--scenario reference-clip-b16] [--budgets 100,1000,10000] [--seeds 1,2,3]
        [--full] [--tpe-cap 1000] [--bo-max 1000] [--threads 2] [--json out.json] [--exact exact.json]
        [--methods nsga2,bo,random,sobol,optuna-nsga2,optuna-tpe]

Needs Debian's python3-optuna (apt-get install python3-optuna); without it the script prints
"skipped: optuna not installed" and exits 0. Debian installs optuna for /usr/bin/python3; when the
python3 on PATH is another interpreter (pyenv, venv) without optuna, the script re-runs itself with
/usr/bin/python3.

What it measures, per seed and budget N (same scenario, same objective, same reference point):
  * Optuna NSGAIISampler(seed) and TPESampler(seed) (multi-objective: maximise accuracy, minimise
    total carbon), each trial suggesting every knob of the scenario's space as an integer value
    index (suggest_int over 0..size-1; categorical knobs, if any, via suggest_categorical over their
    labels), evaluated by ONE long-lived `carbondse-cli evaluate-stream --scenario S` process. That
    command evaluates the design exactly as `search` does and keeps the same archive, so the
    hypervolume after trial N is computed with the search's reference point and feasibility rules.
    Infeasible designs count as infeasible for Optuna too: the objective returns the design's real
    objective values and constraints_func returns [violation] (the archive's sum of relative
    excesses over the scenario's limits; > 0 means infeasible), which both samplers support
    (Deb's constrained domination in NSGA-II, the feasible/infeasible split in TPE). Designs the
    simulator refuses return the reference point and a violation of 1e6. One run of N_max trials
    gives the hypervolume at every smaller budget (neither sampler depends on n_trials). A trial
    that repeats an earlier design counts as a trial (as it costs one for an Optuna user) but adds
    nothing to the archive; the number of distinct designs is printed.
    TPE becomes slow with many trials: it is capped at --tpe-cap (1000) trials unless --full.
  * `carbondse-cli search --algorithm nsga2|random|sobol|bo --budget N --seed S`, one run per budget
    (bo only up to --bo-max evaluations: it takes minutes per thousand).
Every run's feasible front is kept, and the hypervolume is reported twice (per budget and method,
mean over seeds with min-max, and the ratios ours/theirs; issue 4's target: ours >= 1.05x theirs):
  1. against the search's own reference point (what the CLI and the GUI report; accuracy 0 and
     1.1x the worst anchor's carbon). The script recomputes it from the kept front and stops if it
     differs from the CLI's value, which checks the fronts the second measure uses;
  2. normalised to the best-known front (Ishibuchi et al., Evolutionary Computation 26(3), 2018):
     the union of all fronts of the invocation gives the ideal and nadir points, each objective is
     scaled to [0, 1] between them, and the reference is 1 + --margin (0.1) in each. The first
     measure counts the area between accuracy 0 and the front, which every front covers alike, so
     its ratios sit near 1 whatever the optimiser; the second measures the trade-off the fronts
     actually span.
Both are also given as a fraction of the exact front's hypervolume: `search --algorithm exact` (read
from --exact FILE, else solved first, which takes minutes on large spaces) must have the runs'
reference point (checked), so measure 1 divides by its `hypervolume`; measure 2 then takes the
exact front, not the runs' union, for the ideal and nadir, so the exact front scores 1 by definition.
A run's design that no exact design weakly dominates is printed as a BUG.
--json FILE keeps the runs (fronts included); --load FILE[,FILE...] prints the tables again without
running (several files, e.g. from runs split with --methods, are merged);
--reuse-optuna FILE takes the (seeded, hence repeatable) Optuna runs from such a file and runs ours.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import warnings

DEBIAN_PYTHON = "/usr/bin/python3"


def import_optuna():
    try:
        import optuna  # noqa: F401
        return optuna
    except ImportError:
        pass
    if (os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON)
            and not os.environ.get("CARBONDSE_OPTUNA_REEXEC")):
        probe = subprocess.run([DEBIAN_PYTHON, "-c", "import optuna"], capture_output=True)
        if probe.returncode == 0:
            os.environ["CARBONDSE_OPTUNA_REEXEC"] = "1"
            print(f"note: optuna is not importable from {sys.executable}; re-running with {DEBIAN_PYTHON}",
                  file=sys.stderr, flush=True)
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
    return None


def default_cli():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for build in ("lead", "release", "debug"):
        path = os.path.join(root, "build", build, "app", "carbondse-cli")
        if os.path.exists(path):
            return path
    return "carbondse-cli"


class StreamEvaluator:
    """One `carbondse-cli evaluate-stream` process: send a genome, read the evaluation line."""

    def __init__(self, cli, scenario):
        self.proc = subprocess.Popen([cli, "evaluate-stream", "--scenario", scenario], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)
        self.header = json.loads(self.proc.stdout.readline())
        if self.header.get("type") != "header":
            raise RuntimeError("evaluate-stream: expected a header line")
        self.objectives = self.header["objectives"]
        self.reference = self.header["reference_point"]
        self.knobs = self.header["knobs"]
        self.last = None

    def evaluate(self, genome):
        self.proc.stdin.write(json.dumps({"genome": genome}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("evaluate-stream ended unexpectedly (see its error above)")
        self.last = json.loads(line)
        return self.last

    def close(self):
        self.proc.stdin.close()
        summary = json.loads(self.proc.stdout.readlines()[-1])
        self.proc.wait()
        return summary


class FrontTracker:
    """The feasible non-dominated set of the designs seen so far, in minimised form."""

    def __init__(self):
        self.front = []

    def offer(self, point):
        for q in self.front:
            if all(a <= b for a, b in zip(q, point)):
                return  # dominated by (or equal to) a design already kept
        self.front = [q for q in self.front if not all(a <= b for a, b in zip(point, q))]
        self.front.append(point)


def flip(objective, value):
    """Reported value <-> the archive's minimised value (accuracy <-> 1 - accuracy); its own inverse."""
    return 1.0 - value if objective["direction"] == "maximise" else value


def minimised(objectives, values, reference):
    """Objective vector as the archive minimises it; a missing value counts as the reference's."""
    return [flip(o, reference[o["id"]] if values.get(o["id"]) is None else values[o["id"]]) for o in objectives]


def require_two_objectives(objectives, scenario):
    if len(objectives) != 2:
        raise SystemExit(f"the comparison handles 2 objectives; {scenario} has {len(objectives)}")


def hypervolume_2d(points, reference):
    """Exact 2-objective hypervolume (minimisation) of the points strictly below the reference."""
    inside = sorted(p for p in points if p[0] < reference[0] and p[1] < reference[1])
    volume, best_y = 0.0, reference[1]
    for x, y in inside:
        if y < best_y:
            volume += (reference[0] - x) * (best_y - y)
            best_y = y
    return volume


def run_optuna(optuna, cli, scenario, sampler_name, seed, trials, checkpoints):
    """Runs one Optuna study; returns {checkpoint: run record} and seconds."""
    stream = StreamEvaluator(cli, scenario)
    directions = ["maximize" if o["direction"] == "maximise" else "minimize" for o in stream.objectives]
    tracker = FrontTracker()

    def constraints(trial):
        return [trial.user_attrs["violation"]]

    if sampler_name == "optuna-nsga2":
        sampler = optuna.samplers.NSGAIISampler(seed=seed, constraints_func=constraints)
    else:
        sampler = optuna.samplers.TPESampler(seed=seed, constraints_func=constraints)
    study = optuna.create_study(directions=directions, sampler=sampler)
    results = {}

    def objective(trial):
        genome = []
        for knob in stream.knobs:
            if knob["categorical"]:
                label = trial.suggest_categorical(knob["name"], knob["values"])
                genome.append(knob["values"].index(label))
            else:
                genome.append(trial.suggest_int(knob["name"], 0, len(knob["values"]) - 1))
        e = stream.evaluate(genome)
        trial.set_user_attr("violation", float(e["violation"]))
        if e["feasible"] and not e["failed"]:
            tracker.offer(minimised(stream.objectives, e["objectives"], stream.reference))
        values = []
        for o in stream.objectives:
            v = e["objectives"][o["id"]]
            values.append(float(stream.reference[o["id"]] if v is None else v))
        number = trial.number + 1
        if number in checkpoints:
            results[number] = {"hv_cli": e["hypervolume"], "distinct": e["evaluations"],
                               "front": [list(p) for p in tracker.front]}
        return values

    start = time.time()
    study.optimize(objective, n_trials=trials)
    elapsed = time.time() - start
    stream.close()
    return results, elapsed


def run_ours(cli, scenario, algorithm, seed, budget, threads, objectives):
    start = time.time()
    out = subprocess.run([cli, "search", "--scenario", scenario, "--algorithm", algorithm, "--budget", str(budget),
                          "--seed", str(seed), "--threads", str(threads), "--quiet", "--compact"],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    front = [minimised(objectives, d["objectives"], result["reference_point"]) for d in result["pareto"]]
    return {"hv_cli": result["hypervolume"], "distinct": result["evaluations"], "front": front}, time.time() - start


def exact_front(cli, scenario, path, threads, objectives, reference):
    """The exact run (`search --algorithm exact`) read from path, or made now: hypervolume and front."""
    if path:
        with open(path) as f:
            result = json.load(f)
    else:
        print(f"solving {scenario} exactly (--algorithm exact; minutes on large spaces)", flush=True)
        out = subprocess.run([cli, "search", "--scenario", scenario, "--algorithm", "exact", "--threads", str(threads),
                              "--quiet", "--compact"], capture_output=True, text=True, check=True)
        result = json.loads(out.stdout)
    if result["scenario"] != scenario or result["algorithm"] != "exact":
        raise SystemExit(f"{path}: not an exact run of {scenario}")
    # Measure 1 divides by the exact run's hypervolume: only meaningful with the very same reference point.
    if result["reference_point"] != reference:
        raise SystemExit(f"{path}: reference point {result['reference_point']} differs from the runs' {reference}")
    front = [minimised(objectives, d["objectives"], reference) for d in result["pareto"]]
    return {"hypervolume": result["hypervolume"], "front": front}


def fmt(values, digits=5):
    if not values:
        return "—"
    mean = statistics.mean(values)
    if len(values) == 1:
        return f"{mean:.{digits}f}"
    return f"{mean:.{digits}f} [{min(values):.{digits}f}–{max(values):.{digits}f}]"


METHODS = ["nsga2", "bo", "random", "sobol", "optuna-nsga2", "optuna-tpe"]
PAIRS = [("nsga2", "optuna-nsga2"), ("nsga2", "optuna-tpe"), ("bo", "optuna-nsga2"), ("bo", "optuna-tpe"),
         ("nsga2", "random"), ("optuna-nsga2", "random"), ("optuna-tpe", "random")]


def print_tables(title, hv, budgets, seeds):
    """hv: (method, budget) -> {seed: hypervolume}."""
    print()
    print(f"{title} (mean over seeds {seeds}{', [min–max]' if len(seeds) > 1 else ''})")
    print("| budget | " + " | ".join(METHODS) + " |")
    print("|---|" + "---|" * len(METHODS))
    for b in budgets:
        print(f"| {b} | " + " | ".join(fmt(list(hv.get((m, b), {}).values())) for m in METHODS) + " |")
    print()
    print("Ratios (mean of per-seed ratios; * ratio of the means, when a seed of the second scored 0; "
          "issue 4's target ours/optuna >= 1.05)")
    print("| budget | " + " | ".join(f"{a}/{c}" for a, c in PAIRS) + " |")
    print("|---|" + "---|" * len(PAIRS))
    for b in budgets:
        cells = []
        for a, c in PAIRS:
            x, y = hv.get((a, b), {}), hv.get((c, b), {})
            if not all(s in x and s in y for s in seeds):
                cells.append("—")
            elif all(y[s] > 0 for s in seeds):
                cells.append(f"{statistics.mean(x[s] / y[s] for s in seeds):.4f}")
            elif sum(y.values()) > 0:
                cells.append(f"{statistics.mean(x.values()) / statistics.mean(y.values()):.4f}*")
            else:
                cells.append("—")
        print(f"| {b} | " + " | ".join(cells) + " |")


def print_shares(title, hv, whole, budgets, seeds, digits=4):
    print()
    print(f"{title} (mean over seeds {seeds}, [min–max])")
    print("| budget | " + " | ".join(METHODS) + " |")
    print("|---|" + "---|" * len(METHODS))
    for b in budgets:
        print(f"| {b} | " + " | ".join(fmt([v / whole for v in hv.get((m, b), {}).values()], digits)
                                       for m in METHODS) + " |")


def analyse(data, margin):
    """Prints the tables of a finished (or reloaded) comparison; with data["exact"], also as fractions of the
    exact front's hypervolume, and measure 2 then normalises to the exact front instead of the runs' union."""
    budgets, objectives, runs = data["budgets"], data["objectives"], data["runs"]
    seeds = sorted({r["seed"] for r in runs})  # a file saved mid-run holds the seeds finished so far
    require_two_objectives(objectives, data["scenario"])
    app_ref = minimised(objectives, data["reference_point"], data["reference_point"])

    # 1. The search's own reference point (what the CLI and the GUI report). The script recomputes
    #    every hypervolume from the kept front: a mismatch with the CLI's value means the fronts
    #    kept here are wrong, so the second table could not be trusted either.
    hv_app = {}
    for r in runs:
        mine = hypervolume_2d(r["front"], app_ref)
        if abs(mine - r["hv_cli"]) > 1e-9 * max(1.0, abs(mine)):
            raise SystemExit(f"{r['method']} seed {r['seed']} budget {r['budget']}: front hypervolume {mine} "
                             f"differs from the CLI's {r['hv_cli']}")
        hv_app.setdefault((r["method"], r["budget"]), {})[r["seed"]] = mine
    labels = ", ".join(f"{o['id']} {data['reference_point'][o['id']]:.4g}" for o in objectives)
    print_tables(f"Hypervolume, the search's reference point ({labels})", hv_app, budgets, seeds)
    exact = data.get("exact")
    if exact:
        mine = hypervolume_2d(exact["front"], app_ref)
        if abs(mine - exact["hypervolume"]) > 1e-9 * max(1.0, abs(mine)):
            raise SystemExit(f"exact front hypervolume {mine} differs from the CLI's {exact['hypervolume']}")
        # No design can beat the exact front: a run's point that no exact point weakly dominates is a bug.
        for r in runs:
            for p in r["front"]:
                if not any(all(e <= x + 1e-12 for e, x in zip(q, p)) for q in exact["front"]):
                    print(f"BUG: {r['method']} seed {r['seed']} budget {r['budget']}: {p} is not dominated by "
                          f"the exact front")
        print_shares(f"Measure 1 as a fraction of the exact front's hypervolume ({exact['hypervolume']:.6f}, "
                     f"same reference point; {len(exact['front'])} designs)", hv_app, exact["hypervolume"],
                     budgets, seeds, digits=5)

    # 2. Normalised to the best-known front (Ishibuchi et al., "How to specify a reference point in
    #    hypervolume calculation for fair performance comparison", Evolutionary Computation 26(3),
    #    2018): the union of every front of this invocation gives the ideal and the nadir point;
    #    each objective is scaled so the ideal is 0 and the nadir 1, and the reference is 1 + margin
    #    (by default 1.1: the nadir plus a tenth of the front's range). The box then covers the
    #    trade-off the fronts actually span instead of the area between accuracy 0 and the worst
    #    feasible design, which every front covers alike and which compresses the ratios of the
    #    first table toward 1.
    best = FrontTracker()
    for r in runs:
        for p in r["front"]:
            best.offer(p)
    if exact:  # the true front: the exact front scores the maximum by definition
        best.front = exact["front"]
    ideal = [min(p[k] for p in best.front) for k in range(2)]
    nadir = [max(p[k] for p in best.front) for k in range(2)]
    if any(n <= i for i, n in zip(ideal, nadir)):
        raise SystemExit("the best-known front is a single point; no normalised reference can be derived")

    def scaled(p):
        return [(p[k] - ideal[k]) / (nadir[k] - ideal[k]) for k in range(2)]

    norm_ref = [1.0 + margin] * 2
    best_hv = hypervolume_2d([scaled(p) for p in best.front], norm_ref)
    hv_norm = {}
    for r in runs:
        hv_norm.setdefault((r["method"], r["budget"]), {})[r["seed"]] = \
            hypervolume_2d([scaled(p) for p in r["front"]], norm_ref)
    ends = "; ".join(f"{o['id']} {flip(o, ideal[k]):.4g}…{flip(o, nadir[k]):.4g}"
                     for k, o in enumerate(objectives))
    print_tables(f"Hypervolume normalised to the {'exact' if exact else 'best-known'} front ({len(best.front)} "
                 f"designs{'' if exact else ', union of all runs'}: {ends}; reference 1 + {margin} in each scaled "
                 f"objective; that front itself scores {best_hv:.5f})", hv_norm, budgets, seeds)
    print_shares(f"Measure 2 as a fraction of the {'exact' if exact else 'best-known'} front's normalised "
                 "hypervolume", hv_norm, best_hv, budgets, seeds)

    for m in ("optuna-nsga2", "optuna-tpe"):
        for b in budgets:
            values = [r["distinct"] for r in runs if r["method"] == m and r["budget"] == b]
            if values:
                print(f"{m} at {b} trials: {fmt(values, 0)} distinct designs")
    tpe_seeds = sorted({r["seed"] for r in runs if r["method"] == "optuna-tpe"})
    if tpe_seeds and tpe_seeds != seeds:
        print(f"(optuna-tpe: seed{'s' if len(tpe_seeds) > 1 else ''} {', '.join(map(str, tpe_seeds))} only)")
    if data["tpe_max"] < max(budgets):
        print(f"(optuna-tpe capped at {data['tpe_max']} trials; rerun with --full for larger budgets)")
    print("wall time per run (s): " + ", ".join(f"{m} {statistics.mean(s):.1f}" for m, s in data["seconds"].items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=default_cli())
    parser.add_argument("--scenario", default="reference-clip-b16")
    parser.add_argument("--budgets", default="100,1000,10000")
    parser.add_argument("--seeds", default="1")
    parser.add_argument("--full", action="store_true", help="do not cap TPE's trials")
    parser.add_argument("--tpe-cap", type=int, default=1000)
    parser.add_argument("--methods", default=",".join(METHODS),
                        help="methods to run (default: all); e.g. TPE with one seed in a run of its own")
    parser.add_argument("--bo-max", type=int, default=1000, help="largest budget for our bo (0: no bo)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", help="also write the runs (fronts included) to this file")
    parser.add_argument("--margin", type=float, default=0.1,
                        help="normalised reference point: 1 + margin in each scaled objective (default 0.1)")
    parser.add_argument("--load", help="print the tables of files written by --json (comma-separated, e.g. one "
                                       "per method; same scenario), running nothing")
    parser.add_argument("--exact", metavar="FILE",
                        help="the scenario's `search --algorithm exact` JSON (without it, a run solves it first; "
                             "with --load, the file's own exact front if any; 'none': no exact front)")
    parser.add_argument("--reuse-optuna", metavar="FILE",
                        help="take the Optuna runs from a file written by --json (same scenario and evaluator; "
                             "a seeded sampler repeats its trials), running only ours")
    args = parser.parse_args()

    if args.load:
        data = None
        for path in args.load.split(","):
            with open(path) as f:
                part = json.load(f)
            if data is None:
                data = part
                continue
            if (part["scenario"], part["reference_point"]) != (data["scenario"], data["reference_point"]):
                raise SystemExit(f"{path}: another scenario or reference point")
            data["runs"] += part["runs"]
            data["tpe_max"] = max(data["tpe_max"], part["tpe_max"])
            for m, s in part["seconds"].items():
                data["seconds"].setdefault(m, []).extend(s)
        if args.exact and args.exact != "none":
            data["exact"] = exact_front(args.cli, data["scenario"], args.exact, args.threads, data["objectives"],
                                        data["reference_point"])
        analyse(data, args.margin)
        return 0

    optuna = import_optuna()
    if optuna is None:
        print("skipped: optuna not installed (apt-get install python3-optuna)")
        return 0
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # constraints_func is marked experimental in Optuna 3.1; the warning would repeat per run.
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)

    budgets = sorted(int(b) for b in args.budgets.split(","))
    seeds = [int(s) for s in args.seeds.split(",")]
    methods = args.methods.split(",")
    tpe_max = max(budgets) if args.full else min(max(budgets), args.tpe_cap)
    print(f"optuna {optuna.__version__}, scenario {args.scenario}, budgets {budgets}, seeds {seeds}, cli {args.cli}",
          flush=True)
    if tpe_max < max(budgets):
        print(f"note: TPE capped at {tpe_max} trials (use --full for all budgets)", flush=True)

    header = StreamEvaluator(args.cli, args.scenario)
    header.close()
    require_two_objectives(header.objectives, args.scenario)  # before the runs, which take an hour
    data = {"scenario": args.scenario, "seeds": seeds, "budgets": budgets, "tpe_max": tpe_max,
            "objectives": header.objectives, "reference_point": header.reference, "runs": [], "seconds": {}}
    if args.exact != "none":
        data["exact"] = exact_front(args.cli, args.scenario, args.exact, args.threads, header.objectives,
                                    header.reference)
    reused = None
    if args.reuse_optuna:
        with open(args.reuse_optuna) as f:
            reused = json.load(f)
        if reused["scenario"] != args.scenario or reused["reference_point"] != header.reference:
            raise SystemExit(f"{args.reuse_optuna}: another scenario or reference point; cannot reuse its runs")
    for seed in seeds:
        for method, limit in (("optuna-nsga2", max(budgets)), ("optuna-tpe", tpe_max)):
            points = {b for b in budgets if b <= limit}
            if not points or method not in methods:
                continue
            if reused is not None:
                old = [r for r in reused["runs"]
                       if r["method"] == method and r["seed"] == seed and r["budget"] in points]
                if len(old) != len(points):
                    raise SystemExit(f"{args.reuse_optuna}: no {method} run of seed {seed} "
                                     f"for budgets {sorted(points)}")
                data["runs"].extend(old)
                print(f"seed {seed} {method}: reused from {args.reuse_optuna}", flush=True)
                continue
            results, elapsed = run_optuna(optuna, args.cli, args.scenario, method, seed, max(points), points)
            data["seconds"].setdefault(method, []).append(elapsed)
            for b, r in sorted(results.items()):
                data["runs"].append({"method": method, "seed": seed, "budget": b, **r})
            print(f"seed {seed} {method}: {max(points)} trials in {elapsed:.1f} s, " +
                  ", ".join(f"HV@{b}={results[b]['hv_cli']:.5f} ({results[b]['distinct']} distinct)"
                            for b in sorted(results)), flush=True)
        for method in ("nsga2", "random", "sobol", "bo"):
            for b in budgets:
                if method not in methods or (method == "bo" and b > args.bo_max):
                    continue
                r, elapsed = run_ours(args.cli, args.scenario, method, seed, b, args.threads, header.objectives)
                data["runs"].append({"method": method, "seed": seed, "budget": b, **r})
                data["seconds"].setdefault(method, []).append(elapsed)
                print(f"seed {seed} {method} budget {b}: HV={r['hv_cli']:.5f} ({r['distinct']} evaluations, "
                      f"{elapsed:.1f} s)", flush=True)
        if args.json:  # after every seed, so a long run that is stopped keeps what it measured
            with open(args.json, "w") as f:
                json.dump(data, f)
    if reused is not None:
        for method in ("optuna-nsga2", "optuna-tpe"):
            if method in reused["seconds"]:
                data["seconds"][method] = reused["seconds"][method]
    analyse(data, args.margin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
