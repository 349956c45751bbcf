package statuscheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/respflow"
)

// guardFix inserts, before the statement that reads, a guard that leaves
// the function on a status outside 2xx.
func guardFix(pass *analysis.Pass, r *respflow.Response, read respflow.Read) *analysis.SuggestedFix {
	if r.Var == nil {
		return nil
	}
	stmt := fixes.EnclosingStmt(r.Func.Body, read.Pos)
	if stmt == nil {
		return nil
	}
	// The response must still be visible, under its name, at the guard.
	if scope := pass.Pkg.Scope().Innermost(stmt.Pos()); scope == nil {
		return nil
	} else if _, obj := scope.LookupParent(r.Var.Name(), stmt.Pos()); obj != r.Var {
		return nil
	}
	file := fixes.File(pass, stmt.Pos())
	name := r.Var.Name()
	cond := fmt.Sprintf("%s.StatusCode < 200 || %s.StatusCode > 299", name, name)
	exit, edits, ok := exitFor(pass, file, r.Func, stmt.Pos(), name)
	if !ok {
		return nil
	}
	indent := fixes.Indent(pass, stmt.Pos())
	var b strings.Builder
	fmt.Fprintf(&b, "if %s {\n", cond)
	for _, line := range exit {
		fmt.Fprintf(&b, "%s\t%s\n", indent, line)
	}
	fmt.Fprintf(&b, "%s}\n%s", indent, indent)
	edits = append(edits, analysis.TextEdit{Pos: stmt.Pos(), End: stmt.Pos(), NewText: []byte(b.String())})
	return &analysis.SuggestedFix{Message: "Check the status before reading the body", TextEdits: edits}
}

// exitFor returns the statements that leave fn on a bad status, and the
// import edits they need.
func exitFor(pass *analysis.Pass, file *ast.File, fn *respflow.Func, pos token.Pos, resp string) ([]string, []analysis.TextEdit, bool) {
	results := fn.Sig.Results()
	if n := results.Len(); n > 0 && isError(results.At(n-1).Type()) {
		fmtName, edits, ok := importAt(pass, file, pos, "fmt")
		if !ok {
			return nil, nil, false
		}
		var vals []string
		for i := range n - 1 {
			z, ok := zero(pass, file, results.At(i).Type())
			if !ok {
				return nil, nil, false
			}
			vals = append(vals, z)
		}
		vals = append(vals, fmt.Sprintf("%s.Errorf(\"unexpected status: %%s\", %s.Status)", fmtName, resp))
		return []string{"return " + strings.Join(vals, ", ")}, edits, true
	}
	if results.Len() > 0 {
		return nil, nil, false
	}
	params := fn.Sig.Params()
	for v := range params.Variables() {
		if (match.IsPointerTo(v.Type(), "testing", "T") || match.IsPointerTo(v.Type(), "testing", "B")) && v.Name() != "_" && v.Name() != "" {
			return []string{fmt.Sprintf("%s.Fatalf(\"unexpected status: %%s\", %s.Status)", v.Name(), resp)}, nil, true
		}
	}
	if params.Len() == 2 && match.IsType(params.At(0).Type(), "net/http", "ResponseWriter") &&
		match.IsPointerTo(params.At(1).Type(), "net/http", "Request") && params.At(0).Name() != "_" && params.At(0).Name() != "" {
		httpName, edits, ok := importAt(pass, file, pos, "net/http")
		if !ok {
			return nil, nil, false
		}
		return []string{
			fmt.Sprintf("%s.Error(%s, \"upstream: \"+%s.Status, %s.StatusBadGateway)", httpName, params.At(0).Name(), resp, httpName),
			"return",
		}, edits, true
	}
	if decl, ok := fn.Node.(*ast.FuncDecl); ok && decl.Name.Name == "main" && decl.Recv == nil && pass.Pkg.Name() == "main" {
		logName, edits, ok := importAt(pass, file, pos, "log")
		if !ok {
			return nil, nil, false
		}
		return []string{fmt.Sprintf("%s.Fatalf(\"unexpected status: %%s\", %s.Status)", logName, resp)}, edits, true
	}
	return nil, nil, false
}

func importAt(pass *analysis.Pass, file *ast.File, pos token.Pos, path string) (string, []analysis.TextEdit, bool) {
	def := path[strings.LastIndex(path, "/")+1:]
	name, edits, ok := fixes.Import(pass, file, path, def)
	if !ok || !fixes.FreeAt(pass, pos, name) {
		return "", nil, false
	}
	return name, edits, true
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// zero returns the source of the zero value of t as file can write it.
func zero(pass *analysis.Pass, file *ast.File, t types.Type) (string, bool) {
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		name, ok := typeString(pass, file, t)
		return "*new(" + name + ")", ok
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Info()&types.IsNumeric != 0:
			return "0", true
		case u.Kind() == types.UnsafePointer:
			return "nil", true
		}
		return "", false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return "nil", true
	case *types.Basic:
		// A named number, string or boolean type: convert the literal.
		name, ok := typeString(pass, file, t)
		lit, _ := zero(pass, file, t.Underlying())
		return name + "(" + lit + ")", ok
	case *types.Struct, *types.Array:
		name, ok := typeString(pass, file, t)
		return name + "{}", ok
	}
	return "", false
}

// typeString writes t with the import names of file; it fails when t
// needs a package that file does not import.
func typeString(pass *analysis.Pass, file *ast.File, t types.Type) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		for _, spec := range file.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if path != p.Path() {
				continue
			}
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					continue
				}
				return spec.Name.Name
			}
			return p.Name()
		}
		ok = false
		return p.Name()
	})
	return s, ok
}
