// Command golangci-lint is golangci-lint v2 with httpvet built in as a
// module plugin: the build that `golangci-lint custom` would make from
// .custom-gcl.yml at the repository's root, made from the Go module
// proxy alone, with no clone of golangci-lint's repository.
//
//	cd integrations/golangci && go build ./cmd/golangci-lint
//
// Enable it in .golangci.yml as the custom linter httpvet, type module
// (see the plugin package). main is golangci-lint's own
// cmd/golangci-lint/main.go; only the blank import of the plugin is added.
package main

import (
	"cmp"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/httpvet/httpvet/plugin"
)

var (
	goVersion = "unknown"

	// Set with -ldflags "-X main.version=..." if wanted.
	version = "unknown"
	commit  = "?"
	date    = ""
)

func main() {
	info := createBuildInfo()

	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

func createBuildInfo() commands.BuildInfo {
	info := commands.BuildInfo{
		Commit:    commit,
		Version:   version,
		GoVersion: goVersion,
		Date:      date,
	}

	buildInfo, available := debug.ReadBuildInfo()
	if !available {
		return info
	}

	info.GoVersion = buildInfo.GoVersion

	if date != "" {
		return info
	}

	// This module's version says nothing about golangci-lint's: report
	// the golangci-lint module this binary is built from.
	info.Version = buildInfo.Main.Version
	for _, dep := range buildInfo.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" {
			info.Version = dep.Version
		}
	}

	matched, _ := regexp.MatchString(`v\d+\.\d+\.\d+`, info.Version)
	if matched {
		info.Version = strings.TrimPrefix(info.Version, "v") + "-custom-httpvet"
	}

	var revision string
	var modified string
	for _, setting := range buildInfo.Settings {
		// The `vcs.xxx` information is only available with `go build`.
		// This information is not available with `go install` or `go run`.
		switch setting.Key {
		case "vcs.time":
			info.Date = setting.Value
		case "vcs.revision":
			revision = setting.Value
		case "vcs.modified":
			modified = setting.Value
		}
	}

	info.Date = cmp.Or(info.Date, "(unknown)")

	info.Commit = fmt.Sprintf("(%s, modified: %s, mod sum: %q)",
		cmp.Or(revision, "unknown"), cmp.Or(modified, "?"), buildInfo.Main.Sum)

	return info
}
