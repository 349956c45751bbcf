package secrets

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/httpvet/httpvet/analyzers/internal/match"
	"github.com/httpvet/httpvet/analyzers/internal/scaffold"
	"github.com/httpvet/httpvet/analyzers/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer is the secrets rule with its flags at their defaults.
var Analyzer = New()

// New returns a new secrets analyzer with its own flags.
func New() *analysis.Analyzer {
	return scaffold.New(scaffold.Rule{
		Name:       "secrets",
		Doc:        doc,
		Requires:   []*analysis.Analyzer{inspect.Analyzer},
		Production: true,
		Fixes:      scaffold.BehaviourChanging,
		Run:        run,
	})
}

// Priorities of findings on the same literal: the most specific wins.
const (
	byName = iota + 1
	bySink
	byForm
)

// A finding is a hard-coded secret. Findings are keyed by the literal
// that holds the secret, so that a constant reported for its name and
// for the header it is sent in is reported once.
type finding struct {
	node  ast.Node      // what is reported: the literal, or the sink argument
	lit   *ast.BasicLit // the literal holding the secret; nil if not in this package
	value string        // the literal's value
	spans []span        // the secrets in value, in order
	what  string        // the family or the sink
	harm  string
	prio  int
}

// A span is one secret in a literal's value, and the variable the fix
// reads instead.
type span struct {
	start, end int
	env        string
}

type checker struct {
	pass  *analysis.Pass
	insp  *inspector.Inspector
	found map[token.Pos]*finding

	// AWS secret access keys are reported only near an access key ID.
	awsIDs  map[*token.File][]int // lines of access key IDs
	awsNear []awsCandidate
}

type awsCandidate struct {
	lit        *ast.BasicLit
	value      string
	start, end int
	named      bool // assigned to a name such as awsSecretAccessKey
}

func run(pass *analysis.Pass, rep *suppress.Reporter) error {
	c := &checker{
		pass:   pass,
		insp:   pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		found:  make(map[token.Pos]*finding),
		awsIDs: make(map[*token.File][]int),
	}
	// Credentials of a known form can be anywhere: walk the string
	// literals of every package. The sinks need net/http, net/url, oauth2
	// or a JWT library.
	sinks := match.Imports(pass.Pkg, sinkPackages...)
	for _, file := range pass.Files {
		// A generated file holds what its generator was given (or, for
		// go test's main, the examples' output): the secret is reported
		// where it was written.
		if rep.Skips(file) || ast.IsGenerated(file) {
			continue
		}
		fileCur, _ := c.insp.Root().FindNode(file)
		for cur := range fileCur.Preorder((*ast.BasicLit)(nil)) {
			if lit := cur.Node().(*ast.BasicLit); lit.Kind == token.STRING {
				c.literal(cur, lit)
			}
		}
		if sinks {
			for cur := range fileCur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
				c.sink(cur)
			}
		}
	}
	c.resolveAWS()
	c.report(rep)
	return nil
}

// add records f unless its node already has a finding at least as
// specific.
func (c *checker) add(f *finding) {
	key := f.node.Pos()
	if old, ok := c.found[key]; ok && old.prio >= f.prio {
		return
	}
	c.found[key] = f
}

// literal checks a string literal for tokens of a known form, for
// credentials in a URL, and for a random value given a secret's name.
func (c *checker) literal(cur inspector.Cursor, lit *ast.BasicLit) {
	raw := lit.Value
	if len(raw) < 10 { // 8 characters and the quotes
		return
	}
	kind := cur.ParentEdgeKind()
	if kind == edge.ImportSpec_Path {
		return
	}
	// One pass over the bytes decides which checks can apply. Every
	// token of a family has a run of 16 letters, digits, '_' and '-', or
	// (a PEM block) of 40 base64 characters, as an AWS secret is.
	run, b64, longest, longestB64 := 0, 0, 0, 0
	for i := 0; i < len(raw); i++ {
		ch := raw[i]
		if isAlnum(ch) || ch == '_' || ch == '-' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
		if isAlnum(ch) || ch == '/' || ch == '+' {
			b64++
			longestB64 = max(longestB64, b64)
		} else {
			b64 = 0
		}
	}
	urlish := strings.Contains(raw, "://") || strings.Contains(raw, "?") && strings.Contains(raw, "=")
	named := kind == edge.ValueSpec_Values || kind == edge.AssignStmt_Rhs || kind == edge.KeyValueExpr_Value ||
		kind == edge.CallExpr_Args || kind == edge.ParenExpr_X
	if longest < 16 && longestB64 < 40 && !urlish && !named {
		return
	}
	value, err := strconv.Unquote(raw)
	if err != nil {
		return
	}

	if longestB64 >= 40 && kind != edge.Field_Tag {
		for _, m := range awsSecret.find(value) {
			c.awsNear = append(c.awsNear, awsCandidate{lit, value, m.start, m.end, awsSecretName(c.nameOf(cur))})
		}
	}
	if longest >= 16 || longestB64 >= 40 {
		if tokens := findTokens(value); len(tokens) > 0 {
			c.addTokens(lit, value, tokens)
			return
		}
	}
	if kind == edge.Field_Tag {
		return
	}
	if urlish {
		if spans, what := urlSecrets(value); len(spans) > 0 {
			c.add(&finding{node: lit, lit: lit, value: value, spans: spans, what: what, harm: leaks, prio: bySink})
			return
		}
	}
	if named && randomLike(value) {
		if name := c.nameOf(cur); name != "" && secretName(name) {
			c.add(&finding{
				node: lit, lit: lit, value: value,
				spans: []span{{0, len(value), screamingSnake(name)}},
				what:  "secret assigned to " + name, harm: leaks, prio: byName,
			})
		}
	}
}

const leaks = "anyone with the source has it"

func (c *checker) addTokens(lit *ast.BasicLit, value string, tokens []tokenMatch) {
	slices.SortFunc(tokens, func(a, b tokenMatch) int { return a.start - b.start })
	f := &finding{node: lit, lit: lit, value: value, what: tokens[0].fam.name, harm: leaks, prio: byForm}
	for _, t := range tokens {
		f.spans = append(f.spans, span{t.start, t.end, t.fam.env})
		if t.fam.env == "AWS_ACCESS_KEY_ID" {
			tf := c.pass.Fset.File(lit.Pos())
			c.awsIDs[tf] = append(c.awsIDs[tf], tf.Line(lit.Pos()))
		}
	}
	c.add(f)
}

// resolveAWS reports the AWS secret access key candidates that are
// within three lines of an access key ID, or given an AWS secret's name.
func (c *checker) resolveAWS() {
	for _, cand := range c.awsNear {
		near := cand.named
		tf := c.pass.Fset.File(cand.lit.Pos())
		line := tf.Line(cand.lit.Pos())
		for _, l := range c.awsIDs[tf] {
			if l-3 <= line && line <= l+3 {
				near = true
			}
		}
		if !near {
			continue
		}
		key := cand.lit.Pos()
		if f, ok := c.found[key]; ok && f.prio == byForm {
			if !slices.ContainsFunc(f.spans, func(s span) bool { return s.start < cand.end && cand.start < s.end }) {
				f.spans = append(f.spans, span{cand.start, cand.end, awsSecret.env})
				slices.SortFunc(f.spans, func(a, b span) int { return a.start - b.start })
			}
			continue
		}
		c.add(&finding{
			node: cand.lit, lit: cand.lit, value: cand.value,
			spans: []span{{cand.start, cand.end, awsSecret.env}},
			what:  awsSecret.name, harm: leaks, prio: byForm,
		})
	}
}

// nameOf returns the name a literal is given: the variable, constant,
// field, map key or parameter it is assigned or passed to, looking
// through parentheses and conversions such as []byte("..."). It returns
// "" if there is none.
func (c *checker) nameOf(cur inspector.Cursor) string {
	info := c.pass.TypesInfo
	for {
		kind, i := cur.ParentEdge()
		parent := cur.Parent()
		switch kind {
		case edge.ParenExpr_X:
			cur = parent
			continue
		case edge.CallExpr_Args:
			call := parent.Node().(*ast.CallExpr)
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
				cur = parent // a conversion
				continue
			}
			fn := match.Callee(info, call)
			if fn == nil {
				return ""
			}
			sig := fn.Signature()
			if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
				return sig.Params().At(i).Name()
			}
		case edge.ValueSpec_Values:
			if spec := parent.Node().(*ast.ValueSpec); len(spec.Names) == len(spec.Values) {
				return spec.Names[i].Name
			}
		case edge.AssignStmt_Rhs:
			if as := parent.Node().(*ast.AssignStmt); len(as.Lhs) == len(as.Rhs) {
				return c.exprName(as.Lhs[i])
			}
		case edge.KeyValueExpr_Value:
			if parent.ParentEdgeKind() == edge.CompositeLit_Elts {
				return c.keyName(parent.Node().(*ast.KeyValueExpr).Key)
			}
		}
		return ""
	}
}

// exprName returns the name of an assignment's left-hand side: a
// variable, a field, or a constant map key.
func (c *checker) exprName(e ast.Expr) string {
	switch e := match.Unparen(e).(type) {
	case *ast.Ident:
		if _, ok := c.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			return e.Name
		}
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		s, _ := c.constString(e.Index)
		return s
	}
	return ""
}

// keyName returns the name of a composite literal's key: a struct
// field, or a constant map key.
func (c *checker) keyName(key ast.Expr) string {
	if id, ok := key.(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.IsField() {
			return id.Name
		}
	}
	s, _ := c.constString(key)
	return s
}

// report reports the findings in source order, each with its fix.
func (c *checker) report(rep *suppress.Reporter) {
	var all []*finding
	for _, f := range c.found {
		all = append(all, f)
	}
	slices.SortFunc(all, func(a, b *finding) int { return int(a.node.Pos() - b.node.Pos()) })
	for _, f := range all {
		d := analysis.Diagnostic{Pos: f.node.Pos(), End: f.node.End(), Message: f.message()}
		if fix := c.fix(f); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
		rep.Report(d)
	}
}

// message names the secret by its kind and at most its first four
// characters: findings land in CI logs.
func (f *finding) message() string {
	first := f.spans[0]
	what := fmt.Sprintf("%s (%s)", f.what, redact(f.value[first.start:first.end]))
	switch n := len(f.spans); n {
	case 1:
	case 2:
		what += " and another secret"
	default:
		what += fmt.Sprintf(" and %d other secrets", n-1)
	}
	return fmt.Sprintf("%s hard-coded: %s; read it from the environment (%s)", what, f.harm, first.env)
}
