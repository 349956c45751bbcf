package clienttimeout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

// sharedClient is the package-level client that replaces http.Get and
// friends and http.DefaultClient. Every fix that uses it carries the same
// declaration edits, so that any subset of the fixes, applied together,
// declares it exactly once.
type sharedClient struct {
	name      string
	declFile  *ast.File
	declEdits []analysis.TextEdit
	// fileEdits holds, for the files other than declFile whose every use
	// of net/http is a helper being replaced, the edits that replace all
	// of them and delete the import: replacing one alone would leave the
	// import used, so each fix in such a file carries them all, and any
	// of them applied leaves the file fixed whole.
	fileEdits map[*ast.File][]analysis.TextEdit
}

// sharedNames are the names tried for the shared client, in order. The
// first that is free in the package (its tests included, read from disk,
// so that both variants agree) and not shadowed at any helper is used:
// one name for every fix of a run, so that one -fix declares one client
// and a second has nothing left to do.
var sharedNames = append([]string{"httpClient", "timeoutClient", "httpvetClient"}, fixes.Numbered("httpClient", 9)[1:]...)

func (c *checker) sharedClient(rep *suppress.Reporter) *sharedClient {
	helpers := make(map[*ast.File][]*ast.SelectorExpr)
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
		helpers[file] = append(helpers[file], sel)
	}
	if len(files) == 0 {
		return nil
	}

	s := &sharedClient{fileEdits: make(map[*ast.File][]analysis.TextEdit)}
	s.name = fixes.PackageFreeName(c.pass, func(name string) bool {
		for _, hs := range helpers {
			for _, h := range hs {
				if !fixes.FreeAt(c.pass, h.Pos(), name) {
					return false
				}
			}
		}
		return true
	}, sharedNames...)
	if s.name == "" {
		return nil
	}

	// Declare the client in a file that would otherwise lose its last use
	// of net/http, if there is one, so that file keeps its import.
	helperOnly := make(map[*ast.File]bool)
	for _, file := range files {
		if c.onlyHelpers(file, helpers[file]) {
			helperOnly[file] = true
		}
	}
	s.declFile = files[0]
	for _, file := range files {
		if helperOnly[file] && !isTest(c.pass, file) {
			s.declFile = file
			break
		}
	}
	for _, file := range files {
		if !helperOnly[file] || file == s.declFile {
			continue
		}
		edits, ok := c.replaceAll(s.name, file, helpers[file])
		if !ok {
			edits = nil // no fix in this file
		}
		s.fileEdits[file] = edits
	}

	tf := c.pass.Fset.File(s.declFile.FileStart)
	eof := token.Pos(tf.Base() + tf.Size())
	timePkg, edits, ok := fixes.Import(c.pass, s.declFile, "time", "time", fixes.At(eof))
	if !ok {
		return nil
	}
	// var httpClient = &http.Client{Timeout: 30 * time.Second}
	httpName := c.httpPkgName(helpers[s.declFile][0].X).Name()
	client := &ast.UnaryExpr{Op: token.AND, X: timeoutLit(fixes.Sel(httpName, "Client"), fixes.DurationExpr(c.timeout, timePkg))}
	decl := &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(s.name)}, Values: []ast.Expr{client}}}}
	doc := fmt.Sprintf("// %s has a timeout, unlike http.DefaultClient: a stalled server cannot block a request forever.\n", s.name)
	s.declEdits = append(edits, fixes.AppendDecl(c.pass, s.declFile, doc+fixes.Source(c.pass.Fset, decl)))
	return s
}

// replaceAll returns the edits that replace every helper of file and
// delete its import of net/http, which nothing else in file uses.
func (c *checker) replaceAll(name string, file *ast.File, helpers []*ast.SelectorExpr) ([]analysis.TextEdit, bool) {
	var edits []analysis.TextEdit
	for _, h := range helpers {
		edits = append(edits, replaceHelper(h, name))
	}
	pn := c.httpPkgName(helpers[0].X)
	for _, spec := range file.Imports {
		if c.pass.TypesInfo.PkgNameOf(spec) == pn {
			del, ok := fixes.DeleteImport(c.pass, file, spec)
			if !ok {
				return nil, false
			}
			return append(edits, del), true
		}
	}
	return nil, false
}

// replaceHelper returns the edit that sends helper's request with the
// shared client: http.Get becomes name.Get, and http.DefaultClient
// becomes name.
func replaceHelper(helper *ast.SelectorExpr, name string) analysis.TextEdit {
	if helper.Sel.Name == "DefaultClient" {
		return analysis.TextEdit{Pos: helper.Pos(), End: helper.End(), NewText: []byte(name)}
	}
	return analysis.TextEdit{Pos: helper.X.Pos(), End: helper.X.End(), NewText: []byte(name)}
}

// fix replaces a helper: http.Get becomes httpClient.Get, and
// http.DefaultClient becomes httpClient.
func (s *sharedClient) fix(c *checker, helper ast.Expr) *analysis.SuggestedFix {
	sel, ok := helper.(*ast.SelectorExpr)
	if !ok || c.httpPkgName(sel.X) == nil || !fixes.FreeAt(c.pass, helper.Pos(), s.name) {
		return nil
	}
	var edits []analysis.TextEdit
	if fe, whole := s.fileEdits[fixes.File(c.pass, helper.Pos())]; whole {
		if fe == nil {
			return nil
		}
		edits = append(edits, fe...)
	} else {
		edits = append(edits, replaceHelper(sel, s.name))
	}
	edits = append(edits, s.declEdits...)
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
func (c *checker) onlyHelpers(file *ast.File, helpers []*ast.SelectorExpr) bool {
	replaced := make(map[ast.Expr]bool)
	for _, h := range helpers {
		replaced[h.X] = true
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

// defaultConfigured reports whether the program configures
// http.DefaultClient anywhere in the package, its tests included: assigns
// one of its fields (Jar, Transport, CheckRedirect, Timeout), directly or
// through a variable that holds it, or replaces it. Requests rerouted to
// a new client would lose that session, those credentials or that proxy,
// so the helpers get no fix there. The package's non-test files are
// judged through types; its _test.go files, read from disk, by their
// syntax, so that both variants of the package agree.
func (c *checker) defaultConfigured() bool {
	info := c.pass.TypesInfo
	for _, file := range c.pass.Files {
		if isTest(c.pass, file) {
			continue
		}
		fileCur, _ := c.idx.Root().FindNode(file)
		for cur := range fileCur.Preorder((*ast.SelectorExpr)(nil), (*ast.Ident)(nil)) {
			e, ok := cur.Node().(ast.Expr)
			if !ok || cur.ParentEdgeKind() == edge.SelectorExpr_Sel || !c.isDefaultClient(e) {
				continue
			}
			if c.configures(uses.Of(info, cur)) {
				return true
			}
		}
	}
	for _, file := range fixes.TestFiles(c.pass, "DefaultClient") {
		if testConfiguresDefault(file) {
			return true
		}
	}
	return false
}

// configures reports whether the use x of http.DefaultClient changes it.
func (c *checker) configures(x uses.Use) bool {
	info := c.pass.TypesInfo
	switch x.Kind {
	case uses.Target:
		return true // http.DefaultClient = ...
	case uses.Deref:
		return uses.Of(info, x.Parent).Kind == uses.Target // *http.DefaultClient = ...
	case uses.Field:
		return x.Written // http.DefaultClient.Jar = jar
	case uses.Assigned, uses.Declared:
		if x.Tuple || len(x.Lhs) != 1 {
			return false
		}
		v := match.ObjectOf(info, x.Lhs[0])
		if v == nil {
			return false
		}
		for _, ref := range c.idx.Refs(v) {
			if r := uses.Of(info, ref.Cur); r.Kind == uses.Field && r.Written {
				return true // c := http.DefaultClient; c.Jar = jar
			}
		}
	}
	return false
}

// testConfiguresDefault reports whether a test file assigns
// http.DefaultClient or one of its fields, directly or through a variable
// it was assigned to (by name: the file is not type-checked).
func testConfiguresDefault(file *ast.File) bool {
	httpName := ""
	for _, spec := range file.Imports {
		if spec.Path.Value == `"net/http"` {
			httpName = "http"
			if spec.Name != nil {
				httpName = spec.Name.Name
			}
		}
	}
	if httpName == "" || httpName == "_" || httpName == "." {
		return false
	}
	isDefault := func(e ast.Expr) bool {
		sel, ok := match.Unparen(e).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "DefaultClient" {
			return false
		}
		id, ok := sel.X.(*ast.Ident)
		return ok && id.Name == httpName
	}
	holders := make(map[string]bool) // variables assigned http.DefaultClient
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, lhs := range as.Lhs {
			lhs = match.Unparen(lhs)
			if star, ok := lhs.(*ast.StarExpr); ok {
				lhs = star.X
			}
			if isDefault(lhs) {
				found = true
			}
			if sel, ok := lhs.(*ast.SelectorExpr); ok {
				if isDefault(sel.X) {
					found = true
				}
				if id, ok := match.Unparen(sel.X).(*ast.Ident); ok && holders[id.Name] {
					found = true
				}
			}
			if id, ok := lhs.(*ast.Ident); ok && len(as.Rhs) == len(as.Lhs) && isDefault(as.Rhs[i]) {
				holders[id.Name] = true
			}
		}
		return !found
	})
	return found
}
