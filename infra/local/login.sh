#!/usr/bin/env bash
# Prints an access token for a demo user of the local auth server, obtained the way the portal does it:
# authorization code + PKCE through the real login form. Usage: infra/local/login.sh <user> [password]
set -euo pipefail
user=$1
password=${2:-msh-demo-2038}
auth=${MSH_AUTH:-http://localhost:9000}
redirect=http://localhost:8080/login/oauth2/code/msh
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

verifier=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
authorize="$auth/oauth2/authorize?response_type=code&client_id=msh-portal&scope=openid%20profile&state=cli&redirect_uri=$redirect&code_challenge=$challenge&code_challenge_method=S256"

curl -s -o /dev/null -c "$jar" -b "$jar" -H 'Accept: text/html' "$authorize"
csrf=$(curl -s -c "$jar" -b "$jar" "$auth/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
resumed=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$auth/login")
callback=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$resumed")
code=$(printf %s "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || { echo "login as $user failed (redirected to: ${resumed:-nothing})" >&2; exit 1; }
curl -s -d grant_type=authorization_code -d "code=$code" -d "redirect_uri=$redirect" \
  -d "code_verifier=$verifier" -u "msh-portal:${MSH_PORTAL_SECRET:-msh-portal-secret}" "$auth/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
