package clienttimeout

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/fixes"
	"github.com/httpvet/httpvet/analyzers/internal/index"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
	"github.com/httpvet/httpvet/analyzers/internal/uses"
)

//go:embed doc.go
var doc string

// Analyzer is the clienttimeout rule with its flags at their defaults.
var Analyzer = New()

// New returns a new clienttimeout analyzer with its own flags.
func New() *analysis.Analyzer {
	r := &rule{timeout: 30 * time.Second}
	a := scaffold.New(scaffold.Rule{
		Name:       "clienttimeout",
		Doc:        doc,
		Requires:   []*analysis.Analyzer{inspect.Analyzer, index.Analyzer},
		Production: true,
		Imports:    knowledge.HTTPPackages,
		Fixes:      scaffold.BehaviourChanging,
		Run:        r.run,
	})
	a.Flags.DurationVar(&r.timeout, "default", r.timeout, "the Timeout that fixes insert")
	return a
}

type rule struct {
	timeout time.Duration
}

// A finding is collected before it is reported, because the package-level
// client that the helper fixes introduce is placed by looking at all of
// them.
type finding struct {
	node    ast.Node
	message string
	fix     func() *analysis.SuggestedFix
	helper  ast.Expr // http.Get or http.DefaultClient, to be replaced by the shared client
}

type checker struct {
	*rule
	pass  *analysis.Pass
	idx   *index.Index
	funcs map[*ast.FuncDecl]*funcFacts
	found []finding

	paramBound map[paramKey]bool // context parameters bounded by their callers
}

func (r *rule) run(pass *analysis.Pass, rep *suppress.Reporter) error {
	c := &checker{rule: r, pass: pass, idx: index.Of(pass), funcs: make(map[*ast.FuncDecl]*funcFacts)}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	defaultBounded := c.initBoundsDefaultClient(insp)

	for _, file := range pass.Files {
		if rep.Skips(file) {
			continue
		}
		fileCur, _ := insp.Root().FindNode(file)
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.ValueSpec)(nil), (*ast.SelectorExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.SelectorExpr:
				c.checkMethodValue(cur, n, defaultBounded)
			case *ast.CallExpr:
				c.checkCall(cur, n, defaultBounded)
			case *ast.CompositeLit:
				c.checkLiteral(cur, n)
			case *ast.ValueSpec:
				c.checkVarSpec(cur, n)
			}
		}
	}
	c.reportAll(rep)
	return nil
}

// initBoundsDefaultClient reports whether an init function of the package
// gives http.DefaultClient a timeout or replaces it, which bounds the
// package-level helpers too.
func (c *checker) initBoundsDefaultClient(insp *inspector.Inspector) bool {
	for cur := range insp.Root().Preorder((*ast.AssignStmt)(nil)) {
		decl, ok := enclosingDecl(cur)
		if !ok || decl.Name.Name != "init" || decl.Recv != nil {
			continue
		}
		for _, lhs := range cur.Node().(*ast.AssignStmt).Lhs {
			lhs = match.Unparen(lhs)
			if star, ok := lhs.(*ast.StarExpr); ok {
				lhs = match.Unparen(star.X)
			}
			if c.isDefaultClient(lhs) {
				return true
			}
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Timeout" && c.isDefaultClient(match.Unparen(sel.X)) {
				return true
			}
		}
	}
	return false
}

func (c *checker) isDefaultClient(e ast.Expr) bool {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e // a dot import
	default:
		return false
	}
	return knowledge.DefaultClient.IsVar(c.pass.TypesInfo.Uses[id])
}

// checkCall reports http.Get and friends, and requests sent with
// http.DefaultClient, unless bounded.
func (c *checker) checkCall(cur inspector.Cursor, call *ast.CallExpr, defaultBounded bool) {
	if isNewClient(c.pass.TypesInfo, call) {
		c.checkNew(cur, call)
		return
	}
	fn := match.Callee(c.pass.TypesInfo, call)
	if knowledge.Send(fn) == knowledge.DefaultClientSend {
		if defaultBounded {
			return
		}
		f := finding{
			node:    call.Fun,
			message: fmt.Sprintf("http.%s sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout", fn.Name()),
			helper:  call.Fun,
		}
		if why := c.streams(cur); why != "" {
			f.message = fmt.Sprintf("http.%s sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever", fn.Name()) + helperStreamNote(why)
			f.helper = nil // no client with a Timeout: it would cut the stream off
		}
		c.found = append(c.found, f)
		return
	}
	if knowledge.Send(fn) != knowledge.ClientSend {
		return
	}
	sel, ok := match.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !c.isDefaultClient(match.Unparen(sel.X)) || defaultBounded {
		return
	}
	if fn.Name() == "Do" && len(call.Args) == 1 {
		if decl, ok := enclosingDecl(cur); ok && c.facts(decl).boundedRequest(call.Args[0]) {
			return
		}
	}
	f := finding{node: sel.X, message: defaultClientMessage, helper: match.Unparen(sel.X)}
	if why := c.streams(cur); why != "" {
		f.message = "http.DefaultClient has no timeout: a stalled server blocks this request forever" + helperStreamNote(why)
		f.helper = nil
	}
	c.found = append(c.found, f)
}

// checkMethodValue reports a method value such as http.DefaultClient.Get
// that is not called on the spot: it sends later, with no timeout.
func (c *checker) checkMethodValue(cur inspector.Cursor, sel *ast.SelectorExpr, defaultBounded bool) {
	if call, ok := cur.Parent().Node().(*ast.CallExpr); (ok && call.Fun == sel) || defaultBounded {
		return
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || knowledge.Send(fn) != knowledge.ClientSend || !c.isDefaultClient(match.Unparen(sel.X)) {
		return
	}
	c.found = append(c.found, finding{node: sel.X, message: defaultClientMessage, helper: match.Unparen(sel.X)})
}

// configuredNote says why a helper gets no fix in a package that
// configures http.DefaultClient.
const configuredNote = " (no automatic fix: the package configures http.DefaultClient, and a new client would not share its session, credentials or proxy)"

const defaultClientMessage = "http.DefaultClient has no timeout: a stalled server blocks this request forever; send with an http.Client that has a Timeout, or give the request a context with a deadline"

// checkLiteral reports an http.Client literal with no Timeout or a zero one.
func (c *checker) checkLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !knowledge.Client.IsValue(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	var zero ast.Expr
	if kv := match.KeyedField(lit, "Timeout"); kv != nil {
		if !isZero(c.pass.TypesInfo, kv.Value) {
			return // a timeout, or the user's run-time choice
		}
		zero = kv.Value
	}
	if len(lit.Elts) > 0 && match.KeyedField(lit, lit.Elts[0].(*ast.KeyValueExpr).Key.(*ast.Ident).Name) == nil {
		return // unkeyed: not written by people
	}
	if c.boundedBinding(cur) {
		return
	}
	f := finding{node: lit, message: "http.Client has no Timeout: a stalled server blocks its requests forever; set Timeout"}
	if why := c.constructionStreams(cur); why != "" {
		// A Timeout would cut the stream off; the wait for the headers
		// can be bounded on a transport the literal builds.
		tl := c.transportLit(lit)
		if tl != nil {
			if kv := match.KeyedField(tl, "ResponseHeaderTimeout"); kv != nil && !isZero(c.pass.TypesInfo, kv.Value) {
				return // bounded as far as a stream can be
			}
		}
		f.message = "http.Client has no Timeout: a stalled server blocks its requests forever"
		if zero != nil {
			f.message = "http.Client has a zero Timeout, which means no timeout: a stalled server blocks its requests forever"
		}
		f.message += clientStreamNote(why)
		if tl != nil {
			f.fix = func() *analysis.SuggestedFix { return c.headerTimeoutFix(tl) }
		}
		c.found = append(c.found, f)
		return
	}
	if zero != nil {
		f.message = "http.Client has a zero Timeout, which means no timeout: a stalled server blocks its requests forever; set a non-zero Timeout"
		f.fix = func() *analysis.SuggestedFix {
			return c.timeoutFix(zero.Pos(), func(d ast.Expr) analysis.TextEdit { return fixes.Replace(c.pass.Fset, zero, d) })
		}
	} else {
		f.fix = func() *analysis.SuggestedFix { return c.addFieldFix(lit) }
	}
	c.found = append(c.found, f)
}

func isNewClient(info *types.Info, call *ast.CallExpr) bool {
	id, ok := match.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "new" && knowledge.Client.IsValue(info.TypeOf(call.Args[0]))
}

// checkNew reports new(http.Client), which has no timeout.
func (c *checker) checkNew(cur inspector.Cursor, call *ast.CallExpr) {
	if c.boundedBinding(cur) {
		return
	}
	if why := c.constructionStreams(cur); why != "" {
		c.found = append(c.found, finding{
			node:    call,
			message: "http.Client from new(http.Client) has no Timeout: a stalled server blocks its requests forever" + clientStreamNote(why),
		})
		return
	}
	c.found = append(c.found, finding{
		node:    call,
		message: "http.Client from new(http.Client) has no Timeout: a stalled server blocks its requests forever; build it with a Timeout",
		fix: func() *analysis.SuggestedFix {
			// new(http.Client) → &http.Client{Timeout: d}
			return c.timeoutFix(call.Pos(), func(d ast.Expr) analysis.TextEdit {
				return fixes.Replace(c.pass.Fset, call, &ast.UnaryExpr{Op: token.AND, X: timeoutLit(call.Args[0], d)})
			})
		},
	})
}

// checkVarSpec reports `var c http.Client` used to send and never given a
// timeout.
func (c *checker) checkVarSpec(cur inspector.Cursor, spec *ast.ValueSpec) {
	if spec.Type == nil || len(spec.Values) > 0 || len(spec.Names) != 1 {
		return
	}
	v, ok := c.pass.TypesInfo.Defs[spec.Names[0]].(*types.Var)
	if !ok || !knowledge.Client.IsValue(v.Type()) {
		return
	}
	cu := c.usesOf(v)
	if _, ok := enclosingDecl(cur); !ok {
		// A package-level client: any function may set its timeout, and
		// its sends are what matter, wherever they are.
		cu.escapes = false
	}
	if cu.timeoutFirst || cu.sends == 0 || (cu.sends == cu.boundedSends && !cu.escapes) {
		return
	}
	if why := c.varStreams(v); why != "" {
		c.found = append(c.found, finding{
			node:    spec,
			message: fmt.Sprintf("http.Client %s has no Timeout: a stalled server blocks its requests forever", v.Name()) + clientStreamNote(why),
		})
		return
	}
	c.found = append(c.found, finding{
		node:    spec,
		message: fmt.Sprintf("http.Client %s has no Timeout: a stalled server blocks its requests forever; set Timeout", v.Name()),
		fix: func() *analysis.SuggestedFix {
			// var c http.Client → var c = http.Client{Timeout: d}
			return c.timeoutFix(spec.Type.Pos(), func(d ast.Expr) analysis.TextEdit {
				return fixes.Replace(c.pass.Fset, spec, &ast.ValueSpec{Names: spec.Names, Values: []ast.Expr{timeoutLit(spec.Type, d)}})
			})
		},
	})
}

// boundedBinding reports whether the client built at cur is bound to a
// variable whose timeout is set before use, or whose every request is
// bounded by a deadline and which is never handed on.
func (c *checker) boundedBinding(cur inspector.Cursor) bool {
	v := boundVar(c.pass.TypesInfo, cur)
	decl, ok := enclosingDecl(cur)
	if !ok {
		// A package-level variable: bounded if some function sets its
		// Timeout (typically init).
		return v != nil && c.usesOf(v).timeoutSet
	}
	if v == nil || !match.IsLocal(v, decl) {
		// Stored in a field (c.client = &http.Client{}, or a field of a
		// literal): bounded if the function then sets that field's
		// Timeout, as code that copies a client's settings does.
		path := bindingPath(c.pass.TypesInfo, cur)
		return path != "" && timeoutAssigned(c.pass.TypesInfo, decl, path)
	}
	cu := c.usesOf(v)
	return cu.timeoutFirst || (!cu.escapes && cu.sends == cu.boundedSends)
}

// bindingPath returns the source text of where the value built at cur is
// stored: the left side of its assignment, or that of the composite
// literal holding it followed by the field name ("clone.client").
func bindingPath(info *types.Info, cur inspector.Cursor) string {
	field := ""
	for {
		u := uses.Of(info, cur)
		switch u.Kind {
		case uses.AddressOf:
		case uses.Elem:
			if u.Key == nil {
				if field == "" {
					return ""
				}
				break // a literal with the field, itself an element: the outer binding's path
			}
			key, ok := u.Key.(*ast.Ident)
			if !ok || field != "" {
				return ""
			}
			field = "." + key.Name
		case uses.Assigned:
			if u.Tuple {
				return ""
			}
			return types.ExprString(u.Lhs[0]) + field
		default:
			return ""
		}
		cur = u.Parent
	}
}

// timeoutAssigned reports whether decl assigns path.Timeout a value that
// is not a constant zero.
func timeoutAssigned(info *types.Info, decl *ast.FuncDecl, path string) bool {
	found := false
	ast.Inspect(decl, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, lhs := range as.Lhs {
			if types.ExprString(lhs) == path+".Timeout" && !isZero(info, as.Rhs[i]) {
				found = true
			}
		}
		return !found
	})
	return found
}

// boundVar returns the variable that the value built at cur is assigned
// to (through & and parentheses), or nil.
func boundVar(info *types.Info, cur inspector.Cursor) *types.Var {
	u := uses.Of(info, cur)
	if u.Kind == uses.AddressOf {
		u = uses.Of(info, u.Parent)
	}
	if u.Kind != uses.Assigned || u.Tuple {
		return nil
	}
	return match.ObjectOf(info, u.Lhs[0])
}

func isZero(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && constant.Sign(tv.Value) == 0
}

// reportAll reports the findings with their fixes. The helper fixes all
// declare the same package-level client at the same place, so that
// applying all of them declares it once.
func (c *checker) reportAll(rep *suppress.Reporter) {
	var shared *sharedClient
	configured := false
	for _, f := range c.found {
		if f.helper != nil {
			configured = c.defaultConfigured()
			break
		}
	}
	if !configured {
		shared = c.sharedClient(rep)
	}
	for _, f := range c.found {
		d := analysis.Diagnostic{Pos: f.node.Pos(), End: f.node.End(), Message: f.message}
		if f.helper != nil && configured {
			d.Message += configuredNote
		}
		var fix *analysis.SuggestedFix
		switch {
		case f.helper != nil && shared != nil:
			fix = shared.fix(c, f.helper)
		case f.fix != nil:
			fix = f.fix()
		}
		if fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
		rep.Report(d)
	}
}

// timeoutFix returns the fix made by edit, which is given the timeout
// expression to write at pos, importing time if needed.
func (c *checker) timeoutFix(pos token.Pos, edit func(timeout ast.Expr) analysis.TextEdit) *analysis.SuggestedFix {
	timePkg, edits, ok := fixes.Import(c.pass, fixes.File(c.pass, pos), "time", "time", fixes.At(pos))
	if !ok {
		return nil
	}
	edits = append(edits, edit(fixes.DurationExpr(c.timeout, timePkg)))
	return &analysis.SuggestedFix{Message: "Set a Timeout", TextEdits: edits}
}

// headerTimeoutFix bounds the wait for the response headers on the
// transport literal tl: it adds ResponseHeaderTimeout, or replaces a zero
// one. Reading the body stays unbounded, as a stream needs.
func (c *checker) headerTimeoutFix(tl *ast.CompositeLit) *analysis.SuggestedFix {
	kv := match.KeyedField(tl, "ResponseHeaderTimeout")
	fix := c.timeoutFix(tl.Pos(), func(d ast.Expr) analysis.TextEdit {
		if kv != nil {
			return fixes.Replace(c.pass.Fset, kv.Value, d)
		}
		return fixes.AddElement(c.pass, tl, &ast.KeyValueExpr{Key: ast.NewIdent("ResponseHeaderTimeout"), Value: d})
	})
	if fix != nil {
		fix.Message = "Set the transport's ResponseHeaderTimeout"
	}
	return fix
}

// timeoutLit returns the literal typ{Timeout: timeout}.
func timeoutLit(typ, timeout ast.Expr) *ast.CompositeLit {
	return &ast.CompositeLit{Type: typ, Elts: []ast.Expr{&ast.KeyValueExpr{Key: ast.NewIdent("Timeout"), Value: timeout}}}
}

// addFieldFix adds a Timeout field to a literal.
func (c *checker) addFieldFix(lit *ast.CompositeLit) *analysis.SuggestedFix {
	return c.timeoutFix(lit.Pos(), func(d ast.Expr) analysis.TextEdit {
		return fixes.AddElement(c.pass, lit, &ast.KeyValueExpr{Key: ast.NewIdent("Timeout"), Value: d})
	})
}

// enclosingDecl returns the function declaration around cur. Function
// literals belong to their declaration: a deadline set in the outer
// function bounds the requests its closures send.
func enclosingDecl(cur inspector.Cursor) (*ast.FuncDecl, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl), true
	}
	return nil, false
}
