package main

import (
	"os"
	"testing"
	"time"
)

// TestInstallPeers builds the peers into a fresh tools directory, with the
// harness's own environment, and runs each one. It downloads from the
// module proxy and compiles gosec, so it only runs when asked:
//
//	HTTPVET_BENCH_PEERS=1 go test -run=InstallPeers -v ./cmd/bench
func TestInstallPeers(t *testing.T) {
	if os.Getenv("HTTPVET_BENCH_PEERS") != "1" {
		t.Skip("set HTTPVET_BENCH_PEERS=1 to build the peers")
	}
	dir := t.TempDir()
	rn := &runner{env: goEnv(), timeout: 15 * time.Minute}
	peers := installPeers(rn, dir, map[string]string{"bodyclose": "latest", "noctx": "latest", "gosec": "latest"})
	for _, p := range peers {
		if p.err != nil {
			t.Errorf("%s: %v", p.name, p.err)
			continue
		}
		flag := "-h"
		if p.name == "gosec" {
			flag = "-version"
		}
		// Exit codes differ (-h exits 0 or 2); the binary only has to run.
		r := rn.run(dir, p.bin, flag)
		if r.failed() || len(r.output()) == 0 {
			t.Errorf("%s %s: %v %s", p.bin, flag, r.err, clip(r.output(), 300))
			continue
		}
		t.Logf("%s %s: exit %d: %s", p.name, p.version, r.code, clip(r.output(), 120))
	}
}
