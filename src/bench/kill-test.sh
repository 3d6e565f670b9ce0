#!/usr/bin/env bash
# The kill test of docs/bad-files.md: SaveInterruptionIT with 1,000 kills (mvn verify runs it with 200). A separate
# JVM saves a form over one file in a loop and is killed (SIGKILL) at random moments; after each kill the file must
# be the old or the new version, complete, and open. Prints the counts; the exit code is the test's.
# Usage: src/bench/kill-test.sh [KILLS]     (about 1 s a kill on two cores; builds the jar first)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
kills="${1:-1000}"
cd "$root"
mkdir -p target
mvn -B verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SaveInterruptionIT -Dfailsafe.failIfNoSpecifiedTests=false -Dselfeval.kills="$kills" \
  > target/kill-test.log 2>&1
status=$?
grep -h 'kills:\|Tests run:.*SaveInterruption\|FAIL' target/kill-test.log
exit $status
