#!/usr/bin/env bash
# Creates the passwords the compose file uses, once, in infra/compose/secrets/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p secrets
chmod 700 secrets
for name in db_password admin_password monitor_password; do
    if [ ! -s "secrets/$name" ]; then
        head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "secrets/$name"
        chmod 600 "secrets/$name"
        echo "created secrets/$name"
    fi
done
echo "Sign in as 'admin' with: $(cat secrets/admin_password)"
