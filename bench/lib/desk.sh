# Sourced by the benches that start a desk (bench/lib/prelude.sh, bench/desk/desk-load.sh): waiting for its port and
# logging in as a browser does.

# Prints the port the desk started as PID prints in LOG, within 120 s; exits with the log when it stops or stays silent.
desk_port() {
  local pid="$1" log="$2" port=""
  for _ in $(seq 1 240); do
    port=$(sed -n 's|.*at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log" | head -n 1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "the desk did not start" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$port" ] || { echo "the desk did not print its port within 120 s; see $log" >&2; exit 1; }
  echo "$port"
}

# Logs in to the desk at BASE as admin with PASSWORD, keeping cookies in JAR (the login page sets pd_login, the form
# posts it back as _csrf), and prints the session cookie's value.
desk_login() {
  local base="$1" password="$2" jar="$3" token
  curl -sf -c "$jar" -o /dev/null "$base/login"
  token=$(awk '$6 == "pd_login" {print $7}' "$jar")
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" --data-urlencode "next=/" "$base/login"
  awk '$6 == "pd_session" {print $7}' "$jar"
}
