package clienttimeout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

// sharedClient is the package-level client that replaces http.Get and
// friends and http.DefaultClient. Every fix that uses it carries the same
// declaration edits, so that any subset of the fixes, applied together,
// declares it exactly once.
type sharedClient struct {
	name      string
	declFile  *ast.File
	declEdits []analysis.TextEdit
	// helperOnly holds the files other than declFile whose every use of
	// net/http is a helper being replaced: replacing them would leave the
	// import unused unless all were applied together, so they get no fix.
	helperOnly map[*ast.File]bool
}

var sharedNames = []string{"httpClient", "timeoutClient", "httpvetClient"}

func (c *checker) sharedClient(rep *suppress.Reporter) *sharedClient {
	helpers := make(map[*ast.File][]ast.Expr)
	var files []*ast.File // in pass.Files order, non-test files first
	for _, f := range c.found {
		// A silenced finding gets no fix, so the declaration must not
		// ride on it: golangci-lint keeps only the edits of a fix that
		// fall in its finding's file.
		if f.helper == nil || rep.Covers(f.node.Pos()) || c.nolint(f.node.Pos()) {
			continue
		}
		sel, ok := f.helper.(*ast.SelectorExpr)
		if !ok || c.httpPkgName(sel.X) == nil {
			continue // a dot import: leave it to the user
		}
		file := fixes.File(c.pass, f.helper.Pos())
		if helpers[file] == nil {
			files = append(files, file)
		}
		helpers[file] = append(helpers[file], sel.X)
	}
	if len(files) == 0 {
		return nil
	}

	s := &sharedClient{helperOnly: make(map[*ast.File]bool), name: fixes.PackageFreeName(c.pass, nil, sharedNames...)}
	if s.name == "" {
		return nil
	}

	// Declare the client in a file that would otherwise lose its last use
	// of net/http, if there is one, so that file keeps its import.
	for _, file := range files {
		if c.onlyHelpers(file, helpers[file]) {
			s.helperOnly[file] = true
		}
	}
	s.declFile = files[0]
	for _, file := range files {
		if s.helperOnly[file] && !isTest(c.pass, file) {
			s.declFile = file
			break
		}
	}
	delete(s.helperOnly, s.declFile)

	tf := c.pass.Fset.File(s.declFile.FileStart)
	eof := token.Pos(tf.Base() + tf.Size())
	timePkg, edits, ok := fixes.Import(c.pass, s.declFile, "time", "time", fixes.At(eof))
	if !ok {
		return nil
	}
	// var httpClient = &http.Client{Timeout: 30 * time.Second}
	httpName := c.httpPkgName(helpers[s.declFile][0]).Name()
	client := &ast.UnaryExpr{Op: token.AND, X: timeoutLit(fixes.Sel(httpName, "Client"), fixes.DurationExpr(c.timeout, timePkg))}
	decl := &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(s.name)}, Values: []ast.Expr{client}}}}
	doc := fmt.Sprintf("// %s has a timeout, unlike http.DefaultClient: a stalled server cannot block a request forever.\n", s.name)
	s.declEdits = append(edits, fixes.AppendDecl(c.pass, s.declFile, doc+fixes.Source(c.pass.Fset, decl)))
	return s
}

// fix replaces a helper: http.Get becomes httpClient.Get, and
// http.DefaultClient becomes httpClient.
func (s *sharedClient) fix(c *checker, helper ast.Expr) *analysis.SuggestedFix {
	sel, ok := helper.(*ast.SelectorExpr)
	if !ok || c.httpPkgName(sel.X) == nil || !fixes.FreeAt(c.pass, helper.Pos(), s.name) {
		return nil
	}
	if s.helperOnly[fixes.File(c.pass, helper.Pos())] {
		return nil
	}
	var edit analysis.TextEdit
	if sel.Sel.Name == "DefaultClient" {
		edit = analysis.TextEdit{Pos: sel.Pos(), End: sel.End(), NewText: []byte(s.name)}
	} else {
		edit = analysis.TextEdit{Pos: sel.X.Pos(), End: sel.X.End(), NewText: []byte(s.name)}
	}
	edits := append([]analysis.TextEdit{edit}, s.declEdits...)
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Send with package-level %s, which has a Timeout", s.name),
		TextEdits: edits,
	}
}

// httpPkgName returns the import of net/http that e names, or nil.
func (c *checker) httpPkgName(e ast.Expr) *types.PkgName {
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok || pn.Imported().Path() != "net/http" {
		return nil
	}
	return pn
}

// onlyHelpers reports whether every reference to net/http in file is one
// of the helper qualifiers being replaced.
func (c *checker) onlyHelpers(file *ast.File, helpers []ast.Expr) bool {
	replaced := make(map[ast.Expr]bool)
	for _, h := range helpers {
		replaced[h] = true
	}
	only := true
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.httpPkgName(id) != nil && !replaced[id] {
			only = false
		}
		return only
	})
	return only
}

// nolint reports whether a //nolint comment (golangci-lint's) stands on
// the line of pos.
func (c *checker) nolint(pos token.Pos) bool {
	file := fixes.File(c.pass, pos)
	line := c.pass.Fset.Position(pos).Line
	for _, g := range file.Comments {
		for _, cm := range g.List {
			if strings.HasPrefix(cm.Text, "//nolint") && c.pass.Fset.Position(cm.Pos()).Line == line {
				return true
			}
		}
	}
	return false
}

func isTest(pass *analysis.Pass, file *ast.File) bool {
	return match.IsTestFile(pass.Fset.File(file.FileStart).Name())
}
