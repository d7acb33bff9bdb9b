#!/usr/bin/env bash
# Debian packages the tests drive for real: Chromium for the browser tests,
# Dovecot for the IMAP tests, Dovecot and Postfix reading Casella's database for
# the mail platform tests. Installed when running as root; otherwise named.
set -euo pipefail
PACKAGES=(chromium dovecot-imapd dovecot-pop3d dovecot-lmtpd dovecot-sieve dovecot-sqlite dovecot-pgsql
  postfix postfix-sqlite postfix-pgsql)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The tests start their own Dovecot instances on free loopback ports; where the
  # packages' scripts could start the system Postfix or Dovecot, stop them again.
  postfix stop >/dev/null 2>&1 || true
  doveadm stop >/dev/null 2>&1 || true
else
  echo "*** missing Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]}); the tests that need them will say so" >&2
fi
