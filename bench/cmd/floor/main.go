// Command floor runs the floor analyzer (package internal/floor) with
// singlechecker, the driver httpvet's multichecker shares: it is the
// baseline the harness measures httpvet's time and memory against.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/httpvet/httpvet/bench/internal/floor"
)

func main() { singlechecker.Main(floor.Analyzer) }
