#!/usr/bin/env bash
# Installs everything CarbonDSE needs to build, test and run, from Debian 12 packages only.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail
packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev clang-format pkg-config git ca-certificates
  libeigen3-dev nlohmann-json3-dev libgtest-dev zlib1g-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl1-mesa-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  xvfb xauth python3 fonts-ipafont-gothic python3-optuna
  slurm-wlm munge   # a real single-node SLURM cluster for the SLURM evaluator tests (tests/slurm/)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi
