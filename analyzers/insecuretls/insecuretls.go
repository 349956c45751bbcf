package insecuretls

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
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
	msgSkipVerifyFrom    = "InsecureSkipVerify is set from %s, which this code sets to true: TLS certificate verification is off and any man in the middle is accepted; remove it and trust the server's CA (RootCAs) instead"
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
		Fixes:      scaffold.BehaviourChanging,
		Run:        r.run,
	})
	a.Flags.BoolVar(&r.runtime, "runtime", false, "also report values chosen at run time: non-constant ones, and constants set inside an if, switch or select branch")
	return a
}

// Analyzer is the insecuretls analyzer with its flags at their defaults.
var Analyzer = New()

func (r *rule) run(pass *analysis.Pass, rep *suppress.Reporter) error {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		rule:     r,
		pass:     pass,
		info:     pass.TypesInfo,
		insp:     insp,
		rep:      rep,
		verified: make(map[ast.Node]map[string]bool),
	}
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
	insp *inspector.Inspector
	rep  *suppress.Reporter
	file *ast.File // the file being checked

	verified map[ast.Node]map[string]bool     // top-level declaration -> configs with a Verify callback
	uses     map[types.Object]int             // local variable or import -> uses, computed on demand
	gofmt    fixes.Formatter                  // keeps the fixes gofmt-clean
	decls    map[*types.Func]inspector.Cursor // the package's function declarations, for pins
	pinning  map[ast.Node]bool                // top-level declaration -> it checks the peer's certificates
}

// literal checks a tls.Config composite literal.
func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !knowledge.TLSConfig.Is(c.info.TypeOf(lit)) {
		return
	}
	if kv := match.KeyedField(lit, "InsecureSkipVerify"); kv != nil {
		// Verification replaced by a callback or by the code after the
		// handshake, or a server's config, where the field does nothing.
		verified := c.hasVerify(lit) || c.verifiedElsewhere(cur, c.litKey(cur)) || c.serverLit(cur) || c.pins(cur)
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
			verified := c.verifiedElsewhere(cur, c.configKey(sel)) || c.serverExpr(cur, sel.X) || c.pins(cur)
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
		if src := c.constTrueSource(cur, value); src != nil {
			d := analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: fmt.Sprintf(msgSkipVerifyFrom, src.Name())}
			if edits := remove(); edits != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Remove InsecureSkipVerify", TextEdits: edits}}
			}
			c.rep.Report(d)
			return
		}
		if c.runtime {
			c.rep.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Message: msgSkipVerifyRuntime})
		}
	case !constant.BoolVal(tv.Value):
		// false is the default.
	case c.chosen(cur, verifyChoice):
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
	if c.chosen(cur, versionChoice) {
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

// chosen reports whether cur lies in a branch of an if, switch or select
// statement of its function whose condition, or the function itself, is
// named like the user's choice by names (if opts.Insecure {...}): it runs
// only when the user asks for it. A branch on anything else (the URL's
// scheme, "SSL enabled") does not make it a choice.
func (c *checker) chosen(cur inspector.Cursor, names *regexp.Regexp) bool {
	in, chosen := c.branch(cur, names)
	return in && chosen
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
	edit, ok := fixes.DeleteElement(c.pass, lit, kv)
	if !ok {
		return nil
	}
	return c.gofmt.Tidy(c.pass, []analysis.TextEdit{edit})
}

// removeStmt returns the edits that remove the assignment as, or nil.
func (c *checker) removeStmt(cur inspector.Cursor, as *ast.AssignStmt) []analysis.TextEdit {
	edit, ok := fixes.DeleteStmt(c.pass, cur)
	if !ok || !c.removable(as, false) {
		return nil
	}
	return c.gofmt.Tidy(c.pass, []analysis.TextEdit{edit})
}

// raiseMinVersion returns the edits that replace the value of MinVersion
// with tls.VersionTLS12, or nil.
func (c *checker) raiseMinVersion(value ast.Expr) []analysis.TextEdit {
	name, imp, ok := fixes.Import(c.pass, c.file, knowledge.TLSConfig.Pkg, "tls", fixes.At(value.Pos()))
	if !ok || !c.removable(value, true) {
		return nil
	}
	edits := c.gofmt.Tidy(c.pass, []analysis.TextEdit{fixes.Replace(c.pass.Fset, value, fixes.Sel(name, "VersionTLS12"))})
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
