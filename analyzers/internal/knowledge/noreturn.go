package knowledge

import (
	"go/ast"
	"go/types"

	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// noReturn lists the functions that never return to their caller, by
// package: the paths through them end there.
var noReturn = NewTable(
	Row{Pkg: "os", Names: []string{"Exit"}, Why: "ends the process"},
	Row{Pkg: "runtime", Names: []string{"Goexit"}, Why: "ends the goroutine"},
	Row{Pkg: "log", Names: []string{"Fatal", "Fatalf", "Fatalln"}, Why: "logs, then os.Exit(1)"},
	Row{Pkg: "log", Names: []string{"Panic", "Panicf", "Panicln"}, Why: "logs, then panics"},
	Row{Pkg: "log", Recv: "Logger", Names: []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}, Why: "the same, on a Logger"},
)

// noReturnNames never return by convention, whatever their package:
// testing's Fatal, FailNow and Skip family (and testify's require, which
// calls them), and the Fatal methods of the logging libraries (logrus,
// zap's sugared logger, klog), which exit. Matching these by name costs
// a false negative at worst: a path wrongly taken to end is not walked.
var noReturnNames = map[string]bool{
	"Fatal": true, "Fatalf": true, "Fatalln": true,
	"FailNow": true, "Skip": true, "Skipf": true, "SkipNow": true,
	"Goexit": true,
}

// NeverReturns reports whether a call of fn never returns. fn is nil for
// a call of a function value, which may return.
func NeverReturns(fn *types.Func) bool {
	return fn != nil && (noReturnNames[fn.Name()] || noReturn.Has(fn))
}

// CallReturns reports whether a call may return to its caller: not a
// call of the builtin panic, nor of a function that NeverReturns. It is
// what go/cfg asks to end a block.
func CallReturns(info *types.Info, call *ast.CallExpr) bool {
	if id, ok := match.Unparen(call.Fun).(*ast.Ident); ok && IsPanic(info.Uses[id]) {
		return false
	}
	return !NeverReturns(match.Callee(info, call))
}

// IsPanic reports whether obj is the builtin panic.
func IsPanic(obj types.Object) bool {
	b, ok := obj.(*types.Builtin)
	return ok && b.Name() == "panic"
}
