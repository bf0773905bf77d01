#!/usr/bin/env bash
# Regenerates callback-vectors.json with PHP itself (Finpay's reference language). Installs Debian's php-cli when it is
# missing (as root, or with sudo). The .NET tests only read the committed JSON; they never need PHP.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v php >/dev/null 2>&1; then
  echo "php not found: installing Debian's php-cli"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq php-cli >/dev/null
fi
php -d serialize_precision=-1 make-vectors.php
