#!/usr/bin/env bash
# Runs the keychain tests against a real GNOME Keyring (Secret Service) on a
# private D-Bus session, with a throwaway password and throwaway folders.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch"
exec dbus-run-session -- sh -c '
  printf "throwaway-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec npx vitest run --config vitest.keychain.config.mts
'
