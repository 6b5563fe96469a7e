#!/usr/bin/env python3
"""A stand-in for a real fine-tuning job, for testing CarbonDSE's external evaluator protocol.

Reads one model configuration as JSON on stdin and prints {"accuracy": a, "low": l, "high": h}
on stdout. The accuracy is a deterministic, made-up function of the dimensions (it is NOT a
model of anything): every knob pruned lowers it. Flags let tests provoke each failure mode:

  --count-file PATH   append one line per run (tests count how often the command ran)
  --sleep S           sleep S seconds before answering (timeout tests)
  --garbage           print text that is not JSON
  --exit-code N       print an error on stderr and exit with status N
  --no-accuracy       print a JSON object without "accuracy"
  --out-of-range      print an accuracy of 1.5
  --log-lines         print progress lines before the result (they must be ignored)
  --fail-if-layers N  exit with status 2 when the first encoder has N layers
  --timeline-file P   append "start end" wall-clock times of the run (tests check overlap)
  --grandchild P      start a helper process that writes P.started at once and P.finished
                      --grandchild-delay seconds later (default 5), wait for P.started, then
                      continue (timeout tests check that the whole process group is killed)
"""
import argparse
import json
import os
import subprocess
import sys
import time


def accuracy_of(request):
    # "model" maps each stack name ("text", "vision", ...) to its dimensions.
    encoders = [v for v in request["model"].values() if isinstance(v, dict)]
    score = 0.0
    for encoder in encoders:
        # Fractions of a ViT-B/16-sized stack, each capped at 1.
        fractions = [
            min(1.0, encoder["layers"] / 12.0),
            min(1.0, encoder["heads"] / 12.0),
            min(1.0, encoder["ffn"] / 3072.0),
            min(1.0, encoder["embed"] / 768.0),
        ]
        score += sum(fractions) / len(fractions)
    return round(0.2 + 0.3 * score / max(1, len(encoders)), 6)


def first_stack(request):
    return next(v for v in request["model"].values() if isinstance(v, dict))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count-file")
    parser.add_argument("--sleep", type=float, default=0.0)
    parser.add_argument("--garbage", action="store_true")
    parser.add_argument("--exit-code", type=int, default=0)
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--out-of-range", action="store_true")
    parser.add_argument("--log-lines", action="store_true")
    parser.add_argument("--fail-if-layers", type=int)
    parser.add_argument("--timeline-file")
    parser.add_argument("--grandchild")
    parser.add_argument("--grandchild-delay", type=float, default=5.0)
    args = parser.parse_args()

    request = json.load(sys.stdin)
    if args.count_file:
        with open(args.count_file, "a", encoding="utf-8") as f:
            f.write(request["key"] + "\n")
    if args.grandchild:
        helper = (
            "import sys, time\n"
            "open(sys.argv[1] + '.started', 'w').close()\n"
            "time.sleep(float(sys.argv[2]))\n"
            "open(sys.argv[1] + '.finished', 'w').close()\n"
        )
        subprocess.Popen([sys.executable, "-c", helper, args.grandchild, str(args.grandchild_delay)])
        while not os.path.exists(args.grandchild + ".started"):
            time.sleep(0.02)
    started = time.time()
    if args.sleep > 0:
        time.sleep(args.sleep)
    if args.timeline_file:
        with open(args.timeline_file, "a", encoding="utf-8") as f:
            f.write(f"{started:.6f} {time.time():.6f}\n")
    if args.fail_if_layers is not None and first_stack(request)["layers"] == args.fail_if_layers:
        print("fake_finetune: diverged (simulated)", file=sys.stderr)
        return 2
    if args.exit_code != 0:
        print("fake_finetune: CUDA out of memory (simulated)", file=sys.stderr)
        return args.exit_code
    if args.garbage:
        print("epoch 3/10 loss=nan, something went wrong")
        return 0
    if args.no_accuracy:
        print(json.dumps({"loss": 0.25}))
        return 0
    if args.log_lines:
        print("loading checkpoint...")
        print("epoch 1/1 done")
    value = 1.5 if args.out_of_range else accuracy_of(request)
    print(json.dumps({"accuracy": value, "low": max(0.0, value - 0.01), "high": min(1.0, value + 0.01)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
