#!/bin/bash
# The Debian packages of the real-WordPress test (test/real/): WordPress 6.1, MariaDB, Apache with
# mod_php, PHP's MySQL and GD modules. Installs only what is missing (a no-op when all are there),
# without recommends, and without letting the packages start their services (a policy-rc.d that
# says no, for the duration, where the machine has none): the test starts its own MariaDB and
# Apache on loopback (wordpress.mjs). Exit 3, with the reason, when it cannot install.
set -euo pipefail
PKGS="wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-gd"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "[real-wordpress] packages already installed: $PKGS"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[real-wordpress] CANNOT INSTALL:$missing: this machine has no apt-get (the test needs Debian 12's packages)" >&2
  exit 3
fi
if [ "$(id -u)" != 0 ]; then
  echo "[real-wordpress] CANNOT INSTALL:$missing: apt-get needs root (run as root, or install them first)" >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
echo "[real-wordpress] installing:$missing"
apt-get update -qq || { echo "[real-wordpress] CANNOT INSTALL: apt-get update failed" >&2; exit 3; }
apt-get install -y -q --no-install-recommends $missing || { echo "[real-wordpress] CANNOT INSTALL:$missing: apt-get install failed" >&2; exit 3; }
echo "[real-wordpress] installed:$missing"
