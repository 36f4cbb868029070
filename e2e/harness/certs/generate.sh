#!/bin/sh
# Regenerates the test-only certificate served by the fake site (e2e/harness/fake-site.ts).
# The key is public on purpose: it only ever signs traffic to 127.0.0.1 inside the end-to-end tests.
set -eu
cd "$(dirname "$0")"
hosts="instagram.com instagr.am threads.net threads.com x.com twitter.com facebook.com fb.com messenger.com
tiktok.com linkedin.com youtube.com reddit.com snapchat.com t.co example.org example.com"
san="DNS:localhost,IP:127.0.0.1"
for h in $hosts; do san="$san,DNS:$h,DNS:*.$h"; done
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
  -keyout key.pem -out cert.pem \
  -subj "/CN=No Contact e2e fake site" \
  -addext "subjectAltName=$san" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "keyUsage=critical,digitalSignature,keyEncipherment" \
  -addext "extendedKeyUsage=serverAuth"
