package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// packageArgs turns .go file arguments into the directories that hold
// them, once each, so that a pre-commit hook can pass the staged files:
// the go command would otherwise treat them as one ad-hoc package, which
// fails as soon as they come from two directories. Other arguments are
// kept as they are.
func packageArgs(args []string) []string {
	var out []string
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") && strings.HasSuffix(arg, ".go") {
			if info, err := os.Stat(arg); err == nil && info.Mode().IsRegular() {
				dir := filepath.Dir(arg)
				if !filepath.IsAbs(dir) {
					dir = "." + string(filepath.Separator) + dir
				}
				if !slices.Contains(out, dir) {
					out = append(out, dir)
				}
				continue
			}
		}
		out = append(out, arg)
	}
	return out
}
