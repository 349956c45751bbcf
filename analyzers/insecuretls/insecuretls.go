package insecuretls

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// versionTLS12 is tls.VersionTLS12, the oldest version without known
// protocol attacks.
const versionTLS12 = 0x0303

const (
	msgSkipVerify        = "InsecureSkipVerify: true turns off TLS certificate verification, so any man in the middle is accepted; remove it and trust the server's CA (RootCAs) instead"
	msgSkipVerifyRuntime = "InsecureSkipVerify is chosen at run time, and when it is true TLS certificate verification is off and any man in the middle is accepted; keep it an explicit opt-in of the user or trust the server's CA (RootCAs) instead"
	msgMinVersion        = "MinVersion allows %s, a protocol version with known attacks that RFC 8996 deprecates; raise it to tls.VersionTLS12"
	msgMinVersionRuntime = "MinVersion is chosen at run time and may allow %s, which has known attacks and is deprecated by RFC 8996; make sure it is at least tls.VersionTLS12"
)

// rule holds the flags of one analyzer.
type rule struct {
	runtime bool // also report values chosen at run time
}

// New returns a new insecuretls analyzer with its own flags.
func New() *analysis.Analyzer {
	r := new(rule)
	// A package that imports neither package can still reach a tls.Config
	// through a third one, but rarely does; the test keeps the rule cheap.
	a := scaffold.New(scaffold.Rule{
		Name:       "insecuretls",
		Doc:        doc,
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		Production: true,
		Imports:    []string{knowledge.TLSConfig.Pkg, "net/http"},
		Run:        r.run,
	})
	a.Flags.BoolVar(&r.runtime, "runtime", false, "also report values chosen at run time: non-constant ones, and constants set inside an if, switch or select branch")
	return a
}

// Analyzer is the insecuretls analyzer with its flags at their defaults.
var Analyzer = New()

func (r *rule) run(pass *analysis.Pass, rep *suppress.Reporter) error {
	c := &checker{
		rule:     r,
		pass:     pass,
		info:     pass.TypesInfo,
		rep:      rep,
		verified: make(map[ast.Node]map[string]bool),
		clean:    make(map[*token.File][]byte),
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fileCur := range insp.Root().Children() {
		c.file = fileCur.Node().(*ast.File)
		if rep.Skips(c.file) {
			continue
		}
		for cur := range fileCur.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.CompositeLit:
				c.literal(cur, n)
			case *ast.AssignStmt:
				c.assign(cur, n)
			}
		}
	}
	return nil
}

// A checker checks one package.
type checker struct {
	*rule
	pass *analysis.Pass
	info *types.Info
	rep  *suppress.Reporter
	file *ast.File // the file being checked

	verified map[ast.Node]map[string]bool // top-level declaration -> configs with a Verify callback
	uses     map[types.Object]int         // local variable or import -> uses, computed on demand
	clean    map[*token.File][]byte       // source of a file, nil when not gofmt-clean
}

// literal checks a tls.Config composite literal.
func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !knowledge.TLSConfig.Is(c.info.TypeOf(lit)) {
		return
	}
	if kv := match.KeyedField(lit, "InsecureSkipVerify"); kv != nil {
		verified := c.hasVerify(lit) || c.verifiedElsewhere(cur, c.litKey(cur))
		c.skipVerify(cur, kv, kv.Value, verified, func() []analysis.TextEdit {
			return c.removeElement(lit, kv)
		})
	}
	if kv := match.KeyedField(lit, "MinVersion"); kv != nil {
		c.minVersion(cur, kv, kv.Value)
	}
}

// assign checks assignments to the fields of a tls.Config.
func (c *checker) assign(cur inspector.Cursor, as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		field, owner := match.SelectedField(c.info, sel)
		if field == nil {
			continue // a method value or a qualified identifier
		}
		rng := span{lhs.Pos(), as.Rhs[i].End()}
		switch {
		case knowledge.TLSConfig.IsField(field, owner, "InsecureSkipVerify"):
			verified := c.verifiedElsewhere(cur, c.configKey(sel))
			c.skipVerify(cur, rng, as.Rhs[i], verified, func() []analysis.TextEdit {
				if len(as.Lhs) > 1 {
					return nil // a, cfg.InsecureSkipVerify = x, true: rare, leave it to the user
				}
				return c.removeStmt(cur, as)
			})
		case knowledge.TLSConfig.IsField(field, owner, "MinVersion"):
			c.minVersion(cur, rng, as.Rhs[i])
		}
	}
}

// skipVerify reports InsecureSkipVerify set to value at rng; remove
// returns the edits of the fix, or nil.
func (c *checker) skipVerify(cur inspector.Cursor, rng analysis.Range, value ast.Expr, verified bool, remove func() []analysis.TextEdit) {
	if verified {
		return // the config checks certificates itself
	}
	tv := c.info.Types[value]
	switch {
	case tv.Value == nil || tv.Value.Kind() != constant.Bool:
		if c.runtime {
			c.rep.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: msgSkipVerifyRuntime})
		}
	case !constant.BoolVal(tv.Value):
		// false is the default.
	case inBranch(cur):
		if c.runtime {
			c.rep.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: msgSkipVerifyRuntime})
		}
	default:
		d := analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: msgSkipVerify}
		if edits := remove(); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Remove InsecureSkipVerify", TextEdits: edits}}
		}
		c.rep.Report(d)
	}
}

// minVersion reports MinVersion set to value at rng.
func (c *checker) minVersion(cur inspector.Cursor, rng analysis.Range, value ast.Expr) {
	tv := c.info.Types[value]
	if tv.Value == nil {
		if c.runtime {
			c.rep.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: fmt.Sprintf(msgMinVersionRuntime, "TLS 1.0 or 1.1")})
		}
		return
	}
	v, exact := constant.Uint64Val(constant.ToInt(tv.Value))
	if !exact || v == 0 || v >= versionTLS12 {
		return
	}
	// crypto/tls implements nothing below TLS 1.0, so anything lower
	// allows TLS 1.0.
	version := "TLS 1.0"
	if v == versionTLS12-1 {
		version = "TLS 1.1"
	}
	if inBranch(cur) {
		if c.runtime {
			c.rep.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: fmt.Sprintf(msgMinVersionRuntime, version)})
		}
		return
	}
	d := analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: fmt.Sprintf(msgMinVersion, version)}
	if edits := c.raiseMinVersion(value); edits != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Raise MinVersion to TLS 1.2", TextEdits: edits}}
	}
	c.rep.Report(d)
}

// inBranch reports whether cur lies in a branch of an if, switch or
// select statement of its function, where it runs only on a condition
// the program chose at run time.
func inBranch(cur inspector.Cursor) bool {
	for ; cur.Parent().Valid(); cur = cur.Parent() {
		switch cur.Parent().Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit, *ast.File:
			return false
		case *ast.CaseClause, *ast.CommClause:
			return true
		case *ast.IfStmt:
			if k := cur.ParentEdgeKind(); k == edge.IfStmt_Body || k == edge.IfStmt_Else {
				return true
			}
		}
	}
	return false
}

// span is an analysis.Range.
type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }

// -- Verification callbacks --

// hasVerify reports whether a tls.Config literal supplies a
// VerifyPeerCertificate or VerifyConnection callback.
func (c *checker) hasVerify(lit *ast.CompositeLit) bool {
	for _, name := range []string{"VerifyPeerCertificate", "VerifyConnection"} {
		if kv := match.KeyedField(lit, name); kv != nil && !c.info.Types[kv.Value].IsNil() {
			return true
		}
	}
	return false
}

// verifiedElsewhere reports whether the top-level declaration holding cur
// gives the config named key a verification callback, by a literal
// assigned to it or by assigning the callback field.
func (c *checker) verifiedElsewhere(cur inspector.Cursor, key string) bool {
	if key == "" {
		return false
	}
	decl := cur
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		if _, ok := p.Node().(*ast.File); ok {
			break
		}
		decl = p
	}
	keys, ok := c.verified[decl.Node()]
	if !ok {
		keys = make(map[string]bool)
		for cur := range decl.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.CompositeLit:
				if knowledge.TLSConfig.Is(c.info.TypeOf(n)) && c.hasVerify(n) {
					keys[c.litKey(cur)] = true
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || c.info.Types[n.Rhs[i]].IsNil() {
						continue
					}
					field, owner := match.SelectedField(c.info, sel)
					if field == nil {
						continue
					}
					if knowledge.TLSConfig.IsField(field, owner, "VerifyPeerCertificate") ||
						knowledge.TLSConfig.IsField(field, owner, "VerifyConnection") {
						keys[c.configKey(sel)] = true
					}
				}
			}
		}
		delete(keys, "")
		c.verified[decl.Node()] = keys
	}
	return keys[key]
}

// key names the variable or field path that e denotes, such as
// "cfg@0xc000123.TLSClientConfig", or returns "". Pointer indirections
// and promoted fields do not change the key: cfg, *cfg and &cfg have one
// key, and so have s.InsecureSkipVerify and s.Config.InsecureSkipVerify's
// configs when s embeds tls.Config.
func (c *checker) key(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.info.Uses[e].(*types.Var); ok {
			return fmt.Sprintf("%s@%p", v.Name(), v)
		}
		if v, ok := c.info.Defs[e].(*types.Var); ok {
			return fmt.Sprintf("%s@%p", v.Name(), v)
		}
	case *ast.StarExpr:
		return c.key(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.key(e.X)
		}
	case *ast.SelectorExpr:
		sel, ok := c.info.Selections[e]
		if !ok {
			return c.key(e.Sel) // a qualified identifier, pkg.Var
		}
		if sel.Kind() == types.FieldVal {
			return c.path(c.key(e.X), sel.Recv(), sel.Index())
		}
	}
	return ""
}

// configKey is the key of the config whose field sel selects.
func (c *checker) configKey(sel *ast.SelectorExpr) string {
	s := c.info.Selections[sel]
	return c.path(c.key(sel.X), s.Recv(), s.Index()[:len(s.Index())-1])
}

// path appends to key the names of the fields that index selects from t.
func (c *checker) path(key string, t types.Type, index []int) string {
	if key == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(key)
	for _, i := range index {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return "" // a type parameter
		}
		f := st.Field(i)
		b.WriteString("." + f.Name())
		t = f.Type()
	}
	return b.String()
}

// litKey is the key of the variable or field a composite literal is
// assigned to: cfg in cfg := &tls.Config{...}, tr.TLSClientConfig in
// tr := &http.Transport{TLSClientConfig: &tls.Config{...}}.
func (c *checker) litKey(cur inspector.Cursor) string {
	for {
		switch n := cur.Parent().Node().(type) {
		case *ast.ParenExpr:
			cur = cur.Parent()
			continue
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				cur = cur.Parent()
				continue
			}
		}
		break
	}
	k, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			return c.key(p.Lhs[i])
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Values && len(p.Names) == len(p.Values) {
			return c.key(p.Names[i])
		}
	case *ast.KeyValueExpr:
		outer := cur.Parent().Parent()
		lit, ok := outer.Node().(*ast.CompositeLit)
		id, isIdent := p.Key.(*ast.Ident)
		if k != edge.KeyValueExpr_Value || !ok || !isIdent {
			break
		}
		if t := c.info.TypeOf(lit); t != nil {
			if ptr, ok := t.Underlying().(*types.Pointer); ok {
				t = ptr.Elem() // an elided &T in []*T{{...}}
			}
			if _, ok := t.Underlying().(*types.Struct); ok {
				if key := c.litKey(outer); key != "" {
					return key + "." + id.Name
				}
			}
		}
	}
	return ""
}

// -- Fixes --

// removeElement returns the edits that remove kv from lit, or nil.
func (c *checker) removeElement(lit *ast.CompositeLit, kv *ast.KeyValueExpr) []analysis.TextEdit {
	if !c.removable(kv, false) {
		return nil
	}
	i := slices.Index(lit.Elts, ast.Expr(kv))
	var edit analysis.TextEdit
	switch {
	case len(lit.Elts) == 1 && !c.otherComments(lit, kv):
		edit = analysis.TextEdit{Pos: lit.Lbrace + 1, End: lit.Rbrace} // T{}
	case c.ownLines(kv.Pos(), kv.End(), true):
		edit = fixes.DeleteLines(c.pass.Fset, kv.Pos(), kv.End())
	case i+1 < len(lit.Elts):
		edit = analysis.TextEdit{Pos: kv.Pos(), End: lit.Elts[i+1].Pos()} // "InsecureSkipVerify: true, "
	case i > 0:
		edit = analysis.TextEdit{Pos: lit.Elts[i-1].End(), End: kv.End()} // ", InsecureSkipVerify: true"
	default:
		return nil
	}
	return c.tidy([]analysis.TextEdit{edit})
}

// removeStmt returns the edits that remove the assignment as, or nil.
func (c *checker) removeStmt(cur inspector.Cursor, as *ast.AssignStmt) []analysis.TextEdit {
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
	default:
		return nil // the init or post statement of an if, for or switch, or a labeled statement
	}
	if !c.removable(as, false) {
		return nil
	}
	edit := analysis.TextEdit{Pos: as.Pos(), End: as.End()} // func() { cfg.InsecureSkipVerify = true }
	if c.ownLines(as.Pos(), as.End(), false) {
		edit = fixes.DeleteLines(c.pass.Fset, as.Pos(), as.End())
		// gofmt keeps a blank line at the start or the end of a block,
		// but it would not have been written there: remove it too.
		tf := c.pass.Fset.File(as.Pos())
		_, i := cur.ParentEdge()
		switch {
		case i == 0 && c.blankLine(tf, tf.Line(as.End())+1):
			edit = fixes.DeleteLines(c.pass.Fset, as.Pos(), tf.LineStart(tf.Line(as.End())+1))
		case i == stmtCount(cur.Parent().Node())-1 && c.blankLine(tf, tf.Line(as.Pos())-1):
			edit = fixes.DeleteLines(c.pass.Fset, tf.LineStart(tf.Line(as.Pos())-1), as.End())
		}
	}
	return c.tidy([]analysis.TextEdit{edit})
}

// stmtCount returns the number of statements in a block or a clause.
func stmtCount(n ast.Node) int {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return len(n.List)
	case *ast.CaseClause:
		return len(n.Body)
	case *ast.CommClause:
		return len(n.Body)
	}
	return 0
}

// blankLine reports whether line of tf holds nothing but white space.
func (c *checker) blankLine(tf *token.File, line int) bool {
	if line < 1 || line >= tf.LineCount() {
		return false // the last line cannot lie inside a block
	}
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return false
	}
	text := src[tf.Offset(tf.LineStart(line)):tf.Offset(tf.LineStart(line+1))]
	return len(bytes.TrimSpace(text)) == 0
}

// raiseMinVersion returns the edits that replace the value of MinVersion
// with tls.VersionTLS12, or nil.
func (c *checker) raiseMinVersion(value ast.Expr) []analysis.TextEdit {
	name, imp, ok := fixes.Import(c.pass, c.file, knowledge.TLSConfig.Pkg, "tls")
	if !ok || !fixes.FreeAt(c.pass, value.Pos(), name) || !c.removable(value, true) {
		return nil
	}
	edits := c.tidy([]analysis.TextEdit{{Pos: value.Pos(), End: value.End(), NewText: []byte(name + ".VersionTLS12")}})
	return append(edits, imp...)
}

// removable reports whether removing n leaves every local variable and
// every import of the file used, so that the file still compiles. If
// keepTLS, the fix itself uses crypto/tls.
func (c *checker) removable(n ast.Node, keepTLS bool) bool {
	if c.uses == nil {
		c.uses = make(map[types.Object]int)
		for _, f := range c.pass.Files {
			c.countUses(f, c.uses)
		}
	}
	inside := make(map[types.Object]int)
	c.countUses(n, inside)
	for obj, count := range inside {
		if pkg, ok := obj.(*types.PkgName); ok && keepTLS && pkg.Imported().Path() == knowledge.TLSConfig.Pkg {
			continue
		}
		if count == c.uses[obj] {
			return false
		}
	}
	return true
}

// countUses adds to uses the identifiers in n that use a local variable
// or an imported package, in the sense of the compiler's "declared and
// not used": assigning to a variable x = v does not use it.
func (c *checker) countUses(n ast.Node, uses map[types.Object]int) {
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				for _, lhs := range n.Lhs {
					if _, ok := ast.Unparen(lhs).(*ast.Ident); !ok {
						ast.Inspect(lhs, visit)
					}
				}
				for _, rhs := range n.Rhs {
					ast.Inspect(rhs, visit)
				}
				return false
			}
		case *ast.Ident:
			switch obj := c.info.Uses[n].(type) {
			case *types.PkgName:
				uses[obj]++
			case *types.Var:
				if obj.Kind() == types.LocalVar {
					uses[obj]++
				}
			}
		}
		return true
	}
	ast.Inspect(n, visit)
}

// otherComments reports whether a comment lies in the braces of lit on
// a line of its own or of another element than kv, a comment that
// removing the whole of lit's contents would lose.
func (c *checker) otherComments(lit *ast.CompositeLit, kv *ast.KeyValueExpr) bool {
	tf := c.pass.Fset.File(lit.Pos())
	first, last := tf.Line(kv.Pos()), tf.Line(kv.End())
	for _, g := range c.file.Comments {
		if lit.Lbrace < g.Pos() && g.End() < lit.Rbrace && (tf.Line(g.Pos()) < first || tf.Line(g.End()) > last) {
			return true
		}
	}
	return false
}

// ownLines reports whether the source from pos to end stands on lines of
// its own: only white space before it on its first line, and only white
// space or a comment after it on its last line (after a comma if comma).
func (c *checker) ownLines(pos, end token.Pos, comma bool) bool {
	tf := c.pass.Fset.File(pos)
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if len(bytes.TrimLeft(src[start:tf.Offset(pos)], " \t")) > 0 {
		return false
	}
	rest := src[tf.Offset(end):]
	if comma {
		rest = bytes.TrimPrefix(rest, []byte(","))
	}
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r' || bytes.HasPrefix(rest, []byte("//"))
}

// -- Keeping fixes gofmt-clean --

// tidy returns edits to a gofmt-clean file that do what edits do and
// keep it gofmt-clean. Removing a line can leave its neighbours
// misaligned (gofmt aligns the values of key: value lines by the longest
// key, and trailing comments) or leave two blank lines in a row, so tidy
// applies the edits, formats the result and adds the changes gofmt made,
// each as small as possible so that fixes to neighbouring lines compose.
// On a file that was not gofmt-clean it returns edits unchanged.
func (c *checker) tidy(edits []analysis.TextEdit) []analysis.TextEdit {
	tf := c.pass.Fset.File(edits[0].Pos)
	src := c.cleanSource(tf)
	if src == nil {
		return edits
	}
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(x, y analysis.TextEdit) int { return int(x.Pos - y.Pos) })

	// Apply the edits, noting where each one's new text lands.
	var out []byte
	var regions []region
	last := 0
	for _, e := range edits {
		pos, end := tf.Offset(e.Pos), tf.Offset(e.End)
		out = append(out, src[last:pos]...)
		regions = append(regions, region{start: len(out), end: len(out) + len(e.NewText), srcStart: pos, srcEnd: end, edit: true})
		out = append(out, e.NewText...)
		last = end
	}
	out = append(out, src[last:]...)

	formatted, err := format.Source(out)
	if err != nil {
		return edits
	}
	changes, ok := spaceChanges(out, formatted)
	if !ok || len(changes) == 0 {
		return edits
	}
	// toSrc maps an offset of out outside the new texts to src.
	edited := slices.Clone(regions)
	toSrc := func(x int) int {
		for _, r := range slices.Backward(edited) {
			if r.end <= x {
				return x - r.end + r.srcEnd
			}
		}
		return x
	}
	for _, ch := range changes {
		regions = append(regions, region{start: ch.start, end: ch.end, srcStart: toSrc(ch.start), srcEnd: toSrc(ch.end), text: ch.text})
	}
	slices.SortStableFunc(regions, func(x, y region) int { return x.start - y.start })

	// A change that overlaps or touches an edit joins it: the two become
	// one edit. Edits that no change touches are kept as they are.
	var result []analysis.TextEdit
	for i := 0; i < len(regions); {
		group := regions[i : i+1]
		end := regions[i].end
		for j := i + 1; j < len(regions) && regions[j].start <= end; j++ {
			group = regions[i : j+1]
			end = max(end, regions[j].end)
		}
		i += len(group)
		if !slices.ContainsFunc(group, func(r region) bool { return !r.edit }) {
			for _, r := range group {
				result = append(result, analysis.TextEdit{Pos: tf.Pos(r.srcStart), End: tf.Pos(r.srcEnd), NewText: out[r.start:r.end]})
			}
			continue
		}
		var text []byte
		at := group[0].start
		srcStart, srcEnd := group[0].srcStart, group[0].srcEnd
		for _, r := range group {
			srcStart, srcEnd = min(srcStart, r.srcStart), max(srcEnd, r.srcEnd)
			if !r.edit {
				text = append(text, out[at:r.start]...)
				text = append(text, r.text...)
				at = r.end
			}
		}
		text = append(text, out[at:end]...)
		result = append(result, analysis.TextEdit{Pos: tf.Pos(srcStart), End: tf.Pos(srcEnd), NewText: text})
	}
	return result
}

// A region is a stretch of the edited text: the new text of an edit, or
// white space that gofmt changes to text.
type region struct {
	start, end       int // in the edited text
	srcStart, srcEnd int // in the original
	edit             bool
	text             string
}

// cleanSource returns the source of tf if it is gofmt-clean, or nil.
func (c *checker) cleanSource(tf *token.File) []byte {
	src, ok := c.clean[tf]
	if !ok {
		if content, err := c.pass.ReadFile(tf.Name()); err == nil {
			if formatted, err := format.Source(content); err == nil && bytes.Equal(formatted, content) {
				src = content
			}
		}
		c.clean[tf] = src
	}
	return src
}

// A change replaces the white space a[start:end] by text.
type change struct {
	start, end int
	text       string
}

// spaceChanges returns the changes that turn a into b, which must differ
// only in white space, or ok=false. Each change is trimmed to the part
// that differs: a blank line too many is one "\n".
func spaceChanges(a, b []byte) (changes []change, ok bool) {
	i, j := 0, 0
	for {
		i0, j0 := i, j
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if x, y := a[i0:i], b[j0:j]; !bytes.Equal(x, y) {
			p := 0
			for p < len(x) && p < len(y) && x[p] == y[p] {
				p++
			}
			x, y = x[p:], y[p:]
			s := 0
			for s < len(x) && s < len(y) && x[len(x)-1-s] == y[len(y)-1-s] {
				s++
			}
			changes = append(changes, change{start: i0 + p, end: i - s, text: string(y[:len(y)-s])})
		}
		if i == len(a) || j == len(b) {
			return changes, i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return nil, false
		}
		i++
		j++
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
