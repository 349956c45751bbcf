package contenttype

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
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

// Analyzer is the contenttype rule.
var Analyzer = New()

// New returns a new contenttype analyzer.
func New() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:     "contenttype",
		Doc:      doc,
		Requires: []*analysis.Analyzer{index.Analyzer},
		Imports:  knowledge.HTTPPackages,
		Fixes:    scaffold.BehaviourChanging,
		Run:      run,
	})
}

// The media types the fixes write.
const (
	jsonType = "application/json"
	formType = "application/x-www-form-urlencoded"
)

// A checker holds what one pass computes once: the scopes of the
// functions looked at and the summaries of same-package helpers.
type checker struct {
	pass      *analysis.Pass
	rep       *suppress.Reporter
	idx       *index.Index
	scopes    map[ast.Node]*scope
	summaries map[summaryKey]*summary
	transport *bool   // whether a RoundTrip of this package, or a transport of another, may set the type; see transportSets
	foreign   *bool   // see foreignTransport
	dialect   *string // see otherJSON
}

func run(pass *analysis.Pass, rep *suppress.Reporter) error {
	c := &checker{
		pass:      pass,
		rep:       rep,
		idx:       index.Of(pass),
		scopes:    make(map[ast.Node]*scope),
		summaries: make(map[summaryKey]*summary),
	}
	for _, call := range c.idx.HTTPCalls() {
		switch fn := call.Callee; {
		case fn.Name() == "Post" && call.Send != knowledge.NotSend:
			c.checkPost(call.Cur, call.Node(), fn)
		case knowledge.NewRequests.Has(fn):
			c.checkNewRequest(call.Cur, call.Node(), fn)
		}
	}
	return nil
}

// checkPost reports http.Post and Client.Post calls whose constant
// content type does not match the body they send.
func (c *checker) checkPost(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 3 {
		return
	}
	ct, body := call.Args[1], call.Args[2]
	value, ok := constString(c.pass.TypesInfo, ct)
	s := c.scopeAt(cur)
	if !ok || s == nil || c.transportSets() {
		return // the caller's choice, a call outside any function, or a transport that may set the type
	}
	other := c.otherJSON()
	name := "http.Post"
	if fn.Type().(*types.Signature).Recv() != nil {
		name = "Client.Post"
	}
	var msg, want string
	switch s.kindOf(body) {
	case jsonBody:
		if isJSONType(value) {
			return
		}
		msg = fmt.Sprintf("%s sends a JSON body as %q: a server that checks the Content-Type rejects the request, often with a bare 400; send it as %s", name, value, jsonType)
		want = jsonType
	case formBody:
		if !isJSONType(value) {
			return
		}
		msg = fmt.Sprintf("%s sends a form-encoded body as %q: the server parses it as JSON and fails; send it as %s (or use PostForm)", name, value, formType)
		want = formType
	default:
		return
	}
	d := analysis.Diagnostic{Pos: ct.Pos(), End: ct.End(), Message: msg}
	if want != jsonType || other == "" {
		d.SuggestedFixes = []analysis.SuggestedFix{replaceFix(ct, want)}
	} else {
		d.Message += otherNote(other)
	}
	c.rep.Report(d)
}

// otherNote is added to a message whose fix is withheld because the
// package sends another JSON media type.
func otherNote(other string) string {
	return " (no fix: this package also sends " + strconv.Quote(other) + ", which its protocol may want instead)"
}

// sendingMethods are the constant methods whose requests carry a body. A
// JSON body on a GET or HEAD is unusual enough to be somebody's
// deliberate choice. A method that is not a constant (a helper's
// parameter) may be any of these: its request may send the body, and is
// checked (issue 12: every real fix was in such a helper).
var sendingMethods = []string{"POST", "PUT", "PATCH", "DELETE"}

// checkNewRequest reports requests built with a JSON or form body that
// are sent with no Content-Type, or with one that does not match.
func (c *checker) checkNewRequest(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	args := call.Args
	if fn.Name() == "NewRequestWithContext" {
		args = args[1:]
	}
	if len(args) != 3 {
		return
	}
	if method, ok := constString(c.pass.TypesInfo, args[0]); ok && !containsFold(sendingMethods, method) {
		return
	}
	s := c.scopeAt(cur)
	if s == nil {
		return
	}
	k := s.kindOf(args[2])
	if k != jsonBody && k != formBody {
		return
	}
	stmt, req, errVar := binding(c.pass.TypesInfo, cur)
	if req == nil || !match.IsLocal(req, s.cur.Node()) {
		return // not bound to a variable of this function: it goes where we do not follow
	}
	u := s.followRequest(req, stmt.End(), innermostFunc(cur))
	if u.escapes || u.maybeSet || !u.sent || c.transportSets() {
		return
	}

	what, want, why := "JSON", jsonType, "a server that checks it rejects the request, often with a bare 400"
	matches := isJSONType
	if k == formBody {
		what, want, why = "form-encoded", formType, "the server does not parse it as a form (r.ParseForm ignores it)"
		matches = isFormType
	}
	if len(u.sets) == 0 {
		d := analysis.Diagnostic{
			Pos:     call.Pos(),
			End:     call.End(),
			Message: fmt.Sprintf("request with a %s body is sent without a Content-Type: %s; set Content-Type: %s", what, why, want),
		}
		if other := c.otherJSON(); k == jsonBody && other != "" {
			d.Message += otherNote(other)
		} else if fix := c.insertFix(cur, stmt, req, errVar, want); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
		c.rep.Report(d)
		return
	}
	for _, set := range u.sets {
		if matches(set.value) {
			return // set right on some path: the others are the user's business
		}
	}
	for _, set := range u.sets {
		if k == formBody && !isJSONType(set.value) {
			continue // text/plain on a form is odd, but not the mirror mistake
		}
		why := "a server that checks it rejects the request, often with a bare 400"
		if k == formBody {
			why = "the server parses the body as JSON and fails"
		}
		d := analysis.Diagnostic{
			Pos:     set.expr.Pos(),
			End:     set.expr.End(),
			Message: fmt.Sprintf("Content-Type %q does not match this request's %s body: %s; use %s", set.value, what, why, want),
		}
		if other := c.otherJSON(); want == jsonType && other != "" {
			d.Message += otherNote(other)
		} else {
			d.SuggestedFixes = []analysis.SuggestedFix{replaceFix(set.expr, want)}
		}
		c.rep.Report(d)
	}
}

// binding returns the statement that binds the request a NewRequest call
// at cur returns (req, err := http.NewRequest(...), or the var form),
// with the request and error variables; req is nil when there is none.
func binding(info *types.Info, cur inspector.Cursor) (stmt ast.Stmt, req, err *types.Var) {
	u := uses.Of(info, cur)
	if u.Paren || u.Kind != uses.Assigned || !u.Tuple || len(u.Lhs) != 2 || isBlank(u.Lhs[0]) {
		return nil, nil, nil
	}
	switch n := u.Parent.Node().(type) {
	case *ast.AssignStmt:
		stmt = n
	case *ast.ValueSpec:
		ds, ok := u.Parent.Parent().Parent().Node().(*ast.DeclStmt)
		if !ok {
			return nil, nil, nil
		}
		stmt = ds
	}
	req = match.ObjectOf(info, u.Lhs[0])
	if !isBlank(u.Lhs[1]) {
		err = match.ObjectOf(info, u.Lhs[1])
	}
	return stmt, req, err
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// replaceFix replaces a content-type expression with the quoted type.
func replaceFix(e ast.Expr, ct string) analysis.SuggestedFix {
	return analysis.SuggestedFix{
		Message:   "Use " + ct,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(strconv.Quote(ct))}},
	}
}

// insertFix sets the Content-Type on a line of its own after the error
// check that follows the statement that binds the request, or right
// after that statement when it binds no error. When the error is checked
// later or not at all, the request may be nil where the header would be
// set: no fix then.
func (c *checker) insertFix(cur inspector.Cursor, stmt ast.Stmt, req, errVar *types.Var, ct string) *analysis.SuggestedFix {
	body := funcBody(innermostFunc(cur))
	if body == nil {
		return nil
	}
	list := fixes.StmtList(body, stmt)
	if list == nil {
		return nil // e.g. in an if statement's init: req is not in scope after it
	}
	after, checked := fixes.AfterCheck(c.pass.TypesInfo, list, stmt, errVar, req)
	if !checked {
		if errVar != nil {
			return nil
		}
		after = stmt
	}
	// req.Header.Set("Content-Type", ct)
	set := fixes.Call(&ast.SelectorExpr{X: fixes.Sel(req.Name(), "Header"), Sel: ast.NewIdent("Set")}, fixes.String("Content-Type"), fixes.String(ct))
	edit, ok := fixes.InsertAfter(c.pass, after, &ast.ExprStmt{X: set})
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{Message: "Set Content-Type: " + ct, TextEdits: []analysis.TextEdit{edit}}
}

// innermostFunc returns the function declaration or literal that holds
// cur, or nil.
func innermostFunc(cur inspector.Cursor) ast.Node {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}

func funcBody(fn ast.Node) *ast.BlockStmt {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		return fn.Body
	case *ast.FuncLit:
		return fn.Body
	}
	return nil
}

// constString returns the value of a constant string expression.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// mediaType returns the lower-cased type/subtype of a Content-Type value,
// without parameters.
func mediaType(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// isJSONType reports whether ct names a JSON media type. Any subtype that
// mentions json counts: application/json, the +json structured syntax
// suffix (application/problem+json, application/vnd.api+json), text/json,
// application/x-ndjson. A JSON value is valid in all of them, and which
// one a server wants is not this rule's business.
func isJSONType(ct string) bool {
	_, sub, ok := strings.Cut(mediaType(ct), "/")
	return ok && strings.Contains(sub, "json")
}

func isFormType(ct string) bool {
	return mediaType(ct) == formType
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
